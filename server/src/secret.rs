//! Secrets the server makes: bearer tokens, one-time codes, row ids; and how they are stored.
//!
//! Every secret is stored only as its SHA-256 hash and compared by hash, so a copy of the
//! database opens no kiosk, session or phone page. Randomness is passed in for repeatable tests.

use base64::Engine as _;
use rand_core::CryptoRng;
use sha2::{Digest, Sha256};

/// The operating system's generator, for production paths.
pub fn os_rng() -> impl CryptoRng {
    use rand_core::TryRngCore as _;
    rand_core::OsRng.unwrap_err()
}

/// SHA-256, lower-case hex.
pub fn hash(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// 256 random bits, base64url: kiosk tokens, session ids, CSRF tokens.
pub fn token(rng: &mut impl CryptoRng) -> String {
    let mut bytes = [0u8; 32];
    rng.fill_bytes(&mut bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// A row id with a readable prefix, e.g. `app_3fz…`: 128 random bits.
pub fn id(prefix: &str, rng: &mut impl CryptoRng) -> String {
    let mut bytes = [0u8; 16];
    rng.fill_bytes(&mut bytes);
    format!(
        "{prefix}_{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
    )
}

/// Picks uniformly from `alphabet` (rejection sampling, no modulo bias).
fn pick(alphabet: &[u8], rng: &mut impl CryptoRng) -> char {
    let n = alphabet.len() as u32;
    let limit = u32::MAX - u32::MAX % n;
    loop {
        let x = rng.next_u32();
        if x < limit {
            return char::from(alphabet[(x % n) as usize]);
        }
    }
}

/// A one-time enrolment code an administrator types into a kiosk: `XXXX-XXXX-XXXX` from the
/// receipt alphabet (no look-alikes), about 50 bits.
pub fn enrolment_code(rng: &mut impl CryptoRng) -> String {
    let alphabet = madoguchi_core::receipt::RECEIPT_ALPHABET;
    (0..3)
        .map(|_| (0..4).map(|_| pick(alphabet, rng)).collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

/// An enrolment code as typed: case, width, spaces and hyphens forgiven. Hash this.
pub fn normalize_enrolment_code(input: &str) -> String {
    madoguchi_core::normalize::width(input)
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// Six digits for the email proof.
pub fn email_code(rng: &mut impl CryptoRng) -> String {
    (0..6).map(|_| pick(b"0123456789", rng)).collect()
}

/// A password for a new staff account when none is given: 20 characters, ~100 bits.
pub fn password(rng: &mut impl CryptoRng) -> String {
    let alphabet = b"abcdefghijkmnpqrstuvwxyzACEFHJKLMNPRTUVWXY3479";
    (0..20).map(|_| pick(alphabet, rng)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enrolment_codes_read_back_through_the_normaliser() {
        let mut rng = os_rng();
        for _ in 0..100 {
            let code = enrolment_code(&mut rng);
            assert_eq!(code.len(), 14);
            let typed = code.to_lowercase().replace('-', " ");
            assert_eq!(normalize_enrolment_code(&typed), code.replace('-', ""));
        }
    }

    #[test]
    fn secrets_have_their_shapes() {
        let mut rng = os_rng();
        assert_eq!(token(&mut rng).len(), 43);
        assert!(id("app", &mut rng).starts_with("app_"));
        let code = email_code(&mut rng);
        assert_eq!(code.len(), 6);
        assert!(code.bytes().all(|b| b.is_ascii_digit()));
        assert_eq!(hash("abc").len(), 64);
        assert_ne!(token(&mut rng), token(&mut rng));
    }
}
