//! The counter: sign-in, identity check, acceptance with 求職番号, return, print; and who may
//! do what (the authorisation matrix).

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use madoguchi_core::Language;
use madoguchi_server::storage::Role;

use crate::on_every_database;
use crate::support::{
    hidden_value, sample_application, Answer, Harness, Staff, Submitted, OFFICE_A, OFFICE_B,
    PUBLIC_URL,
};

async fn identity(h: &Harness, staff: &Staff, id: &str) -> Answer {
    h.post_form(
        &format!("/counter/applications/{id}/identity"),
        Some(&staff.cookie),
        &[("csrf", &staff.csrf), ("document", "residence-card")],
    )
    .await
}

async fn accept(h: &Harness, staff: &Staff, id: &str) -> Answer {
    h.post_form(
        &format!("/counter/applications/{id}/accept"),
        Some(&staff.cookie),
        &[("csrf", &staff.csrf)],
    )
    .await
}

#[tokio::test]
async fn staff_check_identity_accept_and_print() {
    on_every_database!(|h| {
        let kiosk = h.enrol(OFFICE_A, "iidabashi-01").await;
        let first = h
            .submit(&kiosk, &sample_application(Language::JA, "a@example.jp"))
            .await;
        let second = h
            .submit(
                &kiosk,
                &sample_application(Language::from_code("en").expect("en"), "b@example.jp"),
            )
            .await;
        let staff = h.staff("tanaka", Role::Staff, Some(OFFICE_A)).await;

        let list = h.get("/counter", Some(&staff.cookie)).await;
        assert_eq!(list.status, StatusCode::OK);
        let html = list.text();
        assert!(html.contains(&first.receipt) && html.contains(&second.receipt));
        // Found by receipt number as a visitor reads it out, in lower case with a space.
        let typed = format!("{} {}", &first.receipt[..3], &first.receipt[3..]).to_lowercase();
        let found = h
            .get(
                &format!("/counter?receipt={}", crate::support::form_encode(&typed)),
                Some(&staff.cookie),
            )
            .await
            .text();
        assert!(found.contains(&first.receipt) && !found.contains(&second.receipt));

        let refused = accept(&h, &staff, &first.id()).await;
        assert_eq!(
            refused.status,
            StatusCode::CONFLICT,
            "no acceptance before the identity check"
        );
        assert!(refused.text().contains("本人確認を記録"));

        assert_eq!(
            identity(&h, &staff, &first.id()).await.status,
            StatusCode::SEE_OTHER
        );
        let done = accept(&h, &staff, &first.id()).await;
        assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.text());
        let row =
            h.db.application(&first.id())
                .await
                .expect("read")
                .expect("row");
        assert_eq!(row.job_seeker_number.as_deref(), Some("1301000000001"));
        assert_eq!(row.decided_by.as_deref(), Some("tanaka"));

        assert_eq!(
            accept(&h, &staff, &first.id()).await.status,
            StatusCode::CONFLICT,
            "accepted once only"
        );
        identity(&h, &staff, &second.id()).await;
        accept(&h, &staff, &second.id()).await;
        let row =
            h.db.application(&second.id())
                .await
                .expect("read")
                .expect("row");
        assert_eq!(row.job_seeker_number.as_deref(), Some("1301000000002"));

        let detail = h
            .get(
                &format!("/counter/applications/{}", first.id()),
                Some(&staff.cookie),
            )
            .await
            .text();
        assert!(detail.contains("13010-00000001"));
        for paper in ["a4", "receipt"] {
            let slip = h
                .get(
                    &format!("/counter/applications/{}/print?paper={paper}", first.id()),
                    Some(&staff.cookie),
                )
                .await;
            assert_eq!(slip.status, StatusCode::OK);
            let text = slip.text();
            assert!(
                text.contains("求職受付票")
                    && text.contains("13010-00000001")
                    && text.contains("山田")
            );
            assert!(text.contains(&format!("/static/print-{paper}.css")));
        }
        let css = h.get("/static/print-receipt.css", None).await;
        assert!(css.text().contains("80mm"));
        assert!(css.content_type().starts_with("text/css"));
    });
}

