//! Accounts and sessions as an attacker tries them: locking someone out by failing on their
//! login, spoofing `X-Forwarded-For`, planting a second cookie, posting a sign-in form from
//! another site, and keeping a session alive after the user was disabled, the kiosk revoked,
//! the password changed or the counter PC left alone.

use std::io::Write as _;
use std::process::{Command, Stdio};
use std::sync::Arc;

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use madoguchi_core::Language;
use madoguchi_server::ratelimit::RateLimits;
use madoguchi_server::storage::{Role, SessionKind, User};
use madoguchi_server::{auth, secret, Settings};
use time::Duration;

use crate::support::{
    databases, form_encode, hidden_value, rng, sample_application, Answer, Harness, NowUnix as _,
    OFFICE_A, PUBLIC_URL,
};

const BIN: &str = env!("CARGO_BIN_EXE_madoguchi-server");
const LOGIN: &str = "tanaka";
const PASSWORD: &str = "tanaka counter pass phrase";

/// A staff user with [`PASSWORD`], not signed in.
async fn add_staff(h: &Harness, login: &str, password: &str) {
    let user = User {
        id: secret::id("usr", &mut rng()),
        login: login.to_owned(),
        display_name: login.to_owned(),
        role: Role::Staff,
        office_code: Some(OFFICE_A.to_owned()),
        password_hash: auth::hash_password(password.to_owned())
            .await
            .expect("hash"),
    };
    h.db.add_user(&user, h.clock.now_unix())
        .await
        .expect("add user");
}

/// The harness with other settings (the app is rebuilt from them).
fn reconfigure(h: &mut Harness, change: impl FnOnce(&mut Settings)) {
    let mut state = h.state.clone();
    change(Arc::make_mut(&mut state.settings));
    h.app = madoguchi_server::app(state.clone());
    h.state = state;
}

/// A form post with any headers; the body is URL-encoded.
async fn post_with(
    h: &Harness,
    path: &str,
    headers: &[(&str, &str)],
    peer: Option<&str>,
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
    for (k, v) in headers {
        builder = builder.header(*k, *v);
    }
    if let Some(ip) = peer {
        let ip: std::net::IpAddr = ip.parse().expect("ip");
        builder = builder.extension(axum::extract::ConnectInfo(std::net::SocketAddr::new(
            ip, 40_000,
        )));
    }
    h.send(builder.body(Body::from(body)).expect("request"))
        .await
}

/// The sign-in form's cookie (`name=value`) and CSRF token.
async fn sign_in_token(h: &Harness, path: &str, cookie_name: &str) -> (String, String) {
    let form = h.get(path, None).await;
    let csrf = hidden_value(&form.text(), "csrf").expect("a CSRF token on the sign-in form");
    let cookie = form.cookie(cookie_name).expect("the sign-in cookie");
    (cookie, csrf)
}

