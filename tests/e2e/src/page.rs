//! What the harness waits for in the kiosk's page before it acts, shared by the taps here
//! (`touch`) and on a VM's screen (`mirror`).

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
