//! The identifiers a submission is known by: what the visitor reads out at the counter, what the
//! QR carries to the phone, and what makes a retry harmless.
//!
//! All three are random, made on the kiosk, and carry no personal data. Randomness is passed in
//! so tests are repeatable.

use base64::Engine as _;
use rand_core::CryptoRng;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// Characters that cannot be mistaken for one another when read aloud or off a screen:
/// no 0/O/Q/D, 1/I/L/J, 2/Z, 5/S, 8/B, 6/G, U/V.
pub const RECEIPT_ALPHABET: &[u8] = b"ACEFHKMNPRTWXY3479";
pub const RECEIPT_LEN: usize = 6;

/// A short number the visitor shows at the counter, e.g. `K7AXP3`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, Hash)]
pub struct ReceiptNumber(String);

impl ReceiptNumber {
    pub fn generate(rng: &mut impl CryptoRng) -> ReceiptNumber {
        let n = RECEIPT_ALPHABET.len() as u32;
        // Rejection sampling keeps every character equally likely.
        let limit = u32::MAX - u32::MAX % n;
        let text = (0..RECEIPT_LEN)
            .map(|_| loop {
                let x = rng.next_u32();
                if x < limit {
                    break char::from(RECEIPT_ALPHABET[(x % n) as usize]);
                }
            })
            .collect();
        ReceiptNumber(text)
    }

    /// Reads a receipt number typed by staff: case and width are forgiven, look-alikes are not.
    pub fn parse(input: &str) -> Option<ReceiptNumber> {
        let text: String = input
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .map(|c| match c {
                '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
                _ => c,
            })
            .map(|c| c.to_ascii_uppercase())
            .collect();
        let ok = text.len() == RECEIPT_LEN && text.bytes().all(|b| RECEIPT_ALPHABET.contains(&b));
        ok.then_some(ReceiptNumber(text))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for ReceiptNumber {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

fn base64url(bytes: &[u8]) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// The bearer secret in the QR: 256 random bits, base64url. The server keeps only its hash.
#[derive(Serialize, Deserialize, Clone, PartialEq, Eq)]
pub struct ContinuationToken(String);

impl ContinuationToken {
    pub const BYTES: usize = 32;

    pub fn generate(rng: &mut impl CryptoRng) -> ContinuationToken {
        let mut bytes = [0u8; Self::BYTES];
        rng.fill_bytes(&mut bytes);
        ContinuationToken(base64url(&bytes))
    }

    /// Accepts only what [`ContinuationToken::generate`] can produce.
    pub fn parse(text: &str) -> Option<ContinuationToken> {
        let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(text)
            .ok()?;
        (bytes.len() == Self::BYTES).then(|| ContinuationToken(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// What the server stores and looks up: SHA-256 of the token, hex.
    pub fn hash(&self) -> String {
        Sha256::digest(self.0.as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    /// `<base>/c/<token>`: the URL the QR encodes.
    pub fn url(&self, continuation_base: &str) -> String {
        format!("{}/c/{}", continuation_base.trim_end_matches('/'), self.0)
    }
}

impl std::fmt::Debug for ContinuationToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ContinuationToken(…)")
    }
}

/// Names one submission across retries: the server stores the first and answers repeats.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, Hash)]
pub struct IdempotencyKey(String);

impl IdempotencyKey {
    pub fn generate(rng: &mut impl CryptoRng) -> IdempotencyKey {
        let mut bytes = [0u8; 16];
        rng.fill_bytes(&mut bytes);
        IdempotencyKey(base64url(&bytes))
    }

    pub fn parse(text: &str) -> Option<IdempotencyKey> {
        let ok = (16..=64).contains(&text.len())
            && text
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        ok.then(|| IdempotencyKey(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The 求職番号 the counter issues at 受理: the office's 5-digit code followed by an 8-digit
/// serial, 13 digits in all.
pub fn job_seeker_number(office_code: &str, serial: i64) -> String {
    format!("{office_code}{serial:08}")
}

/// `13001-00000042`, as printed on the 求職受付票 and shown on My Page.
pub fn display_job_seeker_number(number: &str) -> String {
    if number.len() == 13 && number.is_ascii() {
        format!("{}-{}", &number[..5], &number[5..])
    } else {
        number.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use rand_core::{OsRng, TryRngCore as _};

    use super::*;

    #[test]
    fn receipt_numbers_use_only_the_alphabet() {
        for _ in 0..1000 {
            let r = ReceiptNumber::generate(&mut OsRng.unwrap_err());
            assert_eq!(r.as_str().len(), RECEIPT_LEN);
            assert!(r.as_str().bytes().all(|b| RECEIPT_ALPHABET.contains(&b)));
            assert_eq!(ReceiptNumber::parse(r.as_str()), Some(r));
        }
    }

    #[test]
    fn alphabet_has_no_look_alikes() {
        for c in b"0O1IL2Z5S8B6GUVDQJ" {
            assert!(!RECEIPT_ALPHABET.contains(c), "{}", char::from(*c));
        }
    }

    #[test]
    fn receipt_parse_forgives_case_width_and_hyphens() {
        assert_eq!(
            ReceiptNumber::parse("ｋ７ａ-xp3").map(|r| r.to_string()),
            Some("K7AXP3".to_owned())
        );
        assert_eq!(ReceiptNumber::parse("K7AXP0"), None);
        assert_eq!(ReceiptNumber::parse("K7AXP"), None);
    }

    #[test]
    fn tokens_carry_256_bits_and_parse_back() {
        let t = ContinuationToken::generate(&mut OsRng.unwrap_err());
        assert_eq!(t.as_str().len(), 43);
        assert!(ContinuationToken::parse(t.as_str()).is_some());
        assert_ne!(t, ContinuationToken::generate(&mut OsRng.unwrap_err()));
        assert_eq!(t.hash().len(), 64);
        assert_eq!(
            t.url("https://example.test/"),
            format!("https://example.test/c/{}", t.as_str())
        );
        assert!(!format!("{t:?}").contains(t.as_str()));
    }

    proptest! {
        #[test]
        fn parsers_never_panic(s in ".*") {
            let _ = ReceiptNumber::parse(&s);
            let _ = ContinuationToken::parse(&s);
            let _ = IdempotencyKey::parse(&s);
        }
    }

    #[test]
    fn job_seeker_numbers_are_office_then_serial() {
        assert_eq!(job_seeker_number("13001", 42), "1300100000042");
        assert_eq!(display_job_seeker_number("1300100000042"), "13001-00000042");
        assert_eq!(display_job_seeker_number("odd"), "odd");
    }
}
