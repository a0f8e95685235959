//! The rules of every screen against one table of cases, the Fluent files and properties: one
//! suite, because a case often spans screens (the e-mail address of Contact and My Page).

use std::collections::BTreeSet;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use proptest::prelude::*;
use time::Month;

use super::*;
use time::Date;

use crate::application::{
    Application, Basic, BirthDateInput, Calendar, CommuteMeans, Completion, Contact,
    CurrentEmployment, DesiredWork, Education, EducationLevel, EmploymentType, HolidayPattern,
    InsurancePlan, Job, Language, LeavingReason, MyPageRequest, Nationality, Qualification,
    Situation, Spouse, Wage, WageKind, Weekday, WorkHours, WorkStyle,
};
use crate::application::{
    Certificate, ContactMethod, Disability, DisabilitySupport, Disclosure, Publication, SelfPr,
    SupportNeed,
};
use crate::finding::Severity::{self, Error, Warning};
use crate::finding::{Finding, Report, Step};

fn known_postcode(code: &str) -> bool {
    matches!(code, "1008916" | "1600023" | "5300001")
}

fn known_occupation(code: &str) -> bool {
    matches!(code, "001" | "033" | "046" | "083" | "091")
}

fn ymd(y: i32, m: u8, d: u8) -> Date {
    Month::try_from(m)
        .ok()
        .and_then(|m| Date::from_calendar_date(y, m, d).ok())
        .unwrap_or(Date::MIN)
}

/// 2026-11-25, the day these tables were written against.
fn cx() -> Context<'static> {
    Context {
        today: ymd(2026, 11, 25),
        postcode_known: &known_postcode,
        occupation_known: &known_occupation,
    }
}

fn s(text: &str) -> String {
    text.to_owned()
}

/// A complete application that every step accepts.
fn valid() -> Application {
    Application {
        language: Language::JA,
        basic: Basic {
            family_name: s("山田"),
            given_name: s("太郎"),
            family_kana: s("ヤマダ"),
            given_kana: s("タロウ"),
            name_in_kana_only: false,
            single_name: false,
            card_name: s(""),
            birth_date: BirthDateInput {
                calendar: Calendar::Showa,
                year: s("60"),
                month: s("4"),
                day: s("1"),
            },
            sex: None,
            ..Basic::default()
        },
        contact: Contact {
            postcode: s("1008916"),
            prefecture: s("東京都"),
            city: s("千代田区"),
            town: s("霞が関"),
            street: s("1-2-2"),
            building: s(""),
            phone: s("09012345678"),
            email: s("taro@example.jp"),
            ..Contact::default()
        },
        desired_work: DesiredWork {
            occupations: vec![s("033")],
            employment_types: vec![EmploymentType::FullTime],
            work_locations: vec![s("千代田区")],
            wage: Wage {
                kind: WageKind::Monthly,
                amount: s("250000"),
            },
            hours: WorkHours {
                start: s("09:00"),
                end: s("17:00"),
                days: vec![Weekday::Mon, Weekday::Tue],
            },
            ..DesiredWork::default()
        },
        situation: Situation {
            employment: Some(CurrentEmployment::NotEmployed),
            unemployment_insurance: Some(InsurancePlan::Yes),
            ..Situation::default()
        },
        education: Education {
            final_level: Some(EducationLevel::University),
            school_name: s("みどり大学"),
            graduation_year: s("2008"),
            qualifications: vec![written("普通自動車免許", "")],
            ..Education::default()
        },
        work_history: vec![Job {
            employer: s("株式会社みどり商事"),
            duties: s("営業"),
            from: s("2008-04"),
            to: s("2024-03"),
            employment_type: Some(EmploymentType::FullTime),
            ..Job::default()
        }],
        my_page: MyPageRequest { wanted: true },
        disclosure: Disclosure {
            publication: Some(Publication::NotPublished),
            contact_methods: vec![ContactMethod::Phone],
            avoid_times: s(""),
        },
        disability: Disability::default(),
        self_pr: SelfPr::default(),
        confirmed_warnings: vec![],
        my_number_card: None,
    }
}

/// A qualification written out (not from the list), with the year obtained.
fn written(name: &str, year: &str) -> Qualification {
    Qualification {
        name: s(name),
        year: s(year),
        ..Qualification::default()
    }
}

/// A licence of the list, with its score and year.
fn listed(code: &str, score: &str, year: &str) -> Qualification {
    Qualification {
        licence: s(code),
        score: s(score),
        year: s(year),
        ..Qualification::default()
    }
}

fn foreign(app: &mut Application, status: &str) {
    app.basic.nationality = Some(Nationality::Foreign);
    app.basic.country = s("ベトナム");
    app.basic.residence_status = s(status);
}

fn day(calendar: Calendar, y: &str, m: &str, d: &str) -> BirthDateInput {
    BirthDateInput {
        calendar,
        year: s(y),
        month: s(m),
        day: s(d),
    }
}

fn birth(app: &mut Application, calendar: Calendar, y: &str, m: &str, d: &str) {
    app.basic.birth_date = BirthDateInput {
        calendar,
        year: s(y),
        month: s(m),
        day: s(d),
    };
}

type Case = (
    &'static str,
    Step,
    fn(&mut Application),
    &'static [(&'static str, &'static str, Severity)],
);

