//! A server down for hours, with time passed in rather than slept: the worker's real run loop
//! (`Worker::run_with`) waits through a fake clock that jumps ahead by each wait it asks for,
//! or to the next visitor, whose submission wakes the worker as it does in the kiosk. The
//! server process is really down (killed; its port refuses) and really comes back.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use madoguchi_delivery_tests::persons::{self, Person};
use madoguchi_delivery_tests::rng::Seeded;
use madoguchi_delivery_tests::scan;
use madoguchi_delivery_tests::server::Server;
use madoguchi_delivery_tests::site;
use madoguchi_kiosk::courier::Courier;
use madoguchi_kiosk::sync::Backoff;
use madoguchi_kiosk::Kiosk;
use rand_core::TryRngCore as _;

use crate::support::{enrolled_sites, runtime, start_server};

const DOWN_FOR: Duration = Duration::from_secs(6 * 3600);
const VISITOR_EVERY: Duration = Duration::from_secs(10 * 60);
/// The worker's wait after a pass that drained the queue.
const IDLE_WAIT: Duration = Duration::from_secs(30);

struct Timeline {
    now: Duration,
    arrivals: VecDeque<Duration>,
    back: bool,
    /// (virtual time of the pass, the wait the worker asked for after it).
    waits: Vec<(Duration, Duration)>,
    shown: Vec<(String, String)>,
    slowest_submit: Duration,
    max_depth: u64,
    drained_at: Option<Duration>,
    wait_after_drain: Option<Duration>,
    next_person: u64,
}

enum Step {
    /// The wait ran out.
    Slept,
    /// A visitor submitted: the submission's wake ends the wait.
    Woken,
    Finished,
}

/// Called for each wait the worker asks for, just after a pass at `t.now`.
fn step(
    t: &mut Timeline,
    wait: Duration,
    kiosk: &Kiosk,
    kiosk_id: &str,
    server: &Mutex<Server>,
) -> Step {
    let depth = kiosk.queue_depth();
    t.max_depth = t.max_depth.max(depth);
    if t.back && depth == 0 && t.arrivals.is_empty() {
        t.drained_at = Some(t.now);
        t.wait_after_drain = Some(wait);
        return Step::Finished;
    }
    t.waits.push((t.now, wait));
    let target = t.now + wait;
    loop {
        let arrival = t.arrivals.front().copied().filter(|a| *a <= target);
        if !t.back && DOWN_FOR <= target && arrival.is_none_or(|a| DOWN_FOR <= a) {
            t.now = DOWN_FOR;
            let mut server = server.lock().unwrap_or_else(|p| p.into_inner());
            server
                .restart()
                .unwrap_or_else(|e| panic!("the server does not come back: {e}"));
            t.back = true;
            continue;
        }
        let Some(a) = arrival else {
            t.now = target;
            return Step::Slept;
        };
        t.now = a;
        t.arrivals.pop_front();
        let application = persons::application(&persons::person(t.next_person));
        t.next_person += 1;
        let started = Instant::now();
        let submission = kiosk
            .submit(
                &application,
                time::OffsetDateTime::now_utc(),
                &mut rand_core::OsRng.unwrap_err(),
            )
            .unwrap_or_else(|e| panic!("a visitor was refused while the server was down: {e:?}"));
        t.slowest_submit = t.slowest_submit.max(started.elapsed());
        t.shown.push((kiosk_id.to_owned(), submission.receipt));
        return Step::Woken;
    }
}

