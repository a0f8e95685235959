//! The counter finishes the job: corrections with their history and the visitor's version as
//! received, the printed 求職申込書 (rendered to images and text by poppler), and the export of
//! the day's accepted applications; each tried by an attacker too.

use std::path::{Path, PathBuf};
use std::process::Command;

use axum::http::StatusCode;
use madoguchi_core::{Application, Language};
use madoguchi_server::storage::Role;
use sqlx::{Connection as _, Row as _};

use crate::on_every_database;
use crate::support::{
    hidden_value, photograph, sample_application, Harness, Staff, Submitted, OFFICE_A, OFFICE_B,
};

/// A name outside the BMP and a variant kanji: both must come out as written.
const KANJI_FAMILY: &str = "𠮷田";
const VARIANT_GIVEN: &str = "髙子";

/// A visitor who could only enter the name in katakana at the kiosk.
fn katakana_visitor(email: &str) -> Application {
    let mut app = sample_application(Language::JA, email);
    app.basic.family_name = "ヨシダ".into();
    app.basic.given_name = "タカコ".into();
    app.basic.family_kana = "ヨシダ".into();
    app.basic.given_kana = "タカコ".into();
    app.work_history.push(madoguchi_core::Job {
        employer: "株式会社ミナト".into(),
        duties: "一般事務".into(),
        from: "2015-04".into(),
        to: "2024-03".into(),
        employment_type: None,
        occupation: String::new(),
        leaving_reason: None,
    });
    app
}

async fn accept(h: &Harness, staff: &Staff, id: &str) {
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

/// The version the correction form carries for `field`.
async fn version(h: &Harness, staff: &Staff, id: &str, field: &str) -> String {
    let page = h
        .get(
            &format!("/counter/applications/{id}/correct?field={field}"),
            Some(&staff.cookie),
        )
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text());
    hidden_value(&page.text(), "version").expect("the form carries the version")
}

async fn correct(
    h: &Harness,
    staff: &Staff,
    sub: &Submitted,
    field: &str,
    value: &str,
) -> crate::support::Answer {
    let id = sub.id();
    let version = version(h, staff, &id, field).await;
    h.post_form(
        &format!("/counter/applications/{id}/correct"),
        Some(&staff.cookie),
        &[
            ("csrf", &staff.csrf),
            ("field", field),
            ("value", value),
            ("version", &version),
        ],
    )
    .await
}

/// Every stored value of `column` in `table`, as the database holds it.
async fn stored(h: &Harness, table: &str, column: &str) -> Vec<String> {
    let mut conn = sqlx::AnyConnection::connect(&h.url).await.expect("connect");
    let rows = sqlx::query(sqlx::AssertSqlSafe(format!("SELECT {column} FROM {table}")))
        .fetch_all(&mut conn)
        .await
        .expect("select");
    rows.iter()
        .map(|r| r.try_get::<String, _>(0).expect("text"))
        .collect()
}

