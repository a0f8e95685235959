//! 学歴・資格: the last school, its 学部・学科, how it ended and the year, and the licences and
//! qualifications with the year each was obtained.

use crate::application::{Application, Completion, CurrentEmployment, Education, Qualification};
use crate::era;
use crate::finding::Finding;
use crate::licence;
use crate::normalize;

use super::common::{count_in, dedup, year_in, YearWords, YEAR};
use super::context::Context;

/// Most 免許・資格 entries (the official form's box holds a handful; the counter adds more).
pub const MAX_QUALIFICATIONS: usize = 10;

/// The graduation year keeps its own words: it is the year the visitor left school.
const GRADUATION: YearWords = YearWords {
    format: "check-graduation-year-format",
    future: "check-graduation-year-future",
    before_birth: "check-graduation-year-before-birth",
};

/// TOEIC Listening & Reading scores run from 10 to 990.
const TOEIC: (u32, u32) = (10, 990);

pub(super) fn normalize(education: &mut Education) {
    education.school_name = normalize::line(&education.school_name);
    education.department = normalize::line(&education.department);
    education.graduation_year = era::year(&education.graduation_year);
    for q in education.qualifications.iter_mut() {
        normalize_qualification(q);
    }
    education.qualifications.retain(|q| {
        !(q.licence.is_empty() && q.name.is_empty() && q.score.is_empty() && q.year.is_empty())
    });
    dedup(&mut education.qualifications);
}

/// A listed licence needs no written name, and only a scored one keeps its score.
fn normalize_qualification(q: &mut Qualification) {
    q.licence = normalize::code(&q.licence);
    q.name = normalize::line(&q.name);
    q.score = normalize::count(&q.score);
    q.year = era::year(&q.year);
    if let Some(listed) = licence::licence(&q.licence) {
        q.name.clear();
        if !listed.scored {
            q.score.clear();
        }
    }
}

pub(super) fn check(app: &Application, cx: &Context, out: &mut Vec<Finding>) {
    const FIELD: &str = "education.graduation_year";
    let education = &app.education;
    if education.final_level.is_none() {
        out.push(Finding::error(
            "education.final_level",
            "check-education-level-required",
        ));
    }
    let birth_year = era::birth_date(&app.basic.birth_date)
        .ok()
        .map(|d| d.year());
    check_qualifications(education, birth_year, cx, out);
    // A student applying ahead of graduation gives next year's spring.
    let ahead = app.situation.employment == Some(CurrentEmployment::Student)
        || matches!(
            education.completion,
            Some(Completion::Enrolled | Completion::Expected)
        );
    let latest = cx.today.year() + i32::from(ahead);
    let graduation = &education.graduation_year;
    let Some(year) = year_in(graduation, FIELD, birth_year, latest, &GRADUATION, out) else {
        return;
    };
    if let Some(birth) = birth_year.filter(|b| year - b < 12) {
        out.push(
            Finding::warning(FIELD, "check-graduation-year-early").with_arg("age", year - birth),
        );
    }
}

fn check_qualifications(
    education: &Education,
    birth_year: Option<i32>,
    cx: &Context,
    out: &mut Vec<Finding>,
) {
    let list = &education.qualifications;
    if list.len() > MAX_QUALIFICATIONS {
        out.push(
            Finding::error("education.qualifications", "check-qualifications-too-many")
                .with_arg("count", list.len())
                .with_arg("max", MAX_QUALIFICATIONS),
        );
    }
    for (i, q) in list.iter().enumerate() {
        let field = |name: &str| format!("education.qualifications.{i}.{name}");
        match licence::licence(&q.licence) {
            None if !q.licence.is_empty() => out.push(
                Finding::error(field("licence"), "check-licence-unknown")
                    .with_arg("code", &q.licence),
            ),
            None if q.name.is_empty() => {
                out.push(Finding::error(
                    field("name"),
                    "check-qualification-name-required",
                ));
            }
            Some(listed) if listed.scored => {
                count_in(&q.score, &field("score"), TOEIC.0, TOEIC.1, out);
            }
            _ => {}
        }
        year_in(
            &q.year,
            &field("year"),
            birth_year,
            cx.today.year(),
            &YEAR,
            out,
        );
    }
}
