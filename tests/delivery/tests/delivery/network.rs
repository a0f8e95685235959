//! Network faults: the fault proxy between the kiosks' sync workers and the real server drops
//! connections before and after the server has a request, answers 500/503 itself, stalls past
//! the workers' timeouts and cuts answers off; every application still arrives exactly once.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use madoguchi_delivery_tests::persons::{self, Person};
use madoguchi_delivery_tests::proxy::{Fault, FaultProxy, Plan};
use madoguchi_delivery_tests::rng::Seeded;
use madoguchi_delivery_tests::scan;
use madoguchi_delivery_tests::site;
use madoguchi_kiosk::courier::Courier;
use madoguchi_kiosk::sync::Backoff;
use madoguchi_kiosk::Kiosk;
use rand_core::TryRngCore as _;

use crate::support::{enrolled_sites, env_number, runtime, start_server};

/// The workers' limits in this test (the kiosk's own are 5 s and 20 s).
const TIMEOUT: Duration = Duration::from_millis(600);
/// A stall outlasts them.
const STALL: Duration = Duration::from_millis(1_000);

fn plan() -> Plan {
    Plan {
        weights: vec![
            (Fault::Pass, 60),
            (Fault::DropBefore, 6),
            (Fault::DropAfter, 8),
            (Fault::Answer500, 5),
            (Fault::Answer503, 5),
            (Fault::Answer503After, 6),
            (Fault::StallBefore, 1),
            (Fault::StallAfter, 2),
            (Fault::Truncate, 7),
        ],
        stall: STALL,
    }
}

#[test]
fn every_application_crosses_a_faulty_network_exactly_once() {
    let total = env_number("MADOGUCHI_NETWORK_APPLICATIONS", 1_000) as usize;
    let seed = env_number("MADOGUCHI_NETWORK_SEED", 0x5EED_0003);
    // An office with up to 20 kiosks delivering at once; each kiosk's share (at most 500,
    // about 850 requests with the faults) stays near the server's per-kiosk burst of 600
    // requests and its refill of 10 a second, so the run measures faults, not the rate limit.
    let kiosks = total.div_ceil(50).clamp(2, 20);
    let rt = runtime();
    let server = start_server();
    let root = tempfile::tempdir().expect("tempdir");
    let sites = rt.block_on(enrolled_sites(&server, root.path(), "net", kiosks));
    let proxy = rt
        .block_on(FaultProxy::start(server.addr(), seed, plan()))
        .expect("the proxy listens");
    let started = Instant::now();

    let mut workers = Vec::new();
    let mut kiosks_up = Vec::new();
    for (i, site) in sites.iter().enumerate() {
        let kiosk = Arc::new(Kiosk::start(site.config().expect("config")).expect("kiosk starts"));
        let mut worker = kiosk.worker().expect("enrolled");
        let token = kiosk
            .enrolment
            .as_ref()
            .map(|e| e.kiosk_token.clone())
            .expect("token");
        worker.courier =
            Courier::with_timeouts(&proxy.url(), &token, TIMEOUT, TIMEOUT).expect("courier");
        worker.backoff = Backoff {
            base: Duration::from_millis(5),
            cap: Duration::from_millis(100),
        };
        let mut rng = Seeded::new(seed ^ i as u64);
        workers.push(rt.spawn(async move { worker.run(&mut rng).await }));
        kiosks_up.push(kiosk);
    }

    // Visitors at every kiosk at once, while the workers deliver.
    let shown: Arc<Mutex<Vec<(String, String)>>> = Arc::default();
    let slowest = Arc::new(Mutex::new(Duration::ZERO));
    std::thread::scope(|scope| {
        for (i, (kiosk, site)) in kiosks_up.iter().zip(&sites).enumerate() {
            let shown = Arc::clone(&shown);
            let slowest = Arc::clone(&slowest);
            scope.spawn(move || {
                let mut rng = rand_core::OsRng.unwrap_err();
                let mine = (i..total).step_by(kiosks);
                for n in mine {
                    let application = persons::application(&persons::person(n as u64));
                    let t = Instant::now();
                    let submission = kiosk
                        .submit(&application, time::OffsetDateTime::now_utc(), &mut rng)
                        .unwrap_or_else(|e| panic!("submit {n}: {e:?}"));
                    let took = t.elapsed();
                    if let Ok(mut s) = slowest.lock() {
                        *s = (*s).max(took);
                    }
                    if let Ok(mut s) = shown.lock() {
                        s.push((site.kiosk_id.clone(), submission.receipt));
                    }
                }
            });
        }
    });
    let submitted_in = started.elapsed();

    let limit = Duration::from_secs(60 + total as u64 / 4);
    let deadline = Instant::now() + limit;
    while kiosks_up.iter().any(|k| k.queue_depth() > 0) {
        assert!(
            Instant::now() < deadline,
            "not drained within {limit:?}: {:?} still queued; proxy {:?}\nserver log:\n{}",
            kiosks_up
                .iter()
                .map(|k| k.queue_depth())
                .collect::<Vec<_>>(),
            proxy.stats(),
            server.log_tail()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let elapsed = started.elapsed();
    for w in &workers {
        w.abort();
    }

    let shown = shown.lock().expect("shown").clone();
    let ledgers: Vec<(String, site::Ledger)> = sites
        .iter()
        .map(|s| (s.kiosk_id.clone(), s.ledger().expect("ledger")))
        .collect();
    let held = server.held().expect("server database");
    let accounting = site::account(&shown, &ledgers, &held);
    let stats = proxy.stats();
    eprintln!(
        "network: {total} applications from {kiosks} kiosks: submitted in {:.1} s (slowest submit {} ms), all delivered after {:.1} s; {} requests through the proxy, {} connections; faults {:?}; server said {:?}; {}",
        submitted_in.as_secs_f64(),
        slowest.lock().map(|d| d.as_millis()).unwrap_or(0),
        elapsed.as_secs_f64(),
        stats.requests(),
        stats.connections,
        stats.faults,
        stats.application_statuses,
        accounting.line()
    );
    assert!(accounting.exact(), "{}: {accounting:?}", accounting.line());
    assert_eq!(accounting.submitted, total);
    assert_eq!(accounting.delivered, total);
    assert_eq!(
        held.len(),
        total,
        "the server holds exactly the applications submitted"
    );

    // The faults really happened, and the ones after the server had the request made the
    // workers send again and hear "already have it" (200) instead of storing twice.
    for fault in Fault::ALL {
        assert!(
            stats.count(fault) > 0,
            "{fault:?} never drawn: {:?}",
            stats.faults
        );
    }
    assert!(
        stats.status(200) > 0,
        "no repeat was ever answered: {stats:?}"
    );
    assert_eq!(
        stats.status(201),
        total as u64,
        "one 201 per application: {stats:?}"
    );

    let everyone: Vec<Person> = (0..total as u64).map(persons::person).collect();
    let dirs: Vec<&std::path::Path> = sites.iter().map(|s| s.data_dir.as_path()).collect();
    let (hits, files, bytes) = scan::scan(&dirs, &everyone).expect("scan");
    assert!(
        hits.is_empty(),
        "personal data on a kiosk's disk: {:?}",
        &hits[..hits.len().min(5)]
    );
    eprintln!("network: searched {files} files ({bytes} bytes): no name, phone or email");
}
