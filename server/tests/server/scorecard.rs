//! The plan's scorecard per office, prefecture and nation, the registrations staff record for
//! it, the public page and its withheld cells, its exports, and the fleet page.

use axum::http::StatusCode;
use madoguchi_core::Language;
use madoguchi_server::enrolment;
use madoguchi_server::storage::Role;
use time::macros::datetime;
use time::Duration;

use crate::on_every_database;
use serde_json::Value;

use crate::support::{
    rng, sample_application, Harness, NowUnix as _, Staff, Submitted, OFFICE_A, OFFICE_B,
};

/// Opens the My Page of a submitted application from the phone, as its owner would.
async fn open_my_page(h: &Harness, sub: &Submitted, email: &str) {
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
    let done = h
        .post_form(
            &format!("{}/password", sub.path()),
            Some(&bound),
            &[("password", pass), ("confirm", pass)],
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.text());
}

/// The office's line of a scorecard's JSON.
fn line<'a>(json: &'a Value, level: &str, code: &str) -> &'a Value {
    json["lines"]
        .as_array()
        .expect("lines")
        .iter()
        .find(|l| l["level"] == level && l["code"] == code)
        .unwrap_or_else(|| panic!("no {level} line {code} in {json}"))
}

fn tally<'a>(
    staff: &'a Staff,
    day: &'a str,
    channel: &'a str,
    registered: &'a str,
    opened: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("csrf", staff.csrf.as_str()),
        ("day", day),
        ("channel", channel),
        ("registered", registered),
        ("opened", opened),
    ]
}

#[tokio::test]
async fn the_rate_counts_every_channel_of_the_office() {
    on_every_database!(|h| {
        let kiosk = h.enrol(OFFICE_A, "iidabashi-01").await;
        h.clock.set(datetime!(2026-11-25 01:00 UTC));
        let mut subs = Vec::new();
        for i in 0..4 {
            let email = format!("p{i}@example.jp");
            subs.push(
                h.submit(&kiosk, &sample_application(Language::JA, &email))
                    .await,
            );
        }
        open_my_page(&h, &subs[0], "p0@example.jp").await;
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
        // The counter's tally of one day, typed in.
        let typed = h
            .post_form(
                "/counter/tallies",
                Some(&staff.cookie),
                &tally(&staff, "2026-11-02", "counter", "36", "4"),
            )
            .await;
        assert_eq!(typed.status, StatusCode::SEE_OTHER, "{}", typed.text());
        // The office's daily CSV, imported.
        let csv = "date,channel,registrations,my_pages_opened\r\n2026-10-01,counter,40,5\r\n2026-10-01,online,20,10\r\n";
        let imported = h
            .post_form(
                "/counter/tallies/import",
                Some(&staff.cookie),
                &[("csrf", &staff.csrf), ("csv", csv)],
            )
            .await;
        assert_eq!(
            imported.status,
            StatusCode::SEE_OTHER,
            "{}",
            imported.text()
        );
        // The same CSV chosen as a file, as spreadsheets save it: in Shift_JIS, and in UTF-8
        // with a byte-order mark (days of the fiscal year before, so the figures below stay).
        let (sjis, _, _) = encoding_rs::SHIFT_JIS
            .encode("date,channel,registrations,my_pages_opened\r\n2026-03-02,counter,30,2\r\n");
        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend_from_slice(
            b"date,channel,registrations,my_pages_opened\n2026-03-03,online,9,9\n",
        );
        for file in [sjis.to_vec(), bom] {
            let uploaded = h
                .post_multipart(
                    "/counter/tallies/import",
                    Some(&staff.cookie),
                    &[("csrf", &staff.csrf), ("csv", "")],
                    &[("csv_file", "tallies.csv", &file)],
                )
                .await;
            assert_eq!(
                uploaded.status,
                StatusCode::SEE_OTHER,
                "{}",
                uploaded.text()
            );
        }
        let days: Vec<String> =
            h.db.all_tallies(OFFICE_A)
                .await
                .expect("tallies")
                .iter()
                .map(|t| t.day.to_string())
                .collect();
        for day in ["2026-03-02", "2026-03-03"] {
            assert!(days.iter().any(|d| d == day), "{day} in {days:?}");
        }
        let list = h
            .get(&imported.location(), Some(&staff.cookie))
            .await
            .text();
        assert!(list.contains("CSV取込み：tanaka") && list.contains("入力：tanaka"));

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
        let offices = json["lines"]
            .as_array()
            .expect("lines")
            .iter()
            .filter(|l| l["level"] == "office")
            .count();
        assert_eq!(offices, 1, "staff see their own office only");
        let a = line(&json, "office", OFFICE_A);
        assert_eq!(a["kiosk_registered"], 4);
        assert_eq!(a["kiosk_opened"], 1);
        assert_eq!(a["counter_registered"], 76);
        assert_eq!(a["counter_opened"], 9);
        assert_eq!(a["online_registered"], 20);
        assert_eq!(a["online_opened"], 10);
        // (1 + 9 + 10) / (4 + 76 + 20) = 20 / 100.
        assert_eq!(a["job_seekers"], 100);
        assert_eq!(a["my_pages_opened"], 20);
        assert_eq!(a["online_rate"], 0.2);
        assert_eq!(a["meets_target"], true);
        assert_eq!(a["kiosk_share"], 0.05);
        // Cumulative: this quarter's 20 and the 2 + 9 of March's uploaded files.
        assert_eq!(a["cumulative_openings"], 31);
        assert_eq!(line(&json, "prefecture", "13")["job_seekers"], 100);
        assert_eq!(line(&json, "national", "")["my_pages_opened"], 20);
        assert_eq!(json["kpi_openings"], 340_000);
        assert_eq!(json["baseline_rate"], 0.08);
        let rating = &json["kiosk_ratings"][0];
        assert_eq!(rating["survey_answers"], 4);
        assert_eq!(rating["survey_scores"], serde_json::json!([0, 1, 0, 2, 1]));
        assert_eq!(rating["survey_mean"], 3.75);

        let csv = h
            .get("/counter/scorecard.csv?quarter=2026Q3", Some(&staff.cookie))
            .await;
        assert!(csv.content_type().starts_with("text/csv"));
        let text = csv.text();
        let mut lines = text.lines();
        assert!(lines
            .next()
            .is_some_and(|l| l.contains("level,code,name,quarter")));
        assert_eq!(
            lines.next(),
            Some("office,\"13010\",\"ハローワーク飯田橋\",2026Q3,2026-10-01,2026-12-31,4,76,20,100,1,9,10,20,0.2000,0.20,0.080,0.0500,31")
        );

        let page = h
            .get("/counter/scorecard?quarter=2026Q3", Some(&staff.cookie))
            .await;
        assert_eq!(page.status, StatusCode::OK);
        let html = page.text();
        assert!(html.contains("<svg") && html.contains("role=\"img\""));
        assert!(html.contains("20.0%") && html.contains("達成"));
        assert!(html.contains("<progress"), "the KPI's progress bar");
        let print = h
            .get(
                "/counter/scorecard/print?quarter=2026Q3",
                Some(&staff.cookie),
            )
            .await;
        assert_eq!(print.status, StatusCode::OK);
        assert!(print.text().contains("20.0%"));

        let admin = h.staff("admin", Role::Admin, None).await;
        let all = h
            .get(
                "/counter/scorecard.json?quarter=2026Q3",
                Some(&admin.cookie),
            )
            .await
            .json();
        let b = line(&all, "office", OFFICE_B);
        assert_eq!(b["job_seekers"], 0);
        assert!(b["online_rate"].is_null());
        assert_eq!(line(&all, "prefecture", "27")["job_seekers"], 0);
    });
}

