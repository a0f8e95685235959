//! Personal data at rest: every column that holds a visitor's details is sealed field by field
//! with XChaCha20-Poly1305 under a data key kept outside the database, and equality lookups (the
//! My Page login, rate-limit buckets) use a keyed hash instead of the value.
//!
//! The data key is a file of its own (`madoguchi-server datakey --out FILE`, mode 0600) named by
//! `serve --data-key`; a copy of the database, its WAL or a `pg_dump` without that file shows no
//! name, birth date, address, phone or email. Two subkeys are derived from it with HKDF-SHA256:
//! one seals, one keys the lookup HMAC, so neither use can be turned against the other.
//!
//! A sealed value is `sealed1.<key id>.<base64url(nonce ‖ ciphertext)>`. The key id (derived
//! from the key, so it needs no storage) lets `madoguchi-server rekey` find what the old key
//! sealed. The associated data names the table, the column and the row id, so a ciphertext
//! pasted into another row or column does not open: it fails as loudly as a wrong key.
//!
//! Failure modes: a value that does not open (wrong key, moved, tampered) is an error, never
//! shown as text; a key file readable by group or others is refused before it is read.

use std::fmt;
use std::path::Path;

use base64::Engine as _;
use chacha20poly1305::aead::{Aead as _, KeyInit as _, Payload};
use chacha20poly1305::{Key, XChaCha20Poly1305, XNonce};
use hmac::{Hmac, Mac};
use rand_core::CryptoRng;
use sha2::Sha256;
use thiserror::Error;

/// The first word of a data key file.
const FILE_TAG: &str = "madoguchi-data-key-v1";
/// The prefix of every sealed value.
const VALUE_TAG: &str = "sealed1";
const NONCE_LEN: usize = 24;

#[derive(Debug, Error)]
#[non_exhaustive]
pub enum SealError {
    #[error("the data key file is not one `madoguchi-server datakey` wrote")]
    KeyFileMalformed,
    #[error("cannot read the data key file {path}: {reason}")]
    KeyFileUnreadable { path: String, reason: String },
    #[error("{path} is readable by group or others; run chmod 600 on it")]
    KeyFileOpen { path: String },
    #[error("the stored value is not sealed")]
    NotSealed,
    #[error("the stored value was sealed under data key {0}, which was not given")]
    UnknownKey(String),
    #[error("the stored value does not open (another key, row or column, or altered)")]
    DoesNotOpen,
    #[error("sealing failed")]
    SealFailed,
}

/// A column that holds personal data; its name is bound into the associated data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// The whole application: name, birth date, address, phone, email, history.
    ApplicationJson,
    /// Core's findings quote field values in their arguments.
    FindingsJson,
    /// The My Page sign-in.
    LoginEmail,
    /// A new address waiting for its code.
    PendingEmail,
    /// Staff's free text may quote the application.
    ReturnReason,
    /// A change waiting for the counter: the value before and the value asked for (a part of
    /// the application's JSON), sealed to the change's own row.
    PendingOld,
    PendingNew,
    /// The audit of changes: the same two values, sealed to the audit line's row.
    AuditOld,
    AuditNew,
    /// A correction at the counter: the field's value before and after, sealed to the
    /// correction's own row.
    CorrectionOld,
    CorrectionNew,
    /// The visitor's application as received, kept at the first correction, sealed to the
    /// application's row.
    ReceivedJson,
}

impl Field {
    pub const ALL: [Field; 5] = [
        Field::ApplicationJson,
        Field::FindingsJson,
        Field::LoginEmail,
        Field::PendingEmail,
        Field::ReturnReason,
    ];

    /// `table.column`.
    pub fn column(self) -> &'static str {
        match self {
            Field::ApplicationJson => "applications.application_json",
            Field::FindingsJson => "applications.findings_json",
            Field::LoginEmail => "applications.login_email",
            Field::PendingEmail => "applications.pending_email",
            Field::ReturnReason => "applications.return_reason",
            Field::PendingOld => "pending_changes.old_value",
            Field::PendingNew => "pending_changes.new_value",
            Field::AuditOld => "change_audit.old_value",
            Field::AuditNew => "change_audit.new_value",
            Field::CorrectionOld => "corrections.old_value",
            Field::CorrectionNew => "corrections.new_value",
            Field::ReceivedJson => "received_applications.application_json",
        }
    }
}

