//! The job-seeking application (求職の申込み) as the visitor fills it in at the kiosk.
//!
//! The shape follows the official online form, one struct per screen. Text fields hold what
//! the visitor typed *after* normalisation (see [`crate::normalize`]); [`crate::check`] decides
//! whether the whole is fit to submit. The same type travels sealed to the server, so it carries
//! no kiosk-only state.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use crate::language::Language;

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
    /// 求職情報の提供等; absent from applications stored before the screen existed.
    #[serde(default)]
    pub disclosure: Disclosure,
    /// 障害について (任意); absent from applications stored before the screen existed.
    #[serde(default)]
    pub disability: Disability,
    /// 自己PR・特記事項 (任意); absent from applications stored before the screen existed.
    #[serde(default)]
    pub self_pr: SelfPr,
    /// Ids of orange findings (`Finding::key`) the visitor saw and chose to keep.
    pub confirmed_warnings: Vec<String>,
    /// What the My Number card said when the visitor filled 基本情報 and 住所 from it: read
    /// from the card, not yet checked against the person. `None` when the card was not used.
    #[serde(default)]
    pub my_number_card: Option<CardReading>,
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
    /// 国籍: 日本 or another country; `None` when not answered (任意).
    #[serde(default)]
    pub nationality: Option<Nationality>,
    /// The other country's name as the visitor writes it; empty for Japanese nationals.
    #[serde(default)]
    pub country: String,
    /// 在留資格: a code of `data/residence-statuses.tsv` ([`crate::residence`]); empty for
    /// Japanese nationals or when not given.
    #[serde(default)]
    pub residence_status: String,
    /// 在留期間（満了日） as on the residence card; empty for statuses without one (永住者).
    #[serde(default)]
    pub residence_expiry: BirthDateInput,
}

/// 国籍, as the form asks it: Japanese, or another nationality (then 在留資格 follows).
#[derive(Serialize, Deserialize, TS, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum Nationality {
    Japanese,
    Foreign,
}

/// A day as entered: separate year / month / day fields, Western or era year. The birth date
/// first, and the other days the form asks (離職日, 在留期間の満了日) the same way.
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
    /// 最寄り駅, written in full (「新宿駅」); 駅 is added where the visitor left it off.
    #[serde(default)]
    pub nearest_station: String,
    /// 通勤手段: every way the visitor can get to work.
    #[serde(default)]
    pub commute: Vec<CommuteMeans>,
    /// 通勤時間: minutes the visitor can spend getting to work, digits only; empty (任意).
    #[serde(default)]
    pub commute_minutes: String,
}

/// 通勤手段.
#[derive(Serialize, Deserialize, TS, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "lowercase")]
pub enum CommuteMeans {
    /// 徒歩
    Walk,
    /// 自転車
    Bicycle,
    /// バイク
    Motorbike,
    /// 自動車
    Car,
    /// 電車
    Train,
    /// バス
    Bus,
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
    /// 就業形態 as the form has it beside the employment types: フルタイム, パートタイム, both.
    #[serde(default)]
    pub work_styles: Vec<WorkStyle>,
    /// 希望休日.
    #[serde(default)]
    pub holidays: Option<HolidayPattern>,
    /// Days the visitor wants off besides (or instead of) the pattern, e.g. 水曜.
    #[serde(default)]
    pub days_off: Vec<Weekday>,
    /// 週の労働時間: hours a week, digits only; empty (任意).
    #[serde(default)]
    pub weekly_hours: String,
    /// 週の勤務日数: days a week, one digit; empty (任意).
    #[serde(default)]
    pub days_per_week: String,
}

/// 就業形態: full or part of the working day.
#[derive(Serialize, Deserialize, TS, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum WorkStyle {
    /// フルタイム
    FullTime,
    /// パートタイム
    PartTime,
}

