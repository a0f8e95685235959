//! 職歴: each job's employer, duties, period, 雇用形態, 職種 and 離職理由; blank entries are
//! dropped, and the list is as long as the form's 職歴 holds.

use crate::application::Job;
use crate::era;
use crate::finding::Finding;
use crate::normalize;

use super::context::Context;

/// Normalises every job and drops the ones the visitor added and left empty.
pub(super) fn normalize(jobs: &mut Vec<Job>) {
    for job in jobs.iter_mut() {
        normalize_job(job);
    }
    jobs.retain(|job| !is_blank(job));
}

/// Most jobs the kiosk takes; the counter asks about older ones.
pub const MAX_JOBS: usize = 10;

/// Every job's findings, each naming its entry by index.
pub(super) fn check(jobs: &[Job], cx: &Context, out: &mut Vec<Finding>) {
    if jobs.len() > MAX_JOBS {
        out.push(
            Finding::error("work_history", "check-jobs-too-many")
                .with_arg("count", jobs.len())
                .with_arg("max", MAX_JOBS),
        );
    }
    for (i, job) in jobs.iter().enumerate() {
        check_job(i, job, cx, out);
    }
}

fn normalize_job(job: &mut Job) {
    job.employer = normalize::line(&job.employer);
    job.duties = normalize::free_text(&job.duties);
    job.from = era::year_month(&job.from);
    job.to = era::year_month(&job.to);
    job.occupation = normalize::code(&job.occupation);
}

/// An entry the visitor added and left empty; dropped rather than reported.
fn is_blank(job: &Job) -> bool {
    job.employer.is_empty()
        && job.duties.is_empty()
        && job.from.is_empty()
        && job.to.is_empty()
        && job.employment_type.is_none()
        && job.occupation.is_empty()
        && job.leaving_reason.is_none()
}

fn check_job(i: usize, job: &Job, cx: &Context, out: &mut Vec<Finding>) {
    let field = |name: &str| format!("work_history.{i}.{name}");
    let this_month = (cx.today.year(), u8::from(cx.today.month()));
    if job.employer.is_empty() {
        out.push(Finding::error(field("employer"), "check-employer-required"));
    }
    if !job.occupation.is_empty() && !(cx.occupation_known)(&job.occupation) {
        out.push(
            Finding::error(field("occupation"), "check-occupation-unknown")
                .with_arg("code", &job.occupation),
        );
    }
    let from = if job.from.is_empty() {
        out.push(Finding::error(field("from"), "check-job-from-required"));
        None
    } else {
        match era::parse_year_month(&job.from) {
            None => {
                out.push(Finding::error(field("from"), "check-year-month-format"));
                None
            }
            Some(from) if from > this_month => {
                out.push(Finding::error(field("from"), "check-job-from-future"));
                None
            }
            Some(from) => Some(from),
        }
    };
    if job.to.is_empty() {
        return;
    }
    match era::parse_year_month(&job.to) {
        None => out.push(Finding::error(field("to"), "check-year-month-format")),
        Some(to) if to > this_month => {
            out.push(Finding::error(field("to"), "check-job-to-future"));
        }
        Some(to) if from.is_some_and(|from| to < from) => {
            out.push(Finding::error(field("to"), "check-job-to-before-from"));
        }
        Some(_) => {}
    }
}
