//! The openings every page handler shared, as axum extractors: who is signed in ([`Staff`] at
//! the counter, [`Visitor`] on My Page), which live continuation token a phone page is about
//! ([`LiveToken`], [`LivePost`]), and a form whose CSRF field matches the session
//! ([`CsrfForm`]). A handler names what it needs in its arguments and starts with its own work.
//!
//! Extractors run in argument order, and each refuses the way the handlers did before: no
//! session sends the reader to sign in, a rate limit answers 429 before anything is looked up,
//! a malformed form answers 400 and a wrong CSRF token 403, in the reader's language.

use std::marker::PhantomData;

use axum::extract::rejection::QueryRejection;
use axum::extract::Multipart;
use axum::extract::{
    FromRequest, FromRequestParts, OptionalFromRequestParts, Path, Query, Request,
};
use axum::http::request::Parts;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use axum::Form;
use madoguchi_core::receipt::ContinuationToken;
use madoguchi_core::{Application, Language};
use serde::de::DeserializeOwned;
use serde::Deserialize;

use crate::auth;
use crate::continuation::{self, Access, Live, TokenState};
use crate::i18n::Tr;
use crate::ratelimit::Limit;
use crate::state::AppState;
use crate::storage::{ApplicationRecord, SessionKind, User};
use crate::web::{self, Client, Lang, PageError, WithTr as _};

/// The counter's session cookie.
pub const STAFF_COOKIE: &str = "mdg_staff";
/// My Page's session cookie.
pub const MY_PAGE_COOKIE: &str = "mdg_my";
/// The browser that proved a token (the mailed code or the birth date) carries this cookie's
/// secret; see [`continuation::access`].
pub const PHONE_COOKIE: &str = "mdg_phone";

/// The page's `?lang=` and the notices some pages show after a redirect.
#[derive(Deserialize, Default)]
pub struct LangQuery {
    pub lang: Option<String>,
    pub sent: Option<String>,
    pub saved: Option<String>,
}

impl LangQuery {
    /// The language asked for with `?lang=`, else `fallback`.
    pub fn tr(&self, fallback: Language) -> Tr {
        Tr::new(
            self.lang
                .as_deref()
                .and_then(Language::from_code)
                .unwrap_or(fallback),
        )
    }
}

/// The query of a request, as `Query<LangQuery>` reads it (a malformed one is refused the same
/// way).
fn lang_query(parts: &Parts) -> Result<LangQuery, QueryRejection> {
    Query::<LangQuery>::try_from_uri(&parts.uri).map(|Query(q)| q)
}

/// Takes one token of `which` for `key`, or the 429 page.
pub async fn limit(state: &AppState, tr: Tr, which: Limit, key: &str) -> Result<(), PageError> {
    state
        .limit(which, key)
        .await
        .map_err(|wait| PageError::limited(tr, wait))
}

/// Why a request has no session: the page to go to instead (sign-in), or a failure page.
pub struct SignInFirst(Response);

impl IntoResponse for SignInFirst {
    fn into_response(self) -> Response {
        self.0
    }
}

impl From<PageError> for SignInFirst {
    fn from(e: PageError) -> SignInFirst {
        SignInFirst(e.into_response())
    }
}

/// The session's CSRF token and language, left in the request by [`Staff`] or [`Visitor`] for
/// [`CsrfForm`].
#[derive(Clone)]
struct SessionCsrf {
    csrf: String,
    tr: Tr,
}

// ---------------------------------------------------------------------------------------------
// The counter

/// A signed-in staff member or admin (the session not idle too long); without one, the
/// sign-in page.
pub struct Staff {
    pub user: User,
    pub csrf: String,
    pub tr: Tr,
}

