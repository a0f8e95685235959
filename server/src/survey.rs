//! The plan's web survey (§6: 利用者目線での第三者チェック, at least once a year): how easy the
//! online procedure was, how long it took, what was hard, and a comment, asked on the phone
//! after My Page is opened and on the public scorecard, in the visitor's language.
//!
//! The survey is anonymous, but people write their phone number or email address into a comment
//! box anyway. [`strip_personal_data`] removes such patterns before anything is stored: email
//! addresses, runs of seven or more digits however they are separated (phone numbers, My
//! Number-like 12-digit runs, postcodes written 123-4567), anything after 〒, in half- or
//! full-width. A comment is cut to [`MAX_COMMENT_CHARS`] characters first. The answers feed an
//! annual report for staff ([`Report`]); the comments are shown to staff only.

use std::collections::BTreeMap;

use serde::Serialize;
use thiserror::Error;

use crate::storage::WebSurveyRecord;

/// Longest comment kept, in characters.
pub const MAX_COMMENT_CHARS: usize = 500;
/// What stands in a comment where personal data was.
pub const REMOVED: &str = "[…]";
/// Digit runs at least this long are taken for phone numbers and the like.
const MIN_DIGIT_RUN: usize = 7;

/// How long the procedure took, in the survey's buckets.
pub const TIME_TAKEN: [&str; 4] = ["under-5", "5-15", "15-30", "over-30"];
/// What the visitor found hard (any number of them).
pub const HARD: [&str; 6] = [
    "finding",
    "typing",
    "email-code",
    "password",
    "language",
    "other",
];
/// Where the survey was reached from.
pub const CHANNELS: [&str; 2] = ["my-page", "public"];

fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => c.to_digit(10),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

/// What may sit between the digits of one number: hyphens and dashes of every width, spaces,
/// dots, brackets and a leading plus.
fn is_number_separator(c: char) -> bool {
    matches!(
        c,
        '-' | '‐'
            | '‑'
            | '‒'
            | '–'
            | '—'
            | '―'
            | 'ー'
            | '－'
            | '−'
            | ' '
            | '\u{3000}'
            | '.'
            | '．'
            | '('
            | ')'
            | '（'
            | '）'
            | '+'
            | '＋'
            | '/'
            | '／'
    )
}

fn is_email_local(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || matches!(c, '.' | '_' | '%' | '+' | '-' | '\'')
        || matches!(c, 'ａ'..='ｚ' | 'Ａ'..='Ｚ' | '０'..='９' | '．' | '＿' | '－' | '＋')
}

fn is_email_domain(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || matches!(c, '.' | '-')
        || matches!(c, 'ａ'..='ｚ' | 'Ａ'..='Ｚ' | '０'..='９' | '．' | '－')
}

/// Marks the characters of every email address in `chars`.
fn mark_emails(chars: &[char], out: &mut [bool]) {
    for (at, c) in chars.iter().enumerate() {
        if !matches!(c, '@' | '＠') {
            continue;
        }
        let mut start = at;
        while start > 0 && is_email_local(chars[start - 1]) {
            start -= 1;
        }
        let mut end = at + 1;
        while end < chars.len() && is_email_domain(chars[end]) {
            end += 1;
        }
        // An @ with anything address-like on either side goes, with both sides.
        if start < at || end > at + 1 {
            out[start..end].iter_mut().for_each(|m| *m = true);
        }
    }
}

