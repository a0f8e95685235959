//! `vm-walk`: an application made on the kiosk inside a QEMU VM through its screen alone, as a
//! visitor makes one. The same kiosk UI runs here under Xvfb at the VM's screen size, 1920 × 1080 landscape (offline:
//! what it takes stays in its own outbox); the visitor's whole walk (`visitor::apply`, 日本語) is
//! made on it, and every tap is made at the same place on the VM's touchscreen once the VM's
//! screen shows what this one shows (`mirror`). `scripts/image-test` runs it and then looks for
//! the application at its server.
//!
//! ```text
//! vm-walk --qmp SOCKET --out DIR
//! ```
//!
//! Writes the VM's screen `DIR/done.png` (完了, with the VM's receipt number and QR code); exits
//! non-zero with a message if the VM falls behind or a tap does not do what it should here.

use std::path::PathBuf;
use std::process::ExitCode;

use madoguchi_e2e::kiosk::{Link, Setup};
use madoguchi_e2e::mirror::{self, ScreenMirror};
use madoguchi_e2e::visitor::{self, Eyes, KYOKO};
use madoguchi_e2e::{touch, KioskRun, Orientation};

struct Args {
    qmp: PathBuf,
    out: PathBuf,
}

fn args() -> Result<Args, String> {
    let usage = "usage: vm-walk --qmp SOCKET --out DIR";
    let mut qmp = None;
    let mut out = None;
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--qmp" => qmp = it.next().map(PathBuf::from),
            "--out" => out = it.next().map(PathBuf::from),
            "-h" | "--help" => return Err(usage.into()),
            other => return Err(format!("vm-walk: unknown argument {other}\n{usage}")),
        }
    }
    Ok(Args {
        qmp: qmp.ok_or(usage)?,
        out: out.ok_or(usage)?,
    })
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = match args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    // The VM's kiosk is set up in landscape (the image's default): this one is too.
    let run =
        KioskRun::start_with(Orientation::Landscape, Setup::new("vm-walk", Link::Offline)).await;
    let d = run.driver();
    match ScreenMirror::connect(
        &args.qmp,
        run.display(),
        Orientation::Landscape.size(),
        &args.out,
    ) {
        Ok(m) => mirror::install(m),
        Err(e) => {
            eprintln!("vm-walk: {e}");
            return ExitCode::FAILURE;
        }
    }
    let Some(m) = mirror::active() else {
        return ExitCode::FAILURE;
    };
    touch::painted(d).await;
    let receipt = visitor::apply(d, &mut Eyes::default(), "ja", &KYOKO).await;
    // The VM's 完了 is its own (its receipt number, a QR code of its server's address): kept,
    // not compared. Its kiosk goes back to the attract screen by itself.
    let outcome = m.look("done").await;
    run.quit().await;
    match outcome {
        Ok(done) => {
            println!(
                "vm-walk: the whole application made on both screens in {} taps (receipt here \
                 {}); the VM's 完了: {}",
                m.taps(),
                receipt.number,
                done.display(),
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("vm-walk: {e}");
            ExitCode::FAILURE
        }
    }
}
