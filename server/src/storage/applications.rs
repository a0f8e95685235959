//! Applications as received from kiosks: stored once per (kiosk, idempotency key), read back
//! with their sealed columns opened.

use sqlx::any::AnyRow;
use sqlx::{FromRow, Row};

use super::{Db, StorageError};
use crate::sealed::{Field, Lookup};

/// An application as opened from its envelope, ready to store.
#[derive(Clone, Debug)]
pub struct NewApplication {
    pub id: String,
    pub kiosk_id: String,
    pub idempotency_key: String,
    pub body_hash: String,
    pub office_code: String,
    pub receipt: String,
    pub token_hash: String,
    pub token_expires_at: i64,
    pub language: String,
    pub application_json: String,
    pub findings_json: String,
    pub submitted_at: String,
    pub received_at: i64,
}

/// What storing an application did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stored {
    Created,
    /// The (kiosk, key) pair was already stored; the caller compares `body_hash`.
    Existing {
        id: String,
        receipt: String,
        body_hash: String,
    },
    /// Another application already carries this continuation token.
    TokenTaken,
}

/// Where an application stands at the counter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// 仮受付: received from the kiosk, not yet seen at the counter.
    Provisional,
    /// 受理済み: a 求職番号 is issued.
    Accepted,
    /// 返戻: sent back with a reason.
    Returned,
}

impl Status {
    pub fn code(self) -> &'static str {
        match self {
            Status::Provisional => "provisional",
            Status::Accepted => "accepted",
            Status::Returned => "returned",
        }
    }

    pub fn from_code(code: &str) -> Option<Status> {
        [Status::Provisional, Status::Accepted, Status::Returned]
            .into_iter()
            .find(|s| s.code() == code)
    }
}

/// A stored application with everything the counter and the phone need.
#[derive(Clone, Debug)]
pub struct ApplicationRecord {
    pub id: String,
    pub kiosk_id: String,
    pub office_code: String,
    pub receipt: String,
    pub token_expires_at: i64,
    pub language: String,
    pub application_json: String,
    pub findings_json: String,
    pub submitted_at: String,
    pub received_at: i64,
    pub status: Status,
    pub identity_checked_at: Option<i64>,
    pub identity_document: Option<String>,
    pub identity_checked_by: Option<String>,
    pub decided_at: Option<i64>,
    pub decided_by: Option<String>,
    pub job_seeker_number: Option<String>,
    pub return_reason: Option<String>,
    pub email_code_hash: Option<String>,
    pub email_code_expires_at: Option<i64>,
    pub email_code_attempts: i64,
    pub email_verified_at: Option<i64>,
    pub login_email: Option<String>,
    pub password_hash: Option<String>,
    pub my_page_opened_at: Option<i64>,
    /// A new email address waiting for its code (My Page's change of address).
    pub pending_email: Option<String>,
    pub updated_at: i64,
}

macro_rules! application_columns {
    () => {
        "id, kiosk_id, office_code, receipt, token_expires_at, language, application_json,
         findings_json, submitted_at, received_at, status, identity_checked_at, identity_document,
         identity_checked_by, decided_at, decided_by, job_seeker_number, return_reason,
         email_code_hash, email_code_expires_at, email_code_attempts, email_verified_at,
         login_email, password_hash, my_page_opened_at, pending_email, updated_at"
    };
}

/// An application row as stored: [`ApplicationRecord`]'s shape with the personal columns still
/// sealed, until [`Db::opened`] opens them.
struct SealedApplication(ApplicationRecord);