/// Marks runs of [`MIN_DIGIT_RUN`] or more digits joined by separators, and 〒 with what
/// follows it.
fn mark_numbers(chars: &[char], out: &mut [bool]) {
    let mut i = 0;
    while i < chars.len() {
        let postcode = chars[i] == '〒';
        if digit_value(chars[i]).is_none()
            && !postcode
            && !matches!(chars[i], '+' | '＋' | '(' | '（')
        {
            i += 1;
            continue;
        }
        let start = i;
        let mut digits = 0;
        let mut last_digit = None;
        let mut j = if postcode { i + 1 } else { i };
        while j < chars.len() {
            if digit_value(chars[j]).is_some() {
                digits += 1;
                last_digit = Some(j);
            } else if !is_number_separator(chars[j]) {
                break;
            }
            j += 1;
        }
        match last_digit {
            Some(end) if postcode || digits >= MIN_DIGIT_RUN => {
                out[start..=end].iter_mut().for_each(|m| *m = true);
                i = end + 1;
            }
            _ if postcode => {
                out[start] = true;
                i = start + 1;
            }
            _ => i = last_digit.map_or(start + 1, |end| end + 1),
        }
    }
}

/// The comment with personal data patterns replaced by [`REMOVED`] (one mark per removed
/// stretch), cut to [`MAX_COMMENT_CHARS`] characters and trimmed. Pure, so it is tested alone.
pub fn strip_personal_data(text: &str) -> String {
    let chars: Vec<char> = text
        .chars()
        .filter(|c| !c.is_control() || *c == '\n')
        .take(MAX_COMMENT_CHARS)
        .collect();
    let mut marked = vec![false; chars.len()];
    mark_emails(&chars, &mut marked);
    mark_numbers(&chars, &mut marked);
    let mut out = String::with_capacity(text.len());
    let mut in_mark = false;
    for (c, m) in chars.iter().zip(&marked) {
        if *m {
            if !in_mark {
                out.push_str(REMOVED);
            }
            in_mark = true;
        } else {
            in_mark = false;
            out.push(*c);
        }
    }
    // A mark is longer than a lone 〒 it replaces: the cut applies to what is kept, too.
    let kept: String = out.chars().take(MAX_COMMENT_CHARS).collect();
    kept.trim().to_owned()
}

/// What a visitor sent, as the form gives it.
#[derive(Clone, Debug, Default)]
pub struct Answer {
    pub ease: String,
    pub time_taken: String,
    pub hard: Vec<String>,
    pub comment: String,
}

/// A survey answer refused, per field.
#[derive(Clone, Copy, Debug, Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum SurveyProblem {
    #[error("choose how easy it was")]
    Ease,
    #[error("choose how long it took")]
    TimeTaken,
    #[error("an unknown choice of what was hard")]
    Hard,
}

impl SurveyProblem {
    pub fn field(self) -> &'static str {
        match self {
            SurveyProblem::Ease => "ease",
            SurveyProblem::TimeTaken => "time_taken",
            SurveyProblem::Hard => "hard",
        }
    }

    pub fn message_id(self) -> &'static str {
        match self {
            SurveyProblem::Ease => "srv-survey-error-ease",
            SurveyProblem::TimeTaken => "srv-survey-error-time",
            SurveyProblem::Hard => "srv-survey-error-hard",
        }
    }
}

/// An answer ready to store: choices checked, the comment stripped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Checked {
    pub ease: i64,
    pub time_taken: &'static str,
    pub hard: Vec<&'static str>,
    pub comment: String,
}

pub fn check(answer: &Answer) -> Result<Checked, Vec<SurveyProblem>> {
    let mut problems = Vec::new();
    let ease = answer
        .ease
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|e| (1..=5).contains(e));
    if ease.is_none() {
        problems.push(SurveyProblem::Ease);
    }
    let time_taken = TIME_TAKEN.iter().find(|t| **t == answer.time_taken.trim());
    if time_taken.is_none() {
        problems.push(SurveyProblem::TimeTaken);
    }
    let known = |h: &String| HARD.iter().find(|k| **k == h.as_str()).copied();
    if answer.hard.iter().any(|h| known(h).is_none()) {
        problems.push(SurveyProblem::Hard);
    }
    match (ease, time_taken) {
        (Some(ease), Some(time_taken)) if problems.is_empty() => Ok(Checked {
            ease,
            time_taken,
            // In the fixed order, each once.
            hard: HARD
                .iter()
                .copied()
                .filter(|k| answer.hard.iter().any(|h| h == k))
                .collect(),
            comment: strip_personal_data(&answer.comment),
        }),
        _ => Err(problems),
    }
}

