//! Staff calls: a visitor at a kiosk pressed 「係員を呼ぶ」, and the counter is told at once.
//!
//! A kiosk sends its call (kiosk, lobby place, screen — never the visitor's data) until the
//! server has it; [`record`] keeps repeats one call. The counter console listens on a
//! server-sent event stream; [`CallBoard`] is the doorbell between them: every change to an
//! office's calls rings it, and each listening console reads the office's calls again. Staff
//! acknowledge a call ([`acknowledge`]) and the kiosk, asking after its call, shows that help is
//! on its way.

use madoguchi_core::contract::{call_id_ok, call_place_ok, call_screen_ok, StaffCallRequest};
use rand_core::{OsRng, TryRngCore as _};
use thiserror::Error;
use tokio::sync::broadcast;

use crate::counter;
use crate::secret;
use crate::storage::{Db, NewStaffCall, StaffCallRecord, StorageError, User};

/// How long an answered or forgotten call stays on the counter's list.
pub const SHOWN_FOR_SECONDS: i64 = 30 * 60;

#[derive(Debug, Error, PartialEq, Eq)]
pub enum CallError {
    #[error("call_id must be 16 to 64 of A-Z a-z 0-9 _ -")]
    CallIdInvalid,
    #[error("screen must be 1 to 32 of a-z -")]
    ScreenInvalid,
    #[error("place must be at most 64 characters without control characters")]
    PlaceInvalid,
    /// Not there, or at an office the user may not see.
    #[error("not found")]
    NotFound,
    #[error("storage: {0}")]
    Storage(String),
}

impl From<StorageError> for CallError {
    fn from(e: StorageError) -> CallError {
        CallError::Storage(e.to_string())
    }
}

/// Rings for an office whenever one of its calls is made or answered.
#[derive(Clone)]
pub struct CallBoard {
    bell: broadcast::Sender<String>,
}

impl Default for CallBoard {
    fn default() -> Self {
        CallBoard {
            bell: broadcast::channel(64).0,
        }
    }
}

impl CallBoard {
    /// Something changed in `office`'s calls.
    pub fn ring(&self, office: &str) {
        // Nobody listening is fine: the console reads the calls when it opens.
        let _ = self.bell.send(office.to_owned());
    }

    /// A receiver of the offices that rang.
    pub fn listen(&self) -> broadcast::Receiver<String> {
        self.bell.subscribe()
    }
}

/// Checks a kiosk's call.
pub fn check(request: &StaffCallRequest) -> Result<(), CallError> {
    if !call_id_ok(&request.call_id) {
        return Err(CallError::CallIdInvalid);
    }
    if !call_screen_ok(&request.screen) {
        return Err(CallError::ScreenInvalid);
    }
    if !call_place_ok(&request.place) {
        return Err(CallError::PlaceInvalid);
    }
    Ok(())
}

/// Stores the call of `kiosk_id` at `office` and rings the office; `true` when it is new.
pub async fn record(
    db: &Db,
    board: &CallBoard,
    office: &str,
    kiosk_id: &str,
    request: &StaffCallRequest,
    now: i64,
) -> Result<bool, CallError> {
    check(request)?;
    let id = secret::id("call", &mut OsRng.unwrap_err());
    let call = NewStaffCall {
        id: &id,
        office_code: office,
        kiosk_id,
        call_id: &request.call_id,
        place: request.place.trim(),
        screen: &request.screen,
    };
    let created = db.insert_staff_call(&call, now).await?;
    if created {
        tracing::info!(kiosk = kiosk_id, screen = %request.screen, "staff called");
        board.ring(office);
    }
    Ok(created)
}

/// Whether the kiosk's call has been answered; `NotFound` for a call it never made.
pub async fn answered(db: &Db, kiosk_id: &str, call_id: &str) -> Result<bool, CallError> {
    let call = db
        .staff_call_of_kiosk(kiosk_id, call_id)
        .await?
        .ok_or(CallError::NotFound)?;
    Ok(call.acknowledged_at.is_some())
}

/// The calls `user` sees: their office's (an admin's: every office's) of the last half hour.
pub async fn recent(db: &Db, user: &User, now: i64) -> Result<Vec<StaffCallRecord>, CallError> {
    let office = match counter::office_scope(user, None) {
        Ok(scope) => scope.unwrap_or_default(),
        Err(_) => return Ok(Vec::new()),
    };
    Ok(db
        .staff_calls_since(&office, now - SHOWN_FOR_SECONDS)
        .await?)
}

/// Whether `user` hears the bell of `office`.
pub fn hears(user: &User, office: &str) -> bool {
    counter::may_see(user, office)
}

/// `user` is on the way to the call `id`. Answering twice is harmless.
pub async fn acknowledge(
    db: &Db,
    board: &CallBoard,
    user: &User,
    id: &str,
    now: i64,
) -> Result<(), CallError> {
    let call = db
        .staff_call(id)
        .await?
        .filter(|c| counter::may_see(user, &c.office_code))
        .ok_or(CallError::NotFound)?;
    if db.acknowledge_staff_call(id, &user.id, now).await? {
        tracing::info!(kiosk = %call.kiosk_id, user = %user.login, "staff call answered");
        board.ring(&call.office_code);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(call_id: &str, place: &str, screen: &str) -> StaffCallRequest {
        StaffCallRequest {
            call_id: call_id.into(),
            place: place.into(),
            screen: screen.into(),
        }
    }

    #[test]
    fn calls_are_checked() {
        let id = "call-0123456789abcdef";
        assert_eq!(check(&request(id, "入口の左", "basic")), Ok(()));
        assert_eq!(check(&request(id, "", "desired-work")), Ok(()));
        assert_eq!(
            check(&request("short", "入口", "basic")),
            Err(CallError::CallIdInvalid)
        );
        assert_eq!(
            check(&request(id, "入口", "Basic")),
            Err(CallError::ScreenInvalid)
        );
        assert_eq!(
            check(&request(id, "入口\n", "basic")),
            Err(CallError::PlaceInvalid)
        );
        assert_eq!(
            check(&request(id, &"あ".repeat(65), "basic")),
            Err(CallError::PlaceInvalid)
        );
    }

    #[tokio::test]
    async fn the_board_rings_listeners() {
        let board = CallBoard::default();
        board.ring("13010"); // nobody listening yet
        let mut ear = board.listen();
        board.ring("13010");
        assert_eq!(ear.recv().await.ok().as_deref(), Some("13010"));
    }
}
