//! The real `madoguchi-server` binary on a free loopback port with a fresh SQLite database:
//! `keygen`, `kiosk add`, `serve`, killed with SIGKILL and restarted on the same port when a test
//! wants it down. What it holds is read straight from its database, opened with the data key
//! `keygen` wrote beside the server's key.

use std::ffi::OsStr;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use madoguchi_test_support::server::{self as intake, IntakeServer};

/// The server binary: `MADOGUCHI_SERVER_BIN` if set; otherwise `cargo build -p madoguchi-server`
/// into the same target directory and profile as this executable (a no-op when it is current).
pub fn binary() -> Result<PathBuf, String> {
    intake::binary().map_err(|e| e.to_string())
}

/// One application as the server stores it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Held {
    pub kiosk_id: String,
    pub receipt: String,
    pub idempotency_key: String,
    /// Who applied: the phone number inside the opened application (unique per test person),
    /// so that one visitor's application stored twice is seen whatever its keys and receipts.
    pub phone: String,
}

pub struct Server {
    server: IntakeServer,
}

impl Server {
    /// A key pair, a fresh database and the server listening; returns once `/healthz` answers.
    pub fn start(bin: &Path) -> Result<Server, String> {
        let mut server = IntakeServer::prepare(bin, "madoguchi-delivery-server-", "warn")
            .map_err(|e| e.to_string())?;
        server.serve().map_err(|e| e.to_string())?;
        Ok(Server { server })
    }

    pub fn database_url(&self) -> String {
        self.server.database_url()
    }

    pub fn database_path(&self) -> PathBuf {
        self.server.database_path()
    }

    pub fn addr(&self) -> SocketAddr {
        self.server.addr()
    }

    pub fn url(&self) -> String {
        self.server.url()
    }

    /// The public key `keygen` wrote (server.pub), which kiosks pin at enrolment.
    pub fn public_key(&self) -> Result<madoguchi_core::envelope::PublicKey, String> {
        let text = self
            .server
            .public_key_text()
            .map_err(|e| format!("server.pub: {e}"))?;
        madoguchi_core::envelope::PublicKey::from_base64(&text)
            .map_err(|e| format!("server.pub: {e}"))
    }

    pub fn log_path(&self) -> PathBuf {
        self.server.log_path()
    }

    /// The last lines of the server's log, for messages.
    pub fn log_tail(&self) -> String {
        self.server.log_tail()
    }

    /// Whether `GET /healthz` answers 200 now.
    pub fn healthy(&self) -> bool {
        self.server.healthy()
    }

    /// SIGKILL: the server goes away mid-whatever, as in a power cut of the server machine.
    pub fn kill(&mut self) {
        self.server.kill();
    }

    pub fn is_running(&self) -> bool {
        self.server.is_running()
    }

    /// Starts it again on the same port and database (after [`Server::kill`]).
    pub fn restart(&mut self) -> Result<(), String> {
        self.server.kill();
        self.server.serve().map_err(|e| e.to_string())
    }

    /// How many times the server process was started.
    pub fn starts(&self) -> u32 {
        self.server.starts()
    }

    /// `madoguchi-server kiosk add`: registers a kiosk and returns its one-time enrolment code.
    pub fn add_kiosk(&self, office: &str, name: &str) -> Result<String, String> {
        let database = self.database_url();
        let args = [
            "kiosk",
            "add",
            "--office",
            office,
            "--office-name",
            "ハローワーク試験",
            "--name",
            name,
            "--database",
            &database,
        ];
        let args: Vec<&OsStr> = args.iter().map(OsStr::new).collect();
        let code = self
            .server
            .admin(&args, None)
            .map_err(|e| e.to_string())?
            .trim()
            .to_owned();
        if code.is_empty() {
            return Err("madoguchi-server kiosk add printed no code".into());
        }
        Ok(code)
    }

    /// The server's database, opened beside the running server.
    fn database(&self) -> Result<rusqlite::Connection, String> {
        let conn = rusqlite::Connection::open(self.database_path())
            .map_err(|e| format!("server database: {e}"))?;
        conn.busy_timeout(Duration::from_secs(10))
            .map_err(|e| format!("server database: {e}"))?;
        Ok(conn)
    }

    /// The idempotency keys of every application the server holds: what a trial needs to know
    /// which queued rows the server already had, without opening each sealed application (that
    /// grew with every trial and made the last hundred trials three times slower than the first).
    pub fn held_keys(&self) -> Result<std::collections::BTreeSet<String>, String> {
        let conn = self.database()?;
        let mut stmt = conn
            .prepare("SELECT idempotency_key FROM applications")
            .map_err(|e| format!("server database: {e}"))?;
        let keys = stmt
            .query_map([], |r| r.get::<_, String>(0))
            .map_err(|e| format!("server database: {e}"))?;
        keys.collect::<Result<_, _>>()
            .map_err(|e| format!("server database: {e}"))
    }

    /// Every application the server holds, read from its database.
    pub fn held(&self) -> Result<Vec<Held>, String> {
        use madoguchi_server::sealed::{DataKey, Field, Keyring};
        let keys = Keyring::new(
            DataKey::read(&self.server.data_key_path())
                .map_err(|e| format!("server data key: {e}"))?,
        );
        let conn = self.database()?;
        let mut stmt = conn
            .prepare(
                "SELECT kiosk_id, receipt, idempotency_key, application_json, id FROM applications",
            )
            .map_err(|e| format!("server database: {e}"))?;
        let rows = stmt
            .query_map([], |r| {
                let sealed: String = r.get(3)?;
                let id: String = r.get(4)?;
                let json = keys
                    .open(Field::ApplicationJson, &id, &sealed)
                    .unwrap_or_default();
                let application: serde_json::Value =
                    serde_json::from_str(&json).unwrap_or_default();
                Ok(Held {
                    kiosk_id: r.get(0)?,
                    receipt: r.get(1)?,
                    idempotency_key: r.get(2)?,
                    phone: application["contact"]["phone"]
                        .as_str()
                        .unwrap_or_default()
                        .to_owned(),
                })
            })
            .map_err(|e| format!("server database: {e}"))?;
        rows.collect::<Result<Vec<_>, _>>()
            .map_err(|e| format!("server database: {e}"))
    }
}