#[tokio::test]
async fn the_phone_sees_the_number_and_a_return_reason() {
    on_every_database!(|h| {
        let kiosk = h.enrol(OFFICE_A, "iidabashi-01").await;
        let accepted = h
            .submit(&kiosk, &sample_application(Language::JA, "a@example.jp"))
            .await;
        let returned = h
            .submit(
                &kiosk,
                &sample_application(Language::from_code("en").expect("en"), "b@example.jp"),
            )
            .await;
        let staff = h.staff("tanaka", Role::Staff, Some(OFFICE_A)).await;
        identity(&h, &staff, &accepted.id()).await;
        accept(&h, &staff, &accepted.id()).await;
        let empty = h
            .post_form(
                &format!("/counter/applications/{}/return", returned.id()),
                Some(&staff.cookie),
                &[("csrf", &staff.csrf), ("reason", "  ")],
            )
            .await;
        assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
        let back = h
            .post_form(
                &format!("/counter/applications/{}/return", returned.id()),
                Some(&staff.cookie),
                &[
                    ("csrf", &staff.csrf),
                    ("reason", "Please bring your residence card."),
                ],
            )
            .await;
        assert_eq!(back.status, StatusCode::SEE_OTHER);
        identity(&h, &staff, &returned.id()).await;
        assert_eq!(
            accept(&h, &staff, &returned.id()).await.status,
            StatusCode::CONFLICT
        );

        let my = open_my_page(&h, &accepted, "a@example.jp").await;
        assert!(h
            .get("/my", Some(&my))
            .await
            .text()
            .contains("13010-00000001"));
        let my = open_my_page(&h, &returned, "b@example.jp").await;
        let page = h.get("/my", Some(&my)).await.text();
        assert!(page.contains("Please bring your residence card."));
        assert!(page.contains("Returned"));
    });
}

async fn open_my_page(h: &Harness, sub: &Submitted, email: &str) -> String {
    h.post_form(&format!("{}/send-code", sub.path()), None, &[])
        .await;
    let code = h.smtp.last_to(email).and_then(|m| m.code()).expect("code");
    let verified = h
        .post_form(&format!("{}/verify", sub.path()), None, &[("code", &code)])
        .await;
    let bound = verified
        .cookie("mdg_phone")
        .expect("the proving browser is bound");
    let pass = "a long enough pass phrase";
    let set = h
        .post_form(
            &format!("{}/password", sub.path()),
            Some(&bound),
            &[("password", pass), ("confirm", pass)],
        )
        .await;
    set.cookie("mdg_my").expect("cookie")
}

#[tokio::test]
async fn concurrent_acceptances_never_share_or_skip_a_number() {
    on_every_database!(|h| {
        let kiosk = h.enrol(OFFICE_A, "iidabashi-01").await;
        let staff = h.staff("tanaka", Role::Staff, Some(OFFICE_A)).await;
        let mut ids = Vec::new();
        for i in 0..8 {
            let sub = h
                .submit(
                    &kiosk,
                    &sample_application(Language::JA, &format!("p{i}@example.jp")),
                )
                .await;
            identity(&h, &staff, &sub.id()).await;
            ids.push(sub.id());
        }
        let h = std::sync::Arc::new(h);
        let mut tasks = Vec::new();
        for id in ids.iter().chain(ids.iter()) {
            let (h, staff, id) = (h.clone(), staff.clone(), id.clone());
            tasks.push(tokio::spawn(
                async move { accept(&h, &staff, &id).await.status },
            ));
        }
        let mut statuses = Vec::new();
        for t in tasks {
            statuses.push(t.await.expect("task"));
        }
        assert_eq!(
            statuses
                .iter()
                .filter(|s| **s == StatusCode::SEE_OTHER)
                .count(),
            8,
            "{statuses:?}"
        );
        let mut numbers = Vec::new();
        for id in &ids {
            numbers.push(
                h.db.application(id)
                    .await
                    .expect("read")
                    .expect("row")
                    .job_seeker_number
                    .expect("number"),
            );
        }
        numbers.sort();
        let want: Vec<String> = (1..=8).map(|n| format!("13010{n:08}")).collect();
        assert_eq!(numbers, want);
    });
}

