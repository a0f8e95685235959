//! Closed hours in the real webview: a kiosk whose office is closed every day (`[display]
//! sleep_days`) lets its untouched attract screen go dark after `sleep_after_seconds` and darkens
//! the backlight (a sysfs-shaped folder the kiosk writes, as it writes
//! /sys/class/backlight/<name>/brightness); a touch wakes it to the attract screen with the
//! configured brightness and does nothing else; a visitor in the middle of an application is
//! never put to sleep.

use std::path::Path;
use std::time::Duration;

use madoguchi_e2e::kiosk::{Link, Setup};
use madoguchi_e2e::shots::DISPLAY;
use madoguchi_e2e::touch::{is_shown, screen, shown_within, tap};
use madoguchi_e2e::{KioskRun, Orientation, Shots};

const SLEEP_AFTER: u64 = 10;

fn level(folder: &Path) -> String {
    std::fs::read_to_string(folder.join("brightness"))
        .unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
        .trim()
        .to_owned()
}

#[tokio::test]
async fn display_sleeps_in_closed_hours_and_a_touch_wakes_it() {
    let lights = tempfile::tempdir().expect("tempdir");
    let panel = lights.path().join("panel");
    std::fs::create_dir_all(&panel).expect("backlight folder");
    std::fs::write(panel.join("max_brightness"), "4882\n").expect("max");
    std::fs::write(panel.join("brightness"), "4882\n").expect("level");
    let setup = Setup {
        display: Some(format!(
            "sleep_days = [\"mon\", \"tue\", \"wed\", \"thu\", \"fri\", \"sat\", \"sun\"]\n\
             sleep_after_seconds = {SLEEP_AFTER}\nbrightness = 70\nbacklight = \"{}\"",
            panel.display()
        )),
        ..Setup::new("display", Link::Offline)
    };
    let orientation = Orientation::Portrait;
    let run = KioskRun::start_with(orientation, setup).await;
    let d = run.driver();
    let mut shots = Shots::of_display(orientation, run.display(), DISPLAY);
    let work = async {
        screen(d, "attract").await;
        assert_eq!(level(&panel), "3417", "70 % of 4882 from the start");

        // Untouched in closed hours: dark after SLEEP_AFTER seconds (and a poll of the hours).
        shown_within(d, "screen-asleep", Duration::from_secs(SLEEP_AFTER + 25)).await;
        assert_eq!(level(&panel), "0", "the backlight is off while asleep");
        shots.take(d, "asleep").await;

        // A touch wakes it, and only wakes it: the attract screen, untouched, lit again.
        tap(d, "screen-asleep").await;
        screen(d, "attract").await;
        assert!(!is_shown(d, "screen-asleep").await);
        assert!(
            !is_shown(d, "screen-consent").await,
            "the waking touch started nothing"
        );
        assert_eq!(level(&panel), "3417");

        // In the middle of an application: never asleep, whatever the hour.
        tap(d, "btn-start").await;
        screen(d, "consent").await;
        tokio::time::sleep(Duration::from_secs(SLEEP_AFTER + 2)).await;
        assert!(
            !is_shown(d, "screen-asleep").await,
            "asleep in the middle of an application"
        );
        assert_eq!(level(&panel), "3417");
    };
    if tokio::time::timeout(Duration::from_secs(180), work)
        .await
        .is_err()
    {
        panic!(
            "the display test took too long; see {}",
            run.log().display()
        );
    }
    run.quit().await;
    shots.publish();
}