/// One row per rule: a change to the valid application and what the step must find.
#[rustfmt::skip]
const CASES: &[Case] = &[
    // 基本情報
    ("family name empty", Step::Basic, |a| a.basic.family_name = s(" 　"), &[("basic.family_name", "check-family-name-required", Error)]),
    ("given name empty", Step::Basic, |a| a.basic.given_name = s(""), &[("basic.given_name", "check-given-name-required", Error)]),
    ("full name in family field", Step::Basic, |a| { a.basic.family_name = s("山田　太郎"); a.basic.given_name = s(""); }, &[]),
    ("Latin name", Step::Basic, |a| { a.basic.family_name = s("ＳＭＩＴＨ"); a.basic.given_name = s("John Paul"); a.basic.family_kana = s("スミス"); a.basic.given_kana = s("ジョン ポール"); }, &[]),
    ("one name only", Step::Basic, |a| { a.basic.family_name = s("SUKARNO"); a.basic.given_name = s(""); a.basic.given_kana = s(""); a.basic.single_name = true; }, &[]),
    ("card name with accents", Step::Basic, |a| a.basic.card_name = s("Nguyễn Thị Lan"), &[]),
    ("card name in kanji", Step::Basic, |a| a.basic.card_name = s("王 MING"), &[("basic.card_name", "check-card-name-latin", Error)]),
    ("Latin full name is not split", Step::Basic, |a| { a.basic.family_name = s("DA SILVA"); a.basic.given_name = s(""); }, &[("basic.given_name", "check-given-name-required", Error)]),
    ("family kana empty", Step::Basic, |a| a.basic.family_kana = s(""), &[("basic.family_kana", "check-family-kana-required", Error)]),
    ("given kana empty", Step::Basic, |a| a.basic.given_kana = s(""), &[("basic.given_kana", "check-given-kana-required", Error)]),
    ("kana in hiragana", Step::Basic, |a| { a.basic.family_kana = s("やまだ"); a.basic.given_kana = s("ﾀﾛｳ"); }, &[]),
    ("kana in kanji", Step::Basic, |a| a.basic.family_kana = s("山田"), &[("basic.family_kana", "check-kana-katakana-only", Error)]),
    ("kana in Latin", Step::Basic, |a| a.basic.given_kana = s("Taro"), &[("basic.given_kana", "check-kana-katakana-only", Error)]),
    ("birth date empty", Step::Basic, |a| birth(a, Calendar::Western, "", " ", ""), &[("basic.birth_date", "check-birth-date-required", Error)]),
    ("birth year missing", Step::Basic, |a| birth(a, Calendar::Western, "", "4", "1"), &[("basic.birth_date", "check-birth-date-missing", Error)]),
    ("birth month not a number", Step::Basic, |a| birth(a, Calendar::Western, "1985", "四", "1"), &[("basic.birth_date", "check-birth-date-not-number", Error)]),
    ("birth year zero", Step::Basic, |a| birth(a, Calendar::Western, "0", "4", "1"), &[("basic.birth_date", "check-birth-date-no-such-year", Error)]),
    ("birth month 13", Step::Basic, |a| birth(a, Calendar::Western, "1985", "13", "1"), &[("basic.birth_date", "check-birth-date-no-such-month", Error)]),
    ("29 February 2023", Step::Basic, |a| birth(a, Calendar::Western, "1983", "2", "29"), &[("basic.birth_date", "check-birth-date-no-such-day", Error)]),
    ("29 February 1984", Step::Basic, |a| birth(a, Calendar::Western, "1984", "2", "29"), &[]),
    ("昭和64年2月1日", Step::Basic, |a| birth(a, Calendar::Showa, "64", "2", "1"), &[("basic.birth_date", "check-birth-date-era-ended", Error)]),
    ("平成31年5月1日", Step::Basic, |a| birth(a, Calendar::Heisei, "31", "5", "1"), &[("basic.birth_date", "check-birth-date-era-ended", Error)]),
    ("平成元年1月7日", Step::Basic, |a| birth(a, Calendar::Heisei, "元", "1", "7"), &[("basic.birth_date", "check-birth-date-era-not-begun", Error)]),
    ("full-width Western", Step::Basic, |a| birth(a, Calendar::Western, "１９８５年", "０４", "０１"), &[]),
    ("born tomorrow", Step::Basic, |a| birth(a, Calendar::Western, "2026", "11", "26"), &[("basic.birth_date", "check-birth-date-future", Error)]),
    ("two-digit Western year", Step::Basic, |a| birth(a, Calendar::Western, "85", "4", "1"), &[("basic.birth_date", "check-birth-date-year-too-early", Error)]),
    ("明治30年", Step::Basic, |a| birth(a, Calendar::Meiji, "30", "4", "1"), &[("basic.birth_date", "check-birth-date-year-too-early", Error)]),
    ("age 14", Step::Basic, |a| birth(a, Calendar::Western, "2011", "11", "26"), &[("basic.birth_date", "check-birth-date-too-young", Error)]),
    ("age 15", Step::Basic, |a| birth(a, Calendar::Western, "2011", "11", "25"), &[("basic.birth_date", "check-birth-date-young", Warning)]),
    ("age 16", Step::Basic, |a| birth(a, Calendar::Heisei, "22", "11", "25"), &[]),
    ("age 79", Step::Basic, |a| birth(a, Calendar::Showa, "21", "11", "26"), &[]),
    ("age 80", Step::Basic, |a| birth(a, Calendar::Showa, "21", "11", "25"), &[("basic.birth_date", "check-birth-date-old", Warning)]),
    // 住所・連絡先
    ("postcode empty", Step::Contact, |a| a.contact.postcode = s(""), &[("contact.postcode", "check-postcode-required", Error)]),
    ("postcode short", Step::Contact, |a| a.contact.postcode = s("100-891"), &[("contact.postcode", "check-postcode-digits", Error)]),
    ("postcode with a letter", Step::Contact, |a| a.contact.postcode = s("10O-8916"), &[("contact.postcode", "check-postcode-digits", Error)]),
    ("postcode full-width", Step::Contact, |a| a.contact.postcode = s("〒１００ー８９１６"), &[]),
    ("postcode unknown", Step::Contact, |a| a.contact.postcode = s("999-9999"), &[("contact.postcode", "check-postcode-unknown", Error)]),
    ("prefecture empty", Step::Contact, |a| { a.contact.prefecture = s(""); a.contact.city = s(""); }, &[("contact.prefecture", "check-address-search", Error)]),
    ("city empty", Step::Contact, |a| a.contact.city = s(""), &[("contact.city", "check-address-search", Error)]),
    ("street empty", Step::Contact, |a| a.contact.street = s(""), &[("contact.street", "check-street-required", Error)]),
    ("building and town optional", Step::Contact, |a| { a.contact.building = s(""); a.contact.town = s(""); }, &[]),
    ("phone empty", Step::Contact, |a| a.contact.phone = s(""), &[("contact.phone", "check-phone-required", Error)]),
    ("landline", Step::Contact, |a| a.contact.phone = s("03-1234-5678"), &[]),
    ("landline full-width", Step::Contact, |a| a.contact.phone = s("（０３）１２３４ー５６７８"), &[]),
    ("mobile", Step::Contact, |a| a.contact.phone = s("080ー1234ー5678"), &[]),
    ("IP phone", Step::Contact, |a| a.contact.phone = s("050-1234-5678"), &[]),
    ("+81 mobile", Step::Contact, |a| a.contact.phone = s("+81 70 1234 5678"), &[]),
    ("0120", Step::Contact, |a| a.contact.phone = s("0120-123-456"), &[("contact.phone", "check-phone-free-dial", Warning)]),
    ("0800", Step::Contact, |a| a.contact.phone = s("0800-123-4567"), &[("contact.phone", "check-phone-free-dial", Warning)]),
    ("0120 with 11 digits", Step::Contact, |a| a.contact.phone = s("0120-123-4567"), &[("contact.phone", "check-phone-format", Error)]),
    ("mobile with 10 digits", Step::Contact, |a| a.contact.phone = s("090-1234-567"), &[("contact.phone", "check-phone-format", Error)]),
    ("landline with 9 digits", Step::Contact, |a| a.contact.phone = s("03-1234-567"), &[("contact.phone", "check-phone-format", Error)]),
    ("international prefix 00", Step::Contact, |a| a.contact.phone = s("0012345678"), &[("contact.phone", "check-phone-format", Error)]),
    ("no leading 0", Step::Contact, |a| a.contact.phone = s("3-1234-56789"), &[("contact.phone", "check-phone-format", Error)]),
    ("phone with letters", Step::Contact, |a| a.contact.phone = s("03-1234-abcd"), &[("contact.phone", "check-phone-digits", Error)]),
    ("email optional", Step::Contact, |a| a.contact.email = s(""), &[]),
    ("email full-width", Step::Contact, |a| a.contact.email = s("ｔａｒｏ＠ＥＸＡＭＰＬＥ．ＪＰ"), &[]),
    ("email carrier style", Step::Contact, |a| a.contact.email = s("taro..yamada.@docomo.ne.jp"), &[]),
    ("email too long", Step::Contact, |a| a.contact.email = format!("{}@example.jp", "a".repeat(90)), &[("contact.email", "check-email-too-long", Error)]),
    ("email 100 chars", Step::Contact, |a| a.contact.email = format!("{}@example.jp", "a".repeat(89)), &[]),
    ("email in kana", Step::Contact, |a| a.contact.email = s("たろう@example.jp"), &[("contact.email", "check-email-chars", Error)]),
    ("email with a comma", Step::Contact, |a| a.contact.email = s("taro,yamada@example.jp"), &[("contact.email", "check-email-chars", Error)]),
    ("email without @", Step::Contact, |a| a.contact.email = s("taro.example.jp"), &[("contact.email", "check-email-at", Error)]),
    ("email with two @", Step::Contact, |a| a.contact.email = s("taro@@example.jp"), &[("contact.email", "check-email-at", Error)]),
    ("email without local part", Step::Contact, |a| a.contact.email = s("@example.jp"), &[("contact.email", "check-email-at", Error)]),
    ("email domain without dot", Step::Contact, |a| a.contact.email = s("taro@example"), &[("contact.email", "check-email-domain", Error)]),
    ("email domain with empty label", Step::Contact, |a| a.contact.email = s("taro@example..jp"), &[("contact.email", "check-email-domain", Error)]),
    ("email domain with underscore", Step::Contact, |a| a.contact.email = s("taro@ex_ample.jp"), &[("contact.email", "check-email-domain", Error)]),
    // マイページ
    ("My Page without email", Step::MyPage, |a| a.contact.email = s(""), &[("contact.email", "check-email-required-for-my-page", Error)]),
    ("My Page with a bad email", Step::MyPage, |a| a.contact.email = s("taro"), &[("contact.email", "check-email-at", Error)]),
    ("no My Page, no email", Step::MyPage, |a| { a.my_page.wanted = false; a.contact.email = s(""); }, &[]),
    // 希望する仕事
    ("no occupation", Step::DesiredWork, |a| a.desired_work.occupations.clear(), &[("desired_work.occupations", "check-occupation-required", Error)]),
    ("four occupations", Step::DesiredWork, |a| a.desired_work.occupations = vec![s("001"), s("033"), s("046"), s("083")], &[("desired_work.occupations", "check-occupation-too-many", Error)]),
    ("same occupation twice", Step::DesiredWork, |a| a.desired_work.occupations = vec![s("033"), s(" ０３３ ")], &[]),
    ("unknown occupation", Step::DesiredWork, |a| a.desired_work.occupations = vec![s("033"), s("999")], &[("desired_work.occupations.1", "check-occupation-unknown", Error)]),
    ("no employment type", Step::DesiredWork, |a| a.desired_work.employment_types.clear(), &[("desired_work.employment_types", "check-employment-type-required", Error)]),
    ("no wage", Step::DesiredWork, |a| a.desired_work.wage.amount = s(""), &[]),
    ("wage in 万", Step::DesiredWork, |a| a.desired_work.wage.amount = s("２０万円"), &[]),
    ("wage in words", Step::DesiredWork, |a| a.desired_work.wage.amount = s("二十万"), &[("desired_work.wage.amount", "check-wage-digits", Error)]),
    ("monthly low", Step::DesiredWork, |a| a.desired_work.wage.amount = s("99,999"), &[("desired_work.wage.amount", "check-wage-low", Warning)]),
    ("monthly entered as hourly", Step::DesiredWork, |a| a.desired_work.wage.amount = s("1200円"), &[("desired_work.wage.amount", "check-wage-low", Warning)]),
    ("monthly high", Step::DesiredWork, |a| a.desired_work.wage.amount = s("2,000,001"), &[("desired_work.wage.amount", "check-wage-high", Warning)]),
    ("monthly bounds", Step::DesiredWork, |a| a.desired_work.wage.amount = s("100000"), &[]),
    ("hourly fine", Step::DesiredWork, |a| a.desired_work.wage = Wage { kind: WageKind::Hourly, amount: s("¥1,100") }, &[]),
    ("hourly low", Step::DesiredWork, |a| a.desired_work.wage = Wage { kind: WageKind::Hourly, amount: s("899") }, &[("desired_work.wage.amount", "check-wage-low", Warning)]),
    ("hourly high", Step::DesiredWork, |a| a.desired_work.wage = Wage { kind: WageKind::Hourly, amount: s("10001") }, &[("desired_work.wage.amount", "check-wage-high", Warning)]),
    ("hours in kanji", Step::DesiredWork, |a| { a.desired_work.hours.start = s("９時"); a.desired_work.hours.end = s("17時30分"); }, &[]),
    ("no hours", Step::DesiredWork, |a| { a.desired_work.hours.start = s(""); a.desired_work.hours.end = s(""); }, &[]),
    ("start 25:00", Step::DesiredWork, |a| a.desired_work.hours.start = s("25:00"), &[("desired_work.hours.start", "check-time-format", Error)]),
    ("end 9:75", Step::DesiredWork, |a| a.desired_work.hours.end = s("9:75"), &[("desired_work.hours.end", "check-time-format", Error)]),
    ("start 24:00", Step::DesiredWork, |a| a.desired_work.hours.start = s("24:00"), &[("desired_work.hours.start", "check-time-format", Error)]),
    ("end 24:00", Step::DesiredWork, |a| { a.desired_work.hours.start = s("18:00"); a.desired_work.hours.end = s("24時"); }, &[]),
    ("start in words", Step::DesiredWork, |a| a.desired_work.hours.start = s("朝"), &[("desired_work.hours.start", "check-time-format", Error)]),
    ("start only", Step::DesiredWork, |a| a.desired_work.hours.end = s(""), &[("desired_work.hours.end", "check-hours-both", Error)]),
    ("end only", Step::DesiredWork, |a| a.desired_work.hours.start = s(""), &[("desired_work.hours.start", "check-hours-both", Error)]),
    ("start equals end", Step::DesiredWork, |a| a.desired_work.hours.end = s("9:00"), &[("desired_work.hours.end", "check-hours-same", Error)]),
    ("overnight", Step::DesiredWork, |a| { a.desired_work.hours.start = s("22:00"); a.desired_work.hours.end = s("6:00"); }, &[("desired_work.hours.end", "check-hours-overnight", Warning)]),
    // 国籍・在留資格
    ("Japanese national", Step::Basic, |a| a.basic.nationality = Some(Nationality::Japanese), &[]),
    ("nationality not answered", Step::Basic, |a| a.basic.nationality = None, &[]),
    ("permanent resident", Step::Basic, |a| foreign(a, "permanent-resident"), &[]),
    ("foreign, no status", Step::Basic, |a| foreign(a, ""), &[("basic.residence_status", "check-residence-status-missing", Warning)]),
    ("status unknown", Step::Basic, |a| foreign(a, "tourist"), &[("basic.residence_status", "check-residence-status-unknown", Error)]),
    ("student status: a note, not a refusal", Step::Basic, |a| foreign(a, "student"), &[("basic.residence_status", "check-residence-work", Warning)]),
    ("limited status", Step::Basic, |a| foreign(a, "specified-skilled-worker"), &[("basic.residence_status", "check-residence-work", Warning)]),
    ("designated activities", Step::Basic, |a| foreign(a, "designated-activities"), &[("basic.residence_status", "check-residence-work", Warning)]),
    ("expiry ahead in 令和", Step::Basic, |a| { foreign(a, "long-term-resident"); a.basic.residence_expiry = day(Calendar::Reiwa, "10", "3", "31"); }, &[]),
    ("expiry yesterday", Step::Basic, |a| { foreign(a, "long-term-resident"); a.basic.residence_expiry = day(Calendar::Western, "2026", "11", "24"); }, &[("basic.residence_expiry", "check-residence-expired", Warning)]),
    ("expiry today", Step::Basic, |a| { foreign(a, "long-term-resident"); a.basic.residence_expiry = day(Calendar::Western, "2026", "11", "25"); }, &[]),
    ("expiry without day", Step::Basic, |a| { foreign(a, "long-term-resident"); a.basic.residence_expiry = day(Calendar::Western, "2027", "3", ""); }, &[("basic.residence_expiry", "check-date-missing", Error)]),
    ("expiry 31 June", Step::Basic, |a| { foreign(a, "long-term-resident"); a.basic.residence_expiry = day(Calendar::Western, "2027", "6", "31"); }, &[("basic.residence_expiry", "check-date-invalid", Error)]),
    ("status of a Japanese national dropped", Step::Basic, |a| { foreign(a, "tourist"); a.basic.nationality = Some(Nationality::Japanese); }, &[]),
    // 最寄り駅・通勤
    ("station and commute", Step::Contact, |a| { a.contact.nearest_station = s("新宿"); a.contact.commute = vec![CommuteMeans::Train, CommuteMeans::Walk]; a.contact.commute_minutes = s("４５分"); }, &[]),
    ("commute of 0 minutes", Step::Contact, |a| a.contact.commute_minutes = s("0"), &[("contact.commute_minutes", "check-number-range", Error)]),
    ("commute in words", Step::Contact, |a| a.contact.commute_minutes = s("一時間"), &[("contact.commute_minutes", "check-number-digits", Error)]),
    ("commute of 150 minutes", Step::Contact, |a| a.contact.commute_minutes = s("150"), &[("contact.commute_minutes", "check-commute-long", Warning)]),
    // 希望する仕事: 就業形態, 希望休日, the week
    ("week", Step::DesiredWork, |a| { a.desired_work.work_styles = vec![WorkStyle::FullTime]; a.desired_work.holidays = Some(HolidayPattern::Weekends); a.desired_work.weekly_hours = s("40時間"); a.desired_work.days_per_week = s("週5日"); }, &[]),
    ("eight days a week", Step::DesiredWork, |a| a.desired_work.days_per_week = s("8"), &[("desired_work.days_per_week", "check-number-range", Error)]),
    ("70 hours a week", Step::DesiredWork, |a| a.desired_work.weekly_hours = s("70"), &[("desired_work.weekly_hours", "check-weekly-hours-long", Warning)]),
    ("200 hours a week", Step::DesiredWork, |a| a.desired_work.weekly_hours = s("200"), &[("desired_work.weekly_hours", "check-number-range", Error)]),
    // 現在の状況
    // 求職情報の提供等
    ("publication not chosen", Step::Disclosure, |a| a.disclosure.publication = None, &[("disclosure.publication", "check-publication-required", Error)]),
    ("no way of contact", Step::Disclosure, |a| a.disclosure.contact_methods.clear(), &[("disclosure.contact_methods", "check-contact-method-required", Error)]),
    ("e-mail contact without an address", Step::Disclosure, |a| { a.disclosure.contact_methods = vec![ContactMethod::Email, ContactMethod::Post]; a.contact.email = s(" "); }, &[("disclosure.contact_methods", "check-contact-method-email-missing", Error)]),
    ("every way of contact", Step::Disclosure, |a| a.disclosure.contact_methods = vec![ContactMethod::Post, ContactMethod::Email, ContactMethod::Phone], &[]),
    ("times to avoid", Step::Disclosure, |a| a.disclosure.avoid_times = s("平日の昼（１２時～１３時）"), &[]),
    ("times to avoid of 61 characters", Step::Disclosure, |a| a.disclosure.avoid_times = "朝".repeat(61), &[("disclosure.avoid_times", "check-too-long", Error)]),
    // 障害について
    ("disability skipped", Step::Disability, |a| a.disability = Disability::default(), &[]),
    ("disability not stated", Step::Disability, |a| a.disability.support = Some(DisabilitySupport::Unstated), &[]),
    ("disability with a certificate", Step::Disability, |a| a.disability = Disability { support: Some(DisabilitySupport::Wanted), certificate: Some(Certificate::Mental), grade: s("２級"), needs: vec![SupportNeed::Hospital], needs_text: s("月に一度 通院") }, &[]),
    ("disability grade of another certificate", Step::Disability, |a| a.disability = Disability { support: Some(DisabilitySupport::Wanted), certificate: Some(Certificate::Intellectual), grade: s("3"), ..Disability::default() }, &[("disability.grade", "check-disability-grade", Error)]),
    ("help wanted of 201 characters", Step::Disability, |a| a.disability = Disability { support: Some(DisabilitySupport::Wanted), needs_text: "あ".repeat(201), ..Disability::default() }, &[("disability.needs_text", "check-too-long", Error)]),
    // 自己PR・特記事項
    ("self PR empty", Step::SelfPr, |a| a.self_pr = SelfPr::default(), &[]),
    ("self PR of 400 characters beyond the BMP", Step::SelfPr, |a| a.self_pr.appeal = "𠮷".repeat(400), &[]),
    ("self PR of 401 characters", Step::SelfPr, |a| a.self_pr.appeal = "𠮷".repeat(401), &[("self_pr.appeal", "check-too-long", Error)]),
    ("notes of 201 characters", Step::SelfPr, |a| a.self_pr.notes = "a".repeat(201), &[("self_pr.notes", "check-too-long", Error)]),
    ("left last month, own reasons", Step::Situation, |a| { a.situation.left_on = day(Calendar::Reiwa, "8", "10", "31"); a.situation.leaving_reason = Some(LeavingReason::Own); }, &[]),
    ("left tomorrow", Step::Situation, |a| a.situation.left_on = day(Calendar::Western, "2026", "11", "26"), &[("situation.left_on", "check-left-on-future", Error)]),
    ("left on 平成31年5月1日", Step::Situation, |a| a.situation.left_on = day(Calendar::Heisei, "31", "5", "1"), &[("situation.left_on", "check-date-invalid", Error)]),
    ("left date of someone working dropped", Step::Situation, |a| { a.situation.employment = Some(CurrentEmployment::Employed); a.situation.left_on = day(Calendar::Western, "2030", "1", "1"); }, &[]),
    ("spouse and two dependants", Step::Situation, |a| { a.situation.spouse = Some(Spouse::Yes); a.situation.dependants = s("２人"); }, &[]),
    ("dependants not stated", Step::Situation, |a| { a.situation.spouse = Some(Spouse::Unstated); a.situation.dependants = s("たくさん"); a.situation.dependants_unstated = true; }, &[]),
    ("dependants in words", Step::Situation, |a| a.situation.dependants = s("ふたり"), &[("situation.dependants", "check-number-digits", Error)]),
    ("21 dependants", Step::Situation, |a| a.situation.dependants = s("21"), &[("situation.dependants", "check-number-range", Error)]),
    ("employment not chosen", Step::Situation, |a| a.situation.employment = None, &[("situation.employment", "check-current-employment-required", Error)]),
    ("insurance not chosen", Step::Situation, |a| a.situation.unemployment_insurance = None, &[("situation.unemployment_insurance", "check-insurance-required", Error)]),
    // 学歴
    ("no final level", Step::Education, |a| a.education.final_level = None, &[("education.final_level", "check-education-level-required", Error)]),
    ("no graduation year", Step::Education, |a| a.education.graduation_year = s(""), &[]),
    ("graduation in era", Step::Education, |a| a.education.graduation_year = s("平成20年"), &[]),
    ("graduation as H20", Step::Education, |a| a.education.graduation_year = s("Ｈ２０"), &[]),
    ("graduation in 令和元年", Step::Education, |a| { birth(a, Calendar::Heisei, "9", "4", "1"); a.education.graduation_year = s("令和元年"); }, &[]),
    ("graduation in 平成40", Step::Education, |a| a.education.graduation_year = s("平成40"), &[("education.graduation_year", "check-graduation-year-future", Error)]),
    ("expected to graduate next spring", Step::Education, |a| { a.education.completion = Some(Completion::Expected); a.education.graduation_year = s("令和9"); }, &[]),
    ("department and completion", Step::Education, |a| { a.education.department = s("経済学部　経済学科"); a.education.completion = Some(Completion::Graduated); }, &[]),
    // 免許・資格
    ("licences from the list", Step::Education, |a| a.education.qualifications = vec![listed("driving-ordinary", "", "平成22"), listed("toeic", "７３０", "2019"), listed("jlpt-n2", "", "")], &[]),
    ("TOEIC of 995", Step::Education, |a| a.education.qualifications = vec![listed("toeic", "995", "")], &[("education.qualifications.0.score", "check-number-range", Error)]),
    ("licence not on the list", Step::Education, |a| a.education.qualifications = vec![listed("pilot", "", "")], &[("education.qualifications.0.licence", "check-licence-unknown", Error)]),
    ("year without a name", Step::Education, |a| a.education.qualifications = vec![written("", "2015")], &[("education.qualifications.0.name", "check-qualification-name-required", Error)]),
    ("licence next year", Step::Education, |a| a.education.qualifications = vec![written("調理師", "2027")], &[("education.qualifications.0.year", "check-year-future", Error)]),
    ("licence before birth", Step::Education, |a| a.education.qualifications = vec![written("調理師", "昭和50")], &[("education.qualifications.0.year", "check-year-before-birth", Error)]),
    ("licence year in words", Step::Education, |a| a.education.qualifications = vec![written("調理師", "去年")], &[("education.qualifications.0.year", "check-year-format", Error)]),
    ("blank qualification dropped", Step::Education, |a| a.education.qualifications.push(written(" ", "")), &[]),
    ("ten qualifications", Step::Education, |a| a.education.qualifications = (0..10).map(|i| written(&format!("資格{i}"), "")).collect(), &[]),
    ("eleven qualifications", Step::Education, |a| a.education.qualifications = (0..11).map(|i| written(&format!("資格{i}"), "")).collect(), &[("education.qualifications", "check-qualifications-too-many", Error)]),
    ("graduation two digits", Step::Education, |a| a.education.graduation_year = s("08"), &[("education.graduation_year", "check-graduation-year-format", Error)]),
    ("graduation next year", Step::Education, |a| a.education.graduation_year = s("2027"), &[("education.graduation_year", "check-graduation-year-future", Error)]),
    ("student graduating next spring", Step::Education, |a| { a.situation.employment = Some(CurrentEmployment::Student); a.education.graduation_year = s("2027"); }, &[]),
    ("student graduating in two years", Step::Education, |a| { a.situation.employment = Some(CurrentEmployment::Student); a.education.graduation_year = s("2028"); }, &[("education.graduation_year", "check-graduation-year-future", Error)]),
    ("graduation before birth", Step::Education, |a| a.education.graduation_year = s("1984"), &[("education.graduation_year", "check-graduation-year-before-birth", Error)]),
    ("graduation at 11", Step::Education, |a| a.education.graduation_year = s("1996"), &[("education.graduation_year", "check-graduation-year-early", Warning)]),
    ("graduation at 12", Step::Education, |a| a.education.graduation_year = s("1997"), &[]),
    ("graduation 1800, birth unknown", Step::Education, |a| { a.education.graduation_year = s("1800"); birth(a, Calendar::Western, "", "", ""); }, &[("education.graduation_year", "check-graduation-year-format", Error)]),
    // 職歴
    ("no jobs", Step::WorkHistory, |a| a.work_history.clear(), &[]),
    ("blank job dropped", Step::WorkHistory, |a| a.work_history.push(Job::default()), &[]),
    ("employer empty", Step::WorkHistory, |a| a.work_history[0].employer = s(" "), &[("work_history.0.employer", "check-employer-required", Error)]),
    ("from empty", Step::WorkHistory, |a| a.work_history[0].from = s(""), &[("work_history.0.from", "check-job-from-required", Error)]),
    ("from typed loosely", Step::WorkHistory, |a| { a.work_history[0].from = s("平成20年4月"); a.work_history[0].to = s("２０２４．３"); }, &[]),
    ("years in 和暦 as the screen joins them", Step::WorkHistory, |a| { a.work_history[0].from = s("平成20-4"); a.work_history[0].to = s("令和元-12"); }, &[]),
    ("from month 13", Step::WorkHistory, |a| a.work_history[0].from = s("2008/13"), &[("work_history.0.from", "check-year-month-format", Error)]),
    ("from 1899", Step::WorkHistory, |a| a.work_history[0].from = s("1899/4"), &[("work_history.0.from", "check-year-month-format", Error)]),
    ("from next month", Step::WorkHistory, |a| { a.work_history[0].from = s("2026/12"); a.work_history[0].to = s(""); }, &[("work_history.0.from", "check-job-from-future", Error)]),
    ("from this month", Step::WorkHistory, |a| { a.work_history[0].from = s("2026/11"); a.work_history[0].to = s(""); }, &[]),
    ("to in words", Step::WorkHistory, |a| a.work_history[0].to = s("去年"), &[("work_history.0.to", "check-year-month-format", Error)]),
    ("to before from", Step::WorkHistory, |a| a.work_history[0].to = s("2008/3"), &[("work_history.0.to", "check-job-to-before-from", Error)]),
    ("to equals from", Step::WorkHistory, |a| a.work_history[0].to = s("2008/4"), &[]),
    ("to next month", Step::WorkHistory, |a| a.work_history[0].to = s("2026/12"), &[("work_history.0.to", "check-job-to-future", Error)]),
    ("occupation and reason", Step::WorkHistory, |a| { a.work_history[0].occupation = s("０４６"); a.work_history[0].leaving_reason = Some(LeavingReason::ContractEnd); a.work_history[0].employment_type = Some(EmploymentType::Casual); }, &[]),
    ("occupation unknown", Step::WorkHistory, |a| a.work_history[0].occupation = s("999"), &[("work_history.0.occupation", "check-occupation-unknown", Error)]),
    ("ten jobs", Step::WorkHistory, |a| a.work_history = (0..10).map(|_| a.work_history[0].clone()).collect(), &[]),
    ("eleven jobs", Step::WorkHistory, |a| a.work_history = (0..11).map(|_| a.work_history[0].clone()).collect(), &[("work_history", "check-jobs-too-many", Error)]),
    // 長さ (MAX_CHARS), counted in characters after normalising
    ("name of 40 characters outside the BMP", Step::Basic, |a| a.basic.family_name = "𠮷".repeat(40), &[]),
    ("name of 41 characters", Step::Basic, |a| a.basic.family_name = "𠮷".repeat(41), &[("basic.family_name", "check-too-long", Error)]),
    ("too long is the kana's only finding", Step::Basic, |a| a.basic.given_kana = "山".repeat(41), &[("basic.given_kana", "check-too-long", Error)]),
    ("birth year pasted", Step::Basic, |a| a.basic.birth_date.year = "9".repeat(11), &[("basic.birth_date", "check-too-long", Error)]),
    ("postcode pasted", Step::Contact, |a| a.contact.postcode = "1".repeat(11), &[("contact.postcode", "check-too-long", Error)]),
    ("building of 61", Step::Contact, |a| a.contact.building = "ビ".repeat(61), &[("contact.building", "check-too-long", Error)]),
    ("invisible characters do not count", Step::Contact, |a| a.contact.building = format!("{}\u{200B}\u{202E}\u{FEFF}", "ビ".repeat(60)), &[]),
    ("work location of 61", Step::DesiredWork, |a| a.desired_work.work_locations = vec![s("千代田区"), "区".repeat(61)], &[("desired_work.work_locations.1", "check-too-long", Error)]),
    ("qualification of 61", Step::Education, |a| a.education.qualifications = vec![written(&"資".repeat(61), "")], &[("education.qualifications.0.name", "check-too-long", Error)]),
    ("duties of 100 on lines", Step::WorkHistory, |a| a.work_history[0].duties = format!("{}\n{}", "営".repeat(49), "業".repeat(50)), &[]),
    ("duties of 101", Step::WorkHistory, |a| a.work_history[0].duties = "営".repeat(101), &[("work_history.0.duties", "check-too-long", Error)]),
    ("second job", Step::WorkHistory, |a| a.work_history.push(Job { employer: s("みどり"), from: s("2030/1"), ..Job::default() }), &[("work_history.1.from", "check-job-from-future", Error)]),
];