impl FromRequestParts<AppState> for Staff {
    type Rejection = SignInFirst;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let Lang(tr) = match Lang::from_request_parts(parts, state).await {
            Ok(lang) => lang,
            Err(never) => match never {},
        };
        let to_sign_in = || SignInFirst(web::see_other("/counter/signin"));
        let secure = state.settings.secure_cookies();
        let cookie =
            web::our_cookie(&parts.headers, STAFF_COOKIE, secure).ok_or_else(to_sign_in)?;
        let idle = state.settings.staff_idle.whole_seconds();
        let session = auth::find_session(&state.db, &cookie, SessionKind::Staff, state.now(), idle)
            .await
            .tr(tr)?
            .ok_or_else(to_sign_in)?;
        let user = state
            .db
            .user(&session.subject)
            .await
            .tr(tr)?
            .ok_or_else(to_sign_in)?;
        parts.extensions.insert(SessionCsrf {
            csrf: session.csrf.clone(),
            tr,
        });
        Ok(Staff {
            user,
            csrf: session.csrf,
            tr,
        })
    }
}

// ---------------------------------------------------------------------------------------------
// My Page

/// The visitor signed in to My Page, with their application; without a session, the sign-in
/// page. The language is `?lang=`, else the `lang` cookie, else the application's.
pub struct Visitor {
    pub record: ApplicationRecord,
    pub app: Application,
    pub csrf: String,
    pub tr: Tr,
}

/// My Page's sign-in, keeping a `?lang=` asked for.
pub fn my_signin_redirect(query: &LangQuery) -> Response {
    match query.lang.as_deref().and_then(Language::from_code) {
        Some(lang) => web::see_other(&format!("/my/signin?lang={}", lang.code())),
        None => web::see_other("/my/signin"),
    }
}

impl Visitor {
    /// The signed-in visitor, if any.
    async fn find(
        parts: &mut Parts,
        state: &AppState,
        query: &LangQuery,
    ) -> Result<Option<Visitor>, PageError> {
        let fallback = Tr::new(Language::JA);
        let headers = &parts.headers;
        let Some(cookie) =
            web::our_cookie(headers, MY_PAGE_COOKIE, state.settings.secure_cookies())
        else {
            return Ok(None);
        };
        let idle = state.settings.my_page_idle.whole_seconds();
        let Some(session) =
            auth::find_session(&state.db, &cookie, SessionKind::MyPage, state.now(), idle)
                .await
                .tr(fallback)?
        else {
            return Ok(None);
        };
        let Some(record) = state.db.application(&session.subject).await.tr(fallback)? else {
            return Ok(None);
        };
        let lang_cookie = web::cookie(headers, "lang").and_then(|c| Language::from_code(&c));
        let tr = query.tr(lang_cookie
            .unwrap_or_else(|| Language::from_code(&record.language).unwrap_or_default()));
        let app = continuation::application_of(&record).map_err(|e| PageError::internal(tr, e))?;
        parts.extensions.insert(SessionCsrf {
            csrf: session.csrf.clone(),
            tr,
        });
        Ok(Some(Visitor {
            record,
            app,
            csrf: session.csrf,
            tr,
        }))
    }

    /// The same visitor with their application read again (after a write that may have
    /// changed it); as it was if it is gone meanwhile.
    pub async fn reload(self, state: &AppState) -> Result<Visitor, PageError> {
        let Some(record) = state.db.application(&self.record.id).await.tr(self.tr)? else {
            return Ok(self);
        };
        let app =
            continuation::application_of(&record).map_err(|e| PageError::internal(self.tr, e))?;
        Ok(Visitor {
            record,
            app,
            ..self
        })
    }
}

impl FromRequestParts<AppState> for Visitor {
    type Rejection = SignInFirst;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let query = lang_query(parts).map_err(|e| SignInFirst(e.into_response()))?;
        Visitor::find(parts, state, &query)
            .await?
            .ok_or_else(|| SignInFirst(my_signin_redirect(&query)))
    }
}

impl OptionalFromRequestParts<AppState> for Visitor {
    type Rejection = SignInFirst;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Option<Self>, Self::Rejection> {
        Ok(Visitor::find(parts, state, &LangQuery::default()).await?)
    }
}

// ---------------------------------------------------------------------------------------------
// Forms

/// A posted form with the session's CSRF token in its `csrf` field; `T` holds the other
/// fields. Comes after [`Staff`] or [`Visitor`] in a handler's arguments (without either, every
/// post is refused). A malformed form is 400, a wrong token 403.
pub struct CsrfForm<T>(pub T);