#[tokio::test]
async fn staff_correct_a_katakana_name_into_kanji_and_the_history_shows_it() {
    on_every_database!(|h| {
        let kiosk = h.enrol(OFFICE_A, "kiosk-corr").await;
        let sub = h.submit(&kiosk, &katakana_visitor("corr@example.jp")).await;
        let staff = h.staff("suzuki", Role::Staff, Some(OFFICE_A)).await;
        let id = sub.id();

        let list = h
            .get(
                &format!("/counter/applications/{id}/correct"),
                Some(&staff.cookie),
            )
            .await;
        assert_eq!(list.status, StatusCode::OK);
        for path in ["basic.family_name", "basic.sex", "work_history.0.employer"] {
            assert!(list.text().contains(path), "{path} is listed");
        }

        let done = correct(&h, &staff, &sub, "basic.family_name", KANJI_FAMILY).await;
        assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.text());
        let after = h.get(&done.location(), Some(&staff.cookie)).await;
        assert!(
            after
                .text()
                .contains("基本情報 › 氏名（basic.family_name） を訂正しました"),
            "{}",
            after.text()
        );
        h.clock.advance(time::Duration::minutes(3));
        let done = correct(&h, &staff, &sub, "basic.given_name", VARIANT_GIVEN).await;
        assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.text());
        // A choice changed: 性別.
        let done = correct(&h, &staff, &sub, "basic.sex", "unstated").await;
        assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.text());

        let page = h
            .get(&format!("/counter/applications/{id}"), Some(&staff.cookie))
            .await;
        let text = page.text();
        assert!(text.contains("訂正の履歴"), "{text}");
        // The counter shows the corrected name; the history old → new, by whom, in Japan time
        // (the harness clock is 01:00 UTC, 10:00 in Japan).
        assert!(
            text.contains(&format!("{KANJI_FAMILY} {VARIANT_GIVEN}")),
            "{text}"
        );
        assert!(text.contains("<td>ヨシダ</td><td>𠮷田</td>"), "{text}");
        assert!(text.contains("<td>タカコ</td><td>髙子</td>"), "{text}");
        assert!(text.contains("suzuki"), "{text}");
        assert!(text.contains("2026-11-25 10:00"), "{text}");
        assert!(text.contains("2026-11-25 10:03"), "{text}");

        // The visitor's version stays readable.
        if std::env::var_os("UPDATE_SCREENS").is_some() && h.label == "sqlite" {
            let form = format!("/counter/applications/{id}/correct?field=basic.given_name");
            let form = h.get(&form, Some(&staff.cookie)).await.text();
            photograph(&h, &form, "counter", "correction-form", (1280, 1500)).await;
            photograph(&h, &text, "counter", "history", (1280, 2300)).await;
        }
        let received = h
            .get(
                &format!("/counter/applications/{id}/received"),
                Some(&staff.cookie),
            )
            .await;
        assert_eq!(received.status, StatusCode::OK);
        assert!(
            received.text().contains("ヨシダ タカコ"),
            "{}",
            received.text()
        );
        assert!(!received.text().contains(KANJI_FAMILY));

        // Sealed at rest: the history's values and the received version.
        for (table, column) in [
            ("corrections", "old_value"),
            ("corrections", "new_value"),
            ("received_applications", "application_json"),
        ] {
            let values = stored(&h, table, column).await;
            assert!(!values.is_empty(), "{table}.{column}");
            for v in values {
                for detail in ["ヨシダ", "タカコ", KANJI_FAMILY, VARIANT_GIVEN, "unstated"] {
                    assert!(!v.contains(detail), "{table}.{column} holds {detail}");
                }
            }
        }
        assert_eq!(h.db.corrections(&id).await.expect("history").len(), 3);
    });
}

