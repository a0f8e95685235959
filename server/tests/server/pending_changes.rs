//! After 受理, My Page changes of the name, birth date and address wait for the counter; every
//! change of them is in the audit on the counter's application page.

use axum::http::StatusCode;
use madoguchi_core::{Application, Language};
use madoguchi_server::auth;
use madoguchi_server::storage::{Role, SessionKind};

use crate::support::{
    hidden_value, rng, sample_application, Harness, NowUnix as _, Staff, Submitted, OFFICE_A,
    OFFICE_B,
};

/// A My Page session for the application, as after the phone hand-off.
pub(crate) async fn my_page_cookie(h: &Harness, sub: &Submitted) -> String {
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
    format!("mdg_my={}", session.cookie)
}

pub(crate) async fn accept_at_counter(h: &Harness, staff: &Staff, id: &str) {
    let base = format!("/counter/applications/{id}");
    let identity = h
        .post_form(
            &format!("{base}/identity"),
            Some(&staff.cookie),
            &[("csrf", &staff.csrf), ("document", "passport")],
        )
        .await;
    assert_eq!(
        identity.status,
        StatusCode::SEE_OTHER,
        "{}",
        identity.text()
    );
    let accepted = h
        .post_form(
            &format!("{base}/accept"),
            Some(&staff.cookie),
            &[("csrf", &staff.csrf)],
        )
        .await;
    assert_eq!(
        accepted.status,
        StatusCode::SEE_OTHER,
        "{}",
        accepted.text()
    );
}

/// Posts the My Page edit form with the application's values, changed by `change`.
async fn edit(h: &Harness, cookie: &str, change: impl FnOnce(&mut Application)) -> String {
    let form = h.get("/my/edit", Some(cookie)).await;
    assert_eq!(form.status, StatusCode::OK);
    let csrf = hidden_value(&form.text(), "csrf").expect("csrf");
    let mut app = sample_application(Language::JA, "a@example.jp");
    change(&mut app);
    let b = &app.basic;
    let c = &app.contact;
    let fields = [
        ("csrf", csrf.as_str()),
        ("family_name", b.family_name.as_str()),
        ("given_name", b.given_name.as_str()),
        ("family_kana", b.family_kana.as_str()),
        ("given_kana", b.given_kana.as_str()),
        ("birth_calendar", "showa"),
        ("birth_year", b.birth_date.year.as_str()),
        ("birth_month", b.birth_date.month.as_str()),
        ("birth_day", b.birth_date.day.as_str()),
        ("postcode", c.postcode.as_str()),
        ("phone", c.phone.as_str()),
        ("street", c.street.as_str()),
        ("building", c.building.as_str()),
        ("occupation1", "009"),
        ("occupation2", ""),
        ("occupation3", ""),
        ("emp_full_time", "on"),
        ("wage_kind", "monthly"),
        ("wage_amount", ""),
    ];
    let saved = h.post_form("/my/edit", Some(cookie), &fields).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text());
    saved.location()
}

async fn stored(h: &Harness, id: &str) -> Application {
    let record = h.db.application(id).await.expect("db").expect("there");
    serde_json::from_str(&record.application_json).expect("json")
}

/// The first pending change's id on the counter page.
fn change_id(page: &str) -> Option<String> {
    let start = page.find("/changes/")? + "/changes/".len();
    let end = page[start..].find('"')? + start;
    Some(page[start..end].to_owned())
}

