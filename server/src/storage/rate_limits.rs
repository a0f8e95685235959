//! The rate-limit buckets shared by every process on the database (see [`crate::ratelimit`]).

use sqlx::Row;

use super::{Db, StorageError};

impl Db {
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
}
