//! The kiosk API's contract: enrolment, errors as problem documents, limits, OpenAPI.

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use madoguchi_core::receipt::IdempotencyKey;
use madoguchi_core::Language;
use madoguchi_server::enrolment;
use madoguchi_server::ratelimit::RateLimits;
use time::Duration;

use crate::on_every_database;
use crate::support::{
    databases, rng, sample_application, Harness, NowUnix as _, OFFICE_A, OFFICE_B,
};

#[tokio::test]
async fn an_enrolment_code_works_once() {
    on_every_database!(|h| {
        let added = enrolment::add_kiosk(
            &h.db,
            OFFICE_A,
            None,
            "lobby",
            h.clock.now_unix(),
            &mut rng(),
        )
        .await
        .expect("add");
        // Typed sloppily: lower case, spaces instead of hyphens.
        let typed = added.code.to_lowercase().replace('-', " ");
        let body = serde_json::json!({"code": typed, "kiosk_id": "iidabashi-01"}).to_string();
        let answer = h.post_json("/api/v1/kiosks/enroll", None, &[], &body).await;
        assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text());
        let json = answer.json();
        assert_eq!(json["office_code"], OFFICE_A);
        assert_eq!(json["continuation_base_url"], "http://madoguchi.test");
        assert_eq!(
            json.as_object().map(|o| o.len()),
            Some(5),
            "exactly the five fields: {json}"
        );
        let again = h.post_json("/api/v1/kiosks/enroll", None, &[], &body).await;
        again.assert_problem(403, "enrolment-code-invalid");
    });
}

/// A kiosk pins the server by its key or the fingerprint `keygen` printed: the answer carries
/// the server's own key, and the fingerprint of that key for the administrator to compare.
#[tokio::test]
async fn the_enrolment_answer_names_the_servers_key_and_its_fingerprint() {
    on_every_database!(|h| {
        let added = enrolment::add_kiosk(
            &h.db,
            OFFICE_A,
            None,
            "lobby",
            h.clock.now_unix(),
            &mut rng(),
        )
        .await
        .expect("add");
        let body = serde_json::json!({"code": added.code, "kiosk_id": "pinned-01"}).to_string();
        let answer = h.post_json("/api/v1/kiosks/enroll", None, &[], &body).await;
        assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text());
        let json = answer.json();
        assert_eq!(json["server_public_key"], h.public_key.to_base64());
        let fingerprint = json["server_key_fingerprint"].as_str().unwrap_or_default();
        assert_eq!(fingerprint, h.public_key.fingerprint());
        assert!(h.public_key.matches_fingerprint(fingerprint));
        let (_, other) = madoguchi_core::envelope::generate_keypair(&mut rng());
        assert!(
            !other.matches_fingerprint(fingerprint),
            "another key does not pass"
        );
    });
}

#[tokio::test]
async fn enrolment_codes_expire() {
    on_every_database!(|h| {
        let added = enrolment::add_kiosk(
            &h.db,
            OFFICE_A,
            None,
            "lobby",
            h.clock.now_unix(),
            &mut rng(),
        )
        .await
        .expect("add");
        h.clock.advance(Duration::days(8));
        let body = serde_json::json!({"code": added.code, "kiosk_id": "iidabashi-01"}).to_string();
        h.post_json("/api/v1/kiosks/enroll", None, &[], &body)
            .await
            .assert_problem(403, "enrolment-code-invalid");
    });
}

