//! A full disk: the kiosk's data directory on a 1 MiB tmpfs that a filler file fills up.
//! `Kiosk::submit` must answer `submit-storage-failed` (the visitor is told to ask staff),
//! never return a receipt without a committed row, leave the database whole, and work again
//! once there is room.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use madoguchi_core::envelope::{generate_keypair, Envelope};
use madoguchi_core::Language;
use madoguchi_delivery_tests::persons::{self, Person};
use madoguchi_delivery_tests::scan;
use madoguchi_delivery_tests::site::Site;
use madoguchi_kiosk::enrolment::Enrolment;
use madoguchi_kiosk::Kiosk;
use rand_core::TryRngCore as _;

struct Tmpfs(PathBuf);

impl Tmpfs {
    /// `mount -t tmpfs -o size=…`; `Err` with the reason when this process may not mount.
    fn mount(at: &Path, size: &str) -> Result<Tmpfs, String> {
        std::fs::create_dir_all(at).map_err(|e| e.to_string())?;
        let out = Command::new("mount")
            .args(["-t", "tmpfs", "-o"])
            .arg(format!("size={size},mode=0700"))
            .arg("madoguchi-full-disk")
            .arg(at)
            .output()
            .map_err(|e| format!("cannot run mount: {e}"))?;
        if out.status.success() {
            Ok(Tmpfs(at.to_path_buf()))
        } else {
            Err(String::from_utf8_lossy(&out.stderr).trim().to_owned())
        }
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.0).status();
    }
}

/// Writes until the filesystem says no: big chunks, then pages, then bytes.
fn fill(path: &Path) -> u64 {
    let mut file = std::fs::File::create(path).expect("filler");
    let mut written = 0;
    for size in [64 * 1024, 4096, 512, 1] {
        let chunk = vec![0u8; size];
        while file.write_all(&chunk).and_then(|()| file.flush()).is_ok() {
            written += size as u64;
        }
    }
    let _ = file.sync_all();
    written
}

#[test]
fn a_full_disk_refuses_the_submission_and_keeps_the_outbox_whole() {
    let root = tempfile::tempdir().expect("tempdir");
    let mount_point = root.path().join("tiny");
    let _tmpfs = match Tmpfs::mount(&mount_point, "1m") {
        Ok(m) => m,
        Err(why) => {
            eprintln!(
                "SKIPPED a_full_disk_refuses_the_submission_and_keeps_the_outbox_whole: cannot mount a tmpfs here ({why}); run as root or with CAP_SYS_ADMIN"
            );
            return;
        }
    };
    let site = Site::create(
        &root.path().join("kiosk"),
        "disk-kiosk-01",
        "http://127.0.0.1:9",
    )
    .expect("site");
    // The data directory is the tiny filesystem; the configuration lives elsewhere.
    let site = Site {
        data_dir: mount_point.join("data"),
        ..site
    };
    let text = std::fs::read_to_string(&site.config_path).expect("config");
    let old_dir = root.path().join("kiosk/data");
    std::fs::write(
        &site.config_path,
        text.replace(
            &old_dir.display().to_string(),
            &site.data_dir.display().to_string(),
        ),
    )
    .expect("config");
    let mut rng = rand_core::OsRng.unwrap_err();
    let (private, public) = generate_keypair(&mut rng);
    Enrolment {
        server_url: "http://127.0.0.1:9".into(),
        kiosk_token: "not-used-here".into(),
        server_public_key: public.to_base64(),
        continuation_base_url: "http://127.0.0.1:9".into(),
        office_code: "13010".into(),
    }
    .store(&site.data_dir)
    .expect("enrolment");
    let kiosk = Kiosk::start(site.config().expect("config")).expect("kiosk starts");
    assert_eq!(kiosk.data_dir(), site.data_dir);

    let mut person = 0u64;
    let mut shown: Vec<String> = Vec::new();
    let mut submit = |kiosk: &Kiosk, shown: &mut Vec<String>| {
        let application = persons::application(&persons::person(person));
        person += 1;
        let result = kiosk.submit(&application, time::OffsetDateTime::now_utc(), &mut rng);
        if let Ok(s) = &result {
            shown.push(s.receipt.clone());
        }
        result
    };
    for _ in 0..3 {
        submit(&kiosk, &mut shown).expect("room enough at first");
    }

    let filler = mount_point.join("filler");
    let filled = fill(&filler);
    let mut failures = Vec::new();
    for _ in 0..200 {
        match submit(&kiosk, &mut shown) {
            // SQLite may still have room in pages it already owns: fine, if it is durable.
            Ok(_) => {}
            Err(e) => {
                failures.push(e.code);
                if failures.len() == 5 {
                    break;
                }
            }
        }
    }
    eprintln!(
        "disk: filled {filled} bytes; {} submissions succeeded in all, then {} refused",
        shown.len(),
        failures.len()
    );
    assert!(
        !failures.is_empty(),
        "the disk never filled up: {} receipts",
        shown.len()
    );
    assert!(
        failures.iter().all(|c| c == "submit-storage-failed"),
        "{failures:?}"
    );
    // What the visitor is then told: ask staff, nothing was sent.
    let catalog = madoguchi_kiosk::shell_catalog().expect("catalog");
    let ja = catalog.text(Language::JA, "submit-storage-failed");
    assert!(ja.contains("係員"), "{ja}");
    let en = catalog.text(
        Language::from_code("en").expect("en"),
        "submit-storage-failed",
    );
    assert!(en.contains("staff"), "{en}");
    assert_eq!(kiosk.queue_depth() as usize, shown.len());

    // Room again: the same kiosk takes applications without a restart.
    std::fs::remove_file(&filler).expect("remove filler");
    submit(&kiosk, &mut shown).expect("a submission once there is room again");
    drop(kiosk);

    // Reopened cold: whole, and exactly the rows whose receipts were shown, each envelope
    // complete and opening to its own receipt.
    let conn = rusqlite::Connection::open(site.data_dir.join("outbox.db")).expect("reopen");
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .expect("integrity_check");
    assert_eq!(check, "ok");
    let mut stmt = conn
        .prepare("SELECT receipt, idempotency_key, envelope FROM outbox ORDER BY id")
        .expect("select");
    let rows: Vec<(String, String, Vec<u8>)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .expect("rows")
        .collect::<Result<_, _>>()
        .expect("rows");
    let receipts: Vec<String> = rows.iter().map(|r| r.0.clone()).collect();
    assert_eq!(receipts, shown, "rows and shown receipts differ");
    for (receipt, key, bytes) in &rows {
        let sealed = Envelope::from_bytes(bytes)
            .and_then(|e| e.open_application(&private, &site.kiosk_id, key))
            .unwrap_or_else(|e| panic!("the row for {receipt} does not open: {e:?}"));
        assert_eq!(&sealed.receipt, receipt);
    }
    drop(stmt);
    drop(conn);

    let persons: Vec<Person> = (0..person).map(persons::person).collect();
    let (hits, _, _) = scan::scan(&[site.data_dir.as_path()], &persons).expect("scan");
    assert!(
        hits.is_empty(),
        "personal data on the kiosk's disk: {hits:?}"
    );
}
