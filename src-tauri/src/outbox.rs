//! The durable outbox: where a submitted application waits, sealed, until the server has it.
//!
//! The promise to the visitor is that 完了 is only shown after the row is on disk: SQLite in WAL
//! mode with `synchronous=FULL`, one transaction per submission. Rows hold only the sealed
//! envelope plus identifiers that carry no personal data (idempotency key, receipt number).
//! `secure_delete` overwrites removed rows. Delivery is the sync worker's business.

use std::path::Path;

use rusqlite::{params, Connection, OptionalExtension};
use thiserror::Error;

#[derive(Debug, Error)]
pub enum OutboxError {
    #[error("outbox database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("cannot create the data directory: {0}")]
    Io(#[from] std::io::Error),
    #[error("outbox schema version {0} is newer than this kiosk knows")]
    FutureSchema(i64),
}

/// One submission as it is written: nothing here is readable personal data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueuedApplication {
    pub idempotency_key: String,
    pub receipt: String,
    /// The sealed envelope (`madoguchi_core::envelope::Envelope::to_bytes`).
    pub envelope: Vec<u8>,
    /// RFC 3339.
    pub created_at: String,
}

/// A survey answer: a score and a reason code, never free text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SurveyAnswer {
    pub receipt: String,
    pub score: u8,
    pub reason: String,
    pub created_at: String,
}

pub struct Outbox {
    conn: Connection,
}

const SCHEMA_VERSION: i64 = 2;

const MIGRATIONS: &[&str] = &[
    r#"
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,
    receipt TEXT NOT NULL,
    envelope BLOB NOT NULL,
    created_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT
);
CREATE TABLE survey (
    id INTEGER PRIMARY KEY,
    receipt TEXT NOT NULL,
    score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    reason TEXT NOT NULL,
    created_at TEXT NOT NULL
);
"#,
    r#"
-- A row the server refused for good (never retried, kept for staff) is marked, not dropped.
ALTER TABLE outbox ADD COLUMN refused INTEGER NOT NULL DEFAULT 0;
-- What support may ask about a delivered application: no personal data, pruned after a while.
CREATE TABLE tombstone (
    receipt TEXT NOT NULL,
    idempotency_key TEXT NOT NULL UNIQUE,
    application_id TEXT NOT NULL,
    delivered_at TEXT NOT NULL
);
"#,
];

/// A delivered application, as support may ask about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tombstone {
    pub receipt: String,
    pub application_id: String,
    pub delivered_at: String,
}

impl Outbox {
    /// Opens (creating if needed) `outbox.db` in `data_dir`.
    pub fn open_in(data_dir: &Path) -> Result<Outbox, OutboxError> {
        std::fs::create_dir_all(data_dir)?;
        Outbox::open(&data_dir.join("outbox.db"))
    }