fn run(args: &[&str], stdin: Option<&str>) -> (bool, String) {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run madoguchi-server");
    if let Some(mut pipe) = child.stdin.take() {
        if let Some(text) = stdin {
            pipe.write_all(text.as_bytes()).expect("stdin");
        }
    }
    let out = child.wait_with_output().expect("wait");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

// ---------------------------------------------------------------------------------------------
// Sign-in limits

#[tokio::test]
async fn strangers_failing_on_a_login_never_lock_its_owner_out() {
    for db in databases().await {
        let mut h = Harness::with_limits(db, RateLimits::default()).await;
        reconfigure(&mut h, |s| {
            s.sign_in_slowdown = std::time::Duration::from_millis(50)
        });
        add_staff(&h, LOGIN, PASSWORD).await;
        // Twenty wrong passwords on the owner's login, each from another address.
        for i in 0..20 {
            let peer = format!("203.0.113.{}", i + 1);
            let answer = h
                .sign_in_from(
                    Some(&peer),
                    "/counter/signin",
                    &[("login", LOGIN), ("password", "wrong guess")],
                )
                .await;
            assert_eq!(answer.status, StatusCode::UNAUTHORIZED, "{}", h.label);
        }
        // The owner, from their own client, signs in with the right password.
        let owner = h
            .sign_in_from(
                Some("198.51.100.7"),
                "/counter/signin",
                &[("login", LOGIN), ("password", PASSWORD)],
            )
            .await;
        assert_eq!(owner.status, StatusCode::SEE_OTHER, "{}", owner.text());
        assert!(owner.cookie("mdg_staff").is_some());

        // One client guessing one login is still refused after five failures, and a right
        // password from there costs nothing.
        for _ in 0..5 {
            let answer = h
                .sign_in_from(
                    Some("203.0.113.99"),
                    "/counter/signin",
                    &[("login", LOGIN), ("password", "wrong guess")],
                )
                .await;
            assert_eq!(answer.status, StatusCode::UNAUTHORIZED);
        }
        let sixth = h
            .sign_in_from(
                Some("203.0.113.99"),
                "/counter/signin",
                &[("login", LOGIN), ("password", "wrong guess")],
            )
            .await;
        assert_eq!(sixth.status, StatusCode::TOO_MANY_REQUESTS);
        for _ in 0..12 {
            let ok = h
                .sign_in_from(
                    Some("198.51.100.7"),
                    "/counter/signin",
                    &[("login", LOGIN), ("password", PASSWORD)],
                )
                .await;
            assert_eq!(ok.status, StatusCode::SEE_OTHER, "right passwords are free");
        }
    }
}

#[tokio::test]
async fn a_spoofed_forwarded_for_does_not_change_the_rate_limit_key() {
    for db in databases().await {
        let mut h = Harness::with_limits(db, RateLimits::default()).await;
        reconfigure(&mut h, |s| {
            s.trusted_proxies = vec!["10.0.0.0/8".parse().expect("cidr")];
        });
        let (cookie, csrf) = sign_in_token(&h, "/counter/signin", "mdg_signin").await;
        let attempt = |spoof: String, real: &'static str, login: String| {
            let cookie = cookie.clone();
            let csrf = csrf.clone();
            let h = &h;
            async move {
                let xff = format!("{spoof}, {real}");
                post_with(
                    h,
                    "/counter/signin",
                    &[("x-forwarded-for", &xff), ("cookie", &cookie)],
                    Some("10.0.0.2"),
                    &[("login", &login), ("password", "guess"), ("csrf", &csrf)],
                )
                .await
                .status
            }
        };
        // Ten logins from one real client, each with a new made-up left-most address: the
        // client's bucket (10) is one bucket.
        for i in 0..10 {
            let status = attempt(format!("198.18.0.{i}"), "203.0.113.50", format!("user{i}")).await;
            assert_eq!(status, StatusCode::UNAUTHORIZED, "{}", h.label);
        }
        let refused = attempt("198.18.1.1".into(), "203.0.113.50", "user99".into()).await;
        assert_eq!(refused, StatusCode::TOO_MANY_REQUESTS, "{}", h.label);
        // Another real client behind the same proxy has its own.
        let other = attempt("198.18.0.1".into(), "203.0.113.51", "user0".into()).await;
        assert_eq!(other, StatusCode::UNAUTHORIZED, "{}", h.label);
    }
}

// ---------------------------------------------------------------------------------------------
// Cookies, CSRF and origins

#[tokio::test]
async fn a_cookie_sent_twice_is_no_session() {
    for db in databases().await {
        let h = Harness::new(db).await;
        let staff = h.staff(LOGIN, Role::Staff, Some(OFFICE_A)).await;
        assert_eq!(
            h.get("/counter", Some(&staff.cookie)).await.status,
            StatusCode::OK
        );
        // A second value planted beside the real one: neither is believed.
        for doubled in [
            format!("{}; mdg_staff=planted", staff.cookie),
            format!("mdg_staff=planted; {}", staff.cookie),
        ] {
            let answer = h.get("/counter", Some(&doubled)).await;
            assert_eq!(answer.status, StatusCode::SEE_OTHER, "{doubled}");
            assert_eq!(answer.location(), "/counter/signin");
        }
    }
}

