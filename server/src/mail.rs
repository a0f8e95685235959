//! Outgoing mail: the code that proves a visitor's email address.
//!
//! In production mail goes through SMTP (`--smtp-url smtp://host:25`, `smtps://…` or
//! `smtp://…?tls=required`); in demo mode each message is written as an `.eml` file to a
//! directory, so a demo needs no mail server and the code can be read off the disk. A message
//! carries only the code and a greeting: no name, no receipt, nothing the application says.
//!
//! Errors never carry the address or the server's reply (an SMTP server's refusal usually
//! quotes the recipient): they say what kind of failure it was, so whoever logs one logs no
//! personal data.

use std::path::PathBuf;

use lettre::message::header::{ContentTransferEncoding, ContentType};
use lettre::message::{Body, Mailbox, SinglePart};
use lettre::{AsyncSmtpTransport, AsyncTransport as _, Message, Tokio1Executor};
use madoguchi_core::clock::Clock as _;
use thiserror::Error;

#[derive(Debug, Error)]
#[non_exhaustive]
pub enum MailError {
    #[error("the address is not a valid mailbox")]
    Address,
    #[error("the SMTP URL is not valid: {0}")]
    Url(String),
    #[error("the message could not be built")]
    Build,
    #[error("SMTP delivery failed: {0}")]
    Smtp(SmtpFailure),
    #[error("writing the mail file failed: {0}")]
    File(std::io::ErrorKind),
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

impl From<std::io::Error> for MailError {
    fn from(e: std::io::Error) -> MailError {
        MailError::File(e.kind())
    }
}

/// What kind of SMTP failure it was, without the server's words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SmtpFailure {
    pub kind: &'static str,
    /// The SMTP reply code, e.g. 550, when the server answered one.
    pub code: Option<u16>,
}

impl std::fmt::Display for SmtpFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.code {
            Some(code) => write!(f, "{} (reply {code})", self.kind),
            None => f.write_str(self.kind),
        }
    }
}

impl SmtpFailure {
    fn of(e: &lettre::transport::smtp::Error) -> SmtpFailure {
        let kind = if e.is_permanent() {
            "refused permanently"
        } else if e.is_transient() {
            "refused for now"
        } else if e.is_timeout() {
            "timed out"
        } else if e.is_tls() {
            "TLS failed"
        } else if e.is_response() {
            "unreadable reply"
        } else if e.is_client() {
            "client error"
        } else {
            "connection failed"
        };
        let code = e.status().and_then(|c| c.to_string().parse::<u16>().ok());
        SmtpFailure { kind, code }
    }
}

fn mailbox(address: &str) -> Result<Mailbox, MailError> {
    address.parse().map_err(|_| MailError::Address)
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
            .map_err(|_| MailError::Build)
    }

    /// For files: the body as it is, UTF-8 with CRLF line ends, so a person or a test reads the
    /// code with `grep`. Not `8bit`: that allows lines of at most 76 bytes, which 26 Japanese
    /// characters already pass. Files travel through no mail server, so `binary` is right here;
    /// over SMTP the transfer encoding is left to lettre, which suits every server.
    fn readable_message(from: &Mailbox, mail: &Mail) -> Result<Message, MailError> {
        let body = Body::new_with_encoding(mail.body.clone(), ContentTransferEncoding::Binary)
            .map_err(|_| MailError::Build)?;
        Message::builder()
            .from(from.clone())
            .to(mailbox(&mail.to)?)
            .subject(mail.subject.clone())
            .singlepart(
                SinglePart::builder()
                    .header(ContentType::TEXT_PLAIN)
                    .body(body),
            )
            .map_err(|_| MailError::Build)
    }

    pub async fn send(&self, mail: &Mail) -> Result<(), MailError> {
        match self {
            Mailer::Smtp { transport, from } => {
                let message = Self::message(from, mail)?;
                transport
                    .send(message)
                    .await
                    .map_err(|e| MailError::Smtp(SmtpFailure::of(&e)))?;
                Ok(())
            }
            Mailer::Directory { dir, from } => {
                let message = Self::readable_message(from, mail)?;
                tokio::fs::create_dir_all(dir).await?;
                static SEQUENCE: std::sync::atomic::AtomicU64 =
                    std::sync::atomic::AtomicU64::new(0);
                let n = SEQUENCE.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                // Only orders the files for a reader; the one wall clock is core's.
                let nanos = madoguchi_core::clock::SystemClock
                    .now()
                    .unix_timestamp_nanos();
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

    /// An address that does not parse is reported by kind: the address is personal data.
    #[tokio::test]
    async fn a_bad_address_is_not_repeated_in_the_error() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mailer = Mailer::directory(dir.path(), "madoguchi@example.jp").expect("mailer");
        let mail = Mail {
            to: "haruo yamada@@example.jp".into(),
            subject: "確認コード".into(),
            body: "コード: 123456".into(),
        };
        let error = mailer.send(&mail).await.expect_err("refused");
        let text = format!("{error} {error:?}");
        assert!(!text.contains("haruo"), "{text}");
        assert!(!text.contains("example.jp"), "{text}");
    }

    /// Async: the SMTP connection pool needs a runtime to be dropped in.
    #[tokio::test]
    async fn bad_addresses_and_urls_are_errors() {
        assert!(Mailer::directory("/tmp", "not an address").is_err());
        assert!(Mailer::smtp("ftp://x", "a@example.jp").is_err());
        assert!(Mailer::smtp("smtp://127.0.0.1:2525", "a@example.jp").is_ok());
    }
}
