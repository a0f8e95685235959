//! Personal data at rest, tried as someone holding a copy of the database would: the SQLite file
//! with its WAL and shared-memory files, or a `pg_dump`, must show none of a visitor's details;
//! a sealed value moved to another row must not open.

use std::path::PathBuf;

use madoguchi_core::Language;
use sqlx::Connection as _;

use crate::support::{databases, sample_application, Harness, NowUnix as _, OFFICE_A};

/// A visitor whose details are unlike anything else in the database.
const FAMILY: &str = "鷹野";
const GIVEN: &str = "澪";
const FAMILY_KANA: &str = "タカノ";
const GIVEN_KANA: &str = "ミオ";
const PHONE: &str = "0471234567";
const EMAIL: &str = "mio.takano@example.net";
const NEW_EMAIL: &str = "mio.takano.new@example.net";
const BUILDING: &str = "若葉ハイツ305";

fn person() -> madoguchi_core::Application {
    let mut a = sample_application(Language::JA, EMAIL);
    a.basic.family_name = FAMILY.into();
    a.basic.given_name = GIVEN.into();
    a.basic.family_kana = FAMILY_KANA.into();
    a.basic.given_kana = GIVEN_KANA.into();
    a.contact.phone = PHONE.into();
    a.contact.building = BUILDING.into();
    a
}

fn details() -> Vec<&'static str> {
    vec![
        FAMILY,
        GIVEN,
        FAMILY_KANA,
        GIVEN_KANA,
        PHONE,
        EMAIL,
        "mio.takano",
        NEW_EMAIL,
        BUILDING,
    ]
}

fn sqlite_file(url: &str) -> Option<PathBuf> {
    url.strip_prefix("sqlite://").map(PathBuf::from)
}

/// Every byte of the database file and its `-wal` and `-shm` companions.
fn sqlite_bytes(path: &std::path::Path) -> Vec<u8> {
    let mut all = Vec::new();
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let file = PathBuf::from(format!("{}{suffix}", path.display()));
        if let Ok(bytes) = std::fs::read(&file) {
            all.extend(bytes);
        }
    }
    all
}