#[tokio::test]
async fn counts_are_dated_by_registration_in_japan_time_and_never_pass_one_hundred_percent() {
    on_every_database!(|h| {
        let kiosk = h.enrol(OFFICE_A, "iidabashi-01").await;
        // 23:59:30 on 30 September in Japan: the second quarter; 00:00 on 1 October: the third.
        h.clock.set(datetime!(2026-09-30 14:59:30 UTC));
        let late = h
            .submit(&kiosk, &sample_application(Language::JA, "late@example.jp"))
            .await;
        h.clock.set(datetime!(2026-09-30 15:00 UTC));
        h.submit(
            &kiosk,
            &sample_application(Language::JA, "early@example.jp"),
        )
        .await;
        // The late one opens My Page in the third quarter: it still counts where it registered.
        h.clock.set(datetime!(2026-09-30 15:05 UTC));
        open_my_page(&h, &late, "late@example.jp").await;
        // The fiscal year turns at 00:00 on 1 April in Japan.
        h.clock.set(datetime!(2027-03-31 14:59 UTC));
        h.submit(
            &kiosk,
            &sample_application(Language::JA, "march@example.jp"),
        )
        .await;
        h.clock.set(datetime!(2027-03-31 15:00 UTC));
        h.submit(
            &kiosk,
            &sample_application(Language::JA, "april@example.jp"),
        )
        .await;
        h.clock.set(datetime!(2027-04-02 01:00 UTC));
        let staff = h.staff("tanaka", Role::Staff, Some(OFFICE_A)).await;
        let csv = "date,channel,registrations,my_pages_opened\n2026-09-30,counter,10,10\n2026-10-01,counter,10,0\n2027-03-31,online,3,3\n2027-04-01,online,5,1\n";
        let imported = h
            .post_form(
                "/counter/tallies/import",
                Some(&staff.cookie),
                &[("csrf", &staff.csrf), ("csv", csv)],
            )
            .await;
        assert_eq!(
            imported.status,
            StatusCode::SEE_OTHER,
            "{}",
            imported.text()
        );
        let quarter = |q: &'static str| {
            let h = &h;
            let cookie = staff.cookie.clone();
            async move {
                h.get(
                    &format!("/counter/scorecard.json?quarter={q}"),
                    Some(&cookie),
                )
                .await
                .json()
            }
        };
        let q2 = quarter("2026Q2").await;
        let a = line(&q2, "office", OFFICE_A);
        assert_eq!(
            (a["kiosk_registered"].clone(), a["kiosk_opened"].clone()),
            (1.into(), 1.into())
        );
        assert_eq!(
            (a["job_seekers"].clone(), a["my_pages_opened"].clone()),
            (11.into(), 11.into())
        );
        assert_eq!(
            a["online_rate"], 1.0,
            "everyone opened, and no more than everyone"
        );
        let q3 = quarter("2026Q3").await;
        let a = line(&q3, "office", OFFICE_A);
        assert_eq!(
            (a["job_seekers"].clone(), a["my_pages_opened"].clone()),
            (11.into(), 0.into())
        );
        let q4 = quarter("2026Q4").await;
        let a = line(&q4, "office", OFFICE_A);
        assert_eq!(
            (
                a["kiosk_registered"].clone(),
                a["online_registered"].clone()
            ),
            (1.into(), 3.into())
        );
        assert_eq!(q4["to"], "2027-03-31");
        let next_year = quarter("2027Q1").await;
        let a = line(&next_year, "office", OFFICE_A);
        assert_eq!(next_year["from"], "2027-04-01");
        assert_eq!(
            (
                a["kiosk_registered"].clone(),
                a["online_registered"].clone()
            ),
            (1.into(), 5.into())
        );
        for json in [&q2, &q3, &q4, &next_year] {
            for l in json["lines"].as_array().expect("lines") {
                assert!(
                    l["online_rate"]
                        .as_f64()
                        .is_none_or(|r| (0.0..=1.0).contains(&r)),
                    "{l}"
                );
            }
        }
        // More openings than registrations is refused, typed or imported, and nothing is kept.
        let over = h
            .post_form(
                "/counter/tallies",
                Some(&staff.cookie),
                &tally(&staff, "2027-04-01", "counter", "3", "4"),
            )
            .await;
        assert_eq!(over.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(over
            .text()
            .contains("マイページ開設数が求職者数を超えています"));
        let tallies =
            h.db.tallies(OFFICE_A, "2027-04-01", "2027-04-02")
                .await
                .expect("tallies");
        assert_eq!(tallies.len(), 1, "only the imported online row of that day");
    });
}

