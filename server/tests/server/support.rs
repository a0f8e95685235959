//! The harness: a fresh database per test (SQLite always, PostgreSQL too when
//! `MADOGUCHI_TEST_POSTGRES` is set), the app with a hand-moved clock, an SMTP listener on
//! loopback, and helpers that play the kiosk, the phone and the counter.

use std::sync::{Arc, Mutex};

use axum::body::Body;
use axum::http::{header, HeaderMap, Method, Request, StatusCode};
use axum::Router;
use base64::Engine as _;
use madoguchi_core::envelope::{generate_keypair, Envelope, PublicKey, SealedApplication};
use madoguchi_core::receipt::{ContinuationToken, IdempotencyKey, ReceiptNumber};
use madoguchi_core::{Application, Language};
use madoguchi_server::clock::ManualClock;
use madoguchi_server::mail::Mailer;
use madoguchi_server::ratelimit::RateLimits;
use madoguchi_server::sealed::{DataKey, Keyring};
use madoguchi_server::storage::{Db, Role, User};
use madoguchi_server::{app, auth, enrolment, secret, AppState, Settings};
use madoguchi_test_support::sample;
use rand_core::{OsRng, TryRngCore as _};
use serde_json::Value;
use time::macros::datetime;
use tokio::io::{AsyncBufReadExt as _, AsyncWriteExt as _, BufReader};
use tower::ServiceExt as _;

pub const OFFICE_A: &str = "13010";
pub const OFFICE_B: &str = "27001";
pub const PUBLIC_URL: &str = "http://madoguchi.test";

/// One database for one test.
pub struct TestDb {
    pub url: String,
    pub label: &'static str,
    _dir: Option<tempfile::TempDir>,
}

/// The databases every test runs on.
pub async fn databases() -> Vec<TestDb> {
    let mut out = Vec::new();
    let dir = tempfile::tempdir().expect("tempdir");
    out.push(TestDb {
        url: format!("sqlite://{}", dir.path().join("test.db").display()),
        label: "sqlite",
        _dir: Some(dir),
    });
    if let Ok(admin) = std::env::var("MADOGUCHI_TEST_POSTGRES") {
        if !admin.trim().is_empty() {
            out.push(TestDb {
                url: fresh_postgres(admin.trim()).await,
                label: "postgres",
                _dir: None,
            });
        }
    }
    out
}

/// Creates a database with a random name next to the one in `admin` and returns its URL.
async fn fresh_postgres(admin: &str) -> String {
    use sqlx::Connection as _;
    sqlx::any::install_default_drivers();
    let mut bytes = [0u8; 8];
    rand_core::RngCore::fill_bytes(&mut OsRng.unwrap_err(), &mut bytes);
    let name = format!(
        "mdg_{}",
        bytes.iter().map(|b| format!("{b:02x}")).collect::<String>()
    );
    let mut conn = sqlx::AnyConnection::connect(admin)
        .await
        .expect("connect to MADOGUCHI_TEST_POSTGRES");
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .execute(&mut conn)
        .await
        .expect("create database");
    let _ = conn.close().await;
    let (base, query) = match admin.split_once('?') {
        Some((b, q)) => (b, format!("?{q}")),
        None => (admin, String::new()),
    };
    let prefix = match base.rfind('/') {
        Some(i) if i > "postgres://".len() => &base[..i],
        _ => base,
    };
    format!("{prefix}/{name}{query}")
}

/// A message the test SMTP server received.
#[derive(Clone, Debug)]
pub struct ReceivedMail {
    pub to: Vec<String>,
    pub data: String,
}

impl ReceivedMail {
    /// The text body, with quoted-printable or base64 undone.
    pub fn body(&self) -> String {
        let (head, body) = self.data.split_once("\r\n\r\n").unwrap_or(("", &self.data));
        let head = head.to_ascii_lowercase();
        if head.contains("content-transfer-encoding: base64") {
            let joined: String = body.split_whitespace().collect();
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(joined)
                .unwrap_or_default();
            String::from_utf8_lossy(&bytes).into_owned()
        } else if head.contains("content-transfer-encoding: quoted-printable") {
            decode_quoted_printable(body)
        } else {
            body.to_owned()
        }
    }

    /// The first run of six digits in the body: the email code.
    pub fn code(&self) -> Option<String> {
        let body = self.body();
        let chars: Vec<char> = body.chars().collect();
        chars.windows(6).enumerate().find_map(|(i, w)| {
            let before = i
                .checked_sub(1)
                .and_then(|j| chars.get(j))
                .is_some_and(|c| c.is_ascii_digit());
            let after = chars.get(i + 6).is_some_and(|c| c.is_ascii_digit());
            (w.iter().all(|c| c.is_ascii_digit()) && !before && !after).then(|| w.iter().collect())
        })
    }
}

