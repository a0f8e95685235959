//! The visitor's phone: the QR's page, the proof (the email code through a real SMTP listener,
//! or the birth date), the browser it binds, the password set once, expiry, and the small My
//! Page. The attacker here holds the token (a photograph of the kiosk's QR) and nothing else.

use axum::http::StatusCode;
use madoguchi_core::receipt::ContinuationToken;
use madoguchi_core::Language;
use time::Duration;

use crate::on_every_database;
use madoguchi_server::ratelimit::RateLimits;

use crate::support::{hidden_value, rng, sample_application, Harness, Submitted, OFFICE_A};

const EMAIL: &str = "haruo.yamada@example.jp";
const PASSWORD: &str = "kumo no ue made ikitai";
const PHONE: &str = "mdg_phone";

async fn submitted(h: &Harness, language: Language, email: &str) -> Submitted {
    let kiosk = h.enrol(OFFICE_A, "iidabashi-01").await;
    h.submit(&kiosk, &sample_application(language, email)).await
}

/// Sends a code and reads it from the SMTP listener.
async fn mailed_code(h: &Harness, sub: &Submitted) -> String {
    let before = h.smtp.all().len();
    let sent = h
        .post_form(&format!("{}/send-code", sub.path()), None, &[])
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.text());
    assert!(sent.location().contains("sent=1"));
    let mails = h.smtp.all();
    assert_eq!(mails.len(), before + 1, "one mail per send");
    let mail = mails.last().cloned().expect("a mail");
    assert!(mail.to.iter().any(|t| t.contains(EMAIL)), "{:?}", mail.to);
    mail.code()
        .unwrap_or_else(|| panic!("no code in {}", mail.body()))
}

/// Types the mailed code; returns the binding cookie (`name=value`) the answer set, if any.
async fn type_mailed_code(h: &Harness, sub: &Submitted) -> Option<String> {
    let code = mailed_code(h, sub).await;
    let verified = h
        .post_form(&format!("{}/verify", sub.path()), None, &[("code", &code)])
        .await;
    assert_eq!(
        verified.status,
        StatusCode::SEE_OTHER,
        "{}",
        verified.text()
    );
    verified.cookie(PHONE)
}

/// Proves the email with the mailed code; returns this browser's binding cookie (`name=value`).
async fn prove_email(h: &Harness, sub: &Submitted) -> String {
    type_mailed_code(h, sub)
        .await
        .expect("the proving browser is bound")
}

/// Verifies the email and sets the password; returns the My Page cookie.
async fn open_my_page(h: &Harness, sub: &Submitted) -> String {
    let bound = prove_email(h, sub).await;
    let set = h
        .post_form(
            &format!("{}/password", sub.path()),
            Some(&bound),
            &[("password", PASSWORD), ("confirm", PASSWORD)],
        )
        .await;
    assert_eq!(set.status, StatusCode::SEE_OTHER, "{}", set.text());
    assert!(set.location().starts_with("/my"));
    set.cookie("mdg_my").expect("My Page session")
}

/// What the sample application holds that only its owner may see on the phone.
const PERSONAL: [&str; 12] = [
    "山田",
    "春男",
    "ヤマダ",
    "ハルオ",
    "昭和60",
    "1985",
    "千代田区",
    "100-0001",
    "0312345678",
    "03-1234-5678",
    "haruo.yamada",
    "example.jp",
];

#[track_caller]
fn assert_nothing_personal(html: &str, what: &str) {
    for detail in PERSONAL {
        assert!(!html.contains(detail), "{what} shows {detail}: {html}");
    }
}