fn summary(findings: &[Finding]) -> Vec<(String, String, Severity)> {
    findings
        .iter()
        .map(|f| (f.field.clone(), f.message.clone(), f.severity))
        .collect()
}

fn run(case: &Case) -> Report {
    let (_, which, change, _) = case;
    let mut app = valid();
    change(&mut app);
    step(&app, *which, &cx())
}

#[test]
fn the_valid_application_passes_every_step() {
    for s in Step::ALL {
        let report = step(&valid(), s, &cx());
        assert_eq!(report.findings, vec![], "{s:?}");
        assert!(report.passes());
    }
    let report = application(&valid(), &cx());
    assert_eq!(report.findings, vec![]);
    assert_eq!(report.application, valid());
}

#[test]
fn every_rule() {
    for case in CASES {
        let (name, _, _, want) = case;
        let want: Vec<_> = want
            .iter()
            .map(|(f, m, sev)| (f.to_string(), m.to_string(), *sev))
            .collect();
        assert_eq!(summary(&run(case).findings), want, "{name}");
    }
}

/// Whether a string in the application's JSON is a visitor's text (not an enum's code).
fn is_code_not_text(path: &str) -> bool {
    const CODES: &[&str] = &[
        "language",
        "basic.birth_date.calendar",
        "basic.sex",
        "desired_work.employment_types.*",
        "desired_work.wage.kind",
        "desired_work.hours.days.*",
        "situation.employment",
        "situation.unemployment_insurance",
        "education.final_level",
        "work_history.*.employment_type",
        "disclosure.publication",
        "disclosure.contact_methods.*",
        "disability.support",
        "disability.certificate",
        "disability.needs.*",
        "work_history.*.leaving_reason",
        "confirmed_warnings.*",
        "basic.nationality",
        "basic.residence_expiry.calendar",
        "contact.commute.*",
        "desired_work.work_styles.*",
        "desired_work.holidays",
        "desired_work.days_off.*",
        "situation.left_on.calendar",
        "situation.leaving_reason",
        "situation.spouse",
        "education.completion",
    ];
    CODES.contains(&path)
}