fn decode_quoted_printable(text: &str) -> String {
    let mut bytes = Vec::new();
    let raw = text.replace("=\r\n", "");
    let mut iter = raw.bytes().peekable();
    while let Some(b) = iter.next() {
        if b == b'=' {
            let hi = iter.next();
            let lo = iter.next();
            if let (Some(hi), Some(lo)) = (hi, lo) {
                if let Ok(v) = u8::from_str_radix(&format!("{}{}", hi as char, lo as char), 16) {
                    bytes.push(v);
                    continue;
                }
            }
        } else {
            bytes.push(b);
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// A tiny SMTP server on loopback that keeps every message it is given.
#[derive(Clone)]
pub struct SmtpSink {
    pub port: u16,
    pub mails: Arc<Mutex<Vec<ReceivedMail>>>,
}

impl SmtpSink {
    pub async fn start() -> SmtpSink {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind smtp");
        let port = listener.local_addr().expect("addr").port();
        let mails = Arc::new(Mutex::new(Vec::new()));
        let store = mails.clone();
        tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                let store = store.clone();
                tokio::spawn(async move {
                    let _ = smtp_session(socket, store).await;
                });
            }
        });
        SmtpSink { port, mails }
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    pub fn all(&self) -> Vec<ReceivedMail> {
        self.mails.lock().map(|m| m.clone()).unwrap_or_default()
    }

    pub fn last_to(&self, address: &str) -> Option<ReceivedMail> {
        self.all()
            .into_iter()
            .rev()
            .find(|m| m.to.iter().any(|t| t.contains(address)))
    }
}

async fn smtp_session(
    socket: tokio::net::TcpStream,
    store: Arc<Mutex<Vec<ReceivedMail>>>,
) -> std::io::Result<()> {
    let (read, mut write) = socket.into_split();
    let mut lines = BufReader::new(read);
    write.write_all(b"220 sink.test ESMTP\r\n").await?;
    let mut to = Vec::new();
    let mut line = String::new();
    loop {
        line.clear();
        if lines.read_line(&mut line).await? == 0 {
            return Ok(());
        }
        let upper = line.to_ascii_uppercase();
        if upper.starts_with("EHLO") {
            write
                .write_all(b"250-sink.test\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n")
                .await?;
        } else if upper.starts_with("HELO")
            || upper.starts_with("MAIL FROM")
            || upper.starts_with("RSET")
            || upper.starts_with("NOOP")
        {
            if upper.starts_with("RSET") {
                to.clear();
            }
            write.write_all(b"250 ok\r\n").await?;
        } else if upper.starts_with("RCPT TO") {
            to.push(line.trim().to_owned());
            write.write_all(b"250 ok\r\n").await?;
        } else if upper.starts_with("DATA") {
            write.write_all(b"354 go ahead\r\n").await?;
            let mut data = String::new();
            loop {
                let mut l = String::new();
                if lines.read_line(&mut l).await? == 0 {
                    return Ok(());
                }
                if l == ".\r\n" || l == ".\n" {
                    break;
                }
                let l = l.strip_prefix('.').map(str::to_owned).unwrap_or(l);
                data.push_str(&l);
            }
            if let Ok(mut mails) = store.lock() {
                mails.push(ReceivedMail {
                    to: std::mem::take(&mut to),
                    data,
                });
            }
            write.write_all(b"250 queued\r\n").await?;
        } else if upper.starts_with("QUIT") {
            write.write_all(b"221 bye\r\n").await?;
            return Ok(());
        } else {
            write.write_all(b"502 not implemented\r\n").await?;
        }
    }
}

/// The server under test with everything around it.
pub struct Harness {
    pub label: &'static str,
    /// The state `app` was built from (tests reach settings and the key through it).
    #[allow(dead_code)]
    pub state: AppState,
    pub app: Router,
    pub clock: Arc<ManualClock>,
    pub public_key: PublicKey,
    pub smtp: SmtpSink,
    pub db: Db,
    /// The data key the database is sealed under.
    #[allow(dead_code)]
    pub data_key: DataKey,
    /// Where the database lives: an `sqlite://` file or a `postgres://` database.
    #[allow(dead_code)]
    pub url: String,
    _db: TestDb,
}

/// A response, read whole.
#[derive(Debug)]
pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

impl Answer {
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|_| panic!("not JSON: {}", self.text()))
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    pub fn content_type(&self) -> String {
        self.headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    }

    pub fn location(&self) -> String {
        self.headers
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    }

    /// `name=value` of a `Set-Cookie` header with this name.
    pub fn cookie(&self, name: &str) -> Option<String> {
        self.headers
            .get_all(header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find_map(|v| {
                let first = v.split(';').next()?;
                let (k, value) = first.split_once('=')?;
                (k == name && !value.is_empty()).then(|| first.to_owned())
            })
    }

    /// Asserts a problem document with this status and code.
    #[track_caller]
    pub fn assert_problem(&self, status: u16, code: &str) {
        assert_eq!(self.status.as_u16(), status, "{}", self.text());
        assert_eq!(
            self.content_type(),
            "application/problem+json",
            "{}",
            self.text()
        );
        let p = self.json();
        assert_eq!(p["code"], code, "{p}");
        assert_eq!(p["status"], status, "{p}");
    }
}

/// A kiosk as the harness enrolled it.
#[derive(Clone, Debug)]
pub struct TestKiosk {
    pub kiosk_id: String,
    pub token: String,
    pub office_code: String,
}

/// What the kiosk submitted, with the secrets the visitor took away.
#[derive(Clone, Debug)]
pub struct Submitted {
    pub key: String,
    pub body: String,
    pub receipt: String,
    pub token: ContinuationToken,
    pub answer: Value,
}

impl Submitted {
    pub fn id(&self) -> String {
        self.answer["application_id"]
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    pub fn path(&self) -> String {
        format!("/c/{}", self.token.as_str())
    }
}

pub fn rng() -> impl rand_core::CryptoRng {
    OsRng.unwrap_err()
}

/// A complete application that core's checks pass: 山田 春男's, with `email`, in `language`.
pub fn sample_application(language: Language, email: &str) -> Application {
    Application {
        language,
        ..sample::application(&sample::haruo().with_email(email))
    }
}

/// With `MADOGUCHI_TEST_LOG=FILE`, every event of every test, at every level, is appended to
/// FILE by one global subscriber (see `logs.rs` for why and how it is checked).
pub fn capture_logs() {
    madoguchi_test_support::trace::capture_to_file_from("MADOGUCHI_TEST_LOG");
}

impl Harness {
    pub async fn new(db: TestDb) -> Harness {
        Harness::with_limits(db, RateLimits::disabled()).await
    }

    pub async fn with_limits(test_db: TestDb, limits: RateLimits) -> Harness {
        capture_logs();
        let data_key = DataKey::generate(&mut rng());
        let db = Db::open_sealed(&test_db.url, Keyring::new(data_key.clone()))
            .await
            .unwrap_or_else(|e| panic!("open {}: {e}", test_db.label));
        let (private, public_key) = generate_keypair(&mut rng());
        let clock = Arc::new(ManualClock::new(datetime!(2026-11-25 01:00 UTC)));
        let smtp = SmtpSink::start().await;
        let mailer = Mailer::smtp(&smtp.url(), "madoguchi@example.jp").expect("mailer");
        let mut state = AppState::new(
            db.clone(),
            private,
            Settings::new(PUBLIC_URL),
            clock.clone(),
            mailer,
        );
        state.limits = Arc::new(limits);
        let now = clock.now_unix();
        db.ensure_office(OFFICE_A, "ハローワーク飯田橋", now)
            .await
            .expect("office A");
        db.ensure_office(OFFICE_B, "ハローワーク大阪東", now)
            .await
            .expect("office B");
        Harness {
            label: test_db.label,
            app: app(state.clone()),
            state,
            clock,
            public_key,
            smtp,
            db,
            data_key,
            url: test_db.url.clone(),
            _db: test_db,
        }
    }

    pub async fn send(&self, request: Request<Body>) -> Answer {
        let response = self.app.clone().oneshot(request).await.expect("infallible");
        let status = response.status();
        let headers = response.headers().clone();
        let body = axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .expect("body")
            .to_vec();
        Answer {
            status,
            headers,
            body,
        }
    }

    pub async fn get(&self, path: &str, cookie: Option<&str>) -> Answer {
        let mut builder = Request::builder().method(Method::GET).uri(path);
        if let Some(c) = cookie {
            builder = builder.header(header::COOKIE, c);
        }
        self.send(builder.body(Body::empty()).expect("request"))
            .await
    }

    pub async fn post_json(
        &self,
        path: &str,
        bearer: Option<&str>,
        headers: &[(&str, &str)],
        body: &str,
    ) -> Answer {
        let mut builder = Request::builder()
            .method(Method::POST)
            .uri(path)
            .header(header::CONTENT_TYPE, "application/json");
        if let Some(token) = bearer {
            builder = builder.header(header::AUTHORIZATION, format!("Bearer {token}"));
        }
        for (k, v) in headers {
            builder = builder.header(*k, *v);
        }
        self.send(builder.body(Body::from(body.to_owned())).expect("request"))
            .await
    }

    pub async fn post_form(
        &self,
        path: &str,
        cookie: Option<&str>,
        fields: &[(&str, &str)],
    ) -> Answer {
        self.post_form_from(None, path, cookie, fields).await
    }

    /// A form post from a client at `peer` (an IP address), as the server sees the connection.
    pub async fn post_form_from(
        &self,
        peer: Option<&str>,
        path: &str,
        cookie: Option<&str>,
        fields: &[(&str, &str)],
    ) -> Answer {
        let body = fields
            .iter()
            .map(|(k, v)| format!("{}={}", form_encode(k), form_encode(v)))
            .collect::<Vec<_>>()
            .join("&");
        let mut builder = Request::builder()
            .method(Method::POST)
            .uri(path)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
        if let Some(c) = cookie {
            builder = builder.header(header::COOKIE, c);
        }
        if let Some(ip) = peer {
            let ip: std::net::IpAddr = ip.parse().expect("an IP address");
            builder = builder.extension(axum::extract::ConnectInfo(std::net::SocketAddr::new(
                ip, 40_000,
            )));
        }
        self.send(builder.body(Body::from(body)).expect("request"))
            .await
    }

    /// A `multipart/form-data` post, as a browser sends a form with a file: text fields, then
    /// files as (field, file name, bytes).
    pub async fn post_multipart(
        &self,
        path: &str,
        cookie: Option<&str>,
        fields: &[(&str, &str)],
        files: &[(&str, &str, &[u8])],
    ) -> Answer {
        let boundary = "----madoguchi-test-boundary-7MA4YWxkTrZu0gW";
        let mut body: Vec<u8> = Vec::new();
        for (name, value) in fields {
            body.extend_from_slice(
                format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
                    .as_bytes(),
            );
        }
        for (name, file_name, bytes) in files {
            body.extend_from_slice(
                format!(
                    "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{file_name}\"\r\nContent-Type: text/csv\r\n\r\n"
                )
                .as_bytes(),
            );
            body.extend_from_slice(bytes);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        let mut builder = Request::builder().method(Method::POST).uri(path).header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={boundary}"),
        );
        if let Some(c) = cookie {
            builder = builder.header(header::COOKIE, c);
        }
        self.send(builder.body(Body::from(body)).expect("request"))
            .await
    }

    /// Opens a sign-in form (`/counter/signin`, `/my/signin`) and posts it with its pre-session
    /// CSRF token, as a browser does.
    pub async fn sign_in(&self, path: &str, fields: &[(&str, &str)]) -> Answer {
        self.sign_in_from(None, path, fields).await
    }

    /// [`Harness::sign_in`] from a client at `peer`.
    pub async fn sign_in_from(
        &self,
        peer: Option<&str>,
        path: &str,
        fields: &[(&str, &str)],
    ) -> Answer {
        let form = self.get(path, None).await;
        let csrf = hidden_value(&form.text(), "csrf").expect("a CSRF token on the sign-in form");
        let cookie = form
            .cookie("mdg_signin")
            .expect("the sign-in form's cookie");
        let mut with_token = fields.to_vec();
        with_token.push(("csrf", &csrf));
        self.post_form_from(peer, path, Some(&cookie), &with_token)
            .await
    }

    /// `kiosk add` then enrolment, as an administrator and the kiosk would.
    pub async fn enrol(&self, office: &str, kiosk_id: &str) -> TestKiosk {
        let added = enrolment::add_kiosk(
            &self.db,
            office,
            None,
            kiosk_id,
            self.clock.now_unix(),
            &mut rng(),
        )
        .await
        .expect("kiosk add");
        let body = serde_json::json!({ "code": added.code, "kiosk_id": kiosk_id }).to_string();
        let answer = self
            .post_json("/api/v1/kiosks/enroll", None, &[], &body)
            .await;
        assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text());
        let json = answer.json();
        assert_eq!(json["server_public_key"], self.public_key.to_base64());
        TestKiosk {
            kiosk_id: kiosk_id.to_owned(),
            token: json["kiosk_token"].as_str().expect("token").to_owned(),
            office_code: json["office_code"].as_str().expect("office").to_owned(),
        }
    }

    /// Seals an application the way the kiosk does.
    pub fn seal(
        &self,
        kiosk: &TestKiosk,
        key: &str,
        application: &Application,
    ) -> (String, String, ContinuationToken) {
        let receipt = ReceiptNumber::generate(&mut rng());
        let token = ContinuationToken::generate(&mut rng());
        let payload = SealedApplication {
            application: application.clone(),
            receipt: receipt.to_string(),
            continuation_token: token.as_str().to_owned(),
            submitted_at: "2026-11-25T10:00:00+09:00".into(),
            office_code: kiosk.office_code.clone(),
        };
        let envelope = Envelope::seal_application(
            &self.public_key,
            &kiosk.kiosk_id,
            key,
            &payload,
            &mut rng(),
        )
        .expect("seal");
        (envelope.to_base64(), receipt.to_string(), token)
    }

    pub async fn submit_body(&self, kiosk: &TestKiosk, key: &str, envelope: &str) -> Answer {
        let body = serde_json::json!({ "envelope": envelope }).to_string();
        self.post_json(
            "/api/v1/applications",
            Some(&kiosk.token),
            &[("Idempotency-Key", key)],
            &body,
        )
        .await
    }

    /// Seals and submits a fresh application; asserts 201.
    pub async fn submit(&self, kiosk: &TestKiosk, application: &Application) -> Submitted {
        let key = IdempotencyKey::generate(&mut rng()).as_str().to_owned();
        let (envelope, receipt, token) = self.seal(kiosk, &key, application);
        let answer = self.submit_body(kiosk, &key, &envelope).await;
        assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text());
        Submitted {
            key,
            body: envelope,
            receipt,
            token,
            answer: answer.json(),
        }
    }

    /// Adds a user with a known password and signs them in; returns the session cookie and CSRF token.
    pub async fn staff(&self, login: &str, role: Role, office: Option<&str>) -> Staff {
        let password = format!("{login} counter pass phrase");
        let hash = auth::hash_password(password.clone()).await.expect("hash");
        let user = User {
            id: secret::id("usr", &mut rng()),
            login: login.to_owned(),
            display_name: login.to_owned(),
            role,
            office_code: office.map(str::to_owned),
            password_hash: hash,
        };
        self.db
            .add_user(&user, self.clock.now_unix())
            .await
            .expect("add user");
        let answer = self
            .sign_in(
                "/counter/signin",
                &[("login", login), ("password", &password)],
            )
            .await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.text());
        let cookie = answer.cookie("mdg_staff").expect("session cookie");
        let page = self.get("/counter", Some(&cookie)).await;
        let csrf = hidden_value(&page.text(), "csrf").expect("csrf on the counter page");
        Staff { cookie, csrf }
    }
}