/// What a keyed hash is for; each purpose hashes into its own space.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lookup {
    /// The My Page login (a normalised email address).
    Login,
    /// A pending email address, compared when its code is typed back.
    PendingEmail,
    /// A rate-limit bucket's key (client address, login name, application id).
    RateLimit,
    /// A mailed six-digit code with its application id: keyed, so a copy of the database cannot
    /// try the million codes offline while one is live.
    EmailCode,
}

impl Lookup {
    fn label(self) -> &'static str {
        match self {
            Lookup::Login => "login",
            Lookup::PendingEmail => "pending-email",
            Lookup::RateLimit => "rate-limit",
            Lookup::EmailCode => "email-code",
        }
    }
}

/// One data key and its derived subkeys. The key bytes never appear in `Debug`.
#[derive(Clone)]
pub struct DataKey {
    master: [u8; 32],
    seal: [u8; 32],
    lookup: [u8; 32],
    id: String,
}

impl fmt::Debug for DataKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DataKey({})", self.id)
    }
}

fn derive(master: &[u8; 32], info: &str) -> [u8; 32] {
    let mut out = [0u8; 32];
    // 32 bytes is far below HKDF-SHA256's limit of 8160, so expand cannot fail.
    let _ = hkdf::Hkdf::<Sha256>::new(None, master).expand(info.as_bytes(), &mut out);
    out
}

fn b64() -> base64::engine::GeneralPurpose {
    base64::engine::general_purpose::URL_SAFE_NO_PAD
}

impl DataKey {
    pub fn from_bytes(master: [u8; 32]) -> DataKey {
        let id: String = derive(&master, "madoguchi key id v1")[..8]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        DataKey {
            seal: derive(&master, "madoguchi field seal v1"),
            lookup: derive(&master, "madoguchi lookup hmac v1"),
            master,
            id,
        }
    }

    pub fn generate(rng: &mut impl CryptoRng) -> DataKey {
        let mut master = [0u8; 32];
        rng.fill_bytes(&mut master);
        DataKey::from_bytes(master)
    }

    /// The key's id: 16 hex digits derived from it, safe to print and store.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The file's text: `madoguchi-data-key-v1 <base64url>`.
    pub fn to_text(&self) -> String {
        format!("{FILE_TAG} {}\n", b64().encode(self.master))
    }

    pub fn from_text(text: &str) -> Result<DataKey, SealError> {
        let mut words = text.split_whitespace();
        if words.next() != Some(FILE_TAG) {
            return Err(SealError::KeyFileMalformed);
        }
        let bytes = words
            .next()
            .and_then(|w| b64().decode(w).ok())
            .ok_or(SealError::KeyFileMalformed)?;
        if words.next().is_some() {
            return Err(SealError::KeyFileMalformed);
        }
        let master: [u8; 32] = bytes.try_into().map_err(|_| SealError::KeyFileMalformed)?;
        Ok(DataKey::from_bytes(master))
    }

    /// Reads a key file, refusing one that group or others can read.
    pub fn read(path: &Path) -> Result<DataKey, SealError> {
        check_private(path)?;
        let text = std::fs::read_to_string(path).map_err(|e| SealError::KeyFileUnreadable {
            path: path.display().to_string(),
            reason: e.kind().to_string(),
        })?;
        DataKey::from_text(&text)
    }

    /// Writes a new key file with mode 0600; never replaces an existing file (a replaced data
    /// key makes every sealed value unreadable: rotation is `rekey`).
    pub fn write_new(&self, path: &Path) -> Result<(), SealError> {
        write_private_new(path, self.to_text().as_bytes()).map_err(|e| {
            SealError::KeyFileUnreadable {
                path: path.display().to_string(),
                reason: e.to_string(),
            }
        })
    }
}

/// Refuses a file that group or others may read (or write): key files must be 0600 or 0400.
pub fn check_private(path: &Path) -> Result<(), SealError> {
    use std::os::unix::fs::PermissionsExt as _;
    let meta = std::fs::metadata(path).map_err(|e| SealError::KeyFileUnreadable {
        path: path.display().to_string(),
        reason: e.kind().to_string(),
    })?;
    if meta.permissions().mode() & 0o077 != 0 {
        return Err(SealError::KeyFileOpen {
            path: path.display().to_string(),
        });
    }
    Ok(())
}