#[tokio::test]
async fn forms_need_the_session_csrf_token_and_sign_in_fails_politely() {
    on_every_database!(|h| {
        let kiosk = h.enrol(OFFICE_A, "iidabashi-01").await;
        let sub = h
            .submit(&kiosk, &sample_application(Language::JA, "a@example.jp"))
            .await;
        let staff = h.staff("tanaka", Role::Staff, Some(OFFICE_A)).await;
        for csrf in ["", "wrong"] {
            let answer = h
                .post_form(
                    &format!("/counter/applications/{}/identity", sub.id()),
                    Some(&staff.cookie),
                    &[("csrf", csrf), ("document", "passport")],
                )
                .await;
            assert_eq!(answer.status, StatusCode::FORBIDDEN);
        }
        let cross_site = Request::builder()
            .method(Method::POST)
            .uri(format!("/counter/applications/{}/accept", sub.id()))
            .header(header::COOKIE, &staff.cookie)
            .header(header::ORIGIN, "https://evil.example")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(format!("csrf={}", staff.csrf)))
            .expect("request");
        assert_eq!(h.send(cross_site).await.status, StatusCode::FORBIDDEN);
        // `Origin: null` (a sandboxed frame, a data: page) is not our origin either.
        let null_origin = Request::builder()
            .method(Method::POST)
            .uri(format!("/counter/applications/{}/accept", sub.id()))
            .header(header::COOKIE, &staff.cookie)
            .header(header::ORIGIN, "null")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(format!("csrf={}", staff.csrf)))
            .expect("request");
        assert_eq!(h.send(null_origin).await.status, StatusCode::FORBIDDEN);
        // Our own origin, as a browser sends it under `Referrer-Policy: same-origin`, passes.
        let own = Request::builder()
            .method(Method::POST)
            .uri(format!("/counter/applications/{}/identity", sub.id()))
            .header(header::COOKIE, &staff.cookie)
            .header(header::ORIGIN, PUBLIC_URL)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(format!("csrf={}&document=passport", staff.csrf)))
            .expect("request");
        assert_ne!(h.send(own).await.status, StatusCode::FORBIDDEN);

        let wrong = h
            .sign_in(
                "/counter/signin",
                &[("login", "tanaka"), ("password", "nope")],
            )
            .await;
        assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
        assert!(wrong.cookie("mdg_staff").is_none());
        let nobody = h
            .sign_in(
                "/counter/signin",
                &[("login", "nobody"), ("password", "nope")],
            )
            .await;
        assert_eq!(nobody.status, StatusCode::UNAUTHORIZED);

        let out = h
            .post_form(
                "/counter/signout",
                Some(&staff.cookie),
                &[("csrf", &staff.csrf)],
            )
            .await;
        assert_eq!(out.status, StatusCode::SEE_OTHER);
        assert_eq!(
            h.get("/counter", Some(&staff.cookie)).await.status,
            StatusCode::SEE_OTHER
        );
    });
}