#[tokio::test]
async fn a_csv_with_a_bad_row_is_not_imported_at_all() {
    on_every_database!(|h| {
        h.clock.set(datetime!(2026-11-25 01:00 UTC));
        let staff = h.staff("tanaka", Role::Staff, Some(OFFICE_A)).await;
        let csv = "date,channel,registrations,my_pages_opened\n2026-10-01,counter,40,5\n2026-10-02,fax,4,0\n2026-10-03,online,4,9\n";
        let answer = h
            .post_form(
                "/counter/tallies/import?lang=en",
                Some(&staff.cookie),
                &[("csrf", &staff.csrf), ("csv", csv)],
            )
            .await;
        assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
        let html = answer.text();
        assert!(
            html.contains("Line 3, column channel: The channel must be counter or online."),
            "{html}"
        );
        assert!(
            html.contains("Line 4, column my_pages_opened: More My Pages opened than job seekers.")
        );
        let stored = h.db.all_tallies(OFFICE_A).await.expect("tallies");
        assert!(stored.is_empty(), "the good first row was not kept either");
        // The pasted text stays in the form to be corrected.
        assert!(html.contains("2026-10-02,fax,4,0"));
    });
}

#[tokio::test]
async fn staff_record_only_for_their_own_office_and_with_the_form_token() {
    on_every_database!(|h| {
        h.clock.set(datetime!(2026-11-25 01:00 UTC));
        let staff = h.staff("suzuki", Role::Staff, Some(OFFICE_B)).await;
        let mut other_office = tally(&staff, "2026-11-02", "counter", "30", "3");
        other_office.push(("office", OFFICE_A));
        let refused = h
            .post_form("/counter/tallies", Some(&staff.cookie), &other_office)
            .await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN);
        let mut no_token = tally(&staff, "2026-11-02", "counter", "30", "3");
        no_token[0].1 = "forged";
        let forged = h
            .post_form("/counter/tallies", Some(&staff.cookie), &no_token)
            .await;
        assert_eq!(forged.status, StatusCode::FORBIDDEN);
        let import = h
            .post_form(
                "/counter/tallies/import",
                Some(&staff.cookie),
                &[(
                    "csv",
                    "date,channel,registrations,my_pages_opened\n2026-10-01,counter,1,0\n",
                )],
            )
            .await;
        assert_eq!(import.status, StatusCode::FORBIDDEN);
        let upload = h
            .post_multipart(
                "/counter/tallies/import",
                Some(&staff.cookie),
                &[("csrf", "forged")],
                &[(
                    "csv_file",
                    "tallies.csv",
                    b"date,channel,registrations,my_pages_opened\n2026-10-01,counter,1,0\n",
                )],
            )
            .await;
        assert_eq!(upload.status, StatusCode::FORBIDDEN);
        let refresh = h
            .post_form("/counter/scorecard/refresh", Some(&staff.cookie), &[])
            .await;
        assert_eq!(refresh.status, StatusCode::FORBIDDEN);
        assert!(h.db.all_tallies(OFFICE_A).await.expect("a").is_empty());
        assert!(h.db.all_tallies(OFFICE_B).await.expect("b").is_empty());
        for path in [
            "/counter/scorecard",
            "/counter/scorecard.csv",
            "/counter/scorecard.json",
            "/counter/scorecard/print",
            "/counter/tallies",
            "/counter/survey",
            "/counter/survey.csv",
        ] {
            let anonymous = h.get(path, None).await;
            assert_eq!(anonymous.status, StatusCode::SEE_OTHER, "{path}");
            assert_eq!(anonymous.location(), "/counter/signin", "{path}");
        }
        let anonymous_post = h
            .post_form("/counter/tallies", None, &[("day", "2026-11-02")])
            .await;
        assert_eq!(anonymous_post.status, StatusCode::SEE_OTHER);
    });
}