#[tokio::test]
async fn core_checks_refuse_a_correction_that_breaks_a_rule() {
    on_every_database!(|h| {
        let kiosk = h.enrol(OFFICE_A, "kiosk-red").await;
        let sub = h.submit(&kiosk, &katakana_visitor("red@example.jp")).await;
        let staff = h.staff("sato", Role::Staff, Some(OFFICE_A)).await;
        let id = sub.id();

        // 氏 is required: a red finding refuses it, with core's message.
        let refused = correct(&h, &staff, &sub, "basic.family_name", "  ").await;
        assert_eq!(
            refused.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{}",
            refused.text()
        );
        assert!(
            refused.text().contains("この内容では受け付けられません"),
            "{}",
            refused.text()
        );
        assert!(
            refused.text().contains("finding error"),
            "{}",
            refused.text()
        );
        // A choice the type does not have.
        let refused = correct(&h, &staff, &sub, "basic.sex", "tall").await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.text().contains("使えない値"), "{}", refused.text());
        // A field that does not exist.
        let current = version(&h, &staff, &id, "basic.family_name").await;
        let refused = h
            .post_form(
                &format!("/counter/applications/{id}/correct"),
                Some(&staff.cookie),
                &[
                    ("csrf", &staff.csrf),
                    ("field", "basic.nickname"),
                    ("value", "x"),
                    ("version", &current),
                ],
            )
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            refused.text().contains("その項目はありません"),
            "{}",
            refused.text()
        );
        // The value that is already there.
        let refused = correct(&h, &staff, &sub, "basic.family_name", "ヨシダ").await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(h.db.corrections(&id).await.expect("history").is_empty());
        assert!(h
            .db
            .received_version(&id)
            .await
            .expect("received")
            .is_none());

        // A form opened before another change is refused, not applied over it.
        let stale = version(&h, &staff, &id, "basic.given_name").await;
        let done = correct(&h, &staff, &sub, "basic.family_name", "吉田").await;
        assert_eq!(done.status, StatusCode::SEE_OTHER);
        let late = h
            .post_form(
                &format!("/counter/applications/{id}/correct"),
                Some(&staff.cookie),
                &[
                    ("csrf", &staff.csrf),
                    ("field", "basic.given_name"),
                    ("value", "孝子"),
                    ("version", &stale),
                ],
            )
            .await;
        assert_eq!(late.status, StatusCode::CONFLICT, "{}", late.text());
        assert_eq!(h.db.corrections(&id).await.expect("history").len(), 1);
    });
}

#[tokio::test]
async fn strangers_cannot_correct_or_read_the_history() {
    on_every_database!(|h| {
        let kiosk = h.enrol(OFFICE_A, "kiosk-att").await;
        let sub = h.submit(&kiosk, &katakana_visitor("att@example.jp")).await;
        let own = h.staff("own", Role::Staff, Some(OFFICE_A)).await;
        let other = h.staff("other", Role::Staff, Some(OFFICE_B)).await;
        let id = sub.id();
        let done = correct(&h, &own, &sub, "basic.family_name", "吉田").await;
        assert_eq!(done.status, StatusCode::SEE_OTHER);
        let version = version(&h, &own, &id, "basic.given_name").await;
        let post = format!("/counter/applications/{id}/correct");
        let fields = |csrf: &str| {
            vec![
                ("csrf".to_owned(), csrf.to_owned()),
                ("field".to_owned(), "basic.given_name".to_owned()),
                ("value".to_owned(), "盗子".to_owned()),
                ("version".to_owned(), version.clone()),
            ]
        };
        let send = |cookie: Option<String>, fields: Vec<(String, String)>| {
            let h = &h;
            let post = post.clone();
            async move {
                let borrowed: Vec<(&str, &str)> = fields
                    .iter()
                    .map(|(k, v)| (k.as_str(), v.as_str()))
                    .collect();
                h.post_form(&post, cookie.as_deref(), &borrowed).await
            }
        };
        // No session: sent to sign in.
        let anonymous = send(None, fields("x")).await;
        assert_eq!(
            anonymous.status,
            StatusCode::SEE_OTHER,
            "{}",
            anonymous.text()
        );
        assert!(anonymous.location().starts_with("/counter/signin"));
        // Another office's staff: as if it did not exist.
        let stranger = send(Some(other.cookie.clone()), fields(&other.csrf)).await;
        assert_eq!(stranger.status, StatusCode::NOT_FOUND);
        // The office's own staff without the form's token, or with another session's.
        let no_csrf = send(Some(own.cookie.clone()), fields("")[1..].to_vec()).await;
        assert_eq!(no_csrf.status, StatusCode::FORBIDDEN);
        let wrong_csrf = send(Some(own.cookie.clone()), fields(&other.csrf)).await;
        assert_eq!(wrong_csrf.status, StatusCode::FORBIDDEN);
        assert_eq!(h.db.corrections(&id).await.expect("history").len(), 1);

        for path in [
            format!("/counter/applications/{id}"),
            format!("/counter/applications/{id}/correct"),
            format!("/counter/applications/{id}/received"),
            format!("/counter/applications/{id}/form.pdf"),
        ] {
            let page = h.get(&path, Some(&other.cookie)).await;
            assert_eq!(page.status, StatusCode::NOT_FOUND, "{path}");
            for secret in ["ヨシダ", "吉田", "タカコ"] {
                assert!(!page.text().contains(secret), "{path} shows {secret}");
            }
            let page = h.get(&path, None).await;
            assert_eq!(page.status, StatusCode::SEE_OTHER, "{path}");
        }
    });
}

