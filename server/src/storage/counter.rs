//! The counter's decisions: the identity check, 受理 with its 求職番号, and 返戻.

use sqlx::Row;

use super::{is_unique_violation, Db, StorageError};
use crate::sealed::Field;

/// The outcome of a counter decision.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decision {
    Accepted {
        job_seeker_number: String,
    },
    Returned,
    /// Not found in that office.
    NotFound,
    /// Already decided, or the identity check is missing.
    NotAllowed,
}

impl Db {
    /// Records that staff saw an identity document; only while the application is undecided.
    pub async fn record_identity_check(
        &self,
        id: &str,
        office_code: &str,
        document: &str,
        by: &str,
        now: i64,
    ) -> Result<bool, StorageError> {
        let done = sqlx::query(
            "UPDATE applications SET identity_checked_at = $1, identity_document = $2,
                 identity_checked_by = $3, updated_at = $1
             WHERE id = $4 AND office_code = $5 AND status = 'provisional'",
        )
        .bind(now)
        .bind(document)
        .bind(by)
        .bind(id)
        .bind(office_code)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// 受理: issues the office's next 求職番号 serial and accepts, atomically. A refused
    /// acceptance rolls the serial back, so numbers are dense; an issued one is never reissued.
    pub async fn accept(
        &self,
        id: &str,
        office_code: &str,
        by: &str,
        now: i64,
    ) -> Result<Decision, StorageError> {
        let mut tx = self.pool.begin().await?;
        let serial = sqlx::query(
            "UPDATE offices SET last_serial = last_serial + 1 WHERE code = $1 RETURNING last_serial",
        )
        .bind(office_code)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(serial) = serial else {
            tx.rollback().await?;
            return Ok(Decision::NotFound);
        };
        let serial: i64 = serial.try_get("last_serial")?;
        let number = madoguchi_core::receipt::job_seeker_number(office_code, serial);
        let done = sqlx::query(
            "UPDATE applications SET status = 'accepted', job_seeker_number = $1, decided_at = $2,
                 decided_by = $3, updated_at = $2
             WHERE id = $4 AND office_code = $5 AND status = 'provisional' AND identity_checked_at IS NOT NULL",
        )
        .bind(&number)
        .bind(now)
        .bind(by)
        .bind(id)
        .bind(office_code)
        .execute(&mut *tx)
        .await;
        match done {
            Ok(done) if done.rows_affected() == 1 => {
                tx.commit().await?;
                Ok(Decision::Accepted {
                    job_seeker_number: number,
                })
            }
            Ok(_) => {
                tx.rollback().await?;
                self.why_not(id, office_code).await
            }
            Err(e) if is_unique_violation(&e) => {
                tx.rollback().await?;
                Err(StorageError::Taken)
            }
            Err(e) => Err(e.into()),
        }
    }

    /// 返戻: sends an undecided application back with a reason.
    pub async fn return_application(
        &self,
        id: &str,
        office_code: &str,
        reason: &str,
        by: &str,
        now: i64,
    ) -> Result<Decision, StorageError> {
        let done = sqlx::query(
            "UPDATE applications SET status = 'returned', return_reason = $1, decided_at = $2,
                 decided_by = $3, updated_at = $2
             WHERE id = $4 AND office_code = $5 AND status = 'provisional'",
        )
        .bind(self.seal(Field::ReturnReason, id, reason)?)
        .bind(now)
        .bind(by)
        .bind(id)
        .bind(office_code)
        .execute(&self.pool)
        .await?;
        if done.rows_affected() == 1 {
            Ok(Decision::Returned)
        } else {
            self.why_not(id, office_code).await
        }
    }

    async fn why_not(&self, id: &str, office_code: &str) -> Result<Decision, StorageError> {
        Ok(match self.application(id).await? {
            Some(app) if app.office_code == office_code => Decision::NotAllowed,
            _ => Decision::NotFound,
        })
    }
}
