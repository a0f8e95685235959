//! The kiosk's enrolment with its intake server: the kiosk token and the server's public key.
//!
//! `madoguchi-kiosk enroll --server URL --code-file FILE` (or the code on stdin) trades a
//! one-time code (printed by `madoguchi-server kiosk add`) for them and stores them in the data
//! directory, readable by the kiosk's user only (mode 0600). Until a kiosk has a key, visitors
//! see 準備中. The code is never a command-line argument: those are readable by every user of
//! the machine (`ps`, `/proc/*/cmdline`) and stay in shell histories.
//!
//! Promises: the kiosk seals applications only to the server it was told to trust. The answer's
//! key must be the configured `server_public_key`, or have the fingerprint the administrator
//! typed (`--server-fingerprint`, printed by `madoguchi-server keygen`); with neither, or with
//! another key, nothing is stored ([`ServerPin`]). Plain http:// is refused outside demo mode,
//! so the kiosk token does not travel in clear.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use madoguchi_core::contract::EnrollRequest;
use madoguchi_core::envelope::PublicKey;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::courier::{Courier, Verdict, ANSWER_UNREADABLE};

pub const FILE_NAME: &str = "enrolment.json";

#[derive(Debug, Error)]
pub enum EnrolmentError {
    #[error("cannot reach the server: {0}")]
    Network(String),
    /// The server's problem code (or `http-<status>`), e.g. `enrolment-code-invalid`.
    #[error("the server refused the enrolment: {0}")]
    Refused(String),
    #[error("the server's answer is not an enrolment: {0}")]
    Answer(String),
    #[error("cannot store the enrolment in {path}: {reason}")]
    Store { path: String, reason: String },
    #[error("the stored enrolment {path} is damaged: {reason}")]
    Damaged { path: String, reason: String },
    /// Neither a configured `server_public_key` nor a typed fingerprint to check the server by.
    #[error(
        "no server key to check the server by: set server_public_key or give --server-fingerprint"
    )]
    NotPinned,
    /// The server answered with another key than the one pinned: a wrong server, or someone
    /// in between. Fingerprints of both, for the administrator to compare.
    #[error("the server's key {answered} is not the expected {expected}")]
    KeyMismatch { expected: String, answered: String },
    /// A typed fingerprint that cannot be one (not 32 hex digits).
    #[error("{0} is not a key fingerprint (eight groups of four hex digits)")]
    BadFingerprint(String),
    /// Plain http:// outside demo mode.
    #[error("{0} is not https://")]
    Insecure(String),
}

impl EnrolmentError {
    /// The Fluent id that says this to an administrator (locales/*/shell.ftl).
    pub fn message_id(&self) -> &'static str {
        match self {
            EnrolmentError::NotPinned => "enroll-not-pinned",
            EnrolmentError::KeyMismatch { .. } => "enroll-key-mismatch",
            EnrolmentError::BadFingerprint(_) => "enroll-bad-fingerprint",
            EnrolmentError::Insecure(_) => "enroll-insecure",
            _ => "enroll-failed",
        }
    }

    pub fn args(&self) -> std::collections::BTreeMap<String, String> {
        let pairs: Vec<(&str, String)> = match self {
            EnrolmentError::NotPinned => vec![],
            EnrolmentError::KeyMismatch { expected, answered } => vec![
                ("expected", expected.clone()),
                ("answered", answered.clone()),
            ],
            EnrolmentError::BadFingerprint(typed) => vec![("typed", typed.clone())],
            EnrolmentError::Insecure(url) => vec![("url", url.clone())],
            other => vec![("detail", other.to_string())],
        };
        pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
    }
}

/// What the kiosk trusts about its server before talking to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ServerPin {
    /// The key itself (`server_public_key` in the configuration).
    Key(PublicKey),
    /// The fingerprint `madoguchi-server keygen` printed, typed at enrolment.
    Fingerprint(String),
    /// Both: the answer must match each.
    Both(PublicKey, String),
}

