//! Where everything the server knows is kept: SQLite by default, PostgreSQL when asked.
//!
//! One code path serves both through sqlx's `Any` driver. The price is a small common type
//! vocabulary, which the schema keeps to on purpose: TEXT and BIGINT only, times as Unix
//! seconds, `$n` placeholders (SQLite accepts them too), no `SUM`/`AVG` in SQL (PostgreSQL
//! would answer NUMERIC, which `Any` cannot decode; sums are made in Rust).
//!
//! Migrations are numbered files under `server/migrations/`, embedded in the binary and applied
//! at start; the list in [`MIGRATIONS`] only ever grows. Writes that must be atomic are single
//! statements (`INSERT … ON CONFLICT DO NOTHING`, `UPDATE … WHERE <state> RETURNING`), and a
//! transaction always begins with a write, so SQLite takes its write lock first and waits on
//! `busy_timeout` instead of failing on a stale read snapshot.
//!
//! Personal data is sealed here and nowhere else: a [`Db`] opened with a data key
//! ([`Db::open_sealed`]) seals the visitor's columns as it writes them and opens them as it reads
//! them, so handlers only ever see plain text and the database only ever holds ciphertext (see
//! [`crate::sealed`]). A [`Db`] opened without one ([`Db::open`], for the administrative
//! commands) refuses every read or write of those columns. SQLite files are created with mode
//! 0600 and run with `secure_delete`, so an erased value does not linger in a free page.
//!
//! One file per topic, each adding its own `impl Db` block: [`offices`], [`kiosks`],
//! [`applications`], [`continuation`] (what the phone proved), [`my_page`], [`counter`],
//! [`pending_changes`], [`corrections`] (the counter's corrections and the visitor's
//! version as received), [`surveys`], [`staff_calls`] (visitors asking for help), [`staff_codes`] (and the assists they opened), [`scorecard`] (and its cells), [`tallies`] (registrations
//! outside the kiosk), [`web_surveys`], [`users`] (and sessions), [`rate_limits`],
//! [`retention`] and [`sealing`]. This file holds the pool, the migrations and what they share.
//! Rows are read by column name into their types through `sqlx::FromRow` (written out for
//! `AnyRow`: sqlx's derive would bring its macros crate and a second SQLite build into the
//! server's build); a column that needs converting (a status or role code, a sealed value) is
//! converted in that one impl, and sealed values are opened by one `Db` method per type.

use std::borrow::Cow;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use sqlx::any::AnyPoolOptions;
use sqlx::migrate::{Migration, MigrationType, Migrator};
use sqlx::{AnyPool, Row, SqlSafeStr as _};
use thiserror::Error;

use crate::sealed::{Keyring, SealError};

mod applications;
mod continuation;
mod corrections;
mod counter;
mod kiosks;
mod my_page;
mod offices;
mod pending_changes;
mod rate_limits;
mod retention;
mod scorecard;
mod sealing;
mod staff_calls;
mod staff_codes;
mod surveys;
mod tallies;
mod users;
mod web_surveys;

pub use applications::{ApplicationRecord, NewApplication, Status, Stored};
pub use continuation::PhoneProof;
pub use corrections::{CorrectionLine, NewCorrection};
pub use counter::Decision;
pub use kiosks::{Beat, CommandRecord, Enrolment, KioskIdentity, KioskRecord, PendingCommand};
pub use my_page::Forget;
pub use offices::Office;
pub use pending_changes::ChangeDecision;
pub use scorecard::{CellCounts, PeriodCounts};
pub use sealing::Rekeyed;
pub use staff_calls::{NewStaffCall, StaffCallRecord};
pub use staff_codes::{AssistRecord, StaffCodeRecord};
pub use surveys::SurveyRecord;
pub use tallies::{Channel, Tally};
pub use users::{Role, SessionKind, SessionRecord, User};
pub use web_surveys::WebSurveyRecord;

