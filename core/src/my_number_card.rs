//! The My Number card's 券面事項入力補助AP (input-support application): the commands the kiosk
//! sends, the order it sends them in, and the reading of the card's "basic four facts" (氏名,
//! 住所, 生年月日, 性別) into the application.
//!
//! Why it lives in core: the sequence of commands is where the promises are kept, so it is
//! tested without a reader. The shell only moves bytes ([`CardLink`], over PC/SC); everything
//! here is plain data in, plain data out.
//!
//! Promises:
//! - The file holding the individual number (EF `00 01`, the 12-digit マイナンバー) is never
//!   selected: no function here builds a command naming it ([`select_ef`] takes only
//!   [`CardFile`], which has no variant for it), and the tests check every command sent.
//! - The PIN lives in a [`Pin`], zeroed when dropped; the VERIFY command carrying it is zeroed
//!   as soon as it is sent. Nothing here logs.
//! - The kiosk never spends the card's last try: with one try (or none) left it refuses
//!   ([`CardError::LastTry`], [`CardError::Blocked`]) and the visitor goes to the counter, where
//!   a municipal office can reset the PIN. Locking the card would cost the visitor a trip there.
//!
//! No maintained crate fits: the `jpki` crates read the signature certificates (JPKI AP) behind
//! their own transport; the input-support file is one small BER-TLV structure, parsed by
//! [`parse_basic_facts`] with property tests on malformed input.

use serde::{Deserialize, Serialize};
use thiserror::Error;
use ts_rs::TS;
use zeroize::{Zeroize, Zeroizing};

pub use crate::application::CardReading;
use crate::application::{Application, BirthDateInput, Calendar, Sex};
use crate::kiosk_api::CommandError;
use crate::postcode::PostcodeBook;

/// The 券面事項入力補助AP's application identifier.
pub const INPUT_SUPPORT_AID: [u8; 10] =
    [0xD3, 0x92, 0x10, 0x00, 0x31, 0x00, 0x01, 0x01, 0x04, 0x08];

/// The individual number's file id, named only so tests can prove it is never selected.
pub const INDIVIDUAL_NUMBER_FILE: [u8; 2] = [0x00, 0x01];

/// The most bytes the basic-four-facts file may declare: a real one is a few hundred bytes.
const MAX_FACTS_LEN: usize = 2048;
/// Bytes asked for by one READ BINARY (short APDUs carry at most 256).
const READ_CHUNK: usize = 0xF0;
/// How often a 61xx / 6Cxx answer is followed up before the card counts as unreadable.
const MAX_FOLLOW_UPS: usize = 8;

/// The files of the input-support application the kiosk may select. The individual number's
/// file is deliberately not one of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CardFile {
    /// 券面事項入力補助用暗証番号 (4 digits, 3 tries).
    Pin,
    /// 基本4情報: name, address, birth date, sex.
    BasicFacts,
}

impl CardFile {
    pub fn id(self) -> [u8; 2] {
        match self {
            CardFile::Pin => [0x00, 0x11],
            CardFile::BasicFacts => [0x00, 0x02],
        }
    }
}

/// Why the card could not fill the form. Each maps to one Fluent id ([`CardError::code`]);
/// whatever happens, the form stays as it was.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum CardError {
    #[error("no card reader is connected")]
    NoReader,
    #[error("no card is on the reader")]
    NoCard,
    #[error("the card is not a My Number card")]
    NotMyNumberCard,
    #[error("the card was taken away during the reading")]
    Removed,
    #[error("the PIN was wrong; {tries_left} tries left")]
    WrongPin { tries_left: u8 },
    /// One try left: the kiosk will not risk locking the card.
    #[error("only {tries_left} try left: the kiosk does not try")]
    LastTry { tries_left: u8 },
    #[error("the card's PIN is locked")]
    Blocked,
    #[error("a PIN is four digits")]
    PinFormat,
    #[error("the card's data cannot be read: {0}")]
    Unreadable(#[from] TlvError),
    #[error("the card answered {0:04X}")]
    Refused(u16),
    #[error("the reader failed")]
    Reader,
}

impl CardError {
    /// The Fluent id of the message the visitor sees (kiosk.ftl).
    pub fn code(&self) -> &'static str {
        match self {
            CardError::NoReader => "card-error-no-reader",
            CardError::NoCard => "card-error-no-card",
            CardError::NotMyNumberCard => "card-error-not-my-number",
            CardError::Removed => "card-error-removed",
            CardError::WrongPin { .. } => "card-error-wrong-pin",
            CardError::LastTry { .. } => "card-error-last-try",
            CardError::Blocked => "card-error-blocked",
            CardError::PinFormat => "card-error-pin-format",
            CardError::Unreadable(_) | CardError::Refused(_) => "card-error-unreadable",
            CardError::Reader => "card-error-reader",
        }
    }
}

