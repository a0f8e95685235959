//! 現在の状況: whether the visitor works now and receives unemployment insurance.

use crate::application::Situation;
use crate::finding::Finding;

pub(super) fn check(situation: &Situation, out: &mut Vec<Finding>) {
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
}