#[derive(Deserialize)]
struct WithCsrf<T> {
    #[serde(default)]
    csrf: String,
    #[serde(flatten)]
    fields: T,
}

impl<T: DeserializeOwned + Send> FromRequest<AppState> for CsrfForm<T> {
    type Rejection = PageError;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let Some(session) = request.extensions().get::<SessionCsrf>().cloned() else {
            return Err(PageError::forbidden(Tr::new(Language::JA)));
        };
        let multipart = request
            .headers()
            .get(axum::http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("multipart/form-data"));
        let form = if multipart {
            let Ok(parts) = Multipart::from_request(request, state).await else {
                return Err(PageError::bad_request(session.tr));
            };
            let Some(pairs) = multipart_pairs(parts).await else {
                return Err(PageError::bad_request(session.tr));
            };
            serde_urlencoded::to_string(&pairs)
                .ok()
                .and_then(|encoded| serde_urlencoded::from_str::<WithCsrf<T>>(&encoded).ok())
        } else {
            Form::<WithCsrf<T>>::from_request(request, state)
                .await
                .ok()
                .map(|Form(form)| form)
        };
        let Some(form) = form else {
            return Err(PageError::bad_request(session.tr));
        };
        if !auth::csrf_matches(&session.csrf, &form.csrf) {
            return Err(PageError::forbidden(session.tr));
        }
        Ok(CsrfForm(form.fields))
    }
}

/// A multipart form's fields as name–value pairs, an uploaded file's content as the value of
/// its field: text in UTF-8 (a byte-order mark dropped) or, failing that, Shift_JIS, as office
/// spreadsheets save CSV. `None` when the body is malformed.
async fn multipart_pairs(mut parts: Multipart) -> Option<Vec<(String, String)>> {
    let mut pairs = Vec::new();
    while let Some(field) = parts.next_field().await.ok()? {
        let name = field.name().unwrap_or_default().to_owned();
        let bytes = field.bytes().await.ok()?;
        pairs.push((name, upload_text(&bytes)));
    }
    Some(pairs)
}

/// An uploaded file's bytes as text: UTF-8 (without its byte-order mark), else Shift_JIS.
pub fn upload_text(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) => encoding_rs::SHIFT_JIS.decode(bytes).0.into_owned(),
    }
}

/// A form with no field but its CSRF token (sign-out, 受理).
#[derive(Deserialize)]
pub struct NoFields {}

/// Both sign-in forms (the counter's `login`, My Page's `email`), with the pre-session CSRF
/// token of [`web::sign_in_token`]; a malformed form is 400 in the reader's language.
#[derive(Deserialize)]
pub struct SignInForm {
    #[serde(alias = "email")]
    pub login: String,
    pub password: String,
    #[serde(default)]
    pub csrf: String,
}

impl FromRequest<AppState> for SignInForm {
    type Rejection = PageError;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let (mut parts, body) = request.into_parts();
        let Lang(tr) = match Lang::from_request_parts(&mut parts, state).await {
            Ok(lang) => lang,
            Err(never) => match never {},
        };
        Form::<SignInForm>::from_request(Request::from_parts(parts, body), state)
            .await
            .map(|Form(form)| form)
            .map_err(|_| PageError::bad_request(tr))
    }
}

impl SignInForm {
    /// Whether the form carries this browser's pre-session token: a form from another site,
    /// or one left open past its token's hour, does not.
    pub fn is_fresh(&self, state: &AppState, headers: &HeaderMap) -> bool {
        web::sign_in_token_matches(headers, state.settings.secure_cookies(), &self.csrf)
    }
}

// ---------------------------------------------------------------------------------------------
// The phone's token pages

/// The rate limit a token page's post draws on.
pub trait TokenLimit {
    const LIMIT: Limit;
}

/// Reading the token page (and asking for a code, and setting the password).
pub struct Browsing;

impl TokenLimit for Browsing {
    const LIMIT: Limit = Limit::TokenPage;
}