fn pg_dump(url: &str) -> Vec<u8> {
    let bin = std::fs::read_dir("/usr/lib/postgresql")
        .expect("PostgreSQL's binaries")
        .filter_map(Result::ok)
        .map(|e| e.path().join("bin/pg_dump"))
        .filter(|p| p.exists())
        .max()
        .expect("pg_dump");
    let out = std::process::Command::new(bin)
        .arg("--no-owner")
        .arg(format!("--dbname={url}"))
        .output()
        .expect("run pg_dump");
    assert!(
        out.status.success(),
        "pg_dump: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.len() > 1000, "a dump with the schema in it");
    out.stdout
}

fn find(haystack: &[u8], needle: &str) -> bool {
    let needle = needle.as_bytes();
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// The visitor's application with every sealed column filled: the My Page login, a pending new
/// address and a return reason quoting the phone number and name.
async fn stored_person(h: &Harness) -> String {
    let kiosk = h.enrol(OFFICE_A, "kiosk-at-rest").await;
    let submitted = h.submit(&kiosk, &person()).await;
    let id = submitted.id();
    let now = h.clock.now_unix();
    h.db.mark_email_verified(&id, now).await.expect("verified");
    h.db.bind_phone(&id, "binding-hash", now + 1800, now)
        .await
        .expect("bound");
    assert!(h
        .db
        .open_my_page(
            &id,
            EMAIL,
            "$argon2id$v=19$not-a-real-hash",
            "binding-hash",
            now
        )
        .await
        .expect("open"));
    h.db.set_pending_email(&id, NEW_EMAIL, "code-hash", now + 900, now)
        .await
        .expect("pending");
    // A correction at the counter: its old and new values and the version as received.
    let before = h.db.application(&id).await.expect("read").expect("found");
    let corrected = format!("{BUILDING}号");
    assert!(h
        .db
        .record_correction(&madoguchi_server::storage::NewCorrection {
            id: "cor_at_rest",
            application_id: &id,
            version: before.updated_at,
            staff_login: "staff",
            now,
            field: "contact.building",
            old: BUILDING,
            new: &corrected,
            before_json: &before.application_json,
            after_json: &before.application_json.replace(BUILDING, &corrected),
            findings_json: &before.findings_json,
        })
        .await
        .expect("corrected"));
    let reason = format!("{FAMILY}様の電話 {PHONE} が不通");
    h.db.return_application(&id, OFFICE_A, &reason, "staff", now)
        .await
        .expect("returned");
    // Handlers still see plain text.
    let record = h.db.application(&id).await.expect("read").expect("found");
    assert!(record.application_json.contains(FAMILY));
    assert_eq!(record.login_email.as_deref(), Some(EMAIL));
    assert_eq!(record.pending_email.as_deref(), Some(NEW_EMAIL));
    assert_eq!(record.return_reason.as_deref(), Some(reason.as_str()));
    let by_login = h.db.applications_by_login(EMAIL).await.expect("by login");
    assert_eq!(by_login.len(), 1, "the sign-in still finds the application");
    id
}

#[tokio::test]
async fn a_copy_of_the_database_shows_no_name_phone_email_or_address() {
    for db in databases().await {
        let url = db.url.clone();
        let h = Harness::new(db).await;
        eprintln!("-- on {}", h.label);
        stored_person(&h).await;
        let copy = match sqlite_file(&url) {
            Some(path) => sqlite_bytes(&path),
            None => pg_dump(&url),
        };
        for detail in details() {
            assert!(
                !find(&copy, detail),
                "{detail:?} is readable in a copy of the {} database",
                h.label
            );
        }
    }
}

#[tokio::test]
async fn a_sealed_value_pasted_into_another_row_does_not_open() {
    for db in databases().await {
        let url = db.url.clone();
        let h = Harness::new(db).await;
        eprintln!("-- on {}", h.label);
        let victim = stored_person(&h).await;
        let kiosk = h.enrol(OFFICE_A, "kiosk-attacker").await;
        let attacker = h
            .submit(&kiosk, &sample_application(Language::JA, "x@example.jp"))
            .await
            .id();
        sqlx::any::install_default_drivers();
        let mut conn = sqlx::AnyConnection::connect(&url).await.expect("connect");
        sqlx::query(
            "UPDATE applications SET application_json =
                 (SELECT application_json FROM applications WHERE id = $1)
             WHERE id = $2",
        )
        .bind(&victim)
        .bind(&attacker)
        .execute(&mut conn)
        .await
        .expect("paste");
        let _ = conn.close().await;
        let read = h.db.application(&attacker).await;
        assert!(
            !matches!(&read, Ok(Some(r)) if r.application_json.contains(FAMILY)),
            "the victim's application opened in the attacker's row ({})",
            h.label
        );
        assert!(read.is_err(), "a moved value is an error, not data");
    }
}

#[tokio::test]
async fn the_sqlite_files_are_private_to_the_server() {
    use std::os::unix::fs::PermissionsExt as _;
    let db = databases().await.into_iter().next().expect("sqlite");
    let path = sqlite_file(&db.url).expect("an sqlite file");
    let h = Harness::new(db).await;
    stored_person(&h).await;
    for suffix in ["", "-wal", "-shm"] {
        let file = PathBuf::from(format!("{}{suffix}", path.display()));
        let mode = std::fs::metadata(&file)
            .unwrap_or_else(|e| panic!("{}: {e}", file.display()))
            .permissions()
            .mode();
        assert_eq!(
            mode & 0o077,
            0,
            "{} has mode {:o}",
            file.display(),
            mode & 0o777
        );
    }
}

/// A plain-text row as a server before sealing wrote it.
async fn insert_plain_row(url: &str, id: &str, application_json: &str, login: &str) {
    sqlx::any::install_default_drivers();
    let mut conn = sqlx::AnyConnection::connect(url).await.expect("connect");
    sqlx::query(
        "INSERT INTO applications (id, kiosk_id, idempotency_key, body_hash, office_code, receipt,
             token_hash, token_expires_at, language, application_json, findings_json, submitted_at,
             received_at, status, email_code_attempts, updated_at, login_email, password_hash,
             return_reason)
         VALUES ($1, 'k', $1, 'h', $2, 'ABCD-EFGH', $1, 0, 'ja', $3, '[]', '2026-11-25T10:00:00+09:00',
             1795000000, 'returned', 0, 1795000000, $4, 'hash', $5)",
    )
    .bind(id)
    .bind(OFFICE_A)
    .bind(application_json)
    .bind(login)
    .bind(format!("{FAMILY}様 {PHONE}"))
    .execute(&mut conn)
    .await
    .expect("plain row");
    let _ = conn.close().await;
}

#[tokio::test]
async fn rows_written_before_sealing_are_sealed_at_the_first_start() {
    use madoguchi_server::sealed::{DataKey, Keyring};
    use madoguchi_server::storage::Db;
    for db in databases().await {
        eprintln!("-- on {}", db.label);
        let plain = Db::open(&db.url).await.expect("open without a key");
        plain
            .ensure_office(OFFICE_A, "ハローワーク飯田橋", 0)
            .await
            .expect("office");
        let json = serde_json::to_string(&person()).expect("json");
        insert_plain_row(&db.url, "app_old1", &json, EMAIL).await;
        insert_plain_row(&db.url, "app_old2", &json, "other@example.jp").await;
        assert!(
            plain.application("app_old1").await.is_err(),
            "without the data key, personal columns are refused"
        );
        plain.close().await;

        let key = DataKey::generate(&mut crate::support::rng());
        let sealed = Db::open_sealed(&db.url, Keyring::new(key.clone()))
            .await
            .expect("first start with a key");
        let record = sealed
            .application("app_old1")
            .await
            .expect("opens")
            .expect("found");
        assert!(record.application_json.contains(FAMILY));
        assert_eq!(record.login_email.as_deref(), Some(EMAIL));
        let found = sealed.applications_by_login(EMAIL).await.expect("login");
        assert_eq!(found.len(), 1);
        sealed.close().await;
        // Idempotent: a second start seals nothing twice.
        let again = Db::open_sealed(&db.url, Keyring::new(key))
            .await
            .expect("second start");
        let record = again.application("app_old2").await.expect("opens");
        assert!(record.is_some());
        again.close().await;

        let copy = match sqlite_file(&db.url) {
            Some(path) => sqlite_bytes(&path),
            None => pg_dump(&db.url),
        };
        for detail in details() {
            assert!(
                !find(&copy, detail),
                "{detail:?} survived sealing in the {} database",
                db.label
            );
        }
    }
}

#[tokio::test]
async fn another_data_key_is_refused_and_rekey_rotates_every_value() {
    use madoguchi_server::sealed::{DataKey, Keyring};
    use madoguchi_server::storage::{Db, StorageError};
    for db in databases().await {
        let url = db.url.clone();
        let h = Harness::new(db).await;
        eprintln!("-- on {}", h.label);
        let id = stored_person(&h).await;
        let old = h.data_key.clone();
        let new = DataKey::generate(&mut crate::support::rng());
        let refused = Db::open_sealed(&url, Keyring::new(new.clone())).await;
        assert!(
            matches!(refused, Err(StorageError::WrongDataKey { .. })),
            "{refused:?}"
        );

        let rekeyed = Db::open_sealed(&url, Keyring::new(new.clone()).with_old(old.clone()))
            .await
            .expect("open for rekey");
        let done = rekeyed.rekey().await.expect("rekey");
        assert!(done.rows >= 1, "{done:?}");
        rekeyed.close().await;

        let refused = Db::open_sealed(&url, Keyring::new(old)).await;
        assert!(
            matches!(refused, Err(StorageError::WrongDataKey { .. })),
            "the old key no longer opens the database: {refused:?}"
        );
        let db = Db::open_sealed(&url, Keyring::new(new))
            .await
            .expect("the new key opens it");
        let record = db.application(&id).await.expect("opens").expect("found");
        assert_eq!(record.login_email.as_deref(), Some(EMAIL));
        assert_eq!(record.pending_email.as_deref(), Some(NEW_EMAIL));
        let history = db.corrections(&id).await.expect("the corrections open");
        assert_eq!(history.len(), 1);
        assert_eq!(history[0].old, BUILDING);
        let received = db.received_version(&id).await.expect("opens");
        assert!(received.is_some_and(|r| r.contains(FAMILY) && !r.contains("305号")));
        assert_eq!(
            db.applications_by_login(EMAIL).await.expect("login").len(),
            1,
            "keyed hashes were recomputed"
        );
        db.close().await;
    }
}

const BIN: &str = env!("CARGO_BIN_EXE_madoguchi-server");

fn run(args: &[&str]) -> (bool, String, String) {
    let out = std::process::Command::new(BIN)
        .args(args)
        .output()
        .expect("run madoguchi-server");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn mode(path: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::metadata(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .permissions()
        .mode()
        & 0o777
}

#[test]
fn keygen_and_datakey_write_data_keys_only_their_owner_can_read() {
    let dir = tempfile::tempdir().expect("tempdir");
    let keys = dir.path().join("keys");
    let (ok, _, stderr) = run(&["keygen", "--out", &keys.display().to_string()]);
    assert!(ok, "{stderr}");
    let data_key = keys.join("data.key");
    assert_eq!(mode(&data_key), 0o600);
    let first = std::fs::read(&data_key).expect("data key");
    let (ok, _, stderr) = run(&["keygen", "--out", &keys.display().to_string(), "--force"]);
    assert!(ok, "{stderr}");
    assert_eq!(
        std::fs::read(&data_key).expect("data key"),
        first,
        "a data key is never replaced: the data it sealed would be lost"
    );

    let other = dir.path().join("other.key");
    let other_text = other.display().to_string();
    let (ok, stdout, stderr) = run(&["datakey", "--out", &other_text]);
    assert!(ok, "{stderr}");
    assert_eq!(stdout.trim().len(), 16, "the key id: {stdout}");
    assert_eq!(mode(&other), 0o600);
    let (ok, _, _) = run(&["datakey", "--out", &other_text]);
    assert!(!ok, "never replaced");
}

/// Starts `serve` and answers whether it exited on its own within a few seconds, with its
/// standard error.
fn serve_exits(dir: &std::path::Path, key: &std::path::Path) -> (bool, String) {
    let database = format!("sqlite://{}", dir.join("server.db").display());
    let mut child = std::process::Command::new(BIN)
        .args(["serve", "--database", &database, "--key"])
        .arg(key)
        .args([
            "--listen",
            "127.0.0.1:0",
            "--public-url",
            "http://127.0.0.1",
        ])
        .arg("--mail-dir")
        .arg(dir.join("mail"))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("serve");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(15);
    while std::time::Instant::now() < deadline {
        if let Ok(Some(status)) = child.try_wait() {
            let mut stderr = String::new();
            if let Some(mut pipe) = child.stderr.take() {
                let _ = std::io::Read::read_to_string(&mut pipe, &mut stderr);
            }
            return (!status.success(), stderr);
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
    (false, "still running".into())
}

#[test]
fn the_server_refuses_key_files_others_can_read() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().expect("tempdir");
    let (ok, _, stderr) = run(&["keygen", "--out", &dir.path().display().to_string()]);
    assert!(ok, "{stderr}");
    let key = dir.path().join("server.key");
    let data_key = dir.path().join("data.key");

    std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    let (refused, stderr) = serve_exits(dir.path(), &key);
    assert!(
        refused,
        "started with a world-readable server key: {stderr}"
    );
    assert!(stderr.contains("server.key"), "names the file: {stderr}");

    std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    std::fs::set_permissions(&data_key, std::fs::Permissions::from_mode(0o640)).expect("chmod");
    let (refused, stderr) = serve_exits(dir.path(), &key);
    assert!(refused, "started with a group-readable data key: {stderr}");
    assert!(stderr.contains("data.key"), "names the file: {stderr}");
}

#[tokio::test]
async fn rekey_on_the_command_line_moves_the_database_to_the_new_key() {
    use madoguchi_server::sealed::{DataKey, Keyring};
    use madoguchi_server::storage::{Db, StorageError};
    let dir = tempfile::tempdir().expect("tempdir");
    let (ok, _, stderr) = run(&["keygen", "--out", &dir.path().display().to_string()]);
    assert!(ok, "{stderr}");
    let old_path = dir.path().join("data.key");
    let new_path = dir.path().join("new.key");
    let (ok, _, stderr) = run(&["datakey", "--out", &new_path.display().to_string()]);
    assert!(ok, "{stderr}");
    let database = format!("sqlite://{}", dir.path().join("server.db").display());
    let old = DataKey::read(&old_path).expect("old");
    let db = Db::open_sealed(&database, Keyring::new(old.clone()))
        .await
        .expect("open");
    db.close().await;

    let (ok, _, stderr) = run(&[
        "rekey",
        "--database",
        &database,
        "--old-data-key",
        &old_path.display().to_string(),
        "--data-key",
        &new_path.display().to_string(),
    ]);
    assert!(ok, "{stderr}");
    let refused = Db::open_sealed(&database, Keyring::new(old)).await;
    assert!(
        matches!(refused, Err(StorageError::WrongDataKey { .. })),
        "{refused:?}"
    );
    let new = DataKey::read(&new_path).expect("new");
    Db::open_sealed(&database, Keyring::new(new))
        .await
        .expect("the new key opens it")
        .close()
        .await;
}
