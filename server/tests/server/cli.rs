//! The binary itself: key generation, kiosk enrolment codes, and a real server on a loopback
//! port that a kiosk enrols with and submits to.

use std::os::unix::fs::PermissionsExt as _;
use std::process::{Command, Stdio};
use std::time::Duration;

use madoguchi_core::envelope::{Envelope, PublicKey, SealedApplication};
use madoguchi_core::receipt::{ContinuationToken, IdempotencyKey, ReceiptNumber};
use madoguchi_core::Language;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};

use crate::support::{databases, rng, sample_application};

const BIN: &str = env!("CARGO_BIN_EXE_madoguchi-server");

fn run(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(BIN)
        .args(args)
        .output()
        .expect("run madoguchi-server");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn keygen_writes_a_private_key_only_its_owner_can_read() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("keys");
    let out_text = out.display().to_string();
    let (ok, stdout, stderr) = run(&["keygen", "--out", &out_text]);
    assert!(ok, "{stderr}");
    let key = out.join("server.key");
    let mode = std::fs::metadata(&key).expect("key").permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let private = madoguchi_core::envelope::PrivateKey::from_base64(
        &std::fs::read_to_string(&key).expect("read"),
    )
    .expect("a private key");
    let public = std::fs::read_to_string(out.join("server.pub")).expect("pub");
    assert_eq!(private.public_key().to_base64(), public.trim());
    assert_eq!(stdout.trim(), public.trim());
    // The fingerprint an administrator types at each kiosk's enrolment.
    let fingerprint = madoguchi_core::envelope::PublicKey::from_base64(&public)
        .expect("a public key")
        .fingerprint();
    assert!(
        stderr.contains(&format!("fingerprint: {fingerprint}")),
        "{stderr}"
    );
    // Never overwritten by accident.
    let (ok, _, stderr) = run(&["keygen", "--out", &out_text]);
    assert!(!ok);
    assert!(stderr.contains("--force"), "{stderr}");
    let (ok, _, _) = run(&["keygen", "--out", &out_text, "--force"]);
    assert!(ok);
    assert_ne!(
        std::fs::read_to_string(out.join("server.pub"))
            .expect("pub")
            .trim(),
        public.trim()
    );
}

/// A tiny HTTP/1.1 client: one request per connection.
async fn http(
    addr: &str,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> (u16, String) {
    let mut stream = tokio::net::TcpStream::connect(addr).await.expect("connect");
    let mut request = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (k, v) in headers {
        request.push_str(&format!("{k}: {v}\r\n"));
    }
    request.push_str("\r\n");
    request.push_str(body);
    stream.write_all(request.as_bytes()).await.expect("write");
    let mut response = Vec::new();
    stream.read_to_end(&mut response).await.expect("read");
    let text = String::from_utf8_lossy(&response).into_owned();
    let status = text
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = text
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_owned())
        .unwrap_or_default();
    (status, body)
}

/// Kills the child when the test ends, pass or fail.
struct Child(std::process::Child);

