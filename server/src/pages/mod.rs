//! The HTML pages, one file per page family: the phone's continuation page
//! ([`continuation`], `/c/{token}`), My Page ([`my_page`], `/my`) with its change of email
//! address ([`my_email`]), its 職歴 ([`my_work_history`]) and its 障害について ([`my_disability`]), the counter console ([`counter`]) with its live staff calls ([`calls`]) and staff codes ([`staff_codes`]) with its corrections
//! ([`correction`]), the printed 求職申込書 ([`form_pdf`]) and the export ([`export`]), the
//! scorecard ([`scorecard`]) with the registrations staff record for it ([`tallies`]), the
//! published scorecard ([`public`], no sign-in), the plan's web survey and its report
//! ([`survey`]) and the kiosk fleet ([`fleet`]). Each family lists its own routes; [`routes`] puts them together
//! under the layers every page shares. The openings every handler needs (who is signed in, a
//! live token, a form's CSRF token) are extractors in [`extract`]; what both sign-ins share is
//! in [`sign_in`]; what the pages look like in common is in [`crate::web`] and [`crate::view`].

pub mod calls;
pub mod continuation;
pub mod correction;
pub mod counter;
pub mod export;
pub mod extract;
pub mod fleet;
pub mod form_pdf;
pub mod my_disability;
pub mod my_email;
pub mod my_page;
pub mod my_work_history;
pub mod public;
pub mod scorecard;
pub mod sign_in;
pub mod staff_codes;
pub mod survey;
pub mod tallies;

use axum::extract::DefaultBodyLimit;
use axum::middleware;
use axum::routing::get;
use axum::Router;

use crate::state::AppState;
use crate::web;

/// Largest form a page accepts.
pub const PAGE_BODY_LIMIT: usize = 64 * 1024;

/// Every page, the stylesheets and the not-found page, with the layers pages share: the form
/// size limit, the language chosen with `?lang=` remembered, posts from other sites refused, and
/// the security headers of HTML.
pub fn routes(state: AppState) -> Router<AppState> {
    Router::new()
        .merge(continuation::routes())
        .merge(my_page::routes())
        .merge(my_email::routes())
        .merge(my_work_history::routes())
        .merge(my_disability::routes())
        .merge(counter::routes())
        .merge(calls::routes())
        .merge(staff_codes::routes())
        .merge(correction::routes())
        .merge(form_pdf::routes())
        .merge(export::routes())
        .merge(scorecard::routes())
        .merge(tallies::routes())
        .merge(public::routes())
        .merge(survey::routes())
        .merge(fleet::routes())
        .route("/static/{name}", get(web::stylesheet))
        .fallback(web::not_found)
        .layer(DefaultBodyLimit::max(PAGE_BODY_LIMIT))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            web::remember_language,
        ))
        .layer(middleware::from_fn_with_state(
            state,
            web::same_origin_posts,
        ))
        .layer(middleware::from_fn(web::page_headers))
}