/// Every protected route against every kind of caller.
#[tokio::test]
async fn the_authorisation_matrix() {
    on_every_database!(|h| {
        let kiosk = h.enrol(OFFICE_A, "iidabashi-01").await;
        let _kiosk_b = h.enrol(OFFICE_B, "osaka-01").await;
        let sub = h
            .submit(&kiosk, &sample_application(Language::JA, "a@example.jp"))
            .await;
        let staff_a = h.staff("tanaka", Role::Staff, Some(OFFICE_A)).await;
        let staff_b = h.staff("suzuki", Role::Staff, Some(OFFICE_B)).await;
        let admin = h.staff("admin", Role::Admin, None).await;
        let id = sub.id();

        #[derive(Clone, Copy, Debug)]
        enum Who {
            Anonymous,
            Kiosk,
            StaffA,
            StaffB,
            Admin,
        }
        let everyone = [
            Who::Anonymous,
            Who::Kiosk,
            Who::StaffA,
            Who::StaffB,
            Who::Admin,
        ];
        // (method, path, expected for each of `everyone`); 303 means "sent to sign in".
        let gets: Vec<(String, [u16; 5])> = vec![
            ("/counter".into(), [303, 303, 200, 200, 200]),
            (
                format!("/counter/applications/{id}"),
                [303, 303, 200, 404, 200],
            ),
            (
                format!("/counter/applications/{id}/print?paper=a4"),
                [303, 303, 404, 404, 404],
            ),
            ("/counter/scorecard".into(), [303, 303, 200, 200, 200]),
            (
                format!("/counter/scorecard?office={OFFICE_A}"),
                [303, 303, 200, 403, 200],
            ),
            (
                format!("/counter/scorecard.csv?office={OFFICE_A}"),
                [303, 303, 200, 403, 200],
            ),
            (
                format!("/counter/scorecard.json?office={OFFICE_A}"),
                [303, 303, 200, 403, 200],
            ),
            (
                format!("/counter/fleet?office={OFFICE_A}"),
                [303, 303, 200, 403, 200],
            ),
            (
                format!("/counter?office={OFFICE_A}"),
                [303, 303, 200, 403, 200],
            ),
            ("/my".into(), [303, 303, 303, 303, 303]),
            ("/my/edit".into(), [303, 303, 303, 303, 303]),
        ];
        let request = |who: Who, method: Method, path: &str, body: String| {
            let mut b = Request::builder().method(method).uri(path);
            match who {
                Who::Anonymous => {}
                Who::Kiosk => {
                    b = b.header(header::AUTHORIZATION, format!("Bearer {}", kiosk.token))
                }
                Who::StaffA => b = b.header(header::COOKIE, &staff_a.cookie),
                Who::StaffB => b = b.header(header::COOKIE, &staff_b.cookie),
                Who::Admin => b = b.header(header::COOKIE, &admin.cookie),
            }
            b.header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(Body::from(body))
                .expect("request")
        };
        let csrf_of = |who: Who| match who {
            Who::StaffA => staff_a.csrf.clone(),
            Who::StaffB => staff_b.csrf.clone(),
            Who::Admin => admin.csrf.clone(),
            _ => String::new(),
        };
        let mut problems = Vec::new();
        for (path, want) in &gets {
            for (who, want) in everyone.iter().zip(want) {
                let got = h
                    .send(request(*who, Method::GET, path, String::new()))
                    .await
                    .status
                    .as_u16();
                if got != *want {
                    problems.push(format!("GET {path} as {who:?}: {got}, want {want}"));
                }
            }
        }
        // Posts that change an application, in this order: staff A records the identity check
        // and returns it; the admin's and later attempts are refused as already decided (409);
        // staff B never learns it exists (404).
        let posts: Vec<(String, String, [u16; 5])> = vec![
            (
                format!("/counter/applications/{id}/identity"),
                "document=passport".into(),
                [303, 303, 303, 404, 303],
            ),
            (
                format!("/counter/applications/{id}/return"),
                "reason=x".into(),
                [303, 303, 303, 404, 409],
            ),
            (
                format!("/counter/applications/{id}/accept"),
                String::new(),
                [303, 303, 409, 404, 409],
            ),
        ];
        for (path, body, want) in &posts {
            for (who, want) in everyone.iter().zip(want) {
                let body = format!("csrf={}&{body}", csrf_of(*who));
                let got = h
                    .send(request(*who, Method::POST, path, body))
                    .await
                    .status
                    .as_u16();
                if got != *want {
                    problems.push(format!("POST {path} as {who:?}: {got}, want {want}"));
                }
            }
        }
        // Staff B's list of today does not show office A's application; staff cookies open no API.
        let list_b = h.get("/counter", Some(&staff_b.cookie)).await.text();
        if list_b.contains(&sub.receipt) {
            problems.push("staff B sees office A's receipt".into());
        }
        let api = Request::builder()
            .method(Method::POST)
            .uri("/api/v1/kiosks/heartbeat")
            .header(header::COOKIE, &admin.cookie)
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(
                r#"{"version":"1","queue_depth":0,"last_error":null}"#,
            ))
            .expect("request");
        let got = h.send(api).await.status.as_u16();
        if got != 401 {
            problems.push(format!("API with a staff cookie: {got}"));
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
        // Staff A returned it; nobody else changed it.
        let row = h.db.application(&id).await.expect("read").expect("row");
        assert_eq!(row.status, madoguchi_server::storage::Status::Returned);
        assert_eq!(row.decided_by.as_deref(), Some("tanaka"));
    });
}

#[tokio::test]
async fn list_shows_csrf_and_language_switches() {
    on_every_database!(|h| {
        let staff = h.staff("tanaka", Role::Staff, Some(OFFICE_A)).await;
        let en = h.get("/counter?lang=en", Some(&staff.cookie)).await;
        assert!(
            en.text().contains("Today&#39;s applications")
                || en.text().contains("Today's applications")
        );
        assert!(en
            .headers
            .get_all(header::SET_COOKIE)
            .iter()
            .any(|v| v.to_str().unwrap_or_default().starts_with("lang=en")));
        assert!(hidden_value(&en.text(), "csrf").is_some());
    });
}
