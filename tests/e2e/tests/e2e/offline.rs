//! Scenario 6, in the real webview: the kiosk is enrolled, then its server goes down (killed: an
//! outage, not a shutdown). A visitor still finishes and sees 完了 (the application is durably in
//! the outbox). The server comes back on the same address and database; without anyone doing
//! anything, the application arrives, exactly once, and the outbox keeps only its tombstone.

use std::time::{Duration, Instant};

use madoguchi_e2e::kiosk::{Link, Setup};
use madoguchi_e2e::server::ServerRun;
use madoguchi_e2e::visitor::{self, outbox_receipts, Eyes, HANAKO};
use madoguchi_e2e::{KioskRun, Orientation};
use rusqlite::{Connection, OpenFlags};

const LIMIT: Duration = Duration::from_secs(420);
/// The worker backs off while the server is away (full jitter, doubling from 1 s); a short
/// outage is retried well within this.
const ARRIVAL: Duration = Duration::from_secs(150);

#[tokio::test]
async fn s6_offline_then_online_exactly_once() {
    let mut server = ServerRun::start("s6");
    let link = Link::Enrolled {
        url: server.url(),
        code: server.enrolment_code().to_owned(),
        key: server.public_key(),
    };
    let run = KioskRun::start_with(Orientation::Portrait, Setup::new("s6-offline", link)).await;
    let d = run.driver();
    let p = HANAKO;
    let work = async {
        server.stop();
        assert!(!server.healthy(), "the server is down");
        let receipt = visitor::apply(d, &mut Eyes::default(), "ja", &p).await;
        // 完了 is on screen (apply waited for it); the application waits in the outbox.
        visitor::outbox_holds(run.data_dir(), &receipt.number, 1, &p);
        assert_eq!(server.application_count(), 0, "nothing reached the server");

        server.restart();
        let back = Instant::now();
        server.wait_for_application(&receipt.number, ARRIVAL).await;
        eprintln!(
            "offline: {} arrived {:?} after the server came back",
            receipt.number,
            back.elapsed()
        );
        // Delivered: the row leaves the outbox for a tombstone.
        let deadline = Instant::now() + Duration::from_secs(30);
        while !outbox_receipts(run.data_dir()).is_empty() {
            assert!(
                Instant::now() < deadline,
                "the outbox still holds {:?} after delivery",
                outbox_receipts(run.data_dir())
            );
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        assert_eq!(
            tombstones(run.data_dir()),
            vec![receipt.number.clone()],
            "one tombstone, for the delivered application"
        );
        // Give a duplicate every chance to arrive before counting.
        tokio::time::sleep(Duration::from_secs(3)).await;
        assert_eq!(
            server.copies_of(&receipt.number),
            1,
            "the application arrived exactly once"
        );
        assert_eq!(server.application_count(), 1, "one application in all");
        visitor::finish(d, &mut Eyes::default()).await;
    };
    if tokio::time::timeout(LIMIT, work).await.is_err() {
        panic!(
            "the offline scenario took longer than {LIMIT:?}; see {} and {}",
            run.log().display(),
            server.log_path().display()
        );
    }
    run.quit().await;
}

fn tombstones(data_dir: &std::path::Path) -> Vec<String> {
    let db = data_dir.join("outbox.db");
    let conn = Connection::open_with_flags(&db, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .unwrap_or_else(|e| panic!("{} cannot be opened: {e}", db.display()));
    conn.prepare("SELECT receipt FROM tombstone")
        .and_then(|mut s| {
            s.query_map([], |r| r.get(0))?
                .collect::<Result<Vec<String>, _>>()
        })
        .unwrap_or_else(|e| panic!("the tombstones cannot be read: {e}"))
}