#[tokio::test]
async fn the_whole_phone_flow_opens_a_my_page_once() {
    on_every_database!(|h| {
        let sub = submitted(&h, Language::JA, EMAIL).await;
        let page = h.get(&sub.path(), None).await;
        assert_eq!(page.status, StatusCode::OK);
        let html = page.text();
        assert!(html.contains("<html lang=\"ja\" dir=\"ltr\">"));
        assert!(html.contains(&sub.receipt));
        assert!(html.contains("send-code"), "the proof comes first");
        assert_nothing_personal(&html, "the page before proof");
        let csp = page
            .headers
            .get("content-security-policy")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        assert!(csp.contains("default-src 'none'"));
        assert_eq!(
            page.headers.get("referrer-policy").map(|v| v.as_bytes()),
            Some(&b"same-origin"[..])
        );

        let code = mailed_code(&h, &sub).await;
        let wrong = if code == "000000" { "111111" } else { "000000" };
        let refused = h
            .post_form(&format!("{}/verify", sub.path()), None, &[("code", wrong)])
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.text().contains("あと4回"), "{}", refused.text());
        assert!(refused.cookie(PHONE).is_none());
        assert_nothing_personal(&refused.text(), "a wrong code's page");
        // The password cannot be set before the email is proven.
        let early = h
            .post_form(
                &format!("{}/password", sub.path()),
                None,
                &[("password", PASSWORD), ("confirm", PASSWORD)],
            )
            .await;
        assert_eq!(early.status, StatusCode::SEE_OTHER);
        assert!(early.cookie("mdg_my").is_none());
        // Full-width digits are forgiven.
        let wide: String = code
            .chars()
            .map(|c| char::from_u32(c as u32 + 0xFEE0).unwrap_or(c))
            .collect();
        let ok = h
            .post_form(&format!("{}/verify", sub.path()), None, &[("code", &wide)])
            .await;
        assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.text());
        let bound = ok.cookie(PHONE).expect("bound");
        let form = h.get(&sub.path(), Some(&bound)).await.text();
        assert!(form.contains("autocomplete=\"new-password\""));
        assert!(
            form.contains("山田"),
            "the bound browser sees what was received"
        );
        assert!(
            form.contains(EMAIL),
            "the visitor sees the address they sign in with, to catch a typo"
        );

        let weak = h
            .post_form(
                &format!("{}/password", sub.path()),
                Some(&bound),
                &[("password", "password"), ("confirm", "password")],
            )
            .await;
        assert_eq!(weak.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(weak.text().contains("よく使われていて"));
        let set = h
            .post_form(
                &format!("{}/password", sub.path()),
                Some(&bound),
                &[("password", PASSWORD), ("confirm", PASSWORD)],
            )
            .await;
        assert_eq!(set.status, StatusCode::SEE_OTHER, "{}", set.text());
        let cookie = set.cookie("mdg_my").expect("session");
        let cleared = set
            .headers
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .any(|v| v.starts_with("mdg_phone=;") && v.contains("Max-Age=0"));
        assert!(cleared, "the binding cookie is deleted once it has served");
        let stored =
            h.db.application(&sub.id())
                .await
                .expect("read")
                .expect("row");
        assert!(stored
            .password_hash
            .as_deref()
            .is_some_and(|p| p.starts_with("$argon2id$")));
        assert!(stored.my_page_opened_at.is_some());

        let my = h.get("/my", Some(&cookie)).await;
        assert_eq!(my.status, StatusCode::OK);
        assert!(my.text().contains("仮受付"));

        // Single use: the token now only points to sign-in, and a second password is refused.
        for who in [None, Some(bound.as_str())] {
            let spent = h.get(&sub.path(), who).await.text();
            assert!(spent.contains("開設済み"));
            assert_nothing_personal(&spent, "a spent token");
        }
        let again = h
            .post_form(
                &format!("{}/password", sub.path()),
                Some(&bound),
                &[
                    ("password", "another pass phrase"),
                    ("confirm", "another pass phrase"),
                ],
            )
            .await;
        assert_eq!(again.status, StatusCode::SEE_OTHER);
        assert!(again.cookie("mdg_my").is_none());
        let after =
            h.db.application(&sub.id())
                .await
                .expect("read")
                .expect("row");
        assert_eq!(after.password_hash, stored.password_hash);
    });
}

/// Issue 11: a photograph of the QR opens nothing personal, in any language, for an
/// application with or without email, and not even after the visitor proved in their own
/// browser.
#[tokio::test]
async fn the_token_alone_shows_nothing_personal() {
    on_every_database!(|h| {
        let kiosk = h.enrol(OFFICE_A, "iidabashi-01").await;
        for language in Language::all() {
            for email in [EMAIL, ""] {
                let mut app = sample_application(language, email);
                app.my_page.wanted = !email.is_empty();
                let sub = h.submit(&kiosk, &app).await;
                let what = format!("{language:?} {email:?}");
                let page = h.get(&sub.path(), None).await;
                assert_eq!(page.status, StatusCode::OK, "{what}");
                assert!(
                    page.text().contains(&sub.receipt),
                    "{what}: the receipt number is shown"
                );
                assert_nothing_personal(&page.text(), &what);
                let forged = h
                    .get(
                        &sub.path(),
                        Some("mdg_phone=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"),
                    )
                    .await;
                assert_nothing_personal(&forged.text(), &format!("{what} with a forged cookie"));
            }
        }
        // The visitor proves in their browser; the photograph still shows nothing.
        let sub = submitted(&h, Language::JA, EMAIL).await;
        let bound = prove_email(&h, &sub).await;
        assert!(h
            .get(&sub.path(), Some(&bound))
            .await
            .text()
            .contains("山田"));
        let attacker = h.get(&sub.path(), None).await.text();
        assert_nothing_personal(&attacker, "a second browser after the proof");
        // A binding is tied to its own application: a cookie proven elsewhere opens nothing.
        let other = submitted(&h, Language::JA, EMAIL).await;
        let elsewhere = h.get(&other.path(), Some(&bound)).await.text();
        assert_nothing_personal(&elsewhere, "another application's binding");
    });
}

