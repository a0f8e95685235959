//! Scenario 7: a bad kiosk configuration stops the kiosk before a visitor sees anything, with a
//! message (in the console's language) that names the key; an unenrolled kiosk shows 準備中 with
//! its kiosk id for staff, and staff mode (3 s on the office name, then the PIN) says it is not
//! enrolled and how to enrol. The 準備中 and staff screens are photographed in both orientations
//! and audited with axe.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use madoguchi_e2e::axe::Audit;
use madoguchi_e2e::kiosk::{config_text, write_private, Link, Setup, STAFF_PIN};
use madoguchi_e2e::shots::NOT_READY;
use madoguchi_e2e::tools;
use madoguchi_e2e::touch::{digits, is_shown, long_press, screen, shown, tap, text};
use madoguchi_e2e::visitor::{expect_heading, ftl_line, message};
use madoguchi_e2e::{KioskRun, Orientation, Shots};

const LIMIT: Duration = Duration::from_secs(180);

/// Runs the kiosk binary with `config` and no display; returns (exit code, stderr).
fn start_kiosk(config: &Path, lang: &str) -> (Option<i32>, String) {
    let kiosk = tools::kiosk_binary();
    let mut child = Command::new(&kiosk)
        .arg("--config")
        .arg(config)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env("LANG", lang)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{} does not start: {e}", kiosk.display()));
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if let Ok(Some(_)) = child.try_wait() {
            break;
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "the kiosk kept running with a bad configuration ({})",
                config.display()
            );
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let out = child.wait_with_output().expect("the kiosk's output");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Fluent wraps arguments in Unicode isolation marks; the administrator reads without them.
fn plain(s: &str) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "")
}

#[test]
fn s7_bad_configuration_names_the_key() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let good = config_text(dir.path(), &Setup::new("s7", Link::Offline));
    let swap = |from: &str, to: &str| {
        assert!(good.contains(from), "the demo configuration has {from:?}");
        good.replacen(from, to, 1)
    };
    let cases: Vec<(&str, String, &str)> = vec![
        (
            "office_code",
            swap("office_code = \"13010\"", "office_code = \"1301\""),
            "config-invalid",
        ),
        (
            "idle.warning_after_seconds",
            swap("warning_after_seconds = 90", "warning_after_seconds = 5"),
            "config-invalid",
        ),
        (
            "staff_pin",
            {
                let from = good
                    .lines()
                    .find(|l| l.starts_with("staff_pin "))
                    .expect("a staff_pin line")
                    .to_owned();
                swap(&from, "staff_pin = \"2468\"")
            },
            "config-staff-pin-plain",
        ),
        (
            "server_url",
            swap("demo = true", "demo = false"),
            "config-invalid",
        ),
        // Readable by others: the message names the file (bad-3-exposed.toml).
        ("exposed", good.clone(), "config-exposed"),
        (
            "server_url",
            {
                let from = good
                    .lines()
                    .find(|l| l.starts_with("server_url "))
                    .expect("a server_url line")
                    .to_owned();
                swap(&from, "server_url = \"ftp://127.0.0.1\"")
            },
            "config-invalid",
        ),
        (
            "printer",
            format!("{good}printer = \"lp0\"\n"),
            "config-syntax",
        ),
    ];
    for (i, (key, text, id)) in cases.into_iter().enumerate() {
        let path = dir
            .path()
            .join(format!("bad-{i}-{}.toml", key.replace('.', "-")));
        write_private(&path, &text);
        if key == "exposed" {
            use std::os::unix::fs::PermissionsExt as _;
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644))
                .expect("chmod 0644");
        }
        for (lang, locale) in [("ja_JP.UTF-8", "ja"), ("C.UTF-8", "en")] {
            let (code, stderr) = start_kiosk(&path, lang);
            let stderr = plain(&stderr);
            assert_eq!(
                code,
                Some(2),
                "a bad {key} makes the kiosk exit with 2 (LANG={lang}); it said: {stderr}"
            );
            assert!(
                stderr.contains(key),
                "the message names the key {key} (LANG={lang}): {stderr}"
            );
            // The message is the locale's, not a bare parser error.
            let template = ftl_line(locale, "shell.ftl", id);
            let opening: String = template.chars().take_while(|&c| c != '{').collect();
            assert!(
                stderr.contains(opening.trim()),
                "the message is {id} of locales/{locale}/shell.ftl ({opening:?}): {stderr}"
            );
        }
    }
    // A file that is not there: named too.
    let missing = dir.path().join("nowhere.toml");
    let (code, stderr) = start_kiosk(&missing, "ja_JP.UTF-8");
    assert_eq!(
        code,
        Some(2),
        "a missing configuration exits with 2: {stderr}"
    );
    assert!(
        plain(&stderr).contains(&missing.display().to_string()),
        "the message names the missing file: {stderr}"
    );
}

