//! `serve-ui`: the kiosk UI in a plain browser, for the Chromium contender. The built UI and the
//! kiosk's commands over HTTP come from the kiosk's own web host (`madoguchi_kiosk::web_host`,
//! the contract of `ui/src/platform/web.ts`), answered by the same command table the Tauri
//! shell registers. Its log lines `web host listening on …` and `attract screen painted` (from
//! `ui_ready`, as the shell logs it) are what the start-up benchmark waits for.
//!
//! No delivery worker runs: the benchmarks time the kiosk, not its server.
//!
//! For the benchmarks only: the product has no such server (see docs/benchmarks.md).

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use madoguchi_kiosk::config::KioskConfig;
use madoguchi_kiosk::{web_host, Kiosk};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The kiosk configuration (as for `madoguchi-kiosk --config`).
    #[arg(long)]
    config: PathBuf,
    /// The built UI.
    #[arg(long)]
    dist: PathBuf,
    #[arg(long)]
    listen: SocketAddr,
}

pub async fn serve(args: Args) -> Result<(), String> {
    madoguchi_test_support::trace::init();
    let config = KioskConfig::load(&args.config).map_err(|e| e.to_string())?;
    let kiosk = Kiosk::start(config).map_err(|e| e.to_string())?;
    let dist = args.dist.canonicalize().map_err(|e| e.to_string())?;
    web_host::serve(Arc::new(kiosk), dist, args.listen, std::future::pending())
        .await
        .map_err(|e| e.to_string())
}