impl From<CardError> for CommandError {
    fn from(e: CardError) -> CommandError {
        let error = CommandError::new(e.code());
        match e {
            CardError::WrongPin { tries_left } | CardError::LastTry { tries_left } => {
                error.with_arg("tries", tries_left)
            }
            _ => error,
        }
    }
}

/// The bytes between the kiosk and the card: one command in, one answer (data + SW1 SW2) out.
/// The shell implements it over PC/SC and maps the reader's failures to [`CardError::NoReader`],
/// [`CardError::NoCard`], [`CardError::Removed`] or [`CardError::Reader`].
pub trait CardLink {
    fn transmit(&mut self, command: &[u8]) -> Result<Vec<u8>, CardError>;
}

/// The card's PIN, four ASCII digits, zeroed when dropped.
pub struct Pin(Zeroizing<[u8; 4]>);

impl Pin {
    /// Takes the visitor's digits and zeroes the string they came in, valid or not.
    pub fn take(digits: &mut String) -> Result<Pin, CardError> {
        let pin = Pin::parse(digits);
        digits.zeroize();
        pin
    }

    fn parse(digits: &str) -> Result<Pin, CardError> {
        let bytes = digits.as_bytes();
        if bytes.len() != 4 || !bytes.iter().all(u8::is_ascii_digit) {
            return Err(CardError::PinFormat);
        }
        let mut pin = Zeroizing::new([0u8; 4]);
        pin.copy_from_slice(bytes);
        Ok(Pin(pin))
    }
}

impl std::fmt::Debug for Pin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Pin(****)")
    }
}

/// SELECT the input-support application by its name.
pub fn select_application() -> Vec<u8> {
    let mut c = vec![0x00, 0xA4, 0x04, 0x0C, INPUT_SUPPORT_AID.len() as u8];
    c.extend_from_slice(&INPUT_SUPPORT_AID);
    c
}

/// SELECT an elementary file of the selected application by its id.
pub fn select_ef(file: CardFile) -> Vec<u8> {
    let id = file.id();
    vec![0x00, 0xA4, 0x02, 0x0C, 0x02, id[0], id[1]]
}

/// VERIFY with no data: the card answers `63 Cx`, x tries left, and spends none.
pub fn verify_status() -> Vec<u8> {
    vec![0x00, 0x20, 0x00, 0x80]
}

/// VERIFY with the PIN (the selected PIN file), zeroed when dropped.
fn verify(pin: &Pin) -> Zeroizing<Vec<u8>> {
    let mut c = Zeroizing::new(Vec::with_capacity(9));
    c.extend_from_slice(&[0x00, 0x20, 0x00, 0x80, 0x04]);
    c.extend_from_slice(&pin.0[..]);
    c
}

/// READ BINARY of the selected file: `len` bytes (1..=256) from `offset` (below 32768).
pub fn read_binary(offset: usize, len: usize) -> Vec<u8> {
    let le = if len >= 256 { 0 } else { len as u8 };
    vec![
        0x00,
        0xB0,
        ((offset >> 8) & 0x7F) as u8,
        (offset & 0xFF) as u8,
        le,
    ]
}

/// An answer split into its data and status word.
struct Answer {
    data: Vec<u8>,
    sw: u16,
}

fn split(mut raw: Vec<u8>) -> Result<Answer, CardError> {
    // No status word: the card stopped answering in the middle of the exchange (a reader
    // answers so when the card is taken away before the reading ends).
    if raw.len() < 2 {
        return Err(CardError::Removed);
    }
    let sw2 = raw.pop().unwrap_or_default();
    let sw1 = raw.pop().unwrap_or_default();
    Ok(Answer {
        data: raw,
        sw: u16::from_be_bytes([sw1, sw2]),
    })
}

/// Sends one command, following the T=0 answers `61xx` (more data: GET RESPONSE) and `6Cxx`
/// (wrong length: the same command with Le = xx).
fn exchange(link: &mut impl CardLink, command: &[u8]) -> Result<Answer, CardError> {
    let mut answer = split(link.transmit(command)?)?;
    let mut data = Vec::new();
    for _ in 0..MAX_FOLLOW_UPS {
        let [sw1, sw2] = answer.sw.to_be_bytes();
        match sw1 {
            0x61 => {
                data.append(&mut answer.data);
                answer = split(link.transmit(&[0x00, 0xC0, 0x00, 0x00, sw2])?)?;
            }
            0x6C if command.len() == 5 => {
                let mut again = command.to_vec();
                again[4] = sw2;
                answer = split(link.transmit(&again)?)?;
            }
            _ => {
                data.append(&mut answer.data);
                return Ok(Answer {
                    data,
                    sw: answer.sw,
                });
            }
        }
    }
    Err(CardError::Refused(answer.sw))
}

