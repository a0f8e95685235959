//! The sealed envelope: how personal data travels and rests outside the server.
//!
//! An application leaves the visitor's session only sealed to the server's public key with HPKE
//! (RFC 9180, base mode, DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, ChaCha20-Poly1305). `info` is
//! the envelope format version; the AAD binds the kiosk id and idempotency key, so an envelope
//! cannot be replayed under another key or from another kiosk. Kiosk and server share this one
//! implementation. Wire form: `version (1 byte) ‖ encapsulated key (32) ‖ ciphertext`.

use base64::Engine as _;
use hpke::{
    aead::ChaCha20Poly1305, kdf::HkdfSha256, kem::X25519HkdfSha256, Deserializable, Kem as _,
    OpModeR, OpModeS, Serializable,
};
use rand_core::CryptoRng;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::application::Application;

/// The current envelope format. A later format gets a new byte; old ones stay readable.
pub const ENVELOPE_VERSION: u8 = 1;
const ENC_LEN: usize = 32;

type Kem = X25519HkdfSha256;

#[derive(Debug, Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum EnvelopeError {
    #[error("the envelope is too short or empty")]
    Truncated,
    #[error("envelope format {0} is not known")]
    UnknownVersion(u8),
    #[error("the key is not a valid X25519 key")]
    BadKey,
    #[error("sealing failed")]
    Seal,
    #[error("the envelope does not open with this key, kiosk and idempotency key")]
    Open,
    #[error("the opened payload is not a sealed application: {0}")]
    Payload(String),
}

/// The server's public key, as the kiosk stores it (base64url text).
#[derive(Clone, PartialEq, Eq)]
pub struct PublicKey(<Kem as hpke::Kem>::PublicKey);

/// The server's private key. Never leaves the server.
pub struct PrivateKey(<Kem as hpke::Kem>::PrivateKey);

fn b64() -> base64::engine::GeneralPurpose {
    base64::engine::general_purpose::URL_SAFE_NO_PAD
}

impl PublicKey {
    pub fn from_base64(text: &str) -> Result<PublicKey, EnvelopeError> {
        let bytes = b64()
            .decode(text.trim())
            .map_err(|_| EnvelopeError::BadKey)?;
        <Kem as hpke::Kem>::PublicKey::from_bytes(&bytes)
            .map(PublicKey)
            .map_err(|_| EnvelopeError::BadKey)
    }

    pub fn to_base64(&self) -> String {
        b64().encode(self.0.to_bytes())
    }

    /// What an administrator reads from `madoguchi-server keygen` and types at a kiosk's
    /// enrolment to pin the server: the first 128 bits of SHA-256 over the key, as eight groups
    /// of four lower-case hex digits (`3f2a-9c1e-…`). Finding another key with the same
    /// fingerprint takes a second preimage of 128 bits, out of anyone's reach.
    pub fn fingerprint(&self) -> String {
        use sha2::Digest as _;
        let digest = sha2::Sha256::digest(self.0.to_bytes());
        let hex: Vec<String> = digest.iter().take(16).map(|b| format!("{b:02x}")).collect();
        hex.chunks(2)
            .map(|pair| pair.concat())
            .collect::<Vec<_>>()
            .join("-")
    }

    /// Whether `typed` is this key's [`PublicKey::fingerprint`], forgiving case, spaces, colons
    /// and hyphens (an administrator copies it by hand).
    pub fn matches_fingerprint(&self, typed: &str) -> bool {
        let plain = |text: &str| -> String {
            text.chars()
                .filter(|c| c.is_ascii_hexdigit())
                .map(|c| c.to_ascii_lowercase())
                .collect()
        };
        let typed_plain = plain(typed);
        let separators_only = typed
            .chars()
            .all(|c| c.is_ascii_hexdigit() || matches!(c, '-' | ':' | ' '));
        separators_only && typed_plain.len() == 32 && typed_plain == plain(&self.fingerprint())
    }
}

impl std::fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PublicKey({})", self.to_base64())
    }
}

impl PrivateKey {
    pub fn from_base64(text: &str) -> Result<PrivateKey, EnvelopeError> {
        let bytes = b64()
            .decode(text.trim())
            .map_err(|_| EnvelopeError::BadKey)?;
        <Kem as hpke::Kem>::PrivateKey::from_bytes(&bytes)
            .map(PrivateKey)
            .map_err(|_| EnvelopeError::BadKey)
    }

    pub fn to_base64(&self) -> String {
        b64().encode(self.0.to_bytes())
    }

    pub fn public_key(&self) -> PublicKey {
        PublicKey(Kem::sk_to_pk(&self.0))
    }
}