impl ServerPin {
    /// The pin for an enrolment: the configured key and the typed fingerprint, at least one.
    pub fn new(
        configured: Option<&PublicKey>,
        typed_fingerprint: Option<&str>,
    ) -> Result<ServerPin, EnrolmentError> {
        let typed = typed_fingerprint.map(str::trim).filter(|t| !t.is_empty());
        if let Some(t) = typed {
            let digits = t.chars().filter(char::is_ascii_hexdigit).count();
            let shaped = t
                .chars()
                .all(|c| c.is_ascii_hexdigit() || matches!(c, '-' | ':' | ' '));
            if digits != 32 || !shaped {
                return Err(EnrolmentError::BadFingerprint(t.to_owned()));
            }
        }
        match (configured, typed) {
            (Some(key), Some(t)) => Ok(ServerPin::Both(key.clone(), t.to_owned())),
            (Some(key), None) => Ok(ServerPin::Key(key.clone())),
            (None, Some(t)) => Ok(ServerPin::Fingerprint(t.to_owned())),
            (None, None) => Err(EnrolmentError::NotPinned),
        }
    }

    /// Whether the key a server answered with is the pinned one.
    pub fn check(&self, answered: &PublicKey) -> Result<(), EnrolmentError> {
        let (key_ok, expected) = match self {
            ServerPin::Key(key) => (key == answered, key.fingerprint()),
            ServerPin::Fingerprint(t) => (answered.matches_fingerprint(t), t.to_ascii_lowercase()),
            ServerPin::Both(key, t) => (
                key == answered && answered.matches_fingerprint(t),
                if key.matches_fingerprint(t) {
                    key.fingerprint()
                } else {
                    format!("{} / {t}", key.fingerprint())
                },
            ),
        };
        if key_ok {
            Ok(())
        } else {
            Err(EnrolmentError::KeyMismatch {
                expected,
                answered: answered.fingerprint(),
            })
        }
    }
}

/// Refuses plain http:// unless `demo` allows it.
pub fn require_https(server_url: &str, demo: bool) -> Result<(), EnrolmentError> {
    if crate::config::is_plain_http(server_url) && !demo {
        return Err(EnrolmentError::Insecure(server_url.to_owned()));
    }
    Ok(())
}

/// The one-time code as read from a file or stdin: its first non-empty line, trimmed.
pub fn code_from_text(text: &str) -> Option<String> {
    text.lines()
        .map(str::trim)
        .find(|line| !line.is_empty())
        .map(str::to_owned)
}

/// What the server gives an enrolled kiosk.
#[derive(Serialize, Deserialize, Clone, PartialEq, Eq)]
pub struct Enrolment {
    pub server_url: String,
    pub kiosk_token: String,
    pub server_public_key: String,
    pub continuation_base_url: String,
    pub office_code: String,
}

impl std::fmt::Debug for Enrolment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Enrolment")
            .field("server_url", &self.server_url)
            .field("kiosk_token", &"…")
            .field("office_code", &self.office_code)
            .finish()
    }
}

pub fn path_in(data_dir: &Path) -> PathBuf {
    data_dir.join(FILE_NAME)
}

impl Enrolment {
    pub fn public_key(&self) -> Option<PublicKey> {
        PublicKey::from_base64(&self.server_public_key).ok()
    }

