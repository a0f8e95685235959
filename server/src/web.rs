//! What every HTML page shares: the layout, the stylesheet, cookies, the language, CSRF and the
//! one error type that becomes a localised page.
//!
//! Pages are rendered on the server with `maud` (escaping by default) and work without
//! JavaScript: forms post, redirects answer (303), a page waiting for the kiosk refreshes itself
//! with `<meta http-equiv="refresh">`. The Content-Security-Policy allows no script and no
//! inline style at all; the stylesheets are static files. Layout and colours aim at WCAG 2.2 AA:
//! a `lang` on every page, labels on every field, errors in text next to the field and in a
//! summary, visible focus, contrast at least 4.5:1, targets at least 44 px.

use axum::extract::{FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use madoguchi_core::Language;
use maud::{html, Markup, PreEscaped, DOCTYPE};
use thiserror::Error;

use crate::i18n::{self, Tr};
use crate::state::AppState;
use crate::storage::StorageError;

pub const SITE_CSS: &str = include_str!("../static/site.css");
pub const PRINT_A4_CSS: &str = include_str!("../static/print-a4.css");
pub const PRINT_RECEIPT_CSS: &str = include_str!("../static/print-receipt.css");

const CSP: &str =
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; \
                   frame-ancestors 'none'; base-uri 'none'";

/// Why a page could not be shown; rendered in the reader's language.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum PageErrorKind {
    #[error("not found")]
    NotFound,
    #[error("forbidden")]
    Forbidden,
    #[error("the form was not filled in as expected")]
    BadRequest,
    #[error("too many requests")]
    RateLimited(u64),
    #[error("internal: {0}")]
    Internal(String),
}

#[derive(Debug)]
pub struct PageError {
    pub tr: Tr,
    pub kind: PageErrorKind,
}

impl PageError {
    pub fn new(tr: Tr, kind: PageErrorKind) -> PageError {
        PageError { tr, kind }
    }

    pub fn not_found(tr: Tr) -> PageError {
        PageError::new(tr, PageErrorKind::NotFound)
    }

    pub fn forbidden(tr: Tr) -> PageError {
        PageError::new(tr, PageErrorKind::Forbidden)
    }

    pub fn bad_request(tr: Tr) -> PageError {
        PageError::new(tr, PageErrorKind::BadRequest)
    }

    pub fn limited(tr: Tr, retry_after: u64) -> PageError {
        PageError::new(tr, PageErrorKind::RateLimited(retry_after))
    }

    pub fn internal(tr: Tr, e: impl std::fmt::Display) -> PageError {
        PageError::new(tr, PageErrorKind::Internal(e.to_string()))
    }
}

/// Lets `?` turn a storage failure into an internal-error page; the language is filled in by
/// the handler through [`WithTr`].
pub trait WithTr<T> {
    fn tr(self, tr: Tr) -> Result<T, PageError>;
}

impl<T> WithTr<T> for Result<T, StorageError> {
    fn tr(self, tr: Tr) -> Result<T, PageError> {
        self.map_err(|e| PageError::internal(tr, e))
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let tr = self.tr;
        let (status, id) = match &self.kind {
            PageErrorKind::NotFound => (StatusCode::NOT_FOUND, "srv-error-not-found"),
            PageErrorKind::Forbidden => (StatusCode::FORBIDDEN, "srv-error-forbidden"),
            PageErrorKind::BadRequest => (StatusCode::BAD_REQUEST, "srv-error-bad-request"),
            PageErrorKind::RateLimited(_) => {
                (StatusCode::TOO_MANY_REQUESTS, "srv-error-rate-limited")
            }
            PageErrorKind::Internal(detail) => {
                tracing::error!("page failed: {detail}");
                (StatusCode::INTERNAL_SERVER_ERROR, "srv-error-internal")
            }
        };
        let body = page(
            tr,
            &tr.t(&format!("{id}-title")),
            html! {
                h1 { (tr.t(&format!("{id}-title"))) }
                p { (tr.t(id)) }
            },
            PageOptions::default(),
        );
        let mut response = (status, body).into_response();
        if let PageErrorKind::RateLimited(seconds) = self.kind {
            if let Ok(v) = HeaderValue::from_str(&seconds.to_string()) {
                response.headers_mut().insert(header::RETRY_AFTER, v);
            }
        }
        response
    }
}