/// The schema, oldest first. Never edit an applied entry; append a new one.
const MIGRATIONS: &[(i64, &str, &str)] = &[
    (
        1,
        "initial",
        include_str!("../../migrations/0001_initial.sql"),
    ),
    (
        2,
        "scorecard decided",
        include_str!("../../migrations/0002_scorecard_decided.sql"),
    ),
    (
        3,
        "pending email",
        include_str!("../../migrations/0003_pending_email.sql"),
    ),
    (
        4,
        "rate limits",
        include_str!("../../migrations/0004_rate_limits.sql"),
    ),
    (
        5,
        "phone proof",
        include_str!("../../migrations/0005_phone_proof.sql"),
    ),
    (
        6,
        "sessions idle",
        include_str!("../../migrations/0006_sessions_idle.sql"),
    ),
    (
        7,
        "pending changes",
        include_str!("../../migrations/0007_pending_changes.sql"),
    ),
    (
        8,
        "sealed fields",
        include_str!("../../migrations/0008_sealed_fields.sql"),
    ),
    (
        9,
        "corrections",
        include_str!("../../migrations/0009_corrections.sql"),
    ),
    (
        20,
        "registration tallies",
        include_str!("../../migrations/0020_registration_tallies.sql"),
    ),
    (
        21,
        "scorecard cells",
        include_str!("../../migrations/0021_scorecard_cells.sql"),
    ),
    (
        22,
        "web surveys",
        include_str!("../../migrations/0022_web_surveys.sql"),
    ),
    (
        35,
        "staff_calls",
        include_str!("../../migrations/0035_staff_calls.sql"),
    ),
    (
        36,
        "staff_codes",
        include_str!("../../migrations/0036_staff_codes.sql"),
    ),
    (
        40,
        "kiosk commands",
        include_str!("../../migrations/0040_kiosk_commands.sql"),
    ),
    (
        41,
        "kiosk occupation table",
        include_str!("../../migrations/0041_kiosk_occupation_table.sql"),
    ),
    (
        42,
        "kiosk postcode book",
        include_str!("../../migrations/0042_kiosk_postcode_book.sql"),
    ),
];

#[derive(Debug, Error)]
#[non_exhaustive]
pub enum StorageError {
    #[error("database URL must start with sqlite:// or postgres://")]
    UnknownScheme,
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    /// A unique constraint refused a write that the caller did not expect to collide.
    #[error("a unique value is already taken")]
    Taken,
    /// A stored value this server wrote cannot be read back.
    #[error("a stored value is not readable: {0}")]
    Unreadable(String),
    /// A sealed value did not open, or sealing failed.
    #[error("sealed data: {0}")]
    Sealed(#[from] SealError),
    /// Personal data was asked of a database opened without the data key.
    #[error("the data key is needed for this (give --data-key)")]
    NoDataKey,
    /// The database is sealed under another data key than the one given.
    #[error("the database is sealed under data key {stored}, but the data key given is {given}")]
    WrongDataKey { stored: String, given: String },
    /// A `rekey` stopped half-way: values are sealed under two keys.
    #[error("a rekey from data key {from} did not finish: run `madoguchi-server rekey` again with both keys")]
    RekeyUnfinished { from: String },
    #[error("cannot set up the database file {path}: {reason}")]
    File { path: String, reason: String },
    /// The group commit that held this write failed or stopped; nothing of it is stored.
    #[error("the commit holding this write did not happen: {0}")]
    Commit(String),
}

/// Which database is behind the pool.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn of(url: &str) -> Result<Backend, StorageError> {
        if url.starts_with("sqlite:") {
            Ok(Backend::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Backend::Postgres)
        } else {
            Err(StorageError::UnknownScheme)
        }
    }
}

#[derive(Clone, Debug)]
pub struct Db {
    pool: AnyPool,
    backend: Backend,
    /// Seals and opens the personal columns; `None` for the administrative commands.
    keys: Option<Arc<Keyring>>,
}

/// The file behind an `sqlite:` URL, if it is a file.
fn sqlite_path(url: &str) -> Option<PathBuf> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next().unwrap_or_default();
    (!path.is_empty() && !path.contains(":memory:")).then(|| PathBuf::from(path))
}

/// Creates the SQLite file with mode 0600 before SQLite does (SQLite would honour the umask,
/// usually 0644; its -wal and -shm files copy the database file's mode). An existing file that
/// others may read is made private.
fn prepare_sqlite_file(url: &str) -> Result<(), StorageError> {
    use std::os::unix::fs::{OpenOptionsExt as _, PermissionsExt as _};
    let Some(path) = sqlite_path(url) else {
        return Ok(());
    };
    let failed = |e: std::io::Error| StorageError::File {
        path: path.display().to_string(),
        reason: e.to_string(),
    };
    match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&path)
    {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            let meta = std::fs::metadata(&path).map_err(failed)?;
            if meta.permissions().mode() & 0o077 != 0 {
                tracing::warn!("{} was readable by others; made it 0600", path.display());
                std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600))
                    .map_err(failed)?;
            }
            Ok(())
        }
        // A directory that does not exist yet and the like: SQLite's own error says it better.
        Err(_) => Ok(()),
    }
}