/// Creates `path` with mode 0600 from the start (no window in which it is readable), failing if
/// it exists.
pub fn write_private_new(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write as _;
    use std::os::unix::fs::OpenOptionsExt as _;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// The key that seals now, and older keys that may still open values (during `rekey`).
#[derive(Clone, Debug)]
pub struct Keyring {
    current: DataKey,
    older: Vec<DataKey>,
}

fn aad(field: Field, row: &str) -> Vec<u8> {
    format!("madoguchi/{VALUE_TAG}/{}/{row}", field.column()).into_bytes()
}

impl Keyring {
    pub fn new(current: DataKey) -> Keyring {
        Keyring {
            current,
            older: Vec::new(),
        }
    }

    /// Also opens values sealed under `old` (for `rekey`).
    pub fn with_old(mut self, old: DataKey) -> Keyring {
        if old.id != self.current.id {
            self.older.push(old);
        }
        self
    }

    pub fn current_id(&self) -> &str {
        &self.current.id
    }

    pub fn knows(&self, key_id: &str) -> bool {
        self.key(key_id).is_some()
    }

    fn key(&self, id: &str) -> Option<&DataKey> {
        std::iter::once(&self.current)
            .chain(&self.older)
            .find(|k| k.id == id)
    }

    /// Seals `plain` for `field` of row `row` under the current key.
    pub fn seal(
        &self,
        rng: &mut impl CryptoRng,
        field: Field,
        row: &str,
        plain: &str,
    ) -> Result<String, SealError> {
        let mut nonce = [0u8; NONCE_LEN];
        rng.fill_bytes(&mut nonce);
        let cipher = XChaCha20Poly1305::new(Key::from_slice(&self.current.seal));
        let aad = aad(field, row);
        let sealed = cipher
            .encrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: plain.as_bytes(),
                    aad: &aad,
                },
            )
            .map_err(|_| SealError::SealFailed)?;
        let mut bytes = nonce.to_vec();
        bytes.extend_from_slice(&sealed);
        Ok(format!(
            "{VALUE_TAG}.{}.{}",
            self.current.id,
            b64().encode(bytes)
        ))
    }

    /// The key id a stored value names, if it looks sealed.
    pub fn key_id_of(stored: &str) -> Option<&str> {
        let rest = stored.strip_prefix(VALUE_TAG)?.strip_prefix('.')?;
        let (id, _) = rest.split_once('.')?;
        Some(id)
    }

    /// Opens a value [`Keyring::seal`] made for the same field and row.
    pub fn open(&self, field: Field, row: &str, stored: &str) -> Result<String, SealError> {
        let rest = stored
            .strip_prefix(VALUE_TAG)
            .and_then(|r| r.strip_prefix('.'))
            .ok_or(SealError::NotSealed)?;
        let (id, body) = rest.split_once('.').ok_or(SealError::NotSealed)?;
        let key = self
            .key(id)
            .ok_or_else(|| SealError::UnknownKey(id.to_owned()))?;
        let bytes = b64().decode(body).map_err(|_| SealError::DoesNotOpen)?;
        if bytes.len() < NONCE_LEN {
            return Err(SealError::DoesNotOpen);
        }
        let (nonce, sealed) = bytes.split_at(NONCE_LEN);
        let cipher = XChaCha20Poly1305::new(Key::from_slice(&key.seal));
        let aad = aad(field, row);
        let plain = cipher
            .decrypt(
                XNonce::from_slice(nonce),
                Payload {
                    msg: sealed,
                    aad: &aad,
                },
            )
            .map_err(|_| SealError::DoesNotOpen)?;
        String::from_utf8(plain).map_err(|_| SealError::DoesNotOpen)
    }

    /// HMAC-SHA256 of `value` for `purpose` under the current key's lookup subkey, hex: equal
    /// values hash equal, and without the data key a copy of the database cannot test guesses.
    pub fn lookup(&self, purpose: Lookup, value: &str) -> String {
        lookup_with(&self.current, purpose, value)
    }
}

