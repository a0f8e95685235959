//! A visitor's call for staff (「係員を呼ぶ」): kept in the shell's memory, carried to the server
//! by [`CallRelay`] until the server has it, then asked after until staff answer.
//!
//! The call names the kiosk (by its token), its place in the lobby (`lobby_place`) and the
//! screen, never anything the visitor typed. When the server cannot be reached the call waits
//! and the visitor is told to speak to staff nearby; the relay keeps trying, as the outbox's
//! worker does, and a reset of the kiosk (the visitor leaving) ends the call. The same relay
//! carries the reports of staff assists ([`crate::assist`]), which wait in memory until taken.

use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use madoguchi_core::contract::call_screen_ok;
use madoguchi_core::kiosk_api::{CommandError, StaffCallState};
use rand_core::CryptoRng;
use tokio::sync::Notify;

use crate::assist::Assists;
use crate::courier::{Courier, Verdict};

/// How often an open call is sent again or asked after.
pub const ASK_EVERY: Duration = Duration::from_secs(2);

#[derive(Debug, Clone, PartialEq, Eq)]
struct Call {
    call_id: String,
    screen: String,
    /// The server has the call.
    sent: bool,
    acknowledged: bool,
}

/// The kiosk's open call, if any (one at a time: a second press keeps the first call).
#[derive(Debug, Default)]
pub struct StaffCalls {
    current: Option<Call>,
}

/// What the relay must do next for the open call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Errand {
    Send { call_id: String, screen: String },
    Ask { call_id: String },
}

impl StaffCalls {
    /// Opens a call from `screen`, or keeps the one already open.
    pub fn call(
        &mut self,
        screen: &str,
        rng: &mut impl CryptoRng,
    ) -> Result<StaffCallState, CommandError> {
        if !call_screen_ok(screen) {
            return Err(CommandError::new("call-screen-invalid"));
        }
        if self.current.is_none() {
            let mut bytes = [0u8; 12];
            rng.fill_bytes(&mut bytes);
            let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
            self.current = Some(Call {
                call_id: format!("call-{hex}"),
                screen: screen.to_owned(),
                sent: false,
                acknowledged: false,
            });
        }
        Ok(self.state())
    }

    pub fn state(&self) -> StaffCallState {
        match &self.current {
            None => StaffCallState::None,
            Some(c) if c.acknowledged => StaffCallState::Acknowledged,
            Some(c) if c.sent => StaffCallState::Sent,
            Some(_) => StaffCallState::Waiting,
        }
    }

    /// The visitor has gone (or closed the notice): the call is over on this kiosk.
    pub fn end(&mut self) {
        self.current = None;
    }

    pub fn errand(&self) -> Option<Errand> {
        let c = self.current.as_ref()?;
        if !c.sent {
            Some(Errand::Send {
                call_id: c.call_id.clone(),
                screen: c.screen.clone(),
            })
        } else if !c.acknowledged {
            Some(Errand::Ask {
                call_id: c.call_id.clone(),
            })
        } else {
            None
        }
    }

    /// The server has `call_id` (and says whether staff answered). A call ended meanwhile stays
    /// ended.
    pub fn heard(&mut self, call_id: &str, acknowledged: bool) {
        if let Some(c) = self.current.as_mut().filter(|c| c.call_id == call_id) {
            c.sent = true;
            c.acknowledged |= acknowledged;
        }
    }
}

/// Carries the open call to the server and asks after it; carries the assists' reports too.
pub struct CallRelay {
    pub assists: Arc<Mutex<Assists>>,
    pub calls: Arc<Mutex<StaffCalls>>,
    pub courier: Courier,
    /// The configured `lobby_place`.
    pub place: String,
    /// Woken when a call is made, so it leaves at once.
    pub wake: Arc<Notify>,
}

impl CallRelay {
    fn errand(&self) -> Option<Errand> {
        self.calls
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .errand()
    }

    fn heard(&self, call_id: &str, acknowledged: bool) {
        self.calls
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .heard(call_id, acknowledged);
    }

    /// Does the open call's next errand once; `false` when the server could not be asked.
    pub async fn step(&self) -> bool {
        let verdict = match self.errand() {
            None => return true,
            Some(Errand::Send { call_id, screen }) => {
                self.courier
                    .call_staff(&call_id, &self.place, &screen)
                    .await
            }
            Some(Errand::Ask { call_id }) => self.courier.staff_call_state(&call_id).await,
        };
        match verdict.answer() {
            Some(answer) => {
                self.heard(&answer.call_id, answer.acknowledged);
                true
            }
            None => false,
        }
    }