#[tokio::test]
async fn a_name_changed_after_acceptance_waits_for_the_counter() {
    crate::on_every_database!(|h| {
        let kiosk = h.enrol(OFFICE_A, "iidabashi-01").await;
        let sub = h
            .submit(&kiosk, &sample_application(Language::JA, "a@example.jp"))
            .await;
        let staff = h.staff("tanaka", Role::Staff, Some(OFFICE_A)).await;
        let stranger = h.staff("osaka", Role::Staff, Some(OFFICE_B)).await;
        accept_at_counter(&h, &staff, &sub.id()).await;
        let cookie = my_page_cookie(&h, &sub).await;

        let to = edit(&h, &cookie, |a| {
            a.basic.family_name = "佐藤".into();
            a.contact.phone = "0399999999".into();
        })
        .await;
        assert_eq!(to, "/my?saved=pending");
        let now = stored(&h, &sub.id()).await;
        assert_eq!(
            now.basic.family_name, "山田",
            "unchanged until staff accept"
        );
        assert_eq!(now.contact.phone, "0399999999", "the phone applies at once");
        let my = h.get("/my", Some(&cookie)).await.text();
        assert!(
            my.contains("窓口で確認中の変更") && my.contains("佐藤"),
            "{my}"
        );
        let form = h.get("/my/edit", Some(&cookie)).await.text();
        assert!(form.contains("窓口で確認中の変更"), "{form}");

        // Staff of another office neither see nor decide it.
        let detail = format!("/counter/applications/{}", sub.id());
        let page = h.get(&detail, Some(&staff.cookie)).await.text();
        assert!(page.contains("確認待ちの変更"), "{page}");
        let change = change_id(&page).expect("a pending change with its form");
        assert_eq!(
            h.get(&detail, Some(&stranger.cookie)).await.status,
            StatusCode::NOT_FOUND
        );
        let foreign = h
            .post_form(
                &format!("{detail}/changes/{change}"),
                Some(&stranger.cookie),
                &[("csrf", &stranger.csrf), ("decision", "accept")],
            )
            .await;
        assert_eq!(foreign.status, StatusCode::NOT_FOUND);
        assert_eq!(stored(&h, &sub.id()).await.basic.family_name, "山田");
        // Without the CSRF token, nothing.
        let forged = h
            .post_form(
                &format!("{detail}/changes/{change}"),
                Some(&staff.cookie),
                &[("decision", "accept")],
            )
            .await;
        assert_eq!(forged.status, StatusCode::FORBIDDEN);

        // The office's staff accept it: now it applies, once.
        let decided = h
            .post_form(
                &format!("{detail}/changes/{change}"),
                Some(&staff.cookie),
                &[("csrf", &staff.csrf), ("decision", "accept")],
            )
            .await;
        assert_eq!(decided.status, StatusCode::SEE_OTHER, "{}", decided.text());
        assert_eq!(stored(&h, &sub.id()).await.basic.family_name, "佐藤");
        let again = h
            .post_form(
                &format!("{detail}/changes/{change}"),
                Some(&staff.cookie),
                &[("csrf", &staff.csrf), ("decision", "refuse")],
            )
            .await;
        assert_eq!(again.status, StatusCode::CONFLICT);

        // An address change refused stays out.
        edit(&h, &cookie, |a| {
            a.basic.family_name = "佐藤".into();
            a.contact.street = "9-9".into();
        })
        .await;
        let page = h.get(&detail, Some(&staff.cookie)).await.text();
        let change = change_id(&page).expect("the address change");
        let refused = h
            .post_form(
                &format!("{detail}/changes/{change}"),
                Some(&staff.cookie),
                &[("csrf", &staff.csrf), ("decision", "refuse")],
            )
            .await;
        assert_eq!(refused.status, StatusCode::SEE_OTHER);
        assert_eq!(stored(&h, &sub.id()).await.contact.street, "1-1");

        // The audit lists who changed what and when: asked for by the visitor, decided by staff.
        let page = h.get(&detail, Some(&staff.cookie)).await.text();
        let audit = &page[page.find("変更の記録").expect("the audit")..];
        for expected in [
            "求職者（マイページ）",
            "申出",
            "反映",
            "不反映",
            "tanaka",
            "山田 春男",
            "佐藤 春男",
            "9-9",
        ] {
            assert!(audit.contains(expected), "{expected} in {audit}");
        }
        assert!(change_id(&page).is_none(), "nothing waits any more");
        // The stranger's office sees no audit either (the page is 404 above).
    });
}

#[tokio::test]
async fn before_acceptance_edits_apply_at_once_and_are_audited() {
    crate::on_every_database!(|h| {
        let kiosk = h.enrol(OFFICE_A, "iidabashi-01").await;
        let sub = h
            .submit(&kiosk, &sample_application(Language::JA, "a@example.jp"))
            .await;
        let cookie = my_page_cookie(&h, &sub).await;
        let to = edit(&h, &cookie, |a| {
            a.basic.family_name = "佐藤".into();
            a.basic.birth_date.day = "2".into();
        })
        .await;
        assert_eq!(to, "/my?saved=1");
        let now = stored(&h, &sub.id()).await;
        assert_eq!(now.basic.family_name, "佐藤");
        assert_eq!(now.basic.birth_date.day, "2");
        let staff = h.staff("tanaka", Role::Staff, Some(OFFICE_A)).await;
        let page = h
            .get(
                &format!("/counter/applications/{}", sub.id()),
                Some(&staff.cookie),
            )
            .await
            .text();
        assert!(change_id(&page).is_none());
        let audit = &page[page.find("変更の記録").expect("the audit")..];
        for expected in [
            "求職者（マイページ）",
            "山田 春男",
            "佐藤 春男",
            "4月1日",
            "4月2日",
        ] {
            assert!(audit.contains(expected), "{expected} in {audit}");
        }
    });
}
