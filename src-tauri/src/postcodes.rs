//! The kiosk's postcode book (住所を検索, the address checks, the card's address): the bundled
//! book, or the one a signed data update brought. Parsing it takes about 14 ms, which the first
//! screen does not need, so the kiosk parses it on a thread of its own from its start and opens
//! its window meanwhile; whatever needs the book first waits for that thread (a visitor's first
//! postcode comes seconds later).

use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use madoguchi_core::postcode::PostcodeBook;

/// The compact Japan Post data (see data/SOURCES.md).
pub const POSTCODE_DATA: &[u8] = include_bytes!("../../data/postcodes.bin");

/// The book, or why it could not be read (only a damaged build: the bundled book is checked by
/// the tests, and an update is checked before it is used).
type Parsed = Result<PostcodeBook, String>;

/// The postcode book, parsed in the background (cheap to clone: one book for the kiosk).
#[derive(Clone)]
pub struct Postcodes {
    book: Arc<OnceLock<Parsed>>,
    /// The data-update folder to look in first, when the configuration names one.
    updates: Option<PathBuf>,
}

impl Postcodes {
    /// Starts parsing: the update in `updates` when there is a good one, else the bundled book.
    pub fn open(updates: Option<PathBuf>) -> Postcodes {
        let postcodes = Postcodes {
            book: Arc::default(),
            updates,
        };
        let parsing = postcodes.clone();
        let spawned = std::thread::Builder::new()
            .name("postcode-book".into())
            .spawn(move || {
                let _parsed = parsing.book();
            });
        if let Err(e) = spawned {
            // Then the first use parses it.
            tracing::warn!(error = %e, "the postcode book is parsed on first use");
        }
        postcodes
    }

    /// The book, once parsed (waiting for the parsing thread if it is still at work).
    pub fn book(&self) -> Result<&PostcodeBook, &str> {
        self.book
            .get_or_init(|| {
                let parsed = self
                    .updates
                    .as_deref()
                    .and_then(crate::data_updates::postcodes)
                    .map(Ok)
                    .unwrap_or_else(|| {
                        PostcodeBook::from_bytes(POSTCODE_DATA).map_err(|e| e.to_string())
                    });
                match &parsed {
                    Ok(book) => tracing::info!(source = book.source(), "postcode book"),
                    Err(e) => tracing::error!(error = %e, "the postcode book cannot be read"),
                }
                parsed
            })
            .as_ref()
            .map_err(String::as_str)
    }

    /// Whether `seven_digits` is a postcode of the book (none is, if the book cannot be read).
    pub fn contains(&self, seven_digits: &str) -> bool {
        self.book().is_ok_and(|b| b.contains(seven_digits))
    }

    /// Where the book came from, for the fleet page; `None` when it cannot be read.
    pub fn source(&self) -> Option<String> {
        self.book().ok().map(|book| book.source().to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_book_parsed_in_the_background_is_the_bundled_one() {
        let postcodes = Postcodes::open(None);
        let book = postcodes.book().expect("the bundled book parses");
        assert!(book.len() > 100_000, "{book:?}");
        assert!(postcodes.contains("1000001"));
        assert!(!postcodes.contains("0000000"));
        assert_eq!(postcodes.source().as_deref(), Some(book.source()));
    }

    #[test]
    fn a_folder_without_an_update_falls_back_to_the_bundled_book() {
        let empty = tempfile::tempdir().expect("dir");
        let postcodes = Postcodes::open(Some(empty.path().to_path_buf()));
        let bundled = PostcodeBook::from_bytes(POSTCODE_DATA).expect("bundled");
        assert_eq!(postcodes.source().as_deref(), Some(bundled.source()));
    }
}
