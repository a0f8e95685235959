//! What the tests share: the server binary (built once), enrolled kiosks, small helpers.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use madoguchi_delivery_tests::server::{self, Server};
use madoguchi_delivery_tests::site::Site;

/// `madoguchi-server`, built (or found through `MADOGUCHI_SERVER_BIN`) once per test run.
pub fn server_bin() -> PathBuf {
    static BIN: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    match BIN.get_or_init(server::binary) {
        Ok(p) => p.clone(),
        Err(e) => panic!("{e}"),
    }
}

pub fn start_server() -> Server {
    Server::start(&server_bin()).unwrap_or_else(|e| panic!("{e}"))
}

pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a tokio runtime")
}

/// `n` kiosks under `root`, each enrolled through the kiosk library, one after another from the
/// same address (only wrong enrolment codes are rate limited).
pub async fn enrolled_sites(server: &Server, root: &Path, prefix: &str, n: usize) -> Vec<Site> {
    let mut sites = Vec::new();
    for i in 0..n {
        let id = format!("{prefix}-{i:02}");
        let site =
            Site::create(&root.join(&id), &id, &server.url()).unwrap_or_else(|e| panic!("{e}"));
        site.enroll(server).await.unwrap_or_else(|e| panic!("{e}"));
        sites.push(site);
    }
    sites
}

/// A number from the environment, else `default`.
pub fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.trim().replace('_', "").parse().ok())
        .unwrap_or(default)
}
