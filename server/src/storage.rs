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

use std::borrow::Cow;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use sqlx::any::{AnyPoolOptions, AnyRow};
use sqlx::migrate::{Migration, MigrationType, Migrator};
use sqlx::{AnyPool, Row, SqlSafeStr as _};
use thiserror::Error;

use crate::change_record::{
    Actor, AuditAction, AuditEntry, ChangedField, FieldChange, PendingChange,
};
use crate::sealed::{Field, Keyring, Lookup, SealError};

/// The schema, oldest first. Never edit an applied entry; append a new one.
const MIGRATIONS: &[(i64, &str, &str)] = &[
    (1, "initial", include_str!("../migrations/0001_initial.sql")),
    (
        2,
        "scorecard decided",
        include_str!("../migrations/0002_scorecard_decided.sql"),
    ),
    (
        3,
        "pending email",
        include_str!("../migrations/0003_pending_email.sql"),
    ),
    (
        4,
        "rate limits",
        include_str!("../migrations/0004_rate_limits.sql"),
    ),
    (
        5,
        "phone proof",
        include_str!("../migrations/0005_phone_proof.sql"),
    ),
    (
        6,
        "sessions idle",
        include_str!("../migrations/0006_sessions_idle.sql"),
    ),
    (
        7,
        "pending changes",
        include_str!("../migrations/0007_pending_changes.sql"),
    ),
    (
        8,
        "sealed fields",
        include_str!("../migrations/0008_sealed_fields.sql"),
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

// ---------------------------------------------------------------------------------------------
// Sealing

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
    fn keys(&self) -> Result<&Keyring, StorageError> {
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

    fn open_opt(
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
    async fn check_and_seal_legacy(&self) -> Result<(), StorageError> {
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

// ---------------------------------------------------------------------------------------------
// Offices

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Office {
    pub code: String,
    pub name: String,
}

impl Db {
    /// Creates the office unless it exists; returns whether it was created.
    pub async fn ensure_office(
        &self,
        code: &str,
        name: &str,
        now: i64,
    ) -> Result<bool, StorageError> {
        let done = sqlx::query(
            "INSERT INTO offices (code, name, last_serial, created_at) VALUES ($1, $2, 0, $3)
             ON CONFLICT (code) DO NOTHING",
        )
        .bind(code)
        .bind(name)
        .bind(now)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    pub async fn office(&self, code: &str) -> Result<Option<Office>, StorageError> {
        let row = sqlx::query("SELECT code, name FROM offices WHERE code = $1")
            .bind(code)
            .fetch_optional(&self.pool)
            .await?;
        row.map(|r| office_of(&r)).transpose()
    }

    pub async fn offices(&self) -> Result<Vec<Office>, StorageError> {
        let rows = sqlx::query("SELECT code, name FROM offices ORDER BY code")
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(office_of).collect()
    }
}

fn office_of(row: &AnyRow) -> Result<Office, StorageError> {
    Ok(Office {
        code: row.try_get("code")?,
        name: row.try_get("name")?,
    })
}

// ---------------------------------------------------------------------------------------------
// Kiosks

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
        let row = sqlx::query(
            "SELECT kiosk_id, office_code FROM kiosks
             WHERE token_hash = $1 AND revoked_at IS NULL AND kiosk_id IS NOT NULL",
        )
        .bind(token_hash)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|r| {
            Ok(KioskIdentity {
                kiosk_id: r.try_get("kiosk_id")?,
                office_code: r.try_get("office_code")?,
            })
        })
        .transpose()
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
        version: &str,
        queue_depth: i64,
        last_error: Option<&str>,
        now: i64,
    ) -> Result<(), StorageError> {
        sqlx::query(
            "UPDATE kiosks SET last_heartbeat_at = $1, version = $2, queue_depth = $3, last_error = $4
             WHERE kiosk_id = $5 AND revoked_at IS NULL",
        )
        .bind(now)
        .bind(version)
        .bind(queue_depth)
        .bind(last_error.map(str::to_owned))
        .bind(kiosk_id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Kiosks of one office, or of every office when `office` is `None`; revoked ones left out.
    pub async fn kiosks(&self, office: Option<&str>) -> Result<Vec<KioskRecord>, StorageError> {
        let rows = sqlx::query(
            "SELECT id, office_code, name, kiosk_id, enrolled_at, enrolment_expires_at, revoked_at,
                    last_heartbeat_at, version, queue_depth, last_error
             FROM kiosks
             WHERE revoked_at IS NULL AND ($1 = '' OR office_code = $1)
             ORDER BY office_code, name, id",
        )
        .bind(office.unwrap_or(""))
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
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
                })
            })
            .collect()
    }
}

// ---------------------------------------------------------------------------------------------
// Applications

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

impl Db {
    /// A stored row as handlers see it: the sealed columns opened.
    fn application_of(&self, r: &AnyRow) -> Result<ApplicationRecord, StorageError> {
        let status: String = r.try_get("status")?;
        let id: String = r.try_get("id")?;
        let application_json = self.open_field(
            Field::ApplicationJson,
            &id,
            &r.try_get::<String, _>("application_json")?,
        )?;
        let findings_json = self.open_field(
            Field::FindingsJson,
            &id,
            &r.try_get::<String, _>("findings_json")?,
        )?;
        let return_reason = self.open_opt(Field::ReturnReason, &id, r.try_get("return_reason")?)?;
        let login_email = self.open_opt(Field::LoginEmail, &id, r.try_get("login_email")?)?;
        let pending_email = self.open_opt(Field::PendingEmail, &id, r.try_get("pending_email")?)?;
        application_record(
            r,
            id,
            status,
            application_json,
            findings_json,
            return_reason,
            login_email,
            pending_email,
        )
    }
}

#[allow(clippy::too_many_arguments)]
fn application_record(
    r: &AnyRow,
    id: String,
    status: String,
    application_json: String,
    findings_json: String,
    return_reason: Option<String>,
    login_email: Option<String>,
    pending_email: Option<String>,
) -> Result<ApplicationRecord, StorageError> {
    Ok(ApplicationRecord {
        id,
        kiosk_id: r.try_get("kiosk_id")?,
        office_code: r.try_get("office_code")?,
        receipt: r.try_get("receipt")?,
        token_expires_at: r.try_get("token_expires_at")?,
        language: r.try_get("language")?,
        application_json,
        findings_json,
        submitted_at: r.try_get("submitted_at")?,
        received_at: r.try_get("received_at")?,
        status: Status::from_code(&status).unwrap_or(Status::Provisional),
        identity_checked_at: r.try_get("identity_checked_at")?,
        identity_document: r.try_get("identity_document")?,
        identity_checked_by: r.try_get("identity_checked_by")?,
        decided_at: r.try_get("decided_at")?,
        decided_by: r.try_get("decided_by")?,
        job_seeker_number: r.try_get("job_seeker_number")?,
        return_reason,
        email_code_hash: r.try_get("email_code_hash")?,
        email_code_expires_at: r.try_get("email_code_expires_at")?,
        email_code_attempts: r.try_get("email_code_attempts")?,
        email_verified_at: r.try_get("email_verified_at")?,
        login_email,
        password_hash: r.try_get("password_hash")?,
        my_page_opened_at: r.try_get("my_page_opened_at")?,
        pending_email,
        updated_at: r.try_get("updated_at")?,
    })
}

/// What the phone proved for an application (table `phone_proofs`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PhoneProof {
    /// SHA-256 of the secret in the proven browser's cookie.
    pub binding_hash: Option<String>,
    pub binding_expires_at: Option<i64>,
    /// Wrong (and right) birth dates typed so far.
    pub birth_attempts: i64,
}

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
    /// Stores an application once per (kiosk, idempotency key); concurrent duplicates make one row.
    pub async fn insert_application(&self, new: &NewApplication) -> Result<Stored, StorageError> {
        let inserted = sqlx::query(
            "INSERT INTO applications (id, kiosk_id, idempotency_key, body_hash, office_code, receipt,
                 token_hash, token_expires_at, language, application_json, findings_json, submitted_at,
                 received_at, status, email_code_attempts, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 'provisional', 0, $13)
             ON CONFLICT DO NOTHING",
        )
        .bind(&new.id)
        .bind(&new.kiosk_id)
        .bind(&new.idempotency_key)
        .bind(&new.body_hash)
        .bind(&new.office_code)
        .bind(&new.receipt)
        .bind(&new.token_hash)
        .bind(new.token_expires_at)
        .bind(&new.language)
        .bind(self.seal(Field::ApplicationJson, &new.id, &new.application_json)?)
        .bind(self.seal(Field::FindingsJson, &new.id, &new.findings_json)?)
        .bind(&new.submitted_at)
        .bind(new.received_at)
        .execute(&self.pool)
        .await?;
        if inserted.rows_affected() == 1 {
            return Ok(Stored::Created);
        }
        let existing = sqlx::query(
            "SELECT id, receipt, body_hash FROM applications WHERE kiosk_id = $1 AND idempotency_key = $2",
        )
        .bind(&new.kiosk_id)
        .bind(&new.idempotency_key)
        .fetch_optional(&self.pool)
        .await?;
        match existing {
            Some(row) => Ok(Stored::Existing {
                id: row.try_get("id")?,
                receipt: row.try_get("receipt")?,
                body_hash: row.try_get("body_hash")?,
            }),
            None => Ok(Stored::TokenTaken),
        }
    }

    /// (id, receipt, body hash) stored under a kiosk's idempotency key.
    pub async fn application_by_key(
        &self,
        kiosk_id: &str,
        idempotency_key: &str,
    ) -> Result<Option<(String, String, String)>, StorageError> {
        let row = sqlx::query(
            "SELECT id, receipt, body_hash FROM applications WHERE kiosk_id = $1 AND idempotency_key = $2",
        )
        .bind(kiosk_id)
        .bind(idempotency_key)
        .fetch_optional(&self.pool)
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

    pub async fn count_applications(&self) -> Result<i64, StorageError> {
        let row = sqlx::query("SELECT COUNT(*) AS n FROM applications")
            .fetch_one(&self.pool)
            .await?;
        Ok(row.try_get("n")?)
    }

    pub async fn application(&self, id: &str) -> Result<Option<ApplicationRecord>, StorageError> {
        let row = sqlx::query(concat!(
            "SELECT ",
            application_columns!(),
            " FROM applications WHERE id = $1 AND erased_at IS NULL"
        ))
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(|r| self.application_of(r)).transpose()
    }

    pub async fn application_by_token(
        &self,
        token_hash: &str,
    ) -> Result<Option<ApplicationRecord>, StorageError> {
        let row = sqlx::query(concat!(
            "SELECT ",
            application_columns!(),
            " FROM applications WHERE token_hash = $1 AND erased_at IS NULL"
        ))
        .bind(token_hash)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(|r| self.application_of(r)).transpose()
    }

    /// Applications with an open My Page under this email (sign-in candidates), newest first.
    pub async fn applications_by_login(
        &self,
        login_email: &str,
    ) -> Result<Vec<ApplicationRecord>, StorageError> {
        let rows = sqlx::query(concat!(
            "SELECT ",
            application_columns!(),
            " FROM applications WHERE login_email_hash = $1 AND password_hash IS NOT NULL
              ORDER BY received_at DESC LIMIT 5"
        ))
        .bind(self.lookup_hash(Lookup::Login, login_email)?)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(|r| self.application_of(r)).collect()
    }

    /// An office's applications received in `[from, to)`, newest first; optionally one receipt.
    pub async fn applications_received(
        &self,
        office_code: &str,
        from: i64,
        to: i64,
        receipt: Option<&str>,
    ) -> Result<Vec<ApplicationRecord>, StorageError> {
        let rows = sqlx::query(concat!(
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
        rows.iter().map(|r| self.application_of(r)).collect()
    }

    /// Stores a fresh email code (hash) and resets the attempt counter.
    pub async fn set_email_code(
        &self,
        id: &str,
        code_hash: &str,
        expires_at: i64,
        now: i64,
    ) -> Result<(), StorageError> {
        sqlx::query(
            "UPDATE applications SET email_code_hash = $1, email_code_expires_at = $2,
                 email_code_attempts = 0, updated_at = $3
             WHERE id = $4 AND password_hash IS NULL",
        )
        .bind(code_hash)
        .bind(expires_at)
        .bind(now)
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Counts one attempt at the email code; returns the attempts made so far, this one included.
    pub async fn count_email_attempt(&self, id: &str, now: i64) -> Result<i64, StorageError> {
        let row = sqlx::query(
            "UPDATE applications SET email_code_attempts = email_code_attempts + 1, updated_at = $1
             WHERE id = $2 RETURNING email_code_attempts",
        )
        .bind(now)
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        Ok(match row {
            Some(r) => r.try_get("email_code_attempts")?,
            None => 0,
        })
    }

    pub async fn mark_email_verified(&self, id: &str, now: i64) -> Result<(), StorageError> {
        sqlx::query(
            "UPDATE applications SET email_verified_at = $1, email_code_hash = NULL,
                 email_code_expires_at = NULL, updated_at = $1
             WHERE id = $2",
        )
        .bind(now)
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Sets the My Page password once: true if this call set it, false if it was already set
    /// (the token is spent), the email is not yet proven, or `binding_hash` is not the live
    /// binding of the browser that proved it (checked in the same statement, so a binding
    /// replaced meanwhile does not count). The binding ends with it.
    pub async fn open_my_page(
        &self,
        id: &str,
        login_email: &str,
        password_hash: &str,
        binding_hash: &str,
        now: i64,
    ) -> Result<bool, StorageError> {
        let done = sqlx::query(
            "UPDATE applications SET password_hash = $1, login_email = $2, my_page_opened_at = $3,
                 updated_at = $3, login_email_hash = $5
             WHERE id = $4 AND password_hash IS NULL AND email_verified_at IS NOT NULL
               AND EXISTS (SELECT 1 FROM phone_proofs p WHERE p.application_id = $4
                           AND p.binding_hash = $6 AND p.binding_expires_at > $3)",
        )
        .bind(password_hash)
        .bind(self.seal(Field::LoginEmail, id, login_email)?)
        .bind(now)
        .bind(id)
        .bind(self.lookup_hash(Lookup::Login, login_email)?)
        .bind(binding_hash)
        .execute(&self.pool)
        .await?;
        let opened = done.rows_affected() == 1;
        if opened {
            sqlx::query(
                "UPDATE phone_proofs SET binding_hash = NULL, binding_expires_at = NULL, updated_at = $1
                 WHERE application_id = $2",
            )
            .bind(now)
            .bind(id)
            .execute(&self.pool)
            .await?;
        }
        Ok(opened)
    }

    /// The phone proof kept for an application: its browser binding and wrong birth dates
    /// (nothing yet: no binding, no attempts).
    pub async fn phone_proof(&self, id: &str) -> Result<PhoneProof, StorageError> {
        let row = sqlx::query(
            "SELECT binding_hash, binding_expires_at, birth_attempts FROM phone_proofs
             WHERE application_id = $1",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        Ok(match row {
            Some(r) => PhoneProof {
                binding_hash: r.try_get("binding_hash")?,
                binding_expires_at: r.try_get("binding_expires_at")?,
                birth_attempts: r.try_get("birth_attempts")?,
            },
            None => PhoneProof::default(),
        })
    }

    /// Counts one birth-date attempt in one statement (concurrent tries each count); returns
    /// the attempts made so far, this one included.
    pub async fn count_birth_attempt(&self, id: &str, now: i64) -> Result<i64, StorageError> {
        let row = sqlx::query(
            "INSERT INTO phone_proofs (application_id, birth_attempts, updated_at) VALUES ($1, 1, $2)
             ON CONFLICT (application_id)
             DO UPDATE SET birth_attempts = phone_proofs.birth_attempts + 1, updated_at = excluded.updated_at
             RETURNING birth_attempts",
        )
        .bind(id)
        .bind(now)
        .fetch_one(&self.pool)
        .await?;
        Ok(row.try_get("birth_attempts")?)
    }

    /// Binds the browser that just proved itself: the hash of its cookie's secret, until
    /// `expires_at`. Replaces an earlier binding.
    pub async fn bind_phone(
        &self,
        id: &str,
        binding_hash: &str,
        expires_at: i64,
        now: i64,
    ) -> Result<(), StorageError> {
        sqlx::query(
            "INSERT INTO phone_proofs (application_id, binding_hash, binding_expires_at, updated_at)
             VALUES ($1, $2, $3, $4)
             ON CONFLICT (application_id)
             DO UPDATE SET binding_hash = excluded.binding_hash,
                 binding_expires_at = excluded.binding_expires_at, updated_at = excluded.updated_at",
        )
        .bind(id)
        .bind(binding_hash)
        .bind(expires_at)
        .bind(now)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Starts a change of the My Page email address: the new address waits with a fresh code
    /// (hash) and a reset attempt counter. Only for an opened My Page.
    pub async fn set_pending_email(
        &self,
        id: &str,
        email: &str,
        code_hash: &str,
        expires_at: i64,
        now: i64,
    ) -> Result<(), StorageError> {
        sqlx::query(
            "UPDATE applications SET pending_email = $1, email_code_hash = $2,
                 email_code_expires_at = $3, email_code_attempts = 0, updated_at = $4,
                 pending_email_hash = $6
             WHERE id = $5 AND password_hash IS NOT NULL",
        )
        .bind(self.seal(Field::PendingEmail, id, email)?)
        .bind(code_hash)
        .bind(expires_at)
        .bind(now)
        .bind(id)
        .bind(self.lookup_hash(Lookup::PendingEmail, email)?)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Ends a change of email address: the application (with the new address in it) and the
    /// sign-in change together, only if `email` is still the address waiting. False when
    /// another change replaced it meanwhile.
    pub async fn change_email(
        &self,
        id: &str,
        email: &str,
        login: &str,
        application_json: &str,
        now: i64,
    ) -> Result<bool, StorageError> {
        let done = sqlx::query(
            "UPDATE applications SET application_json = $1, login_email = $2, email_verified_at = $3,
                 pending_email = NULL, pending_email_hash = NULL, email_code_hash = NULL,
                 email_code_expires_at = NULL, updated_at = $3, login_email_hash = $6
             WHERE id = $4 AND pending_email_hash = $5",
        )
        .bind(self.seal(Field::ApplicationJson, id, application_json)?)
        .bind(self.seal(Field::LoginEmail, id, login)?)
        .bind(now)
        .bind(id)
        .bind(self.lookup_hash(Lookup::PendingEmail, email)?)
        .bind(self.lookup_hash(Lookup::Login, login)?)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
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

    /// Takes a token from a shared rate-limit bucket in one transaction, so processes sharing the
    /// database count together. `decide` gets the stored bucket (`(tokens_micro, at_ns)`, none
    /// the first time) and answers the bucket to store and the verdict. Buckets untouched since
    /// `forget_before_ns` are deleted on the way.
    pub async fn take_rate_token<T>(
        &self,
        kind: &str,
        key_hash: &str,
        forget_before_ns: i64,
        decide: impl FnOnce(Option<(i64, i64)>) -> ((i64, i64), T),
    ) -> Result<T, StorageError> {
        let mut tx = self.pool.begin().await?;
        // A write first: SQLite's write lock, PostgreSQL's row lock, before the bucket is read.
        sqlx::query("DELETE FROM rate_limits WHERE at_ns < $1")
            .bind(forget_before_ns)
            .execute(&mut *tx)
            .await?;
        sqlx::query("UPDATE rate_limits SET at_ns = at_ns WHERE kind = $1 AND key_hash = $2")
            .bind(kind)
            .bind(key_hash)
            .execute(&mut *tx)
            .await?;
        let stored = sqlx::query(
            "SELECT tokens_micro, at_ns FROM rate_limits WHERE kind = $1 AND key_hash = $2",
        )
        .bind(kind)
        .bind(key_hash)
        .fetch_optional(&mut *tx)
        .await?
        .map(|r| -> Result<(i64, i64), sqlx::Error> {
            Ok((r.try_get("tokens_micro")?, r.try_get("at_ns")?))
        })
        .transpose()?;
        let ((tokens, at), verdict) = decide(stored);
        sqlx::query(
            "INSERT INTO rate_limits (kind, key_hash, tokens_micro, at_ns) VALUES ($1, $2, $3, $4)
             ON CONFLICT (kind, key_hash)
             DO UPDATE SET tokens_micro = excluded.tokens_micro, at_ns = excluded.at_ns",
        )
        .bind(kind)
        .bind(key_hash)
        .bind(tokens)
        .bind(at)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(verdict)
    }

    /// A shared rate-limit bucket as stored (`(tokens_micro, at_ns)`), read only.
    pub async fn rate_bucket(
        &self,
        kind: &str,
        key_hash: &str,
    ) -> Result<Option<(i64, i64)>, StorageError> {
        let row = sqlx::query(
            "SELECT tokens_micro, at_ns FROM rate_limits WHERE kind = $1 AND key_hash = $2",
        )
        .bind(kind)
        .bind(key_hash)
        .fetch_optional(&self.pool)
        .await?;
        Ok(match row {
            Some(r) => Some((r.try_get("tokens_micro")?, r.try_get("at_ns")?)),
            None => None,
        })
    }

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

/// Every column with a visitor's details emptied; what the scorecard and a kiosk's repeated send
/// need is kept (see [`crate::retention`]).
const ERASE_SET: &str = "application_json = '', findings_json = '', return_reason = NULL,
     login_email = NULL, login_email_hash = NULL, pending_email = NULL, pending_email_hash = NULL,
     password_hash = NULL, email_code_hash = NULL, email_code_expires_at = NULL,
     identity_document = NULL, job_seeker_number = NULL, erased_at = $1, updated_at = $1";

/// Rows erased per statement, so a first run over a large table does not hold the write lock
/// for long.
const ERASE_BATCH: i64 = 1_000;

impl Db {
    /// Erases applications never accepted and received before `received_before`.
    pub async fn erase_unaccepted(
        &self,
        received_before: i64,
        now: i64,
    ) -> Result<u64, StorageError> {
        self.erase_where(
            "erased_at IS NULL AND status <> 'accepted' AND received_at < $2",
            received_before,
            now,
        )
        .await
    }

    /// Erases accepted applications decided at or before `decided_by`.
    pub async fn erase_accepted(&self, decided_by: i64, now: i64) -> Result<u64, StorageError> {
        self.erase_where(
            "erased_at IS NULL AND status = 'accepted' AND decided_at <= $2",
            decided_by,
            now,
        )
        .await
    }

    async fn erase_where(&self, filter: &str, before: i64, now: i64) -> Result<u64, StorageError> {
        let sql = format!(
            "UPDATE applications SET {ERASE_SET}
             WHERE id IN (SELECT id FROM applications WHERE {filter} LIMIT {ERASE_BATCH})"
        );
        let mut total = 0;
        loop {
            let done = sqlx::query(sqlx::AssertSqlSafe(sql.clone()))
                .bind(now)
                .bind(before)
                .execute(&self.pool)
                .await?
                .rows_affected();
            total += done;
            if done == 0 {
                // What was asked or recorded about an erased application goes with it.
                for table in ["pending_changes", "change_audit", "phone_proofs"] {
                    sqlx::query(sqlx::AssertSqlSafe(format!(
                        "DELETE FROM {table} WHERE application_id IN
                         (SELECT id FROM applications WHERE erased_at IS NOT NULL)"
                    )))
                    .execute(&self.pool)
                    .await?;
                }
                return Ok(total);
            }
        }
    }

    /// Whether the application with this id was erased (for tests and operators).
    pub async fn erased_at(&self, id: &str) -> Result<Option<i64>, StorageError> {
        let row = sqlx::query("SELECT erased_at FROM applications WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(match row {
            Some(r) => r.try_get("erased_at")?,
            None => None,
        })
    }
}

// ---------------------------------------------------------------------------------------------
// Surveys

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SurveyRecord {
    pub receipt: String,
    pub score: i64,
    pub reason: String,
}

impl Db {
    /// Stores the first answer per (kiosk, receipt); returns whether this call stored it and the
    /// answer that stands.
    pub async fn insert_survey(
        &self,
        kiosk_id: &str,
        office_code: &str,
        survey: &SurveyRecord,
        now: i64,
    ) -> Result<(bool, SurveyRecord), StorageError> {
        let done = sqlx::query(
            "INSERT INTO surveys (kiosk_id, receipt, office_code, score, reason, created_at)
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
        )
        .bind(kiosk_id)
        .bind(&survey.receipt)
        .bind(office_code)
        .bind(survey.score)
        .bind(&survey.reason)
        .bind(now)
        .execute(&self.pool)
        .await?;
        let row = sqlx::query(
            "SELECT receipt, score, reason FROM surveys WHERE kiosk_id = $1 AND receipt = $2",
        )
        .bind(kiosk_id)
        .bind(&survey.receipt)
        .fetch_one(&self.pool)
        .await?;
        Ok((
            done.rows_affected() == 1,
            SurveyRecord {
                receipt: row.try_get("receipt")?,
                score: row.try_get("score")?,
                reason: row.try_get("reason")?,
            },
        ))
    }
}

// ---------------------------------------------------------------------------------------------
// Scorecard counts

/// Raw counts for one office over `[from, to)`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PeriodCounts {
    pub applications: i64,
    pub my_pages_opened: i64,
    pub accepted: i64,
    /// Answers per score 1..=5 (index 0 is score 1).
    pub scores: [i64; 5],
    /// Answers per reason code.
    pub reasons: Vec<(String, i64)>,
}

impl Db {
    pub async fn period_counts(
        &self,
        office_code: &str,
        from: i64,
        to: i64,
    ) -> Result<PeriodCounts, StorageError> {
        let count = |sql: &'static str| {
            sqlx::query(sql)
                .bind(office_code)
                .bind(from)
                .bind(to)
                .fetch_one(&self.pool)
        };
        let applications: i64 = count(
            "SELECT COUNT(*) AS n FROM applications WHERE office_code = $1 AND received_at >= $2 AND received_at < $3",
        )
        .await?
        .try_get("n")?;
        let my_pages_opened: i64 = count(
            "SELECT COUNT(*) AS n FROM applications
             WHERE office_code = $1 AND my_page_opened_at >= $2 AND my_page_opened_at < $3",
        )
        .await?
        .try_get("n")?;
        let accepted: i64 = count(
            "SELECT COUNT(*) AS n FROM applications
             WHERE office_code = $1 AND status = 'accepted' AND decided_at >= $2 AND decided_at < $3",
        )
        .await?
        .try_get("n")?;
        let mut scores = [0i64; 5];
        let rows = sqlx::query(
            "SELECT score, COUNT(*) AS n FROM surveys
             WHERE office_code = $1 AND created_at >= $2 AND created_at < $3 GROUP BY score",
        )
        .bind(office_code)
        .bind(from)
        .bind(to)
        .fetch_all(&self.pool)
        .await?;
        for row in &rows {
            let score: i64 = row.try_get("score")?;
            if let Some(slot) = usize::try_from(score - 1)
                .ok()
                .and_then(|i| scores.get_mut(i))
            {
                *slot = row.try_get("n")?;
            }
        }
        let rows = sqlx::query(
            "SELECT reason, COUNT(*) AS n FROM surveys
             WHERE office_code = $1 AND created_at >= $2 AND created_at < $3 GROUP BY reason ORDER BY reason",
        )
        .bind(office_code)
        .bind(from)
        .bind(to)
        .fetch_all(&self.pool)
        .await?;
        let reasons = rows
            .iter()
            .map(|r| Ok((r.try_get("reason")?, r.try_get("n")?)))
            .collect::<Result<_, StorageError>>()?;
        Ok(PeriodCounts {
            applications,
            my_pages_opened,
            accepted,
            scores,
            reasons,
        })
    }
}

// ---------------------------------------------------------------------------------------------
// Staff users and sessions

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Staff,
    Admin,
}

impl Role {
    pub fn code(self) -> &'static str {
        match self {
            Role::Staff => "staff",
            Role::Admin => "admin",
        }
    }

    pub fn from_code(code: &str) -> Option<Role> {
        match code {
            "staff" => Some(Role::Staff),
            "admin" => Some(Role::Admin),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct User {
    pub id: String,
    pub login: String,
    pub display_name: String,
    pub role: Role,
    pub office_code: Option<String>,
    pub password_hash: String,
}

fn user_of(r: &AnyRow) -> Result<User, StorageError> {
    let role: String = r.try_get("role")?;
    Ok(User {
        id: r.try_get("id")?,
        login: r.try_get("login")?,
        display_name: r.try_get("display_name")?,
        // An unknown role gets the least power.
        role: Role::from_code(&role).unwrap_or(Role::Staff),
        office_code: r.try_get("office_code")?,
        password_hash: r.try_get("password_hash")?,
    })
}

/// Which sign-in a session belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SessionKind {
    Staff,
    MyPage,
}

impl SessionKind {
    pub fn code(self) -> &'static str {
        match self {
            SessionKind::Staff => "staff",
            SessionKind::MyPage => "my-page",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionRecord {
    pub subject: String,
    pub csrf: String,
    pub expires_at: i64,
}

impl Db {
    pub async fn add_user(&self, user: &User, now: i64) -> Result<(), StorageError> {
        sqlx::query(
            "INSERT INTO users (id, login, display_name, role, office_code, password_hash, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(&user.id)
        .bind(&user.login)
        .bind(&user.display_name)
        .bind(user.role.code())
        .bind(user.office_code.clone())
        .bind(&user.password_hash)
        .bind(now)
        .execute(&self.pool)
        .await
        .map_err(|e| if is_unique_violation(&e) { StorageError::Taken } else { e.into() })?;
        Ok(())
    }

    pub async fn user_by_login(&self, login: &str) -> Result<Option<User>, StorageError> {
        let row = sqlx::query(
            "SELECT id, login, display_name, role, office_code, password_hash FROM users
             WHERE login = $1 AND disabled_at IS NULL",
        )
        .bind(login)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(user_of).transpose()
    }

    pub async fn user(&self, id: &str) -> Result<Option<User>, StorageError> {
        let row = sqlx::query(
            "SELECT id, login, display_name, role, office_code, password_hash FROM users
             WHERE id = $1 AND disabled_at IS NULL",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(user_of).transpose()
    }

    /// Sets a user's password and ends every session of theirs, in one transaction: whoever
    /// knew the old password is signed out. `false`: no such login.
    pub async fn set_user_password(
        &self,
        login: &str,
        password_hash: &str,
    ) -> Result<bool, StorageError> {
        let mut tx = self.pool.begin().await?;
        let row = sqlx::query("UPDATE users SET password_hash = $1 WHERE login = $2 RETURNING id")
            .bind(password_hash)
            .bind(login)
            .fetch_optional(&mut *tx)
            .await?;
        let Some(row) = row else {
            return Ok(false);
        };
        end_staff_sessions_in(&mut tx, &row.try_get::<String, _>("id")?).await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Disables a user and ends their sessions at once, in one transaction. `false`: no such
    /// login, or already disabled.
    pub async fn disable_user(&self, login: &str, now: i64) -> Result<bool, StorageError> {
        let mut tx = self.pool.begin().await?;
        let row = sqlx::query(
            "UPDATE users SET disabled_at = $1 WHERE login = $2 AND disabled_at IS NULL RETURNING id",
        )
        .bind(now)
        .bind(login)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(row) = row else {
            return Ok(false);
        };
        end_staff_sessions_in(&mut tx, &row.try_get::<String, _>("id")?).await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Ends every session of one subject (a user's id, or an application's for My Page), except
    /// the one whose hash is `keep`.
    pub async fn end_sessions_of(
        &self,
        kind: SessionKind,
        subject: &str,
        keep: Option<&str>,
    ) -> Result<u64, StorageError> {
        let done =
            sqlx::query("DELETE FROM sessions WHERE kind = $1 AND subject = $2 AND id_hash <> $3")
                .bind(kind.code())
                .bind(subject)
                .bind(keep.unwrap_or_default())
                .execute(&self.pool)
                .await?;
        Ok(done.rows_affected())
    }

    pub async fn create_session(
        &self,
        id_hash: &str,
        kind: SessionKind,
        subject: &str,
        csrf: &str,
        now: i64,
        expires_at: i64,
    ) -> Result<(), StorageError> {
        sqlx::query(
            "INSERT INTO sessions (id_hash, kind, subject, csrf, created_at, expires_at, last_seen_at)
             VALUES ($1, $2, $3, $4, $5, $6, $5)",
        )
        .bind(id_hash)
        .bind(kind.code())
        .bind(subject)
        .bind(csrf)
        .bind(now)
        .bind(expires_at)
        .execute(&self.pool)
        .await?;
        // Old sessions are swept as new ones are made (idle ones when the lookup refuses them).
        sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
            .bind(now)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// A live session, marked as seen now: not past its end, and used within the last
    /// `idle_seconds` (one statement, so two tabs cannot revive an idle session between them).
    pub async fn session(
        &self,
        id_hash: &str,
        kind: SessionKind,
        now: i64,
        idle_seconds: i64,
    ) -> Result<Option<SessionRecord>, StorageError> {
        let row = sqlx::query(
            "UPDATE sessions SET last_seen_at = $3
             WHERE id_hash = $1 AND kind = $2 AND expires_at > $3 AND last_seen_at > $4
             RETURNING subject, csrf, expires_at",
        )
        .bind(id_hash)
        .bind(kind.code())
        .bind(now)
        .bind(now - idle_seconds)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|r| {
            Ok(SessionRecord {
                subject: r.try_get("subject")?,
                csrf: r.try_get("csrf")?,
                expires_at: r.try_get("expires_at")?,
            })
        })
        .transpose()
    }

    pub async fn delete_session(&self, id_hash: &str) -> Result<(), StorageError> {
        sqlx::query("DELETE FROM sessions WHERE id_hash = $1")
            .bind(id_hash)
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}

/// Ends every counter session of user `id` inside `tx` (a password change, a disabled user).
async fn end_staff_sessions_in(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    id: &str,
) -> Result<(), StorageError> {
    sqlx::query("DELETE FROM sessions WHERE kind = $1 AND subject = $2")
        .bind(SessionKind::Staff.code())
        .bind(id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Pending changes and their audit (see pending_change.rs)

impl Db {
    /// A pending change as stored, its two values opened.
    fn pending_of(&self, r: &AnyRow) -> Result<Option<PendingChange>, StorageError> {
        let field: String = r.try_get("field")?;
        let Some(field) = ChangedField::from_code(&field) else {
            return Ok(None);
        };
        let id: String = r.try_get("id")?;
        Ok(Some(PendingChange {
            old: self.open_field(
                Field::PendingOld,
                &id,
                &r.try_get::<String, _>("old_value")?,
            )?,
            new: self.open_field(
                Field::PendingNew,
                &id,
                &r.try_get::<String, _>("new_value")?,
            )?,
            id,
            application_id: r.try_get("application_id")?,
            field,
            requested_at: r.try_get("requested_at")?,
        }))
    }

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

/// A decision on a pending change, as [`Db::decide_change`] takes it.
pub struct ChangeDecision<'a> {
    pub change_id: &'a str,
    pub application_id: &'a str,
    pub accept: bool,
    pub staff_login: &'a str,
    pub now: i64,
}

async fn audit_in(
    db: &Db,
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    application_id: &str,
    entry: &AuditEntry,
    id: &str,
) -> Result<(), StorageError> {
    let (kind, login) = entry.actor.stored();
    sqlx::query(
        "INSERT INTO change_audit (id, application_id, at, actor_kind, actor, action, field, old_value, new_value)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(id)
    .bind(application_id)
    .bind(entry.at)
    .bind(kind)
    .bind(login)
    .bind(entry.action.code())
    .bind(entry.field.code())
    .bind(db.seal(Field::AuditOld, id, &entry.old)?)
    .bind(db.seal(Field::AuditNew, id, &entry.new)?)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

impl Db {
    /// Saves a My Page edit: the application's JSON, the changes that wait for the counter
    /// (`requested`, each replacing an older request for its field) and the audit of every
    /// change (`applied` ones are already in the JSON), in one transaction. `ids` gives each
    /// change two fresh row ids (the request's and the audit line's).
    pub async fn save_my_page_edit(
        &self,
        application_id: &str,
        json: &str,
        applied: &[FieldChange],
        requested: &[FieldChange],
        now: i64,
        mut ids: impl FnMut() -> String,
    ) -> Result<(), StorageError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("UPDATE applications SET application_json = $1, updated_at = $2 WHERE id = $3")
            .bind(self.seal(Field::ApplicationJson, application_id, json)?)
            .bind(now)
            .bind(application_id)
            .execute(&mut *tx)
            .await?;
        for (changes, action) in [
            (applied, AuditAction::Applied),
            (requested, AuditAction::Requested),
        ] {
            for change in changes {
                if action == AuditAction::Requested {
                    sqlx::query(
                        "UPDATE pending_changes SET status = 'replaced', decided_at = $1
                         WHERE application_id = $2 AND field = $3 AND status = 'pending'",
                    )
                    .bind(now)
                    .bind(application_id)
                    .bind(change.field.code())
                    .execute(&mut *tx)
                    .await?;
                    let change_id = ids();
                    sqlx::query(
                        "INSERT INTO pending_changes (id, application_id, field, old_value, new_value, requested_at, status)
                         VALUES ($1, $2, $3, $4, $5, $6, 'pending')",
                    )
                    .bind(&change_id)
                    .bind(application_id)
                    .bind(change.field.code())
                    .bind(self.seal(Field::PendingOld, &change_id, &change.old)?)
                    .bind(self.seal(Field::PendingNew, &change_id, &change.new)?)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                }
                let entry = AuditEntry {
                    at: now,
                    actor: Actor::Visitor,
                    action,
                    field: change.field,
                    old: change.old.clone(),
                    new: change.new.clone(),
                };
                audit_in(self, &mut tx, application_id, &entry, &ids()).await?;
            }
        }
        tx.commit().await?;
        Ok(())
    }

    /// The changes of one application waiting for the counter, oldest first.
    pub async fn pending_changes(
        &self,
        application_id: &str,
    ) -> Result<Vec<PendingChange>, StorageError> {
        let rows = sqlx::query(
            "SELECT id, application_id, field, old_value, new_value, requested_at FROM pending_changes
             WHERE application_id = $1 AND status = 'pending' ORDER BY requested_at, field",
        )
        .bind(application_id)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .iter()
            .map(|r| self.pending_of(r))
            .collect::<Result<Vec<_>, _>>()?
            .into_iter()
            .flatten()
            .collect())
    }

    /// Accepts or refuses a pending change of `application_id`, once: accepting writes the new
    /// value into the application (through `apply`, which gets the application's JSON and the
    /// change and answers the new JSON). Both are audited. `Ok(None)`: no such pending change of
    /// that application (decided already, or another's).
    pub async fn decide_change(
        &self,
        decision: ChangeDecision<'_>,
        audit_id: &str,
        apply: impl FnOnce(&str, &PendingChange) -> Result<String, StorageError>,
    ) -> Result<Option<PendingChange>, StorageError> {
        let ChangeDecision {
            change_id,
            application_id,
            accept,
            staff_login,
            now,
        } = decision;
        let mut tx = self.pool.begin().await?;
        let row = sqlx::query(
            "UPDATE pending_changes SET status = $1, decided_at = $2, decided_by = $3
             WHERE id = $4 AND application_id = $5 AND status = 'pending'
             RETURNING id, application_id, field, old_value, new_value, requested_at",
        )
        .bind(if accept { "accepted" } else { "refused" })
        .bind(now)
        .bind(staff_login)
        .bind(change_id)
        .bind(application_id)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(change) = row
            .as_ref()
            .map(|r| self.pending_of(r))
            .transpose()?
            .flatten()
        else {
            return Ok(None);
        };
        if accept {
            let stored: String =
                sqlx::query("SELECT application_json FROM applications WHERE id = $1")
                    .bind(application_id)
                    .fetch_one(&mut *tx)
                    .await?
                    .try_get("application_json")?;
            let current = self.open_field(Field::ApplicationJson, application_id, &stored)?;
            let next = apply(&current, &change)?;
            sqlx::query(
                "UPDATE applications SET application_json = $1, updated_at = $2 WHERE id = $3",
            )
            .bind(self.seal(Field::ApplicationJson, application_id, &next)?)
            .bind(now)
            .bind(application_id)
            .execute(&mut *tx)
            .await?;
        }
        let entry = AuditEntry {
            at: now,
            actor: Actor::Staff(staff_login.to_owned()),
            action: if accept {
                AuditAction::Accepted
            } else {
                AuditAction::Refused
            },
            field: change.field,
            old: change.old.clone(),
            new: change.new.clone(),
        };
        audit_in(self, &mut tx, application_id, &entry, audit_id).await?;
        tx.commit().await?;
        Ok(Some(change))
    }

    /// The audit of one application's changes, oldest first.
    pub async fn change_audit(
        &self,
        application_id: &str,
    ) -> Result<Vec<AuditEntry>, StorageError> {
        let rows = sqlx::query(
            "SELECT id, at, actor_kind, actor, action, field, old_value, new_value FROM change_audit
             WHERE application_id = $1",
        )
        .bind(application_id)
        .fetch_all(&self.pool)
        .await?;
        let mut entries = Vec::with_capacity(rows.len());
        for r in &rows {
            let action: String = r.try_get("action")?;
            let field: String = r.try_get("field")?;
            let (Some(action), Some(field)) = (
                AuditAction::from_code(&action),
                ChangedField::from_code(&field),
            ) else {
                continue;
            };
            let kind: String = r.try_get("actor_kind")?;
            let login: String = r.try_get("actor")?;
            let id: String = r.try_get("id")?;
            entries.push(AuditEntry {
                at: r.try_get("at")?,
                actor: Actor::from_stored(&kind, &login),
                action,
                field,
                old: self.open_field(
                    Field::AuditOld,
                    &id,
                    &r.try_get::<String, _>("old_value")?,
                )?,
                new: self.open_field(
                    Field::AuditNew,
                    &id,
                    &r.try_get::<String, _>("new_value")?,
                )?,
            });
        }
        entries.sort_by_key(|e| (e.at, e.action.rank()));
        Ok(entries)
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
