//! A visitor who moves changes the postcode on My Page. As on the kiosk, the address lines that
//! belong to a postcode (都道府県・市区町村・町域) are taken from Japan Post's book, never typed:
//! one address is filled in at once; where several towns share a code the page asks which one.
//!
//! The rule is a plain function over the book's lookup, so it is tested without a server. The
//! town choice travels as the index of a candidate together with the postcode the candidates
//! belong to, so a choice made for one code is never applied to another.

use madoguchi_core::kiosk_api::Address;
use madoguchi_core::{normalize, Contact};

/// What the typed postcode means for the address lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AddressChange {
    /// The same postcode as stored (and no other town chosen): the lines stay as they are.
    Unchanged,
    /// A code with one address, or the town chosen among several: the lines become these.
    Resolved { postcode: String, address: Address },
    /// Several towns share the code: the visitor picks one of these before anything is saved.
    Choose {
        postcode: String,
        candidates: Vec<Address>,
    },
    /// Not seven digits or unknown to the book: the postcode is kept as typed and core's check
    /// says what is wrong with it; the lines stay until it is right.
    Unresolved { postcode: String },
}

/// The visitor's town choice as posted: `town` is a candidate's index, `town_for` the postcode
/// the candidates were listed for.
#[derive(Debug, Clone, Copy, Default)]
pub struct TownChoice<'a> {
    pub town: Option<&'a str>,
    pub town_for: Option<&'a str>,
}

/// Decides how a typed postcode changes `current`'s address. `lookup` answers the book's
/// addresses for seven ASCII digits.
pub fn resolve(
    current: &Contact,
    typed: &str,
    choice: TownChoice<'_>,
    lookup: impl Fn(&str) -> Vec<Address>,
) -> AddressChange {
    let postcode = normalize::digits_only(typed);
    if postcode.len() != 7 || !postcode.bytes().all(|b| b.is_ascii_digit()) {
        return AddressChange::Unresolved {
            postcode: typed.trim().to_owned(),
        };
    }
    let chosen = choice
        .town
        .filter(|_| choice.town_for.map(normalize::digits_only).as_deref() == Some(&postcode))
        .and_then(|i| i.trim().parse::<usize>().ok());
    if postcode == current.postcode && chosen.is_none() {
        return AddressChange::Unchanged;
    }
    let mut candidates = lookup(&postcode);
    if candidates.is_empty() {
        return AddressChange::Unresolved { postcode };
    }
    if let Some(i) = chosen.filter(|i| *i < candidates.len()) {
        let address = candidates.swap_remove(i);
        return AddressChange::Resolved { postcode, address };
    }
    if candidates.len() == 1 {
        let address = candidates.swap_remove(0);
        return AddressChange::Resolved { postcode, address };
    }
    if postcode == current.postcode {
        return AddressChange::Unchanged;
    }
    AddressChange::Choose {
        postcode,
        candidates,
    }
}