/// Issue 11: today an attacker polling with the token posts a password after the visitor
/// proves the code and owns the My Page. The password belongs to the proving browser only.
#[tokio::test]
async fn a_second_browser_cannot_set_the_password() {
    on_every_database!(|h| {
        let sub = submitted(&h, Language::JA, EMAIL).await;
        let attempt = |cookie: Option<String>| {
            let h = &h;
            let path = format!("{}/password", sub.path());
            async move {
                h.post_form(
                    &path,
                    cookie.as_deref(),
                    &[
                        ("password", "attacker pass phrase"),
                        ("confirm", "attacker pass phrase"),
                    ],
                )
                .await
            }
        };
        // Before anyone proved, and after the visitor proved in their own browser.
        let first = attempt(None).await;
        assert_eq!(first.status, StatusCode::SEE_OTHER);
        assert!(first.cookie("mdg_my").is_none());
        let visitor = type_mailed_code(&h, &sub).await;
        // The attacker's own proven application gives a real binding cookie of another token.
        let own = submitted(&h, Language::JA, EMAIL).await;
        let own_binding = type_mailed_code(&h, &own).await;
        for cookie in [
            None,
            Some("mdg_phone=forged".to_owned()),
            Some(format!("{PHONE}=")),
            own_binding.clone(),
        ] {
            let tried = attempt(cookie.clone()).await;
            assert_eq!(tried.status, StatusCode::SEE_OTHER, "{cookie:?}");
            assert!(
                tried.cookie("mdg_my").is_none(),
                "{cookie:?} opened a My Page"
            );
            let row =
                h.db.application(&sub.id())
                    .await
                    .expect("read")
                    .expect("row");
            assert!(row.password_hash.is_none(), "{cookie:?} set the password");
        }
        // The visitor's own browser still can.
        let set = h
            .post_form(
                &format!("{}/password", sub.path()),
                visitor.as_deref(),
                &[("password", PASSWORD), ("confirm", PASSWORD)],
            )
            .await;
        assert_eq!(set.status, StatusCode::SEE_OTHER, "{}", set.text());
        assert!(set.cookie("mdg_my").is_some());
        let signed = h
            .sign_in("/my/signin", &[("email", EMAIL), ("password", PASSWORD)])
            .await;
        assert_eq!(signed.status, StatusCode::SEE_OTHER);
    });
}

/// Without an email address the birth date proves the visitor, typed as people type it; the
/// bound browser sees the application and is sent to the counter for the My Page.
#[tokio::test]
async fn the_birth_date_proves_an_application_without_email() {
    on_every_database!(|h| {
        let kiosk = h.enrol(OFFICE_A, "iidabashi-01").await;
        let mut app = sample_application(Language::from_code("ja-easy").expect("ja-easy"), "");
        app.my_page.wanted = false;
        let sub = h.submit(&kiosk, &app).await;
        let page = h.get(&sub.path(), None).await.text();
        assert!(page.contains("name=\"birth_date\""), "{page}");
        assert!(!page.contains("send-code"));
        let path = format!("{}/birth-date", sub.path());
        // Not a date: said on the field, not counted.
        for _ in 0..6 {
            let unreadable = h.post_form(&path, None, &[("birth_date", "きのう")]).await;
            assert_eq!(unreadable.status, StatusCode::UNPROCESSABLE_ENTITY);
            assert!(unreadable.text().contains("aria-invalid=\"true\""));
        }
        // 昭和60年4月1日, typed in full-width Western digits with separators.
        let proven = h
            .post_form(&path, None, &[("birth_date", "１９８５／０４／０１")])
            .await;
        assert_eq!(proven.status, StatusCode::SEE_OTHER, "{}", proven.text());
        let bound = proven.cookie(PHONE).expect("bound");
        let shown = h.get(&sub.path(), Some(&bound)).await.text();
        assert!(
            shown.contains("山田") && shown.contains("千代田区"),
            "{shown}"
        );
        assert!(shown.contains("メールアドレスが ない"), "{shown}");
        assert!(!shown.contains("new-password"));
        // Still nothing for anyone else.
        assert_nothing_personal(&h.get(&sub.path(), None).await.text(), "a second browser");
        // No email, no My Page: a password is refused even for the bound browser.
        let set = h
            .post_form(
                &format!("{}/password", sub.path()),
                Some(&bound),
                &[("password", PASSWORD), ("confirm", PASSWORD)],
            )
            .await;
        assert_eq!(set.status, StatusCode::SEE_OTHER);
        assert!(set.cookie("mdg_my").is_none());

        // An application with email is proven by its code only.
        let with_email = submitted(&h, Language::JA, EMAIL).await;
        let tried = h
            .post_form(
                &format!("{}/birth-date", with_email.path()),
                None,
                &[("birth_date", "昭和60年4月1日")],
            )
            .await;
        assert_eq!(tried.status, StatusCode::SEE_OTHER);
        assert!(tried.cookie(PHONE).is_none());
    });
}

