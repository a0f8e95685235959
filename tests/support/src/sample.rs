//! The sample persons and the complete applications they make, written once for every test
//! and benchmark: one [`Person`] type, a few named persons, numbered persons for the delivery
//! tests (a pure function of their number, so a harness knows every person a child process
//! used from the numbers it handed out), and one [`application`] that core's checks pass with
//! its longer variant [`long_application`]. Every value is made up.

use madoguchi_core::{
    Application, BirthDateInput, Calendar, ContactMethod, CurrentEmployment, EducationLevel,
    EmploymentType, InsurancePlan, Job, Language, Publication, Qualification, Sex, WageKind,
};

/// What a visitor types that identifies them, already normalised as the kiosk stores it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub family_name: String,
    pub given_name: String,
    pub family_kana: String,
    pub given_kana: String,
    pub sex: Sex,
    /// Digits only.
    pub phone: String,
    /// Lower case.
    pub email: String,
    pub street: String,
    pub building: String,
}

impl Person {
    /// The same person with another email address.
    pub fn with_email(mut self, email: &str) -> Person {
        email.clone_into(&mut self.email);
        self
    }
}

/// 山田 春男: the server tests' visitor (a landline, no building).
pub fn haruo() -> Person {
    Person {
        family_name: "山田".into(),
        given_name: "春男".into(),
        family_kana: "ヤマダ".into(),
        given_kana: "ハルオ".into(),
        sex: Sex::Male,
        phone: "0312345678".into(),
        email: "haruo@example.jp".into(),
        street: "1-1".into(),
        building: String::new(),
    }
}

/// 山田 京子: the benchmarks' visitor (the smoke run's person).
pub fn kyoko() -> Person {
    Person {
        family_name: "山田".into(),
        given_name: "京子".into(),
        family_kana: "ヤマダ".into(),
        given_kana: "キョウコ".into(),
        sex: Sex::Female,
        phone: "09012345678".into(),
        email: "kyoko.yamada@gmail.com".into(),
        street: "1-1".into(),
        building: "千代田ハイツ101".into(),
    }
}

/// Rare names of at least three characters (a needle of 9 bytes in UTF-8, 6 in UTF-16: a
/// chance match in megabytes of ciphertext is out of the question).
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

/// Person `i`: a pure function of `i`, with a phone number and email address of its own.
pub fn numbered(i: u64) -> Person {
    let families = FAMILIES.len() as u64;
    let (family_name, family_kana) = FAMILIES[(i % families) as usize];
    let (given_name, given_kana) = GIVEN[((i / families) % GIVEN.len() as u64) as usize];
    Person {
        family_name: family_name.into(),
        given_name: given_name.into(),
        family_kana: family_kana.into(),
        given_kana: given_kana.into(),
        sex: Sex::Female,
        // 090 then 8 digits: unique for the first hundred million persons.
        phone: format!("090{:08}", 37_000_000 + i % 60_000_000),
        email: format!("visitor.{i:06}.kz7q@example.jp"),
        street: format!("{}-{}-{}", 1 + i % 9, 1 + (i / 9) % 30, 1 + i % 17),
        building: String::new(),
    }
}

/// A complete application by `p` in Japanese that core's checks pass: born 昭和60年4月1日,
/// living at 〒100-0001 東京都千代田区千代田, seeking full-time 一般事務.
pub fn application(p: &Person) -> Application {
    let mut a = Application {
        language: Language::JA,
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
    a.basic.sex = Some(p.sex);
    a.contact.postcode = "1000001".into();
    a.contact.prefecture = "東京都".into();
    a.contact.city = "千代田区".into();
    a.contact.town = "千代田".into();
    a.contact.street = p.street.clone();
    a.contact.building = p.building.clone();
    a.contact.phone = p.phone.clone();
    a.contact.email = p.email.clone();
    a.desired_work.occupations = vec!["009".into()];
    a.desired_work.employment_types = vec![EmploymentType::FullTime];
    a.desired_work.work_locations = vec!["東京都".into()];
    a.situation.employment = Some(CurrentEmployment::NotEmployed);
    a.situation.unemployment_insurance = Some(InsurancePlan::Unsure);
    a.education.final_level = Some(EducationLevel::University);
    a.disclosure.publication = Some(Publication::NotPublished);
    a.disclosure.contact_methods = vec![ContactMethod::Phone];
    a
}

/// [`application`] about as long as a real one: two occupations, a contract too, a wage, a
/// qualification and ten years at one employer.
pub fn long_application(p: &Person) -> Application {
    let mut a = application(p);
    a.desired_work.occupations = vec!["034".into(), "009".into()];
    a.desired_work.employment_types = vec![EmploymentType::FullTime, EmploymentType::Contract];
    a.desired_work.work_locations = vec!["東京都".into(), "千代田区".into()];
    a.desired_work.wage.kind = WageKind::Monthly;
    a.desired_work.wage.amount = "250000".into();
    a.situation.unemployment_insurance = Some(InsurancePlan::Yes);
    a.education.final_level = Some(EducationLevel::HighSchool);
    a.education.qualifications = vec![Qualification {
        licence: "driving-ordinary".into(),
        year: "2008".into(),
        ..Qualification::default()
    }];
    a.work_history = vec![Job {
        employer: "ミドリヤ".into(),
        duties: "一般事務、受付、電話応対".into(),
        from: "2010-04".into(),
        to: "2020-03".into(),
        employment_type: Some(EmploymentType::FullTime),
        ..Job::default()
    }];
    a.disclosure.publication = Some(Publication::WithoutEmployerNames);
    a.disclosure.contact_methods = vec![ContactMethod::Phone, ContactMethod::Email];
    a.self_pr.appeal = "事務の仕事を10年続けてきました。\n表計算ソフトが得意です。".into();
    a
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_persons_differ_in_what_identifies_them() {
        let (a, b) = (numbered(1), numbered(2));
        assert_ne!(a.phone, b.phone);
        assert_ne!(a.email, b.email);
        assert_eq!(numbered(7), numbered(7));
    }

    #[test]
    fn the_long_application_keeps_the_person() {
        let a = long_application(&kyoko());
        assert_eq!(a.basic.given_name, "京子");
        assert_eq!(a.contact.building, "千代田ハイツ101");
        assert_eq!(a.work_history.len(), 1);
    }
}