/// Runs a poppler tool, failing clearly when poppler-utils is missing.
fn poppler(tool: &str, args: &[&str]) -> std::process::Output {
    let out = Command::new(tool).args(args).output().unwrap_or_else(|e| {
        panic!("{tool} did not run ({e}): install poppler-utils (scripts/setup)")
    });
    assert!(
        out.status.success(),
        "{tool}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// The pages of a PDF as greyscale images: (width, height, pixels).
fn pages_as_gray(pdf: &Path, dir: &Path) -> Vec<(usize, usize, Vec<u8>)> {
    let prefix = dir.join("page");
    poppler(
        "pdftoppm",
        &[
            "-gray",
            "-r",
            "40",
            &pdf.display().to_string(),
            &prefix.display().to_string(),
        ],
    );
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "pgm"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|f| read_pgm(&std::fs::read(f).expect("pgm")))
        .collect()
}

/// A binary PGM (P5, 8-bit), as pdftoppm writes it.
fn read_pgm(bytes: &[u8]) -> (usize, usize, Vec<u8>) {
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        while bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        let start = at;
        while !bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        fields.push(String::from_utf8_lossy(&bytes[start..at]).into_owned());
    }
    assert_eq!(fields[0], "P5");
    let w: usize = fields[1].parse().expect("width");
    let h: usize = fields[2].parse().expect("height");
    (w, h, bytes[at + 1..].to_vec())
}

