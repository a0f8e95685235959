//! Telling systemd the kiosk is alive: `READY=1` once the window is open, then `WATCHDOG=1`
//! at half the unit's `WatchdogSec`.
//!
//! The ping is sent from the main (GTK) thread, so a hung event loop (a frozen screen) stops the
//! pings and systemd restarts the kiosk onto the attract screen; a killed kiosk ends cage and the
//! unit's `Restart=always` does the same. Outside systemd (no `NOTIFY_SOCKET`) nothing is sent.

use std::time::Duration;

use sd_notify::NotifyState;
use tauri::{AppHandle, Runtime};

/// How often to ping for a watchdog of `usec` microseconds: twice per period, never more often
/// than every 100 ms; `None` when there is no watchdog.
pub fn ping_period(usec: u64) -> Option<Duration> {
    (usec > 0).then(|| Duration::from_micros(usec / 2).max(Duration::from_millis(100)))
}

/// The unit's watchdog period from `WATCHDOG_USEC`. Not `sd_watchdog_enabled`'s answer: that
/// also requires `WATCHDOG_PID` to be this process, and systemd sets it to the unit's main
/// process, which is cage; the kiosk is cage's child and pings under `NotifyAccess=all` (found
/// by scripts/image-test: the kiosk never pinged and systemd killed it 5 s after READY).
pub fn watchdog_usec(value: Option<&str>) -> Option<u64> {
    value?.trim().parse().ok().filter(|usec| *usec > 0)
}

/// Says `READY=1` and, when the unit has a watchdog, keeps pinging from the main thread.
pub fn start<R: Runtime>(app: AppHandle<R>) {
    if let Err(e) = sd_notify::notify(false, &[NotifyState::Ready]) {
        tracing::debug!("sd_notify READY: {e}");
    }
    let usec = std::env::var("WATCHDOG_USEC").ok();
    let Some(period) = watchdog_usec(usec.as_deref()).and_then(ping_period) else {
        return;
    };
    tracing::info!(
        every_ms = period.as_millis() as u64,
        "systemd watchdog armed"
    );
    tauri::async_runtime::spawn(async move {
        loop {
            tokio::time::sleep(period).await;
            let sent = app.run_on_main_thread(|| {
                if let Err(e) = sd_notify::notify(false, &[NotifyState::Watchdog]) {
                    tracing::warn!("sd_notify WATCHDOG: {e}");
                }
            });
            if sent.is_err() {
                return;
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ping_comes_twice_per_watchdog_period() {
        assert_eq!(ping_period(0), None);
        assert_eq!(ping_period(5_000_000), Some(Duration::from_millis(2500)));
        assert_eq!(ping_period(10), Some(Duration::from_millis(100)));
    }

    #[test]
    fn the_period_comes_from_watchdog_usec_whoever_the_main_process_is() {
        assert_eq!(watchdog_usec(Some("5000000")), Some(5_000_000));
        assert_eq!(watchdog_usec(Some("0")), None);
        assert_eq!(watchdog_usec(Some("five")), None);
        assert_eq!(watchdog_usec(None), None);
    }
}
