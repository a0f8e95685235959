//! Sealing at rest: opening and sealing the personal columns under the data key, the first
//! start's sealing of legacy rows, and `rekey`. The only place that reads the keyring.

use sqlx::Row;

use super::{Backend, Db, StorageError};
use crate::sealed::{Field, Keyring, Lookup};

/// The personal columns of one application row, as stored.
struct PersonalColumns {
    id: String,
    values: Vec<(Field, Option<String>)>,
}

/// What `rekey` did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Rekeyed {
    /// Rows whose sealed values were sealed again under the new key.
    pub rows: u64,
    /// Rate-limit buckets dropped: their keys are keyed hashes of values never stored.
    pub rate_buckets: u64,
}

const PERSONAL_COLUMNS: &str =
    "id, application_json, findings_json, login_email, pending_email, return_reason";

/// Rows sealed or resealed per transaction.
const SEAL_BATCH: i64 = 500;

impl Db {
    pub(super) fn keys(&self) -> Result<&Keyring, StorageError> {
        self.keys.as_deref().ok_or(StorageError::NoDataKey)
    }

    /// Whether this database was opened with the data key.
    pub fn has_data_key(&self) -> bool {
        self.keys.is_some()
    }

    /// Seals `plain` for `field` of application `row` under the current data key.
    pub fn seal(&self, field: Field, row: &str, plain: &str) -> Result<String, StorageError> {
        Ok(self
            .keys()?
            .seal(&mut crate::secret::os_rng(), field, row, plain)?)
    }

    /// Opens a stored value of `field` of application `row`. An empty value is an erased one.
    pub fn open_field(
        &self,
        field: Field,
        row: &str,
        stored: &str,
    ) -> Result<String, StorageError> {
        if stored.is_empty() {
            return Ok(String::new());
        }
        Ok(self.keys()?.open(field, row, stored)?)
    }

    pub(super) fn open_opt(
        &self,
        field: Field,
        row: &str,
        stored: Option<String>,
    ) -> Result<Option<String>, StorageError> {
        stored.map(|s| self.open_field(field, row, &s)).transpose()
    }

    /// The keyed hash under which `value` is looked up for `purpose`.
    pub fn lookup_hash(&self, purpose: Lookup, value: &str) -> Result<String, StorageError> {
        Ok(self.keys()?.lookup(purpose, value))
    }

    /// At start with a data key: the first start seals every row written before sealing existed
    /// (once, in one transaction, so two processes starting together do it once); later starts
    /// check that the database is sealed under a key given.
    pub(super) async fn check_and_seal_legacy(&self) -> Result<(), StorageError> {
        let keys = self.keys()?;
        let mut tx = self.pool.begin().await?;
        let claimed = sqlx::query(
            "INSERT INTO sealing (id, key_id) VALUES (1, $1) ON CONFLICT (id) DO NOTHING",
        )
        .bind(keys.current_id())
        .execute(&mut *tx)
        .await?;
        if claimed.rows_affected() == 1 {
            let mut after = String::new();
            let mut sealed = 0;
            loop {
                let (last, changed) = self.reseal_batch(&mut tx, &after, true).await?;
                sealed += changed;
                match last {
                    Some(last) => after = last,
                    None => break,
                }
            }
            tx.commit().await?;
            if sealed > 0 {
                tracing::info!(rows = sealed, "sealed the rows written before sealing");
                self.checkpoint().await;
            }
            return Ok(());
        }
        tx.rollback().await?;
        let row = sqlx::query("SELECT key_id, rekey_from FROM sealing WHERE id = 1")
            .fetch_one(&self.pool)
            .await?;
        let stored: String = row.try_get("key_id")?;
        let from: Option<String> = row.try_get("rekey_from")?;
        if let Some(from) = from {
            if !keys.knows(&from) {
                return Err(StorageError::RekeyUnfinished { from });
            }
        }
        if !keys.knows(&stored) {
            return Err(StorageError::WrongDataKey {
                stored,
                given: keys.current_id().to_owned(),
            });
        }
        Ok(())
    }

