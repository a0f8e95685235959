//! The search itself must be able to fail: it finds each kind of datum wherever it is.

use madoguchi_delivery_tests::persons::person;
use madoguchi_delivery_tests::scan;

#[test]
fn the_search_finds_names_phones_and_emails_in_any_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = person(7);
    let utf16: Vec<u8> = p
        .given_name
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    let mut blob = vec![0xA5u8; 5000];
    blob.extend_from_slice(&utf16);
    blob.extend_from_slice(&[0u8; 100]);
    std::fs::write(dir.path().join("outbox.db-wal"), &blob).expect("write");
    std::fs::create_dir(dir.path().join("logs")).expect("mkdir");
    std::fs::write(
        dir.path().join("logs/kiosk.log"),
        format!("INFO sent {}\n", p.phone),
    )
    .expect("write");
    std::fs::write(
        dir.path().join("notes"),
        format!("{} {}", p.email, p.family_kana),
    )
    .expect("write");
    std::fs::write(dir.path().join("clean"), vec![0x5Au8; 100_000]).expect("write");
    let (hits, files, _) = scan::scan(&[dir.path()], &[person(1), p.clone()]).expect("scan");
    assert_eq!(files, 4);
    let found: Vec<String> = hits
        .iter()
        .map(|h| {
            format!(
                "{} {}",
                h.file.file_name().and_then(|n| n.to_str()).unwrap_or(""),
                h.what
            )
        })
        .collect();
    assert!(
        found.contains(&format!("outbox.db-wal name {} (UTF-16LE)", p.given_name)),
        "{found:?}"
    );
    assert!(
        found.contains(&format!("kiosk.log phone {} (UTF-8)", p.phone)),
        "{found:?}"
    );
    assert!(
        found.contains(&format!("notes email {} (UTF-8)", p.email)),
        "{found:?}"
    );
    assert!(
        found.contains(&format!("notes name {} (UTF-8)", p.family_kana)),
        "{found:?}"
    );
    assert!(!found.iter().any(|f| f.starts_with("clean")), "{found:?}");
    // Person 1's data is nowhere.
    let other = person(1);
    assert!(!found.iter().any(|f| f.contains(&other.phone)), "{found:?}");
    assert_eq!(hits.len(), 4, "{found:?}");
}
