//! What every HTML page shares: the layout, the stylesheet, cookies, the language, CSRF and the
//! one error type that becomes a localised page.
//!
//! Pages are rendered on the server with `maud` (escaping by default) and work without
//! JavaScript: forms post, redirects answer (303), a page waiting for the kiosk refreshes itself
//! with `<meta http-equiv="refresh">`. The Content-Security-Policy allows no inline script and no
//! inline style at all (one static script, the counter's live staff calls, is an addition: the
//! console works without it); the stylesheets are static files. Layout and colours aim at WCAG 2.2 AA:
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
/// The one script of the pages: the counter's live staff calls (`pages/calls.rs`).
pub const CALLS_JS: &str = include_str!("../static/calls.js");

const CSP: &str =
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; \
                   script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'";

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
        html lang=(tr.html_lang()) dir=(tr.dir()) {
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
                            @for lang in Language::all() {
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
    lang.info().endonym
}

/// A visitor's language for staff: its own name, in its own `lang`, and its code (`Tiếng Việt
/// (vi)`), so a colleague who cannot read the script still knows which interpreter to call.
pub fn language_label(lang: Language) -> Markup {
    html! {
        span lang=(lang.info().tag) dir=(Tr::new(lang).dir()) { (lang.info().endonym) }
        " (" (lang.code()) ")"
    }
}

/// The value of one cookie; `None` when it is absent or sent more than once. Two values under
/// one name mean someone planted a second cookie (a sibling subdomain, a plain-http page): which
/// one is ours cannot be told, so neither is believed, rather than "first wins".
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    let mut found = headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .filter(|(k, _)| *k == name)
        .map(|(_, v)| v);
    let first = found.next()?;
    match found.next() {
        Some(_) => None,
        None => Some(first.to_owned()),
    }
}

/// The name a cookie of ours has in the browser. Over HTTPS it is `__Host-<base>`: browsers
/// keep such a cookie only if it is `Secure`, `Path=/` and has no `Domain`, so neither a sibling
/// subdomain nor a plain-http page can plant or overwrite it. Over plain HTTP (the demo and the
/// end-to-end runs on loopback) the prefix cannot work, since not every browser keeps a
/// `Secure` cookie from `http://`, so the bare name is used; a real office serves HTTPS, and the
/// name follows the public URL (see [`crate::Settings::secure_cookies`]).
pub fn cookie_name(base: &str, secure: bool) -> String {
    if secure {
        format!("__Host-{base}")
    } else {
        base.to_owned()
    }
}

/// One of our cookies by its base name (see [`cookie_name`]); `None` when absent or doubled.
pub fn our_cookie(headers: &HeaderMap, base: &str, secure: bool) -> Option<String> {
    cookie(headers, &cookie_name(base, secure))
}

/// A `Set-Cookie` for one of our cookies by its base name: HttpOnly, SameSite=Lax, and over
/// HTTPS `Secure` with the `__Host-` name; `max_age` 0 deletes.
pub fn our_set_cookie(base: &str, value: &str, max_age: i64, secure: bool) -> HeaderValue {
    set_cookie(&cookie_name(base, secure), value, max_age, secure)
}

/// A `Set-Cookie` value: HttpOnly, SameSite=Lax, Secure over HTTPS; `max_age` 0 deletes.
pub fn set_cookie(name: &str, value: &str, max_age: i64, secure: bool) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{name}={value}; Path=/; Max-Age={max_age}; HttpOnly; SameSite=Lax{secure}"
    ))
    .unwrap_or_else(|_| HeaderValue::from_static("invalid=; Max-Age=0"))
}

/// The pre-session cookie of the sign-in forms (double-submit: the form carries the same value).
pub const SIGN_IN_COOKIE: &str = "mdg_signin";

/// How long a sign-in form's token lives.
const SIGN_IN_TOKEN_SECONDS: i64 = 3_600;

/// The CSRF token of a sign-in form, which has no session yet: the browser's pre-session cookie
/// if it has a well-formed one, else a new random one with the `Set-Cookie` to send. The form
/// posts it back as `csrf`; a page of another site can neither read the cookie nor set it
/// (HttpOnly, SameSite=Strict, and `__Host-` over HTTPS), so it cannot make a browser sign in to
/// an account of the attacker's choosing.
pub fn sign_in_token(
    headers: &HeaderMap,
    secure: bool,
    rng: &mut impl rand_core::CryptoRng,
) -> (String, Option<HeaderValue>) {
    if let Some(token) =
        our_cookie(headers, SIGN_IN_COOKIE, secure).filter(|t| well_formed_token(t))
    {
        return (token, None);
    }
    let token = crate::secret::token(rng);
    let secure_flag = if secure { "; Secure" } else { "" };
    let set = HeaderValue::from_str(&format!(
        "{}={token}; Path=/; Max-Age={SIGN_IN_TOKEN_SECONDS}; HttpOnly; SameSite=Strict{secure_flag}",
        cookie_name(SIGN_IN_COOKIE, secure)
    ))
    .ok();
    (token, set)
}

