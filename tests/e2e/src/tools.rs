//! Where the programs the harness runs are found. A missing one is a failure that says how to get
//! it, never a skipped test: a smoke run that passes without running proves nothing.

use std::path::{Path, PathBuf};

/// The repository root (this crate lives in `tests/e2e`).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("the repository root exists")
}

fn executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

/// A program on `PATH`.
pub fn on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|p| executable(p))
}

/// The kiosk binary under test: `MADOGUCHI_KIOSK_BIN`, else `$CARGO_TARGET_DIR/debug`, else the
/// repository's `target/debug`.
pub fn kiosk_binary() -> PathBuf {
    let mut tried = Vec::new();
    if let Some(bin) = std::env::var_os("MADOGUCHI_KIOSK_BIN") {
        let bin = PathBuf::from(bin);
        assert!(
            executable(&bin),
            "MADOGUCHI_KIOSK_BIN={} is not an executable file",
            bin.display()
        );
        return bin;
    }
    if let Some(dir) = std::env::var_os("CARGO_TARGET_DIR") {
        tried.push(PathBuf::from(dir).join("debug/madoguchi-kiosk"));
    }
    tried.push(repo_root().join("target/debug/madoguchi-kiosk"));
    if let Some(found) = tried.iter().find(|p| executable(p)) {
        return found.clone();
    }
    panic!(
        "the kiosk binary is missing (looked for MADOGUCHI_KIOSK_BIN, then {}). Build it with \
         `npm --prefix ui run build && cargo build -p madoguchi-kiosk`, or run `scripts/smoke`, \
         which does both",
        tried
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(", ")
    );
}

/// `tauri-driver`, on `PATH` or where `cargo install` puts it.
pub fn tauri_driver() -> PathBuf {
    if let Some(found) = on_path("tauri-driver") {
        return found;
    }
    let cargo_home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")));
    if let Some(bin) = cargo_home.map(|h| h.join("bin/tauri-driver")) {
        if executable(&bin) {
            return bin;
        }
    }
    panic!(
        "tauri-driver is missing (not on PATH, not in ~/.cargo/bin): \
         `cargo install tauri-driver --locked`"
    );
}

/// A system program the harness needs, with the Debian package that has it.
pub fn require(name: &str, package: &str) -> PathBuf {
    on_path(name)
        .unwrap_or_else(|| panic!("{name} is missing from PATH: `apt-get install {package}`"))
}

/// `tests/e2e/node_modules` (axe-core), installed from the lock file when it is missing.
pub fn node_modules() -> PathBuf {
    let dir = repo_root().join("tests/e2e");
    let modules = dir.join("node_modules");
    if !modules.join("axe-core/axe.min.js").is_file() {
        let status = std::process::Command::new("npm")
            .current_dir(&dir)
            .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
            .status()
            .unwrap_or_else(|e| panic!("npm does not run to install axe-core: {e}"));
        assert!(
            status.success(),
            "`npm ci` in tests/e2e failed ({status}): axe-core is needed for the audit"
        );
    }
    modules
}
