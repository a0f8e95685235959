//! Group commit for intake: applications arriving at once share one durable commit.
//!
//! Each stored application used to cost its own commit (an fsync on SQLite, a WAL flush on
//! PostgreSQL), so a lobby's kiosks draining their queues after an outage waited on the disk one
//! by one. Here a single writer task takes every application waiting when it is free, writes them
//! in one transaction ([`Db::insert_applications`]) and answers each request only after that
//! commit: a kiosk is never told "stored" before its row is durable, and a crash before the commit
//! loses only answers the kiosks have not had, so they send again and exactly-once holds. A
//! lone application is committed at once, without waiting for company.
//!
//! If the writer is gone (it never should be), a request stores its row by itself.

use std::sync::OnceLock;

use tokio::sync::{mpsc, oneshot};

use crate::storage::{Db, NewApplication, StorageError, Stored};

/// Most applications one commit takes: enough for a burst of a whole office's kiosks, small
/// enough that one transaction stays short.
pub const MAX_BATCH: usize = 64;
/// Requests that may wait for the writer before a sender waits for room.
const QUEUE: usize = 1024;

struct Job {
    new: NewApplication,
    answer: oneshot::Sender<Result<Stored, StorageError>>,
}

/// The intake's writer, started on first use (inside the server's runtime).
#[derive(Clone, Default)]
pub struct GroupCommit {
    jobs: std::sync::Arc<OnceLock<mpsc::Sender<Job>>>,
}

impl GroupCommit {
    /// Stores one application, answering once the commit that holds it is durable.
    pub async fn store(&self, db: &Db, new: NewApplication) -> Result<Stored, StorageError> {
        let jobs = self.jobs.get_or_init(|| {
            let (tx, rx) = mpsc::channel(QUEUE);
            tokio::spawn(write(db.clone(), rx));
            tx
        });
        let (answer, answered) = oneshot::channel();
        match jobs.send(Job { new, answer }).await {
            Ok(()) => match answered.await {
                Ok(stored) => stored,
                Err(_) => Err(StorageError::Commit(
                    "the intake writer stopped before answering".into(),
                )),
            },
            Err(mpsc::error::SendError(job)) => {
                tracing::warn!("the intake writer is gone; storing alone");
                db.insert_application(&job.new).await
            }
        }
    }
}

/// The writer: every application waiting when it is free goes into one transaction.
async fn write(db: Db, mut jobs: mpsc::Receiver<Job>) {
    while let Some(first) = jobs.recv().await {
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match jobs.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        let rows: Vec<NewApplication> = batch.iter().map(|job| job.new.clone()).collect();
        match db.insert_applications(&rows).await {
            Ok(answers) => {
                for (job, stored) in batch.into_iter().zip(answers) {
                    let _ = job.answer.send(stored);
                }
            }
            Err(e) => {
                // Nothing of the batch is stored; every kiosk in it hears an error and sends again.
                tracing::warn!(rows = rows.len(), "a group commit failed: {e}");
                let why = e.to_string();
                for job in batch {
                    let _ = job.answer.send(Err(StorageError::Commit(why.clone())));
                }
            }
        }
    }
}