/// Issue 11: guessing birth dates is limited per token (in the database): after five wrong
/// tries even the right date is refused, and the page sends the visitor to the counter.
#[tokio::test]
async fn wrong_birth_dates_send_the_visitor_to_the_counter() {
    on_every_database!(|h| {
        let kiosk = h.enrol(OFFICE_A, "iidabashi-01").await;
        let mut app = sample_application(Language::JA, "");
        app.my_page.wanted = false;
        let sub = h.submit(&kiosk, &app).await;
        let path = format!("{}/birth-date", sub.path());
        for (i, guess) in ["1985/4/2", "S60.4.3", "平成元年1月8日", "19900101"]
            .iter()
            .enumerate()
        {
            let wrong = h.post_form(&path, None, &[("birth_date", guess)]).await;
            assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY, "{guess}");
            let left = format!("あと{}回", 4 - i);
            assert!(wrong.text().contains(&left), "{guess}: {}", wrong.text());
            assert!(wrong.cookie(PHONE).is_none());
            assert_nothing_personal(&wrong.text(), guess);
        }
        let fifth = h
            .post_form(&path, None, &[("birth_date", "1985/5/1")])
            .await;
        assert_eq!(fifth.status, StatusCode::TOO_MANY_REQUESTS);
        assert!(fifth.text().contains("窓口"), "{}", fifth.text());
        let right = h
            .post_form(&path, None, &[("birth_date", "昭和60年4月1日")])
            .await;
        assert_eq!(right.status, StatusCode::TOO_MANY_REQUESTS);
        assert!(
            right.cookie(PHONE).is_none(),
            "the right date after the limit binds nothing"
        );
        let page = h.get(&sub.path(), None).await.text();
        assert!(page.contains("data-proof=\"locked\""), "{page}");
        assert!(!page.contains("name=\"birth_date\""));
        assert_nothing_personal(&page, "a locked token");
    });
}

/// Issue 11: one client guessing over many tokens meets the shared guess limit.
#[tokio::test]
async fn birth_date_guesses_are_limited_per_client() {
    for db in crate::support::databases().await {
        let h = Harness::with_limits(db, RateLimits::default()).await;
        let kiosk = h.enrol(OFFICE_A, "iidabashi-01").await;
        let mut statuses = Vec::new();
        for _ in 0..4 {
            let mut app = sample_application(Language::JA, "");
            app.my_page.wanted = false;
            let sub = h.submit(&kiosk, &app).await;
            for _ in 0..3 {
                let tried = h
                    .post_form(
                        &format!("{}/birth-date", sub.path()),
                        None,
                        &[("birth_date", "2000/1/1")],
                    )
                    .await;
                statuses.push(tried.status.as_u16());
            }
        }
        assert_eq!(
            statuses,
            [422, 422, 422, 422, 422, 422, 422, 422, 422, 422, 429, 429],
            "ten guesses per client, whichever token"
        );
    }
}

#[tokio::test]
async fn an_unknown_token_is_on_its_way_and_a_malformed_one_is_not_found() {
    on_every_database!(|h| {
        let token = ContinuationToken::generate(&mut rng());
        let page = h.get(&format!("/c/{}", token.as_str()), None).await;
        assert_eq!(page.status, StatusCode::OK);
        let html = page.text();
        assert!(
            html.contains("http-equiv=\"refresh\""),
            "the page refreshes itself"
        );
        assert!(html.contains("送信中"));
        let english = h
            .send(
                axum::http::Request::builder()
                    .uri(format!("/c/{}", token.as_str()))
                    .header("accept-language", "en-GB,en;q=0.9")
                    .body(axum::body::Body::empty())
                    .expect("request"),
            )
            .await;
        assert!(english.text().contains("On its way"));

        for bad in [
            "/c/short",
            "/c/%E5%B1%B1%E7%94%B0",
            &format!("/c/{}x", token.as_str()),
        ] {
            let answer = h.get(bad, None).await;
            assert_eq!(answer.status, StatusCode::NOT_FOUND, "{bad}");
            assert!(answer.content_type().starts_with("text/html"));
        }
    });
}

/// Issue 11: a token nobody proved is dead two hours after receipt (not fourteen days).
#[tokio::test]
async fn an_unproven_token_expires_two_hours_after_receipt() {
    on_every_database!(|h| {
        let sub = submitted(&h, Language::JA, EMAIL).await;
        h.clock.advance(Duration::minutes(119));
        assert!(h.get(&sub.path(), None).await.text().contains("send-code"));
        h.clock.advance(Duration::minutes(1) + Duration::seconds(1));
        let page = h.get(&sub.path(), None).await.text();
        assert!(page.contains("有効期限が過ぎました"), "{page}");
        assert!(!page.contains("send-code"));
        assert_nothing_personal(&page, "an expired token");
        let send = h
            .post_form(&format!("{}/send-code", sub.path()), None, &[])
            .await;
        assert_eq!(send.status, StatusCode::SEE_OTHER);
        assert!(h.smtp.all().is_empty(), "no mail for an expired token");
    });
}