impl FromRow<'_, AnyRow> for SealedApplication {
    fn from_row(r: &AnyRow) -> Result<SealedApplication, sqlx::Error> {
        let status: String = r.try_get("status")?;
        Ok(SealedApplication(ApplicationRecord {
            id: r.try_get("id")?,
            kiosk_id: r.try_get("kiosk_id")?,
            office_code: r.try_get("office_code")?,
            receipt: r.try_get("receipt")?,
            token_expires_at: r.try_get("token_expires_at")?,
            language: r.try_get("language")?,
            application_json: r.try_get("application_json")?,
            findings_json: r.try_get("findings_json")?,
            submitted_at: r.try_get("submitted_at")?,
            received_at: r.try_get("received_at")?,
            status: Status::from_code(&status).unwrap_or(Status::Provisional),
            identity_checked_at: r.try_get("identity_checked_at")?,
            identity_document: r.try_get("identity_document")?,
            identity_checked_by: r.try_get("identity_checked_by")?,
            decided_at: r.try_get("decided_at")?,
            decided_by: r.try_get("decided_by")?,
            job_seeker_number: r.try_get("job_seeker_number")?,
            return_reason: r.try_get("return_reason")?,
            email_code_hash: r.try_get("email_code_hash")?,
            email_code_expires_at: r.try_get("email_code_expires_at")?,
            email_code_attempts: r.try_get("email_code_attempts")?,
            email_verified_at: r.try_get("email_verified_at")?,
            login_email: r.try_get("login_email")?,
            password_hash: r.try_get("password_hash")?,
            my_page_opened_at: r.try_get("my_page_opened_at")?,
            pending_email: r.try_get("pending_email")?,
            updated_at: r.try_get("updated_at")?,
        }))
    }
}

impl Db {
    /// A stored row as handlers see it: the sealed columns opened.
    fn opened(
        &self,
        SealedApplication(r): SealedApplication,
    ) -> Result<ApplicationRecord, StorageError> {
        let id = r.id.clone();
        Ok(ApplicationRecord {
            application_json: self.open_field(Field::ApplicationJson, &id, &r.application_json)?,
            findings_json: self.open_field(Field::FindingsJson, &id, &r.findings_json)?,
            return_reason: self.open_opt(Field::ReturnReason, &id, r.return_reason)?,
            login_email: self.open_opt(Field::LoginEmail, &id, r.login_email)?,
            pending_email: self.open_opt(Field::PendingEmail, &id, r.pending_email)?,
            ..r
        })
    }
}

impl Db {
    /// Stores an application once per (kiosk, idempotency key); concurrent duplicates make one row.
    pub async fn insert_application(&self, new: &NewApplication) -> Result<Stored, StorageError> {
        let mut stored = self.insert_applications(std::slice::from_ref(new)).await?;
        stored
            .pop()
            .unwrap_or_else(|| Err(StorageError::Unreadable("no answer for the row".into())))
    }

    /// Stores a batch of applications in ONE transaction (the intake's group commit): one
    /// durable commit for the lot, written by one statement. Each row is answered as
    /// [`Db::insert_application`] would answer it alone, a repeat within the batch included (the
    /// statement skips it as it would skip a stored one, and the lookup finds the earlier row of
    /// the batch). A row that cannot be sealed is answered with its error and left out; a
    /// database error fails the whole batch, of which nothing is then stored.
    pub async fn insert_applications(
        &self,
        batch: &[NewApplication],
    ) -> Result<Vec<Result<Stored, StorageError>>, StorageError> {
        // Sealed first: a row that cannot be sealed is answered with its error and left out.
        let mut answers: Vec<Option<Result<Stored, StorageError>>> =
            Vec::with_capacity(batch.len());
        let mut rows = Vec::with_capacity(batch.len());
        for (i, new) in batch.iter().enumerate() {
            let sealed = self
                .seal(Field::ApplicationJson, &new.id, &new.application_json)
                .and_then(|a| {
                    Ok((
                        a,
                        self.seal(Field::FindingsJson, &new.id, &new.findings_json)?,
                    ))
                });
            match sealed {
                Ok((application_json, findings_json)) => {
                    answers.push(None);
                    rows.push((i, new, application_json, findings_json));
                }
                Err(e) => answers.push(Some(Err(e))),
            }
        }
        if rows.is_empty() {
            return Ok(answers.into_iter().flatten().collect());
        }
        let mut tx = self.pool.begin().await?;
        // One statement for the whole batch: each statement costs a round trip to PostgreSQL and
        // two thread hand-offs to sqlx's SQLite worker, which dominated a batch written row by
        // row. A row that meets an existing one (or an earlier one of the same batch) is skipped
        // by ON CONFLICT and missing from RETURNING; it is looked up below.
        // Safe: the text is made of constants and numbered placeholders only; every value is bound.
        let statement = sqlx::AssertSqlSafe(insert_statement(rows.len()));
        let mut insert = sqlx::query_scalar::<_, String>(statement);
        for (_, new, application_json, findings_json) in &rows {
            insert = insert
                .bind(&new.id)
                .bind(&new.kiosk_id)
                .bind(&new.idempotency_key)
                .bind(&new.body_hash)
                .bind(&new.office_code)
                .bind(&new.receipt)
                .bind(&new.token_hash)
                .bind(new.token_expires_at)
                .bind(&new.language)
                .bind(application_json)
                .bind(findings_json)
                .bind(&new.submitted_at)
                .bind(new.received_at);
        }
        let inserted = insert.fetch_all(&mut *tx).await?;
        let inserted: std::collections::HashSet<String> = inserted.into_iter().collect();
        for (i, new, _, _) in rows {
            if inserted.contains(&new.id) {
                answers[i] = Some(Ok(Stored::Created));
                continue;
            }
            let existing = by_key(&mut *tx, &new.kiosk_id, &new.idempotency_key).await?;
            answers[i] = Some(Ok(match existing {
                Some((id, receipt, body_hash)) => Stored::Existing {
                    id,
                    receipt,
                    body_hash,
                },
                None => Stored::TokenTaken,
            }));
        }
        tx.commit().await?;
        Ok(answers
            .into_iter()
            .map(|a| {
                a.unwrap_or_else(|| Err(StorageError::Unreadable("no answer for the row".into())))
            })
            .collect())
    }