    /// Seals again, under the current key, up to [`SEAL_BATCH`] rows after id `after` whose
    /// values another key sealed (or, with `legacy`, that are not sealed at all), and recomputes
    /// their keyed hashes. Answers the last id read (none at the end) and the rows changed.
    async fn reseal_batch(
        &self,
        conn: &mut sqlx::AnyConnection,
        after: &str,
        legacy: bool,
    ) -> Result<(Option<String>, u64), StorageError> {
        let keys = self.keys()?;
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {PERSONAL_COLUMNS} FROM applications WHERE id > $1 ORDER BY id LIMIT {SEAL_BATCH}"
        )))
        .bind(after)
        .fetch_all(&mut *conn)
        .await?;
        let mut last = None;
        let mut changed = 0;
        for r in &rows {
            let row = PersonalColumns {
                id: r.try_get("id")?,
                values: Field::ALL
                    .iter()
                    .map(|f| {
                        let column = f.column().trim_start_matches("applications.");
                        Ok((*f, r.try_get::<Option<String>, _>(column)?))
                    })
                    .collect::<Result<_, sqlx::Error>>()?,
            };
            let mut dirty = false;
            let mut out = Vec::new();
            let mut login = None;
            let mut pending = None;
            for (field, value) in &row.values {
                let next = match value.as_deref() {
                    None => None,
                    Some("") => Some(String::new()),
                    Some(stored) => {
                        let plain = match keys.open(*field, &row.id, stored) {
                            Ok(plain) => plain,
                            Err(_) if legacy => stored.to_owned(),
                            Err(e) => return Err(e.into()),
                        };
                        match *field {
                            Field::LoginEmail => login = Some(plain.clone()),
                            Field::PendingEmail => pending = Some(plain.clone()),
                            _ => {}
                        }
                        if Keyring::key_id_of(stored) == Some(keys.current_id()) && plain != stored
                        {
                            Some(stored.to_owned())
                        } else {
                            dirty = true;
                            Some(keys.seal(
                                &mut crate::secret::os_rng(),
                                *field,
                                &row.id,
                                &plain,
                            )?)
                        }
                    }
                };
                out.push(next);
            }
            if dirty {
                let mut query = sqlx::query(
                    "UPDATE applications SET application_json = $1, findings_json = $2,
                         login_email = $3, pending_email = $4, return_reason = $5,
                         login_email_hash = $6, pending_email_hash = $7
                     WHERE id = $8",
                );
                for value in out {
                    query = query.bind(value);
                }
                query
                    .bind(login.map(|l| keys.lookup(Lookup::Login, &l)))
                    .bind(pending.map(|p| keys.lookup(Lookup::PendingEmail, &p)))
                    .bind(&row.id)
                    .execute(&mut *conn)
                    .await?;
                changed += 1;
            }
            changed += self.reseal_changes(&mut *conn, &row.id, legacy).await?;
            changed += self.reseal_received(&mut *conn, &row.id).await?;
            last = Some(row.id);
        }
        Ok((last, changed))
    }

    /// `madoguchi-server rekey`: seals every value again under the current key (the old one must
    /// be in the keyring), recomputes every keyed hash, and drops the rate-limit buckets (their
    /// keys cannot be recomputed; they refill within two hours anyway). Stopped half-way, it is
    /// run again with the same keys; a server refuses to start until it has finished.
    pub async fn rekey(&self) -> Result<Rekeyed, StorageError> {
        let keys = self.keys()?;
        sqlx::query(
            "UPDATE sealing SET rekey_from = COALESCE(rekey_from, key_id), key_id = $1
             WHERE id = 1 AND key_id <> $1",
        )
        .bind(keys.current_id())
        .execute(&self.pool)
        .await?;
        let mut after = String::new();
        let mut report = Rekeyed::default();
        loop {
            let mut tx = self.pool.begin().await?;
            // A write first, so SQLite takes its write lock before the batch is read.
            sqlx::query("UPDATE sealing SET id = id WHERE id = 1")
                .execute(&mut *tx)
                .await?;
            let (last, changed) = self.reseal_batch(&mut tx, &after, false).await?;
            tx.commit().await?;
            report.rows += changed;
            match last {
                Some(last) => after = last,
                None => break,
            }
        }
        report.rate_buckets = sqlx::query("DELETE FROM rate_limits")
            .execute(&self.pool)
            .await?
            .rows_affected();
        sqlx::query("UPDATE sealing SET rekey_from = NULL WHERE id = 1")
            .execute(&self.pool)
            .await?;
        self.checkpoint().await;
        Ok(report)
    }

    /// SQLite: moves the WAL into the database file and truncates it, so values just sealed
    /// again or erased leave no older copy in the WAL. Best effort: a busy database is left to
    /// SQLite's own checkpoints.
    pub async fn checkpoint(&self) {
        if self.backend == Backend::Sqlite {
            if let Err(e) = sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
                .execute(&self.pool)
                .await
            {
                tracing::warn!("WAL checkpoint failed: {e}");
            }
        }
    }
}

impl Db {
    /// Seals again under the current key the values of application `application_id`'s pending
    /// changes and audit lines (part of a rekey or of sealing legacy rows).
    async fn reseal_changes(
        &self,
        conn: &mut sqlx::AnyConnection,
        application_id: &str,
        legacy: bool,
    ) -> Result<u64, StorageError> {
        let keys = self.keys()?;
        let mut changed = 0;
        for (table, old_field, new_field) in [
            ("pending_changes", Field::PendingOld, Field::PendingNew),
            ("change_audit", Field::AuditOld, Field::AuditNew),
            ("corrections", Field::CorrectionOld, Field::CorrectionNew),
        ] {
            let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
                "SELECT id, old_value, new_value FROM {table} WHERE application_id = $1"
            )))
            .bind(application_id)
            .fetch_all(&mut *conn)
            .await?;
            for r in &rows {
                let id: String = r.try_get("id")?;
                let mut out = Vec::new();
                let mut dirty = false;
                for (field, column) in [(old_field, "old_value"), (new_field, "new_value")] {
                    let stored: String = r.try_get(column)?;
                    if stored.is_empty() {
                        out.push(stored);
                        continue;
                    }
                    let plain = match keys.open(field, &id, &stored) {
                        Ok(plain) => plain,
                        Err(_) if legacy => stored.clone(),
                        Err(e) => return Err(e.into()),
                    };
                    if Keyring::key_id_of(&stored) == Some(keys.current_id()) && plain != stored {
                        out.push(stored);
                    } else {
                        dirty = true;
                        out.push(keys.seal(&mut crate::secret::os_rng(), field, &id, &plain)?);
                    }
                }
                if dirty {
                    sqlx::query(sqlx::AssertSqlSafe(format!(
                        "UPDATE {table} SET old_value = $1, new_value = $2 WHERE id = $3"
                    )))
                    .bind(&out[0])
                    .bind(&out[1])
                    .bind(&id)
                    .execute(&mut *conn)
                    .await?;
                    changed += 1;
                }
            }
        }
        Ok(changed)
    }
}