/// 希望休日.
#[derive(Serialize, Deserialize, TS, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum HolidayPattern {
    /// 土日祝
    Weekends,
    /// 平日
    Weekdays,
    /// シフト制
    Shifts,
    /// 指定なし
    Any,
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
    /// アルバイト (a past job's type; not offered as a wish)
    Casual,
    /// その他 (a past job's type; not offered as a wish)
    Other,
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
    /// 離職日 of the last job, asked of a visitor not working now; empty when not given.
    #[serde(default)]
    pub left_on: BirthDateInput,
    /// 離職理由 of the last job.
    #[serde(default)]
    pub leaving_reason: Option<LeavingReason>,
    /// 配偶者の有無 (任意; 「回答しない」 is an answer).
    #[serde(default)]
    pub spouse: Option<Spouse>,
    /// 扶養家族の数: digits; empty when not answered.
    #[serde(default)]
    pub dependants: String,
    /// 扶養家族の数 「回答しない」: chosen explicitly, distinct from leaving it empty.
    #[serde(default)]
    pub dependants_unstated: bool,
}

/// 離職理由, as the form groups them.
#[derive(Serialize, Deserialize, TS, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum LeavingReason {
    /// 会社都合
    Employer,
    /// 自己都合
    Own,
    /// 契約期間満了
    ContractEnd,
    /// 定年
    Retirement,
    /// その他
    Other,
}

/// 配偶者.
#[derive(Serialize, Deserialize, TS, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Spouse {
    Yes,
    No,
    /// 回答しない
    Unstated,
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
    /// 学部・学科 (任意).
    #[serde(default)]
    pub department: String,
    /// 卒業 / 中退 / 在学中 / 卒業見込み.
    #[serde(default)]
    pub completion: Option<Completion>,
    /// Year of leaving school, Western after normalisation (和暦 accepted), empty if unknown.
    pub graduation_year: String,
    /// 免許・資格, one per entry.
    pub qualifications: Vec<Qualification>,
}

/// How the last school ended.
#[derive(Serialize, Deserialize, TS, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum Completion {
    /// 卒業
    Graduated,
    /// 中退
    Withdrew,
    /// 在学中
    Enrolled,
    /// 卒業見込み
    Expected,
}

/// One 免許・資格: a licence of the list ([`crate::licence`]) or one written out, and the
/// year obtained.
#[derive(Serialize, TS, Clone, Debug, PartialEq, Eq, Default)]
pub struct Qualification {
    /// A code of `data/licences.tsv`; empty for a qualification written as free text.
    pub licence: String,
    /// The qualification as written, when it is not on the list.
    pub name: String,
    /// The score, for a licence that has one (TOEIC); digits only.
    pub score: String,
    /// Year obtained, Western after normalisation (和暦 accepted); empty if not given.
    pub year: String,
}

/// Applications stored before entries had fields hold each qualification as its text.
impl<'de> Deserialize<'de> for Qualification {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Entry {
            #[serde(default)]
            licence: String,
            #[serde(default)]
            name: String,
            #[serde(default)]
            score: String,
            #[serde(default)]
            year: String,
        }
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Stored {
            Text(String),
            Entry(Entry),
        }
        Ok(match Stored::deserialize(d)? {
            Stored::Text(name) => Qualification {
                name,
                ..Qualification::default()
            },
            Stored::Entry(e) => Qualification {
                licence: e.licence,
                name: e.name,
                score: e.score,
                year: e.year,
            },
        })
    }
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
    /// 職種: a middle group of the occupation classification; empty when not given.
    #[serde(default)]
    pub occupation: String,
    /// 離職理由; none while still employed there or not given.
    #[serde(default)]
    pub leaving_reason: Option<LeavingReason>,
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

/// 求職情報の提供等: whether employers may see the visitor's job-seeker information, and how
/// the office may get in touch.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, Eq, Default)]
#[serde(deny_unknown_fields, default)]
pub struct Disclosure {
    /// 求職情報の公開 (必須); `None` until the visitor answers.
    pub publication: Option<Publication>,
    /// How the office may contact the visitor, at least one (必須), in the order offered.
    pub contact_methods: Vec<ContactMethod>,
    /// 連絡を避けてほしい時間帯 (任意), free text such as 「平日の9時から17時」.
    pub avoid_times: String,
}

/// What employers may see of the job-seeker information. The name, address, phone number and
/// e-mail address are never shown to them, whichever is chosen.
#[derive(Serialize, Deserialize, TS, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum Publication {
    /// 公開しない.
    NotPublished,
    /// 公開する, but without the names of past employers (事業所名等を除いて公開).
    WithoutEmployerNames,
    /// 公開する, past employers' names included.
    Published,
}