    /// (id, receipt, body hash) stored under a kiosk's idempotency key.
    pub async fn application_by_key(
        &self,
        kiosk_id: &str,
        idempotency_key: &str,
    ) -> Result<Option<(String, String, String)>, StorageError> {
        by_key(&self.pool, kiosk_id, idempotency_key).await
    }

    pub async fn count_applications(&self) -> Result<i64, StorageError> {
        let row = sqlx::query("SELECT COUNT(*) AS n FROM applications")
            .fetch_one(&self.pool)
            .await?;
        Ok(row.try_get("n")?)
    }

    pub async fn application(&self, id: &str) -> Result<Option<ApplicationRecord>, StorageError> {
        let sql = concat!(
            "SELECT ",
            application_columns!(),
            " FROM applications WHERE id = $1 AND erased_at IS NULL"
        );
        self.one_application(sql, id).await
    }

    pub async fn application_by_token(
        &self,
        token_hash: &str,
    ) -> Result<Option<ApplicationRecord>, StorageError> {
        let sql = concat!(
            "SELECT ",
            application_columns!(),
            " FROM applications WHERE token_hash = $1 AND erased_at IS NULL"
        );
        self.one_application(sql, token_hash).await
    }

    /// The application `sql` selects by its one parameter `key`, opened.
    async fn one_application(
        &self,
        sql: &'static str,
        key: &str,
    ) -> Result<Option<ApplicationRecord>, StorageError> {
        let row = sqlx::query_as::<_, SealedApplication>(sql)
            .bind(key)
            .fetch_optional(&self.pool)
            .await?;
        row.map(|r| self.opened(r)).transpose()
    }

    /// Applications with an open My Page under this email (sign-in candidates), newest first.
    pub async fn applications_by_login(
        &self,
        login_email: &str,
    ) -> Result<Vec<ApplicationRecord>, StorageError> {
        let rows = sqlx::query_as::<_, SealedApplication>(concat!(
            "SELECT ",
            application_columns!(),
            " FROM applications WHERE login_email_hash = $1 AND password_hash IS NOT NULL
              ORDER BY received_at DESC LIMIT 5"
        ))
        .bind(self.lookup_hash(Lookup::Login, login_email)?)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter().map(|r| self.opened(r)).collect()
    }

