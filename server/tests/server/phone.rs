//! The visitor's phone: the QR's page, the email code through a real SMTP listener, the
//! password set once, expiry, and the small My Page.

use axum::http::StatusCode;
use madoguchi_core::receipt::ContinuationToken;
use madoguchi_core::Language;
use time::Duration;

use crate::on_every_database;
use crate::support::{hidden_value, rng, sample_application, Harness, Submitted, OFFICE_A};

const EMAIL: &str = "haruo.yamada@example.jp";
const PASSWORD: &str = "kumo no ue made ikitai";

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

/// Verifies the email and sets the password; returns the My Page cookie.
async fn open_my_page(h: &Harness, sub: &Submitted) -> String {
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
    let set = h
        .post_form(
            &format!("{}/password", sub.path()),
            None,
            &[("password", PASSWORD), ("confirm", PASSWORD)],
        )
        .await;
    assert_eq!(set.status, StatusCode::SEE_OTHER, "{}", set.text());
    assert!(set.location().starts_with("/my"));
    set.cookie("mdg_my").expect("My Page session")
}

#[tokio::test]
async fn the_whole_phone_flow_opens_a_my_page_once() {
    on_every_database!(|h| {
        let sub = submitted(&h, Language::Ja, EMAIL).await;
        let page = h.get(&sub.path(), None).await;
        assert_eq!(page.status, StatusCode::OK);
        let html = page.text();
        assert!(html.contains("<html lang=\"ja\">"));
        assert!(html.contains(&sub.receipt));
        assert!(html.contains("山田"));
        assert!(
            html.contains(EMAIL),
            "the visitor sees the address the code goes to, to catch a typo"
        );
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
        let form = h.get(&sub.path(), None).await.text();
        assert!(form.contains("autocomplete=\"new-password\""));

        let weak = h
            .post_form(
                &format!("{}/password", sub.path()),
                None,
                &[("password", "password"), ("confirm", "password")],
            )
            .await;
        assert_eq!(weak.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(weak.text().contains("よく使われていて"));
        let set = h
            .post_form(
                &format!("{}/password", sub.path()),
                None,
                &[("password", PASSWORD), ("confirm", PASSWORD)],
            )
            .await;
        assert_eq!(set.status, StatusCode::SEE_OTHER, "{}", set.text());
        let cookie = set.cookie("mdg_my").expect("session");
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
        let spent = h.get(&sub.path(), None).await.text();
        assert!(spent.contains("開設済み"));
        assert!(
            !spent.contains("山田"),
            "a spent token shows nothing of the application"
        );
        let again = h
            .post_form(
                &format!("{}/password", sub.path()),
                None,
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

#[tokio::test]
async fn tokens_expire_after_fourteen_days() {
    on_every_database!(|h| {
        let sub = submitted(&h, Language::Ja, EMAIL).await;
        h.clock.advance(Duration::days(13));
        assert!(h.get(&sub.path(), None).await.text().contains("山田"));
        h.clock.advance(Duration::days(1) + Duration::seconds(1));
        let page = h.get(&sub.path(), None).await.text();
        assert!(page.contains("有効期限が切れています"));
        assert!(!page.contains("山田"));
        let send = h
            .post_form(&format!("{}/send-code", sub.path()), None, &[])
            .await;
        assert_eq!(send.status, StatusCode::SEE_OTHER);
        assert!(h.smtp.all().is_empty(), "no mail for an expired token");
    });
}

#[tokio::test]
async fn codes_expire_and_wear_out() {
    on_every_database!(|h| {
        let sub = submitted(&h, Language::En, EMAIL).await;
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
async fn an_application_without_email_is_sent_to_the_counter() {
    on_every_database!(|h| {
        let kiosk = h.enrol(OFFICE_A, "iidabashi-01").await;
        let mut app = sample_application(Language::JaEasy, "");
        app.my_page.wanted = false;
        let sub = h.submit(&kiosk, &app).await;
        let page = h.get(&sub.path(), None).await.text();
        assert!(page.contains("メールアドレスが ない"), "{page}");
        assert!(!page.contains("send-code"));
    });
}

#[tokio::test]
async fn my_page_sign_in_and_edits() {
    on_every_database!(|h| {
        let sub = submitted(&h, Language::Ja, EMAIL).await;
        let _ = open_my_page(&h, &sub).await;

        let anonymous = h.get("/my", None).await;
        assert_eq!(anonymous.status, StatusCode::SEE_OTHER);
        assert!(anonymous.location().starts_with("/my/signin"));

        let wrong = h
            .post_form(
                "/my/signin",
                None,
                &[("email", EMAIL), ("password", "not my password")],
            )
            .await;
        assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
        let signed = h
            .post_form(
                "/my/signin",
                None,
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
        let sub = submitted(&h, Language::Ja, EMAIL).await;
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
        let sub = submitted(&h, Language::Ja, EMAIL).await;
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
        let sub = submitted(&h, Language::Ja, EMAIL).await;
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
            .post_form(
                "/my/signin",
                None,
                &[("email", EMAIL), ("password", PASSWORD)],
            )
            .await;
        assert_eq!(old.status, StatusCode::UNAUTHORIZED);
        let new = h
            .post_form(
                "/my/signin",
                None,
                &[("email", NEW), ("password", PASSWORD)],
            )
            .await;
        assert_eq!(new.status, StatusCode::SEE_OTHER, "{}", new.text());
    });
}