/// Selects the input-support application and its PIN file. A card without the application
/// (another IC card, a banking card) is [`CardError::NotMyNumberCard`].
fn open(link: &mut impl CardLink) -> Result<(), CardError> {
    for command in [select_application(), select_ef(CardFile::Pin)] {
        match exchange(link, &command)?.sw {
            0x9000 => {}
            0x6A82 | 0x6A86 | 0x6A87 | 0x6D00 | 0x6E00 | 0x6999 => {
                return Err(CardError::NotMyNumberCard)
            }
            sw => return Err(CardError::Refused(sw)),
        }
    }
    Ok(())
}

/// The tries left of the selected PIN file, spending none.
fn ask_tries(link: &mut impl CardLink) -> Result<u8, CardError> {
    match exchange(link, &verify_status())?.sw {
        sw if sw & 0xFFF0 == 0x63C0 => Ok((sw & 0x0F) as u8),
        // Already verified in this session: the counter is full again.
        0x9000 => Ok(3),
        0x6983 | 0x6984 => Ok(0),
        sw => Err(CardError::Refused(sw)),
    }
}

/// How many PIN tries the card has left, asked without spending one.
pub fn tries_left(link: &mut impl CardLink) -> Result<u8, CardError> {
    open(link)?;
    ask_tries(link)
}

/// Whether the kiosk may try a PIN with this many tries left.
pub fn may_try(tries_left: u8) -> Result<(), CardError> {
    match tries_left {
        0 => Err(CardError::Blocked),
        1 => Err(CardError::LastTry { tries_left }),
        _ => Ok(()),
    }
}

/// The whole reading: open the application, refuse at one try left, VERIFY the PIN, then read
/// the basic-four-facts file and parse it. The PIN is dropped (zeroed) before the file is read.
pub fn read_basic_facts(link: &mut impl CardLink, pin: Pin) -> Result<CardReading, CardError> {
    open(link)?;
    may_try(ask_tries(link)?)?;
    let sw = {
        let command = verify(&pin);
        drop(pin);
        exchange(link, &command)?.sw
    };
    match sw {
        0x9000 => {}
        sw if sw & 0xFFF0 == 0x63C0 => {
            let tries_left = (sw & 0x0F) as u8;
            return Err(if tries_left == 0 {
                CardError::Blocked
            } else {
                CardError::WrongPin { tries_left }
            });
        }
        0x6983 | 0x6984 => return Err(CardError::Blocked),
        sw => return Err(CardError::Refused(sw)),
    }
    match exchange(link, &select_ef(CardFile::BasicFacts))?.sw {
        0x9000 => {}
        0x6A82 => return Err(CardError::NotMyNumberCard),
        sw => return Err(CardError::Refused(sw)),
    }
    let bytes = read_file(link)?;
    Ok(parse_basic_facts(&bytes)?.reading())
}

/// Reads the selected file: its TLV header first, then as many bytes as it declares.
fn read_file(link: &mut impl CardLink) -> Result<Vec<u8>, CardError> {
    let mut bytes = read_chunk(link, 0, 5)?;
    let total = declared_len(&bytes)?;
    if total > MAX_FACTS_LEN {
        return Err(TlvError::TooLong(total).into());
    }
    while bytes.len() < total {
        let want = (total - bytes.len()).min(READ_CHUNK);
        let chunk = read_chunk(link, bytes.len(), want)?;
        if chunk.is_empty() {
            return Err(TlvError::Truncated.into());
        }
        bytes.extend_from_slice(&chunk);
    }
    bytes.truncate(total);
    Ok(bytes)
}

fn read_chunk(link: &mut impl CardLink, offset: usize, len: usize) -> Result<Vec<u8>, CardError> {
    let answer = exchange(link, &read_binary(offset, len))?;
    match answer.sw {
        // 6282: the end of the file came before `len` bytes.
        0x9000 | 0x6282 => Ok(answer.data),
        sw => Err(CardError::Refused(sw)),
    }
}

/// The length of the whole outer TLV (tag, length and value) from its first bytes.
fn declared_len(head: &[u8]) -> Result<usize, TlvError> {
    let mut r = Reader { bytes: head, at: 0 };
    r.tag()?;
    let len = r.length()?;
    Ok(r.at + len)
}