    pub fn open(path: &Path) -> Result<Outbox, OutboxError> {
        let conn = Connection::open(path)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "secure_delete", "ON")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        let mut outbox = Outbox { conn };
        outbox.migrate()?;
        Ok(outbox)
    }

    fn migrate(&mut self) -> Result<(), OutboxError> {
        let version: i64 = self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?;
        if version > SCHEMA_VERSION {
            return Err(OutboxError::FutureSchema(version));
        }
        let tx = self.conn.transaction()?;
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            tx.execute_batch(sql)?;
            tx.pragma_update(None, "user_version", (i + 1) as i64)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Writes one submission durably; returns only once it is committed to disk.
    pub fn enqueue(&mut self, row: &QueuedApplication) -> Result<(), OutboxError> {
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO outbox (idempotency_key, receipt, envelope, created_at) VALUES (?1, ?2, ?3, ?4)",
            params![row.idempotency_key, row.receipt, row.envelope, row.created_at],
        )?;
        tx.commit()?;
        Ok(())
    }

    pub fn record_survey(&mut self, answer: &SurveyAnswer) -> Result<(), OutboxError> {
        self.conn.execute(
            "INSERT INTO survey (receipt, score, reason, created_at) VALUES (?1, ?2, ?3, ?4)",
            params![
                answer.receipt,
                answer.score,
                answer.reason,
                answer.created_at
            ],
        )?;
        Ok(())
    }

    /// Number of applications waiting for delivery.
    pub fn depth(&self) -> Result<u64, OutboxError> {
        Ok(self
            .conn
            .query_row("SELECT COUNT(*) FROM outbox WHERE refused = 0", [], |r| {
                r.get(0)
            })?)
    }

    /// Applications the server refused for good; they stay for staff and support.
    pub fn refused(&self) -> Result<u64, OutboxError> {
        Ok(self
            .conn
            .query_row("SELECT COUNT(*) FROM outbox WHERE refused = 1", [], |r| {
                r.get(0)
            })?)
    }

    /// The server has the application: the row goes, a tombstone stays, in one transaction.
    pub fn mark_delivered(
        &mut self,
        idempotency_key: &str,
        application_id: &str,
        delivered_at: &str,
    ) -> Result<(), OutboxError> {
        self.mark_all_delivered(&[(idempotency_key, application_id)], delivered_at)
    }

    /// [`Outbox::mark_delivered`] for several rows (`(idempotency key, application id)`) in one
    /// durable transaction: one commit for a whole send window. A crash before the commit
    /// leaves every row queued, and the server answers their repeats with the same ids.
    pub fn mark_all_delivered(
        &mut self,
        delivered: &[(&str, &str)],
        delivered_at: &str,
    ) -> Result<(), OutboxError> {
        let tx = self.conn.transaction()?;
        for (idempotency_key, application_id) in delivered {
            tx.execute(
                "INSERT OR IGNORE INTO tombstone (receipt, idempotency_key, application_id, delivered_at)
                 SELECT receipt, idempotency_key, ?2, ?3 FROM outbox WHERE idempotency_key = ?1",
                params![idempotency_key, application_id, delivered_at],
            )?;
            tx.execute(
                "DELETE FROM outbox WHERE idempotency_key = ?1",
                [idempotency_key],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// A try that failed and will be repeated.
    pub fn record_failure(
        &mut self,
        idempotency_key: &str,
        error: &str,
    ) -> Result<(), OutboxError> {
        self.conn.execute(
            "UPDATE outbox SET attempts = attempts + 1, last_error = ?2 WHERE idempotency_key = ?1",
            params![idempotency_key, error],
        )?;
        Ok(())
    }

    /// The server refused the row for good (it will never accept it as it is).
    pub fn mark_refused(&mut self, idempotency_key: &str, error: &str) -> Result<(), OutboxError> {
        self.conn.execute(
            "UPDATE outbox SET attempts = attempts + 1, last_error = ?2, refused = 1 WHERE idempotency_key = ?1",
            params![idempotency_key, error],
        )?;
        Ok(())
    }

    pub fn tombstones(&self) -> Result<Vec<Tombstone>, OutboxError> {
        let mut stmt = self.conn.prepare(
            "SELECT receipt, application_id, delivered_at FROM tombstone ORDER BY delivered_at",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(Tombstone {
                receipt: r.get(0)?,
                application_id: r.get(1)?,
                delivered_at: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Forgets tombstones delivered before `before` (RFC 3339, compared as text in UTC).
    pub fn prune_tombstones(&mut self, before: &str) -> Result<usize, OutboxError> {
        Ok(self
            .conn
            .execute("DELETE FROM tombstone WHERE delivered_at < ?1", [before])?)
    }

    /// Survey answers not yet delivered, oldest first, with their row ids.
    pub fn pending_surveys(&self, limit: u32) -> Result<Vec<(i64, SurveyAnswer)>, OutboxError> {
        let mut stmt = self.conn.prepare(
            "SELECT id, receipt, score, reason, created_at FROM survey ORDER BY id LIMIT ?1",
        )?;
        let rows = stmt.query_map([limit], |r| {
            Ok((
                r.get(0)?,
                SurveyAnswer {
                    receipt: r.get(1)?,
                    score: r.get(2)?,
                    reason: r.get(3)?,
                    created_at: r.get(4)?,
                },
            ))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn remove_survey(&mut self, id: i64) -> Result<(), OutboxError> {
        self.conn
            .execute("DELETE FROM survey WHERE id = ?1", [id])?;
        Ok(())
    }

    /// Whether a receipt number is in use here: waiting, refused, or delivered and still
    /// remembered by a tombstone (staff look applications up by it, so it must not repeat).
    pub fn has_receipt(&self, receipt: &str) -> Result<bool, OutboxError> {
        Ok(self
            .conn
            .query_row(
                "SELECT 1 FROM outbox WHERE receipt = ?1
                 UNION ALL SELECT 1 FROM tombstone WHERE receipt = ?1 LIMIT 1",
                [receipt],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    }

    /// The oldest waiting rows, oldest first.
    pub fn oldest(&self, limit: u32) -> Result<Vec<QueuedApplication>, OutboxError> {
        let mut stmt = self.conn.prepare(
            "SELECT idempotency_key, receipt, envelope, created_at FROM outbox WHERE refused = 0 ORDER BY id LIMIT ?1",
        )?;
        let rows = stmt.query_map([limit], |r| {
            Ok(QueuedApplication {
                idempotency_key: r.get(0)?,
                receipt: r.get(1)?,
                envelope: r.get(2)?,
                created_at: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn surveys(&self) -> Result<Vec<SurveyAnswer>, OutboxError> {
        let mut stmt = self
            .conn
            .prepare("SELECT receipt, score, reason, created_at FROM survey ORDER BY id")?;
        let rows = stmt.query_map([], |r| {
            Ok(SurveyAnswer {
                receipt: r.get(0)?,
                score: r.get(1)?,
                reason: r.get(2)?,
                created_at: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(n: u8) -> QueuedApplication {
        QueuedApplication {
            idempotency_key: format!("idem-key-000000{n}"),
            receipt: format!("AAAAA{n}"),
            envelope: vec![1, n, 2, 3],
            created_at: "2026-11-25T10:00:00Z".into(),
        }
    }

    #[test]
    fn rows_survive_reopening_in_order() {
        let dir = tempfile::tempdir().expect("tempdir");
        {
            let mut outbox = Outbox::open_in(dir.path()).expect("open");
            outbox.enqueue(&row(1)).expect("enqueue");
            outbox.enqueue(&row(2)).expect("enqueue");
        }
        let outbox = Outbox::open_in(dir.path()).expect("reopen");
        assert_eq!(outbox.depth().expect("depth"), 2);
        assert_eq!(outbox.oldest(10).expect("oldest"), vec![row(1), row(2)]);
        assert!(outbox.has_receipt("AAAAA1").expect("has"));
    }

    #[test]
    fn the_database_is_in_wal_mode_with_full_sync() {
        let dir = tempfile::tempdir().expect("tempdir");
        let outbox = Outbox::open_in(dir.path()).expect("open");
        let mode: String = outbox
            .conn
            .pragma_query_value(None, "journal_mode", |r| r.get(0))
            .expect("mode");
        let sync: i64 = outbox
            .conn
            .pragma_query_value(None, "synchronous", |r| r.get(0))
            .expect("sync");
        assert_eq!(mode, "wal");
        assert_eq!(sync, 2, "FULL");
    }

    #[test]
    fn a_repeated_idempotency_key_is_refused_not_duplicated() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut outbox = Outbox::open_in(dir.path()).expect("open");
        outbox.enqueue(&row(1)).expect("enqueue");
        assert!(outbox.enqueue(&row(1)).is_err());
        assert_eq!(outbox.depth().expect("depth"), 1);
    }

    #[test]
    fn a_window_of_deliveries_is_one_transaction() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut outbox = Outbox::open_in(dir.path()).expect("open");
        for i in 1..=3 {
            outbox.enqueue(&row(i)).expect("enqueue");
        }
        outbox
            .mark_all_delivered(
                &[("idem-key-0000001", "app-1"), ("idem-key-0000003", "app-3")],
                "2026-11-25T10:00:00Z",
            )
            .expect("delivered");
        assert_eq!(outbox.oldest(10).expect("rows"), vec![row(2)]);
        let stones = outbox.tombstones().expect("stones");
        let receipts: Vec<&str> = stones.iter().map(|s| s.receipt.as_str()).collect();
        assert_eq!(receipts.len(), 2);
        assert!(receipts.contains(&"AAAAA1") && receipts.contains(&"AAAAA3"));
        // An empty window writes nothing and does not fail.
        outbox
            .mark_all_delivered(&[], "2026-11-25T10:00:01Z")
            .expect("nothing");
        assert_eq!(outbox.depth().expect("depth"), 1);
    }

    #[test]
    fn delivery_replaces_the_row_with_a_tombstone() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut outbox = Outbox::open_in(dir.path()).expect("open");
        outbox.enqueue(&row(1)).expect("enqueue");
        outbox.enqueue(&row(2)).expect("enqueue");
        outbox
            .record_failure("idem-key-0000001", "503")
            .expect("failure");
        outbox
            .mark_delivered("idem-key-0000001", "app-9", "2026-11-25T10:00:00Z")
            .expect("delivered");
        // A repeat (e.g. after a crash between send and mark) changes nothing.
        outbox
            .mark_delivered("idem-key-0000001", "app-9", "2026-11-25T10:00:01Z")
            .expect("again");
        assert_eq!(outbox.depth().expect("depth"), 1);
        assert_eq!(outbox.oldest(10).expect("rows"), vec![row(2)]);
        let stones = outbox.tombstones().expect("stones");
        assert_eq!(stones.len(), 1);
        assert_eq!(stones[0].receipt, "AAAAA1");
        assert!(
            outbox.has_receipt("AAAAA1").expect("has"),
            "a delivered receipt number is not handed out again while its tombstone lasts"
        );
        assert_eq!(
            outbox
                .prune_tombstones("2026-11-26T00:00:00Z")
                .expect("prune"),
            1
        );
        assert!(outbox.tombstones().expect("stones").is_empty());
        assert!(!outbox.has_receipt("AAAAA1").expect("has"));
    }

    #[test]
    fn a_refused_row_stays_but_is_not_sent_again() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut outbox = Outbox::open_in(dir.path()).expect("open");
        outbox.enqueue(&row(1)).expect("enqueue");
        outbox
            .mark_refused("idem-key-0000001", "409")
            .expect("refuse");
        assert_eq!(outbox.depth().expect("depth"), 0);
        assert_eq!(outbox.refused().expect("refused"), 1);
        assert!(outbox.oldest(10).expect("rows").is_empty());
    }

    #[test]
    fn survey_scores_outside_one_to_five_are_refused() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut outbox = Outbox::open_in(dir.path()).expect("open");
        let mut a = SurveyAnswer {
            receipt: "AAAAA1".into(),
            score: 5,
            reason: "easy".into(),
            created_at: "t".into(),
        };
        outbox.record_survey(&a).expect("ok");
        a.score = 6;
        assert!(outbox.record_survey(&a).is_err());
        assert_eq!(outbox.surveys().expect("surveys").len(), 1);
    }
}
