//! The authorisation matrix of docs/security.md, cell by cell: every role (anonymous, kiosk,
//! phone before proof, phone after proof, My Page, staff of the office, staff of another office,
//! admin) against every family of routes, asserting both the status and that no visitor's detail
//! reaches anyone who has not proved they may see it.

use axum::http::StatusCode;
use madoguchi_core::Language;
use madoguchi_server::storage::Role;

use crate::on_every_database;
use crate::support::{
    sample_application, Answer, Harness, Submitted, TestKiosk, OFFICE_A, OFFICE_B,
};

/// The visitor's details that must never leak: name, phone, email, address line.
const SECRETS: [&str; 4] = ["山田", "0312345678", "matrix.visitor@example.jp", "千代田"];
const EMAIL: &str = "matrix.visitor@example.jp";
const PASSWORD: &str = "matrix no ue made ikitai";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Who {
    Anonymous,
    Kiosk,
    PhoneBeforeProof,
    PhoneAfterProof,
    MyPage,
    StaffOfOffice,
    StaffOfAnotherOffice,
    Admin,
}

const EVERYONE: [Who; 8] = [
    Who::Anonymous,
    Who::Kiosk,
    Who::PhoneBeforeProof,
    Who::PhoneAfterProof,
    Who::MyPage,
    Who::StaffOfOffice,
    Who::StaffOfAnotherOffice,
    Who::Admin,
];

/// What each role carries.
struct Credentials {
    kiosk: TestKiosk,
    /// The application everyone tries to reach (office A, My Page not yet set).
    target: Submitted,
    binding: String,
    my_page: String,
    staff_a: (String, String),
    staff_b: (String, String),
    admin: (String, String),
}

impl Credentials {
    /// The cookie this role sends, if any.
    fn cookie(&self, who: Who) -> Option<&str> {
        match who {
            Who::PhoneAfterProof => Some(&self.binding),
            Who::MyPage => Some(&self.my_page),
            Who::StaffOfOffice => Some(&self.staff_a.0),
            Who::StaffOfAnotherOffice => Some(&self.staff_b.0),
            Who::Admin => Some(&self.admin.0),
            Who::Anonymous | Who::Kiosk | Who::PhoneBeforeProof => None,
        }
    }

    /// The CSRF token this role's forms carry (its own session's, or none).
    fn csrf(&self, who: Who) -> &str {
        match who {
            Who::StaffOfOffice => &self.staff_a.1,
            Who::StaffOfAnotherOffice => &self.staff_b.1,
            Who::Admin => &self.admin.1,
            _ => "",
        }
    }
}

fn leaks(answer: &Answer) -> Vec<&'static str> {
    let text = answer.text();
    SECRETS.into_iter().filter(|s| text.contains(s)).collect()
}

#[track_caller]
fn assert_sealed(who: Who, route: &str, answer: &Answer) {
    assert!(
        leaks(answer).is_empty(),
        "{who:?} on {route} saw {:?}",
        leaks(answer)
    );
}

async fn mailed_code(h: &Harness, sub: &Submitted) -> String {
    let sent = h
        .post_form(&format!("{}/send-code", sub.path()), None, &[])
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.text());
    h.smtp
        .last_to(EMAIL)
        .and_then(|m| m.code())
        .expect("a mailed code")
}

async fn prove(h: &Harness, sub: &Submitted) -> String {
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
    verified.cookie("mdg_phone").expect("a binding cookie")
}

async fn credentials(h: &Harness) -> Credentials {
    let kiosk = h.enrol(OFFICE_A, "matrix-01").await;
    let target = h
        .submit(&kiosk, &sample_application(Language::JA, EMAIL))
        .await;
    let binding = prove(h, &target).await;
    // A second application of the same visitor, whose My Page is open.
    let own = h
        .submit(&kiosk, &sample_application(Language::JA, EMAIL))
        .await;
    let own_binding = prove(h, &own).await;
    let set = h
        .post_form(
            &format!("{}/password", own.path()),
            Some(&own_binding),
            &[("password", PASSWORD), ("confirm", PASSWORD)],
        )
        .await;
    assert_eq!(set.status, StatusCode::SEE_OTHER, "{}", set.text());
    let my_page = set.cookie("mdg_my").expect("My Page session");
    let a = h.staff("matrix-a", Role::Staff, Some(OFFICE_A)).await;
    let b = h.staff("matrix-b", Role::Staff, Some(OFFICE_B)).await;
    let admin = h.staff("matrix-admin", Role::Admin, None).await;
    Credentials {
        kiosk,
        target,
        binding,
        my_page,
        staff_a: (a.cookie, a.csrf),
        staff_b: (b.cookie, b.csrf),
        admin: (admin.cookie, admin.csrf),
    }
}

