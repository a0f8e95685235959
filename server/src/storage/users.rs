//! Staff users and the sessions of both sign-ins (counter and My Page).

use sqlx::any::AnyRow;
use sqlx::{FromRow, Row};

use super::{is_unique_violation, Db, StorageError};

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

impl FromRow<'_, AnyRow> for User {
    fn from_row(r: &AnyRow) -> Result<User, sqlx::Error> {
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

impl FromRow<'_, AnyRow> for SessionRecord {
    fn from_row(r: &AnyRow) -> Result<SessionRecord, sqlx::Error> {
        Ok(SessionRecord {
            subject: r.try_get("subject")?,
            csrf: r.try_get("csrf")?,
            expires_at: r.try_get("expires_at")?,
        })
    }
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
        Ok(sqlx::query_as(
            "SELECT id, login, display_name, role, office_code, password_hash FROM users
             WHERE login = $1 AND disabled_at IS NULL",
        )
        .bind(login)
        .fetch_optional(&self.pool)
        .await?)
    }

    pub async fn user(&self, id: &str) -> Result<Option<User>, StorageError> {
        Ok(sqlx::query_as(
            "SELECT id, login, display_name, role, office_code, password_hash FROM users
             WHERE id = $1 AND disabled_at IS NULL",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?)
    }

    /// Sets a user's password and ends every session of theirs, in one transaction: whoever
    /// knew the old password is signed out. `false`: no such login.
    pub async fn set_user_password(
        &self,
        login: &str,
        password_hash: &str,
    ) -> Result<bool, StorageError> {
        let mut tx = self.pool.begin().await?;
        let id =
            sqlx::query_scalar("UPDATE users SET password_hash = $1 WHERE login = $2 RETURNING id")
                .bind(password_hash)
                .bind(login)
                .fetch_optional(&mut *tx)
                .await?;
        signed_out(tx, id).await
    }

    /// Disables a user and ends their sessions at once, in one transaction. `false`: no such
    /// login, or already disabled.
    pub async fn disable_user(&self, login: &str, now: i64) -> Result<bool, StorageError> {
        let mut tx = self.pool.begin().await?;
        let id = sqlx::query_scalar(
            "UPDATE users SET disabled_at = $1 WHERE login = $2 AND disabled_at IS NULL RETURNING id",
        )
        .bind(now)
        .bind(login)
        .fetch_optional(&mut *tx)
        .await?;
        signed_out(tx, id).await
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
        Ok(sqlx::query_as(
            "UPDATE sessions SET last_seen_at = $3
             WHERE id_hash = $1 AND kind = $2 AND expires_at > $3 AND last_seen_at > $4
             RETURNING subject, csrf, expires_at",
        )
        .bind(id_hash)
        .bind(kind.code())
        .bind(now)
        .bind(now - idle_seconds)
        .fetch_optional(&self.pool)
        .await?)
    }

    pub async fn delete_session(&self, id_hash: &str) -> Result<(), StorageError> {
        sqlx::query("DELETE FROM sessions WHERE id_hash = $1")
            .bind(id_hash)
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}

/// After a change to user `id` in `tx` (none: no such user, nothing changed): ends their counter
/// sessions and commits. Whether there was a user.
async fn signed_out(
    mut tx: sqlx::Transaction<'_, sqlx::Any>,
    id: Option<String>,
) -> Result<bool, StorageError> {
    let Some(id) = id else {
        return Ok(false);
    };
    end_staff_sessions_in(&mut tx, &id).await?;
    tx.commit().await?;
    Ok(true)
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