fn string_leaves(value: &serde_json::Value, path: &str, out: &mut Vec<String>) {
    let join = |name: &str| {
        if path.is_empty() {
            name.to_owned()
        } else {
            format!("{path}.{name}")
        }
    };
    match value {
        serde_json::Value::String(_) => out.push(path.to_owned()),
        serde_json::Value::Array(items) => {
            for item in items {
                string_leaves(item, &join("*"), out);
            }
        }
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                string_leaves(v, &join(k), out);
            }
        }
        _ => {}
    }
}

#[test]
fn every_text_field_has_a_length_limit() {
    let mut app = valid();
    app.basic.sex = Some(crate::application::Sex::Female);
    app.confirmed_warnings = vec![s("x")];
    let json = serde_json::to_value(&app).unwrap_or_default();
    let mut leaves = Vec::new();
    string_leaves(&json, "", &mut leaves);
    assert!(leaves.len() > 20, "{leaves:?}");
    for path in leaves {
        let limited = max_chars(&path).is_some() || path == "contact.email";
        assert!(limited || is_code_not_text(&path), "{path} has no limit");
    }
    for (pattern, max) in MAX_CHARS {
        assert!(*max > 0, "{pattern}");
    }
}

#[test]
fn too_long_says_the_limit_in_every_locale() {
    let case = CASES.iter().find(|c| c.0 == "name of 41 characters");
    let finding = case.and_then(|c| run(c).findings.into_iter().next());
    let Some(finding) = finding else {
        panic!("no finding");
    };
    assert_eq!(finding.args.get("max").map(String::as_str), Some("40"));
    assert_eq!(finding.args.get("count").map(String::as_str), Some("41"));
    for lang in LOCALES {
        let text = format(&bundle(lang), &finding).unwrap_or_default();
        assert!(text.contains("40") && text.contains("41"), "{lang}: {text}");
    }
}