/// `sqlite://PATH` with `mode=rwc` added, so a missing file is created.
fn sqlite_url(url: &str) -> String {
    if url.contains("mode=") || url.contains(":memory:") {
        url.to_owned()
    } else if url.contains('?') {
        format!("{url}&mode=rwc")
    } else {
        format!("{url}?mode=rwc")
    }
}

fn is_unique_violation(error: &sqlx::Error) -> bool {
    error
        .as_database_error()
        .is_some_and(|e| e.is_unique_violation())
}

impl Db {
    /// Connects, creating an SQLite file if needed, and applies every pending migration. Without
    /// a data key: enough for offices, kiosks and users; the visitors' columns are refused.
    pub async fn open(url: &str) -> Result<Db, StorageError> {
        sqlx::any::install_default_drivers();
        let backend = Backend::of(url)?;
        let (url, connections) = match backend {
            Backend::Sqlite => {
                prepare_sqlite_file(url)?;
                (sqlite_url(url), 8)
            }
            Backend::Postgres => (url.to_owned(), 16),
        };
        let mut options = AnyPoolOptions::new()
            .max_connections(connections)
            .acquire_timeout(Duration::from_secs(10));
        if backend == Backend::Sqlite {
            // Per connection: deleted and overwritten content is zeroed, not left in free space.
            options = options.after_connect(|conn, _| {
                Box::pin(async move {
                    sqlx::query("PRAGMA secure_delete = ON")
                        .execute(&mut *conn)
                        .await?;
                    Ok(())
                })
            });
        }
        let pool = options.connect(&url).await?;
        if backend == Backend::Sqlite {
            // Persistent in the file: readers never wait for the writer.
            sqlx::query("PRAGMA journal_mode = WAL")
                .execute(&pool)
                .await?;
        }
        let db = Db {
            pool,
            backend,
            keys: None,
        };
        db.migrate().await?;
        Ok(db)
    }

    /// [`Db::open`] with the data key: checks that the database is sealed under it (or, during
    /// `rekey`, under one of its older keys), and seals any row written before sealing existed.
    pub async fn open_sealed(url: &str, keys: Keyring) -> Result<Db, StorageError> {
        let mut db = Db::open(url).await?;
        db.keys = Some(Arc::new(keys));
        db.check_and_seal_legacy().await?;
        Ok(db)
    }

    async fn migrate(&self) -> Result<(), StorageError> {
        let migrations = MIGRATIONS
            .iter()
            .map(|(version, description, sql)| {
                Migration::new(
                    *version,
                    Cow::Borrowed(*description),
                    MigrationType::Simple,
                    sql.into_sql_str(),
                    false,
                )
            })
            .collect();
        Migrator::with_migrations(migrations)
            .run(&self.pool)
            .await?;
        Ok(())
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// `/readyz`: the database answers.
    pub async fn ping(&self) -> Result<(), StorageError> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }

    /// The highest applied migration (for tests and operators).
    pub async fn schema_version(&self) -> Result<i64, StorageError> {
        let row = sqlx::query("SELECT MAX(version) AS v FROM _sqlx_migrations")
            .fetch_one(&self.pool)
            .await?;
        Ok(row.try_get::<Option<i64>, _>("v")?.unwrap_or(0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backends_are_told_apart_by_scheme() {
        assert_eq!(Backend::of("sqlite://x.db").ok(), Some(Backend::Sqlite));
        assert_eq!(Backend::of("sqlite::memory:").ok(), Some(Backend::Sqlite));
        assert_eq!(
            Backend::of("postgres://u@h/db").ok(),
            Some(Backend::Postgres)
        );
        assert_eq!(
            Backend::of("postgresql://u@h/db").ok(),
            Some(Backend::Postgres)
        );
        assert!(Backend::of("mysql://x").is_err());
    }

    #[test]
    fn sqlite_files_are_created_when_missing() {
        assert_eq!(sqlite_url("sqlite://a.db"), "sqlite://a.db?mode=rwc");
        assert_eq!(
            sqlite_url("sqlite://a.db?cache=shared"),
            "sqlite://a.db?cache=shared&mode=rwc"
        );
        assert_eq!(sqlite_url("sqlite://a.db?mode=ro"), "sqlite://a.db?mode=ro");
    }

    #[test]
    fn statuses_round_trip() {
        for s in [Status::Provisional, Status::Accepted, Status::Returned] {
            assert_eq!(Status::from_code(s.code()), Some(s));
        }
        assert_eq!(Role::from_code("admin"), Some(Role::Admin));
        assert_eq!(Role::from_code("root"), None);
    }
}