#[derive(Clone, Debug, Default)]
pub struct PageOptions {
    /// Seconds after which the page reloads itself (the "on its way" page).
    pub refresh: Option<u32>,
    /// An extra stylesheet (print views).
    pub stylesheet: Option<&'static str>,
    /// The signed-in header line and sign-out form, for the counter and My Page.
    pub header: Option<Markup>,
    /// Links to the same page in other languages.
    pub language_links: Option<String>,
    /// Tables on the counter use the whole width.
    pub wide: bool,
}

/// A whole page.
pub fn page(tr: Tr, title: &str, body: Markup, options: PageOptions) -> Markup {
    html! {
        (DOCTYPE)
        html lang=(tr.html_lang()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="robots" content="noindex";
                @if let Some(seconds) = options.refresh {
                    meta http-equiv="refresh" content=(seconds);
                }
                title { (title) " | " (tr.t("srv-site-name")) }
                link rel="stylesheet" href="/static/site.css";
                @if let Some(sheet) = options.stylesheet {
                    link rel="stylesheet" href=(sheet);
                }
            }
            body {
                a.skip href="#main" { (tr.t("srv-skip-to-content")) }
                header.site {
                    span.brand { (tr.t("srv-site-name")) }
                    @if let Some(base) = &options.language_links {
                        nav.languages aria-label=(tr.t("srv-language-nav")) {
                            @for lang in Language::ALL {
                                @if lang == tr.lang {
                                    span aria-current="true" { (language_name(lang)) }
                                } @else {
                                    a href=(format!("{base}lang={}", lang.code())) lang=(Tr::new(lang).html_lang()) { (language_name(lang)) }
                                }
                            }
                        }
                    }
                    @if let Some(header) = &options.header {
                        (header)
                    }
                }
                main id="main" tabindex="-1" class=[options.wide.then_some("wide")] {
                    (body)
                }
            }
        }
    }
}

/// A language's name in itself.
pub fn language_name(lang: Language) -> &'static str {
    match lang {
        Language::Ja => "日本語",
        Language::JaEasy => "やさしい にほんご",
        Language::En => "English",
    }
}

/// The value of one cookie.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_owned())
}

/// A `Set-Cookie` value: HttpOnly, SameSite=Lax, Secure over HTTPS; `max_age` 0 deletes.
pub fn set_cookie(name: &str, value: &str, max_age: i64, secure: bool) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{name}={value}; Path=/; Max-Age={max_age}; HttpOnly; SameSite=Lax{secure}"
    ))
    .unwrap_or_else(|_| HeaderValue::from_static("invalid=; Max-Age=0"))
}

/// The reader's language on pages without an application: `?lang=`, the `lang` cookie,
/// `Accept-Language`, then 日本語.
pub struct Lang(pub Tr);

impl<S: Send + Sync> FromRequestParts<S> for Lang {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let from_query = parts.uri.query().and_then(|q| {
            q.split('&')
                .filter_map(|p| p.split_once('='))
                .find(|(k, _)| *k == "lang")
                .and_then(|(_, v)| Language::from_code(v))
        });
        let lang = from_query
            .or_else(|| cookie(&parts.headers, "lang").and_then(|c| Language::from_code(&c)))
            .or_else(|| {
                parts
                    .headers
                    .get(header::ACCEPT_LANGUAGE)
                    .and_then(|v| v.to_str().ok())
                    .and_then(i18n::from_accept_language)
            })
            .unwrap_or(Language::Ja);
        Ok(Lang(Tr::new(lang)))
    }
}