#[test]
fn every_message_is_emitted_by_some_rule() {
    let emitted: BTreeSet<String> = CASES
        .iter()
        .flat_map(|case| run(case).findings)
        .map(|f| f.message)
        .collect();
    let all: BTreeSet<String> = MESSAGES.iter().map(|m| m.to_string()).collect();
    assert_eq!(emitted, all);
}

#[test]
fn findings_carry_their_arguments() {
    let find = |name: &str| {
        let case = CASES.iter().find(|c| c.0 == name);
        case.map(run)
            .and_then(|r| r.findings.into_iter().next())
            .map(|f| f.args)
            .unwrap_or_default()
    };
    let args = |pairs: &[(&str, &str)]| {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect::<std::collections::BTreeMap<_, _>>()
    };
    assert_eq!(find("kana in kanji"), args(&[("chars", "山 田")]));
    assert_eq!(find("birth year missing"), args(&[("part", "year")]));
    assert_eq!(
        find("29 February 2023"),
        args(&[("month", "2"), ("last-day", "28")])
    );
    assert_eq!(
        find("平成31年5月1日"),
        args(&[
            ("era", "heisei"),
            ("last-year", "2019"),
            ("last-month", "4"),
            ("last-day", "30"),
            ("actual-era", "reiwa"),
            ("actual-year", "1"),
            ("actual-gannen", "yes"),
        ])
    );
    assert_eq!(
        find("平成元年1月7日"),
        args(&[
            ("era", "heisei"),
            ("first-year", "1989"),
            ("first-month", "1"),
            ("first-day", "8"),
            ("actual-era", "showa"),
            ("actual-year", "64"),
            ("actual-gannen", "no"),
        ])
    );
    assert_eq!(find("two-digit Western year"), args(&[("year", "85")]));
    assert_eq!(find("age 15"), args(&[("age", "15")]));
    assert_eq!(find("age 80"), args(&[("age", "80")]));
    assert_eq!(find("postcode unknown"), args(&[("postcode", "999-9999")]));
    assert_eq!(find("phone with letters"), args(&[("chars", "a b c d")]));
    assert_eq!(find("mobile with 10 digits"), args(&[("count", "10")]));
    assert_eq!(
        find("email too long"),
        args(&[("count", "101"), ("max", "100")])
    );
    assert_eq!(
        find("four occupations"),
        args(&[("count", "4"), ("max", "3")])
    );
    assert_eq!(find("unknown occupation"), args(&[("code", "999")]));
    assert_eq!(
        find("monthly low"),
        args(&[("kind", "monthly"), ("amount", "99,999")])
    );
    assert_eq!(
        find("hourly high"),
        args(&[("kind", "hourly"), ("amount", "10,001")])
    );
    assert_eq!(
        find("overnight"),
        args(&[("start", "22:00"), ("end", "06:00")])
    );
    assert_eq!(
        find("graduation before birth"),
        args(&[("birth-year", "1985")])
    );
    assert_eq!(find("graduation at 11"), args(&[("age", "11")]));
}