impl Drop for Child {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[tokio::test]
async fn a_batch_of_kiosks_gets_a_code_each_and_a_printable_sheet() {
    let db = databases().await.into_iter().next().expect("a database");
    let dir = tempfile::tempdir().expect("tempdir");
    let sheet = dir.path().join("codes.html");
    let (ok, stdout, stderr) = run(&[
        "kiosk",
        "add",
        "--database",
        &db.url,
        "--office",
        "13010",
        "--count",
        "20",
        "--name",
        "lobby",
        "--sheet",
        &sheet.display().to_string(),
    ]);
    assert!(ok, "{stderr}");
    let lines: Vec<(&str, &str)> = stdout.lines().filter_map(|l| l.split_once('\t')).collect();
    assert_eq!(lines.len(), 20, "{stdout}");
    assert_eq!(lines[0].0, "lobby 01");
    let mut codes: Vec<&str> = lines.iter().map(|(_, c)| *c).collect();
    codes.sort_unstable();
    codes.dedup();
    assert_eq!(codes.len(), 20, "a code each");
    let html = std::fs::read_to_string(&sheet).expect("sheet");
    assert_eq!(html.matches("<svg").count(), 20);
    assert!(codes.iter().all(|c| html.contains(c)));
    let mode = std::fs::metadata(&sheet)
        .expect("sheet")
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(mode, 0o600);
    let (ok, _, stderr) = run(&[
        "kiosk",
        "add",
        "--database",
        &db.url,
        "--office",
        "13010",
        "--count",
        "0",
    ]);
    assert!(!ok && stderr.contains("--count"), "{stderr}");
}

#[tokio::test]
async fn a_real_server_enrols_a_kiosk_and_stores_its_application() {
    for db in databases().await {
        let dir = tempfile::tempdir().expect("tempdir");
        let keys = dir.path().join("keys").display().to_string();
        assert!(run(&["keygen", "--out", &keys]).0);
        let (ok, code, stderr) = run(&[
            "kiosk",
            "add",
            "--database",
            &db.url,
            "--office",
            "13010",
            "--name",
            "1F lobby",
        ]);
        assert!(ok, "{stderr}");
        let code = code.trim().to_owned();
        assert_eq!(code.len(), 14, "{code}");

        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("free port")
            .port();
        let addr = format!("127.0.0.1:{port}");
        let mail_dir = dir.path().join("mail").display().to_string();
        let _server = Child(
            Command::new(BIN)
                .args([
                    "serve",
                    "--database",
                    &db.url,
                    "--key",
                    &format!("{keys}/server.key"),
                    "--listen",
                    &addr,
                    "--public-url",
                    "http://phone.test",
                    "--mail-dir",
                    &mail_dir,
                ])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("serve"),
        );
        let mut ready = false;
        for _ in 0..100 {
            if tokio::net::TcpStream::connect(&addr).await.is_ok()
                && http(&addr, "GET", "/readyz", &[], "").await.0 == 200
            {
                ready = true;
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        assert!(ready, "the server did not come up on {addr} ({})", db.label);

        let body = serde_json::json!({"code": code, "kiosk_id": "iidabashi-01"}).to_string();
        let json = [("Content-Type", "application/json")];
        let (status, enrolled) = http(&addr, "POST", "/api/v1/kiosks/enroll", &json, &body).await;
        assert_eq!(status, 201, "{enrolled}");
        let enrolled: serde_json::Value = serde_json::from_str(&enrolled).expect("json");
        assert_eq!(enrolled["continuation_base_url"], "http://phone.test");
        let public =
            PublicKey::from_base64(enrolled["server_public_key"].as_str().unwrap_or_default())
                .expect("key");
        let token = enrolled["kiosk_token"]
            .as_str()
            .unwrap_or_default()
            .to_owned();

        let key = IdempotencyKey::generate(&mut rng());
        let continuation = ContinuationToken::generate(&mut rng());
        let payload = SealedApplication {
            application: sample_application(Language::from_code("en").expect("en"), "a@example.jp"),
            receipt: ReceiptNumber::generate(&mut rng()).to_string(),
            continuation_token: continuation.as_str().to_owned(),
            submitted_at: "2026-11-25T10:00:00+09:00".into(),
            office_code: "13010".into(),
        };
        let envelope =
            Envelope::seal_application(&public, "iidabashi-01", key.as_str(), &payload, &mut rng())
                .expect("seal");
        let body = serde_json::json!({ "envelope": envelope.to_base64() }).to_string();
        let bearer = format!("Bearer {token}");
        let headers = [
            ("Content-Type", "application/json"),
            ("Authorization", &bearer),
            ("Idempotency-Key", key.as_str()),
        ];
        let (first, answer) = http(&addr, "POST", "/api/v1/applications", &headers, &body).await;
        assert_eq!(first, 201, "{answer}");
        let (second, again) = http(&addr, "POST", "/api/v1/applications", &headers, &body).await;
        assert_eq!(second, 200);
        assert_eq!(answer, again);

        let (status, page) = http(
            &addr,
            "GET",
            &format!("/c/{}", continuation.as_str()),
            &[],
            "",
        )
        .await;
        assert_eq!(status, 200);
        assert!(
            page.contains("lang=\"en\""),
            "the phone page speaks the visitor's language"
        );
    }
}
