//! What the benchmarks send: a complete application as a visitor makes it at the kiosk (the
//! smoke run's person), sealed to the server's key exactly as `Kiosk::submit` seals it.

use madoguchi_core::envelope::{Envelope, PublicKey, SealedApplication};
use madoguchi_core::receipt::{ContinuationToken, IdempotencyKey, ReceiptNumber};
use madoguchi_core::{
    Application, BirthDateInput, Calendar, CurrentEmployment, EducationLevel, EmploymentType,
    InsurancePlan, Job, Language, Sex, WageKind,
};
use rand_core::CryptoRng;

/// The office every benchmark kiosk belongs to.
pub const OFFICE: &str = "13010";

/// A complete application that core's checks pass, about as long as a real one.
pub fn application() -> Application {
    let mut a = Application {
        language: Language::Ja,
        ..Application::default()
    };
    a.basic.family_name = "山田".into();
    a.basic.given_name = "京子".into();
    a.basic.family_kana = "ヤマダ".into();
    a.basic.given_kana = "キョウコ".into();
    a.basic.birth_date = BirthDateInput {
        calendar: Calendar::Showa,
        year: "60".into(),
        month: "4".into(),
        day: "1".into(),
    };
    a.basic.sex = Some(Sex::Female);
    a.contact.postcode = "1000001".into();
    a.contact.prefecture = "東京都".into();
    a.contact.city = "千代田区".into();
    a.contact.town = "千代田".into();
    a.contact.street = "1-1".into();
    a.contact.building = "千代田ハイツ101".into();
    a.contact.phone = "09012345678".into();
    a.contact.email = "kyoko.yamada@gmail.com".into();
    a.desired_work.occupations = vec!["034".into(), "009".into()];
    a.desired_work.employment_types = vec![EmploymentType::FullTime, EmploymentType::Contract];
    a.desired_work.work_locations = vec!["東京都".into(), "千代田区".into()];
    a.desired_work.wage.kind = WageKind::Monthly;
    a.desired_work.wage.amount = "250000".into();
    a.situation.employment = Some(CurrentEmployment::NotEmployed);
    a.situation.unemployment_insurance = Some(InsurancePlan::Yes);
    a.education.final_level = Some(EducationLevel::HighSchool);
    a.education.qualifications = vec!["普通自動車第一種運転免許".into()];
    a.work_history = vec![Job {
        employer: "ミドリヤ".into(),
        duties: "一般事務、受付、電話応対".into(),
        from: "2010-04".into(),
        to: "2020-03".into(),
        employment_type: Some(EmploymentType::FullTime),
    }];
    a
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
