//! The administrator's subcommands as a shell runs them: `check-data` (before a data update is
//! published: scripts/build-data-update) says what it found and refuses what kiosks could not use.

use std::process::Command;

fn kiosk() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_madoguchi-kiosk"));
    // The console's language: the messages below are the English ones.
    command
        .env("LANG", "en_US.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    command
}

fn data(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../data")
        .join(name)
}

#[test]
fn check_data_accepts_the_built_in_files_and_names_what_it_read() {
    let out = kiosk()
        .args(["check-data", "--postcodes"])
        .arg(data("postcodes.bin"))
        .arg("--occupations")
        .arg(data("occupations.tsv"))
        .output()
        .expect("runs");
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{said}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(said.contains("usable postcode book"), "{said}");
    assert!(said.contains("codes)"), "{said}");
    assert!(said.contains("usable occupation classification"), "{said}");
}

#[test]
fn check_data_refuses_a_file_kiosks_could_not_read_and_names_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let truncated = dir.path().join("postcodes.bin");
    let book = std::fs::read(data("postcodes.bin")).expect("book");
    std::fs::write(&truncated, &book[..book.len() / 2]).expect("write");
    let table = dir.path().join("occupations.tsv");
    std::fs::write(&table, "01\tno metadata lines\n").expect("write");
    for (flag, path) in [("--postcodes", &truncated), ("--occupations", &table)] {
        let out = kiosk()
            .arg("check-data")
            .arg(flag)
            .arg(path)
            .output()
            .expect("runs");
        let said = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{flag}: {said}");
        assert!(said.contains(&path.display().to_string()), "{said}");
        assert!(said.contains("cannot be used"), "{said}");
    }
}