/// Whether a posted sign-in form carries the token of the browser's pre-session cookie.
pub fn sign_in_token_matches(headers: &HeaderMap, secure: bool, submitted: &str) -> bool {
    our_cookie(headers, SIGN_IN_COOKIE, secure)
        .filter(|t| well_formed_token(t))
        .is_some_and(|expected| crate::auth::csrf_matches(&expected, submitted))
}

/// 256 bits base64url, as [`crate::secret::token`] makes them.
fn well_formed_token(token: &str) -> bool {
    token.len() == 43
        && token
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The client's address, for rate limits and logs. Without trusted proxies it is the peer. When
/// the peer is one of `trusted` (nginx's `set_real_ip_from` with `real_ip_recursive on`), the
/// `X-Forwarded-For` entries are read from the right, skipping trusted proxies, and the first
/// address that is not one is the client. Entries further left were written by the client itself
/// and may say anything, so they are never read; an entry that is not an address stops the walk
/// at the nearest trusted hop. No peer at all (a test calling the app directly) is `local`.
pub fn client_address(
    headers: &HeaderMap,
    peer: Option<std::net::IpAddr>,
    trusted: &[ipnet::IpNet],
) -> String {
    let Some(peer) = peer.map(|p| p.to_canonical()) else {
        return "local".into();
    };
    let is_trusted = |ip: &std::net::IpAddr| trusted.iter().any(|net| net.contains(ip));
    if !is_trusted(&peer) {
        return peer.to_string();
    }
    let entries: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .filter(|e| !e.is_empty())
        .collect();
    let mut client = peer;
    for entry in entries.iter().rev() {
        let Some(ip) = forwarded_ip(entry) else {
            break;
        };
        client = ip;
        if !is_trusted(&ip) {
            break;
        }
    }
    client.to_string()
}

/// The client's address (see [`client_address`]), for rate limits and logs.
pub struct Client(pub String);

impl FromRequestParts<AppState> for Client {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let peer = parts
            .extensions
            .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
            .map(|c| c.0.ip());
        Ok(Client(client_address(
            &parts.headers,
            peer,
            &state.settings.trusted_proxies,
        )))
    }
}

/// An `X-Forwarded-For` entry: `1.2.3.4`, `1.2.3.4:5678`, `::1` or `[::1]:80`.
fn forwarded_ip(entry: &str) -> Option<std::net::IpAddr> {
    entry
        .parse::<std::net::IpAddr>()
        .or_else(|_| entry.parse::<std::net::SocketAddr>().map(|s| s.ip()))
        .ok()
        .map(|ip| ip.to_canonical())
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
            .unwrap_or(Language::JA);
        Ok(Lang(Tr::new(lang)))
    }
}

/// Remembers a language chosen with `?lang=` in a cookie, so the next page keeps it.
pub async fn remember_language(
    axum::extract::State(state): axum::extract::State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let chosen = request.uri().query().and_then(|q| {
        q.split('&')
            .filter_map(|p| p.split_once('='))
            .find(|(k, _)| *k == "lang")
            .and_then(|(_, v)| Language::from_code(v))
    });
    let mut response = next.run(request).await;
    if let Some(lang) = chosen {
        let secure = if state.settings.secure_cookies() {
            "; Secure"
        } else {
            ""
        };
        if let Ok(v) = HeaderValue::from_str(&format!(
            "lang={}; Path=/; Max-Age=31536000; SameSite=Lax{secure}",
            lang.code()
        )) {
            response.headers_mut().append(header::SET_COOKIE, v);
        }
    }
    response
}

/// Refuses a form post from another site (a second line behind the CSRF tokens, which every
/// form carries, the sign-in forms included). With an `Origin` header the origin must be ours;
/// without one (older browsers, some privacy settings) the browser's `Sec-Fetch-Site` is
/// believed where it is sent: only `same-origin` (or `none`, a post the user made themselves)
/// passes. A post with neither is judged by its CSRF token alone.
pub async fn same_origin_posts(
    axum::extract::State(state): axum::extract::State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    if request.method() != Method::GET
        && request.method() != Method::HEAD
        && !request.uri().path().starts_with("/api/")
        && !post_is_ours(request.headers(), &state.settings.public_url)
    {
        return PageError::forbidden(Tr::new(Language::JA)).into_response();
    }
    next.run(request).await
}