impl AddressChange {
    /// Writes the change into `contact`; `Choose` leaves it to be asked first.
    pub fn apply(&self, contact: &mut Contact) {
        match self {
            AddressChange::Unchanged | AddressChange::Choose { .. } => {}
            AddressChange::Resolved { postcode, address } => {
                contact.postcode = postcode.clone();
                contact.prefecture = address.prefecture.clone();
                contact.city = address.city.clone();
                contact.town = address.town.clone();
            }
            AddressChange::Unresolved { postcode } => contact.postcode = postcode.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn address(prefecture: &str, city: &str, town: &str) -> Address {
        Address {
            prefecture: prefecture.into(),
            city: city.into(),
            town: town.into(),
        }
    }

    /// A small book: one code with one town, one with three, the stored one.
    fn book(code: &str) -> Vec<Address> {
        match code {
            "1000013" => vec![address("東京都", "千代田区", "霞が関")],
            "0600000" => vec![address("北海道", "札幌市中央区", "")],
            "4520961" => vec![
                address("愛知県", "清須市", "春日"),
                address("愛知県", "清須市", "春日振形"),
                address("愛知県", "清須市", "春日夢の森"),
            ],
            _ => Vec::new(),
        }
    }

    fn stored() -> Contact {
        Contact {
            postcode: "1000013".into(),
            prefecture: "東京都".into(),
            city: "千代田区".into(),
            town: "霞が関".into(),
            street: "1-2-2".into(),
            ..Contact::default()
        }
    }

    fn no_choice() -> TownChoice<'static> {
        TownChoice::default()
    }

    #[test]
    fn the_same_postcode_in_any_spelling_changes_nothing() {
        for typed in ["1000013", "100-0013", "〒１００－００１３", " 100 0013 "] {
            assert_eq!(
                resolve(&stored(), typed, no_choice(), book),
                AddressChange::Unchanged,
                "{typed}"
            );
        }
    }

    #[test]
    fn a_code_with_one_address_fills_the_lines() {
        let change = resolve(&stored(), "060-0000", no_choice(), book);
        let mut contact = stored();
        change.apply(&mut contact);
        assert_eq!(
            (
                contact.postcode.as_str(),
                contact.prefecture.as_str(),
                contact.city.as_str(),
                contact.town.as_str(),
                contact.street.as_str()
            ),
            ("0600000", "北海道", "札幌市中央区", "", "1-2-2")
        );
    }

    #[test]
    fn several_towns_are_asked_for_and_nothing_changes_meanwhile() {
        let change = resolve(&stored(), "452-0961", no_choice(), book);
        let AddressChange::Choose {
            postcode,
            candidates,
        } = &change
        else {
            panic!("expected a choice, got {change:?}");
        };
        assert_eq!(postcode, "4520961");
        assert_eq!(candidates.len(), 3);
        let mut contact = stored();
        change.apply(&mut contact);
        assert_eq!(contact, stored());
    }

    #[test]
    fn the_chosen_town_is_taken_only_for_the_code_it_was_listed_for() {
        let choice = TownChoice {
            town: Some("2"),
            town_for: Some("4520961"),
        };
        assert_eq!(
            resolve(&stored(), "452-0961", choice, book),
            AddressChange::Resolved {
                postcode: "4520961".into(),
                address: address("愛知県", "清須市", "春日夢の森"),
            }
        );
        // The visitor typed another code after the towns were listed: the index is not reused.
        let stale = TownChoice {
            town: Some("0"),
            town_for: Some("4520961"),
        };
        assert_eq!(
            resolve(&stored(), "060-0000", stale, book),
            AddressChange::Resolved {
                postcode: "0600000".into(),
                address: address("北海道", "札幌市中央区", ""),
            }
        );
        // An index past the list asks again.
        let beyond = TownChoice {
            town: Some("7"),
            town_for: Some("4520961"),
        };
        assert!(matches!(
            resolve(&stored(), "4520961", beyond, book),
            AddressChange::Choose { .. }
        ));
    }

    #[test]
    fn unknown_or_malformed_codes_are_left_to_the_check() {
        assert_eq!(
            resolve(&stored(), "999-9999", no_choice(), book),
            AddressChange::Unresolved {
                postcode: "9999999".into()
            }
        );
        assert_eq!(
            resolve(&stored(), "10O-0013", no_choice(), book),
            AddressChange::Unresolved {
                postcode: "10O-0013".into()
            }
        );
        assert_eq!(
            resolve(&stored(), "  ", no_choice(), book),
            AddressChange::Unresolved {
                postcode: String::new()
            }
        );
    }

    proptest! {
        /// Whatever is posted, the stored lines change only to an address the book gave for
        /// the postcode that is saved with them.
        #[test]
        fn lines_always_belong_to_the_saved_postcode(
            typed in "[0-9０-９〒ー‐\\- a-zA-Z]{0,12}",
            town in proptest::option::of("[0-9]{1,2}"),
            town_for in proptest::option::of(prop_oneof![Just("4520961".to_owned()), "[0-9]{7}"]),
        ) {
            let choice = TownChoice { town: town.as_deref(), town_for: town_for.as_deref() };
            let change = resolve(&stored(), &typed, choice, book);
            let mut contact = stored();
            change.apply(&mut contact);
            let lines = address(&contact.prefecture, &contact.city, &contact.town);
            let from_book = book(&contact.postcode).contains(&lines);
            let untouched = (contact.prefecture.as_str(), contact.city.as_str(), contact.town.as_str())
                == ("東京都", "千代田区", "霞が関");
            prop_assert!(from_book || untouched, "{typed:?} gave {contact:?}");
        }
    }
}
