//! Staff calls: a kiosk calls, the counter of its office hears it live (server-sent events) and
//! answers, and the kiosk learns that staff are on the way. Nothing of the visitor's travels.

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use futures_util::StreamExt as _;
use madoguchi_server::storage::Role;
use tower::ServiceExt as _;

use crate::on_every_database;
use crate::support::{Harness, OFFICE_A, OFFICE_B};

const CALL: &str = "call-0123456789abcdef01";

fn call_body(call_id: &str, place: &str, screen: &str) -> String {
    serde_json::json!({ "call_id": call_id, "place": place, "screen": screen }).to_string()
}

/// The first event of the counter's stream, as text.
async fn first_event(h: &Harness, cookie: &str) -> String {
    let request = Request::builder()
        .method(Method::GET)
        .uri("/counter/calls/events")
        .header(header::COOKIE, cookie)
        .body(Body::empty())
        .expect("request");
    let response = h.app.clone().oneshot(request).await.expect("infallible");
    assert_eq!(response.status(), StatusCode::OK);
    let kind = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    assert!(kind.starts_with("text/event-stream"), "{kind}");
    let mut stream = response.into_body().into_data_stream();
    let mut text = String::new();
    while !text.contains("\n\n") {
        let chunk = stream.next().await.expect("an event").expect("bytes");
        text.push_str(&String::from_utf8_lossy(&chunk));
    }
    text
}

#[tokio::test]
async fn a_call_reaches_the_counter_and_its_answer_reaches_the_kiosk() {
    on_every_database!(|h| {
        let kiosk = h.enrol(OFFICE_A, "iidabashi-01").await;
        let t = Some(kiosk.token.as_str());
        let body = call_body(CALL, "入口の左", "desired-work");
        let first = h.post_json("/api/v1/kiosks/calls", t, &[], &body).await;
        assert_eq!(first.status, StatusCode::CREATED, "{}", first.text());
        assert_eq!(first.json()["acknowledged"], false);
        // Sent again (the kiosk did not hear the answer): the same call.
        let again = h.post_json("/api/v1/kiosks/calls", t, &[], &body).await;
        assert_eq!(again.status, StatusCode::OK);

        let staff = h.staff("calls-a", Role::Staff, Some(OFFICE_A)).await;
        let other = h.staff("calls-b", Role::Staff, Some(OFFICE_B)).await;
        let event = first_event(&h, &staff.cookie).await;
        assert!(event.starts_with("event: calls\n"), "{event}");
        assert!(event.contains("iidabashi-01"), "{event}");
        assert!(event.contains("入口の左"), "{event}");
        assert!(
            event.contains("希望する仕事"),
            "the screen by its name: {event}"
        );
        assert_eq!(
            event.matches("data-testid=\"staff-call\"").count(),
            1,
            "{event}"
        );
        let elsewhere = first_event(&h, &other.cookie).await;
        assert!(!elsewhere.contains("iidabashi-01"), "{elsewhere}");

        let page = h.get("/counter/calls", Some(&staff.cookie)).await;
        assert_eq!(page.status, StatusCode::OK);
        let html = page.text();
        let start = html
            .find("/counter/calls/call_")
            .expect("an acknowledge form");
        let end = start + html[start..].find('"').expect("end of action");
        let action = html[start..end].to_owned();
        // Another office's staff cannot answer it; a missing token is refused.
        let refused = h
            .post_form(&action, Some(&other.cookie), &[("csrf", &other.csrf)])
            .await;
        assert_eq!(refused.status, StatusCode::NOT_FOUND);
        let forged = h.post_form(&action, Some(&staff.cookie), &[]).await;
        assert_eq!(forged.status, StatusCode::FORBIDDEN);
        let state = serde_json::json!({ "call_id": CALL }).to_string();
        let asked = h
            .post_json("/api/v1/kiosks/calls/state", t, &[], &state)
            .await;
        assert_eq!(asked.json()["acknowledged"], false);

        let answered = h
            .post_form(&action, Some(&staff.cookie), &[("csrf", &staff.csrf)])
            .await;
        assert_eq!(answered.status, StatusCode::SEE_OTHER);
        let asked = h
            .post_json("/api/v1/kiosks/calls/state", t, &[], &state)
            .await;
        assert_eq!(asked.status, StatusCode::OK);
        assert_eq!(asked.json()["acknowledged"], true);
        let event = first_event(&h, &staff.cookie).await;
        assert!(event.contains("staff-call-acknowledged"), "{event}");
        assert!(!event.contains("staff-call-acknowledge\""), "{event}");
    });
}

#[tokio::test]
async fn calls_are_checked_and_belong_to_their_kiosk() {
    on_every_database!(|h| {
        let kiosk = h.enrol(OFFICE_A, "iidabashi-01").await;
        let neighbour = h.enrol(OFFICE_A, "iidabashi-02").await;
        let t = Some(kiosk.token.as_str());
        for body in [
            call_body("short", "入口", "basic"),
            call_body(CALL, "入口", "<b>"),
            call_body(CALL, "入口\n2階", "basic"),
            call_body(CALL, &"あ".repeat(65), "basic"),
        ] {
            h.post_json("/api/v1/kiosks/calls", t, &[], &body)
                .await
                .assert_problem(422, "invalid-body");
        }
        h.post_json(
            "/api/v1/kiosks/calls",
            None,
            &[],
            &call_body(CALL, "", "basic"),
        )
        .await
        .assert_problem(401, "unauthorized");
        let made = h
            .post_json(
                "/api/v1/kiosks/calls",
                t,
                &[],
                &call_body(CALL, "", "basic"),
            )
            .await;
        assert_eq!(made.status, StatusCode::CREATED);
        // Another kiosk cannot ask after it.
        let state = serde_json::json!({ "call_id": CALL }).to_string();
        h.post_json(
            "/api/v1/kiosks/calls/state",
            Some(&neighbour.token),
            &[],
            &state,
        )
        .await
        .assert_problem(404, "not-found");
    });
}