/// The mean ease and the number of answers of a group.
#[derive(Serialize, Clone, Copy, Debug, Default, PartialEq)]
pub struct Mean {
    pub answers: i64,
    pub mean_ease: Option<f64>,
}

impl Mean {
    fn add(&mut self, ease: i64) {
        let sum = self.mean_ease.unwrap_or(0.0) * self.answers as f64 + ease as f64;
        self.answers += 1;
        self.mean_ease = Some(sum / self.answers as f64);
    }
}

/// A fiscal year's answers, counted.
#[derive(Serialize, Clone, Debug, Default, PartialEq)]
pub struct Report {
    pub fiscal_year: i32,
    pub answers: i64,
    /// Answers per ease 1 to 5.
    pub ease: [i64; 5],
    pub mean_ease: Option<f64>,
    /// Answers per time bucket, in [`TIME_TAKEN`] order.
    pub time_taken: Vec<(String, i64)>,
    /// Answers naming each difficulty, in [`HARD`] order.
    pub hard: Vec<(String, i64)>,
    /// Per office code (`""` for answers from the public page without one).
    pub by_office: BTreeMap<String, Mean>,
    /// Per channel: `my-page`, `public`.
    pub by_channel: BTreeMap<String, Mean>,
    /// Per language code.
    pub by_language: BTreeMap<String, Mean>,
}

pub fn report(fiscal_year: i32, records: &[WebSurveyRecord]) -> Report {
    let mut r = Report {
        fiscal_year,
        time_taken: TIME_TAKEN.iter().map(|t| ((*t).to_owned(), 0)).collect(),
        hard: HARD.iter().map(|h| ((*h).to_owned(), 0)).collect(),
        ..Report::default()
    };
    let mut all = Mean::default();
    for record in records {
        let Some(slot) = usize::try_from(record.ease - 1).ok().filter(|i| *i < 5) else {
            continue;
        };
        r.answers += 1;
        r.ease[slot] += 1;
        all.add(record.ease);
        if let Some(t) = r
            .time_taken
            .iter_mut()
            .find(|(t, _)| *t == record.time_taken)
        {
            t.1 += 1;
        }
        for code in record.hard.split_whitespace() {
            if let Some(h) = r.hard.iter_mut().find(|(h, _)| h == code) {
                h.1 += 1;
            }
        }
        r.by_office
            .entry(record.office_code.clone().unwrap_or_default())
            .or_default()
            .add(record.ease);
        r.by_channel
            .entry(record.channel.clone())
            .or_default()
            .add(record.ease);
        r.by_language
            .entry(record.language.clone())
            .or_default()
            .add(record.ease);
    }
    r.mean_ease = all.mean_ease;
    r
}

fn csv_field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    format!("\"{}\"", text.replace('"', "\"\""))
}

