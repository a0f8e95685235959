//! First-boot provisioning without a keyboard: `madoguchi-kiosk provision` looks for a
//! provisioning folder (a USB stick, or `madoguchi/` on the image's boot partition), checks its
//! `kiosk.toml` as `check-config` does, and installs it; the enrolment code and the server's
//! fingerprint in the same folder are then used by `madoguchi-kiosk enroll` (run as the kiosk
//! user by `madoguchi-provision.service`, see deploy/systemd).
//!
//! The folder holds:
//! - `kiosk.toml`: the kiosk's configuration (required);
//! - `enrolment-code`: a one-time code from `madoguchi-server kiosk add` (optional: without it
//!   the kiosk shows 準備中 until enrolled by hand);
//! - `server-fingerprint`: what `madoguchi-server keygen` printed, when `kiosk.toml` does not
//!   name `server_public_key`;
//! - `ssh_authorized_keys`: only when the office wants to reach the kiosk over SSH.
//!
//! A file the checks refuse stops provisioning with the message `check-config` would print, and
//! nothing is installed.

use std::path::{Path, PathBuf};

use crate::config::{ConfigError, KioskConfig};

/// Where provisioning folders are looked for, in order.
pub const DEFAULT_SOURCES: &[&str] = &[
    "/run/madoguchi-usb/madoguchi",
    "/efi/madoguchi",
    "/boot/efi/madoguchi",
    "/boot/madoguchi",
];

pub const CONFIG_FILE: &str = "kiosk.toml";
pub const CODE_FILE: &str = "enrolment-code";
pub const FINGERPRINT_FILE: &str = "server-fingerprint";

#[derive(Debug, thiserror::Error)]
pub enum ProvisionError {
    #[error("no provisioning folder with kiosk.toml in {searched}")]
    NoSource { searched: String },
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error("cannot write {path}: {reason}")]
    Write { path: String, reason: String },
}

impl ProvisionError {
    pub fn message_id(&self) -> &'static str {
        match self {
            ProvisionError::NoSource { .. } => "provision-no-source",
            ProvisionError::Config(e) => e.message_id(),
            ProvisionError::Write { .. } => "provision-write-failed",
        }
    }

    pub fn args(&self) -> std::collections::BTreeMap<String, String> {
        match self {
            ProvisionError::NoSource { searched } => {
                [("searched".to_owned(), searched.clone())].into()
            }
            ProvisionError::Config(e) => e.args(),
            ProvisionError::Write { path, reason } => [
                ("path".to_owned(), path.clone()),
                ("reason".to_owned(), reason.clone()),
            ]
            .into(),
        }
    }
}

/// What was installed, and what enrolment will need.
#[derive(Debug)]
pub struct Provisioned {
    pub source: PathBuf,
    pub config: KioskConfig,
    /// The enrolment code's file, when the folder has one.
    pub code_file: Option<PathBuf>,
    /// The server's fingerprint, when the folder has one.
    pub fingerprint: Option<String>,
}

/// The first of `sources` that holds a `kiosk.toml`.
pub fn find_source(sources: &[PathBuf]) -> Result<PathBuf, ProvisionError> {
    sources
        .iter()
        .find(|dir| dir.join(CONFIG_FILE).is_file())
        .cloned()
        .ok_or_else(|| ProvisionError::NoSource {
            searched: sources
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", "),
        })
}

/// Checks `source/kiosk.toml` and writes it to `target` (mode 0640; the unit gives it to
/// root:kiosk).
pub fn install(source: &Path, target: &Path) -> Result<Provisioned, ProvisionError> {
    let from = source.join(CONFIG_FILE);
    let text = std::fs::read_to_string(&from).map_err(|e| ConfigError::Read {
        path: from.display().to_string(),
        reason: e.to_string(),
    })?;
    let config = KioskConfig::parse(&text, &from.display().to_string())?;
    write_config(target, &text).map_err(|e| ProvisionError::Write {
        path: target.display().to_string(),
        reason: e.to_string(),
    })?;
    let code_file = Some(source.join(CODE_FILE)).filter(|p| p.is_file());
    let fingerprint = std::fs::read_to_string(source.join(FINGERPRINT_FILE))
        .ok()
        .map(|t| t.trim().to_owned())
        .filter(|t| !t.is_empty());
    Ok(Provisioned {
        source: source.to_owned(),
        config,
        code_file,
        fingerprint,
    })
}

fn write_config(target: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write as _;
    if let Some(dir) = target.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let tmp = target.with_extension("toml.tmp");
    {
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt as _;
            options.mode(0o640);
        }
        let mut file = options.open(&tmp)?;
        file.write_all(text.as_bytes())?;
        file.sync_all()?;
    }
    std::fs::rename(&tmp, target)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DEMO: &str = include_str!("../../deploy/demo/kiosk.toml");

    #[test]
    fn the_first_folder_with_a_configuration_is_used_and_installed() {
        let root = tempfile::tempdir().expect("tempdir");
        let usb = root.path().join("usb");
        let efi = root.path().join("efi");
        std::fs::create_dir_all(&usb).expect("usb");
        std::fs::create_dir_all(&efi).expect("efi");
        std::fs::write(efi.join(CONFIG_FILE), DEMO).expect("config");
        std::fs::write(efi.join(CODE_FILE), "ABCD-EFGH-JKLM\n").expect("code");
        std::fs::write(efi.join(FINGERPRINT_FILE), "3f2a-9c1e\n").expect("fp");
        let source = find_source(&[usb.clone(), efi.clone()]).expect("found");
        assert_eq!(source, efi);
        let target = root.path().join("etc/madoguchi/kiosk.toml");
        let done = install(&source, &target).expect("installed");
        assert_eq!(done.config.kiosk_id, "demo-kiosk-01");
        assert_eq!(done.code_file, Some(efi.join(CODE_FILE)));
        assert_eq!(done.fingerprint.as_deref(), Some("3f2a-9c1e"));
        assert_eq!(std::fs::read_to_string(&target).expect("read"), DEMO);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let mode = std::fs::metadata(&target)
                .expect("meta")
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o640);
        }
    }

    #[test]
    fn a_bad_configuration_installs_nothing_and_names_the_key() {
        let root = tempfile::tempdir().expect("tempdir");
        std::fs::write(
            root.path().join(CONFIG_FILE),
            DEMO.replace("warning_after_seconds = 90", "warning_after_seconds = 1"),
        )
        .expect("config");
        let target = root.path().join("out/kiosk.toml");
        let err = install(root.path(), &target).expect_err("refused");
        assert_eq!(err.message_id(), "config-invalid");
        assert!(err
            .args()
            .values()
            .any(|v| v.contains("warning_after_seconds")));
        assert!(!target.exists());
    }

    #[test]
    fn no_folder_says_where_it_looked() {
        let root = tempfile::tempdir().expect("tempdir");
        let err = find_source(&[root.path().join("a")]).expect_err("none");
        assert_eq!(err.message_id(), "provision-no-source");
        assert!(err.args()["searched"].ends_with("/a"));
    }
}