fn lookup_with(key: &DataKey, purpose: Lookup, value: &str) -> String {
    // HMAC takes a key of any length; `new_from_slice` cannot fail for it.
    let Ok(mut mac) = <Hmac<Sha256> as Mac>::new_from_slice(&key.lookup) else {
        return String::new();
    };
    mac.update(purpose.label().as_bytes());
    mac.update(&[0]);
    mac.update(value.as_bytes());
    mac.finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::secret::os_rng;

    fn ring() -> Keyring {
        Keyring::new(DataKey::generate(&mut os_rng()))
    }

    #[test]
    fn a_sealed_value_opens_only_in_its_own_row_and_column() {
        let ring = ring();
        let sealed = ring
            .seal(
                &mut os_rng(),
                Field::LoginEmail,
                "app_1",
                "haruo@example.jp",
            )
            .expect("seal");
        assert!(!sealed.contains("haruo"), "{sealed}");
        assert_eq!(
            ring.open(Field::LoginEmail, "app_1", &sealed)
                .expect("open"),
            "haruo@example.jp"
        );
        assert!(matches!(
            ring.open(Field::LoginEmail, "app_2", &sealed),
            Err(SealError::DoesNotOpen)
        ));
        assert!(matches!(
            ring.open(Field::PendingEmail, "app_1", &sealed),
            Err(SealError::DoesNotOpen)
        ));
        assert!(matches!(
            ring.open(Field::LoginEmail, "app_1", "haruo@example.jp"),
            Err(SealError::NotSealed)
        ));
    }

    #[test]
    fn another_key_does_not_open_and_an_old_key_does_when_given() {
        let old = DataKey::generate(&mut os_rng());
        let new = DataKey::generate(&mut os_rng());
        let sealed = Keyring::new(old.clone())
            .seal(&mut os_rng(), Field::ReturnReason, "app_1", "住所の誤り")
            .expect("seal");
        assert_eq!(Keyring::key_id_of(&sealed), Some(old.id()));
        let only_new = Keyring::new(new.clone());
        assert!(matches!(
            only_new.open(Field::ReturnReason, "app_1", &sealed),
            Err(SealError::UnknownKey(_))
        ));
        let both = Keyring::new(new).with_old(old);
        assert_eq!(
            both.open(Field::ReturnReason, "app_1", &sealed)
                .expect("open"),
            "住所の誤り"
        );
    }

    #[test]
    fn a_flipped_bit_does_not_open() {
        let ring = ring();
        let sealed = ring
            .seal(&mut os_rng(), Field::ApplicationJson, "app_1", "{}")
            .expect("seal");
        let mut bytes = sealed.into_bytes();
        let last = bytes.len() - 2;
        bytes[last] = if bytes[last] == b'A' { b'B' } else { b'A' };
        let tampered = String::from_utf8(bytes).expect("ascii");
        assert!(ring
            .open(Field::ApplicationJson, "app_1", &tampered)
            .is_err());
    }

    #[test]
    fn key_files_round_trip_and_ids_are_stable() {
        let key = DataKey::generate(&mut os_rng());
        let again = DataKey::from_text(&key.to_text()).expect("parse");
        assert_eq!(again.id(), key.id());
        assert_eq!(key.id().len(), 16);
        assert!(DataKey::from_text("madoguchi-data-key-v1 AAAA").is_err());
        assert!(DataKey::from_text("").is_err());
        assert!(!format!("{key:?}").contains(&key.to_text()[22..30]));
    }

    #[test]
    fn lookups_are_keyed_and_separated_by_purpose() {
        let a = ring();
        let b = ring();
        let x = a.lookup(Lookup::Login, "haruo@example.jp");
        assert_eq!(x, a.lookup(Lookup::Login, "haruo@example.jp"));
        assert_ne!(x, b.lookup(Lookup::Login, "haruo@example.jp"));
        assert_ne!(x, a.lookup(Lookup::RateLimit, "haruo@example.jp"));
        assert_ne!(x, crate::secret::hash("haruo@example.jp"));
        assert_eq!(x.len(), 64);
    }

    #[test]
    fn key_files_open_to_others_are_refused() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("data.key");
        let key = DataKey::generate(&mut os_rng());
        key.write_new(&path).expect("write");
        let mode = std::fs::metadata(&path).expect("meta").permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
        assert_eq!(DataKey::read(&path).expect("read").id(), key.id());
        assert!(key.write_new(&path).is_err(), "never replaced");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).expect("chmod");
        let refused = DataKey::read(&path).expect_err("refused");
        assert!(refused.to_string().contains("data.key"), "{refused}");
    }
}
