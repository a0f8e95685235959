//! Retention with the clock moved by hand: a never-accepted application is erased the second its
//! validity ends (the end of the month after next, in Japan time), an accepted one the configured
//! time after acceptance; the scorecard's counts do not change when they are.

use std::sync::Arc;

use madoguchi_core::Language;
use madoguchi_server::clock::Clock;
use madoguchi_server::retention::{self, Policy};
use madoguchi_server::storage::{PeriodCounts, Role};
use sqlx::Connection as _;
use time::macros::datetime;
use time::Duration;

use crate::on_every_database;
use crate::support::{databases, sample_application, Harness, NowUnix as _, OFFICE_A};

/// The quarter of the test's receipts, as the scorecard counts it.
async fn counts(h: &Harness) -> PeriodCounts {
    let from = datetime!(2026-10-01 00:00 +9).unix_timestamp();
    let to = datetime!(2030-01-01 00:00 +9).unix_timestamp();
    h.db.period_counts(OFFICE_A, from, to)
        .await
        .expect("counts")
}

/// Every personal column of the row, as stored.
async fn stored_personal(url: &str, id: &str) -> Vec<Option<String>> {
    sqlx::any::install_default_drivers();
    let mut conn = sqlx::AnyConnection::connect(url).await.expect("connect");
    let row = sqlx::query(
        "SELECT application_json, findings_json, login_email, login_email_hash, pending_email,
                return_reason, password_hash, job_seeker_number
         FROM applications WHERE id = $1",
    )
    .bind(id)
    .fetch_one(&mut conn)
    .await
    .expect("row");
    let _ = conn.close().await;
    use sqlx::Row as _;
    (0..8)
        .map(|i| row.try_get::<Option<String>, _>(i).expect("text"))
        .collect()
}

fn erased(columns: &[Option<String>]) -> bool {
    columns
        .iter()
        .all(|c| c.as_deref().is_none_or(str::is_empty))
}

#[tokio::test]
async fn an_application_never_accepted_is_erased_when_its_validity_ends() {
    on_every_database!(|h| {
        // Received 2026-11-25 10:00 JST: valid through 2027-01-31 23:59:59 JST.
        let kiosk = h.enrol(OFFICE_A, "iidabashi-01").await;
        let kept = h
            .submit(&kiosk, &sample_application(Language::JA, "a@example.jp"))
            .await;
        let returned = h
            .submit(&kiosk, &sample_application(Language::JA, "b@example.jp"))
            .await;
        let now = h.clock.now_unix();
        h.db.return_application(&returned.id(), OFFICE_A, "住所不備", "staff", now)
            .await
            .expect("return");
        let before = counts(&h).await;
        assert_eq!(before.applications, 2);

        h.clock.set(datetime!(2027-01-31 23:59:59 +9));
        let run = retention::run(&h.db, &Policy::default(), h.clock.now_unix())
            .await
            .expect("run");
        assert_eq!((run.unaccepted, run.accepted), (0, 0), "still valid");
        assert!(h.db.application(&kept.id()).await.expect("read").is_some());

        h.clock.advance(Duration::seconds(1));
        let run = retention::run(&h.db, &Policy::default(), h.clock.now_unix())
            .await
            .expect("run");
        assert_eq!(run.unaccepted, 2, "provisional and returned are erased");
        for id in [kept.id(), returned.id()] {
            assert!(h.db.application(&id).await.expect("read").is_none());
            assert!(h.db.erased_at(&id).await.expect("read").is_some());
        }
        assert_eq!(counts(&h).await, before, "the scorecard counts the same");
        let again = retention::run(&h.db, &Policy::default(), h.clock.now_unix())
            .await
            .expect("run");
        assert_eq!(again.unaccepted, 0, "erased once");
    });
}

#[tokio::test]
async fn an_accepted_application_is_kept_until_the_configured_time_after_acceptance() {
    for db in databases().await {
        let url = db.url.clone();
        let h = Harness::new(db).await;
        eprintln!("-- on {}", h.label);
        let kiosk = h.enrol(OFFICE_A, "iidabashi-01").await;
        let app = h
            .submit(&kiosk, &sample_application(Language::JA, "a@example.jp"))
            .await;
        let id = app.id();
        let now = h.clock.now_unix();
        h.db.mark_email_verified(&id, now).await.expect("verified");
        h.db.bind_phone(&id, "binding-hash", now + 1800, now)
            .await
            .expect("bound");
        h.db.open_my_page(&id, "a@example.jp", "hash", "binding-hash", now)
            .await
            .expect("opened");
        h.db.record_identity_check(&id, OFFICE_A, "license", "staff", now)
            .await
            .expect("identity");
        h.db.accept(&id, OFFICE_A, "staff", now)
            .await
            .expect("accept");
        let before = counts(&h).await;
        assert_eq!((before.accepted, before.my_pages_opened), (1, 1));

        let policy = Policy {
            retain_accepted: Duration::days(30),
        };
        // Long past the month after next, but accepted: kept.
        h.clock.advance(Duration::days(30) - Duration::seconds(1));
        let run = retention::run(&h.db, &policy, h.clock.now_unix())
            .await
            .expect("run");
        assert_eq!((run.unaccepted, run.accepted), (0, 0));
        assert!(!erased(&stored_personal(&url, &id).await));

        h.clock.advance(Duration::seconds(1));
        let run = retention::run(&h.db, &policy, h.clock.now_unix())
            .await
            .expect("run");
        assert_eq!(run.accepted, 1);
        assert!(
            erased(&stored_personal(&url, &id).await),
            "no personal column survives"
        );
        assert!(h.db.application(&id).await.expect("read").is_none());
        assert!(h
            .db
            .applications_by_login("a@example.jp")
            .await
            .expect("login")
            .is_empty());
        assert_eq!(counts(&h).await, before, "the scorecard counts the same");
    }
}

#[tokio::test]
async fn the_default_keeps_accepted_applications_three_years() {
    assert_eq!(Policy::default().retain_accepted, Duration::days(1095));
}

#[tokio::test]
async fn the_server_job_erases_without_being_asked() {
    let db = databases().await.into_iter().next().expect("sqlite");
    let h = Harness::new(db).await;
    let kiosk = h.enrol(OFFICE_A, "iidabashi-01").await;
    let app = h
        .submit(&kiosk, &sample_application(Language::JA, "a@example.jp"))
        .await;
    h.clock.set(datetime!(2027-02-01 00:00 +9));
    let clock: Arc<dyn Clock> = h.clock.clone();
    let job = retention::spawn(h.db.clone(), clock, Policy::default());
    let mut erased = false;
    for _ in 0..100 {
        if h.db.erased_at(&app.id()).await.expect("read").is_some() {
            erased = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    job.abort();
    assert!(erased, "the job ran at start");
    // Staff still sign in and see the list; the erased application is not in it.
    let staff = h.staff("counter1", Role::Staff, Some(OFFICE_A)).await;
    let page = h.get("/counter", Some(&staff.cookie)).await;
    assert_eq!(page.status.as_u16(), 200, "{}", page.text());
}
