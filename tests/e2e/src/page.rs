//! What the harness waits for in the kiosk's page before it acts, shared by the taps here
//! (`touch`) and on a VM's screen (`mirror`).

use std::time::Duration;

use thirtyfour::{WebDriver, WebElement};

pub use madoguchi_test_support::page::Wanted;

/// Resolves once the element keeps its place on the screen from one frame to the next (or after
/// a second): a tap aimed while the page still moves lands on whatever moved under it.
pub async fn settled(d: &WebDriver, element: &WebElement) {
    let Ok(arg) = element.to_json() else { return };
    // An element gone meanwhile is the tap's own failure to report, not this wait's.
    let _: Result<_, _> = d
        .execute_async(madoguchi_test_support::page::SETTLED, vec![arg])
        .await;
}

/// The first element of this test id that is shown (and what `wanted` asks) within `patience`,
/// asked of the page in one round trip at a time (`madoguchi_test_support::page::shown_element`);
/// `None` when it is not, or the page could never be asked (the callers' own slower checks then
/// say why).
pub async fn shown_element(
    d: &WebDriver,
    testid: &str,
    wanted: Wanted,
    patience: Duration,
) -> Option<WebElement> {
    madoguchi_test_support::page::shown_element(d, testid, wanted, patience)
        .await
        .ok()
        .flatten()
}