#[test]
fn steps_return_the_normalised_fields() {
    let mut app = valid();
    app.basic.family_name = s("山田　太郎");
    app.basic.given_name = s("");
    app.basic.family_kana = s("ﾔﾏﾀﾞ　ﾀﾛｳ");
    app.basic.given_kana = s("");
    app.basic.birth_date.year = s("元");
    app.contact.phone = s("090ー1234ー5678");
    let basic = step(&app, Step::Basic, &cx()).application;
    assert_eq!(
        (
            basic.basic.family_name.as_str(),
            basic.basic.given_name.as_str()
        ),
        ("山田", "太郎")
    );
    assert_eq!(
        (
            basic.basic.family_kana.as_str(),
            basic.basic.given_kana.as_str()
        ),
        ("ヤマダ", "タロウ")
    );
    assert_eq!(basic.basic.birth_date.year, "1");
    // Another screen's fields are left as typed.
    assert_eq!(basic.contact.phone, "090ー1234ー5678");
    let contact = step(&app, Step::Contact, &cx()).application;
    assert_eq!(contact.contact.phone, "09012345678");
}

#[test]
fn application_reports_a_shared_finding_once() {
    let mut app = valid();
    app.contact.email = s("taro");
    let report = application(&app, &cx());
    assert_eq!(
        summary(&report.findings),
        vec![(s("contact.email"), s("check-email-at"), Error)]
    );
}