/// A way the office may reach the visitor.
#[derive(Serialize, Deserialize, TS, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum ContactMethod {
    Phone,
    Email,
    Post,
}

/// 障害について (任意): asked with care, skippable as a whole. Everything but `support` is
/// cleared unless the visitor answered that they want support ([`DisabilitySupport::Wanted`]).
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, Eq, Default)]
#[serde(deny_unknown_fields, default)]
pub struct Disability {
    /// Whether the visitor wants to register as a person with a disability and be supported
    /// as one; `None` when the question was skipped.
    pub support: Option<DisabilitySupport>,
    /// 障害者手帳, when support is wanted.
    pub certificate: Option<Certificate>,
    /// 等級 or 程度 of the certificate as a code of [`Certificate::grades`]; empty if not given.
    pub grade: String,
    /// Common kinds of help, in the order offered.
    pub needs: Vec<SupportNeed>,
    /// What else would help, in the visitor's words.
    pub needs_text: String,
}

#[derive(Serialize, Deserialize, TS, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum DisabilitySupport {
    /// 希望する.
    Wanted,
    /// 希望しない.
    NotWanted,
    /// 回答しない: chosen explicitly, distinct from skipping the question.
    Unstated,
}

/// 障害者手帳.
#[derive(Serialize, Deserialize, TS, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum Certificate {
    /// 身体障害者手帳 (1級–6級).
    Physical,
    /// 療育手帳 (the national A and B, and the 程度 prefectures write instead: A1/A2/B1/B2,
    /// Ⓐ/A/B/C, or 東京都's 愛の手帳 1度–4度).
    Intellectual,
    /// 精神障害者保健福祉手帳 (1級–3級).
    Mental,
    /// 手帳なし・申請中.
    NoneOrPending,
}

impl Certificate {
    pub const ALL: [Certificate; 4] = [
        Certificate::Physical,
        Certificate::Intellectual,
        Certificate::Mental,
        Certificate::NoneOrPending,
    ];

    /// The grade codes this certificate has, most severe first; empty where it has none. A
    /// 療育手帳's grade is kept as written on it: the nation's A and B, then the prefectures'
    /// own names.
    pub fn grades(self) -> &'static [&'static str] {
        match self {
            Certificate::Physical => &["1", "2", "3", "4", "5", "6"],
            Certificate::Intellectual => &[
                "A", "B", "Ⓐ", "A1", "A2", "B1", "B2", "C", "1度", "2度", "3度", "4度",
            ],
            Certificate::Mental => &["1", "2", "3"],
            Certificate::NoneOrPending => &[],
        }
    }
}

/// Help a visitor with a disability commonly asks for when looking for work.
#[derive(Serialize, Deserialize, TS, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum SupportNeed {
    /// 専門の窓口で相談したい.
    SpecialistDesk,
    /// 勤務時間・日数への配慮.
    Hours,
    /// 通院・服薬への配慮.
    Hospital,
    /// 設備・移動への配慮 (車いす、段差).
    Facilities,
    /// 伝え方への配慮 (筆談、手話、文字で).
    Communication,
    /// 指示の出し方への配慮 (書いて、ひとつずつ).
    Instructions,
}

/// 自己PR・特記事項 (任意): free text in the visitor's words.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, Eq, Default)]
#[serde(deny_unknown_fields, default)]
pub struct SelfPr {
    /// 自己PR: strengths, experience, what the visitor wants employers to know.
    pub appeal: String,
    /// 特記事項: anything else the office should know (dates the visitor cannot start before…).
    pub notes: String,
}

/// What the My Number card said ([`crate::my_number_card`] reads it), kept in the application so the counter knows which fields came from
/// the card (read, not yet checked against the person) and whether the visitor changed them.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct CardReading {
    /// 氏名 as on the card, family name first.
    pub name: String,
    /// 住所 as on the card, in one line.
    pub address: String,
    /// 生年月日, YYYYMMDD.
    pub birth_date: String,
    /// `None` where the card says 9 (not applicable).
    pub sex: Option<Sex>,
}
