//! Issue 2's smoke run, landscape: the real kiosk binary, offline, walked through by a visitor who
//! only taps (the on-screen keyboards, never typing into inputs), from the attract screen to the
//! QR code and back; then a short walk in English and in やさしいにほんご. Every screen is
//! photographed; at the end the outbox holds exactly the one sealed application and nothing in
//! the data directory holds the visitor's details in plain text. (Portrait is walked by
//! scenario 1, with a server: `application.rs`.)

use std::time::Duration;

use madoguchi_e2e::visitor::{self, Eyes, KYOKO};
use madoguchi_e2e::{KioskRun, Orientation, Shots};

/// The whole run, start-up included, stays under this.
const LIMIT: Duration = Duration::from_secs(300);

#[tokio::test]
async fn landscape() {
    let orientation = Orientation::Landscape;
    let run = KioskRun::start(orientation).await;
    let mut shots = Shots::new(orientation, run.display());
    let d = run.driver();
    let walks = async {
        let mut eyes = Eyes {
            shots: Some(&mut shots),
            audit: None,
            fit: false,
        };
        let receipt = visitor::apply(d, &mut eyes, "ja", &KYOKO).await;
        visitor::outbox_holds(run.data_dir(), &receipt.number, 1, &KYOKO);
        visitor::finish(d, &mut eyes).await;
        visitor::first_steps_in(d, &mut eyes, "en").await;
        visitor::first_steps_in(d, &mut eyes, "ja-easy").await;
    };
    if tokio::time::timeout(LIMIT, walks).await.is_err() {
        panic!(
            "the landscape run took longer than {LIMIT:?}; see {}",
            run.log().display()
        );
    }
    shots.publish();
    eprintln!(
        "landscape: {} screenshots in artifacts/screens/landscape",
        shots.taken().len()
    );
    run.quit().await;
}