/// A proof within the token's lifetime keeps the page for the bound browser until the binding
/// ends (30 minutes), past the token's two hours; never for anyone else.
#[tokio::test]
async fn a_proof_keeps_the_page_for_its_browser_until_the_binding_ends() {
    on_every_database!(|h| {
        let sub = submitted(&h, Language::JA, EMAIL).await;
        h.clock.advance(Duration::minutes(110));
        let bound = prove_email(&h, &sub).await;
        h.clock.advance(Duration::minutes(20));
        let mine = h.get(&sub.path(), Some(&bound)).await.text();
        assert!(mine.contains("new-password"), "{mine}");
        let other = h.get(&sub.path(), None).await.text();
        assert!(other.contains("有効期限が過ぎました"), "{other}");
        assert_nothing_personal(&other, "a second browser after the token's lifetime");
        let late_code = h
            .post_form(&format!("{}/send-code", sub.path()), None, &[])
            .await;
        assert_eq!(late_code.status, StatusCode::SEE_OTHER);
        assert!(
            !late_code.location().contains("sent=1"),
            "no new proof after the lifetime"
        );
        h.clock
            .advance(Duration::minutes(10) + Duration::seconds(1));
        let ended = h.get(&sub.path(), Some(&bound)).await.text();
        assert!(ended.contains("有効期限が過ぎました"), "{ended}");
        let set = h
            .post_form(
                &format!("{}/password", sub.path()),
                Some(&bound),
                &[("password", PASSWORD), ("confirm", PASSWORD)],
            )
            .await;
        assert!(
            set.cookie("mdg_my").is_none(),
            "an ended binding sets no password"
        );
    });
}

#[tokio::test]
async fn codes_expire_and_wear_out() {
    on_every_database!(|h| {
        let sub = submitted(&h, Language::from_code("en").expect("en"), EMAIL).await;
        let code = mailed_code(&h, &sub).await;
        h.clock.advance(Duration::minutes(16));
        let late = h
            .post_form(&format!("{}/verify", sub.path()), None, &[("code", &code)])
            .await;
        assert_eq!(late.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(late.text().contains("send a new code"), "{}", late.text());

        let code = mailed_code(&h, &sub).await;
        let wrong = if code == "000000" { "111111" } else { "000000" };
        for _ in 0..5 {
            h.post_form(&format!("{}/verify", sub.path()), None, &[("code", wrong)])
                .await;
        }
        let worn = h
            .post_form(&format!("{}/verify", sub.path()), None, &[("code", &code)])
            .await;
        assert_eq!(
            worn.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "the right code after five wrong ones is refused"
        );
        let row =
            h.db.application(&sub.id())
                .await
                .expect("read")
                .expect("row");
        assert!(row.email_verified_at.is_none());
        // The mail itself speaks the visitor's language.
        let mail = h.smtp.all().last().cloned().expect("mail");
        assert!(mail.body().contains("Confirmation code"), "{}", mail.body());
    });
}

#[tokio::test]
async fn my_page_sign_in_and_edits() {
    on_every_database!(|h| {
        let sub = submitted(&h, Language::JA, EMAIL).await;
        let _ = open_my_page(&h, &sub).await;

        let anonymous = h.get("/my", None).await;
        assert_eq!(anonymous.status, StatusCode::SEE_OTHER);
        assert!(anonymous.location().starts_with("/my/signin"));

        let wrong = h
            .sign_in(
                "/my/signin",
                &[("email", EMAIL), ("password", "not my password")],
            )
            .await;
        assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
        let signed = h
            .sign_in(
                "/my/signin",
                &[("email", &EMAIL.to_uppercase()), ("password", PASSWORD)],
            )
            .await;
        assert_eq!(signed.status, StatusCode::SEE_OTHER, "{}", signed.text());
        let cookie = signed.cookie("mdg_my").expect("cookie");

        let form = h.get("/my/edit", Some(&cookie)).await;
        assert_eq!(form.status, StatusCode::OK);
        let csrf = hidden_value(&form.text(), "csrf").expect("csrf");
        let fields = |phone: &'static str, csrf: String| {
            vec![
                ("csrf", csrf),
                ("phone", phone.to_owned()),
                ("street", "２－３－４".to_owned()),
                ("building", String::new()),
                ("occupation1", "052".to_owned()),
                ("occupation2", String::new()),
                ("occupation3", String::new()),
                ("emp_part_time", "on".to_owned()),
                ("wage_kind", "hourly".to_owned()),
                ("wage_amount", "１２００".to_owned()),
            ]
        };
        let as_refs = |v: &Vec<(&'static str, String)>| {
            v.iter().map(|(k, v)| (*k, v.clone())).collect::<Vec<_>>()
        };

        let bad = fields("12", csrf.clone());
        let bad: Vec<(&str, String)> = as_refs(&bad);
        let bad_refs: Vec<(&str, &str)> = bad.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let refused = h.post_form("/my/edit", Some(&cookie), &bad_refs).await;
        assert_eq!(
            refused.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{}",
            refused.text()
        );
        assert!(refused.text().contains("aria-invalid=\"true\""));

        let forged = fields("09012345678", "forged".into());
        let forged: Vec<(&str, &str)> = forged.iter().map(|(k, v)| (*k, v.as_str())).collect();
        assert_eq!(
            h.post_form("/my/edit", Some(&cookie), &forged).await.status,
            StatusCode::FORBIDDEN
        );

        let good = fields("090-1234-5678", csrf.clone());
        let good: Vec<(&str, &str)> = good.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let saved = h.post_form("/my/edit", Some(&cookie), &good).await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text());
        let row =
            h.db.application(&sub.id())
                .await
                .expect("read")
                .expect("row");
        let app: madoguchi_core::Application =
            serde_json::from_str(&row.application_json).expect("json");
        assert_eq!(app.contact.phone, "09012345678");
        assert_eq!(app.contact.street, "2-3-4");
        assert_eq!(app.desired_work.occupations, vec!["052".to_owned()]);
        assert_eq!(app.desired_work.wage.amount, "1200");

        let out = h
            .post_form("/my/signout", Some(&cookie), &[("csrf", &csrf)])
            .await;
        assert_eq!(out.status, StatusCode::SEE_OTHER);
        assert_eq!(
            h.get("/my", Some(&cookie)).await.status,
            StatusCode::SEE_OTHER
        );
    });
}