#[test]
fn confirmed_warnings_pass() {
    let mut app = valid();
    app.contact.phone = s("0120-123-456");
    let report = step(&app, Step::Contact, &cx());
    assert!(!report.passes());
    let keys: Vec<String> = report.findings.iter().map(Finding::key).collect();
    app.confirmed_warnings = keys;
    assert!(step(&app, Step::Contact, &cx()).passes());
}

// -----------------------------------------------------------------------------------------
// The Fluent files

fn locale_file(lang: &str) -> String {
    let path = format!("{}/../locales/{lang}/check.ftl", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn bundle(lang: &str) -> FluentBundle<FluentResource> {
    let resource = FluentResource::try_new(locale_file(lang))
        .unwrap_or_else(|(_, errors)| panic!("{lang}/check.ftl: {errors:?}"));
    let langid = if lang == "en" { "en" } else { "ja" };
    let mut bundle = FluentBundle::new(vec![langid.parse().unwrap_or_default()]);
    bundle.set_use_isolating(false);
    if let Err(errors) = bundle.add_resource(resource) {
        panic!("{lang}/check.ftl: {errors:?}");
    }
    bundle
}

fn format(bundle: &FluentBundle<FluentResource>, finding: &Finding) -> Result<String, String> {
    let message = bundle
        .get_message(&finding.message)
        .ok_or_else(|| format!("no message {}", finding.message))?;
    let pattern = message.value().ok_or("message has no value")?;
    let mut args = FluentArgs::new();
    for (k, v) in &finding.args {
        args.set(k.as_str(), FluentValue::from(v.as_str()));
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
    if errors.is_empty() {
        Ok(text.into_owned())
    } else {
        Err(format!("{}: {errors:?}", finding.message))
    }
}

const LOCALES: [&str; 3] = ["ja", "ja-easy", "en"];

#[test]
fn every_locale_defines_exactly_the_messages() {
    let want: BTreeSet<&str> = MESSAGES.iter().copied().collect();
    for lang in LOCALES {
        let text = locale_file(lang);
        let defined: BTreeSet<&str> = text
            .lines()
            .filter(|line| line.starts_with("check-"))
            .filter_map(|line| line.split_once(" =").map(|(id, _)| id))
            .collect();
        assert_eq!(defined, want, "{lang}");
    }
}

#[test]
fn every_finding_formats_in_every_locale() {
    let bundles: Vec<_> = LOCALES.iter().map(|lang| (*lang, bundle(lang))).collect();
    for case in CASES {
        for finding in run(case).findings {
            for (lang, bundle) in &bundles {
                let text = format(bundle, &finding);
                assert!(text.is_ok(), "{lang} {}: {text:?}", case.0);
                let text = text.unwrap_or_default();
                assert!(!text.contains(['{', '}', '\n']), "{lang}: {text}");
            }
        }
    }
}

#[test]
fn era_messages_say_gannen_and_the_real_span() {
    let ja = bundle("ja");
    let case = CASES.iter().find(|c| c.0 == "昭和64年2月1日");
    let finding = case.and_then(|c| run(c).findings.into_iter().next());
    let text = finding.map(|f| format(&ja, &f));
    assert_eq!(
        text,
        Some(Ok(s("昭和は1989年1月7日までです。この日は平成元年にあたります。元号と年を直すか、西暦で入力してください。")))
    );
}

// -----------------------------------------------------------------------------------------
// Properties

proptest! {
    #[test]
    fn limits_count_characters_not_utf16_units(n in 0usize..90, wide in any::<bool>()) {
        let c = if wide { "𠮷" } else { "山" };
        let mut app = valid();
        app.basic.family_name = c.repeat(n);
        let report = step(&app, Step::Basic, &cx());
        let long = report.findings.iter().any(|f| f.message == "check-too-long");
        prop_assert_eq!(long, n > 40);
    }

    #[test]
    fn checked_fields_keep_no_invisible_character(
        junk in proptest::collection::vec(proptest::sample::select(&[
            '\u{202E}', '\u{2066}', '\u{200B}', '\u{FEFF}', '\u{0}', '\u{1B}', '\u{200F}', '\u{061C}',
        ][..]), 1..6),
    ) {
        let junk: String = junk.into_iter().collect();
        let mut app = valid();
        app.basic.family_name = format!("山{junk}田");
        app.contact.street = format!("{junk}1-2-3");
        app.work_history[0].duties = format!("営業{junk}\n事務");
        let report = application(&app, &cx());
        prop_assert_eq!(report.application.basic.family_name.as_str(), "山田");
        prop_assert_eq!(report.application.contact.street.as_str(), "1-2-3");
        prop_assert_eq!(report.application.work_history[0].duties.as_str(), "営業\n事務");
        prop_assert_eq!(report.findings, vec![]);
    }
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,10}",
        "[0-9０-９ー\\-/:：.年月日時分万円@＠a-zＡ-Ｚｱｶﾞﾊﾟやまだヤマダ山田 　元昭和平成令HSR〒+()]{0,12}",
    ]
}

fn pick<T: Clone + std::fmt::Debug + 'static>(items: Vec<T>) -> impl Strategy<Value = T> {
    proptest::sample::select(items)
}

