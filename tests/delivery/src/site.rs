//! A kiosk's files as a test sets them up: its configuration, its data directory (enrolled with
//! the real server through the kiosk library), and what its outbox says, read straight from
//! `outbox.db`. Plus the bookkeeping that decides lost and duplicated.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::time::Duration;

use madoguchi_kiosk::config::KioskConfig;
use madoguchi_kiosk::enrolment::{Enrolment, ServerPin};

use crate::server::{Held, Server};

pub const OFFICE: &str = "13010";

/// One kiosk's configuration file and data directory.
#[derive(Debug, Clone)]
pub struct Site {
    pub kiosk_id: String,
    pub config_path: PathBuf,
    pub data_dir: PathBuf,
}

impl Site {
    /// Writes `<root>/kiosk.toml` (mode 0600, as the kiosk demands) naming `<root>/data` as the
    /// data directory; `demo = true` lets it talk plain http to the test server on loopback.
    pub fn create(root: &Path, kiosk_id: &str, server_url: &str) -> Result<Site, String> {
        std::fs::create_dir_all(root).map_err(|e| format!("{}: {e}", root.display()))?;
        let data_dir = root.join("data");
        let config_path = root.join("kiosk.toml");
        let text = format!(
            "kiosk_id = \"{kiosk_id}\"\noffice_code = \"{OFFICE}\"\noffice_name = \"ハローワーク試験\"\n\
             continuation_base_url = \"{server_url}\"\nserver_url = \"{server_url}\"\n\
             data_dir = \"{}\"\ndemo = true\n",
            data_dir.display()
        );
        {
            use std::io::Write as _;
            use std::os::unix::fs::OpenOptionsExt as _;
            let mut file = std::fs::OpenOptions::new()
                .write(true)
                .create(true)
                .truncate(true)
                .mode(0o600)
                .open(&config_path)
                .map_err(|e| format!("{}: {e}", config_path.display()))?;
            file.write_all(text.as_bytes())
                .map_err(|e| format!("{}: {e}", config_path.display()))?;
        }
        Ok(Site {
            kiosk_id: kiosk_id.to_owned(),
            config_path,
            data_dir,
        })
    }

    pub fn config(&self) -> Result<KioskConfig, String> {
        KioskConfig::load(&self.config_path).map_err(|e| e.to_string())
    }

    /// `kiosk add` on the server, then the kiosk library's own enrolment, pinned to the server's
    /// key by its fingerprint (as an administrator types it), stored in the data directory as
    /// `madoguchi-kiosk enroll` stores it.
    pub async fn enroll(&self, server: &Server) -> Result<Enrolment, String> {
        let code = server.add_kiosk(OFFICE, &self.kiosk_id)?;
        let fingerprint = server.public_key()?.fingerprint();
        let pin = ServerPin::new(None, Some(&fingerprint)).map_err(|e| e.to_string())?;
        let enrolment = Enrolment::enroll(&server.url(), &code, &self.kiosk_id, &pin, true)
            .await
            .map_err(|e| format!("enrolment of {}: {e}", self.kiosk_id))?;
        enrolment
            .store(&self.data_dir)
            .map_err(|e| format!("enrolment of {}: {e}", self.kiosk_id))?;
        Ok(enrolment)
    }

    /// What the outbox holds, from the database file itself.
    pub fn ledger(&self) -> Result<Ledger, String> {
        ledger(&self.data_dir.join("outbox.db"))
    }
}

/// A row of the kiosk's outbox or tombstones.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Issued {
    pub receipt: String,
    pub idempotency_key: String,
}

/// Everything one kiosk ever committed: waiting, refused, or delivered (tombstone).
#[derive(Debug, Clone, Default)]
pub struct Ledger {
    pub pending: Vec<Issued>,
    pub refused: Vec<Issued>,
    pub delivered: Vec<Issued>,
}