/// The stored application behind a submission.
async fn stored(h: &Harness, sub: &Submitted) -> madoguchi_core::Application {
    let row =
        h.db.application(&sub.id())
            .await
            .expect("read")
            .expect("row");
    serde_json::from_str(&row.application_json).expect("json")
}

/// The edit form as the page sends it, with `extra` replacing or adding fields.
fn edit_fields<'a>(csrf: &'a str, extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![
        ("csrf", csrf),
        ("postcode", "100-0001"),
        ("phone", "03-1234-5678"),
        ("street", "1-1"),
        ("building", ""),
        ("occupation1", "009"),
        ("occupation2", ""),
        ("occupation3", ""),
        ("emp_full_time", "on"),
        ("wage_kind", "monthly"),
        ("wage_amount", ""),
    ];
    for (k, v) in extra {
        fields.retain(|(f, _)| f != k);
        fields.push((k, v));
    }
    fields
}

/// My Page edits go through core's checks: the same normalisers (no control, bidi or zero-width
/// character is stored) and the same length limits, counted in characters, as on the kiosk.
#[tokio::test]
async fn my_page_edits_drop_invisible_characters_and_keep_the_length_limits() {
    on_every_database!(|h| {
        let sub = submitted(&h, Language::JA, EMAIL).await;
        let cookie = open_my_page(&h, &sub).await;
        let form = h.get("/my/edit", Some(&cookie)).await;
        let csrf = hidden_value(&form.text(), "csrf").expect("csrf");

        let long = "𠮷".repeat(61);
        let refused = h
            .post_form(
                "/my/edit",
                Some(&cookie),
                &edit_fields(&csrf, &[("building", &long)]),
            )
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        let html = refused.text();
        assert!(html.contains("href=\"#building\""), "{html}");
        assert!(
            html.contains("60文字以内") && html.contains("61文字"),
            "{html}"
        );
        assert_eq!(stored(&h, &sub).await.contact.building, "");

        let saved = h
            .post_form(
                "/my/edit",
                Some(&cookie),
                &edit_fields(
                    &csrf,
                    &[
                        ("street", "\u{202E}2-3-4\u{200B}"),
                        (
                            "building",
                            &format!("コーポ\u{2066}山田\u{FEFF}{}", "𠮷".repeat(54)),
                        ),
                    ],
                ),
            )
            .await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text());
        let contact = stored(&h, &sub).await.contact;
        assert_eq!(contact.street, "2-3-4");
        assert_eq!(contact.building, format!("コーポ山田{}", "𠮷".repeat(54)));
    });
}

#[tokio::test]
async fn a_visitor_who_moves_changes_the_postcode_and_picks_the_town() {
    on_every_database!(|h| {
        let sub = submitted(&h, Language::JA, EMAIL).await;
        let cookie = open_my_page(&h, &sub).await;
        let form = h.get("/my/edit", Some(&cookie)).await;
        let html = form.text();
        assert!(
            html.contains("name=\"postcode\" value=\"100-0001\""),
            "{html}"
        );
        assert!(
            html.contains("東京都千代田区千代田"),
            "the address lines are shown"
        );
        let csrf = hidden_value(&html, "csrf").expect("csrf");

        // A code Japan Post does not know: refused on the postcode field, nothing saved.
        let unknown = h
            .post_form(
                "/my/edit",
                Some(&cookie),
                &edit_fields(&csrf, &[("postcode", "999-9999")]),
            )
            .await;
        assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            unknown.text().contains("href=\"#postcode\""),
            "{}",
            unknown.text()
        );
        assert!(unknown.text().contains("999-9999"));
        assert_eq!(stored(&h, &sub).await.contact.postcode, "1000001");

        // A code for several towns: the page lists them and saves nothing yet.
        let several = h
            .post_form(
                "/my/edit",
                Some(&cookie),
                &edit_fields(
                    &csrf,
                    &[("postcode", "〒４４１－１３２４"), ("street", "５－６")],
                ),
            )
            .await;
        assert_eq!(several.status, StatusCode::UNPROCESSABLE_ENTITY);
        let html = several.text();
        for town in [
            "愛知県新城市井道",
            "愛知県新城市奥井道",
            "愛知県新城市内井道",
        ] {
            assert!(html.contains(town), "{town} listed");
        }
        assert!(html.contains("type=\"radio\" name=\"town\""));
        assert!(html.contains("name=\"town_for\" value=\"4411324\""));
        assert!(html.contains("value=\"5-6\""), "what was typed is kept");
        assert_eq!(stored(&h, &sub).await.contact.postcode, "1000001");

        // The choice saves the address, with what else was typed.
        let chosen = h
            .post_form(
                "/my/edit",
                Some(&cookie),
                &edit_fields(
                    &csrf,
                    &[
                        ("postcode", "441-1324"),
                        ("town", "1"),
                        ("town_for", "4411324"),
                        ("street", "5-6"),
                    ],
                ),
            )
            .await;
        assert_eq!(chosen.status, StatusCode::SEE_OTHER, "{}", chosen.text());
        let app = stored(&h, &sub).await;
        assert_eq!(
            (
                app.contact.postcode.as_str(),
                app.contact.prefecture.as_str(),
                app.contact.city.as_str(),
                app.contact.town.as_str(),
                app.contact.street.as_str()
            ),
            ("4411324", "愛知県", "新城市", "奥井道", "5-6")
        );
        let home = h.get("/my", Some(&cookie)).await.text();
        assert!(home.contains("〒441-1324 愛知県新城市奥井道5-6"), "{home}");

        // A code with one address needs no choice; saving again unchanged keeps the town.
        let one = h
            .post_form(
                "/my/edit",
                Some(&cookie),
                &edit_fields(&csrf, &[("postcode", "1000001")]),
            )
            .await;
        assert_eq!(one.status, StatusCode::SEE_OTHER, "{}", one.text());
        let app = stored(&h, &sub).await;
        assert_eq!(
            (app.contact.city.as_str(), app.contact.town.as_str()),
            ("千代田区", "千代田")
        );
        let again = h
            .post_form("/my/edit", Some(&cookie), &edit_fields(&csrf, &[]))
            .await;
        assert_eq!(again.status, StatusCode::SEE_OTHER);
        assert_eq!(stored(&h, &sub).await.contact.town, "千代田");
    });
}