prop_compose! {
    fn any_application()(
        t in prop::collection::vec(text(), 23),
        occupations in prop::collection::vec(text(), 0..5),
        locations in prop::collection::vec(text(), 0..3),
        qualifications in prop::collection::vec(text(), 0..3),
        jobs in prop::collection::vec((text(), text(), text(), text(), any::<bool>()), 0..4),
        calendar in pick(vec![Calendar::Western, Calendar::Meiji, Calendar::Taisho, Calendar::Showa, Calendar::Heisei, Calendar::Reiwa]),
        employment in pick(vec![None, Some(CurrentEmployment::Employed), Some(CurrentEmployment::NotEmployed), Some(CurrentEmployment::Student)]),
        insurance in pick(vec![None, Some(InsurancePlan::Yes), Some(InsurancePlan::No), Some(InsurancePlan::Unsure)]),
        level in pick(vec![None, Some(EducationLevel::HighSchool), Some(EducationLevel::University)]),
        kind in pick(vec![WageKind::Monthly, WageKind::Hourly]),
        types in prop::collection::vec(pick(vec![EmploymentType::FullTime, EmploymentType::PartTime, EmploymentType::Dispatch, EmploymentType::Contract]), 0..5),
        days in prop::collection::vec(pick(vec![Weekday::Mon, Weekday::Sat, Weekday::Sun]), 0..5),
        wanted in any::<bool>(),
        later in (
            pick(vec![None, Some(Publication::NotPublished), Some(Publication::Published)]),
            prop::collection::vec(pick(vec![ContactMethod::Phone, ContactMethod::Email, ContactMethod::Post]), 0..4),
            pick(vec![None, Some(DisabilitySupport::Wanted), Some(DisabilitySupport::NotWanted), Some(DisabilitySupport::Unstated)]),
            pick(vec![None, Some(Certificate::Physical), Some(Certificate::Intellectual), Some(Certificate::Mental), Some(Certificate::NoneOrPending)]),
            prop::collection::vec(pick(vec![SupportNeed::SpecialistDesk, SupportNeed::Hours, SupportNeed::Communication]), 0..4),
            prop::collection::vec("[\\PC\n]{0,40}", 5),
        ),
    ) -> Application {
        let (publication, contact_methods, support, certificate, needs, texts) = later;
        let more = |i: usize| texts.get(i).cloned().unwrap_or_default();
        let t = |i: usize| t.get(i).cloned().unwrap_or_default();
        Application {
            language: Language::JA,
            basic: Basic {
                family_name: t(0), given_name: t(1), family_kana: t(2), given_kana: t(3),
                name_in_kana_only: false,
                single_name: false,
                card_name: t(22),
                birth_date: BirthDateInput { calendar, year: t(4), month: t(5), day: t(6) },
                sex: None,
                ..Basic::default()
            },
            contact: Contact {
                postcode: t(7), prefecture: t(8), city: t(9), town: t(10), street: t(11),
                building: t(12), phone: t(13), email: t(14),
                ..Contact::default()
            },
            desired_work: DesiredWork {
                occupations,
                employment_types: types,
                work_locations: locations,
                wage: Wage { kind, amount: t(15) },
                hours: WorkHours { start: t(16), end: t(17), days },
                ..DesiredWork::default()
            },
            situation: Situation { employment, unemployment_insurance: insurance, ..Situation::default() },
            education: Education {
                final_level: level, school_name: t(18), graduation_year: t(19),
                qualifications: qualifications.into_iter().map(|q| written(&q, "")).collect(),
                ..Education::default()
            },
            work_history: jobs.into_iter().map(|(employer, duties, from, to, full)| Job {
                employer, duties, from, to,
                employment_type: full.then_some(EmploymentType::FullTime),
                ..Job::default()
            }).collect(),
            my_page: MyPageRequest { wanted },
            disclosure: Disclosure { publication, contact_methods, avoid_times: more(0) },
            disability: Disability { support, certificate, grade: more(1), needs, needs_text: more(2) },
            self_pr: SelfPr { appeal: more(3), notes: more(4) },
            confirmed_warnings: vec![t(20), t(21)],
            my_number_card: None,
        }
    }
}

/// The parts of the application a step may change when it normalises.
fn owned_parts(step: Step) -> &'static [&'static str] {
    match step {
        Step::Basic => &["basic"],
        Step::Contact | Step::MyPage => &["contact"],
        Step::DesiredWork => &["desired_work"],
        Step::Situation => &["situation"],
        Step::Education => &["education"],
        Step::WorkHistory => &["work_history"],
        Step::Disclosure => &["disclosure"],
        Step::Disability => &["disability"],
        Step::SelfPr => &["self_pr"],
    }
}

/// The fields a step may report on.
fn reported_prefixes(step: Step) -> &'static [&'static str] {
    match step {
        Step::Basic => &["basic."],
        Step::Contact => &["contact."],
        Step::DesiredWork => &["desired_work."],
        Step::Situation => &["situation."],
        Step::Education => &["education."],
        Step::WorkHistory => &["work_history."],
        Step::MyPage => &["contact.email"],
        Step::Disclosure => &["disclosure."],
        Step::Disability => &["disability."],
        Step::SelfPr => &["self_pr."],
    }
}

fn without(app: &Application, parts: &[&str]) -> serde_json::Value {
    let mut value = serde_json::to_value(app).unwrap_or_default();
    if let Some(map) = value.as_object_mut() {
        for part in parts {
            map.remove(*part);
        }
    }
    value
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn steps_never_panic_and_settle_at_once(app in any_application(), jd in 2_440_000i32..2_490_000) {
        let today = Date::from_julian_day(jd).unwrap_or(Date::MIN);
        let cx = Context { today, ..cx() };
        for s in Step::ALL {
            let once = step(&app, s, &cx);
            let twice = step(&once.application, s, &cx);
            prop_assert_eq!(&twice.application, &once.application, "{:?}", s);
            prop_assert_eq!(&twice.findings, &once.findings, "{:?}", s);
            prop_assert_eq!(without(&once.application, owned_parts(s)), without(&app, owned_parts(s)), "{:?}", s);
            for f in &once.findings {
                prop_assert!(MESSAGES.contains(&f.message.as_str()), "{}", f.message);
                let own = reported_prefixes(s).iter().any(|part| f.field.starts_with(part));
                prop_assert!(own, "{:?} reported {}", s, f.field);
            }
        }
        let whole = application(&app, &cx);
        let again = application(&whole.application, &cx);
        prop_assert_eq!(&again, &whole);
    }
}
