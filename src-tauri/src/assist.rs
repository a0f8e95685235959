//! The assist layer's door: a member of staff types their personal staff code at the kiosk and
//! helps over the visitor's form (which stays as it is); each assist is reported to the server
//! (code id, kiosk, time), nothing of the visitor's.
//!
//! The office's codes arrive as argon2 hashes in the heartbeat answer and replace the list held
//! here (in memory only: a restarted kiosk has none until its first heartbeat). A typed code is
//! checked under the same kind of lock as the staff PIN ([`crate::staff::StaffLock`]: five wrong
//! codes lock for a minute, then two, four …). Reports wait here until the relay has delivered
//! them, as the outbox's rows do.

use std::time::Instant;

use madoguchi_core::contract::{AssistRequest, StaffCodeHash};
use madoguchi_core::kiosk_api::CommandError;

use crate::staff::{verify_pin, StaffLock};

/// The codes in force and the assists not yet reported.
#[derive(Debug, Default)]
pub struct Assists {
    codes: Vec<StaffCodeHash>,
    pending: Vec<AssistRequest>,
    lock: StaffLock,
}

impl Assists {
    /// The server's list replaces ours.
    pub fn replace_codes(&mut self, codes: Vec<StaffCodeHash>) {
        self.codes = codes;
    }

    pub fn has_codes(&self) -> bool {
        !self.codes.is_empty()
    }

    /// Checks `typed` at `now` (and `unix`, the time reported); the id of the code it matched.
    pub fn open(&mut self, typed: &str, now: Instant, unix: i64) -> Result<String, CommandError> {
        if self.codes.is_empty() {
            return Err(CommandError::new("assist-no-codes"));
        }
        let typed = typed.trim();
        let mut matched = None;
        let codes = &self.codes;
        self.lock.attempt(now, || {
            // A code is 4 to 8 digits, like a PIN; anything else is wrong without argon2 work.
            if crate::staff::is_pin(typed) {
                matched = codes
                    .iter()
                    .find(|c| verify_pin(typed, &c.hash))
                    .map(|c| c.id.clone());
            }
            matched.is_some()
        })?;
        let id = matched.ok_or_else(|| CommandError::new("staff-wrong-pin"))?;
        self.pending.push(AssistRequest {
            staff_id: id.clone(),
            at: unix,
        });
        Ok(id)
    }

    /// The oldest report not yet delivered.
    pub fn next_report(&self) -> Option<AssistRequest> {
        self.pending.first().cloned()
    }

    /// The server has `report`.
    pub fn reported(&mut self, report: &AssistRequest) {
        self.pending.retain(|r| r != report);
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::staff::tests::cheap_hash;

    fn assists() -> Assists {
        let mut a = Assists::default();
        a.replace_codes(vec![
            StaffCodeHash {
                id: "sc_yamada".into(),
                hash: cheap_hash("12345678"),
            },
            StaffCodeHash {
                id: "sc_sato".into(),
                hash: cheap_hash("87654321"),
            },
        ]);
        a
    }

    #[test]
    fn a_right_code_opens_and_is_reported_once() {
        let mut a = assists();
        let now = Instant::now();
        assert_eq!(a.open("87654321", now, 1_800_000_000), Ok("sc_sato".into()));
        let report = a.next_report().expect("a report waits");
        assert_eq!(report.staff_id, "sc_sato");
        assert_eq!(report.at, 1_800_000_000);
        a.reported(&report);
        assert_eq!(a.next_report(), None);
    }

    #[test]
    fn wrong_codes_lock_with_growing_delay() {
        let mut a = assists();
        let now = Instant::now();
        for _ in 0..4 {
            let e = a.open("00000000", now, 0).expect_err("wrong");
            assert_eq!(e.code, "staff-wrong-pin");
        }
        let e = a.open("00000000", now, 0).expect_err("locked");
        assert_eq!(e.code, "staff-locked");
        // Even the right code is not checked while locked.
        let e = a
            .open("12345678", now + Duration::from_secs(30), 0)
            .expect_err("locked");
        assert_eq!(e.code, "staff-locked");
        let later = now + Duration::from_secs(61);
        assert_eq!(a.open("12345678", later, 5), Ok("sc_yamada".into()));
        assert_eq!(
            a.next_report().map(|r| r.staff_id),
            Some("sc_yamada".into())
        );
    }

    #[test]
    fn a_revoked_code_no_longer_opens() {
        let mut a = assists();
        a.replace_codes(vec![StaffCodeHash {
            id: "sc_sato".into(),
            hash: cheap_hash("87654321"),
        }]);
        let e = a.open("12345678", Instant::now(), 0).expect_err("revoked");
        assert_eq!(e.code, "staff-wrong-pin");
        a.replace_codes(Vec::new());
        let e = a.open("87654321", Instant::now(), 0).expect_err("no codes");
        assert_eq!(e.code, "assist-no-codes");
    }
}
