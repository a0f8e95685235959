//! The plan's scorecard per office and quarter, its exports, and the fleet page.

use axum::http::StatusCode;
use madoguchi_core::Language;
use madoguchi_server::enrolment;
use madoguchi_server::storage::Role;
use time::macros::datetime;
use time::Duration;

use crate::on_every_database;
use crate::support::{rng, sample_application, NowUnix as _, OFFICE_A, OFFICE_B};

#[tokio::test]
async fn a_quarter_of_applications_openings_and_answers() {
    on_every_database!(|h| {
        let kiosk = h.enrol(OFFICE_A, "iidabashi-01").await;
        // One application in the previous quarter (August), four in this one (November).
        h.clock.set(datetime!(2026-08-03 01:00 UTC));
        h.submit(&kiosk, &sample_application(Language::Ja, "old@example.jp"))
            .await;
        h.clock.set(datetime!(2026-11-25 01:00 UTC));
        let mut subs = Vec::new();
        for i in 0..4 {
            subs.push(
                h.submit(
                    &kiosk,
                    &sample_application(Language::Ja, &format!("p{i}@example.jp")),
                )
                .await,
            );
        }
        // One visitor opens My Page.
        let sub = &subs[0];
        h.post_form(&format!("{}/send-code", sub.path()), None, &[])
            .await;
        let code = h
            .smtp
            .last_to("p0@example.jp")
            .and_then(|m| m.code())
            .expect("code");
        let verified = h
            .post_form(&format!("{}/verify", sub.path()), None, &[("code", &code)])
            .await;
        let bound = verified
            .cookie("mdg_phone")
            .expect("the proving browser is bound");
        let pass = "a long enough pass phrase";
        h.post_form(
            &format!("{}/password", sub.path()),
            Some(&bound),
            &[("password", pass), ("confirm", pass)],
        )
        .await;
        for (i, (score, reason)) in [(5, "easy"), (4, "quick"), (4, ""), (2, "keyboard")]
            .iter()
            .enumerate()
        {
            let body =
                serde_json::json!({"receipt": subs[i].receipt, "score": score, "reason": reason})
                    .to_string();
            let answer = h
                .post_json("/api/v1/surveys", Some(&kiosk.token), &[], &body)
                .await;
            assert_eq!(answer.status, StatusCode::CREATED);
        }

        let staff = h.staff("tanaka", Role::Staff, Some(OFFICE_A)).await;
        let json = h
            .get(
                "/counter/scorecard.json?quarter=2026Q3",
                Some(&staff.cookie),
            )
            .await;
        assert_eq!(json.status, StatusCode::OK, "{}", json.text());
        let json = json.json();
        assert_eq!(json["quarter"], "2026Q3");
        assert_eq!(json["from"], "2026-10-01");
        assert_eq!(json["to"], "2026-12-31");
        let rows = json["offices"].as_array().expect("rows");
        assert_eq!(rows.len(), 1, "staff see their own office only");
        let row = &rows[0];
        assert_eq!(row["office_code"], OFFICE_A);
        assert_eq!(row["applications"], 4);
        assert_eq!(row["my_pages_opened"], 1);
        assert_eq!(row["online_rate"], 0.25);
        assert_eq!(row["target_rate"], 0.2);
        assert_eq!(row["survey_answers"], 4);
        assert_eq!(row["survey_scores"], serde_json::json!([0, 1, 0, 2, 1]));
        assert_eq!(row["survey_mean"], 3.75);

        let previous = h
            .get(
                "/counter/scorecard.json?quarter=2026Q2",
                Some(&staff.cookie),
            )
            .await
            .json();
        assert_eq!(previous["offices"][0]["applications"], 1);
        assert_eq!(previous["offices"][0]["my_pages_opened"], 0);

        let csv = h
            .get("/counter/scorecard.csv?quarter=2026Q3", Some(&staff.cookie))
            .await;
        assert!(csv.content_type().starts_with("text/csv"));
        let text = csv.text();
        let mut lines = text.lines();
        assert!(lines
            .next()
            .is_some_and(|l| l.contains("office_code,office_name,quarter")));
        assert_eq!(
            lines.next(),
            Some("\"13010\",\"ハローワーク飯田橋\",2026Q3,2026-10-01,2026-12-31,4,1,0.2500,0.20,0,4,0,1,0,2,1,3.75")
        );

        let page = h.get("/counter/scorecard", Some(&staff.cookie)).await;
        assert_eq!(page.status, StatusCode::OK);
        let html = page.text();
        assert!(html.contains("<svg") && html.contains("role=\"img\""));
        assert!(html.contains("25.0%"));
        assert!(html.contains("達成"));

        let admin = h.staff("admin", Role::Admin, None).await;
        let all = h
            .get(
                "/counter/scorecard.json?quarter=2026Q3",
                Some(&admin.cookie),
            )
            .await
            .json();
        let codes: Vec<&str> = all["offices"]
            .as_array()
            .expect("rows")
            .iter()
            .filter_map(|r| r["office_code"].as_str())
            .collect();
        assert_eq!(codes, vec![OFFICE_A, OFFICE_B]);
        let empty = &all["offices"][1];
        assert_eq!(empty["applications"], 0);
        assert!(empty["online_rate"].is_null());
    });
}

#[tokio::test]
async fn the_fleet_page_marks_silent_kiosks() {
    on_every_database!(|h| {
        let kiosk = h.enrol(OFFICE_A, "iidabashi-01").await;
        let _silent = h.enrol(OFFICE_A, "iidabashi-02").await;
        enrolment::add_kiosk(
            &h.db,
            OFFICE_A,
            None,
            "2F waiting",
            h.clock.now_unix(),
            &mut rng(),
        )
        .await
        .expect("pending kiosk");
        let hb = r#"{"version":"0.3.1","queue_depth":2,"last_error":"timeout"}"#;
        assert_eq!(
            h.post_json("/api/v1/kiosks/heartbeat", Some(&kiosk.token), &[], hb)
                .await
                .status,
            StatusCode::OK
        );
        let staff = h.staff("tanaka", Role::Staff, Some(OFFICE_A)).await;
        let page = h
            .get("/counter/fleet?lang=en", Some(&staff.cookie))
            .await
            .text();
        assert!(page.contains("0.3.1") && page.contains("timeout"));
        assert_eq!(
            page.matches("Not responding").count(),
            1,
            "the kiosk that never reported"
        );
        assert!(page.contains("Waiting for enrolment"));
        assert!(page.contains("Running"));
        h.clock.advance(Duration::minutes(20));
        let later = h
            .get("/counter/fleet?lang=en", Some(&staff.cookie))
            .await
            .text();
        assert_eq!(later.matches("Not responding").count(), 2);
        let other = h.staff("suzuki", Role::Staff, Some(OFFICE_B)).await;
        let theirs = h.get("/counter/fleet", Some(&other.cookie)).await.text();
        assert!(!theirs.contains("iidabashi-01"));
    });
}