#[tokio::test]
async fn over_https_cookies_are_host_prefixed_and_secure_and_hsts_is_sent() {
    for db in databases().await {
        let mut h = Harness::new(db).await;
        reconfigure(&mut h, |s| *s = Settings::new("https://madoguchi.test"));
        add_staff(&h, LOGIN, PASSWORD).await;
        let form = h.get("/counter/signin?lang=en", None).await;
        assert_eq!(
            form.headers
                .get(header::STRICT_TRANSPORT_SECURITY)
                .and_then(|v| v.to_str().ok()),
            Some("max-age=31536000")
        );
        let set_cookies: Vec<String> = form
            .headers
            .get_all(header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok().map(str::to_owned))
            .collect();
        assert!(
            set_cookies.iter().all(|c| c.contains("; Secure")),
            "{set_cookies:?}"
        );
        assert!(set_cookies.iter().any(|c| c.starts_with("lang=en")));
        let pre = form
            .cookie("__Host-mdg_signin")
            .expect("pre-session cookie");
        let csrf = hidden_value(&form.text(), "csrf").expect("csrf");
        let signed = post_with(
            &h,
            "/counter/signin",
            &[("cookie", &pre)],
            None,
            &[("login", LOGIN), ("password", PASSWORD), ("csrf", &csrf)],
        )
        .await;
        assert_eq!(signed.status, StatusCode::SEE_OTHER, "{}", signed.text());
        let session = signed.cookie("__Host-mdg_staff").expect("__Host- session");
        let set = signed
            .headers
            .get(header::SET_COOKIE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        assert!(
            set.contains("; Secure") && set.contains("Path=/") && !set.contains("Domain"),
            "{set}"
        );
        assert_eq!(
            h.get("/counter", Some(&session)).await.status,
            StatusCode::OK
        );
        // The same value under the bare name (which a plain-http page could set) is nothing.
        let bare = session.replacen("__Host-", "", 1);
        assert_eq!(
            h.get("/counter", Some(&bare)).await.status,
            StatusCode::SEE_OTHER
        );
        // The API answers carry HSTS too.
        let api = h.get("/healthz", None).await;
        assert!(api.headers.contains_key(header::STRICT_TRANSPORT_SECURITY));
    }
}

#[tokio::test]
async fn plain_http_sends_no_hsts() {
    for db in databases().await {
        let h = Harness::new(db).await;
        let form = h.get("/counter/signin", None).await;
        assert!(!form.headers.contains_key(header::STRICT_TRANSPORT_SECURITY));
        assert!(form.cookie("mdg_signin").is_some());
    }
}

#[tokio::test]
async fn sign_in_forms_need_their_csrf_token() {
    for db in databases().await {
        let h = Harness::new(db).await;
        add_staff(&h, LOGIN, PASSWORD).await;
        let right = [("login", LOGIN), ("password", PASSWORD)];
        // No token, no cookie: refused although the password is right.
        let bare = h.post_form("/counter/signin", None, &right).await;
        assert_eq!(bare.status, StatusCode::FORBIDDEN, "{}", h.label);
        assert!(bare.cookie("mdg_staff").is_none());
        // The form comes back with a fresh token, so a form left open too long is no dead end.
        assert!(hidden_value(&bare.text(), "csrf").is_some());
        assert!(bare.cookie("mdg_signin").is_some());
        let (cookie, csrf) = sign_in_token(&h, "/counter/signin", "mdg_signin").await;
        // The token without its cookie (an attacker's own token, posted from their page).
        let mut with_token = right.to_vec();
        with_token.push(("csrf", &csrf));
        let no_cookie = h.post_form("/counter/signin", None, &with_token).await;
        assert_eq!(no_cookie.status, StatusCode::FORBIDDEN);
        // The cookie with another token.
        let other = "A".repeat(43);
        let mut wrong_token = right.to_vec();
        wrong_token.push(("csrf", &other));
        let wrong = h
            .post_form("/counter/signin", Some(&cookie), &wrong_token)
            .await;
        assert_eq!(wrong.status, StatusCode::FORBIDDEN);
        let ok = h
            .post_form("/counter/signin", Some(&cookie), &with_token)
            .await;
        assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.text());
        // My Page's sign-in the same.
        let my = h
            .post_form(
                "/my/signin",
                None,
                &[("email", "a@example.jp"), ("password", "whatever it is")],
            )
            .await;
        assert_eq!(my.status, StatusCode::FORBIDDEN);
    }
}

#[tokio::test]
async fn a_cross_site_post_without_origin_is_refused() {
    for db in databases().await {
        let h = Harness::new(db).await;
        add_staff(&h, LOGIN, PASSWORD).await;
        for (site, expected) in [
            ("cross-site", StatusCode::FORBIDDEN),
            ("same-site", StatusCode::FORBIDDEN),
            ("same-origin", StatusCode::SEE_OTHER),
        ] {
            let (cookie, csrf) = sign_in_token(&h, "/counter/signin", "mdg_signin").await;
            let answer = post_with(
                &h,
                "/counter/signin",
                &[("cookie", &cookie), ("sec-fetch-site", site)],
                None,
                &[("login", LOGIN), ("password", PASSWORD), ("csrf", &csrf)],
            )
            .await;
            assert_eq!(answer.status, expected, "{site}");
        }
        // With our Origin, the origin decides.
        let (cookie, csrf) = sign_in_token(&h, "/counter/signin", "mdg_signin").await;
        let answer = post_with(
            &h,
            "/counter/signin",
            &[("cookie", &cookie), ("origin", PUBLIC_URL)],
            None,
            &[("login", LOGIN), ("password", PASSWORD), ("csrf", &csrf)],
        )
        .await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER);
    }
}

// ---------------------------------------------------------------------------------------------
// Revocation and idle sessions