    /// Reads the stored enrolment; `Ok(None)` when the kiosk was never enrolled.
    pub fn load(data_dir: &Path) -> Result<Option<Enrolment>, EnrolmentError> {
        let path = path_in(data_dir);
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => {
                return Err(EnrolmentError::Damaged {
                    path: path.display().to_string(),
                    reason: e.to_string(),
                })
            }
        };
        let enrolment: Enrolment =
            serde_json::from_str(&text).map_err(|e| EnrolmentError::Damaged {
                path: path.display().to_string(),
                reason: e.to_string(),
            })?;
        if enrolment.public_key().is_none() {
            return Err(EnrolmentError::Damaged {
                path: path.display().to_string(),
                reason: "server_public_key is not a valid key".into(),
            });
        }
        Ok(Some(enrolment))
    }

    /// Writes the enrolment atomically with mode 0600.
    pub fn store(&self, data_dir: &Path) -> Result<(), EnrolmentError> {
        let path = path_in(data_dir);
        let store_err = |e: std::io::Error| EnrolmentError::Store {
            path: path.display().to_string(),
            reason: e.to_string(),
        };
        std::fs::create_dir_all(data_dir).map_err(store_err)?;
        let tmp = data_dir.join(format!(".{FILE_NAME}.tmp"));
        let json = serde_json::to_vec_pretty(self).map_err(|e| EnrolmentError::Store {
            path: path.display().to_string(),
            reason: e.to_string(),
        })?;
        {
            let mut options = std::fs::OpenOptions::new();
            options.write(true).create(true).truncate(true);
            #[cfg(unix)]
            {
                use std::os::unix::fs::OpenOptionsExt as _;
                options.mode(0o600);
            }
            let mut file = options.open(&tmp).map_err(store_err)?;
            file.write_all(&json).map_err(store_err)?;
            file.sync_all().map_err(store_err)?;
        }
        std::fs::rename(&tmp, &path).map_err(store_err)?;
        Ok(())
    }

    /// Trades a one-time enrolment code for a kiosk token at `server_url`, and keeps it only
    /// when the server answers with the key `pin` names. `demo` allows plain http://.
    pub async fn enroll(
        server_url: &str,
        code: &str,
        kiosk_id: &str,
        pin: &ServerPin,
        demo: bool,
    ) -> Result<Enrolment, EnrolmentError> {
        require_https(server_url, demo)?;
        let courier =
            Courier::unenrolled(server_url).map_err(|e| EnrolmentError::Network(e.to_string()))?;
        let request = EnrollRequest {
            code: code.trim().to_owned(),
            kiosk_id: kiosk_id.to_owned(),
        };
        let verdict = courier
            .enrol(&request)
            .await
            .map_err(|e| EnrolmentError::Network(e.to_string()))?;
        let answer = match verdict {
            Verdict::Delivered(answer) | Verdict::Repeat(answer) => answer.enrolled,
            Verdict::RetryLater { code, .. } if code == ANSWER_UNREADABLE => {
                return Err(EnrolmentError::Answer(code))
            }
            // An administrator is at the keyboard: whether a retry might help, they are told now.
            Verdict::RetryLater { code, .. } | Verdict::Refused { code } => {
                return Err(EnrolmentError::Refused(code))
            }
        };
        let enrolment = Enrolment {
            server_url: courier.server_url().to_owned(),
            kiosk_token: answer.kiosk_token,
            server_public_key: answer.server_public_key,
            continuation_base_url: answer.continuation_base_url,
            office_code: answer.office_code,
        };
        let Some(answered) = enrolment.public_key() else {
            return Err(EnrolmentError::Answer(
                "server_public_key is not a valid key".into(),
            ));
        };
        pin.check(&answered)?;
        Ok(enrolment)
    }
}

#[cfg(test)]
mod tests {
    use madoguchi_core::envelope::generate_keypair;
    use rand_core::{OsRng, TryRngCore as _};

    use super::*;

    fn sample() -> Enrolment {
        let (_, pk) = generate_keypair(&mut OsRng.unwrap_err());
        Enrolment {
            server_url: "http://127.0.0.1:1".into(),
            kiosk_token: "secret-token".into(),
            server_public_key: pk.to_base64(),
            continuation_base_url: "http://127.0.0.1:1".into(),
            office_code: "13010".into(),
        }
    }

    #[test]
    fn stored_enrolment_reads_back_and_is_private() {
        let dir = tempfile::tempdir().expect("tempdir");
        assert!(Enrolment::load(dir.path()).expect("none").is_none());
        sample().store(dir.path()).expect("store");
        let back = Enrolment::load(dir.path()).expect("load").expect("some");
        assert_eq!(back.office_code, "13010");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let mode = std::fs::metadata(path_in(dir.path()))
                .expect("meta")
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        assert!(!format!("{back:?}").contains("secret-token"));
    }

