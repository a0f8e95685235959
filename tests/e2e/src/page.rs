//! What the harness waits for in the kiosk's page before it acts, shared by the taps here
//! (`touch`) and on a VM's screen (`mirror`).

use std::time::{Duration, Instant};

use serde_json::json;
use thirtyfour::{WebDriver, WebElement};

/// Resolves once the element keeps its place on the screen from one frame to the next (or after
/// a second): a tap aimed while the page still moves lands on whatever moved under it.
pub async fn settled(d: &WebDriver, element: &WebElement) {
    let Ok(arg) = element.to_json() else { return };
    // An element gone meanwhile is the tap's own failure to report, not this wait's.
    let _: Result<_, _> = d
        .execute_async(madoguchi_test_support::page::SETTLED, vec![arg])
        .await;
}

/// What [`shown_element`] waits for besides the element being shown.
#[derive(Clone, Copy)]
pub struct Wanted {
    /// Not `:disabled`.
    pub enabled: bool,
    /// Keeping its place from one frame to the next (see [`settled`]).
    pub settle: bool,
}

/// The first element of this test id that is shown (and what `wanted` asks), asked of the page
/// in one round trip a few seconds at a time until `patience` is over; `None` then (the callers'
/// own slower checks then say why). A page that cannot be asked for a moment (the reset loads
/// the page afresh: WebDriver answers "frame not found" meanwhile) is asked again.
pub async fn shown_element(
    d: &WebDriver,
    testid: &str,
    wanted: Wanted,
    patience: Duration,
) -> Option<WebElement> {
    // Below WebDriver's script timeout (30 s unless set), whatever the patience.
    const ASK: Duration = Duration::from_secs(10);
    let deadline = Instant::now() + patience;
    loop {
        let left = deadline.saturating_duration_since(Instant::now()).min(ASK);
        let options = json!({
            "enabled": wanted.enabled,
            "settle": wanted.settle,
            "patience": left.as_millis() as u64,
        });
        let answer = d
            .execute_async(
                madoguchi_test_support::page::SHOWN,
                vec![json!(testid), options],
            )
            .await;
        match answer {
            Ok(answer) if !answer.json().is_null() => return answer.element().ok(),
            Ok(_) => {}
            Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
        }
        if Instant::now() >= deadline {
            return None;
        }
    }
}
