//! The command sequence against a card in memory that answers as the public descriptions of
//! the input-support application say, and the TLV parser on good and malformed records.

use std::sync::OnceLock;

use proptest::prelude::*;

use super::*;

fn book() -> &'static PostcodeBook {
    static BOOK: OnceLock<PostcodeBook> = OnceLock::new();
    BOOK.get_or_init(|| {
        PostcodeBook::from_bytes(include_bytes!("../../../data/postcodes.bin"))
            .expect("bundled book parses")
    })
}

fn tlv(tag: u16, value: &[u8]) -> Vec<u8> {
    let mut out = if tag > 0xFF {
        tag.to_be_bytes().to_vec()
    } else {
        vec![tag as u8]
    };
    match value.len() {
        n @ 0..=0x7F => out.push(n as u8),
        n @ 0x80..=0xFF => out.extend_from_slice(&[0x81, n as u8]),
        n => out.extend_from_slice(&[0x82, (n >> 8) as u8, n as u8]),
    }
    out.extend_from_slice(value);
    out
}

fn record(name: &str, address: &str, birth: &str, sex: &str) -> Vec<u8> {
    let mut body = tlv(0xDF21, &[0x00, 0x11, 0x22, 0x33]);
    body.extend(tlv(0xDF22, name.as_bytes()));
    body.extend(tlv(0xDF23, address.as_bytes()));
    body.extend(tlv(0xDF24, birth.as_bytes()));
    body.extend(tlv(0xDF25, sex.as_bytes()));
    let mut file = tlv(0xFF20, &body);
    file.extend_from_slice(&[0xFF; 16]);
    file
}

/// A My Number card in memory: the application, its PIN with a try counter, the facts file and
/// the individual number's file; every command it is sent is kept.
struct MemoryCard {
    pin: [u8; 4],
    tries: u8,
    facts: Vec<u8>,
    has_application: bool,
    selected_app: bool,
    selected: Option<[u8; 2]>,
    verified: bool,
    /// Commands answered before the card "leaves the reader".
    removed_after: Option<usize>,
    log: Vec<Vec<u8>>,
}

impl MemoryCard {
    fn new(facts: Vec<u8>) -> MemoryCard {
        MemoryCard {
            pin: *b"1234",
            tries: 3,
            facts,
            has_application: true,
            selected_app: false,
            selected: None,
            verified: false,
            removed_after: None,
            log: Vec::new(),
        }
    }

    fn answer(&mut self, c: &[u8]) -> Vec<u8> {
        let ok = vec![0x90, 0x00];
        match (c[1], c[2]) {
            (0xA4, 0x04) => {
                if self.has_application && c[5..] == INPUT_SUPPORT_AID {
                    self.selected_app = true;
                    ok
                } else {
                    vec![0x6A, 0x82]
                }
            }
            (0xA4, 0x02) if self.selected_app => {
                self.selected = Some([c[5], c[6]]);
                ok
            }
            (0x20, _) if self.selected == Some([0x00, 0x11]) => {
                if self.tries == 0 {
                    return vec![0x69, 0x83];
                }
                if c.len() == 4 {
                    return vec![0x63, 0xC0 | self.tries];
                }
                if c[5..] == self.pin {
                    self.tries = 3;
                    self.verified = true;
                    ok
                } else {
                    self.tries -= 1;
                    vec![0x63, 0xC0 | self.tries]
                }
            }
            (0xB0, _) if self.verified && self.selected == Some([0x00, 0x02]) => {
                let offset = usize::from(c[2]) << 8 | usize::from(c[3]);
                let le = if c[4] == 0 { 256 } else { usize::from(c[4]) };
                let mut data: Vec<u8> = self.facts.iter().skip(offset).take(le).copied().collect();
                data.extend_from_slice(&ok);
                data
            }
            _ => vec![0x69, 0x86],
        }
    }
}

impl CardLink for MemoryCard {
    fn transmit(&mut self, command: &[u8]) -> Result<Vec<u8>, CardError> {
        if self.removed_after.is_some_and(|n| self.log.len() >= n) {
            return Err(CardError::Removed);
        }
        self.log.push(command.to_vec());
        Ok(self.answer(command))
    }
}

fn yoshida() -> Vec<u8> {
    record(
        "𠮷田　花子",
        "東京都千代田区霞が関１丁目２番２号　中央合同庁舎第５号館別館２０階",
        "19850401",
        "2",
    )
}

fn pin(s: &str) -> Pin {
    Pin::take(&mut s.to_owned()).expect("four digits")
}

fn never_selects_the_individual_number(log: &[Vec<u8>]) {
    for c in log {
        assert!(
            !(c.len() >= 7 && c[1] == 0xA4 && c[2] == 0x02 && c[5..7] == INDIVIDUAL_NUMBER_FILE),
            "selected the individual number: {c:02X?}"
        );
    }
}

