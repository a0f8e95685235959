//! `serve --demo`: everything a demonstration needs on one machine, and nothing more.
//!
//! It reads the demo kiosk's configuration from `deploy/demo/` (`kiosk.toml`: its id, office
//! code and name, and the server public key it seals to), creates that office, resets the
//! passwords of a demo administrator and a demo staff member (printed, so the presenter can sign
//! in), and enrols the demo kiosk: with the token in `deploy/demo/kiosk.token` when that file
//! exists, otherwise by printing a fresh enrolment code for `madoguchi-kiosk enroll`. Mail goes to
//! a directory (see `main`). The demo key pair is published with the source; the lines printed
//! say so.

use std::path::Path;

use serde::Deserialize;
use thiserror::Error;

use crate::auth;
use crate::enrolment;
use crate::secret;
use crate::state::AppState;
use crate::storage::{Role, StorageError, User};

pub const DEMO_ADMIN: &str = "demo-admin";
pub const DEMO_STAFF: &str = "demo-staff";
const DEFAULT_OFFICE: &str = "13010";
const DEFAULT_OFFICE_NAME: &str = "ハローワーク飯田橋（デモ）";
const DEFAULT_KIOSK_ID: &str = "demo-kiosk-01";

#[derive(Debug, Error)]
#[non_exhaustive]
pub enum DemoError {
    #[error("cannot read {path}: {detail}")]
    Read { path: String, detail: String },
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error(transparent)]
    Auth(#[from] auth::AuthError),
}

/// The parts of the kiosk's configuration the server needs; the rest is the kiosk's business.
#[derive(Deserialize, Debug, Default)]
struct DemoKiosk {
    kiosk_id: Option<String>,
    office_code: Option<String>,
    office_name: Option<String>,
    server_public_key: Option<String>,
}

pub fn office_code_is_valid(code: &str) -> bool {
    code.len() == 5 && code.bytes().all(|b| b.is_ascii_digit())
}

fn read_optional(path: &Path) -> Result<Option<String>, DemoError> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(Some(text)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(DemoError::Read {
            path: path.display().to_string(),
            detail: e.to_string(),
        }),
    }
}

fn write_private(path: &Path, text: &str) -> Result<(), DemoError> {
    use std::io::Write as _;
    use std::os::unix::fs::OpenOptionsExt as _;
    let failed = |e: std::io::Error| DemoError::Read {
        path: path.display().to_string(),
        detail: e.to_string(),
    };
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(failed)?;
    }
    let _ = std::fs::remove_file(path);
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .map_err(failed)?;
    writeln!(file, "{text}").map_err(failed)
}

/// Seeds the demo and returns the lines to print.
/// `code_file`: where to write a fresh enrolment code for the demo kiosk (mode 0600), so a
/// script can run `madoguchi-kiosk enroll` with it.
pub async fn seed(
    state: &AppState,
    dir: &Path,
    code_file: Option<&Path>,
) -> Result<Vec<String>, DemoError> {
    let mut lines = vec![
        "DEMO MODE: the demo key pair is public; never use this server for real applications."
            .to_owned(),
    ];
    let config_path = dir.join("kiosk.toml");
    let kiosk: DemoKiosk = match read_optional(&config_path)? {
        Some(text) => toml::from_str(&text).map_err(|e| DemoError::Read {
            path: config_path.display().to_string(),
            detail: e.to_string(),
        })?,
        None => {
            lines.push(format!(
                "{} not found; using the built-in demo office.",
                config_path.display()
            ));
            DemoKiosk::default()
        }
    };
    let office = kiosk
        .office_code
        .filter(|c| office_code_is_valid(c))
        .unwrap_or_else(|| DEFAULT_OFFICE.to_owned());
    let office_name = kiosk
        .office_name
        .unwrap_or_else(|| DEFAULT_OFFICE_NAME.to_owned());
    let kiosk_id = kiosk
        .kiosk_id
        .filter(|id| enrolment::kiosk_id_is_valid(id))
        .unwrap_or_else(|| DEFAULT_KIOSK_ID.to_owned());
    let now = state.now();
    state.db.ensure_office(&office, &office_name, now).await?;

    if let Some(expected) = kiosk.server_public_key {
        if expected.trim() != state.key.public_key().to_base64() {
            lines.push(format!(
                "WARNING: {} names another server public key than --key; the kiosk's envelopes will not open.",
                config_path.display()
            ));
        }
    }

    for (login, role, office_code) in [
        (DEMO_ADMIN, Role::Admin, None),
        (DEMO_STAFF, Role::Staff, Some(office.clone())),
    ] {
        let password = secret::password(&mut secret::os_rng());
        let hash = auth::hash_password(password.clone()).await?;
        if !state.db.set_user_password(login, &hash).await? {
            let user = User {
                id: secret::id("usr", &mut secret::os_rng()),
                login: login.to_owned(),
                display_name: login.to_owned(),
                role,
                office_code,
                password_hash: hash,
            };
            state.db.add_user(&user, now).await?;
        }
        lines.push(format!("counter sign-in: {login} / {password}"));
    }

    match read_optional(&dir.join("kiosk.token"))? {
        Some(token) if !token.trim().is_empty() => {
            state
                .db
                .enrol_directly(
                    &secret::id("ksk", &mut secret::os_rng()),
                    &office,
                    "Demo kiosk",
                    &kiosk_id,
                    &secret::hash(token.trim()),
                    now,
                )
                .await?;
            lines.push(format!(
                "demo kiosk {kiosk_id} enrolled with the token in {}",
                dir.join("kiosk.token").display()
            ));
        }
        _ if state.db.kiosk_enrolled(&kiosk_id).await? => {
            lines.push(format!("demo kiosk {kiosk_id} is already enrolled"));
            if let Some(path) = code_file {
                let _ = std::fs::remove_file(path);
            }
        }
        _ => {
            let added = enrolment::add_kiosk(
                &state.db,
                &office,
                Some(&office_name),
                "Demo kiosk",
                now,
                &mut secret::os_rng(),
            )
            .await?;
            lines.push(format!(
                "enrol the demo kiosk with: madoguchi-kiosk enroll --server {} --code {}",
                state.settings.public_url, added.code
            ));
            if let Some(path) = code_file {
                write_private(path, &added.code)?;
                lines.push(format!("the enrolment code is also in {}", path.display()));
            }
        }
    }
    lines.push(format!(
        "counter console: {}/counter",
        state.settings.public_url
    ));
    Ok(lines)
}
