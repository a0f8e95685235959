//! The test persons: who applies, and what of them must never be readable on the kiosk's disk.
//!
//! Person `i` is a pure function of `i`, so a harness knows every person a child process used
//! from the numbers it handed out. Names are drawn from short lists of rare names of at least
//! three characters (a needle of 9 bytes in UTF-8, 6 in UTF-16: a chance match in megabytes of
//! ciphertext is out of the question); phone numbers and email addresses are unique per person.

use madoguchi_core::{
    Application, BirthDateInput, Calendar, CurrentEmployment, EducationLevel, EmploymentType,
    InsurancePlan, Language, Sex,
};

const FAMILIES: &[(&str, &str)] = &[
    ("勅使河原", "テシガワラ"),
    ("五十嵐", "イガラシ"),
    ("小鳥遊", "タカナシ"),
    ("百目鬼", "ドウメキ"),
    ("九十九", "ツクモ"),
    ("月見里", "ヤマナシ"),
    ("東雲寺", "シノノメジ"),
    ("御手洗", "ミタライ"),
];

const GIVEN: &[(&str, &str)] = &[
    ("朔太郎", "サクタロウ"),
    ("蓮之介", "レンノスケ"),
    ("紗和子", "サワコ"),
    ("詩緒里", "シオリ"),
    ("颯一郎", "ソウイチロウ"),
    ("千代乃", "チヨノ"),
    ("翠玲奈", "ミレイナ"),
];

/// What a visitor types that identifies them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub family_name: String,
    pub given_name: String,
    pub family_kana: String,
    pub given_kana: String,
    /// Digits only, as the kiosk normalises it.
    pub phone: String,
    /// Lower case, as the kiosk normalises it.
    pub email: String,
    pub street: String,
}

pub fn person(i: u64) -> Person {
    let (family_name, family_kana) = FAMILIES[(i % FAMILIES.len() as u64) as usize];
    let (given_name, given_kana) =
        GIVEN[((i / FAMILIES.len() as u64) % GIVEN.len() as u64) as usize];
    Person {
        family_name: family_name.into(),
        given_name: given_name.into(),
        family_kana: family_kana.into(),
        given_kana: given_kana.into(),
        // 090 then 8 digits: unique for the first hundred million persons.
        phone: format!("090{:08}", 37_000_000 + i % 60_000_000),
        email: format!("visitor.{i:06}.kz7q@example.jp"),
        street: format!("{}-{}-{}", 1 + i % 9, 1 + (i / 9) % 30, 1 + i % 17),
    }
}

/// A complete application by `p` that the kiosk's checks pass.
pub fn application(p: &Person) -> Application {
    let mut a = Application {
        language: Language::Ja,
        ..Application::default()
    };
    a.basic.family_name = p.family_name.clone();
    a.basic.given_name = p.given_name.clone();
    a.basic.family_kana = p.family_kana.clone();
    a.basic.given_kana = p.given_kana.clone();
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
    a.contact.street = p.street.clone();
    a.contact.phone = p.phone.clone();
    a.contact.email = p.email.clone();
    a.desired_work.occupations = vec!["009".into()];
    a.desired_work.employment_types = vec![EmploymentType::FullTime];
    a.desired_work.work_locations = vec!["東京都".into()];
    a.situation.employment = Some(CurrentEmployment::NotEmployed);
    a.situation.unemployment_insurance = Some(InsurancePlan::Unsure);
    a.education.final_level = Some(EducationLevel::University);
    a
}
