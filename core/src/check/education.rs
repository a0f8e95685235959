//! 学歴: the last school, its graduation year, and qualifications.

use crate::application::{Application, CurrentEmployment, Education};
use crate::era;
use crate::finding::Finding;
use crate::normalize;

use super::common::{all_digits, fold_list};
use super::context::Context;

pub(super) fn normalize(education: &mut Education) {
    education.school_name = normalize::line(&education.school_name);
    education.graduation_year = era::year(&education.graduation_year);
    fold_list(&mut education.qualifications, normalize::line);
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
    let typed = &education.graduation_year;
    if typed.is_empty() {
        return;
    }
    let year = match typed.parse::<i32>() {
        Ok(year) if typed.len() == 4 && all_digits(typed) => year,
        _ => {
            out.push(Finding::error(FIELD, "check-graduation-year-format"));
            return;
        }
    };
    // A student applying ahead of graduation gives next year's spring.
    let student = app.situation.employment == Some(CurrentEmployment::Student);
    let latest = cx.today.year() + i32::from(student);
    if year > latest {
        out.push(Finding::error(FIELD, "check-graduation-year-future"));
        return;
    }
    match era::birth_date(&app.basic.birth_date) {
        Ok(birth) if year < birth.year() => out.push(
            Finding::error(FIELD, "check-graduation-year-before-birth")
                .with_arg("birth-year", birth.year()),
        ),
        Ok(birth) if year - birth.year() < 12 => out.push(
            Finding::warning(FIELD, "check-graduation-year-early")
                .with_arg("age", year - birth.year()),
        ),
        Ok(_) => {}
        Err(_) if year < 1900 => {
            out.push(Finding::error(FIELD, "check-graduation-year-format"));
        }
        Err(_) => {}
    }
}