impl Ledger {
    pub fn all(&self) -> impl Iterator<Item = &Issued> {
        self.pending
            .iter()
            .chain(&self.refused)
            .chain(&self.delivered)
    }
}

pub fn ledger(db: &Path) -> Result<Ledger, String> {
    let err = |e: rusqlite::Error| format!("{}: {e}", db.display());
    let conn = rusqlite::Connection::open(db).map_err(err)?;
    conn.busy_timeout(Duration::from_secs(10)).map_err(err)?;
    let rows = |sql: &str| -> Result<Vec<Issued>, String> {
        let mut stmt = conn.prepare(sql).map_err(err)?;
        let found = stmt
            .query_map([], |r| {
                Ok(Issued {
                    receipt: r.get(0)?,
                    idempotency_key: r.get(1)?,
                })
            })
            .map_err(err)?;
        found.collect::<Result<Vec<_>, _>>().map_err(err)
    };
    Ok(Ledger {
        pending: rows("SELECT receipt, idempotency_key FROM outbox WHERE refused = 0")?,
        refused: rows("SELECT receipt, idempotency_key FROM outbox WHERE refused = 1")?,
        delivered: rows("SELECT receipt, idempotency_key FROM tombstone")?,
    })
}

/// The verdict: who saw 完了 and whether the server holds their application exactly once.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Accounting {
    /// N: receipts shown to visitors (printed `SUBMITTED` / returned by `Kiosk::submit`).
    pub submitted: usize,
    /// K: of those, how many the server holds.
    pub delivered: usize,
    /// L: shown to a visitor, not held by the server.
    pub lost: usize,
    /// D: applications the server holds beyond the first of their visitor (each test person
    /// applies once, so a second row of the same person is a duplicate whatever its key).
    pub duplicated: usize,
    /// Held by the server under an idempotency key the kiosk never committed.
    pub unknown: usize,
    /// Committed and delivered, but the kiosk died before the visitor saw 完了 (not an error:
    /// the application exists and staff find it).
    pub unshown: usize,
    /// Committed rows still waiting or refused at the end.
    pub undelivered: usize,
}

impl Accounting {
    /// `lost L, duplicated D, delivered K/N`.
    pub fn line(&self) -> String {
        format!(
            "lost {}, duplicated {}, delivered {}/{}",
            self.lost, self.duplicated, self.delivered, self.submitted
        )
    }

    /// Adds another run's verdict (separate kiosks and servers: nothing to match across).
    pub fn add(&mut self, other: &Accounting) {
        self.submitted += other.submitted;
        self.delivered += other.delivered;
        self.lost += other.lost;
        self.duplicated += other.duplicated;
        self.unknown += other.unknown;
        self.unshown += other.unshown;
        self.undelivered += other.undelivered;
    }

    pub fn exact(&self) -> bool {
        self.lost == 0 && self.duplicated == 0 && self.unknown == 0 && self.undelivered == 0
    }
}

/// Loss is counted per (kiosk id, receipt) as multisets (receipt numbers are short and two
/// visitors may draw the same one); duplicates per visitor.
pub fn account(
    shown: &[(String, String)],
    ledgers: &[(String, Ledger)],
    held: &[Held],
) -> Accounting {
    type Key = (String, String);
    let mut shown_n: BTreeMap<Key, usize> = BTreeMap::new();
    for (kiosk, receipt) in shown {
        *shown_n.entry((kiosk.clone(), receipt.clone())).or_default() += 1;
    }
    let mut issued_keys: BTreeSet<Key> = BTreeSet::new();
    let mut a = Accounting::default();
    for (kiosk, ledger) in ledgers {
        a.undelivered += ledger.pending.len() + ledger.refused.len();
        for row in ledger.all() {
            issued_keys.insert((kiosk.clone(), row.idempotency_key.clone()));
        }
    }
    let mut held_n: BTreeMap<Key, usize> = BTreeMap::new();
    let mut people: BTreeMap<&str, usize> = BTreeMap::new();
    for h in held {
        *held_n
            .entry((h.kiosk_id.clone(), h.receipt.clone()))
            .or_default() += 1;
        *people.entry(h.phone.as_str()).or_default() += 1;
        if !issued_keys.contains(&(h.kiosk_id.clone(), h.idempotency_key.clone())) {
            a.unknown += 1;
        }
    }
    a.duplicated = people.values().map(|n| n - 1).sum();
    for (key, s) in &shown_n {
        let h = held_n.get(key).copied().unwrap_or(0);
        a.submitted += s;
        a.delivered += (*s).min(h);
        a.lost += s.saturating_sub(h);
    }
    for (key, h) in &held_n {
        let s = shown_n.get(key).copied().unwrap_or(0);
        a.unshown += h.saturating_sub(s);
    }
    a
}

