//! Rate limits on sign-in, email codes and token pages (enrolment's is in `api`).

use axum::http::StatusCode;
use madoguchi_core::receipt::ContinuationToken;
use madoguchi_core::Language;
use madoguchi_server::ratelimit::RateLimits;
use time::Duration;

use crate::support::{databases, rng, sample_application, Harness, OFFICE_A};

#[tokio::test]
async fn sign_in_guesses_are_slowed_per_login_and_per_client() {
    for db in databases().await {
        let h = Harness::with_limits(db, RateLimits::default()).await;
        let mut statuses = Vec::new();
        for _ in 0..6 {
            let answer = h
                .sign_in(
                    "/counter/signin",
                    &[("login", "tanaka"), ("password", "guess")],
                )
                .await;
            statuses.push(answer.status.as_u16());
        }
        assert_eq!(
            statuses,
            [401, 401, 401, 401, 401, 429],
            "five guesses per login"
        );
        // Other logins from the same client: the client's own bucket (10) runs out too.
        let mut other = Vec::new();
        for i in 0..5 {
            let login = format!("user{i}");
            other.push(
                h.sign_in(
                    "/counter/signin",
                    &[("login", &login), ("password", "guess")],
                )
                .await
                .status
                .as_u16(),
            );
        }
        assert_eq!(other, [401, 401, 401, 401, 429]);
        let my = h
            .sign_in(
                "/my/signin",
                &[("email", "a@example.jp"), ("password", "guess")],
            )
            .await;
        assert_eq!(
            my.status,
            StatusCode::TOO_MANY_REQUESTS,
            "My Page sign-in shares the client's bucket"
        );
        assert!(my.headers.get("retry-after").is_some());
        h.clock.advance(Duration::hours(1));
        let later = h
            .sign_in(
                "/counter/signin",
                &[("login", "tanaka"), ("password", "guess")],
            )
            .await;
        assert_eq!(later.status, StatusCode::UNAUTHORIZED);
    }
}

#[tokio::test]
async fn email_codes_and_token_pages_are_limited() {
    for db in databases().await {
        let h = Harness::with_limits(db, RateLimits::default()).await;
        let kiosk = h.enrol(OFFICE_A, "iidabashi-01").await;
        let sub = h
            .submit(&kiosk, &sample_application(Language::JA, "a@example.jp"))
            .await;
        for _ in 0..3 {
            let sent = h
                .post_form(&format!("{}/send-code", sub.path()), None, &[])
                .await;
            assert_eq!(sent.status, StatusCode::SEE_OTHER);
        }
        let fourth = h
            .post_form(&format!("{}/send-code", sub.path()), None, &[])
            .await;
        assert_eq!(fourth.status, StatusCode::TOO_MANY_REQUESTS);
        assert!(fourth.text().contains("続けて送ることはできません"));
        assert_eq!(h.smtp.all().len(), 3);

        // Token pages: a burst of 60 per client, then 429 — guessing tokens stays slow.
        let mut last = StatusCode::OK;
        for _ in 0..60 {
            let token = ContinuationToken::generate(&mut rng());
            last = h.get(&format!("/c/{}", token.as_str()), None).await.status;
        }
        assert_eq!(
            last,
            StatusCode::TOO_MANY_REQUESTS,
            "the page views above and the sends share the bucket"
        );
    }
}

#[tokio::test]
async fn guessing_limits_hold_across_server_processes_and_restarts() {
    for db in databases().await {
        let mut h = Harness::with_limits(db, RateLimits::default()).await;
        let guess = |login: &'static str| [("login", login), ("password", "guess")];
        for _ in 0..5 {
            let answer = h.sign_in("/counter/signin", &guess("tanaka")).await;
            assert_eq!(answer.status, StatusCode::UNAUTHORIZED, "{}", h.label);
        }
        // A second process on the same database (or this one restarted): its memory is empty,
        // the buckets are not.
        let mut second = h.state.clone();
        second.limits = std::sync::Arc::new(RateLimits::default());
        h.app = madoguchi_server::app(second);
        let refused = h.sign_in("/counter/signin", &guess("tanaka")).await;
        assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS, "{}", h.label);
        let other = h.sign_in("/counter/signin", &guess("suzuki")).await;
        assert_eq!(
            other.status,
            StatusCode::UNAUTHORIZED,
            "another login has its own bucket"
        );
        // Every shared bucket is full again within two hours, and old rows are forgotten.
        h.clock.advance(Duration::hours(3));
        let later = h.sign_in("/counter/signin", &guess("tanaka")).await;
        assert_eq!(later.status, StatusCode::UNAUTHORIZED, "{}", h.label);
    }
}
