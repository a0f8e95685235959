//! The job-seeking application (求職の申込み) as the visitor fills it in at the kiosk.
//!
//! The shape follows the official online form, one struct per screen. Text fields hold what
//! the visitor typed *after* normalisation (see [`crate::normalize`]); [`crate::check`] decides
//! whether the whole is fit to submit. The same type travels sealed to the server, so it carries
//! no kiosk-only state.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A language the kiosk speaks. `JaEasy` is やさしい日本語.
#[derive(Serialize, Deserialize, TS, Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Language {
    #[default]
    #[serde(rename = "ja")]
    Ja,
    #[serde(rename = "ja-easy")]
    JaEasy,
    #[serde(rename = "en")]
    En,
}

impl Language {
    pub const ALL: [Language; 3] = [Language::Ja, Language::JaEasy, Language::En];

    /// The folder name under `locales/`.
    pub fn code(self) -> &'static str {
        match self {
            Language::Ja => "ja",
            Language::JaEasy => "ja-easy",
            Language::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.code() == code)
    }
}

/// The whole application: every screen of the kiosk's form.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, Eq, Default)]
#[serde(deny_unknown_fields)]
pub struct Application {
    pub language: Language,
    pub basic: Basic,
    pub contact: Contact,
    pub desired_work: DesiredWork,
    pub situation: Situation,
    pub education: Education,
    pub work_history: Vec<Job>,
    pub my_page: MyPageRequest,
    /// Ids of orange findings (`Finding::key`) the visitor saw and chose to keep.
    pub confirmed_warnings: Vec<String>,
}

/// 基本情報.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, Eq, Default)]
#[serde(deny_unknown_fields)]
pub struct Basic {
    /// 氏（姓）. Kanji, kana or Latin.
    pub family_name: String,
    /// 名.
    pub given_name: String,
    /// フリガナ（セイ）, katakana after normalisation.
    pub family_kana: String,
    /// フリガナ（メイ）.
    pub given_kana: String,
    /// The visitor could not enter the name in kanji and gave it in katakana; the counter is told.
    pub name_in_kana_only: bool,
    /// The visitor has one name only (as some residence cards show): no 名 and no フリガナ（メイ）.
    #[serde(default)]
    pub single_name: bool,
    /// The name as on the residence card (在留カード), in Latin capitals, family name first;
    /// empty when the visitor has none or gives none.
    #[serde(default)]
    pub card_name: String,
    pub birth_date: BirthDateInput,
    pub sex: Option<Sex>,
}

/// A birth date as entered: separate year / month / day fields, Western or era year.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, Eq, Default)]
#[serde(deny_unknown_fields)]
pub struct BirthDateInput {
    pub calendar: Calendar,
    /// Western year (e.g. "1985") or era year ("60", "元").
    pub year: String,
    pub month: String,
    pub day: String,
}

/// 西暦 or one of the eras (和暦).
#[derive(Serialize, Deserialize, TS, Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[serde(rename_all = "lowercase")]
pub enum Calendar {
    #[default]
    Western,
    Meiji,
    Taisho,
    Showa,
    Heisei,
    Reiwa,
}

#[derive(Serialize, Deserialize, TS, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Sex {
    Female,
    Male,
    /// 回答しない: chosen explicitly, distinct from leaving the optional field empty.
    Unstated,
}

/// 住所・連絡先.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, Eq, Default)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// Seven digits after normalisation, no hyphen.
    pub postcode: String,
    /// 都道府県, filled from the postcode.
    pub prefecture: String,
    /// 市区町村, filled from the postcode.
    pub city: String,
    /// 町域, filled from the postcode (the visitor picks one where a code has several).
    pub town: String,
    /// 番地, typed by the visitor.
    pub street: String,
    /// 建物名・部屋番号, optional.
    pub building: String,
    /// Digits only after normalisation.
    pub phone: String,
    /// Optional here; required when the visitor asks for My Page.
    pub email: String,
}

/// 希望する仕事.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, Eq, Default)]
#[serde(deny_unknown_fields)]
pub struct DesiredWork {
    /// 職業分類 codes (middle groups, 3 digits), first choice first; one to three.
    pub occupations: Vec<String>,
    pub employment_types: Vec<EmploymentType>,
    /// Desired places of work: prefecture or municipality names, free text.
    pub work_locations: Vec<String>,
    pub wage: Wage,
    pub hours: WorkHours,
}

#[derive(Serialize, Deserialize, TS, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum EmploymentType {
    /// 正社員
    FullTime,
    /// パート
    PartTime,
    /// 派遣
    Dispatch,
    /// 契約社員
    Contract,
}

/// 希望賃金: 月給 or 時給, lower bound in yen.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, Eq, Default)]
#[serde(deny_unknown_fields)]
pub struct Wage {
    pub kind: WageKind,
    /// Yen, digits only after normalisation; empty when the visitor has no preference.
    pub amount: String,
}

#[derive(Serialize, Deserialize, TS, Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[serde(rename_all = "lowercase")]
pub enum WageKind {
    #[default]
    Monthly,
    Hourly,
}

/// 就業時間・曜日.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, Eq, Default)]
#[serde(deny_unknown_fields)]
pub struct WorkHours {
    /// "HH:MM" after normalisation, empty for no preference.
    pub start: String,
    pub end: String,
    pub days: Vec<Weekday>,
}

#[derive(Serialize, Deserialize, TS, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

/// 現在の状況.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, Eq, Default)]
#[serde(deny_unknown_fields)]
pub struct Situation {
    pub employment: Option<CurrentEmployment>,
    pub unemployment_insurance: Option<InsurancePlan>,
}

#[derive(Serialize, Deserialize, TS, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum CurrentEmployment {
    /// 在職中
    Employed,
    /// 離職中
    NotEmployed,
    /// 学生
    Student,
}

/// 雇用保険の受給予定.
#[derive(Serialize, Deserialize, TS, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum InsurancePlan {
    Yes,
    No,
    Unsure,
}

/// 学歴・資格.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, Eq, Default)]
#[serde(deny_unknown_fields)]
pub struct Education {
    pub final_level: Option<EducationLevel>,
    pub school_name: String,
    /// Year of leaving school (Western), empty if unknown.
    pub graduation_year: String,
    /// 免許・資格, one per entry.
    pub qualifications: Vec<String>,
}

#[derive(Serialize, Deserialize, TS, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum EducationLevel {
    JuniorHigh,
    HighSchool,
    Vocational,
    JuniorCollege,
    University,
    Graduate,
    Other,
}

/// One entry of 職歴.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, Eq, Default)]
#[serde(deny_unknown_fields)]
pub struct Job {
    pub employer: String,
    /// What the visitor did there, free text.
    pub duties: String,
    /// Western year and month of joining, "YYYY-MM" after normalisation.
    pub from: String,
    /// Empty while still employed there.
    pub to: String,
    pub employment_type: Option<EmploymentType>,
}

/// 求職者マイページ: offered by default; the password is set later on the visitor's phone.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct MyPageRequest {
    pub wanted: bool,
}

impl Default for MyPageRequest {
    fn default() -> Self {
        MyPageRequest { wanted: true }
    }
}