/// Whether a form post's `Origin` (or, without one, `Sec-Fetch-Site`) says it comes from our
/// own pages.
pub fn post_is_ours(headers: &HeaderMap, public_url: &str) -> bool {
    let text = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    if let Some(origin) = text(header::ORIGIN.as_str()) {
        let host = text(header::HOST.as_str()).unwrap_or_default();
        return origin == public_url
            || public_url.starts_with(&format!("{origin}/"))
            || origin == format!("http://{host}")
            || origin == format!("https://{host}");
    }
    match text("sec-fetch-site") {
        Some(site) => matches!(site, "same-origin" | "none"),
        None => true,
    }
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
        "calls.js" => CALLS_JS,
        _ => return StatusCode::NOT_FOUND.into_response(),
    };
    let kind = if name.ends_with(".js") {
        "text/javascript; charset=utf-8"
    } else {
        "text/css; charset=utf-8"
    };
    (
        [
            (header::CONTENT_TYPE, kind),
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
    fn a_cookie_sent_twice_is_believed_in_neither_copy() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("mdg_staff=mine; lang=en; mdg_staff=planted"),
        );
        assert_eq!(cookie(&headers, "mdg_staff"), None);
        assert_eq!(cookie(&headers, "lang").as_deref(), Some("en"));
        let mut split = HeaderMap::new();
        split.append(header::COOKIE, HeaderValue::from_static("mdg_my=a"));
        split.append(header::COOKIE, HeaderValue::from_static("mdg_my=b"));
        assert_eq!(cookie(&split, "mdg_my"), None);
    }

    #[test]
    fn cookie_names_carry_the_host_prefix_over_https() {
        assert_eq!(cookie_name("mdg_staff", true), "__Host-mdg_staff");
        assert_eq!(cookie_name("mdg_staff", false), "mdg_staff");
        let set = our_set_cookie("mdg_my", "v", 60, true);
        let set = set.to_str().expect("ascii");
        assert!(set.starts_with("__Host-mdg_my=v; Path=/;"), "{set}");
        assert!(set.contains("; Secure") && !set.contains("Domain"), "{set}");
    }

    fn forwarded(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(
            "x-forwarded-for",
            HeaderValue::from_str(value).expect("ascii"),
        );
        headers
    }

    #[test]
    fn the_client_is_the_right_most_address_that_is_not_a_trusted_proxy() {
        let trusted: Vec<ipnet::IpNet> = vec![
            "10.0.0.0/8".parse().expect("cidr"),
            "192.0.2.1/32".parse().expect("cidr"),
        ];
        let proxy = Some("10.1.2.3".parse().expect("ip"));
        // A spoofed left-most entry changes nothing.
        for spoof in ["1.1.1.1", "2.2.2.2", "junk", "10.9.9.9"] {
            let h = forwarded(&format!("{spoof}, 203.0.113.7, 192.0.2.1"));
            assert_eq!(
                client_address(&h, proxy, &trusted),
                "203.0.113.7",
                "{spoof}"
            );
        }
        // Without trusted proxies, or from an untrusted peer, the header is not read at all.
        let h = forwarded("203.0.113.7");
        assert_eq!(client_address(&h, proxy, &[]), "10.1.2.3");
        let stranger = Some("198.51.100.9".parse().expect("ip"));
        assert_eq!(client_address(&h, stranger, &trusted), "198.51.100.9");
        // Only trusted hops: the left-most of them; garbage stops at the nearest trusted hop.
        assert_eq!(
            client_address(&forwarded("10.0.0.7"), proxy, &trusted),
            "10.0.0.7"
        );
        assert_eq!(
            client_address(&forwarded("not-an-ip"), proxy, &trusted),
            "10.1.2.3"
        );
        assert_eq!(
            client_address(&forwarded("[2001:db8::1]:443"), proxy, &trusted),
            "2001:db8::1"
        );
        // Several headers are one list, in order.
        let mut two = forwarded("1.1.1.1");
        two.append("x-forwarded-for", HeaderValue::from_static("203.0.113.8"));
        assert_eq!(client_address(&two, proxy, &trusted), "203.0.113.8");
        assert_eq!(client_address(&HeaderMap::new(), None, &trusted), "local");
    }

    #[test]
    fn posts_without_origin_are_judged_by_sec_fetch_site() {
        let public = "https://madoguchi.example.lg.jp";
        let with = |pairs: &[(&'static str, &'static str)]| {
            let mut h = HeaderMap::new();
            for (k, v) in pairs {
                h.insert(*k, HeaderValue::from_static(v));
            }
            h
        };
        assert!(post_is_ours(
            &with(&[("origin", "https://madoguchi.example.lg.jp")]),
            public
        ));
        assert!(!post_is_ours(
            &with(&[("origin", "https://evil.example")]),
            public
        ));
        assert!(!post_is_ours(
            &with(&[("sec-fetch-site", "cross-site")]),
            public
        ));
        assert!(!post_is_ours(
            &with(&[("sec-fetch-site", "same-site")]),
            public
        ));
        assert!(post_is_ours(
            &with(&[("sec-fetch-site", "same-origin")]),
            public
        ));
        assert!(post_is_ours(&with(&[]), public));
    }

    #[test]
    fn pages_carry_lang_and_escape_text() {
        let out = page(
            Tr::new(Language::from_code("en").expect("en")),
            "<script>",
            html! { p { "<b>" } },
            PageOptions::default(),
        )
        .into_string();
        assert!(out.contains("<html lang=\"en\" dir=\"ltr\">"));
        assert!(!out.contains("<script>"));
        assert!(out.contains("&lt;b&gt;"));
    }
}