#[tokio::test]
async fn the_printed_form_is_filled_from_the_corrected_application() {
    on_every_database!(|h| {
        let kiosk = h.enrol(OFFICE_A, "kiosk-pdf").await;
        let mut app = katakana_visitor("pdf@example.jp");
        app.work_history.push(app.work_history[0].clone());
        app.work_history[1].employer = "株式会社髙島屋商店".into();
        app.contact.nearest_station = "飯田橋駅".into();
        app.self_pr.appeal = "接客の仕事を10年続けました".into();
        let sub = h.submit(&kiosk, &app).await;
        let staff = h.staff("tanaka", Role::Staff, Some(OFFICE_A)).await;
        let id = sub.id();
        for (field, value) in [
            ("basic.family_name", KANJI_FAMILY),
            ("basic.given_name", VARIANT_GIVEN),
        ] {
            let done = correct(&h, &staff, &sub, field, value).await;
            assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.text());
        }
        accept(&h, &staff, &id).await;
        let detail = h
            .get(&format!("/counter/applications/{id}"), Some(&staff.cookie))
            .await;
        assert!(
            detail.text().contains("form.pdf"),
            "the page links the form"
        );

        let answer = h
            .get(
                &format!("/counter/applications/{id}/form.pdf"),
                Some(&staff.cookie),
            )
            .await;
        assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
        assert_eq!(answer.content_type(), "application/pdf");
        assert_eq!(answer.headers["cache-control"], "no-store");
        let disposition = answer.headers["content-disposition"]
            .to_str()
            .expect("ascii");
        assert!(!disposition.contains("𠮷") && disposition.contains(&sub.receipt));
        assert!(answer.body.starts_with(b"%PDF-"));
        let dir = tempfile::tempdir().expect("tempdir");
        let pdf = dir.path().join("form.pdf");
        std::fs::write(&pdf, &answer.body).expect("write pdf");

        let info =
            String::from_utf8_lossy(&poppler("pdfinfo", &[&pdf.display().to_string()]).stdout)
                .into_owned();
        let fonts =
            String::from_utf8_lossy(&poppler("pdffonts", &[&pdf.display().to_string()]).stdout)
                .into_owned();
        assert!(
            fonts.contains("NotoSansCJKjp") || fonts.contains("NotoSansCJK"),
            "{fonts}"
        );
        assert!(
            fonts.lines().skip(2).all(|l| l.contains(" yes ")),
            "embedded subsets: {fonts}"
        );

        let pages = pages_as_gray(&pdf, dir.path());
        let counted = info
            .lines()
            .find_map(|l| l.strip_prefix("Pages:"))
            .and_then(|n| n.trim().parse::<usize>().ok());
        assert_eq!(counted, Some(pages.len()), "{info}");
        assert!(
            pages.len() >= 2,
            "the whole form runs over two pages: {}",
            pages.len()
        );
        for (n, (w, hgt, pixels)) in pages.iter().enumerate() {
            assert_eq!(pixels.len(), w * hgt, "page {n}");
            let inked = pixels.iter().filter(|&&p| p < 128).count();
            assert!(
                inked * 200 > pixels.len(),
                "page {} is all but blank: {inked}",
                n + 1
            );
        }

        let text = String::from_utf8_lossy(
            &poppler("pdftotext", &["-layout", &pdf.display().to_string(), "-"]).stdout,
        )
        .into_owned();
        for expected in [
            "求職申込書",
            KANJI_FAMILY,
            VARIANT_GIVEN,
            "株式会社髙島屋商店",
            sub.receipt.as_str(),
            "ハローワーク飯田橋",
            "昭和",
            "本人署名",
            "職歴 2",
            "求職情報の提供等",
            "障害について",
            "自己PR・特記事項",
            "飯田橋駅",
            "接客の仕事を10年続けました",
        ] {
            assert!(text.contains(expected), "{expected} in:\n{text}");
        }
        // 氏名 is the corrected name; the フリガナ stays the visitor's.
        assert!(
            text.contains(&format!("{KANJI_FAMILY} {VARIANT_GIVEN}")),
            "{text}"
        );
        assert!(text.contains("ヨシダ タカコ"), "{text}");

        if std::env::var_os("UPDATE_SCREENS").is_some() && h.label == "sqlite" {
            let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/screens/counter");
            std::fs::create_dir_all(&out).expect("screens dir");
            let prefix = out.join("form-pdf-page");
            poppler(
                "pdftoppm",
                &[
                    "-png",
                    "-r",
                    "80",
                    &pdf.display().to_string(),
                    &prefix.display().to_string(),
                ],
            );
        }
    });
}

/// An accepted application of `office`, with what `change` makes of the sample.
async fn accepted(
    h: &Harness,
    staff: &Staff,
    kiosk: &crate::support::TestKiosk,
    change: impl FnOnce(&mut Application),
) -> Submitted {
    let mut app = sample_application(Language::JA, "export@example.jp");
    change(&mut app);
    let sub = h.submit(kiosk, &app).await;
    accept(h, staff, &sub.id()).await;
    sub
}