/// Every answer of the year as CSV (UTF-8 with a BOM), comments included: for staff only.
pub fn csv(records: &[WebSurveyRecord]) -> String {
    let mut out = String::from(
        "\u{feff}answered_at,office_code,channel,language,ease,time_taken,hard,comment\r\n",
    );
    for r in records {
        out.push_str(&format!(
            "{},{},{},{},{},{},{},{}\r\n",
            crate::clock::format_local(r.created_at),
            csv_field(r.office_code.as_deref().unwrap_or_default()),
            csv_field(&r.channel),
            csv_field(&r.language),
            r.ease,
            csv_field(&r.time_taken),
            csv_field(&r.hard),
            csv_field(&r.comment),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn phone_numbers_and_emails_go() {
        let cases = [
            ("電話は090-1234-5678です", "電話は[…]です"),
            ("電話は０９０－１２３４－５６７８です", "電話は[…]です"),
            ("call +81 (3) 1234 5678 please", "call […] please"),
            ("mail taro.yamada+x@example.co.jp ok", "mail […] ok"),
            ("ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ まで", "[…] まで"),
            ("〒100-0001 千代田区", "[…] 千代田区"),
            ("〒１００－０００１", "[…]"),
            ("番号 1234 5678 9012 を入れた", "番号 […] を入れた"),
            ("123456789012", "[…]"),
            ("5分で終わった。2回目。", "5分で終わった。2回目。"),
            ("2026年10月1日に来た", "2026年10月1日に来た"),
        ];
        for (text, expected) in cases {
            assert_eq!(strip_personal_data(text), expected, "{text}");
        }
    }

    #[test]
    fn comments_are_cut_in_characters() {
        let long = "あ".repeat(MAX_COMMENT_CHARS + 20);
        assert_eq!(
            strip_personal_data(&long).chars().count(),
            MAX_COMMENT_CHARS
        );
    }

    #[test]
    fn answers_are_checked() {
        let answer = Answer {
            ease: "4".into(),
            time_taken: "5-15".into(),
            hard: vec!["password".into(), "typing".into(), "password".into()],
            comment: "090-1111-2222".into(),
        };
        let checked = check(&answer).expect("fine");
        assert_eq!(checked.hard, ["typing", "password"]);
        assert_eq!(checked.comment, REMOVED);
        let bad = Answer {
            ease: "9".into(),
            time_taken: "forever".into(),
            hard: vec!["<b>".into()],
            comment: String::new(),
        };
        assert_eq!(
            check(&bad),
            Err(vec![
                SurveyProblem::Ease,
                SurveyProblem::TimeTaken,
                SurveyProblem::Hard
            ])
        );
    }

    fn full_width(text: &str) -> String {
        text.chars()
            .map(|c| match c {
                '0'..='9' => char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap_or(c),
                '-' => '－',
                _ => c,
            })
            .collect()
    }

    fn digits_of(text: &str) -> String {
        text.chars()
            .filter_map(digit_value)
            .filter_map(|d| char::from_digit(d, 10))
            .collect()
    }

    proptest! {
        #[test]
        fn a_phone_number_never_survives(
            before in "[あ-んa-z 。、]{0,30}",
            after in "[あ-んa-z 。、]{0,30}",
            number in "0[5-9]0-[0-9]{4}-[0-9]{4}|0[1-9]-[0-9]{4}-[0-9]{4}|0[1-9]{2}[0-9]{8}",
            wide in any::<bool>(),
        ) {
            let number = if wide { full_width(&number) } else { number };
            let out = strip_personal_data(&format!("{before}{number}{after}"));
            prop_assert!(!digits_of(&out).contains(&digits_of(&number)), "{out}");
        }

        #[test]
        fn an_email_never_survives(
            before in "[あ-ん 。]{0,20}",
            local in "[a-z0-9._+-]{1,20}",
            domain in "[a-z0-9-]{1,15}\\.(jp|com|co\\.jp)",
            after in "[あ-ん 。]{0,20}",
        ) {
            let out = strip_personal_data(&format!("{before}{local}@{domain}{after}"));
            prop_assert!(!out.contains('@') && !out.contains(&domain), "{out}");
        }

        #[test]
        fn text_without_numbers_or_at_signs_is_kept(text in "[^0-9０-９@＠〒\\p{C}]{0,200}") {
            prop_assert_eq!(strip_personal_data(&text), text.trim());
        }

        #[test]
        fn stripping_twice_changes_nothing_more(text in "\\PC{0,300}") {
            let once = strip_personal_data(&text);
            prop_assert_eq!(strip_personal_data(&once), once.clone());
            prop_assert!(once.chars().count() <= MAX_COMMENT_CHARS);
        }
    }
}