    #[test]
    fn a_damaged_file_is_an_error_not_a_crash() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(path_in(dir.path()), "{not json").expect("write");
        assert!(matches!(
            Enrolment::load(dir.path()),
            Err(EnrolmentError::Damaged { .. })
        ));
    }

    fn some_key() -> PublicKey {
        generate_keypair(&mut OsRng.unwrap_err()).1
    }

    #[tokio::test]
    async fn an_unreachable_server_is_a_network_error() {
        let pin = ServerPin::Key(some_key());
        let e = Enrolment::enroll("http://127.0.0.1:9", "CODE", "k", &pin, true)
            .await
            .expect_err("no server");
        assert!(matches!(e, EnrolmentError::Network(_)));
    }

    #[tokio::test]
    async fn plain_http_is_refused_outside_demo_mode() {
        let pin = ServerPin::Key(some_key());
        for url in ["http://127.0.0.1:9", "HTTP://madoguchi.example.jp"] {
            let e = Enrolment::enroll(url, "CODE", "k", &pin, false)
                .await
                .expect_err("http");
            assert!(matches!(e, EnrolmentError::Insecure(_)), "{e:?}");
            assert_eq!(e.message_id(), "enroll-insecure");
        }
        assert!(require_https("https://madoguchi.example.jp", false).is_ok());
    }

    #[test]
    fn enrolment_needs_a_pin() {
        assert!(matches!(
            ServerPin::new(None, None),
            Err(EnrolmentError::NotPinned)
        ));
        assert!(matches!(
            ServerPin::new(None, Some("  ")),
            Err(EnrolmentError::NotPinned)
        ));
        for typed in [
            "abcd",
            "zzzz-zzzz-zzzz-zzzz-zzzz-zzzz-zzzz-zzzz",
            "0123456789abcdef0123456789abcdef0",
        ] {
            assert!(
                matches!(
                    ServerPin::new(None, Some(typed)),
                    Err(EnrolmentError::BadFingerprint(_))
                ),
                "{typed}"
            );
        }
    }

    #[test]
    fn the_answered_key_must_be_the_pinned_one() {
        let ours = some_key();
        let theirs = some_key();
        let by_key = ServerPin::new(Some(&ours), None).expect("pin");
        assert!(by_key.check(&ours).is_ok());
        let fp = ours.fingerprint();
        let by_print = ServerPin::new(None, Some(&fp.to_ascii_uppercase())).expect("pin");
        assert!(by_print.check(&ours).is_ok());
        let both = ServerPin::new(Some(&ours), Some(&fp)).expect("pin");
        assert!(both.check(&ours).is_ok());
        for pin in [&by_key, &by_print, &both] {
            match pin.check(&theirs) {
                Err(EnrolmentError::KeyMismatch { expected, answered }) => {
                    assert_eq!(expected, fp);
                    assert_eq!(answered, theirs.fingerprint());
                }
                other => panic!("{other:?}"),
            }
        }
        // A configured key and a fingerprint of another key: nothing matches both.
        let confused = ServerPin::new(Some(&ours), Some(&theirs.fingerprint())).expect("pin");
        assert!(confused.check(&ours).is_err());
        assert!(confused.check(&theirs).is_err());
    }

    #[test]
    fn the_code_is_the_first_non_empty_line() {
        assert_eq!(
            code_from_text("\n  ABCD-EFGH \r\nrest\n").as_deref(),
            Some("ABCD-EFGH")
        );
        assert_eq!(code_from_text(" \n\n"), None);
        assert_eq!(code_from_text(""), None);
    }

    #[test]
    fn every_error_says_its_message_in_every_language() {
        let catalog = crate::shell_catalog().expect("catalog");
        let errors = [
            EnrolmentError::NotPinned,
            EnrolmentError::KeyMismatch {
                expected: "aaaa".into(),
                answered: "bbbb".into(),
            },
            EnrolmentError::BadFingerprint("xyz".into()),
            EnrolmentError::Insecure("http://x".into()),
            EnrolmentError::Network("down".into()),
        ];
        for e in errors {
            for language in madoguchi_core::Language::all() {
                let text = catalog
                    .try_message(language, e.message_id(), &e.args())
                    .unwrap_or_else(|| panic!("{} missing in {language:?}", e.message_id()));
                for value in e.args().values() {
                    assert!(text.contains(value.as_str()), "{text}");
                }
            }
        }
    }
}