#[test]
fn hours_without_the_server_pass_in_no_time_and_the_queue_drains() {
    let rt = runtime();
    let mut server = start_server();
    let root = tempfile::tempdir().expect("tempdir");
    let site = rt
        .block_on(enrolled_sites(&server, root.path(), "outage", 1))
        .remove(0);
    server.kill();
    let server = Arc::new(Mutex::new(server));

    let kiosk = Arc::new(Kiosk::start(site.config().expect("config")).expect("kiosk starts"));
    // The kiosk's own worker: its backoff, its timeouts.
    let worker = kiosk.worker().expect("enrolled");
    let cap = worker.backoff.cap;
    assert_eq!(worker.backoff, Backoff::default());
    let arrivals: VecDeque<Duration> = (0..)
        .map(|i| VISITOR_EVERY / 2 + VISITOR_EVERY * i)
        .take_while(|t| *t < DOWN_FOR)
        .collect();
    let visitors = arrivals.len();
    let timeline = Arc::new(Mutex::new(Timeline {
        now: Duration::ZERO,
        arrivals,
        back: false,
        waits: Vec::new(),
        shown: Vec::new(),
        slowest_submit: Duration::ZERO,
        max_depth: 0,
        drained_at: None,
        wait_after_drain: None,
        next_person: 0,
    }));
    let done = Arc::new(tokio::sync::Notify::new());
    let sleep = {
        let (timeline, kiosk, server, done) = (
            Arc::clone(&timeline),
            Arc::clone(&kiosk),
            Arc::clone(&server),
            Arc::clone(&done),
        );
        let kiosk_id = site.kiosk_id.clone();
        move |wait: Duration| {
            let (timeline, kiosk, server, done, kiosk_id) = (
                Arc::clone(&timeline),
                Arc::clone(&kiosk),
                Arc::clone(&server),
                Arc::clone(&done),
                kiosk_id.clone(),
            );
            async move {
                // Let a pending wake win first, as it would against a real timer.
                tokio::task::yield_now().await;
                let outcome = {
                    let mut t = timeline.lock().unwrap_or_else(|p| p.into_inner());
                    step(&mut t, wait, &kiosk, &kiosk_id, &server)
                };
                match outcome {
                    Step::Slept => {}
                    Step::Woken => std::future::pending::<()>().await,
                    Step::Finished => {
                        done.notify_one();
                        std::future::pending::<()>().await
                    }
                }
            }
        }
    };
    let started = Instant::now();
    let task = rt.spawn(async move {
        let mut rng = Seeded::new(21_600);
        worker.run_with(&mut rng, sleep).await
    });
    rt.block_on(async {
        tokio::time::timeout(Duration::from_secs(300), done.notified())
            .await
            .expect("six hours of outage and the recovery took more than 5 real minutes")
    });
    task.abort();
    let real = started.elapsed();

    let t = timeline.lock().expect("timeline");
    let waits_down: Vec<Duration> = t
        .waits
        .iter()
        .filter(|(at, _)| *at < DOWN_FOR)
        .map(|(_, w)| *w)
        .collect();
    let drained_at = t.drained_at.expect("drained");
    eprintln!(
        "outage: {visitors} visitors during {} h down (slowest submit {} ms), {} tries while down, longest wait {} s, drained {} s after the server came back; {} ms real",
        DOWN_FOR.as_secs() / 3600,
        t.slowest_submit.as_millis(),
        waits_down.len(),
        waits_down.iter().max().map(|d| d.as_secs()).unwrap_or(0),
        (drained_at - DOWN_FOR).as_secs(),
        real.as_millis()
    );
    // The visitor was never blocked: every submission succeeded at once, and all waited.
    assert_eq!(t.shown.len(), visitors);
    assert!(
        t.slowest_submit < Duration::from_secs(2),
        "{:?}",
        t.slowest_submit
    );
    assert_eq!(
        t.max_depth, visitors as u64,
        "nothing can have been delivered while down"
    );
    // The worker kept trying, never more often than the backoff allows nor less often than
    // its cap: no giving up, no hammering.
    assert!(
        waits_down.iter().all(|w| *w <= cap),
        "a wait beyond the cap: {waits_down:?}"
    );
    let least = (DOWN_FOR.as_secs() / cap.as_secs()) as usize;
    assert!(
        waits_down.len() >= least,
        "only {} tries in 6 h",
        waits_down.len()
    );
    assert!(
        waits_down.len() < 6 * 3600,
        "{} tries in 6 h",
        waits_down.len()
    );
    // Back: the next try (within the cap) drains it all, and the worker goes back to idling.
    assert!(
        drained_at - DOWN_FOR <= cap,
        "drained {:?} after the server was back",
        drained_at - DOWN_FOR
    );
    assert_eq!(t.wait_after_drain, Some(IDLE_WAIT));
    assert!(
        real < Duration::from_secs(120),
        "hours must pass in seconds, took {real:?}"
    );

    let server = server.lock().expect("server");
    let held = server.held().expect("server database");
    let ledger = site.ledger().expect("ledger");
    let accounting = site::account(&t.shown, &[(site.kiosk_id.clone(), ledger)], &held);
    assert!(accounting.exact(), "{}: {accounting:?}", accounting.line());
    assert_eq!(accounting.delivered, visitors);

    let persons: Vec<Person> = (0..t.next_person).map(persons::person).collect();
    let (hits, _, _) = scan::scan(&[site.data_dir.as_path()], &persons).expect("scan");
    assert!(
        hits.is_empty(),
        "personal data on the kiosk's disk: {hits:?}"
    );
}

/// While the worker hangs on a server that accepted the connection and never answers, a
/// visitor's submission returns at once: submitting never waits for the network.
#[test]
fn a_hung_server_does_not_keep_the_visitor_waiting() {
    let rt = runtime();
    let server = start_server();
    let root = tempfile::tempdir().expect("tempdir");
    let site = rt
        .block_on(enrolled_sites(&server, root.path(), "hung", 1))
        .remove(0);
    let kiosk = Kiosk::start(site.config().expect("config")).expect("kiosk starts");
    let mut rng = rand_core::OsRng.unwrap_err();
    kiosk
        .submit(
            &persons::application(&persons::person(0)),
            time::OffsetDateTime::now_utc(),
            &mut rng,
        )
        .expect("first submission");
    // A black hole: accepts, reads, never answers.
    let hole = rt
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .expect("bind");
    let hole_url = format!("http://{}", hole.local_addr().expect("addr"));
    rt.spawn(async move {
        let mut held = Vec::new();
        while let Ok((conn, _)) = hole.accept().await {
            held.push(conn);
        }
    });
    let mut worker = kiosk.worker().expect("enrolled");
    let token = kiosk
        .enrolment
        .as_ref()
        .map(|e| e.kiosk_token.clone())
        .expect("token");
    // The kiosk's real limits: the pass would hang for 20 s.
    worker.courier = Courier::new(&hole_url, &token).expect("courier");
    let pass = rt.spawn(async move { worker.pass().await });
    std::thread::sleep(Duration::from_millis(300));
    for i in 1..=3 {
        let t = Instant::now();
        kiosk
            .submit(
                &persons::application(&persons::person(i)),
                time::OffsetDateTime::now_utc(),
                &mut rng,
            )
            .expect("a submission while the worker hangs");
        assert!(
            t.elapsed() < Duration::from_secs(2),
            "submit took {:?}",
            t.elapsed()
        );
    }
    assert!(
        !pass.is_finished(),
        "the worker was meant to be hanging on the black hole"
    );
    assert_eq!(kiosk.queue_depth(), 4);
    pass.abort();
}