#[tokio::test]
async fn the_export_holds_the_days_accepted_applications_of_the_office_only() {
    on_every_database!(|h| {
        let kiosk_a = h.enrol(OFFICE_A, "kiosk-exp-a").await;
        let kiosk_b = h.enrol(OFFICE_B, "kiosk-exp-b").await;
        let before = h.staff("exa0", Role::Staff, Some(OFFICE_A)).await;
        // Accepted the day before: not in today's export.
        let yesterday = accepted(&h, &before, &kiosk_a, |a| {
            a.basic.given_name = "昨日".into()
        })
        .await;
        h.clock.advance(time::Duration::days(1));
        let staff_a = h.staff("exa", Role::Staff, Some(OFFICE_A)).await;
        let staff_b = h.staff("exb", Role::Staff, Some(OFFICE_B)).await;
        let today = accepted(&h, &staff_a, &kiosk_a, |a| {
            a.basic.family_name = KANJI_FAMILY.into();
            a.basic.given_name = VARIANT_GIVEN.into();
            a.contact.building = "ハイツ\"A\",1\n号".into();
        })
        .await;
        let waiting = h
            .submit(
                &kiosk_a,
                &sample_application(Language::JA, "wait@example.jp"),
            )
            .await;
        let elsewhere = accepted(&h, &staff_b, &kiosk_b, |a| {
            a.basic.given_name = "大阪".into()
        })
        .await;

        let get = |format: &str| {
            let cookie = staff_a.cookie.clone();
            let path = format!("/counter/export?date=2026-11-26&format={format}");
            let h = &h;
            async move { h.get(&path, Some(&cookie)).await }
        };
        let csv = get("csv").await;
        assert_eq!(csv.status, StatusCode::OK, "{}", csv.text());
        assert_eq!(csv.headers["cache-control"], "no-store");
        assert_eq!(
            csv.headers["content-disposition"],
            "attachment; filename=\"madoguchi-13010-2026-11-26.csv\""
        );
        assert!(csv.body.starts_with(&[0xEF, 0xBB, 0xBF]), "UTF-8 BOM");
        let mut reader = csv::Reader::from_reader(&csv.body[3..]);
        let header: Vec<String> = reader
            .headers()
            .expect("header")
            .iter()
            .map(str::to_owned)
            .collect();
        assert_eq!(header.len(), madoguchi_server::export::COLUMNS.len());
        let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
        assert_eq!(
            rows.len(),
            1,
            "only today's accepted application of office A"
        );
        let cell = |name: &str| {
            let i = header.iter().position(|c| c == name).expect(name);
            rows[0][i].to_owned()
        };
        assert_eq!(cell("receipt"), today.receipt);
        assert_eq!(cell("family_name"), KANJI_FAMILY);
        assert_eq!(cell("given_name"), VARIANT_GIVEN);
        // The building as the server keeps it after core's normalising, whatever that made of
        // the quote, comma and line break (their quoting is unit-tested in export.rs).
        let kept =
            h.db.application(&today.id())
                .await
                .expect("read")
                .expect("there");
        let kept: Application = serde_json::from_str(&kept.application_json).expect("json");
        assert_eq!(cell("building"), kept.contact.building);
        assert_eq!(cell("office_code"), OFFICE_A);
        assert!(
            cell("accepted_at").starts_with("2026-11-26T10:00"),
            "{}",
            cell("accepted_at")
        );
        let raw = String::from_utf8_lossy(&csv.body).into_owned();
        for absent in [&yesterday.receipt, &waiting.receipt, &elsewhere.receipt] {
            assert!(
                !raw.contains(absent.as_str()),
                "{absent} is not in the export"
            );
        }

        let sjis = get("csv-sjis").await;
        assert_eq!(sjis.status, StatusCode::OK);
        assert_eq!(sjis.headers["x-madoguchi-replaced"], "1");
        assert!(!sjis.body.starts_with(&[0xEF, 0xBB, 0xBF]));
        let (decoded, _, malformed) = encoding_rs::SHIFT_JIS.decode(&sjis.body);
        assert!(!malformed);
        assert!(decoded.contains("〓田"), "𠮷 is marked");
        assert!(decoded.contains(VARIANT_GIVEN), "髙 is in Windows-31J");
        assert!(!decoded.contains(KANJI_FAMILY));
        // The list page warns where, never what.
        let list = h
            .get("/counter?date=2026-11-26", Some(&staff_a.cookie))
            .await;
        assert!(list.text().contains("1 文字を表せない"), "{}", list.text());
        assert!(
            list.text().contains("<code>family_name</code>"),
            "{}",
            list.text()
        );

        let json = get("json").await;
        let rows = json.json();
        let rows = rows.as_array().expect("an array");
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0]["family_name"], KANJI_FAMILY);
        assert_eq!(rows[0]["application"]["basic"]["given_name"], VARIANT_GIVEN);

        // Staff of office A cannot ask for office B's export.
        let other = h
            .get(
                "/counter/export?office=27001&date=2026-11-26",
                Some(&staff_a.cookie),
            )
            .await;
        assert_eq!(other.status, StatusCode::FORBIDDEN);
        let anonymous = h.get("/counter/export?date=2026-11-26", None).await;
        assert_eq!(anonymous.status, StatusCode::SEE_OTHER);
        let unknown = h
            .get(
                "/counter/export?date=2026-11-26&format=xlsx",
                Some(&staff_a.cookie),
            )
            .await;
        assert_eq!(unknown.status, StatusCode::BAD_REQUEST);
    });
}