/// The code of the PIN pad's error once the shell has answered (the OK button is enabled again).
async fn pin_error_code(d: &thirtyfour::WebDriver) -> String {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let busy = shown(d, "btn-staff-ok")
            .await
            .attr("data-busy")
            .await
            .ok()
            .flatten();
        if busy.as_deref() != Some("true") && is_shown(d, "staff-pin-error").await {
            let error = shown(d, "staff-pin-error").await;
            if let Ok(Some(code)) = error.attr("data-code").await {
                return code;
            }
        }
        assert!(Instant::now() < deadline, "the PIN pad shows no error");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn s7_unenrolled_portrait() {
    unenrolled(Orientation::Portrait).await;
}

#[tokio::test]
async fn s7_unenrolled_landscape() {
    unenrolled(Orientation::Landscape).await;
}

async fn unenrolled(orientation: Orientation) {
    let run =
        KioskRun::start_with(orientation, Setup::new("s7-unenrolled", Link::Unenrolled)).await;
    let mut shots = Shots::of_display(orientation, run.display(), NOT_READY);
    let mut audit = Audit::new(&format!("s7-not-ready-{}", orientation.name()));
    let d = run.driver();
    let work = async {
        screen(d, "not-ready").await;
        expect_heading(d, "not-ready", "ja", "notready-title").await;
        let staff_note = text(d, "notready-staff").await;
        assert!(
            staff_note.contains("demo-kiosk-01"),
            "準備中 tells staff the kiosk id: {staff_note:?}"
        );
        assert!(
            !is_shown(d, "btn-start").await,
            "no way to start an application"
        );
        shots.take(d, "not-ready").await;
        audit.check(d, "kiosk/not-ready").await;

        // Staff mode: 3 s on the office name, then the PIN.
        long_press(d, "office-name", Duration::from_millis(3600)).await;
        shown(d, "staff-pin").await;
        digits(d, STAFF_PIN).await;
        let dots = shown(d, "staff-pin-dots").await;
        assert_eq!(
            dots.attr("data-count").await.ok().flatten().as_deref(),
            Some("4"),
            "four digits typed"
        );
        shots.take(d, "staff-pin").await;
        audit.check(d, "kiosk/staff-pin").await;
        tap(d, "btn-staff-ok").await;
        screen(d, "staff").await;
        expect_heading(d, "staff", "ja", "staff-title").await;
        let enrolled = shown(d, "staff-enrolled").await;
        assert_eq!(
            enrolled
                .attr("data-enrolled")
                .await
                .ok()
                .flatten()
                .as_deref(),
            Some("false"),
            "staff mode says the kiosk is not enrolled"
        );
        assert_eq!(
            text(d, "staff-enrolled").await.trim(),
            message("ja", "staff-enrolled-no")
        );
        shown(d, "staff-enroll-help").await;
        let sync = shown(d, "btn-staff-sync").await;
        assert!(
            !sync.is_enabled().await.unwrap_or(true),
            "今すぐ送信 is disabled while not enrolled"
        );
        shots.take(d, "staff").await;
        audit.check(d, "kiosk/staff").await;
        tap(d, "btn-staff-close").await;
        screen(d, "not-ready").await;

        // Five wrong PINs lock staff mode for a minute; the pad says how long, and the right
        // PIN does not open it meanwhile.
        long_press(d, "office-name", Duration::from_millis(3600)).await;
        shown(d, "staff-pin").await;
        let mut code = String::new();
        for _ in 0..5 {
            digits(d, "1357").await;
            tap(d, "btn-staff-ok").await;
            code = pin_error_code(d).await;
        }
        assert_eq!(code, "staff-locked", "the fifth wrong PIN locks");
        let locked = text(d, "staff-pin-error").await;
        let want = message("ja", "staff-locked").replace("{ $minutes }", "1");
        assert_eq!(plain(&locked).trim(), want, "the pad says how long to wait");
        shots.take(d, "staff-pin-locked").await;
        audit.check(d, "kiosk/staff-pin-locked").await;
        digits(d, STAFF_PIN).await;
        tap(d, "btn-staff-ok").await;
        assert_eq!(
            pin_error_code(d).await,
            "staff-locked",
            "the right PIN waits too"
        );
        assert!(!is_shown(d, "staff").await, "staff mode stays closed");
        tap(d, "btn-staff-cancel").await;
        screen(d, "not-ready").await;
    };
    if tokio::time::timeout(LIMIT, work).await.is_err() {
        panic!(
            "the unenrolled run took longer than {LIMIT:?}; see {}",
            run.log().display()
        );
    }
    shots.publish();
    run.quit().await;
    audit.finish();
}
