//! Checks a screen, or the whole application, the way the official form does: red findings
//! block, orange ones warn once and let the visitor go on by pressing 次へ again.
//!
//! Every check first normalises its screen's fields ([`crate::normalize`]), so nothing is ever
//! refused for width, hyphens or spaces, then judges the content. A finding names the field by
//! its path and a message in `locales/*/check.ftl` that tells the visitor how to fix it. The
//! postcode and occupation lookups and today's date come in through [`Context`], so the rules
//! are tested without data files or a clock.
//!
//! A step reads other screens where a rule needs them (Education reads the birth date, MyPage
//! the e-mail address), but reports only on the fields its own screen shows.
//!
//! One file per screen of the form holds that screen's normalising beside its rules
//! (`basic`, `contact`, `disclosure`, `desired_work`, `situation`, `education`, `work_history`,
//! `disability`, `self_pr`, `my_page`);
//! `length` holds the one table of field lengths, `messages` every message id the rules emit.

mod basic;
mod common;
mod contact;
mod context;
mod desired_work;
mod disability;
mod disclosure;
mod education;
mod length;
mod messages;
mod my_page;
mod self_pr;
mod situation;
mod work_history;

pub use basic::{CHECK_AGE_BELOW, CHECK_AGE_FROM, MIN_AGE};
pub use contact::COMMUTE_MINUTES_LONG;
pub use contact::MAX_EMAIL_CHARS;
pub use context::Context;
pub use desired_work::{
    HOURLY_HIGH, HOURLY_LOW, MAX_OCCUPATIONS, MONTHLY_HIGH, MONTHLY_LOW, WEEKLY_HOURS_LONG,
};
pub use disability::grade as disability_grade;
pub use education::MAX_QUALIFICATIONS;
pub use length::{max_chars, MAX_CHARS};
pub use messages::MESSAGES;
pub use self_pr::paragraphs;
pub use situation::MAX_DEPENDANTS;
pub use work_history::MAX_JOBS;

use crate::application::Application;
use crate::finding::{Finding, Report, Step};

/// One screen: the application with that screen's fields normalised, and what its fields need.
pub fn step(app: &Application, step: Step, cx: &Context) -> Report {
    let mut application = app.clone();
    normalize_step(&mut application, step);
    let mut findings = Vec::new();
    check_step(&application, step, cx, &mut findings);
    Report {
        application,
        findings,
    }
}

/// Every screen, in order; a finding two screens share (the e-mail address) appears once.
pub fn application(app: &Application, cx: &Context) -> Report {
    let application = normalize(app);
    let mut findings: Vec<Finding> = Vec::new();
    for s in Step::ALL {
        let mut found = Vec::new();
        check_step(&application, s, cx, &mut found);
        for f in found {
            if !findings.contains(&f) {
                findings.push(f);
            }
        }
    }
    Report {
        application,
        findings,
    }
}

/// The whole application normalised, without judging it.
pub fn normalize(app: &Application) -> Application {
    let mut application = app.clone();
    for s in Step::ALL {
        normalize_step(&mut application, s);
    }
    application
}

/// Normalises the fields one screen shows, in place. Idempotent.
pub fn normalize_step(app: &mut Application, step: Step) {
    match step {
        Step::Basic => basic::normalize(&mut app.basic),
        Step::Contact => contact::normalize(&mut app.contact),
        Step::Disclosure => disclosure::normalize(&mut app.disclosure),
        Step::DesiredWork => desired_work::normalize(&mut app.desired_work),
        Step::Situation => situation::normalize(&mut app.situation),
        Step::Education => education::normalize(&mut app.education),
        Step::WorkHistory => work_history::normalize(&mut app.work_history),
        Step::Disability => disability::normalize(&mut app.disability),
        Step::SelfPr => self_pr::normalize(&mut app.self_pr),
        Step::MyPage => my_page::normalize(app),
    }
}
/// A screen's findings: a field longer than [`MAX_CHARS`] allows gets only that finding (its
/// other rules would quote or judge a text the visitor must shorten first).
fn check_step(app: &Application, step: Step, cx: &Context, out: &mut Vec<Finding>) {
    let too_long = length::findings(app, step);
    let mut found = Vec::new();
    check_rules(app, step, cx, &mut found);
    found.retain(|f| !too_long.iter().any(|long| long.field == f.field));
    out.extend(too_long);
    out.extend(found);
}

fn check_rules(app: &Application, step: Step, cx: &Context, out: &mut Vec<Finding>) {
    match step {
        Step::Basic => basic::check(&app.basic, cx, out),
        Step::Contact => contact::check(&app.contact, cx, out),
        Step::Disclosure => disclosure::check(app, out),
        Step::DesiredWork => desired_work::check(&app.desired_work, cx, out),
        Step::Situation => situation::check(&app.situation, cx, out),
        Step::Education => education::check(app, cx, out),
        Step::WorkHistory => work_history::check(&app.work_history, cx, out),
        Step::Disability => disability::check(&app.disability, out),
        Step::SelfPr => {}
        Step::MyPage => my_page::check(app, out),
    }
}

#[cfg(test)]
mod tests;