const BIN: &str = env!("CARGO_BIN_EXE_madoguchi-server");

fn run(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(BIN)
        .args(args)
        .output()
        .expect("run madoguchi-server");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[tokio::test]
async fn the_command_line_export_writes_a_private_shift_jis_file_and_warns_without_names() {
    use std::os::unix::fs::PermissionsExt as _;
    on_every_database!(|h| {
        let kiosk = h.enrol(OFFICE_A, "kiosk-cli").await;
        let staff = h.staff("cli", Role::Staff, Some(OFFICE_A)).await;
        let sub = accepted(&h, &staff, &kiosk, |a| {
            a.basic.family_name = KANJI_FAMILY.into()
        })
        .await;
        let dir = tempfile::tempdir().expect("tempdir");
        let key = dir.path().join("data.key");
        h.data_key.write_new(&key).expect("key file");
        let out = dir.path().join("export.csv");
        let args = |format: &'static str, out: &Path| {
            vec![
                "export".to_owned(),
                "--database".to_owned(),
                h.url.clone(),
                "--data-key".to_owned(),
                key.display().to_string(),
                "--office".to_owned(),
                OFFICE_A.to_owned(),
                "--date".to_owned(),
                "2026-11-25".to_owned(),
                "--format".to_owned(),
                format.to_owned(),
                "--out".to_owned(),
                out.display().to_string(),
            ]
        };
        let a = args("csv-sjis", &out);
        let (ok, _, stderr) = run(&a.iter().map(String::as_str).collect::<Vec<_>>());
        assert!(ok, "{stderr}");
        let mode = std::fs::metadata(&out)
            .expect("written")
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(mode, 0o600);
        let bytes = std::fs::read(&out).expect("read");
        let (text, _, _) = encoding_rs::SHIFT_JIS.decode(&bytes);
        assert!(
            text.contains("〓田") && text.contains(&sub.receipt),
            "{text}"
        );
        assert!(
            stderr.contains("warning") && stderr.contains("family_name ×1"),
            "{stderr}"
        );
        assert!(
            !stderr.contains(KANJI_FAMILY) && !stderr.contains("田"),
            "{stderr}"
        );
        // An existing file is not replaced; a wrong format is named.
        let (ok, _, stderr) = run(&a.iter().map(String::as_str).collect::<Vec<_>>());
        assert!(!ok && stderr.contains("must not exist"), "{stderr}");
        let b = args("xlsx", &dir.path().join("x"));
        let (ok, _, stderr) = run(&b.iter().map(String::as_str).collect::<Vec<_>>());
        assert!(!ok && stderr.contains("csv, csv-sjis or json"), "{stderr}");
    });
}

