//! Logs carry no personal data.
//!
//! Two checks. Here, the mail errors the server logs when a code cannot be sent are tried with an
//! address that does not parse and with an SMTP server whose refusal quotes the recipient (as
//! real ones do). And across every suite: with `MADOGUCHI_TEST_LOG=FILE`, the harness sends every
//! event of every test (all levels) to FILE through one global subscriber
//! ([`crate::support::capture_logs`]); `scripts/test` then runs the ignored
//! [`the_suites_logged_no_test_person`] over it. A file checked after the whole binary has run
//! needs no ordering between tests, and a global subscriber sees events from every thread and
//! task, which libtest's output capture would not.

use madoguchi_server::mail::{Mail, Mailer};
use tokio::io::{AsyncBufReadExt as _, AsyncWriteExt as _, BufReader};

/// An SMTP server that refuses every recipient, quoting the address as Postfix does.
async fn refusing_smtp() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let port = listener.local_addr().expect("addr").port();
    tokio::spawn(async move {
        while let Ok((socket, _)) = listener.accept().await {
            tokio::spawn(async move {
                let (read, mut write) = socket.into_split();
                let mut lines = BufReader::new(read);
                let _ = write.write_all(b"220 refuse.test ESMTP\r\n").await;
                let mut line = String::new();
                while lines.read_line(&mut line).await.unwrap_or(0) > 0 {
                    let upper = line.to_ascii_uppercase();
                    let reply = if upper.starts_with("EHLO") {
                        "250 refuse.test\r\n".to_owned()
                    } else if upper.starts_with("RCPT TO:") {
                        let to = line[8..].trim().to_owned();
                        format!("550 5.1.1 {to}: Recipient address rejected: User unknown\r\n")
                    } else if upper.starts_with("QUIT") {
                        "221 bye\r\n".to_owned()
                    } else {
                        "250 ok\r\n".to_owned()
                    };
                    if write.write_all(reply.as_bytes()).await.is_err() {
                        break;
                    }
                    line.clear();
                }
            });
        }
    });
    format!("smtp://127.0.0.1:{port}")
}

fn code_mail(to: &str) -> Mail {
    Mail {
        to: to.into(),
        subject: "確認コード".into(),
        body: "確認コード：123456".into(),
    }
}

#[tokio::test]
async fn a_refused_or_unparsable_address_is_logged_by_kind_only() {
    let mailer = Mailer::smtp(&refusing_smtp().await, "madoguchi@example.jp").expect("mailer");
    let refused = mailer
        .send(&code_mail("mio.takano@example.net"))
        .await
        .expect_err("refused");
    let logged = format!("{refused} / {refused:?}");
    assert!(logged.contains("550"), "the reply code is kept: {logged}");
    assert!(!logged.contains("takano"), "{logged}");

    let unparsable = mailer
        .send(&code_mail("mio takano@@example.net"))
        .await
        .expect_err("unparsable");
    let logged = format!("{unparsable} / {unparsable:?}");
    assert!(!logged.contains("takano"), "{logged}");
    assert!(!logged.contains("example.net"), "{logged}");
}

/// Details of every person the suites make up: `sample_application`'s visitor and the others.
const TEST_PEOPLE: &[&str] = &[
    "山田",
    "春男",
    "ヤマダ",
    "ハルオ",
    "0312345678",
    "03-1234-5678",
    "鷹野",
    "タカノ",
    "0471234567",
    "若葉ハイツ",
    // The counter's corrections, printed form and export (counter_finish.rs).
    "𠮷田",
    "髙子",
    "ヨシダ",
    "タカコ",
];

/// Run by `scripts/test` after the whole binary ran with `MADOGUCHI_TEST_LOG=FILE`.
#[test]
#[ignore = "reads the log of a whole run; scripts/test runs it"]
fn the_suites_logged_no_test_person() {
    let path = std::env::var("MADOGUCHI_TEST_LOG").expect("MADOGUCHI_TEST_LOG names the log");
    let log = std::fs::read_to_string(&path).expect("the log of the run");
    assert!(
        log.contains("application received"),
        "the log holds the suites' events ({} bytes)",
        log.len()
    );
    let mut found = Vec::new();
    for detail in TEST_PEOPLE {
        found.extend(log.lines().filter(|l| l.contains(detail)).take(3));
    }
    // Every email address the suites use: anything@example.<tld>, but the server's own sender.
    for line in log.lines() {
        let without_sender = line.replace("madoguchi@example.jp", "");
        if without_sender.contains("@example.") {
            found.push(line);
        }
    }
    assert!(
        found.is_empty(),
        "personal data in the logs:\n{}",
        found.join("\n")
    );
}