    /// An office's applications received in `[from, to)`, newest first; optionally one receipt.
    pub async fn applications_received(
        &self,
        office_code: &str,
        from: i64,
        to: i64,
        receipt: Option<&str>,
    ) -> Result<Vec<ApplicationRecord>, StorageError> {
        let rows = sqlx::query_as::<_, SealedApplication>(concat!(
            "SELECT ",
            application_columns!(),
            " FROM applications
              WHERE office_code = $1 AND received_at >= $2 AND received_at < $3
                AND ($4 = '' OR receipt = $4) AND erased_at IS NULL
              ORDER BY received_at DESC, id"
        ))
        .bind(office_code)
        .bind(from)
        .bind(to)
        .bind(receipt.unwrap_or(""))
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter().map(|r| self.opened(r)).collect()
    }

    pub async fn update_application_json(
        &self,
        id: &str,
        json: &str,
        now: i64,
    ) -> Result<(), StorageError> {
        sqlx::query("UPDATE applications SET application_json = $1, updated_at = $2 WHERE id = $3")
            .bind(self.seal(Field::ApplicationJson, id, json)?)
            .bind(now)
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}

impl Db {
    /// An office's applications accepted (受理) in `[from, to)`, in the order they were
    /// accepted: what the export hands on.
    pub async fn applications_accepted(
        &self,
        office_code: &str,
        from: i64,
        to: i64,
    ) -> Result<Vec<ApplicationRecord>, StorageError> {
        let rows = sqlx::query_as::<_, SealedApplication>(concat!(
            "SELECT ",
            application_columns!(),
            " FROM applications
              WHERE office_code = $1 AND status = 'accepted' AND decided_at >= $2
                AND decided_at < $3 AND erased_at IS NULL
              ORDER BY decided_at, id"
        ))
        .bind(office_code)
        .bind(from)
        .bind(to)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter().map(|r| self.opened(r)).collect()
    }
}

/// Values each row binds in [`insert_statement`].
const INSERT_PARAMS: usize = 13;

/// `INSERT … VALUES (…), (…) ON CONFLICT DO NOTHING RETURNING id` for `rows` applications,
/// numbered placeholders (`$1`…), which both PostgreSQL and SQLite read.
fn insert_statement(rows: usize) -> String {
    let mut sql = String::from(
        "INSERT INTO applications (id, kiosk_id, idempotency_key, body_hash, office_code, receipt,
             token_hash, token_expires_at, language, application_json, findings_json, submitted_at,
             received_at, status, email_code_attempts, updated_at) VALUES ",
    );
    for row in 0..rows {
        let p = |n: usize| format!("${}", row * INSERT_PARAMS + n);
        if row > 0 {
            sql.push_str(", ");
        }
        let values: Vec<String> = (1..=INSERT_PARAMS).map(p).collect();
        sql.push_str(&format!(
            "({}, 'provisional', 0, {})",
            values.join(", "),
            p(INSERT_PARAMS)
        ));
    }
    sql.push_str(" ON CONFLICT DO NOTHING RETURNING id");
    sql
}

/// (id, receipt, body hash) stored under a kiosk's idempotency key, read through `executor`: the
/// pool, or the group commit's transaction for the rows its insert skipped.
async fn by_key<'c, E>(
    executor: E,
    kiosk_id: &str,
    idempotency_key: &str,
) -> Result<Option<(String, String, String)>, StorageError>
where
    E: sqlx::Executor<'c, Database = sqlx::Any>,
{
    let row = sqlx::query(
        "SELECT id, receipt, body_hash FROM applications WHERE kiosk_id = $1 AND idempotency_key = $2",
    )
    .bind(kiosk_id)
    .bind(idempotency_key)
    .fetch_optional(executor)
    .await?;
    row.map(|r| {
        Ok((
            r.try_get("id")?,
            r.try_get("receipt")?,
            r.try_get("body_hash")?,
        ))
    })
    .transpose()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_row_of_the_statement_has_its_own_placeholders() {
        let sql = insert_statement(2);
        assert!(sql.contains(
            "($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 'provisional', 0, $13), \
             ($14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, 'provisional', 0, $26) ON CONFLICT"
        ), "{sql}");
        assert!(!sql.contains("$27"));
        assert!(sql.ends_with("ON CONFLICT DO NOTHING RETURNING id"));
    }
}
