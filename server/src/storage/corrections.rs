//! Corrections at the counter (see [`crate::correction`]): the corrected application written in
//! place, the visitor's version as received kept once, and the history of every correction, all
//! in one transaction. Old and new values and the received version are sealed like the
//! application itself.

use sqlx::any::AnyRow;
use sqlx::{FromRow, Row};

use super::{Db, StorageError};
use crate::sealed::{Field, Keyring};

/// A correction as [`Db::record_correction`] takes it.
pub struct NewCorrection<'a> {
    pub id: &'a str,
    pub application_id: &'a str,
    /// The application's `updated_at` when staff opened the form: a change in between refuses
    /// the correction instead of overwriting what someone else wrote.
    pub version: i64,
    pub staff_login: &'a str,
    pub now: i64,
    /// The field's path in the application.
    pub field: &'a str,
    pub old: &'a str,
    pub new: &'a str,
    /// The application before and after, as JSON; and the findings after.
    pub before_json: &'a str,
    pub after_json: &'a str,
    pub findings_json: &'a str,
}

/// One line of the correction history.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CorrectionLine {
    pub at: i64,
    pub staff_login: String,
    pub field: String,
    pub old: String,
    pub new: String,
}

/// A history line as stored, its values still sealed, with its row id.
struct SealedLine(String, CorrectionLine);

impl FromRow<'_, AnyRow> for SealedLine {
    fn from_row(r: &AnyRow) -> Result<SealedLine, sqlx::Error> {
        Ok(SealedLine(
            r.try_get("id")?,
            CorrectionLine {
                at: r.try_get("at")?,
                staff_login: r.try_get("staff")?,
                field: r.try_get("field")?,
                old: r.try_get("old_value")?,
                new: r.try_get("new_value")?,
            },
        ))
    }
}

impl Db {
    /// Writes a correction: keeps the received version (at the first correction only), stores
    /// the corrected application and its findings, and appends the history line. `Ok(false)`:
    /// the application changed since `version` (or is gone), and nothing was written.
    pub async fn record_correction(&self, c: &NewCorrection<'_>) -> Result<bool, StorageError> {
        let mut tx = self.pool.begin().await?;
        let claimed = sqlx::query(
            "UPDATE applications SET application_json = $1, findings_json = $2, updated_at = $3
             WHERE id = $4 AND updated_at = $5 AND erased_at IS NULL",
        )
        .bind(self.seal(Field::ApplicationJson, c.application_id, c.after_json)?)
        .bind(self.seal(Field::FindingsJson, c.application_id, c.findings_json)?)
        // Strictly later than the version read, so two corrections within one second still
        // tell their versions apart.
        .bind(c.now.max(c.version + 1))
        .bind(c.application_id)
        .bind(c.version)
        .execute(&mut *tx)
        .await?;
        if claimed.rows_affected() != 1 {
            tx.rollback().await?;
            return Ok(false);
        }
        sqlx::query(
            "INSERT INTO received_applications (application_id, application_json, kept_at)
             VALUES ($1, $2, $3) ON CONFLICT (application_id) DO NOTHING",
        )
        .bind(c.application_id)
        .bind(self.seal(Field::ReceivedJson, c.application_id, c.before_json)?)
        .bind(c.now)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO corrections (id, application_id, at, staff, field, old_value, new_value)
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(c.id)
        .bind(c.application_id)
        .bind(c.now)
        .bind(c.staff_login)
        .bind(c.field)
        .bind(self.seal(Field::CorrectionOld, c.id, c.old)?)
        .bind(self.seal(Field::CorrectionNew, c.id, c.new)?)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    /// The corrections of one application, oldest first.
    pub async fn corrections(
        &self,
        application_id: &str,
    ) -> Result<Vec<CorrectionLine>, StorageError> {
        let rows: Vec<SealedLine> = sqlx::query_as(
            "SELECT id, at, staff, field, old_value, new_value FROM corrections
             WHERE application_id = $1 ORDER BY at, id",
        )
        .bind(application_id)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|SealedLine(id, line)| {
                Ok(CorrectionLine {
                    old: self.open_field(Field::CorrectionOld, &id, &line.old)?,
                    new: self.open_field(Field::CorrectionNew, &id, &line.new)?,
                    ..line
                })
            })
            .collect()
    }

    /// The visitor's application as received, if staff have corrected it since.
    pub async fn received_version(
        &self,
        application_id: &str,
    ) -> Result<Option<String>, StorageError> {
        let row = sqlx::query(
            "SELECT application_json FROM received_applications WHERE application_id = $1",
        )
        .bind(application_id)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|r| {
            let stored: String = r.try_get("application_json")?;
            self.open_field(Field::ReceivedJson, application_id, &stored)
        })
        .transpose()
    }

    /// Seals again under the current key the received version of `application_id` (part of a
    /// rekey). The table is younger than sealing itself, so it never holds a legacy value.
    pub(super) async fn reseal_received(
        &self,
        conn: &mut sqlx::AnyConnection,
        application_id: &str,
    ) -> Result<u64, StorageError> {
        let keys = self.keys()?;
        let row = sqlx::query(
            "SELECT application_json FROM received_applications WHERE application_id = $1",
        )
        .bind(application_id)
        .fetch_optional(&mut *conn)
        .await?;
        let Some(row) = row else {
            return Ok(0);
        };
        let stored: String = row.try_get("application_json")?;
        if stored.is_empty() || Keyring::key_id_of(&stored) == Some(keys.current_id()) {
            return Ok(0);
        }
        let plain = keys.open(Field::ReceivedJson, application_id, &stored)?;
        let sealed = keys.seal(
            &mut crate::secret::os_rng(),
            Field::ReceivedJson,
            application_id,
            &plain,
        )?;
        sqlx::query(
            "UPDATE received_applications SET application_json = $1 WHERE application_id = $2",
        )
        .bind(sealed)
        .bind(application_id)
        .execute(&mut *conn)
        .await?;
        Ok(1)
    }
}