/// The cells of one office's row on the public page, between its heading and the row's end.
fn public_row<'a>(html: &'a str, office: &str) -> &'a str {
    let start = html
        .find(&format!("<th scope=\"row\">{office} "))
        .unwrap_or_else(|| panic!("no row for {office}"));
    let end = html[start..].find("</tr>").expect("row end") + start;
    &html[start..end]
}

#[tokio::test]
async fn the_public_page_withholds_small_cells_and_their_complements() {
    on_every_database!(|h| {
        const OFFICE_C: &str = "13020";
        h.db.ensure_office(OFFICE_C, "ハローワーク品川", h.clock.now_unix())
            .await
            .expect("office");
        h.clock.set(datetime!(2026-11-25 01:00 UTC));
        let admin = h.staff("admin", Role::Admin, None).await;
        for (office, registered, opened) in [
            (OFFICE_A, "487", "113"),
            (OFFICE_C, "3", "1"),
            (OFFICE_B, "250", "61"),
        ] {
            let mut form = tally(&admin, "2026-11-02", "counter", registered, opened);
            form.push(("office", office));
            let done = h
                .post_form("/counter/tallies", Some(&admin.cookie), &form)
                .await;
            assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.text());
        }
        let page = h.get("/scorecard", None).await;
        assert_eq!(page.status, StatusCode::OK, "no sign-in needed");
        assert!(page.headers.get("content-security-policy").is_some());
        let html = page.text();
        // Shinagawa's 3 and 1 are small; alone they would be Tokyo's 490 and 114 minus
        // Iidabashi's 487 and 113, so Iidabashi's counts are withheld with them.
        for office in [OFFICE_A, OFFICE_C] {
            let row = public_row(&html, office);
            assert_eq!(row.matches("非公開").count(), 4, "{row}");
            assert!(!row.contains('%'), "no rate either: {row}");
        }
        assert!(!html.contains("487") && !html.contains(">113<"));
        let osaka = public_row(&html, OFFICE_B);
        assert!(
            osaka.contains(">250<") && osaka.contains(">61<") && osaka.contains("24.4%"),
            "{osaka}"
        );
        // Tokyo and the nation are large enough.
        assert!(html.contains(">490<") && html.contains(">114<"));
        assert!(html.contains(">740<") && html.contains(">175<"));
        assert!(html.contains("オンライン利用率＝（求職者マイページ開設数/求職者）"));
        assert!(html.contains("数値の作成日時：2026-11-25 10:00"));
        assert!(html.contains("/survey?from=public"));
        // The same in every language the server speaks.
        for lang in ["en", "ja-easy"] {
            let other = h.get(&format!("/scorecard?lang={lang}"), None).await.text();
            assert!(!other.contains("487"), "{lang}");
            assert!(other.contains(">490<"), "{lang}");
            assert!(other.contains(&format!(
                "lang=\"{}\"",
                if lang == "en" { "en" } else { "ja" }
            )));
        }
        assert!(
            !html.contains("tanaka") && !html.contains("admin"),
            "no one's name"
        );
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
