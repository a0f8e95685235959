//! The virtual My Number card for the tests (feature `card`): pcscd with the virtual reader of
//! vsmartcard-vpcd, started by `tests/card/virtual-reader`, and the test card
//! `tests/card/mynacard.py` (vicc) put on it, which writes every command it receives to a log.
//!
//! The reader is one per machine, so [`VirtualReader::take`] hands it to one test at a time in
//! a process; test binaries that use it must not run at the same time as each other.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// The individual number's file id as it appears in a SELECT EF command, in hex.
const SELECT_INDIVIDUAL_NUMBER: &str = "00A4020C020001";

static READER: Mutex<()> = Mutex::new(());

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The virtual reader, held by one test at a time.
pub struct VirtualReader {
    _one_at_a_time: MutexGuard<'static, ()>,
}

impl VirtualReader {
    /// Starts pcscd with the virtual reader if need be. `None`, with the reason on stderr, only
    /// when pcscd cannot start on this machine.
    pub fn take() -> Option<VirtualReader> {
        let guard = READER.lock().unwrap_or_else(|e| e.into_inner());
        let out = Command::new(repo().join("tests/card/virtual-reader"))
            .output()
            .unwrap_or_else(|e| panic!("tests/card/virtual-reader does not run: {e}"));
        if !out.status.success() {
            eprintln!(
                "SKIPPED: the My Number card tests need pcscd with the virtual reader: {}",
                String::from_utf8_lossy(&out.stderr).trim()
            );
            return None;
        }
        // The last test's card may still be on its way out (pcscd takes a moment to notice a
        // card process gone): every test starts with an empty reader.
        wait_until("the last card leaving the reader", || !card_on_reader());
        Some(VirtualReader {
            _one_at_a_time: guard,
        })
    }

    /// Puts the test card on the reader (`mynacard.py` arguments: `--person yoshida|sato`,
    /// `--tries N`, `--gone-after-reads N`, `--other-card`) and waits until pcscd sees it.
    pub fn put(&self, args: &[&str]) -> TestCard {
        wait_until("the last card leaving the reader", || !card_on_reader());
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
        let log = dir.path().join("apdu.log");
        // Debian's python3, where python3-virtualsmartcard and python3-pycryptodome live.
        let child = Command::new("/usr/bin/python3")
            .arg(repo().join("tests/card/mynacard.py"))
            .arg("--log")
            .arg(&log)
            .args(args)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("python3 tests/card/mynacard.py does not start: {e}"));
        let card = TestCard {
            child,
            log,
            _dir: dir,
        };
        wait_until("the card reaching the reader", card_on_reader);
        card
    }
}

/// Whether a reader holds a card now (connecting powers it up; no command is sent).
pub fn card_on_reader() -> bool {
    let Ok(context) = pcsc::Context::establish(pcsc::Scope::User) else {
        return false;
    };
    let Ok(readers) = context.list_readers_owned() else {
        return false;
    };
    readers.iter().any(|r| {
        context
            .connect(r, pcsc::ShareMode::Shared, pcsc::Protocols::ANY)
            .is_ok()
    })
}

fn wait_until(what: &str, mut done: impl FnMut() -> bool) {
    let start = Instant::now();
    while !done() {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "{what} did not happen in 20 s"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// The test card on the reader until dropped (taken away).
pub struct TestCard {
    child: Child,
    log: PathBuf,
    _dir: tempfile::TempDir,
}

impl TestCard {
    /// Every command the card received, in hex, in order.
    pub fn commands(&self) -> Vec<String> {
        std::fs::read_to_string(&self.log)
            .unwrap_or_default()
            .lines()
            .map(str::to_owned)
            .collect()
    }

    /// Fails the test if any command selected the individual number's file (by SELECT EF, or
    /// any SELECT naming 00 01), or if the card heard nothing at all.
    pub fn assert_never_selected_the_individual_number(&self) {
        let commands = self.commands();
        assert!(!commands.is_empty(), "the card heard no command");
        for c in &commands {
            let selects_it = c.starts_with(SELECT_INDIVIDUAL_NUMBER)
                || (c.starts_with("00A4") && c.ends_with("0001"));
            assert!(
                !selects_it,
                "the individual number's file was selected: {c}"
            );
        }
    }

    /// How many VERIFY commands carried a PIN (one with no data only asks the tries).
    pub fn pins_sent(&self) -> usize {
        self.commands()
            .iter()
            .filter(|c| c.starts_with("00200080") && c.len() > 8)
            .count()
    }
}

impl Drop for TestCard {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
