//! 現在の状況: whether the visitor works now and receives unemployment insurance, the last
//! job's 離職日 and 離職理由 for a visitor not working now, and the family the form asks about
//! (配偶者, 扶養家族), all of it but the first two 任意.

use crate::application::{BirthDateInput, CurrentEmployment, Situation};
use crate::era;
use crate::finding::Finding;
use crate::normalize;

use super::common::{count_in, optional_day};
use super::context::Context;

/// Most 扶養家族 the form's box takes; more is surely a typo.
pub const MAX_DEPENDANTS: u32 = 20;

/// The last job's leaving is asked only of a visitor not working now: what another answer
/// left behind (the visitor chose 離職中, filled it in, then chose 在職中) is dropped.
pub(super) fn normalize(situation: &mut Situation) {
    if situation.employment == Some(CurrentEmployment::NotEmployed) {
        situation.left_on = era::normalize_birth_date(&situation.left_on);
    } else {
        situation.left_on = BirthDateInput::default();
        situation.leaving_reason = None;
    }
    situation.dependants = if situation.dependants_unstated {
        String::new()
    } else {
        normalize::count(&situation.dependants)
    };
}

pub(super) fn check(situation: &Situation, cx: &Context, out: &mut Vec<Finding>) {
    const LEFT_ON: &str = "situation.left_on";
    if situation.employment.is_none() {
        out.push(Finding::error(
            "situation.employment",
            "check-current-employment-required",
        ));
    }
    if situation.unemployment_insurance.is_none() {
        out.push(Finding::error(
            "situation.unemployment_insurance",
            "check-insurance-required",
        ));
    }
    if let Some(left) = optional_day(&situation.left_on, LEFT_ON, out) {
        if left > cx.today {
            out.push(Finding::error(LEFT_ON, "check-left-on-future"));
        }
    }
    count_in(
        &situation.dependants,
        "situation.dependants",
        0,
        MAX_DEPENDANTS,
        out,
    );
}