/// `/c/<token>`: every role reaches the page, but only the bound browser sees the details.
#[tokio::test]
async fn the_token_page_shows_details_only_to_the_bound_browser() {
    on_every_database!(|h| {
        let c = credentials(&h).await;
        for who in EVERYONE {
            let page = h.get(&c.target.path(), c.cookie(who)).await;
            assert_eq!(page.status, StatusCode::OK, "{who:?}");
            if who == Who::PhoneAfterProof {
                assert!(
                    page.text().contains("山田"),
                    "the bound browser sees its application"
                );
            } else {
                assert_sealed(who, "/c/<token>", &page);
            }
        }
    });
}

/// `/c/<token>/password`: only the bound browser sets the password.
#[tokio::test]
async fn only_the_bound_browser_sets_the_password() {
    on_every_database!(|h| {
        let c = credentials(&h).await;
        let path = format!("{}/password", c.target.path());
        let form = [("password", PASSWORD), ("confirm", PASSWORD)];
        for who in EVERYONE.into_iter().filter(|w| *w != Who::PhoneAfterProof) {
            let tried = h.post_form(&path, c.cookie(who), &form).await;
            assert!(tried.cookie("mdg_my").is_none(), "{who:?} opened a My Page");
            assert_sealed(who, "/c/<token>/password", &tried);
            let row =
                h.db.application(&c.target.id())
                    .await
                    .expect("read")
                    .expect("row");
            assert!(row.password_hash.is_none(), "{who:?} set the password");
        }
        let set = h.post_form(&path, Some(&c.binding), &form).await;
        assert!(set.cookie("mdg_my").is_some(), "{}", set.text());
    });
}

/// `/my`, `/my/edit` and the edit's own pages (email, 職歴, 障害について): the My Page session
/// only.
#[tokio::test]
async fn my_page_is_for_its_session_only() {
    on_every_database!(|h| {
        let c = credentials(&h).await;
        let routes = [
            "/my",
            "/my/edit",
            "/my/email",
            "/my/edit/work-history",
            "/my/edit/work-history/new",
            "/my/edit/disability",
        ];
        for route in routes {
            for who in EVERYONE {
                let page = h.get(route, c.cookie(who)).await;
                if who == Who::MyPage {
                    assert_eq!(page.status, StatusCode::OK, "{route}: {}", page.text());
                    assert!(
                        page.text().contains("山田") || !["/my", "/my/edit"].contains(&route),
                        "{route}"
                    );
                } else {
                    assert_eq!(page.status, StatusCode::SEE_OTHER, "{who:?} on {route}");
                    assert!(
                        page.location().starts_with("/my/signin"),
                        "{who:?} on {route}"
                    );
                    assert_sealed(who, route, &page);
                }
            }
        }
    });
}