#[tokio::test]
async fn a_disabled_user_is_signed_out_at_once() {
    for db in databases().await {
        let url = db.url.clone();
        let h = Harness::new(db).await;
        let staff = h.staff(LOGIN, Role::Staff, Some(OFFICE_A)).await;
        let other = h.staff("suzuki", Role::Staff, Some(OFFICE_A)).await;
        let (ok, stderr) = run(&["user", "disable", LOGIN, "--database", &url], None);
        assert!(ok, "{stderr}");
        let answer = h.get("/counter", Some(&staff.cookie)).await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", h.label);
        assert_eq!(answer.location(), "/counter/signin");
        let again = h
            .sign_in(
                "/counter/signin",
                &[("login", LOGIN), ("password", PASSWORD)],
            )
            .await;
        assert_eq!(again.status, StatusCode::UNAUTHORIZED);
        assert_eq!(
            h.get("/counter", Some(&other.cookie)).await.status,
            StatusCode::OK,
            "other users keep their sessions"
        );
        // Twice, or an unknown login: said so.
        assert!(!run(&["user", "disable", LOGIN, "--database", &url], None).0);
        assert!(!run(&["user", "disable", "nobody", "--database", &url], None).0);
    }
}

#[tokio::test]
async fn a_revoked_kiosk_token_stops_working() {
    for db in databases().await {
        let url = db.url.clone();
        let h = Harness::new(db).await;
        let kiosk = h.enrol(OFFICE_A, "iidabashi-01").await;
        let other = h.enrol(OFFICE_A, "iidabashi-02").await;
        let hb = r#"{"version":"0.1.0","queue_depth":0,"last_error":null}"#;
        let beat = |token: String| {
            let h = &h;
            async move {
                h.post_json("/api/v1/kiosks/heartbeat", Some(&token), &[], hb)
                    .await
            }
        };
        assert_eq!(beat(kiosk.token.clone()).await.status, StatusCode::OK);
        let (ok, stderr) = run(
            &["kiosk", "revoke", "iidabashi-01", "--database", &url],
            None,
        );
        assert!(ok, "{stderr}");
        beat(kiosk.token.clone())
            .await
            .assert_problem(401, "unauthorized");
        let app = sample_application(Language::JA, "a@example.jp");
        let key = madoguchi_core::receipt::IdempotencyKey::generate(&mut rng());
        let (envelope, _, _) = h.seal(&kiosk, key.as_str(), &app);
        h.submit_body(&kiosk, key.as_str(), &envelope)
            .await
            .assert_problem(401, "unauthorized");
        assert_eq!(beat(other.token.clone()).await.status, StatusCode::OK);
        assert!(
            !run(
                &["kiosk", "revoke", "iidabashi-01", "--database", &url],
                None
            )
            .0
        );
    }
}

#[tokio::test]
async fn a_password_change_ends_the_users_sessions() {
    for db in databases().await {
        let url = db.url.clone();
        let h = Harness::new(db).await;
        let staff = h.staff(LOGIN, Role::Staff, Some(OFFICE_A)).await;
        let new_password = "a brand new counter phrase";
        let (ok, stderr) = run(
            &[
                "user",
                "password",
                "--login",
                LOGIN,
                "--password-stdin",
                "--database",
                &url,
            ],
            Some(&format!("{new_password}\n")),
        );
        assert!(ok, "{stderr}");
        assert_eq!(
            h.get("/counter", Some(&staff.cookie)).await.status,
            StatusCode::SEE_OTHER,
            "{}",
            h.label
        );
        let signed = h
            .sign_in(
                "/counter/signin",
                &[("login", LOGIN), ("password", new_password)],
            )
            .await;
        assert_eq!(signed.status, StatusCode::SEE_OTHER);
    }
}

#[tokio::test]
async fn idle_sessions_end() {
    for db in databases().await {
        let h = Harness::new(db).await;
        let staff = h.staff(LOGIN, Role::Staff, Some(OFFICE_A)).await;
        // Used every twenty minutes, the session lives on past thirty.
        for _ in 0..3 {
            h.clock.advance(Duration::minutes(20));
            assert_eq!(
                h.get("/counter", Some(&staff.cookie)).await.status,
                StatusCode::OK,
                "{}",
                h.label
            );
        }
        h.clock.advance(Duration::minutes(31));
        assert_eq!(
            h.get("/counter", Some(&staff.cookie)).await.status,
            StatusCode::SEE_OTHER,
            "thirty minutes unused end a counter session"
        );

        // My Page: an hour.
        let kiosk = h.enrol(OFFICE_A, "iidabashi-01").await;
        let sub = h
            .submit(&kiosk, &sample_application(Language::JA, "a@example.jp"))
            .await;
        let session = auth::start_session(
            &h.db,
            SessionKind::MyPage,
            &sub.id(),
            h.clock.now_unix(),
            h.state.settings.session_ttl.whole_seconds(),
            &mut rng(),
        )
        .await
        .expect("session");
        let cookie = format!("mdg_my={}", session.cookie);
        h.clock.advance(Duration::minutes(50));
        assert_eq!(h.get("/my", Some(&cookie)).await.status, StatusCode::OK);
        h.clock.advance(Duration::minutes(61));
        assert_eq!(
            h.get("/my", Some(&cookie)).await.status,
            StatusCode::SEE_OTHER
        );
    }
}