/// A fresh server key pair (`madoguchi-server keygen`).
pub fn generate_keypair(rng: &mut impl CryptoRng) -> (PrivateKey, PublicKey) {
    let (sk, pk) = Kem::gen_keypair(rng);
    (PrivateKey(sk), PublicKey(pk))
}

/// What is inside an envelope: the application and the identifiers the server needs with it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct SealedApplication {
    pub application: Application,
    pub receipt: String,
    /// The continuation token; the server stores only its hash.
    pub continuation_token: String,
    /// RFC 3339 time the visitor pressed 申し込む, kiosk clock.
    pub submitted_at: String,
    pub office_code: String,
}

/// An opaque sealed payload.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Envelope {
    pub version: u8,
    enc: Vec<u8>,
    ciphertext: Vec<u8>,
}

fn aad(kiosk_id: &str, idempotency_key: &str) -> Vec<u8> {
    // A NUL cannot occur in either id, so the concatenation is unambiguous.
    let mut aad = Vec::with_capacity(kiosk_id.len() + idempotency_key.len() + 1);
    aad.extend_from_slice(kiosk_id.as_bytes());
    aad.push(0);
    aad.extend_from_slice(idempotency_key.as_bytes());
    aad
}

impl Envelope {
    pub fn seal(
        recipient: &PublicKey,
        kiosk_id: &str,
        idempotency_key: &str,
        plaintext: &[u8],
        rng: &mut impl CryptoRng,
    ) -> Result<Envelope, EnvelopeError> {
        let (enc, ciphertext) = hpke::single_shot_seal::<ChaCha20Poly1305, HkdfSha256, Kem, _>(
            &OpModeS::Base,
            &recipient.0,
            &[ENVELOPE_VERSION],
            plaintext,
            &aad(kiosk_id, idempotency_key),
            rng,
        )
        .map_err(|_| EnvelopeError::Seal)?;
        Ok(Envelope {
            version: ENVELOPE_VERSION,
            enc: enc.to_bytes().to_vec(),
            ciphertext,
        })
    }

    pub fn open(
        &self,
        key: &PrivateKey,
        kiosk_id: &str,
        idempotency_key: &str,
    ) -> Result<Vec<u8>, EnvelopeError> {
        if self.version != ENVELOPE_VERSION {
            return Err(EnvelopeError::UnknownVersion(self.version));
        }
        let enc = <Kem as hpke::Kem>::EncappedKey::from_bytes(&self.enc)
            .map_err(|_| EnvelopeError::Open)?;
        hpke::single_shot_open::<ChaCha20Poly1305, HkdfSha256, Kem>(
            &OpModeR::Base,
            &key.0,
            &enc,
            &[self.version],
            &self.ciphertext,
            &aad(kiosk_id, idempotency_key),
        )
        .map_err(|_| EnvelopeError::Open)
    }

    pub fn seal_application(
        recipient: &PublicKey,
        kiosk_id: &str,
        idempotency_key: &str,
        payload: &SealedApplication,
        rng: &mut impl CryptoRng,
    ) -> Result<Envelope, EnvelopeError> {
        let json =
            serde_json::to_vec(payload).map_err(|e| EnvelopeError::Payload(e.to_string()))?;
        Envelope::seal(recipient, kiosk_id, idempotency_key, &json, rng)
    }