/// A signed-in staff member.
#[derive(Clone, Debug)]
pub struct Staff {
    pub cookie: String,
    pub csrf: String,
}

pub trait NowUnix {
    fn now_unix(&self) -> i64;
}

impl NowUnix for ManualClock {
    fn now_unix(&self) -> i64 {
        madoguchi_server::clock::Clock::unix(self)
    }
}

pub fn form_encode(text: &str) -> String {
    let mut out = String::new();
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// The value of `<input type="hidden" name=NAME value=…>` in a page.
pub fn hidden_value(html: &str, name: &str) -> Option<String> {
    let marker = format!("name=\"{name}\" value=\"");
    let start = html.find(&marker)? + marker.len();
    let end = html[start..].find('"')? + start;
    Some(html[start..end].to_owned())
}

/// Every test's body runs once per database.
#[macro_export]
macro_rules! on_every_database {
    (|$h:ident| $body:block) => {
        for db in $crate::support::databases().await {
            let $h = $crate::support::Harness::new(db).await;
            eprintln!("-- on {}", $h.label);
            $body
        }
    };
}

/// With `UPDATE_SCREENS`: a page as the server answered it, with its stylesheet inlined,
/// photographed by headless Chromium into `docs/screens/<folder>/<name>.png`.
pub async fn photograph(
    h: &Harness,
    html: &str,
    folder: &str,
    name: &str,
    (width, height): (u32, u32),
) {
    let css = h.get("/static/site.css", None).await.text();
    let page = html.replace(
        r#"<link rel="stylesheet" href="/static/site.css">"#,
        &format!("<style>{css}</style>"),
    );
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("page.html");
    std::fs::write(&file, page).expect("write the page");
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../docs/screens")
        .join(folder)
        .join(format!("{name}.png"));
    let shot = std::process::Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            &format!("--window-size={width},{height}"),
            &format!("--screenshot={}", out.display()),
            &format!("file://{}", file.display()),
        ])
        .output()
        .expect("chromium runs");
    assert!(out.exists(), "{}", String::from_utf8_lossy(&shot.stderr));
}