/// The counter's pages: staff of the application's office and admins; staff of another office
/// get "not found" (never told that it exists); everyone else is sent to sign in.
#[tokio::test]
async fn the_counter_is_for_staff_of_the_office_and_admins() {
    on_every_database!(|h| {
        let c = credentials(&h).await;
        let id = c.target.id();
        let detail = format!("/counter/applications/{id}");
        for who in EVERYONE {
            let page = h.get(&detail, c.cookie(who)).await;
            match who {
                Who::StaffOfOffice | Who::Admin => {
                    assert_eq!(page.status, StatusCode::OK, "{who:?}");
                    assert!(page.text().contains("山田"), "{who:?} sees the application");
                }
                Who::StaffOfAnotherOffice => {
                    assert_eq!(page.status, StatusCode::NOT_FOUND, "{who:?}");
                    assert_sealed(who, &detail, &page);
                }
                _ => {
                    assert_eq!(page.status, StatusCode::SEE_OTHER, "{who:?}");
                    assert!(page.location().starts_with("/counter/signin"), "{who:?}");
                    assert_sealed(who, &detail, &page);
                }
            }
            let list = h.get("/counter", c.cookie(who)).await;
            match who {
                Who::StaffOfOffice | Who::Admin => {
                    assert_eq!(list.status, StatusCode::OK, "{who:?}")
                }
                Who::StaffOfAnotherOffice => {
                    assert_eq!(list.status, StatusCode::OK, "{who:?}");
                    assert_sealed(who, "/counter", &list);
                }
                _ => {
                    assert_eq!(list.status, StatusCode::SEE_OTHER, "{who:?}");
                    assert_sealed(who, "/counter", &list);
                }
            }
            for route in [
                "/counter/scorecard",
                "/counter/fleet",
                "/counter/calls",
                "/counter/staff-codes",
            ] {
                let page = h.get(route, c.cookie(who)).await;
                let staff = matches!(
                    who,
                    Who::StaffOfOffice | Who::StaffOfAnotherOffice | Who::Admin
                );
                let want = if staff {
                    StatusCode::OK
                } else {
                    StatusCode::SEE_OTHER
                };
                assert_eq!(page.status, want, "{who:?} on {route}");
                assert_sealed(who, route, &page);
            }
            let print = h.get(&format!("{detail}/print"), c.cookie(who)).await;
            if !matches!(who, Who::StaffOfOffice | Who::Admin) {
                assert_sealed(who, "print", &print);
            }
            // The corrections, the version as received, the printed 求職申込書 and the export.
            for route in [
                format!("{detail}/correct"),
                format!("{detail}/received"),
                format!("{detail}/form.pdf"),
            ] {
                let page = h.get(&route, c.cookie(who)).await;
                let want = match who {
                    Who::StaffOfOffice | Who::Admin => StatusCode::OK,
                    Who::StaffOfAnotherOffice => StatusCode::NOT_FOUND,
                    _ => StatusCode::SEE_OTHER,
                };
                assert_eq!(page.status, want, "{who:?} on {route}");
                if want != StatusCode::OK {
                    assert_sealed(who, &route, &page);
                }
            }
            let export = h
                .get(&format!("/counter/export?office={OFFICE_A}"), c.cookie(who))
                .await;
            let want = match who {
                Who::StaffOfOffice | Who::Admin => StatusCode::OK,
                Who::StaffOfAnotherOffice => StatusCode::FORBIDDEN,
                _ => StatusCode::SEE_OTHER,
            };
            assert_eq!(export.status, want, "{who:?} on the export");
        }
        // Decisions: nobody but staff of the office (or an admin) records one.
        let identity = format!("{detail}/identity");
        for who in EVERYONE
            .into_iter()
            .filter(|w| !matches!(w, Who::StaffOfOffice | Who::Admin))
        {
            let tried = h
                .post_form(
                    &identity,
                    c.cookie(who),
                    &[("csrf", c.csrf(who)), ("document", "residence-card")],
                )
                .await;
            assert!(
                matches!(tried.status.as_u16(), 303 | 403 | 404),
                "{who:?}: {}",
                tried.status
            );
            if tried.status == StatusCode::SEE_OTHER {
                assert!(tried.location().starts_with("/counter/signin"), "{who:?}");
            }
            let row = h.db.application(&id).await.expect("read").expect("row");
            assert!(
                row.identity_checked_at.is_none(),
                "{who:?} checked identity"
            );
        }
        let done = h
            .post_form(
                &identity,
                c.cookie(Who::StaffOfOffice),
                &[
                    ("csrf", c.csrf(Who::StaffOfOffice)),
                    ("document", "residence-card"),
                ],
            )
            .await;
        assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.text());
        let row = h.db.application(&id).await.expect("read").expect("row");
        assert!(row.identity_checked_at.is_some());
    });
}

/// The kiosk API: the kiosk's bearer token only; cookies of any other role open nothing.
#[tokio::test]
async fn the_kiosk_api_is_for_enrolled_kiosks_only() {
    on_every_database!(|h| {
        let c = credentials(&h).await;
        let hb = r#"{"version":"0.1.0","queue_depth":0,"last_error":null}"#;
        for who in EVERYONE {
            let bearer = (who == Who::Kiosk).then_some(c.kiosk.token.as_str());
            let mut headers = Vec::new();
            if let Some(cookie) = c.cookie(who) {
                headers.push(("Cookie", cookie));
            }
            let beat = h
                .post_json("/api/v1/kiosks/heartbeat", bearer, &headers, hb)
                .await;
            if who == Who::Kiosk {
                assert!(beat.status.is_success(), "{}", beat.text());
            } else {
                beat.assert_problem(401, "unauthorized");
            }
            let sent = h
                .post_json(
                    "/api/v1/applications",
                    bearer,
                    &[
                        headers.as_slice(),
                        &[("Idempotency-Key", "matrix-key-0001")],
                    ]
                    .concat(),
                    r#"{"envelope":"AAAA"}"#,
                )
                .await;
            if who != Who::Kiosk {
                sent.assert_problem(401, "unauthorized");
            } else {
                assert!(sent.status.is_client_error(), "a bad envelope is refused");
            }
        }
    });
}