/// Why the card's bytes are not a basic-four-facts record.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum TlvError {
    #[error("the data ends inside a field")]
    Truncated,
    #[error("a length of {0} bytes is more than the file can hold")]
    TooLong(usize),
    #[error("a length form the card does not use")]
    BadLength,
    #[error("a tag longer than the card uses")]
    BadTag,
    #[error("the record does not start with FF20")]
    NotBasicFacts,
    #[error("the field {0:04X} is missing")]
    Missing(u16),
    #[error("the field {0:04X} is not UTF-8 text")]
    NotText(u16),
    #[error("the birth date is not YYYYMMDD")]
    BadBirthDate,
}

/// Tags of the basic-four-facts record.
const TAG_RECORD: u16 = 0xFF20;
const TAG_NAME: u16 = 0xDF22;
const TAG_ADDRESS: u16 = 0xDF23;
const TAG_BIRTH: u16 = 0xDF24;
const TAG_SEX: u16 = 0xDF25;

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Result<u8, TlvError> {
        let b = *self.bytes.get(self.at).ok_or(TlvError::Truncated)?;
        self.at += 1;
        Ok(b)
    }

    /// A BER tag of one or two bytes (the card uses no longer ones).
    fn tag(&mut self) -> Result<u16, TlvError> {
        let first = self.byte()?;
        if first & 0x1F != 0x1F {
            return Ok(u16::from(first));
        }
        let second = self.byte()?;
        if second & 0x80 != 0 {
            return Err(TlvError::BadTag);
        }
        Ok(u16::from_be_bytes([first, second]))
    }

    /// A BER definite length: short form, or 81 / 82 followed by one or two bytes.
    fn length(&mut self) -> Result<usize, TlvError> {
        let first = self.byte()?;
        let len = match first {
            0x00..=0x7F => usize::from(first),
            0x81 => usize::from(self.byte()?),
            0x82 => usize::from(u16::from_be_bytes([self.byte()?, self.byte()?])),
            _ => return Err(TlvError::BadLength),
        };
        if len > MAX_FACTS_LEN {
            return Err(TlvError::TooLong(len));
        }
        Ok(len)
    }

    fn value(&mut self, len: usize) -> Result<&[u8], TlvError> {
        let end = self.at.checked_add(len).ok_or(TlvError::Truncated)?;
        let value = self.bytes.get(self.at..end).ok_or(TlvError::Truncated)?;
        self.at = end;
        Ok(value)
    }
}

/// The four facts as the card holds them, text exactly as printed on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BasicFacts {
    pub name: String,
    pub address: String,
    /// YYYYMMDD.
    pub birth_date: String,
    /// The card's code: "1" male, "2" female, "9" not applicable.
    pub sex: String,
}

impl BasicFacts {
    fn reading(self) -> CardReading {
        let sex = match self.sex.as_str() {
            "1" => Some(Sex::Male),
            "2" => Some(Sex::Female),
            _ => None,
        };
        CardReading {
            name: self.name,
            address: self.address,
            birth_date: self.birth_date,
            sex,
        }
    }
}

/// Parses the basic-four-facts file: `FF20` holding `DF21` (a header of offsets, not needed),
/// `DF22` name, `DF23` address, `DF24` birth date, `DF25` sex, each UTF-8. Unknown fields are
/// skipped; bytes after the record are ignored (the file is padded). Never panics.
pub fn parse_basic_facts(bytes: &[u8]) -> Result<BasicFacts, TlvError> {
    let mut outer = Reader { bytes, at: 0 };
    if outer.tag()? != TAG_RECORD {
        return Err(TlvError::NotBasicFacts);
    }
    let len = outer.length()?;
    let body = outer.value(len)?;
    let mut r = Reader { bytes: body, at: 0 };
    let (mut name, mut address, mut birth, mut sex) = (None, None, None, None);
    while r.at < body.len() {
        let tag = r.tag()?;
        let len = r.length()?;
        let value = r.value(len)?;
        let slot = match tag {
            TAG_NAME => &mut name,
            TAG_ADDRESS => &mut address,
            TAG_BIRTH => &mut birth,
            TAG_SEX => &mut sex,
            _ => continue,
        };
        let text = std::str::from_utf8(value).map_err(|_| TlvError::NotText(tag))?;
        *slot = Some(
            text.trim_matches(|c: char| c == '\0' || c.is_whitespace())
                .to_owned(),
        );
    }
    let birth_date = birth.ok_or(TlvError::Missing(TAG_BIRTH))?;
    if birth_date.len() != 8 || !birth_date.bytes().all(|b| b.is_ascii_digit()) {
        return Err(TlvError::BadBirthDate);
    }
    Ok(BasicFacts {
        name: name.ok_or(TlvError::Missing(TAG_NAME))?,
        address: address.ok_or(TlvError::Missing(TAG_ADDRESS))?,
        birth_date,
        sex: sex.ok_or(TlvError::Missing(TAG_SEX))?,
    })
}

