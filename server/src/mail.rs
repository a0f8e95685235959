//! Outgoing mail: the code that proves a visitor's email address.
//!
//! In production mail goes through SMTP (`--smtp-url smtp://host:25`, `smtps://…` or
//! `smtp://…?tls=required`); in demo mode each message is written as an `.eml` file to a
//! directory, so a demo needs no mail server and the code can be read off the disk. A message
//! carries only the code and a greeting: no name, no receipt, nothing the application says.

use std::path::PathBuf;

use lettre::message::header::{ContentTransferEncoding, ContentType};
use lettre::message::{Body, Mailbox, SinglePart};
use lettre::{AsyncSmtpTransport, AsyncTransport as _, Message, Tokio1Executor};
use thiserror::Error;

#[derive(Debug, Error)]
#[non_exhaustive]
pub enum MailError {
    #[error("the address {0:?} is not a valid mailbox")]
    Address(String),
    #[error("the SMTP URL is not valid: {0}")]
    Url(String),
    #[error("the message could not be built: {0}")]
    Build(String),
    #[error("SMTP delivery failed: {0}")]
    Smtp(String),
    #[error("writing the mail file failed: {0}")]
    File(#[from] std::io::Error),
}

/// One plain-text message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mail {
    pub to: String,
    pub subject: String,
    pub body: String,
}

#[derive(Clone)]
pub enum Mailer {
    Smtp {
        transport: AsyncSmtpTransport<Tokio1Executor>,
        from: Mailbox,
    },
    /// Demo mode: every message becomes `<dir>/<unix-nanos>-<n>.eml`.
    Directory { dir: PathBuf, from: Mailbox },
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Mailer::Smtp { from, .. } => write!(f, "Mailer::Smtp(from {from})"),
            Mailer::Directory { dir, .. } => write!(f, "Mailer::Directory({})", dir.display()),
        }
    }
}

fn mailbox(address: &str) -> Result<Mailbox, MailError> {
    address
        .parse()
        .map_err(|_| MailError::Address(address.to_owned()))
}

impl Mailer {
    pub fn smtp(url: &str, from: &str) -> Result<Mailer, MailError> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| MailError::Url(e.to_string()))?
            .timeout(Some(std::time::Duration::from_secs(15)))
            .build();
        Ok(Mailer::Smtp {
            transport,
            from: mailbox(from)?,
        })
    }

    pub fn directory(dir: impl Into<PathBuf>, from: &str) -> Result<Mailer, MailError> {
        Ok(Mailer::Directory {
            dir: dir.into(),
            from: mailbox(from)?,
        })
    }

    fn message(from: &Mailbox, mail: &Mail) -> Result<Message, MailError> {
        Message::builder()
            .from(from.clone())
            .to(mailbox(&mail.to)?)
            .subject(mail.subject.clone())
            .header(ContentType::TEXT_PLAIN)
            .body(mail.body.clone())
            .map_err(|e| MailError::Build(e.to_string()))
    }

    /// For files: the body as it is, UTF-8 with CRLF line ends, so a person or a test reads the
    /// code with `grep`. Not `8bit`: that allows lines of at most 76 bytes, which 26 Japanese
    /// characters already pass. Files travel through no mail server, so `binary` is right here;
    /// over SMTP the transfer encoding is left to lettre, which suits every server.
    fn readable_message(from: &Mailbox, mail: &Mail) -> Result<Message, MailError> {
        let body = Body::new_with_encoding(mail.body.clone(), ContentTransferEncoding::Binary)
            .map_err(|_| MailError::Build("body cannot be written as it is".into()))?;
        Message::builder()
            .from(from.clone())
            .to(mailbox(&mail.to)?)
            .subject(mail.subject.clone())
            .singlepart(
                SinglePart::builder()
                    .header(ContentType::TEXT_PLAIN)
                    .body(body),
            )
            .map_err(|e| MailError::Build(e.to_string()))
    }

    pub async fn send(&self, mail: &Mail) -> Result<(), MailError> {
        match self {
            Mailer::Smtp { transport, from } => {
                let message = Self::message(from, mail)?;
                transport
                    .send(message)
                    .await
                    .map_err(|e| MailError::Smtp(e.to_string()))?;
                Ok(())
            }
            Mailer::Directory { dir, from } => {
                let message = Self::readable_message(from, mail)?;
                tokio::fs::create_dir_all(dir).await?;
                static SEQUENCE: std::sync::atomic::AtomicU64 =
                    std::sync::atomic::AtomicU64::new(0);
                let n = SEQUENCE.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let nanos = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_nanos())
                    .unwrap_or_default();
                let path = dir.join(format!("{nanos}-{n}.eml"));
                tokio::fs::write(&path, message.formatted()).await?;
                tracing::info!("demo mail written to {}", path.display());
                Ok(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn directory_mailer_writes_one_file_per_message() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mailer = Mailer::directory(dir.path(), "madoguchi@example.jp").expect("mailer");
        let mail = Mail {
            to: "visitor@example.jp".into(),
            subject: "確認コード".into(),
            body: "コード: 123456".into(),
        };
        mailer.send(&mail).await.expect("sent");
        mailer.send(&mail).await.expect("sent");
        let files: Vec<_> = std::fs::read_dir(dir.path())
            .expect("dir")
            .filter_map(Result::ok)
            .collect();
        assert_eq!(files.len(), 2);
        let text = std::fs::read_to_string(files[0].path()).expect("read");
        assert!(
            text.contains("コード: 123456"),
            "the body is plain UTF-8: {text}"
        );
    }

    /// Japanese lines are long in bytes (3 a character): neither a panic nor an unreadable file.
    #[tokio::test]
    async fn long_japanese_lines_are_written_as_they_are() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mailer = Mailer::directory(dir.path(), "madoguchi@example.jp").expect("mailer");
        let line = "ハローワークのロビーの端末でお申込みいただいた、求職者マイページ開設のための確認コードです。";
        let mail = Mail {
            to: "visitor@example.jp".into(),
            subject: "確認コード".into(),
            body: format!("確認コード：246750\n\n{line}\n{line}{line}\n"),
        };
        mailer.send(&mail).await.expect("sent");
        let file = std::fs::read_dir(dir.path())
            .expect("dir")
            .filter_map(Result::ok)
            .next()
            .expect("one file");
        let text = std::fs::read_to_string(file.path()).expect("read");
        assert!(text.contains("確認コード：246750"), "{text}");
        assert!(text.contains(&format!("{line}{line}")), "{text}");
    }

    /// Async: the SMTP connection pool needs a runtime to be dropped in.
    #[tokio::test]
    async fn bad_addresses_and_urls_are_errors() {
        assert!(Mailer::directory("/tmp", "not an address").is_err());
        assert!(Mailer::smtp("ftp://x", "a@example.jp").is_err());
        assert!(Mailer::smtp("smtp://127.0.0.1:2525", "a@example.jp").is_ok());
    }
}
