//! The renderer dies mid-visit: WebKit's web process is killed (as a crash in the graphics
//! driver or the out-of-memory killer would end it; the soak saw Mesa's software GL crash there
//! after 456 visitors). The kiosk's shell lives on, so systemd restarts nothing: the shell itself
//! resets the window as the idle timeout does, and the attract screen is painted again within
//! 10 s (the kiosk's log says so: WebDriver's session ends with the process it drove), on a new
//! web process. Nothing of the visit can be on it: the page's state lived in the process that
//! died.

use std::time::Duration;

use madoguchi_e2e::kiosk::{Link, Setup};
use madoguchi_e2e::touch::{kana, tap};
use madoguchi_e2e::visitor::{self, Eyes};
use madoguchi_e2e::{KioskRun, Orientation};
use madoguchi_test_support::process;

/// The web processes of the kiosk run with this configuration file.
fn web_processes(config: &std::path::Path) -> Vec<u32> {
    process::tree(&process::with_arg(config))
        .into_iter()
        .filter(|pid| {
            std::fs::read_to_string(format!("/proc/{pid}/comm"))
                .is_ok_and(|name| name.starts_with("WebKitWebProces"))
        })
        .collect()
}

/// How often the kiosk's log says the attract screen was painted.
fn painted(log: &std::path::Path) -> usize {
    std::fs::read_to_string(log)
        .unwrap_or_default()
        .matches("attract screen painted")
        .count()
}

#[tokio::test]
async fn renderer_killed_mid_visit_comes_back_to_the_attract_screen() {
    let run =
        KioskRun::start_with(Orientation::Portrait, Setup::new("renderer", Link::Offline)).await;
    let d = run.driver();
    let mut eyes = Eyes {
        shots: None,
        audit: None,
        fit: false,
    };
    visitor::start(d, &mut eyes, "ja").await;
    tap(d, "field-basic.family_kana").await;
    kana(d, "ヤマダ").await;

    let before = painted(run.log());
    assert!(before >= 1, "the kiosk logs its first paint");
    let web = web_processes(&run.config_path());
    assert!(!web.is_empty(), "the kiosk has a web process to kill");
    process::kill(&web);
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while painted(run.log()) < before + 1 {
        assert!(
            std::time::Instant::now() < deadline,
            "the attract screen was not painted again within 10 s of the web process's death; \
             see {}",
            run.log().display()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let again = web_processes(&run.config_path());
    assert!(
        !again.is_empty() && again.iter().all(|pid| !web.contains(pid)),
        "a new web process draws the page: {web:?} then {again:?}"
    );
    run.quit().await;
}