/// Guessing a secret: the mailed code or the birth date.
pub struct Guessing;

impl TokenLimit for Guessing {
    const LIMIT: Limit = Limit::EmailCodeGuess;
}

/// A continuation token from the path that exists and is live for this browser, with the
/// browser's proof ([`Access`]: bound or not yet) and its binding secret. Otherwise: 429 when
/// the client asks too often, 404 for what a kiosk never makes, and the token page (which
/// explains) for a token not live.
pub struct LiveToken<L> {
    pub token: ContinuationToken,
    pub live: Live,
    pub access: Access,
    /// The secret of this browser's binding cookie, if it carries one.
    pub binding: Option<String>,
    /// The application's language unless `?lang=` asks for another.
    pub tr: Tr,
    pub query: LangQuery,
    limit: PhantomData<L>,
}

/// What is checked before anything is looked up: the rate limit and the token's form.
struct TokenOpening {
    token: ContinuationToken,
    query: LangQuery,
    tr: Tr,
}

impl TokenOpening {
    async fn read(
        parts: &mut Parts,
        state: &AppState,
        limit_of: Limit,
    ) -> Result<TokenOpening, Response> {
        let Path(text) =
            <Path<String> as FromRequestParts<AppState>>::from_request_parts(parts, state)
                .await
                .map_err(IntoResponse::into_response)?;
        let query = lang_query(parts).map_err(IntoResponse::into_response)?;
        let tr = query.tr(Language::JA);
        let Client(client) = match Client::from_request_parts(parts, state).await {
            Ok(client) => client,
            Err(never) => match never {},
        };
        limit(state, tr, limit_of, &client)
            .await
            .map_err(IntoResponse::into_response)?;
        let token = ContinuationToken::parse(&text)
            .ok_or_else(|| PageError::not_found(tr).into_response())?;
        Ok(TokenOpening { token, query, tr })
    }

    async fn live<L>(
        self,
        state: &AppState,
        headers: &HeaderMap,
    ) -> Result<LiveToken<L>, Response> {
        let again = || web::see_other(&format!("/c/{}", self.token.as_str()));
        let TokenState::Open(live) = continuation::lookup(state, &self.token)
            .await
            .tr(self.tr)
            .map_err(IntoResponse::into_response)?
        else {
            return Err(again());
        };
        let binding = binding_secret(state, headers);
        let access = continuation::access(&live, binding.as_deref(), state.now());
        if access == Access::Expired {
            return Err(again());
        }
        let tr = self
            .query
            .tr(Language::from_code(&live.record.language).unwrap_or_default());
        Ok(LiveToken {
            token: self.token,
            live: *live,
            access,
            binding,
            tr,
            query: self.query,
            limit: PhantomData,
        })
    }
}

/// The browser's binding secret, if it carries one.
pub fn binding_secret(state: &AppState, headers: &HeaderMap) -> Option<String> {
    web::our_cookie(headers, PHONE_COOKIE, state.settings.secure_cookies())
        .filter(|v| !v.is_empty())
}

impl<L: TokenLimit + Send + Sync> FromRequestParts<AppState> for LiveToken<L> {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let opening = TokenOpening::read(parts, state, L::LIMIT).await?;
        opening.live(state, &parts.headers).await
    }
}

/// A form posted to a live token's page: [`LiveToken`] with the form read between the token's
/// checks and its lookup (a malformed form is 400 whatever the token's state).
pub struct LivePost<L, T>(pub LiveToken<L>, pub T);

impl<L: TokenLimit + Send + Sync, T: DeserializeOwned + Send> FromRequest<AppState>
    for LivePost<L, T>
{
    type Rejection = Response;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let (mut parts, body) = request.into_parts();
        let opening = TokenOpening::read(&mut parts, state, L::LIMIT).await?;
        let headers = parts.headers.clone();
        let Ok(Form(form)) = Form::<T>::from_request(Request::from_parts(parts, body), state).await
        else {
            return Err(PageError::bad_request(opening.tr).into_response());
        };
        let page = opening.live(state, &headers).await?;
        Ok(LivePost(page, form))
    }
}