    /// Delivers the assists' reports, oldest first; `false` when one must wait.
    pub async fn report_assists(&self) -> bool {
        loop {
            let next = self
                .assists
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .next_report();
            let Some(report) = next else {
                return true;
            };
            match self.courier.report_assist(&report).await {
                Verdict::Delivered(_) | Verdict::Repeat(_) | Verdict::Refused { .. } => {
                    // A refused report (a code revoked meanwhile) can never be taken: dropped.
                    self.assists
                        .lock()
                        .unwrap_or_else(PoisonError::into_inner)
                        .reported(&report);
                }
                Verdict::RetryLater { .. } => return false,
            }
        }
    }

    /// Runs for as long as the kiosk does.
    pub async fn run(self) {
        loop {
            if !self.step().await {
                tracing::debug!("staff call not delivered yet");
            }
            let reported = self.report_assists().await;
            let wait = if self.errand().is_some() || !reported {
                ASK_EVERY
            } else {
                Duration::from_secs(60)
            };
            tokio::select! {
                _ = self.wake.notified() => {}
                _ = tokio::time::sleep(wait) => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use rand_core::{OsRng, TryRngCore as _};

    use super::*;
    use crate::courier::loopback::{answering, http};

    #[test]
    fn a_call_goes_from_waiting_to_sent_to_acknowledged() {
        let mut calls = StaffCalls::default();
        assert_eq!(calls.state(), StaffCallState::None);
        assert_eq!(calls.errand(), None);
        let mut rng = OsRng.unwrap_err();
        assert_eq!(calls.call("basic", &mut rng), Ok(StaffCallState::Waiting));
        let Some(Errand::Send { call_id, screen }) = calls.errand() else {
            panic!("a new call is sent first");
        };
        assert_eq!(screen, "basic");
        assert!(madoguchi_core::contract::call_id_ok(&call_id));
        // A second press keeps the same call.
        assert_eq!(calls.call("contact", &mut rng), Ok(StaffCallState::Waiting));
        assert!(matches!(calls.errand(), Some(Errand::Send { call_id: c, .. }) if c == call_id));
        calls.heard("call-someone-else-0000", true);
        assert_eq!(calls.state(), StaffCallState::Waiting);
        calls.heard(&call_id, false);
        assert_eq!(calls.state(), StaffCallState::Sent);
        assert_eq!(
            calls.errand(),
            Some(Errand::Ask {
                call_id: call_id.clone()
            })
        );
        calls.heard(&call_id, true);
        assert_eq!(calls.state(), StaffCallState::Acknowledged);
        assert_eq!(calls.errand(), None);
        calls.end();
        assert_eq!(calls.state(), StaffCallState::None);
    }

    #[test]
    fn a_screen_that_is_not_a_screen_is_refused() {
        let mut calls = StaffCalls::default();
        let refused = calls.call("<script>", &mut OsRng.unwrap_err());
        assert_eq!(
            refused.map_err(|e| e.code),
            Err("call-screen-invalid".into())
        );
        assert_eq!(calls.state(), StaffCallState::None);
    }

    fn relay(url: &str) -> CallRelay {
        CallRelay {
            assists: Arc::default(),
            calls: Arc::new(Mutex::new(StaffCalls::default())),
            courier: Courier::new(url, "token").expect("courier"),
            place: "入口の左".into(),
            wake: Arc::new(Notify::new()),
        }
    }

    #[tokio::test]
    async fn an_unreachable_server_keeps_the_call_waiting() {
        let relay = relay("http://127.0.0.1:9");
        let state = relay
            .calls
            .lock()
            .expect("lock")
            .call("review", &mut OsRng.unwrap_err());
        assert_eq!(state, Ok(StaffCallState::Waiting));
        assert!(!relay.step().await);
        assert_eq!(
            relay.calls.lock().expect("lock").state(),
            StaffCallState::Waiting
        );
    }

    #[tokio::test]
    async fn the_server_s_answer_is_taken() {
        let relay = relay("http://127.0.0.1:9");
        let Ok(StaffCallState::Waiting) = relay
            .calls
            .lock()
            .expect("lock")
            .call("done", &mut OsRng.unwrap_err())
        else {
            panic!("call");
        };
        let Some(Errand::Send { call_id, .. }) = relay.errand() else {
            panic!("errand");
        };
        let body = format!(r#"{{"call_id":"{call_id}","acknowledged":true}}"#);
        let url = answering(http(201, "", &body));
        let relay = CallRelay {
            courier: Courier::new(&url, "token").expect("courier"),
            ..relay
        };
        assert!(relay.step().await);
        assert_eq!(
            relay.calls.lock().expect("lock").state(),
            StaffCallState::Acknowledged
        );
    }
}