#[tokio::test]
async fn the_email_address_changes_only_with_the_code_sent_to_the_new_one() {
    on_every_database!(|h| {
        const NEW: &str = "haruo.new@example.org";
        let sub = submitted(&h, Language::JA, EMAIL).await;
        let cookie = open_my_page(&h, &sub).await;
        let page = h.get("/my/email", Some(&cookie)).await;
        assert_eq!(page.status, StatusCode::OK);
        let csrf = hidden_value(&page.text(), "csrf").expect("csrf");

        // What core's check refuses, and the address already held, are said on the field.
        let wrong = h
            .post_form(
                "/my/email",
                Some(&cookie),
                &[
                    ("csrf", &csrf),
                    ("email", "haruo@example"),
                    ("password", PASSWORD),
                ],
            )
            .await;
        assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(wrong.text().contains("aria-invalid=\"true\""));
        let same = h
            .post_form(
                "/my/email",
                Some(&cookie),
                &[
                    ("csrf", &csrf),
                    ("email", &EMAIL.to_uppercase()),
                    ("password", PASSWORD),
                ],
            )
            .await;
        assert_eq!(same.status, StatusCode::UNPROCESSABLE_ENTITY);
        let forged = h
            .post_form(
                "/my/email",
                Some(&cookie),
                &[("csrf", "forged"), ("email", NEW), ("password", PASSWORD)],
            )
            .await;
        assert_eq!(forged.status, StatusCode::FORBIDDEN);

        // A session alone is not enough: the password must come with the request.
        let before = h.smtp.all().len();
        let no_password = h
            .post_form(
                "/my/email",
                Some(&cookie),
                &[("csrf", &csrf), ("email", NEW), ("password", "not mine")],
            )
            .await;
        assert_eq!(no_password.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            no_password.text().contains("href=\"#password\""),
            "{}",
            no_password.text()
        );
        assert_eq!(h.smtp.all().len(), before, "no code without the password");

        // The code goes to the new address, typed full-width; the old one still signs in.
        let before = h.smtp.all().len();
        let asked = h
            .post_form(
                "/my/email",
                Some(&cookie),
                &[
                    ("csrf", &csrf),
                    ("email", "ｈａｒｕｏ.new@Example.ORG"),
                    ("password", PASSWORD),
                ],
            )
            .await;
        assert_eq!(asked.status, StatusCode::SEE_OTHER, "{}", asked.text());
        let mails = h.smtp.all();
        assert_eq!(mails.len(), before + 1);
        let mail = mails.last().cloned().expect("mail");
        assert!(mail.to.iter().any(|t| t.contains(NEW)), "{:?}", mail.to);
        let code = mail.code().expect("code");
        let waiting = h.get("/my/email?sent=1", Some(&cookie)).await.text();
        assert!(
            waiting.contains(NEW) && waiting.contains("name=\"code\""),
            "{waiting}"
        );
        assert_eq!(stored(&h, &sub).await.contact.email, EMAIL);

        let wrong_code = if code == "000000" { "111111" } else { "000000" };
        let guessed = h
            .post_form(
                "/my/email/verify",
                Some(&cookie),
                &[("csrf", &csrf), ("code", wrong_code)],
            )
            .await;
        assert_eq!(guessed.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(stored(&h, &sub).await.contact.email, EMAIL);

        let before = h.smtp.all().len();
        let done = h
            .post_form(
                "/my/email/verify",
                Some(&cookie),
                &[("csrf", &csrf), ("code", &code)],
            )
            .await;
        assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.text());
        assert_eq!(done.location(), "/my?saved=email");
        assert_eq!(stored(&h, &sub).await.contact.email, NEW);
        let home = h.get("/my?saved=email", Some(&cookie)).await.text();
        assert!(home.contains(NEW));
        // The old address is told.
        let mails = h.smtp.all();
        assert_eq!(mails.len(), before + 1);
        let notice = mails.last().cloned().expect("notice");
        assert!(
            notice.to.iter().any(|t| t.contains(EMAIL)),
            "{:?}",
            notice.to
        );
        assert!(notice.body().contains(NEW), "{}", notice.body());

        // The code is spent, and the sign-in follows the address.
        let reused = h
            .post_form(
                "/my/email/verify",
                Some(&cookie),
                &[("csrf", &csrf), ("code", &code)],
            )
            .await;
        assert_eq!(reused.status, StatusCode::UNPROCESSABLE_ENTITY);
        let old = h
            .sign_in("/my/signin", &[("email", EMAIL), ("password", PASSWORD)])
            .await;
        assert_eq!(old.status, StatusCode::UNAUTHORIZED);
        let new = h
            .sign_in("/my/signin", &[("email", NEW), ("password", PASSWORD)])
            .await;
        assert_eq!(new.status, StatusCode::SEE_OTHER, "{}", new.text());
    });
}

