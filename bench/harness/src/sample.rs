//! What the benchmarks send: a complete application as a visitor makes it at the kiosk (the
//! smoke run's person), sealed to the server's key exactly as `Kiosk::submit` seals it.

use madoguchi_core::envelope::{Envelope, PublicKey, SealedApplication};
use madoguchi_core::receipt::{ContinuationToken, IdempotencyKey, ReceiptNumber};
use madoguchi_core::Application;
use madoguchi_test_support::sample::{kyoko, long_application};
use rand_core::CryptoRng;

/// The office every benchmark kiosk belongs to.
pub const OFFICE: &str = "13010";

/// A complete application that core's checks pass, about as long as a real one (山田 京子's).
pub fn application() -> Application {
    long_application(&kyoko())
}

/// One submission as a kiosk sends it.
#[derive(Clone, Debug)]
pub struct Sealed {
    pub kiosk_id: String,
    pub idempotency_key: String,
    pub receipt: String,
    /// base64url of the envelope, as in the JSON body.
    pub envelope: String,
    pub envelope_bytes: Vec<u8>,
}

impl Sealed {
    /// The request body of `POST /api/v1/applications`.
    pub fn body(&self) -> String {
        serde_json::json!({ "envelope": self.envelope }).to_string()
    }
}

/// Seals `application` from `kiosk_id` to `recipient` with fresh identifiers.
pub fn seal(
    application: &Application,
    recipient: &PublicKey,
    kiosk_id: &str,
    submitted_at: &str,
    rng: &mut impl CryptoRng,
) -> Sealed {
    let receipt = ReceiptNumber::generate(rng);
    let token = ContinuationToken::generate(rng);
    let key = IdempotencyKey::generate(rng);
    let payload = SealedApplication {
        application: application.clone(),
        receipt: receipt.to_string(),
        continuation_token: token.as_str().to_owned(),
        submitted_at: submitted_at.to_owned(),
        office_code: OFFICE.to_owned(),
    };
    let envelope = Envelope::seal_application(recipient, kiosk_id, key.as_str(), &payload, rng)
        .expect("sealing to a valid key works");
    Sealed {
        kiosk_id: kiosk_id.to_owned(),
        idempotency_key: key.as_str().to_owned(),
        receipt: receipt.to_string(),
        envelope: envelope.to_base64(),
        envelope_bytes: envelope.to_bytes(),
    }
}

/// Now as RFC 3339 (UTC).
pub fn now_rfc3339() -> String {
    time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

pub fn os_rng() -> impl CryptoRng {
    use rand_core::TryRngCore as _;
    rand_core::OsRng.unwrap_err()
}