/// Remembers a language chosen with `?lang=` in a cookie, so the next page keeps it.
pub async fn remember_language(request: Request, next: Next) -> Response {
    let chosen = request.uri().query().and_then(|q| {
        q.split('&')
            .filter_map(|p| p.split_once('='))
            .find(|(k, _)| *k == "lang")
            .and_then(|(_, v)| Language::from_code(v))
    });
    let mut response = next.run(request).await;
    if let Some(lang) = chosen {
        if let Ok(v) = HeaderValue::from_str(&format!(
            "lang={}; Path=/; Max-Age=31536000; SameSite=Lax",
            lang.code()
        )) {
            response.headers_mut().append(header::SET_COOKIE, v);
        }
    }
    response
}

/// Refuses a form post from another site (a second line behind the CSRF tokens, and the only
/// one for the sign-in forms, which have no session yet).
pub async fn same_origin_posts(
    axum::extract::State(state): axum::extract::State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    if request.method() != Method::GET
        && request.method() != Method::HEAD
        && !request.uri().path().starts_with("/api/")
    {
        if let Some(origin) = request
            .headers()
            .get(header::ORIGIN)
            .and_then(|v| v.to_str().ok())
        {
            let host = request
                .headers()
                .get(header::HOST)
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default();
            let public = state.settings.public_url.as_str();
            let same = origin == public
                || public.starts_with(&format!("{origin}/"))
                || origin == format!("http://{host}")
                || origin == format!("https://{host}");
            if !same {
                return PageError::forbidden(Tr::new(Language::Ja)).into_response();
            }
        }
    }
    next.run(request).await
}

/// Security headers of every HTML page: CSP, no framing, no caching of personal data.
pub async fn page_headers(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let is_html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if is_html {
        let headers = response.headers_mut();
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CSP),
        );
        headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

pub async fn stylesheet(axum::extract::Path(name): axum::extract::Path<String>) -> Response {
    let css = match name.as_str() {
        "site.css" => SITE_CSS,
        "print-a4.css" => PRINT_A4_CSS,
        "print-receipt.css" => PRINT_RECEIPT_CSS,
        _ => return StatusCode::NOT_FOUND.into_response(),
    };
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        css,
    )
        .into_response()
}

/// 303 See Other: where a form post goes next.
pub fn see_other(to: &str) -> Response {
    Redirect::to(to).into_response()
}

/// The page for unknown paths outside the API.
pub async fn not_found(Lang(tr): Lang) -> PageError {
    PageError::not_found(tr)
}

/// A hidden CSRF field.
pub fn csrf_field(token: &str) -> Markup {
    html! { input type="hidden" name="csrf" value=(token); }
}

/// An error summary at the top of a form (WCAG 3.3.1): each message links to its field.
pub fn error_summary(tr: Tr, errors: &[(String, String)]) -> Markup {
    html! {
        @if !errors.is_empty() {
            div.error-summary role="alert" aria-labelledby="error-summary-title" {
                h2 id="error-summary-title" { (tr.t("srv-form-errors")) }
                ul {
                    @for (field, message) in errors {
                        li { a href=(format!("#{field}")) { (message) } }
                    }
                }
            }
        }
    }
}

/// Text with line breaks kept, escaped.
pub fn multiline(text: &str) -> Markup {
    html! {
        @for (i, line) in text.lines().enumerate() {
            @if i > 0 { br; }
            (line)
        }
    }
}

/// Raw SVG we generated ourselves (numbers and escaped labels only).
pub fn trusted_svg(svg: String) -> Markup {
    PreEscaped(svg)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookies_are_found_among_many() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("a=1; mdg_staff=xyz; lang=en"),
        );
        assert_eq!(cookie(&headers, "mdg_staff").as_deref(), Some("xyz"));
        assert_eq!(cookie(&headers, "lang").as_deref(), Some("en"));
        assert_eq!(cookie(&headers, "nope"), None);
    }

    #[test]
    fn pages_carry_lang_and_escape_text() {
        let out = page(
            Tr::new(Language::En),
            "<script>",
            html! { p { "<b>" } },
            PageOptions::default(),
        )
        .into_string();
        assert!(out.contains("<html lang=\"en\">"));
        assert!(!out.contains("<script>"));
        assert!(out.contains("&lt;b&gt;"));
    }
}
