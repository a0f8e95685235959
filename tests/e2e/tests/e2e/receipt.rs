//! The receipt slip (issue 17): a kiosk whose config names a receipt printer prints the slip at
//! 完了, here into the test harness's virtual printer (a TCP 9100 listener that decodes ESC/POS
//! into a picture). The slip's QR is the done screen's QR. A printer out of paper does not hold
//! the visitor: the done screen says so in the visitor's language, and nothing is printed.
//! The slip is kept in `artifacts/screens/receipt/` (with `UPDATE_SCREENS=1` also in
//! `docs/screens/receipt/from-the-kiosk-ja.png`).

use std::path::Path;
use std::time::Duration;

use madoguchi_e2e::kiosk::{Link, Setup};
use madoguchi_e2e::shots::RECEIPT;
use madoguchi_e2e::tools;
use madoguchi_e2e::touch::{screen, shown, tap};
use madoguchi_e2e::visitor::{self, message, Eyes, HANAKO, KYOKO, TARO};
use madoguchi_e2e::webkiosk::WebKioskRun;
use madoguchi_e2e::{Orientation, Shots};
use madoguchi_test_support::printer::{PrinterMode, Slip, VirtualPrinter};
use thirtyfour::WebDriver;

use crate::WEB_KIOSK;

/// The done screen's slip line once it has settled (`printed`, `incomplete` or `failed`), and
/// its text.
async fn slip_settled(d: &WebDriver) -> (String, String) {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    loop {
        let line = shown(d, "receipt-slip").await;
        let state = line
            .attr("data-state")
            .await
            .ok()
            .flatten()
            .unwrap_or_default();
        if state != "printing" {
            return (state, line.text().await.unwrap_or_default());
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "the slip is still printing after 30 s"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// The text the slip's QR code carries.
fn qr_of(slip: &Slip) -> String {
    let (w, h) = (slip.width() as usize, slip.height() as usize);
    let luma = slip.luma();
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| luma[y * w + x]);
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code on the slip");
    let (_, content) = grids[0]
        .decode()
        .unwrap_or_else(|e| panic!("the slip's QR does not decode: {e}"));
    content
}

fn keep(slip: &Slip, name: &str) {
    let root = tools::repo_root();
    let mut dirs = vec![root.join("artifacts/screens/receipt")];
    if std::env::var("UPDATE_SCREENS").as_deref() == Ok("1") {
        dirs.push(root.join("docs/screens/receipt"));
    }
    for dir in dirs {
        std::fs::create_dir_all(&dir)
            .unwrap_or_else(|e| panic!("{} cannot be created: {e}", dir.display()));
        let path = dir.join(name);
        slip.save_png(&path)
            .unwrap_or_else(|e| panic!("{} cannot be written: {e}", path.display()));
    }
}

#[tokio::test]
async fn s17_done_prints_the_receipt_slip_and_survives_a_printer_without_paper() {
    let printer = VirtualPrinter::start(576).expect("the virtual printer listens");
    let setup = Setup {
        printer: Some(printer.address()),
        ..Setup::new("s17-receipt", Link::Offline)
    };
    let kiosk = WebKioskRun::start(Path::new(WEB_KIOSK), Orientation::Portrait, setup).await;
    let d = kiosk.driver();
    let mut shots = Shots::of_browser("portrait", RECEIPT);
    let work = async {
        // A visitor in Japanese: the slip comes out, its QR is the screen's.
        let receipt = visitor::apply(d, &mut Eyes::default(), "ja", &TARO).await;
        let (state, text) = slip_settled(d).await;
        assert_eq!(state, "printed", "{text}");
        assert_eq!(text, message("ja", "receipt-printed"));
        let slips = printer.wait_for_slips(1, Duration::from_secs(10));
        assert_eq!(slips.len(), 1, "one slip for one visitor");
        assert_eq!(
            qr_of(&slips[0]),
            receipt.url,
            "the slip's QR is the screen's"
        );
        assert!(
            slips[0].bands().len() >= 8,
            "the slip has its lines of text above the QR"
        );
        assert!(printer.unknown().is_empty(), "{:?}", printer.unknown());
        keep(&slips[0], "from-the-kiosk-ja.png");
        shots.take(d, "done-slip-printed").await;
        visitor::finish(d, &mut Eyes::default()).await;

        // The roll runs out 300 dots into the next visitor's slip (in English): told that the
        // slip is not whole, and can still leave with the QR on the screen.
        printer.set_mode(PrinterMode::RunsOutAfter(300));
        visitor::apply(d, &mut Eyes::default(), "en", &HANAKO).await;
        let (state, text) = slip_settled(d).await;
        assert_eq!(state, "incomplete", "{text}");
        assert_eq!(text, message("en", "receipt-print-incomplete"));
        shown(d, "qr-code").await;
        shots.take(d, "done-slip-incomplete").await;
        let slips = printer.wait_for_slips(2, Duration::from_secs(10));
        assert_eq!(
            (slips.len(), slips[1].height(), slips[1].cut),
            (2, 300, false),
            "the part that came out before the roll ended"
        );
        visitor::finish(d, &mut Eyes::default()).await;

        // No paper at all: the next visitor (in Japanese) is told the slip could not be
        // printed, and nothing is printed.
        visitor::apply(d, &mut Eyes::default(), "ja", &KYOKO).await;
        let (state, text) = slip_settled(d).await;
        assert_eq!(state, "failed", "{text}");
        assert_eq!(text, message("ja", "receipt-print-failed"));
        shown(d, "qr-code").await;
        shots.take(d, "done-slip-failed").await;
        assert_eq!(printer.slips().len(), 2, "nothing more was printed");
        tap(d, "btn-finish").await;
        screen(d, "attract").await;
    };
    if tokio::time::timeout(Duration::from_secs(600), work)
        .await
        .is_err()
    {
        panic!(
            "the receipt walk took too long; see {}",
            kiosk.log().display()
        );
    }
    kiosk.quit().await;
    shots.publish();
}