#[test]
fn a_whole_reading_fills_the_form_and_never_selects_the_individual_number() {
    let mut card = MemoryCard::new(yoshida());
    let reading = read_basic_facts(&mut card, pin("1234")).expect("reads");
    assert_eq!(reading.name, "𠮷田　花子");
    assert_eq!(reading.sex, Some(Sex::Female));
    never_selects_the_individual_number(&card.log);

    let mut app = Application::default();
    app.basic.family_kana = "ヨシダ".into();
    reading.fill(&mut app, Some(book()));
    assert_eq!(app.basic.family_name, "𠮷田");
    assert_eq!(app.basic.given_name, "花子");
    assert_eq!(app.basic.family_kana, "ヨシダ", "kana is the visitor's");
    assert_eq!(
        (
            app.basic.birth_date.year.as_str(),
            app.basic.birth_date.month.as_str(),
            app.basic.birth_date.day.as_str()
        ),
        ("1985", "4", "1")
    );
    assert_eq!(app.basic.sex, Some(Sex::Female));
    assert_eq!(app.contact.postcode, "1000013");
    assert_eq!(
        (
            app.contact.prefecture.as_str(),
            app.contact.city.as_str(),
            app.contact.town.as_str()
        ),
        ("東京都", "千代田区", "霞が関")
    );
    assert_eq!(app.contact.street, "１丁目２番２号");
    assert_eq!(app.contact.building, "中央合同庁舎第５号館別館２０階");
    assert!(reading
        .marks(&app)
        .iter()
        .all(|(_, m)| *m == CardMark::AsRead));
    assert_eq!(app.my_number_card.as_ref(), Some(&reading));

    // What the checks make of the card's text is not a change.
    crate::check::normalize_step(&mut app, crate::Step::Contact);
    crate::check::normalize_step(&mut app, crate::Step::Basic);
    assert_eq!(app.contact.street, "1丁目2番2号");
    assert!(reading
        .marks(&app)
        .iter()
        .all(|(_, m)| *m == CardMark::AsRead));

    app.contact.building = "別の建物".into();
    let marks = reading.marks(&app);
    assert!(marks.contains(&(CardField::Address, CardMark::Changed)));
    assert!(marks.contains(&(CardField::Name, CardMark::AsRead)));
}

#[test]
fn the_tries_are_asked_without_spending_one() {
    let mut card = MemoryCard::new(yoshida());
    assert_eq!(tries_left(&mut card), Ok(3));
    assert_eq!(tries_left(&mut card), Ok(3));
    assert_eq!(card.tries, 3);
    never_selects_the_individual_number(&card.log);
}

#[test]
fn a_wrong_pin_says_the_tries_left_and_the_last_try_is_never_spent() {
    let mut card = MemoryCard::new(yoshida());
    assert_eq!(
        read_basic_facts(&mut card, pin("0000")),
        Err(CardError::WrongPin { tries_left: 2 })
    );
    assert_eq!(
        read_basic_facts(&mut card, pin("0000")),
        Err(CardError::WrongPin { tries_left: 1 })
    );
    let sent = card.log.len();
    assert_eq!(
        read_basic_facts(&mut card, pin("1234")),
        Err(CardError::LastTry { tries_left: 1 })
    );
    assert_eq!(card.tries, 1, "the card keeps its last try");
    assert!(
        card.log[sent..]
            .iter()
            .all(|c| !(c[1] == 0x20 && c.len() > 4)),
        "no PIN was sent once one try was left"
    );
    assert_eq!(tries_left(&mut card), Ok(1));
}

#[test]
fn a_blocked_card_is_told_apart() {
    let mut card = MemoryCard::new(yoshida());
    card.tries = 0;
    assert_eq!(
        read_basic_facts(&mut card, pin("1234")),
        Err(CardError::Blocked)
    );
    assert_eq!(may_try(0), Err(CardError::Blocked));
}

#[test]
fn another_card_is_not_a_my_number_card() {
    let mut card = MemoryCard::new(yoshida());
    card.has_application = false;
    assert_eq!(tries_left(&mut card), Err(CardError::NotMyNumberCard));
    assert_eq!(
        read_basic_facts(&mut card, pin("1234")),
        Err(CardError::NotMyNumberCard)
    );
}

#[test]
fn a_card_taken_away_mid_read_fills_nothing() {
    for n in 0..7 {
        let mut card = MemoryCard::new(yoshida());
        card.removed_after = Some(n);
        assert_eq!(
            read_basic_facts(&mut card, pin("1234")),
            Err(CardError::Removed),
            "after {n}"
        );
    }
}

#[test]
fn a_long_record_is_read_in_several_chunks() {
    let long_address = format!("北海道札幌市中央区大通西{}", "１".repeat(200));
    let mut card = MemoryCard::new(record("山田 太郎", &long_address, "20000229", "9"));
    let reading = read_basic_facts(&mut card, pin("1234")).expect("reads");
    assert_eq!(reading.address, long_address);
    assert_eq!(reading.sex, None, "9 is not applicable");
    assert!(card.log.iter().filter(|c| c[1] == 0xB0).count() >= 3);
}