#[tokio::test]
async fn re_enrolment_replaces_the_token_and_other_offices_cannot_take_the_id() {
    on_every_database!(|h| {
        let first = h.enrol(OFFICE_A, "iidabashi-01").await;
        let second = h.enrol(OFFICE_A, "iidabashi-01").await;
        assert_ne!(first.token, second.token);
        let hb = r#"{"version":"0.1.0","queue_depth":0,"last_error":null}"#;
        h.post_json("/api/v1/kiosks/heartbeat", Some(&first.token), &[], hb)
            .await
            .assert_problem(401, "unauthorized");
        assert_eq!(
            h.post_json("/api/v1/kiosks/heartbeat", Some(&second.token), &[], hb)
                .await
                .status,
            StatusCode::OK
        );

        let added = enrolment::add_kiosk(
            &h.db,
            OFFICE_B,
            None,
            "lobby",
            h.clock.now_unix(),
            &mut rng(),
        )
        .await
        .expect("add");
        let body = serde_json::json!({"code": added.code, "kiosk_id": "iidabashi-01"}).to_string();
        h.post_json("/api/v1/kiosks/enroll", None, &[], &body)
            .await
            .assert_problem(409, "kiosk-id-taken");
        // The code was not spent by the refusal.
        let body = serde_json::json!({"code": added.code, "kiosk_id": "osaka-01"}).to_string();
        assert_eq!(
            h.post_json("/api/v1/kiosks/enroll", None, &[], &body)
                .await
                .status,
            StatusCode::CREATED
        );
    });
}

#[tokio::test]
async fn kiosk_calls_need_a_valid_token() {
    on_every_database!(|h| {
        let kiosk = h.enrol(OFFICE_A, "iidabashi-01").await;
        let key = IdempotencyKey::generate(&mut rng()).as_str().to_owned();
        let (envelope, _, _) = h.seal(
            &kiosk,
            &key,
            &sample_application(Language::JA, "a@example.jp"),
        );
        let body = serde_json::json!({ "envelope": envelope }).to_string();
        for bearer in [None, Some("nonsense"), Some("")] {
            let answer = h
                .post_json(
                    "/api/v1/applications",
                    bearer,
                    &[("Idempotency-Key", &key)],
                    &body,
                )
                .await;
            answer.assert_problem(401, "unauthorized");
            assert_eq!(
                answer
                    .headers
                    .get(header::WWW_AUTHENTICATE)
                    .map(|v| v.as_bytes()),
                Some(&b"Bearer"[..])
            );
        }
        for path in ["/api/v1/surveys", "/api/v1/kiosks/heartbeat"] {
            h.post_json(path, None, &[], "{}")
                .await
                .assert_problem(401, "unauthorized");
        }
    });
}