#[tokio::test]
async fn a_name_outside_the_bmp_reads_as_written_on_the_phone_and_on_my_page() {
    on_every_database!(|h| {
        let kiosk = h.enrol(OFFICE_A, "iidabashi-02").await;
        let mut app = sample_application(Language::JA, EMAIL);
        app.basic.family_name = "𠮷田".into();
        app.basic.given_name = "髙子".into();
        let sub = h.submit(&kiosk, &app).await;
        let bound = prove_email(&h, &sub).await;
        let page = h.get(&sub.path(), Some(&bound)).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.text());
        assert!(
            page.text().contains("𠮷田 髙子"),
            "the phone shows the name as written: {}",
            page.text()
        );
        let set = h
            .post_form(
                &format!("{}/password", sub.path()),
                Some(&bound),
                &[("password", PASSWORD), ("confirm", PASSWORD)],
            )
            .await;
        let my = set.cookie("mdg_my").expect("My Page session");
        let mine = h.get("/my", Some(&my)).await;
        assert!(
            mine.text().contains("𠮷田"),
            "My Page shows the name as written: {}",
            mine.text()
        );
    });
}

/// My Page changes what the visitor may change of 求職情報の提供等 and 自己PR, checked by core's
/// rules for those screens: one way to be contacted at least, and the length limits.
#[tokio::test]
async fn my_page_edits_the_disclosure_and_the_self_pr() {
    on_every_database!(|h| {
        let sub = submitted(&h, Language::JA, EMAIL).await;
        let cookie = open_my_page(&h, &sub).await;
        let form = h.get("/my/edit", Some(&cookie)).await;
        let html = form.text();
        assert!(html.contains("name=\"publication\"") && html.contains("name=\"cm_post\""));
        let csrf = hidden_value(&html, "csrf").expect("csrf");

        let none = h
            .post_form(
                "/my/edit",
                Some(&cookie),
                &edit_fields(
                    &csrf,
                    &[("disclosure_shown", "1"), ("publication", "published")],
                ),
            )
            .await;
        assert_eq!(none.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            none.text().contains("href=\"#contact_methods\""),
            "{}",
            none.text()
        );
        let before = stored(&h, &sub).await;
        assert_ne!(before.disclosure.contact_methods, Vec::new());

        let long = "あ".repeat(2_001);
        let too_long = h
            .post_form(
                "/my/edit",
                Some(&cookie),
                &edit_fields(&csrf, &[("self_pr", &long)]),
            )
            .await;
        assert_eq!(too_long.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            too_long.text().contains("href=\"#self_pr\""),
            "{}",
            too_long.text()
        );

        let saved = h
            .post_form(
                "/my/edit",
                Some(&cookie),
                &edit_fields(
                    &csrf,
                    &[
                        ("disclosure_shown", "1"),
                        ("publication", "without-employer-names"),
                        ("cm_email", "on"),
                        ("cm_post", "on"),
                        ("avoid_times", "平日の午前"),
                        ("self_pr", "接客10年\nレジ"),
                        ("notes", "4月から"),
                    ],
                ),
            )
            .await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text());
        let after = stored(&h, &sub).await;
        assert_eq!(
            after.disclosure.publication,
            Some(madoguchi_core::Publication::WithoutEmployerNames)
        );
        assert_eq!(
            after.disclosure.contact_methods,
            [
                madoguchi_core::ContactMethod::Email,
                madoguchi_core::ContactMethod::Post
            ]
        );
        assert_eq!(after.disclosure.avoid_times, "平日の午前");
        assert_eq!(after.self_pr.appeal, "接客10年\nレジ");
        assert_eq!(after.self_pr.notes, "4月から");
        // The name, birth date and address were not touched.
        assert_eq!(after.basic, before.basic);
    });
}