#[test]
fn an_address_the_book_cannot_place_goes_whole_to_the_street() {
    let reading = CardReading {
        name: "山田太郎".into(),
        address: "どこにもない県何某市１－２".into(),
        birth_date: "19700101".into(),
        sex: Some(Sex::Male),
    };
    let mut app = Application::default();
    app.contact.postcode = "1234567".into();
    reading.fill(&mut app, Some(book()));
    assert_eq!(app.basic.family_name, "山田太郎");
    assert_eq!(app.basic.given_name, "");
    assert_eq!(app.contact.postcode, "");
    assert_eq!(app.contact.street, "どこにもない県何某市１－２");
}

#[test]
fn pins_are_four_digits_and_their_string_is_zeroed() {
    for bad in ["", "123", "12345", "12a4", "１２３４"] {
        let mut s = bad.to_owned();
        assert_eq!(Pin::take(&mut s).map(|_| ()), Err(CardError::PinFormat));
        assert!(s.is_empty());
    }
    let mut s = "0420".to_owned();
    let p = Pin::take(&mut s).expect("valid");
    assert!(s.is_empty());
    assert_eq!(format!("{p:?}"), "Pin(****)");
}

#[test]
fn errors_map_to_message_ids_with_tries() {
    let e: CommandError = CardError::WrongPin { tries_left: 2 }.into();
    assert_eq!(e.code, "card-error-wrong-pin");
    assert_eq!(e.args.get("tries").map(String::as_str), Some("2"));
    let e: CommandError = CardError::Unreadable(TlvError::Truncated).into();
    assert_eq!(e.code, "card-error-unreadable");
}

#[test]
fn malformed_records_are_errors() {
    let good = yoshida();
    assert!(parse_basic_facts(&good).is_ok());
    assert_eq!(parse_basic_facts(&[]), Err(TlvError::Truncated));
    assert_eq!(
        parse_basic_facts(&[0xDF, 0x22, 0x00]),
        Err(TlvError::NotBasicFacts)
    );
    assert_eq!(
        parse_basic_facts(&good[..good.len() - 40]),
        Err(TlvError::Truncated)
    );
    assert_eq!(
        parse_basic_facts(&[0xFF, 0x20, 0x83, 0, 0, 1]),
        Err(TlvError::BadLength)
    );
    assert_eq!(
        parse_basic_facts(&record("a", "b", "1985-4-1", "1")),
        Err(TlvError::BadBirthDate)
    );
    let mut body = tlv(0xDF22, &[0xFF, 0xFE]);
    body.extend(tlv(0xDF23, b"x"));
    assert_eq!(
        parse_basic_facts(&tlv(0xFF20, &body)),
        Err(TlvError::NotText(0xDF22))
    );
    assert_eq!(
        parse_basic_facts(&tlv(0xFF20, &tlv(0xDF23, b"x"))),
        Err(TlvError::Missing(0xDF24))
    );
}

proptest! {
    /// Any bytes at all: an error or facts, never a panic.
    #[test]
    fn any_bytes_parse_or_fail_without_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let _ = parse_basic_facts(&bytes);
    }

    /// A good record with one byte changed or cut short: an error or facts, never a panic.
    #[test]
    fn damaged_records_never_panic(at in 0usize..200, byte in any::<u8>(), cut in 0usize..200) {
        let mut bytes = yoshida();
        let i = at % bytes.len();
        bytes[i] = byte;
        let _ = parse_basic_facts(&bytes);
        let _ = parse_basic_facts(&bytes[..cut.min(bytes.len())]);
    }

    /// Whatever the card holds as text, it comes back exactly.
    #[test]
    fn records_round_trip(name in "[^\\s\\x00]{1,30}", address in "[^\\s\\x00]{1,120}", y in 1900u32..2100, m in 1u32..13, d in 1u32..29) {
        let birth = format!("{y:04}{m:02}{d:02}");
        let facts = parse_basic_facts(&record(&name, &address, &birth, "1")).expect("parses");
        prop_assert_eq!(facts.name, name);
        prop_assert_eq!(facts.address, address);
        prop_assert_eq!(facts.birth_date, birth);
    }

    /// A card that says anything at all to any command: the reading ends in facts or an error.
    #[test]
    fn any_answers_end_in_an_error_or_facts(answers in proptest::collection::vec(proptest::collection::vec(any::<u8>(), 0..8), 1..30)) {
        struct Babbler(Vec<Vec<u8>>, Vec<Vec<u8>>);
        impl CardLink for Babbler {
            fn transmit(&mut self, c: &[u8]) -> Result<Vec<u8>, CardError> {
                self.1.push(c.to_vec());
                self.0.pop().ok_or(CardError::Removed)
            }
        }
        let mut card = Babbler(answers, Vec::new());
        let _ = read_basic_facts(&mut card, pin("1234"));
        never_selects_the_individual_number(&card.1);
    }
}
