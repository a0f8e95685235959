//! Kiosks: enrolment codes, tokens, revocation and heartbeats (the fleet page).

use sqlx::any::AnyRow;
use sqlx::{FromRow, Row};

use super::{is_unique_violation, Db, StorageError};

/// The columns a [`KioskRecord`] is read from (a macro, so that queries stay literals).
macro_rules! kiosk_columns {
    () => {
        "id, office_code, name, kiosk_id, enrolled_at, enrolment_expires_at, revoked_at,
         last_heartbeat_at, version, queue_depth, last_error, slot, uptime_seconds, orientation,
         occupation_table, postcode_book"
    };
}

/// A kiosk as the fleet page shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KioskRecord {
    pub id: String,
    pub office_code: String,
    pub name: String,
    pub kiosk_id: Option<String>,
    pub enrolled_at: Option<i64>,
    pub enrolment_expires_at: Option<i64>,
    pub revoked_at: Option<i64>,
    pub last_heartbeat_at: Option<i64>,
    pub version: Option<String>,
    pub queue_depth: Option<i64>,
    pub last_error: Option<String>,
    pub slot: Option<String>,
    pub uptime_seconds: Option<i64>,
    pub orientation: Option<String>,
    /// The occupation classification the kiosk uses, as it reported it.
    pub occupation_table: Option<String>,
    /// The postcode book the kiosk uses (source and date), as it reported it.
    pub postcode_book: Option<String>,
}

/// What a heartbeat says about its kiosk (checked by the API before it gets here).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Beat {
    pub version: String,
    pub queue_depth: i64,
    pub last_error: Option<String>,
    pub slot: Option<String>,
    pub uptime_seconds: Option<i64>,
    pub orientation: Option<String>,
    /// The occupation classification the kiosk uses, as it reported it.
    pub occupation_table: Option<String>,
    /// The postcode book the kiosk uses (source and date), as it reported it.
    pub postcode_book: Option<String>,
}

/// A command staff sent a kiosk, as the fleet page lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommandRecord {
    pub id: String,
    pub kiosk_row: String,
    pub kiosk_name: String,
    pub action: String,
    pub sent_by: String,
    pub created_at: i64,
    pub delivered_at: Option<i64>,
    pub acked_at: Option<i64>,
    /// `done` or `refused`, once acknowledged.
    pub outcome: Option<String>,
    pub reason: Option<String>,
}

/// A command on its way to a kiosk: its id, action code and payload.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PendingCommand {
    pub id: String,
    pub action: String,
    pub payload: Option<String>,
}

/// Who a valid kiosk token belongs to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KioskIdentity {
    pub kiosk_id: String,
    pub office_code: String,
}

/// The outcome of presenting an enrolment code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Enrolment {
    Enrolled {
        office_code: String,
    },
    /// Unknown, used or expired: indistinguishable on purpose.
    CodeInvalid,
    /// The kiosk id is enrolled at another office.
    KioskIdTaken,
}