    pub fn open_application(
        &self,
        key: &PrivateKey,
        kiosk_id: &str,
        idempotency_key: &str,
    ) -> Result<SealedApplication, EnvelopeError> {
        let json = self.open(key, kiosk_id, idempotency_key)?;
        serde_json::from_slice(&json).map_err(|e| EnvelopeError::Payload(e.to_string()))
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(1 + self.enc.len() + self.ciphertext.len());
        out.push(self.version);
        out.extend_from_slice(&self.enc);
        out.extend_from_slice(&self.ciphertext);
        out
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Envelope, EnvelopeError> {
        let (&version, rest) = bytes.split_first().ok_or(EnvelopeError::Truncated)?;
        if version != ENVELOPE_VERSION {
            return Err(EnvelopeError::UnknownVersion(version));
        }
        // 16 bytes of AEAD tag at least.
        if rest.len() < ENC_LEN + 16 {
            return Err(EnvelopeError::Truncated);
        }
        let (enc, ciphertext) = rest.split_at(ENC_LEN);
        Ok(Envelope {
            version,
            enc: enc.to_vec(),
            ciphertext: ciphertext.to_vec(),
        })
    }

    pub fn to_base64(&self) -> String {
        b64().encode(self.to_bytes())
    }

    pub fn from_base64(text: &str) -> Result<Envelope, EnvelopeError> {
        let bytes = b64().decode(text).map_err(|_| EnvelopeError::Truncated)?;
        Envelope::from_bytes(&bytes)
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use rand_core::{OsRng, TryRngCore as _};

    use super::*;

    fn payload() -> SealedApplication {
        let mut application = Application::default();
        application.basic.family_name = "山田".into();
        SealedApplication {
            application,
            receipt: "K7AXP3".into(),
            continuation_token: "t".into(),
            submitted_at: "2026-11-25T10:00:00Z".into(),
            office_code: "13001".into(),
        }
    }

    #[test]
    fn seals_and_opens_with_the_same_kiosk_and_key() {
        let (sk, pk) = generate_keypair(&mut OsRng.unwrap_err());
        let env = Envelope::seal_application(
            &pk,
            "kiosk-1",
            "idem-0001",
            &payload(),
            &mut OsRng.unwrap_err(),
        )
        .expect("seal");
        let bytes = env.to_bytes();
        assert_eq!(bytes[0], ENVELOPE_VERSION);
        assert!(!String::from_utf8_lossy(&bytes).contains("山田"));
        let back = Envelope::from_bytes(&bytes).expect("parse");
        assert_eq!(
            back.open_application(&sk, "kiosk-1", "idem-0001"),
            Ok(payload())
        );
    }

    #[test]
    fn aad_binds_kiosk_and_idempotency_key() {
        let (sk, pk) = generate_keypair(&mut OsRng.unwrap_err());
        let env = Envelope::seal(&pk, "kiosk-1", "idem-0001", b"x", &mut OsRng.unwrap_err())
            .expect("seal");
        assert_eq!(
            env.open(&sk, "kiosk-2", "idem-0001"),
            Err(EnvelopeError::Open)
        );
        assert_eq!(
            env.open(&sk, "kiosk-1", "idem-0002"),
            Err(EnvelopeError::Open)
        );
        let (other, _) = generate_keypair(&mut OsRng.unwrap_err());
        assert_eq!(
            env.open(&other, "kiosk-1", "idem-0001"),
            Err(EnvelopeError::Open)
        );
    }

    #[test]
    fn keys_round_trip_as_text() {
        let (sk, pk) = generate_keypair(&mut OsRng.unwrap_err());
        let sk2 = PrivateKey::from_base64(&sk.to_base64()).expect("sk");
        assert_eq!(sk2.public_key(), pk);
        assert_eq!(PublicKey::from_base64(&pk.to_base64()), Ok(pk));
        assert_eq!(
            PublicKey::from_base64("nonsense!").err(),
            Some(EnvelopeError::BadKey)
        );
    }

    #[test]
    fn fingerprints_are_stable_and_forgiving() {
        let (_, pk) = generate_keypair(&mut OsRng.unwrap_err());
        let (_, other) = generate_keypair(&mut OsRng.unwrap_err());
        let fp = pk.fingerprint();
        assert_eq!(fp.len(), 39, "{fp}");
        assert_eq!(fp.split('-').count(), 8);
        assert!(pk.matches_fingerprint(&fp));
        assert!(pk.matches_fingerprint(&fp.to_ascii_uppercase().replace('-', " ")));
        assert!(pk.matches_fingerprint(&fp.replace('-', "")));
        assert!(!other.matches_fingerprint(&fp));
        assert!(!pk.matches_fingerprint(&fp[..35]), "a prefix is not enough");
        assert!(!pk.matches_fingerprint(&format!("{fp}0")));
        assert!(!pk.matches_fingerprint(&format!("x{fp}")));
        assert!(!pk.matches_fingerprint(""));
        // The demo key's fingerprint, as deploy/README.md and scripts/demo show it.
        let demo = PublicKey::from_base64("TRvQYCXbhAHQjFFcP7auDikO5FxRPD1QD1I27XM9x2k");
        assert!(demo.is_ok_and(|k| k.fingerprint().len() == 39));
    }

    #[test]
    fn tampering_is_detected() {
        let (sk, pk) = generate_keypair(&mut OsRng.unwrap_err());
        let mut bytes = Envelope::seal(&pk, "k", "i", b"hello", &mut OsRng.unwrap_err())
            .expect("seal")
            .to_bytes();
        let last = bytes.len() - 1;
        bytes[last] ^= 1;
        let env = Envelope::from_bytes(&bytes).expect("parse");
        assert_eq!(env.open(&sk, "k", "i"), Err(EnvelopeError::Open));
        assert_eq!(Envelope::from_bytes(&[]), Err(EnvelopeError::Truncated));
        assert_eq!(
            Envelope::from_bytes(&[9, 1, 2]),
            Err(EnvelopeError::UnknownVersion(9))
        );
    }

    proptest! {
        #[test]
        fn parsing_arbitrary_bytes_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
            let (sk, _) = generate_keypair(&mut OsRng.unwrap_err());
            if let Ok(env) = Envelope::from_bytes(&bytes) {
                prop_assert!(env.open(&sk, "k", "i").is_err());
            }
        }
    }
}
