//! The crash harness, a short run: SIGKILL at random moments and at failpoints, restarts,
//! and the server's database holding each shown application exactly once.

use madoguchi_delivery_tests::crash::{self, Crash, Options};

use crate::support::{env_number, server_bin};

#[test]
fn killed_kiosks_lose_and_duplicate_nothing() {
    let options = Options {
        trials: env_number("MADOGUCHI_CRASH_TRIALS", 20) as usize,
        seed: env_number("MADOGUCHI_CRASH_SEED", 20_261_125),
        child: env!("CARGO_BIN_EXE_crash-child").into(),
        server: server_bin(),
        max_per_trial: 4,
        verbose: std::env::var_os("MADOGUCHI_CRASH_VERBOSE").is_some(),
        lane: None,
    };
    let report = crash::run(&options).unwrap_or_else(|e| panic!("the harness failed: {e}"));
    for line in report.lines() {
        eprintln!("crash: {line}");
    }
    assert!(report.ok(), "{}", report.lines().join("\n"));
    let a = &report.accounting;
    assert!(a.submitted > 0 && a.delivered == a.submitted, "{a:?}");
    // The schedule did what it is for: children died, and some died holding a row the
    // server already had (the send/mark window), which was then sent again.
    assert!(report.crashed > 0, "no child was killed");
    if options.trials > 5 {
        for mode in [
            Crash::KillAtRandom,
            Crash::PanicAfterCommit,
            Crash::PanicAfterSend,
            Crash::KillInSendWindow,
            Crash::KillServer,
        ] {
            assert!(
                report.modes.contains_key(&mode),
                "{mode:?} never drawn: {:?}",
                report.modes
            );
        }
        assert!(
            report.resent > 0,
            "no crash fell between the server's answer and the mark"
        );
    }
}
