//! The kiosk's enrolment with its intake server: the kiosk token and the server's public key.
//!
//! `madoguchi-kiosk enroll --server URL --code CODE` trades a one-time code (printed by
//! `madoguchi-server kiosk add`) for them and stores them in the data directory, readable by the
//! kiosk's user only (mode 0600). Until a kiosk has a key, visitors see 準備中.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use madoguchi_core::envelope::PublicKey;
use serde::{Deserialize, Serialize};
use thiserror::Error;

pub const FILE_NAME: &str = "enrolment.json";

#[derive(Debug, Error)]
pub enum EnrolmentError {
    #[error("cannot reach the server: {0}")]
    Network(String),
    #[error("the server refused the enrolment code ({status}): {detail}")]
    Refused { status: u16, detail: String },
    #[error("the server's answer is not an enrolment: {0}")]
    Answer(String),
    #[error("cannot store the enrolment in {path}: {reason}")]
    Store { path: String, reason: String },
    #[error("the stored enrolment {path} is damaged: {reason}")]
    Damaged { path: String, reason: String },
}

/// What the server gives an enrolled kiosk.
#[derive(Serialize, Deserialize, Clone, PartialEq, Eq)]
pub struct Enrolment {
    pub server_url: String,
    pub kiosk_token: String,
    pub server_public_key: String,
    pub continuation_base_url: String,
    pub office_code: String,
}

impl std::fmt::Debug for Enrolment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Enrolment")
            .field("server_url", &self.server_url)
            .field("kiosk_token", &"…")
            .field("office_code", &self.office_code)
            .finish()
    }
}

#[derive(Deserialize)]
struct EnrollAnswer {
    kiosk_token: String,
    server_public_key: String,
    continuation_base_url: String,
    office_code: String,
}

pub fn path_in(data_dir: &Path) -> PathBuf {
    data_dir.join(FILE_NAME)
}

impl Enrolment {
    pub fn public_key(&self) -> Option<PublicKey> {
        PublicKey::from_base64(&self.server_public_key).ok()
    }

    /// Reads the stored enrolment; `Ok(None)` when the kiosk was never enrolled.
    pub fn load(data_dir: &Path) -> Result<Option<Enrolment>, EnrolmentError> {
        let path = path_in(data_dir);
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => {
                return Err(EnrolmentError::Damaged {
                    path: path.display().to_string(),
                    reason: e.to_string(),
                })
            }
        };
        let enrolment: Enrolment =
            serde_json::from_str(&text).map_err(|e| EnrolmentError::Damaged {
                path: path.display().to_string(),
                reason: e.to_string(),
            })?;
        if enrolment.public_key().is_none() {
            return Err(EnrolmentError::Damaged {
                path: path.display().to_string(),
                reason: "server_public_key is not a valid key".into(),
            });
        }
        Ok(Some(enrolment))
    }

    /// Writes the enrolment atomically with mode 0600.
    pub fn store(&self, data_dir: &Path) -> Result<(), EnrolmentError> {
        let path = path_in(data_dir);
        let store_err = |e: std::io::Error| EnrolmentError::Store {
            path: path.display().to_string(),
            reason: e.to_string(),
        };
        std::fs::create_dir_all(data_dir).map_err(store_err)?;
        let tmp = data_dir.join(format!(".{FILE_NAME}.tmp"));
        let json = serde_json::to_vec_pretty(self).map_err(|e| EnrolmentError::Store {
            path: path.display().to_string(),
            reason: e.to_string(),
        })?;
        {
            let mut options = std::fs::OpenOptions::new();
            options.write(true).create(true).truncate(true);
            #[cfg(unix)]
            {
                use std::os::unix::fs::OpenOptionsExt as _;
                options.mode(0o600);
            }
            let mut file = options.open(&tmp).map_err(store_err)?;
            file.write_all(&json).map_err(store_err)?;
            file.sync_all().map_err(store_err)?;
        }
        std::fs::rename(&tmp, &path).map_err(store_err)?;
        Ok(())
    }

    /// Trades a one-time enrolment code for a kiosk token at `server_url`.
    pub async fn enroll(
        server_url: &str,
        code: &str,
        kiosk_id: &str,
    ) -> Result<Enrolment, EnrolmentError> {
        let server_url = server_url.trim_end_matches('/').to_owned();
        let client =
            crate::sync::http_client().map_err(|e| EnrolmentError::Network(e.to_string()))?;
        let response = client
            .post(format!("{server_url}/api/v1/kiosks/enroll"))
            .json(&serde_json::json!({ "code": code.trim(), "kiosk_id": kiosk_id }))
            .send()
            .await
            .map_err(|e| EnrolmentError::Network(e.to_string()))?;
        let status = response.status().as_u16();
        let body = response
            .text()
            .await
            .map_err(|e| EnrolmentError::Network(e.to_string()))?;
        if !(200..300).contains(&status) {
            let detail = serde_json::from_str::<serde_json::Value>(&body)
                .ok()
                .and_then(|v| v.get("detail").and_then(|d| d.as_str()).map(str::to_owned))
                .unwrap_or_default();
            return Err(EnrolmentError::Refused { status, detail });
        }
        let answer: EnrollAnswer =
            serde_json::from_str(&body).map_err(|e| EnrolmentError::Answer(e.to_string()))?;
        let enrolment = Enrolment {
            server_url,
            kiosk_token: answer.kiosk_token,
            server_public_key: answer.server_public_key,
            continuation_base_url: answer.continuation_base_url,
            office_code: answer.office_code,
        };
        if enrolment.public_key().is_none() {
            return Err(EnrolmentError::Answer(
                "server_public_key is not a valid key".into(),
            ));
        }
        Ok(enrolment)
    }
}

#[cfg(test)]
mod tests {
    use madoguchi_core::envelope::generate_keypair;
    use rand_core::{OsRng, TryRngCore as _};

    use super::*;

    fn sample() -> Enrolment {
        let (_, pk) = generate_keypair(&mut OsRng.unwrap_err());
        Enrolment {
            server_url: "http://127.0.0.1:1".into(),
            kiosk_token: "secret-token".into(),
            server_public_key: pk.to_base64(),
            continuation_base_url: "http://127.0.0.1:1".into(),
            office_code: "13010".into(),
        }
    }

    #[test]
    fn stored_enrolment_reads_back_and_is_private() {
        let dir = tempfile::tempdir().expect("tempdir");
        assert!(Enrolment::load(dir.path()).expect("none").is_none());
        sample().store(dir.path()).expect("store");
        let back = Enrolment::load(dir.path()).expect("load").expect("some");
        assert_eq!(back.office_code, "13010");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let mode = std::fs::metadata(path_in(dir.path()))
                .expect("meta")
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        assert!(!format!("{back:?}").contains("secret-token"));
    }

    #[test]
    fn a_damaged_file_is_an_error_not_a_crash() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(path_in(dir.path()), "{not json").expect("write");
        assert!(matches!(
            Enrolment::load(dir.path()),
            Err(EnrolmentError::Damaged { .. })
        ));
    }

    #[tokio::test]
    async fn an_unreachable_server_is_a_network_error() {
        let e = Enrolment::enroll("http://127.0.0.1:9", "CODE", "k")
            .await
            .expect_err("no server");
        assert!(matches!(e, EnrolmentError::Network(_)));
    }
}