#[tokio::test]
async fn malformed_input_gets_a_problem_never_a_500() {
    on_every_database!(|h| {
        let kiosk = h.enrol(OFFICE_A, "iidabashi-01").await;
        let key = IdempotencyKey::generate(&mut rng()).as_str().to_owned();
        let t = Some(kiosk.token.as_str());
        let k = [("Idempotency-Key", key.as_str())];
        type Case<'a> = (
            &'a str,
            Option<&'a str>,
            &'a [(&'a str, &'a str)],
            String,
            u16,
            &'a str,
        );
        let cases: Vec<Case> = vec![
            (
                "/api/v1/applications",
                t,
                &k,
                "{".into(),
                400,
                "malformed-json",
            ),
            (
                "/api/v1/applications",
                t,
                &k,
                "[]".into(),
                422,
                "invalid-body",
            ),
            (
                "/api/v1/applications",
                t,
                &k,
                r#"{"envelope":"x","extra":1}"#.into(),
                422,
                "invalid-body",
            ),
            (
                "/api/v1/applications",
                t,
                &k,
                r#"{"envelope":42}"#.into(),
                422,
                "invalid-body",
            ),
            (
                "/api/v1/applications",
                t,
                &k,
                r#"{"envelope":"!!!"}"#.into(),
                400,
                "envelope-malformed",
            ),
            (
                "/api/v1/applications",
                t,
                &k,
                r#"{"envelope":"AQID"}"#.into(),
                400,
                "envelope-malformed",
            ),
            (
                "/api/v1/applications",
                t,
                &k,
                format!(r#"{{"envelope":"{}"}}"#, "A".repeat(200)),
                422,
                "envelope-version-unknown",
            ),
            (
                "/api/v1/applications",
                t,
                &k,
                format!(r#"{{"envelope":"AQ{}"}}"#, "A".repeat(200)),
                422,
                "envelope-unopenable",
            ),
            (
                "/api/v1/applications",
                t,
                &[],
                r#"{"envelope":"AQID"}"#.into(),
                400,
                "idempotency-key-invalid",
            ),
            (
                "/api/v1/applications",
                t,
                &[("Idempotency-Key", "short")],
                r#"{"envelope":"AQID"}"#.into(),
                400,
                "idempotency-key-invalid",
            ),
            (
                "/api/v1/applications",
                t,
                &[("Idempotency-Key", "has spaces in it, sixteen+")],
                r#"{"envelope":"AQID"}"#.into(),
                400,
                "idempotency-key-invalid",
            ),
            (
                "/api/v1/kiosks/enroll",
                None,
                &[],
                r#"{"code":"x"}"#.into(),
                422,
                "invalid-body",
            ),
            (
                "/api/v1/kiosks/enroll",
                None,
                &[],
                r#"{"code":"x","kiosk_id":"bad id"}"#.into(),
                400,
                "kiosk-id-invalid",
            ),
            (
                "/api/v1/kiosks/enroll",
                None,
                &[],
                "\u{0}\u{1}".into(),
                400,
                "malformed-json",
            ),
            (
                "/api/v1/surveys",
                t,
                &[],
                r#"{"receipt":"K7AXP3","score":6,"reason":""}"#.into(),
                422,
                "survey-invalid",
            ),
            (
                "/api/v1/surveys",
                t,
                &[],
                r#"{"receipt":"K7AXP3","score":3,"reason":"bored"}"#.into(),
                422,
                "survey-invalid",
            ),
            (
                "/api/v1/surveys",
                t,
                &[],
                r#"{"receipt":"0000","score":3,"reason":""}"#.into(),
                422,
                "survey-invalid",
            ),
            (
                "/api/v1/surveys",
                t,
                &[],
                r#"{"receipt":"K7AXP3","score":"3","reason":""}"#.into(),
                422,
                "invalid-body",
            ),
            (
                "/api/v1/kiosks/heartbeat",
                t,
                &[],
                r#"{"version":"","queue_depth":0,"last_error":null}"#.into(),
                422,
                "heartbeat-invalid",
            ),
            (
                "/api/v1/kiosks/heartbeat",
                t,
                &[],
                r#"{"version":"1","queue_depth":-1,"last_error":null}"#.into(),
                422,
                "invalid-body",
            ),
            (
                "/api/v1/kiosks/heartbeat",
                t,
                &[],
                r#"{"version":"1","queue_depth":1e99,"last_error":null}"#.into(),
                422,
                "invalid-body",
            ),
        ];
        for (path, bearer, headers, body, status, code) in cases {
            let answer = h.post_json(path, bearer, headers, &body).await;
            assert_eq!(
                answer.status.as_u16(),
                status,
                "{path} {body}: {}",
                answer.text()
            );
            answer.assert_problem(status, code);
        }
        assert_eq!(h.db.count_applications().await.expect("count"), 0);
    });
}

#[tokio::test]
async fn wrong_media_type_size_method_and_path_are_problems_too() {
    on_every_database!(|h| {
        let kiosk = h.enrol(OFFICE_A, "iidabashi-01").await;
        let request = Request::builder()
            .method(Method::POST)
            .uri("/api/v1/applications")
            .header(header::AUTHORIZATION, format!("Bearer {}", kiosk.token))
            .header("Idempotency-Key", "abcdefghijklmnop")
            .header(header::CONTENT_TYPE, "text/plain")
            .body(Body::from("{}"))
            .expect("request");
        h.send(request)
            .await
            .assert_problem(415, "unsupported-media-type");

        let huge = format!(
            r#"{{"envelope":"{}"}}"#,
            "A".repeat(madoguchi_server::API_BODY_LIMIT + 10)
        );
        h.post_json(
            "/api/v1/applications",
            Some(&kiosk.token),
            &[("Idempotency-Key", "abcdefghijklmnop")],
            &huge,
        )
        .await
        .assert_problem(413, "body-too-large");

        h.get("/api/v1/applications", None)
            .await
            .assert_problem(405, "method-not-allowed");
        h.get("/api/v1/nothing-here", None)
            .await
            .assert_problem(404, "not-found");
    });
}

#[tokio::test]
async fn surveys_are_idempotent_per_receipt_and_heartbeats_are_recorded() {
    on_every_database!(|h| {
        let kiosk = h.enrol(OFFICE_A, "iidabashi-01").await;
        let t = Some(kiosk.token.as_str());
        let first = h
            .post_json(
                "/api/v1/surveys",
                t,
                &[],
                r#"{"receipt":"k7axp3","score":4,"reason":"easy"}"#,
            )
            .await;
        assert_eq!(first.status, StatusCode::CREATED, "{}", first.text());
        assert_eq!(first.json()["receipt"], "K7AXP3");
        let again = h
            .post_json(
                "/api/v1/surveys",
                t,
                &[],
                r#"{"receipt":"K7AXP3","score":1,"reason":"slow"}"#,
            )
            .await;
        assert_eq!(again.status, StatusCode::OK);
        assert_eq!(again.json()["score"], 4, "the first answer stands");

        let hb = h
            .post_json(
                "/api/v1/kiosks/heartbeat",
                t,
                &[],
                r#"{"version":"0.1.0","queue_depth":3,"last_error":"server-unreachable"}"#,
            )
            .await;
        assert_eq!(hb.status, StatusCode::OK, "{}", hb.text());
        assert!(hb.json()["server_time"]
            .as_str()
            .is_some_and(|s| s.starts_with("2026-11-25T01:00")));
        let kiosks = h.db.kiosks(Some(OFFICE_A)).await.expect("kiosks");
        let k = kiosks
            .iter()
            .find(|k| k.kiosk_id.as_deref() == Some("iidabashi-01"))
            .expect("kiosk");
        assert_eq!(k.queue_depth, Some(3));
        assert_eq!(k.version.as_deref(), Some("0.1.0"));
        assert_eq!(k.last_error.as_deref(), Some("server-unreachable"));
        assert_eq!(k.last_heartbeat_at, Some(h.clock.now_unix()));
    });
}

#[tokio::test]
async fn health_readiness_and_openapi() {
    on_every_database!(|h| {
        let health = h.get("/healthz", None).await;
        assert_eq!(health.status, StatusCode::OK);
        assert_eq!(h.get("/readyz", None).await.status, StatusCode::OK);
        let doc = h.get("/api/v1/openapi.json", None).await;
        assert_eq!(doc.status, StatusCode::OK);
        let json = doc.json();
        assert!(json["openapi"]
            .as_str()
            .is_some_and(|v| v.starts_with("3.")));
        for path in [
            "/api/v1/kiosks/enroll",
            "/api/v1/applications",
            "/api/v1/surveys",
            "/api/v1/kiosks/heartbeat",
        ] {
            assert!(
                json["paths"][path]["post"].is_object(),
                "{path} missing from OpenAPI"
            );
        }
        assert!(json["components"]["schemas"]["Problem"].is_object());
        assert!(json["components"]["securitySchemes"]["kiosk_token"].is_object());
        h.db.close().await;
        h.get("/readyz", None)
            .await
            .assert_problem(503, "unavailable");
    });
}

#[tokio::test]
async fn enrolment_is_rate_limited() {
    for db in databases().await {
        let h = Harness::with_limits(db, RateLimits::default()).await;
        let body = r#"{"code":"AAAA-AAAA-AAAA","kiosk_id":"guess"}"#;
        let mut statuses = Vec::new();
        for _ in 0..7 {
            statuses.push(
                h.post_json("/api/v1/kiosks/enroll", None, &[], body)
                    .await
                    .status
                    .as_u16(),
            );
        }
        assert_eq!(statuses, [403, 403, 403, 403, 403, 429, 429]);
        let limited = h.post_json("/api/v1/kiosks/enroll", None, &[], body).await;
        limited.assert_problem(429, "rate-limited");
        assert!(limited.headers.get(header::RETRY_AFTER).is_some());
        h.clock.advance(Duration::minutes(10));
        assert_eq!(
            h.post_json("/api/v1/kiosks/enroll", None, &[], body)
                .await
                .status
                .as_u16(),
            403
        );
    }
}

#[tokio::test]
async fn a_whole_fleet_enrols_from_one_address() {
    for db in databases().await {
        let h = Harness::with_limits(db, RateLimits::default()).await;
        // Only wrong codes count: twelve kiosks of one office, one after another, all enrol.
        for i in 0..12 {
            h.enrol(OFFICE_A, &format!("iidabashi-{i:02}")).await;
        }
        let guess = r#"{"code":"AAAA-AAAA-AAAA","kiosk_id":"guess"}"#;
        for _ in 0..5 {
            let wrong = h.post_json("/api/v1/kiosks/enroll", None, &[], guess).await;
            assert_eq!(wrong.status.as_u16(), 403, "{}", h.label);
        }
        let limited = h.post_json("/api/v1/kiosks/enroll", None, &[], guess).await;
        limited.assert_problem(429, "rate-limited");
    }
}

/// Random bytes at every endpoint that reads a body: never a 5xx.
#[tokio::test]
async fn random_bodies_never_make_a_server_error() {
    use rand_core::RngCore as _;
    on_every_database!(|h| {
        let kiosk = h.enrol(OFFICE_A, "iidabashi-01").await;
        let mut r = rng();
        let token = madoguchi_core::receipt::ContinuationToken::generate(&mut r);
        let json_paths = [
            "/api/v1/kiosks/enroll",
            "/api/v1/applications",
            "/api/v1/surveys",
            "/api/v1/kiosks/heartbeat",
        ];
        let form_paths = [
            "/counter/signin".to_owned(),
            "/my/signin".to_owned(),
            format!("/c/{}/verify", token.as_str()),
            format!("/c/{}/birth-date", token.as_str()),
            format!("/c/{}/password", token.as_str()),
        ];
        let seeds: [&[u8]; 6] = [
            b"{\"envelope\":",
            b"{\"code\":1,",
            b"[[[[",
            b"\"\\u0000\"",
            b"code=%FF%FE",
            b"password=&confirm=&",
        ];
        for round in 0..40 {
            let mut body = seeds[round % seeds.len()].to_vec();
            let mut tail = vec![0u8; (r.next_u32() % 300) as usize];
            r.fill_bytes(&mut tail);
            body.extend_from_slice(&tail);
            for path in json_paths {
                let request = Request::builder()
                    .method(Method::POST)
                    .uri(path)
                    .header(header::AUTHORIZATION, format!("Bearer {}", kiosk.token))
                    .header("Idempotency-Key", "abcdefghijklmnop")
                    .header(header::CONTENT_TYPE, "application/json")
                    .body(Body::from(body.clone()))
                    .expect("request");
                let answer = h.send(request).await;
                assert!(
                    answer.status.as_u16() < 500,
                    "{path}: {} {}",
                    answer.status,
                    answer.text()
                );
                assert_eq!(answer.content_type(), "application/problem+json");
            }
            for path in &form_paths {
                let request = Request::builder()
                    .method(Method::POST)
                    .uri(path)
                    .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                    .body(Body::from(body.clone()))
                    .expect("request");
                let answer = h.send(request).await;
                assert!(
                    answer.status.as_u16() < 500,
                    "{path}: {} {}",
                    answer.status,
                    answer.text()
                );
            }
        }
    });
}