#[cfg(test)]
mod tests {
    use super::*;

    fn held(kiosk: &str, receipt: &str, key: &str, phone: &str) -> Held {
        Held {
            kiosk_id: kiosk.into(),
            receipt: receipt.into(),
            idempotency_key: key.into(),
            phone: phone.into(),
        }
    }

    fn issued(receipt: &str, key: &str) -> Issued {
        Issued {
            receipt: receipt.into(),
            idempotency_key: key.into(),
        }
    }

    fn ledger() -> Ledger {
        Ledger {
            delivered: vec![
                issued("AAAAAA", "key-a"),
                issued("CCCCCC", "key-c1"),
                issued("CCCCCC", "key-c2"),
                issued("FFFFFF", "key-f"),
            ],
            pending: vec![issued("EEEEEE", "key-e")],
            refused: vec![],
        }
    }

    #[test]
    fn the_bookkeeping_sees_loss_duplicates_and_receipt_collisions() {
        let shown: Vec<(String, String)> = ["AAAAAA", "CCCCCC", "CCCCCC", "EEEEEE"]
            .iter()
            .map(|r| ("k".to_owned(), (*r).to_owned()))
            .collect();
        let ledgers = [("k".to_owned(), ledger())];
        // Two visitors drew the same receipt: held twice is right, not a duplicate. FFFFFF
        // was committed, then the kiosk died before showing it: delivered, unshown.
        let server = vec![
            held("k", "AAAAAA", "key-a", "1"),
            held("k", "CCCCCC", "key-c1", "2"),
            held("k", "CCCCCC", "key-c2", "3"),
            held("k", "FFFFFF", "key-f", "4"),
        ];
        let a = account(&shown, &ledgers, &server);
        assert_eq!(
            (a.lost, a.duplicated, a.delivered, a.submitted),
            (1, 0, 3, 4)
        );
        assert_eq!((a.unshown, a.undelivered, a.unknown), (1, 1, 0));
        assert!(!a.exact());
        // One visitor's application stored again under a key the kiosk never issued.
        let mut extra = server.clone();
        extra.push(held("k", "AAAAAA", "key-x", "1"));
        let a = account(&shown, &ledgers, &extra);
        assert_eq!(a.line(), "lost 1, duplicated 1, delivered 3/4");
        assert_eq!(a.unknown, 1);
        // The same visitor committed twice under two keys and receipts (a double submit).
        let mut twice = server.clone();
        twice.push(held("k", "EEEEEE", "key-e", "1"));
        let a = account(&shown, &ledgers, &twice);
        assert_eq!((a.duplicated, a.unknown, a.lost), (1, 0, 0));
        // Everything in order.
        let mut fine = server;
        fine.push(held("k", "EEEEEE", "key-e", "5"));
        let done = Ledger {
            delivered: ledger().all().cloned().collect(),
            ..Ledger::default()
        };
        let a = account(&shown, &[("k".to_owned(), done)], &fine);
        assert!(a.exact(), "{a:?}");
        assert_eq!(a.line(), "lost 0, duplicated 0, delivered 4/4");
    }
}
