//! Postcode and occupation data newer than the kiosk's image, without a new image: the office
//! publishes them beside its image updates, systemd-sysupdate (component `madoguchi-data`)
//! fetches them only when their `SHA256SUMS` carries the office's signature, and places them in
//! the folder `data_updates` names, as `postcodes.bin` and `occupations.tsv` (links to the
//! newest version). The kiosk reads them at start.
//!
//! A file that is missing is normal (no update yet); one that cannot be read or parsed is logged
//! and the built-in data is used: a bad update must never keep a kiosk from starting.

use std::path::Path;

use madoguchi_core::occupation::Classification;
use madoguchi_core::postcode::PostcodeBook;

/// The file names in the data updates folder.
pub const POSTCODES: &str = "postcodes.bin";
pub const OCCUPATIONS: &str = "occupations.tsv";

/// The updated postcode book in `folder`, if there is a usable one.
pub fn postcodes(folder: &Path) -> Option<PostcodeBook> {
    let path = folder.join(POSTCODES);
    let bytes = read(&path)?;
    match PostcodeBook::from_bytes(&bytes) {
        Ok(book) => {
            tracing::info!(path = %path.display(), source = book.source(), "postcode book from a data update");
            Some(book)
        }
        Err(e) => {
            tracing::error!(path = %path.display(), error = %e, "postcode update unusable: the built-in book is used");
            None
        }
    }
}

/// The updated occupation classification in `folder`, if there is a usable one.
pub fn occupations(folder: &Path) -> Option<Classification> {
    let path = folder.join(OCCUPATIONS);
    let bytes = read(&path)?;
    let parsed = String::from_utf8(bytes)
        .map_err(|e| e.to_string())
        .and_then(|text| Classification::from_tsv(&text).map_err(|e| e.to_string()));
    match parsed {
        Ok(table) => {
            tracing::info!(path = %path.display(), table = %table.label(), "occupations from a data update");
            Some(table)
        }
        Err(e) => {
            tracing::error!(path = %path.display(), error = %e, "occupation update unusable: the built-in table is used");
            None
        }
    }
}

fn read(path: &Path) -> Option<Vec<u8>> {
    match std::fs::read(path) {
        Ok(bytes) => Some(bytes),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => {
            tracing::error!(path = %path.display(), error = %e, "data update unreadable");
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BOOK: &[u8] = include_bytes!("../../data/postcodes.bin");
    const TABLE: &str = include_str!("../../data/occupations.tsv");

    #[test]
    fn present_files_are_used_and_missing_or_broken_ones_are_not() {
        let folder = tempfile::tempdir().expect("tempdir");
        assert!(postcodes(folder.path()).is_none(), "no update yet");
        assert!(occupations(folder.path()).is_none(), "no update yet");

        std::fs::write(folder.path().join(POSTCODES), BOOK).expect("book");
        let newer = TABLE.replacen("# revision: ", "# revision: data-update ", 1);
        std::fs::write(folder.path().join(OCCUPATIONS), &newer).expect("table");
        let book = postcodes(folder.path()).expect("the updated book");
        assert!(book.contains("1000001"), "the updated book answers");
        let table = occupations(folder.path()).expect("the updated table");
        assert!(table.label().contains("data-update"), "{}", table.label());

        std::fs::write(folder.path().join(POSTCODES), &BOOK[..100]).expect("truncated");
        std::fs::write(folder.path().join(OCCUPATIONS), "not a table\n").expect("broken");
        assert!(postcodes(folder.path()).is_none());
        assert!(occupations(folder.path()).is_none());
    }
}