impl Db {
    pub async fn add_kiosk(
        &self,
        id: &str,
        office_code: &str,
        name: &str,
        code_hash: &str,
        expires_at: i64,
        now: i64,
    ) -> Result<(), StorageError> {
        sqlx::query(
            "INSERT INTO kiosks (id, office_code, name, enrolment_code_hash, enrolment_expires_at, created_at)
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(id)
        .bind(office_code)
        .bind(name)
        .bind(code_hash)
        .bind(expires_at)
        .bind(now)
        .execute(&self.pool)
        .await
        .map_err(|e| if is_unique_violation(&e) { StorageError::Taken } else { e.into() })?;
        Ok(())
    }

    /// Uses an enrolment code once. A kiosk id already enrolled at the same office is re-enrolled
    /// (its old token stops working); at another office it is refused.
    pub async fn enrol(
        &self,
        code_hash: &str,
        kiosk_id: &str,
        token_hash: &str,
        now: i64,
    ) -> Result<Enrolment, StorageError> {
        let mut tx = self.pool.begin().await?;
        // A write first: it takes SQLite's write lock before anything is read.
        sqlx::query(
            "UPDATE kiosks SET revoked_at = $1, token_hash = NULL
             WHERE kiosk_id = $2 AND revoked_at IS NULL AND office_code = (
                 SELECT office_code FROM kiosks
                 WHERE enrolment_code_hash = $3 AND enrolment_expires_at > $1 AND revoked_at IS NULL)",
        )
        .bind(now)
        .bind(kiosk_id)
        .bind(code_hash)
        .execute(&mut *tx)
        .await?;
        let pending = sqlx::query(
            "SELECT id FROM kiosks WHERE enrolment_code_hash = $1 AND enrolment_expires_at > $2 AND revoked_at IS NULL",
        )
        .bind(code_hash)
        .bind(now)
        .fetch_optional(&mut *tx)
        .await?;
        if pending.is_none() {
            tx.rollback().await?;
            return Ok(Enrolment::CodeInvalid);
        }
        let elsewhere = sqlx::query(
            "SELECT office_code FROM kiosks WHERE kiosk_id = $1 AND revoked_at IS NULL",
        )
        .bind(kiosk_id)
        .fetch_optional(&mut *tx)
        .await?;
        if elsewhere.is_some() {
            tx.rollback().await?;
            return Ok(Enrolment::KioskIdTaken);
        }
        let claimed = sqlx::query(
            "UPDATE kiosks SET kiosk_id = $1, token_hash = $2, enrolled_at = $3,
                 enrolment_code_hash = NULL, enrolment_expires_at = NULL
             WHERE enrolment_code_hash = $4 AND enrolment_expires_at > $3 AND revoked_at IS NULL
             RETURNING office_code",
        )
        .bind(kiosk_id)
        .bind(token_hash)
        .bind(now)
        .bind(code_hash)
        .fetch_optional(&mut *tx)
        .await;
        let claimed = match claimed {
            Ok(row) => row,
            Err(e) if is_unique_violation(&e) => {
                tx.rollback().await?;
                return Ok(Enrolment::KioskIdTaken);
            }
            Err(e) => return Err(e.into()),
        };
        match claimed {
            Some(row) => {
                let office_code = row.try_get("office_code")?;
                tx.commit().await?;
                Ok(Enrolment::Enrolled { office_code })
            }
            None => {
                tx.rollback().await?;
                Ok(Enrolment::CodeInvalid)
            }
        }
    }

    /// Enrols a kiosk with a token given in advance (demo mode only): any earlier kiosk with
    /// that id or token is revoked first.
    pub async fn enrol_directly(
        &self,
        id: &str,
        office_code: &str,
        name: &str,
        kiosk_id: &str,
        token_hash: &str,
        now: i64,
    ) -> Result<(), StorageError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query(
            "UPDATE kiosks SET revoked_at = $1, token_hash = NULL
             WHERE (kiosk_id = $2 AND revoked_at IS NULL) OR token_hash = $3",
        )
        .bind(now)
        .bind(kiosk_id)
        .bind(token_hash)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO kiosks (id, office_code, name, kiosk_id, token_hash, enrolled_at, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $6)",
        )
        .bind(id)
        .bind(office_code)
        .bind(name)
        .bind(kiosk_id)
        .bind(token_hash)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Whether a kiosk id is enrolled and not revoked.
    pub async fn kiosk_enrolled(&self, kiosk_id: &str) -> Result<bool, StorageError> {
        let row = sqlx::query(
            "SELECT id FROM kiosks WHERE kiosk_id = $1 AND revoked_at IS NULL AND token_hash IS NOT NULL",
        )
        .bind(kiosk_id)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.is_some())
    }

    pub async fn kiosk_by_token(
        &self,
        token_hash: &str,
    ) -> Result<Option<KioskIdentity>, StorageError> {
        Ok(sqlx::query_as(
            "SELECT kiosk_id, office_code FROM kiosks
             WHERE token_hash = $1 AND revoked_at IS NULL AND kiosk_id IS NOT NULL",
        )
        .bind(token_hash)
        .fetch_optional(&self.pool)
        .await?)
    }

    /// Revokes a kiosk, named by its configured id or by the row id `kiosk add` printed: its
    /// token and any unused enrolment code stop working at once. The number of kiosks revoked
    /// (0: none active by that name).
    pub async fn revoke_kiosk(&self, id: &str, now: i64) -> Result<u64, StorageError> {
        let done = sqlx::query(
            "UPDATE kiosks SET revoked_at = $1, token_hash = NULL, enrolment_code_hash = NULL
             WHERE (kiosk_id = $2 OR id = $2) AND revoked_at IS NULL",
        )
        .bind(now)
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected())
    }

    pub async fn record_heartbeat(
        &self,
        kiosk_id: &str,
        beat: &Beat,
        now: i64,
    ) -> Result<(), StorageError> {
        sqlx::query(
            "UPDATE kiosks SET last_heartbeat_at = $1, version = $2, queue_depth = $3, last_error = $4,
                 slot = $5, uptime_seconds = $6, orientation = $7, occupation_table = $8,
                 postcode_book = $9
             WHERE kiosk_id = $10 AND revoked_at IS NULL",
        )
        .bind(now)
        .bind(&beat.version)
        .bind(beat.queue_depth)
        .bind(beat.last_error.clone())
        .bind(beat.slot.clone())
        .bind(beat.uptime_seconds)
        .bind(beat.orientation.clone())
        .bind(beat.occupation_table.clone())
        .bind(beat.postcode_book.clone())
        .bind(kiosk_id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Records a command for the kiosk of row `kiosk_row`; it goes out with the kiosk's next
    /// heartbeat. [`StorageError::Taken`] never happens for a fresh id.
    #[allow(clippy::too_many_arguments)]
    pub async fn queue_command(
        &self,
        id: &str,
        kiosk_row: &str,
        action: &str,
        payload: Option<&str>,
        sent_by: &str,
        now: i64,
    ) -> Result<(), StorageError> {
        sqlx::query(
            "INSERT INTO kiosk_commands (id, kiosk_row, action, payload, sent_by, created_at)
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(id)
        .bind(kiosk_row)
        .bind(action)
        .bind(payload.map(str::to_owned))
        .bind(sent_by)
        .bind(now)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// The commands waiting for the (enrolled) kiosk `kiosk_id`, oldest first, marked as given:
    /// each goes out once. A revoke is acknowledged here, since the kiosk can no longer answer.
    pub async fn take_commands(
        &self,
        kiosk_id: &str,
        now: i64,
    ) -> Result<Vec<PendingCommand>, StorageError> {
        let mut tx = self.pool.begin().await?;
        let rows = sqlx::query(
            "UPDATE kiosk_commands SET delivered_at = $1
             WHERE delivered_at IS NULL AND kiosk_row = (
                 SELECT id FROM kiosks WHERE kiosk_id = $2 AND revoked_at IS NULL)
             RETURNING id, action, payload, created_at",
        )
        .bind(now)
        .bind(kiosk_id)
        .fetch_all(&mut *tx)
        .await?;
        let mut taken: Vec<(i64, PendingCommand)> = rows
            .iter()
            .map(|r| {
                Ok((
                    r.try_get("created_at")?,
                    PendingCommand {
                        id: r.try_get("id")?,
                        action: r.try_get("action")?,
                        payload: r.try_get("payload")?,
                    },
                ))
            })
            .collect::<Result<_, sqlx::Error>>()?;
        taken.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.id.cmp(&b.1.id)));
        sqlx::query(
            "UPDATE kiosk_commands SET acked_at = $1, outcome = 'done', payload = NULL
             WHERE delivered_at = $1 AND action = 'revoke' AND acked_at IS NULL AND kiosk_row = (
                 SELECT id FROM kiosks WHERE kiosk_id = $2 AND revoked_at IS NULL)",
        )
        .bind(now)
        .bind(kiosk_id)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(taken.into_iter().map(|(_, c)| c).collect())
    }

    /// Records what the kiosk `kiosk_id` did with one of its commands (an id of another kiosk's
    /// command, or one acknowledged already, changes nothing). The payload is dropped.
    pub async fn ack_command(
        &self,
        kiosk_id: &str,
        id: &str,
        done: bool,
        reason: Option<&str>,
        now: i64,
    ) -> Result<(), StorageError> {
        sqlx::query(
            "UPDATE kiosk_commands SET acked_at = $1, outcome = $2, reason = $3, payload = NULL
             WHERE id = $4 AND acked_at IS NULL AND kiosk_row = (
                 SELECT id FROM kiosks WHERE kiosk_id = $5 AND revoked_at IS NULL)",
        )
        .bind(now)
        .bind(if done { "done" } else { "refused" })
        .bind(reason.map(str::to_owned))
        .bind(id)
        .bind(kiosk_id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// The kiosk of row `id`, when it is not revoked.
    pub async fn kiosk_row(&self, id: &str) -> Result<Option<KioskRecord>, StorageError> {
        Ok(sqlx::query_as(concat!(
            "SELECT ",
            kiosk_columns!(),
            " FROM kiosks WHERE id = $1 AND revoked_at IS NULL"
        ))
        .bind(id)
        .fetch_optional(&self.pool)
        .await?)
    }

    /// The latest `limit` commands sent to kiosks of one office (or of all), newest first.
    pub async fn recent_commands(
        &self,
        office: Option<&str>,
        limit: i64,
    ) -> Result<Vec<CommandRecord>, StorageError> {
        Ok(sqlx::query_as(
            "SELECT c.id, c.kiosk_row, k.name AS kiosk_name, c.action, c.sent_by, c.created_at,
                    c.delivered_at, c.acked_at, c.outcome, c.reason
             FROM kiosk_commands c JOIN kiosks k ON k.id = c.kiosk_row
             WHERE ($1 = '' OR k.office_code = $1)
             ORDER BY c.created_at DESC, c.id DESC
             LIMIT $2",
        )
        .bind(office.unwrap_or(""))
        .bind(limit)
        .fetch_all(&self.pool)
        .await?)
    }

    /// Kiosks of one office, or of every office when `office` is `None`; revoked ones left out.
    pub async fn kiosks(&self, office: Option<&str>) -> Result<Vec<KioskRecord>, StorageError> {
        Ok(sqlx::query_as(concat!(
            "SELECT ",
            kiosk_columns!(),
            " FROM kiosks
                 WHERE revoked_at IS NULL AND ($1 = '' OR office_code = $1)
                 ORDER BY office_code, name, id"
        ))
        .bind(office.unwrap_or(""))
        .fetch_all(&self.pool)
        .await?)
    }
}

impl FromRow<'_, AnyRow> for KioskRecord {
    fn from_row(r: &AnyRow) -> Result<KioskRecord, sqlx::Error> {
        Ok(KioskRecord {
            id: r.try_get("id")?,
            office_code: r.try_get("office_code")?,
            name: r.try_get("name")?,
            kiosk_id: r.try_get("kiosk_id")?,
            enrolled_at: r.try_get("enrolled_at")?,
            enrolment_expires_at: r.try_get("enrolment_expires_at")?,
            revoked_at: r.try_get("revoked_at")?,
            last_heartbeat_at: r.try_get("last_heartbeat_at")?,
            version: r.try_get("version")?,
            queue_depth: r.try_get("queue_depth")?,
            last_error: r.try_get("last_error")?,
            slot: r.try_get("slot")?,
            uptime_seconds: r.try_get("uptime_seconds")?,
            orientation: r.try_get("orientation")?,
            occupation_table: r.try_get("occupation_table")?,
            postcode_book: r.try_get("postcode_book")?,
        })
    }
}

impl FromRow<'_, AnyRow> for CommandRecord {
    fn from_row(r: &AnyRow) -> Result<CommandRecord, sqlx::Error> {
        Ok(CommandRecord {
            id: r.try_get("id")?,
            kiosk_row: r.try_get("kiosk_row")?,
            kiosk_name: r.try_get("kiosk_name")?,
            action: r.try_get("action")?,
            sent_by: r.try_get("sent_by")?,
            created_at: r.try_get("created_at")?,
            delivered_at: r.try_get("delivered_at")?,
            acked_at: r.try_get("acked_at")?,
            outcome: r.try_get("outcome")?,
            reason: r.try_get("reason")?,
        })
    }
}

impl FromRow<'_, AnyRow> for KioskIdentity {
    fn from_row(r: &AnyRow) -> Result<KioskIdentity, sqlx::Error> {
        Ok(KioskIdentity {
            kiosk_id: r.try_get("kiosk_id")?,
            office_code: r.try_get("office_code")?,
        })
    }
}