#[test]
fn occupations_check_names_the_revision_or_the_line_at_fault() {
    let bundled = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/occupations.tsv");
    let (ok, stdout, stderr) = run(&["occupations", "check", &bundled.display().to_string()]);
    assert!(ok, "{stderr}");
    assert!(stdout.contains("15 major, 99 middle"), "{stdout}");
    assert!(stdout.contains("2022"), "{stdout}");
    let dir = tempfile::tempdir().expect("tempdir");
    let broken = dir.path().join("occupations.tsv");
    let text = std::fs::read_to_string(&bundled).expect("bundled");
    std::fs::write(
        &broken,
        text.replacen("カンリテキショクギョウ", "かんり", 1),
    )
    .expect("write");
    let (ok, _, stderr) = run(&["occupations", "check", &broken.display().to_string()]);
    assert!(!ok);
    assert!(
        stderr.contains("line 5: the reading must be katakana"),
        "{stderr}"
    );
}

/// A job the visitor left out, added at the counter: checked like the kiosk's entry, recorded in
/// the history under the new entry's path, and refused to another office or without the token.
#[tokio::test]
async fn staff_add_a_job_the_visitor_left_out() {
    on_every_database!(|h| {
        let kiosk = h.enrol(OFFICE_A, "kiosk-addjob").await;
        let sub = h
            .submit(&kiosk, &katakana_visitor("addjob@example.jp"))
            .await;
        let staff = h.staff("suzuki", Role::Staff, Some(OFFICE_A)).await;
        let other = h.staff("osaka", Role::Staff, Some(OFFICE_B)).await;
        let id = sub.id();
        let jobs_before = stored_jobs(&h, &id).await;
        let job = || {
            vec![
                ("employer", "株式会社みどり商店".to_owned()),
                ("from", "2012-04".to_owned()),
                ("to", "2014-03".to_owned()),
                ("employment_type", "part-time".to_owned()),
                ("duties", "レジ".to_owned()),
            ]
        };
        // Refused: without the form's token, by another office, with an end before the start.
        let v = version(&h, &staff, &id, "basic.family_name").await;
        let forged = add_job(&h, &staff.cookie, &id, "forged", &v, &job()).await;
        assert_eq!(forged.status, StatusCode::FORBIDDEN);
        let stranger = add_job(&h, &other.cookie, &id, &other.csrf, &v, &job()).await;
        assert_eq!(stranger.status, StatusCode::NOT_FOUND);
        let mut backwards = job();
        backwards[2].1 = "2010-03".into();
        let refused = add_job(&h, &staff.cookie, &id, &staff.csrf, &v, &backwards).await;
        assert_eq!(
            refused.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{}",
            refused.text()
        );
        assert_eq!(stored_jobs(&h, &id).await, jobs_before);

        let done = add_job(&h, &staff.cookie, &id, &staff.csrf, &v, &job()).await;
        assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.text());
        assert_eq!(stored_jobs(&h, &id).await, jobs_before + 1);
        let page = h
            .get(&format!("/counter/applications/{id}"), Some(&staff.cookie))
            .await
            .text();
        assert!(page.contains("株式会社みどり商店"), "{page}");
        let history = h.db.corrections(&id).await.expect("history");
        let line = history.last().expect("one line");
        assert_eq!(line.field, format!("work_history.{jobs_before}"));
        assert!(line.new.contains("株式会社みどり商店"), "{}", line.new);
    });
}

async fn add_job(
    h: &Harness,
    cookie: &str,
    id: &str,
    csrf: &str,
    version: &str,
    fields: &[(&'static str, String)],
) -> crate::support::Answer {
    let mut all: Vec<(&str, &str)> = vec![("csrf", csrf), ("version", version)];
    all.extend(fields.iter().map(|(k, v)| (*k, v.as_str())));
    h.post_form(
        &format!("/counter/applications/{id}/correct/add-job"),
        Some(cookie),
        &all,
    )
    .await
}

async fn stored_jobs(h: &Harness, id: &str) -> usize {
    let row = h.db.application(id).await.expect("read").expect("row");
    let app: Application = serde_json::from_str(&row.application_json).expect("json");
    app.work_history.len()
}