/// A fact of the card, as the counter and the review name it.
#[derive(Serialize, Deserialize, TS, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum CardField {
    Name,
    Address,
    BirthDate,
    Sex,
}

/// Whether a field still holds what the card said.
#[derive(Serialize, Deserialize, TS, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum CardMark {
    AsRead,
    Changed,
}

/// Text as the checks leave it (widths, dashes) without any space, to compare a field with the
/// card's one-line text: the checks' normalising is no change by the visitor.
fn compact(text: &str) -> String {
    crate::normalize::compact(&crate::normalize::dashes(text))
}

impl CardReading {
    /// The name split at its first space (ASCII or 全角): family name, given name. A name
    /// without a space is all family name; the visitor splits it.
    pub fn name_parts(&self) -> (String, String) {
        let name = self.name.trim();
        match name.split_once(|c: char| c.is_whitespace()) {
            Some((family, given)) => (family.to_owned(), given.trim().to_owned()),
            None => (name.to_owned(), String::new()),
        }
    }

    fn birth_input(&self) -> BirthDateInput {
        let part = |r: std::ops::Range<usize>| {
            let s = self.birth_date.get(r).unwrap_or_default();
            s.trim_start_matches('0').to_owned()
        };
        BirthDateInput {
            calendar: Calendar::Western,
            year: self.birth_date.get(0..4).unwrap_or_default().to_owned(),
            month: part(4..6),
            day: part(6..8),
        }
    }

    /// The facts the card gave and whether each is still as read in `app`.
    pub fn marks(&self, app: &Application) -> Vec<(CardField, CardMark)> {
        let mark = |same: bool| {
            if same {
                CardMark::AsRead
            } else {
                CardMark::Changed
            }
        };
        let b = &app.basic;
        let c = &app.contact;
        let mut marks = vec![
            (
                CardField::Name,
                mark(compact(&format!("{}{}", b.family_name, b.given_name)) == compact(&self.name)),
            ),
            (
                CardField::Address,
                mark(
                    compact(&format!(
                        "{}{}{}{}{}",
                        c.prefecture, c.city, c.town, c.street, c.building
                    )) == compact(&self.address),
                ),
            ),
            (
                CardField::BirthDate,
                mark(
                    crate::era::birth_date(&b.birth_date).ok()
                        == crate::era::birth_date(&self.birth_input()).ok(),
                ),
            ),
        ];
        if self.sex.is_some() {
            marks.push((CardField::Sex, mark(b.sex == self.sex)));
        }
        marks
    }

    /// Fills 基本情報 and 住所 from the card: name, birth date (西暦), sex where the card gives
    /// one, and the address split by the postcode book into 都道府県・市区町村・町域 with its
    /// postcode where the book finds exactly one, the rest as 番地 and 建物. Where the book does
    /// not know the address (or the kiosk has no book it can read), the whole of it goes to 番地
    /// and the postcode stays for the visitor. フリガナ is left as it was: the card has none.
    pub fn fill(&self, app: &mut Application, book: Option<&PostcodeBook>) {
        let (family, given) = self.name_parts();
        let b = &mut app.basic;
        b.family_name = family;
        b.given_name = given;
        b.birth_date = self.birth_input();
        if self.sex.is_some() {
            b.sex = self.sex;
        }
        let c = &mut app.contact;
        let address = self.address.trim();
        let rest = match book.and_then(|book| book.find_address(address)) {
            Some(found) => {
                c.postcode = found.postcode.unwrap_or_default();
                c.prefecture = found.address.prefecture;
                c.city = found.address.city;
                c.town = found.address.town;
                found.rest
            }
            None => {
                c.postcode.clear();
                c.prefecture.clear();
                c.city.clear();
                c.town.clear();
                address.to_owned()
            }
        };
        let rest = rest.trim();
        match rest.split_once(|ch: char| ch.is_whitespace()) {
            Some((street, building)) => {
                c.street = street.to_owned();
                c.building = building.trim().to_owned();
            }
            None => {
                c.street = rest.to_owned();
                c.building.clear();
            }
        }
        app.my_number_card = Some(self.clone());
    }
}

#[cfg(test)]
mod tests;
