//! Forgiving input: what visitors type, on any keyboard, folded into one canonical form.
//!
//! People's main complaints about government forms are fields that accept only full-width
//! characters, hyphens of the "wrong" kind, and a demanded full-width space between names. We
//! accept all of those and fold them here, so [`crate::check`] judges content and never width.
//!
//! Every function is total (never panics, whatever the input) and idempotent: applying it to
//! its own output changes nothing, which is what lets the kiosk normalise on every 次へ. Where
//! a text cannot be read (an amount with letters in it), the folded text is returned as it is,
//! so the check can show the visitor what is wrong instead of silently dropping characters.

/// Half-width katakana and punctuation U+FF61–U+FF9D, in code point order, as full-width.
const HALFWIDTH_KATAKANA: &str =
    "。「」、・ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン";

/// Characters that change how text looks or reads without being visible: bidirectional
/// overrides, embeddings, isolates and marks (which can make "gro.elpmaxe" display as
/// "example.org" on a counter screen), zero-width spaces and joiners, and the byte-order mark.
pub fn is_invisible_format(c: char) -> bool {
    matches!(
        c,
        '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}'
            | '\u{200E}'
            | '\u{200F}'
            | '\u{061C}'
            | '\u{200B}'..='\u{200D}'
            | '\u{2060}'
            | '\u{FEFF}'
    )
}

/// What no text field keeps: control characters other than whitespace (NUL, ESC, DEL, C1) and
/// [`is_invisible_format`]. Whitespace controls (tab, line breaks) are left for [`spaces`] to
/// fold, or for [`free_text`] to keep as line breaks.
pub fn is_removed(c: char) -> bool {
    (c.is_control() && !c.is_whitespace()) || is_invisible_format(c)
}

/// Full-width ASCII → half-width, U+3000 → space, half-width katakana → full-width (ｶﾞ → ガ);
/// control, bidi and zero-width characters ([`is_removed`]) are dropped. Every normaliser
/// starts here, so no field keeps them.
pub fn width(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            _ if is_removed(c) => {}
            '\u{FF01}'..='\u{FF5E}' => {
                out.push(char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c));
            }
            '\u{3000}' => out.push(' '),
            '\u{FF61}'..='\u{FF9D}' => {
                let index = (u32::from(c) - 0xFF61) as usize;
                out.push(HALFWIDTH_KATAKANA.chars().nth(index).unwrap_or(c));
            }
            // Half-width ﾞﾟ become spacing ゛゜ when alone; combining marks stay as they are.
            '\u{FF9E}' => add_mark(&mut out, voiced, '\u{309B}'),
            '\u{FF9F}' => add_mark(&mut out, semi_voiced, '\u{309C}'),
            '\u{3099}' => add_mark(&mut out, voiced, c),
            '\u{309A}' => add_mark(&mut out, semi_voiced, c),
            _ => out.push(c),
        }
    }
    out
}

/// Combines a (semi-)voiced sound mark with the kana before it, or appends `alone`.
fn add_mark(out: &mut String, combine: fn(char) -> Option<char>, alone: char) {
    match out.chars().next_back().and_then(combine) {
        Some(combined) => {
            out.pop();
            out.push(combined);
        }
        None => out.push(alone),
    }
}

/// Splits a kana into its katakana code point and whether it was hiragana.
fn as_katakana_point(c: char) -> (u32, bool) {
    let u = u32::from(c);
    if (0x3041..=0x309F).contains(&u) {
        (u + 0x60, true)
    } else {
        (u, false)
    }
}

fn from_katakana_point(point: u32, hiragana: bool) -> Option<char> {
    char::from_u32(if hiragana { point - 0x60 } else { point })
}

/// カ → ガ, う → ゔ, ワ → ヷ; `None` for a kana that takes no dakuten.
fn voiced(c: char) -> Option<char> {
    let (k, hiragana) = as_katakana_point(c);
    let v = match k {
        0x30AB..=0x30C1 if (k - 0x30AB).is_multiple_of(2) => k + 1,
        0x30C4 | 0x30C6 | 0x30C8 => k + 1,
        0x30CF..=0x30DB if (k - 0x30CF).is_multiple_of(3) => k + 1,
        0x30A6 => 0x30F4,
        0x30FD => 0x30FE,
        0x30EF..=0x30F2 if !hiragana => k + 8,
        _ => return None,
    };
    from_katakana_point(v, hiragana)
}

/// ハ → パ; `None` for a kana that takes no handakuten.
fn semi_voiced(c: char) -> Option<char> {
    let (k, hiragana) = as_katakana_point(c);
    match k {
        0x30CF..=0x30DB if (k - 0x30CF).is_multiple_of(3) => from_katakana_point(k + 2, hiragana),
        _ => None,
    }
}

/// ひらがな → カタカナ (ゝゞ → ヽヾ); anything else unchanged.
fn to_katakana(c: char) -> char {
    match c {
        '\u{3041}'..='\u{3096}' | '\u{309D}' | '\u{309E}' => {
            char::from_u32(u32::from(c) + 0x60).unwrap_or(c)
        }
        _ => c,
    }
}

fn is_katakana(c: char) -> bool {
    matches!(c, '\u{30A1}'..='\u{30FA}' | 'ー' | 'ヽ' | 'ヾ')
}

/// Any hyphen or dash that is never a long-vowel mark.
fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}'
            ..='\u{2015}'
                | '\u{2043}'
                | '\u{2212}'
                | '\u{02D7}'
                | '\u{FE58}'
                | '\u{FE63}'
                | '\u{FF0D}'
    )
}

/// Horizontal bars that are a long-vowel mark in words but a hyphen between digits.
fn is_bar(c: char) -> bool {
    matches!(c, 'ー' | 'ｰ' | '\u{2500}' | '\u{2501}')
}

/// [`width`] of `text` with every whitespace character removed first (so ﾊ ﾞ still becomes バ).
pub fn compact(text: &str) -> String {
    let joined: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    width(&joined)
}

/// Collapses every run of whitespace (half-width, U+3000, tabs, newlines) into one space, trimmed.
pub fn spaces(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// フリガナ: [`width`], ひらがな → カタカナ, dashes after kana → ー, spaces collapsed.
pub fn kana(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in width(text).chars() {
        let c = to_katakana(c);
        match c {
            '\u{309B}' | '\u{3099}' => add_mark(&mut out, voiced, c),
            '\u{309C}' | '\u{309A}' => add_mark(&mut out, semi_voiced, c),
            _ if (is_dash(c) || is_bar(c)) && out.chars().next_back().is_some_and(is_katakana) => {
                out.push('ー');
            }
            _ => out.push(c),
        }
    }
    spaces(&out)
}

/// A reading as dictionaries write it: [`kana`], then カタカナ → ひらがな (ー stays), spaces removed.
pub fn hiragana(text: &str) -> String {
    kana(text)
        .chars()
        .filter(|c| *c != ' ')
        .map(|c| match c {
            '\u{30A1}'..='\u{30F6}' | '\u{30FD}' | '\u{30FE}' => {
                char::from_u32(u32::from(c) - 0x60).unwrap_or(c)
            }
            _ => c,
        })
        .collect()
}

/// The characters of a normalised フリガナ that are not katakana, ー, ・ or a space, each once.
pub fn non_katakana(text: &str) -> Vec<char> {
    let mut bad = Vec::new();
    for c in text.chars() {
        if !is_katakana(c) && c != '・' && c != ' ' && !bad.contains(&c) {
            bad.push(c);
        }
    }
    bad
}

/// A name (kanji, kana or Latin): [`width`], accents joined to their Latin letters, spaces
/// collapsed; never refused for its spaces. Kanji are kept exactly (no Unicode normalisation
/// form is applied: NFC would turn compatibility ideographs such as 神 into the common form, and
/// a registered name is written as registered).
pub fn name(text: &str) -> String {
    spaces(&compose_latin(&width(text)))
}

/// The name as on a residence card: [`name`] in capitals, typographic apostrophes and hyphens
/// as ASCII (D’SOUZA → D'SOUZA).
pub fn card_name(text: &str) -> String {
    // A few letters have no capital of their own (ẖ → H + ◌̱): the accent stays combining.
    compose_latin(&name(text).to_uppercase())
        .chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{02BC}' | '`' | '\u{00B4}' => '\'',
            _ if is_dash(c) => '-',
            _ => c,
        })
        .collect()
}

/// What a residence card's name may hold: Latin letters (accented too, or with a combining
/// accent where Unicode has no accented capital), space, apostrophe, hyphen, comma, full stop.
pub fn is_card_name_char(c: char) -> bool {
    c.is_alphabetic() && is_latin(c)
        || matches!(c, ' ' | '\'' | '-' | ',' | '.' | '\u{0300}'..='\u{036F}')
}

/// Latin letters, with or without accents (Basic Latin, Latin-1, Extended A–D, Additional).
fn is_latin(c: char) -> bool {
    matches!(c, 'A'..='Z' | 'a'..='z' | '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}'
        | '\u{2C60}'..='\u{2C7F}' | '\u{A720}'..='\u{A7FF}')
        && c != '\u{00D7}'
        && c != '\u{00F7}'
}

/// A combining accent (U+0300–U+036F) after a Latin letter is joined to it where Unicode has the
/// accented letter (e + ̂ + ̃ → ễ); every other character is left exactly as it is.
fn compose_latin(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if ('\u{0300}'..='\u{036F}').contains(&c) {
            if let Some(joined) = out
                .chars()
                .next_back()
                .filter(|last| is_latin(*last))
                .and_then(|last| unicode_normalization::char::compose(last, c))
            {
                out.pop();
                out.push(joined);
                continue;
            }
        }
        out.push(c);
    }
    out
}

/// "山田 太郎" typed into one field → ("山田", "太郎"), when there is exactly one space.
pub fn split_name(text: &str) -> Option<(String, String)> {
    let normal = name(text);
    let (family, given) = normal.split_once(' ')?;
    (!given.contains(' ')).then(|| (family.to_owned(), given.to_owned()))
}

/// Hyphens for fields with numbers in them (番地, dates): every dash → '-', and ー ─ → '-'
/// between two digits only, so 1ー2ー3 becomes 1-2-3 while コーポ keeps its ー.
pub fn dashes(text: &str) -> String {
    let chars: Vec<char> = width(text).chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut previous: Option<char> = None;
    for (i, &c) in chars.iter().enumerate() {
        let between_digits = previous.is_some_and(|p| p.is_ascii_digit())
            && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit());
        let c = if is_dash(c) || (is_bar(c) && between_digits) {
            '-'
        } else {
            c
        };
        out.push(c);
        previous = Some(c);
    }
    out
}

fn is_number_separator(c: char) -> bool {
    c.is_whitespace()
        || is_dash(c)
        || is_bar(c)
        || matches!(c, '(' | ')' | '[' | ']' | '〒' | '〶' | '（' | '）')
}

/// Phone numbers and postcodes: [`width`], then hyphens, spaces, parentheses and 〒 removed,
/// and +81 → 0; any other character is kept for the check to name.
pub fn digits_only(text: &str) -> String {
    // Folded again after the removal: "ﾊ-ﾞ" must not turn into バ only on a second pass.
    let kept: String = width(text)
        .chars()
        .filter(|&c| !is_number_separator(c))
        .collect();
    let kept = width(&kept);
    match kept.strip_prefix("+81") {
        Some(rest) if rest.starts_with('0') => rest.to_owned(),
        Some(rest) => format!("0{rest}"),
        None => kept,
    }
}

/// E-mail: [`width`], every space removed, 。 → '.', the domain (after the last @) in lower case.
pub fn email(text: &str) -> String {
    let folded: String = compact(text)
        .chars()
        .map(|c| if c == '。' { '.' } else { c })
        .collect();
    match folded.rfind('@') {
        Some(at) => format!("{}{}", &folded[..at], folded[at..].to_ascii_lowercase()),
        None => folded,
    }
}

fn all_digits(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
}

/// A decimal like "1.5" times `unit` (10000 for 万), if the result is whole yen.
fn scaled(text: &str, unit: u64) -> Option<u64> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if !all_digits(whole) || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut total = whole.parse::<u64>().ok()?.checked_mul(unit)?;
    let mut scale = unit;
    for b in fraction.bytes() {
        let digit = u64::from(b - b'0');
        if scale.is_multiple_of(10) {
            scale /= 10;
            total = total.checked_add(digit * scale)?;
        } else if digit != 0 {
            return None;
        }
    }
    Some(total)
}

/// Reads "20万5千300", "1.5万", "200000" as yen.
fn parse_yen(text: &str) -> Option<u64> {
    let (man, rest) = match text.split_once('万') {
        Some((man, rest)) => (scaled(man, 10_000)?, rest),
        None => (0, text),
    };
    let (sen, rest) = match rest.split_once('千') {
        Some((sen, rest)) => (scaled(sen, 1_000)?, rest),
        None => (0, rest),
    };
    let ones = match rest {
        "" if text.ends_with(['万', '千']) => 0,
        _ if all_digits(rest) => rest.parse::<u64>().ok()?,
        _ => return None,
    };
    man.checked_add(sen)?.checked_add(ones)
}

/// Yen amounts: "２０万", "200,000", "20万円", "¥1,200", "1200円以上" → "200000" / "1200".
pub fn amount(text: &str) -> String {
    let kept: String = compact(text)
        .chars()
        .filter(|&c| !matches!(c, ',' | '、' | '¥' | '￥' | '\\' | '円'))
        .collect();
    let kept = width(&kept);
    let mut cleaned = kept.as_str();
    while let Some(rest) = cleaned.strip_suffix("以上") {
        cleaned = rest;
    }
    match parse_yen(cleaned) {
        Some(yen) => yen.to_string(),
        None => cleaned.to_owned(),
    }
}

fn hours_minutes(hours: &str, minutes: &str) -> Option<(u32, u32)> {
    if !all_digits(hours) || hours.len() > 2 || !all_digits(minutes) || minutes.len() > 2 {
        return None;
    }
    Some((hours.parse().ok()?, minutes.parse().ok()?))
}

fn parse_time(text: &str) -> Option<(u32, u32)> {
    let (afternoon, text) = if let Some(rest) = text.strip_prefix("午後") {
        (Some(true), rest)
    } else if let Some(rest) = text.strip_prefix("午前") {
        (Some(false), rest)
    } else {
        (None, text)
    };
    let (hours, minutes) = if let Some((h, m)) = text.split_once(':') {
        if m.len() != 2 {
            return None;
        }
        hours_minutes(h, m)?
    } else if let Some((h, rest)) = text.split_once('時') {
        match rest {
            "" => hours_minutes(h, "0")?,
            "半" => hours_minutes(h, "30")?,
            _ => hours_minutes(h, rest.strip_suffix('分').unwrap_or(rest))?,
        }
    } else if all_digits(text) && text.len() <= 2 {
        hours_minutes(text, "0")?
    } else if all_digits(text) && text.len() <= 4 {
        let (h, m) = text.split_at(text.len() - 2);
        hours_minutes(h, m)?
    } else {
        return None;
    };
    let hours = match afternoon {
        Some(true) if hours < 12 => hours + 12,
        Some(false) if hours == 12 => 0,
        _ => hours,
    };
    Some((hours, minutes))
}

/// Time of day: "9:00", "９時", "0900", "9時30分", "午後3時", "21：00" → "HH:MM".
/// Out-of-range values ("25:00") are still formatted; the check refuses them.
pub fn time_of_day(text: &str) -> String {
    let cleaned = compact(text);
    match parse_time(&cleaned) {
        Some((h, m)) => format!("{h:02}:{m:02}"),
        None => cleaned,
    }
}

/// One line of free text (番地, 建物名, employer, school): [`dashes`] and [`spaces`].
pub fn line(text: &str) -> String {
    spaces(&dashes(text))
}

/// Longer free text (what the visitor did at a job): [`width`], trimmed, line breaks kept as
/// `\n` (CR LF, CR and the Unicode line and paragraph separators become one); any other
/// whitespace control (tab, form feed) becomes a space.
pub fn free_text(text: &str) -> String {
    let folded = width(text).replace("\r\n", "\n");
    let lines: String = folded
        .chars()
        .map(|c| match c {
            '\r' | '\u{2028}' | '\u{2029}' | '\u{0085}' => '\n',
            '\n' => '\n',
            _ if c.is_control() => ' ',
            _ => c,
        })
        .collect();
    lines.trim().to_owned()
}

/// How long a text is as the visitor sees it: in characters (Unicode scalar values), so 𠮷
/// counts once, not twice as in UTF-16 or four times as in UTF-8.
pub fn char_count(text: &str) -> usize {
    text.chars().count()
}

/// A code picked from a list (職業分類): [`width`], every space removed.
pub fn code(text: &str) -> String {
    compact(text)
}

/// 最寄り駅 written in full: [`line`], spaces between Japanese words dropped, and 駅 added when
/// the visitor left it off (「新宿」, 「しんじゅくえき」 → 「新宿駅」, 「しんじゅく駅」). A name that
/// already says what it is (駅, バス停, 停留所, Station) is kept; a Latin name gets " Station".
pub fn station(text: &str) -> String {
    let folded = line(text);
    if folded.is_empty() {
        return folded;
    }
    let latin = folded.is_ascii();
    if latin {
        let lower = folded.to_ascii_lowercase();
        return if lower.ends_with("station") || lower.ends_with(" sta.") || lower.ends_with(" sta")
        {
            folded
        } else {
            format!("{folded} Station")
        };
    }
    let joined: String = folded.chars().filter(|c| !c.is_whitespace()).collect();
    let stem = joined
        .strip_suffix("えき")
        .or_else(|| joined.strip_suffix("エキ"))
        .unwrap_or(&joined);
    if stem.is_empty() {
        return String::new();
    }
    if stem.contains('駅') || stem.ends_with("バス停") || stem.ends_with("停留所") {
        stem.to_owned()
    } else {
        format!("{stem}駅")
    }
}

/// A small count the visitor types with or without its unit (「３人」, 「40時間」, 「30分」,
/// 「週5日」): [`compact`] width, the unit words dropped, leading zeros dropped. Anything that
/// is still not digits is kept for the check to name.
pub fn count(text: &str) -> String {
    const PREFIXES: [&str; 2] = ["週", "約"];
    const SUFFIXES: [&str; 10] = [
        "くらい",
        "ぐらい",
        "程度",
        "以内",
        "まで",
        "人",
        "名",
        "時間",
        "分",
        "日",
    ];
    let mut cleaned = compact(text);
    while let Some(rest) = PREFIXES.iter().find_map(|p| cleaned.strip_prefix(p)) {
        cleaned = rest.to_owned();
    }
    while let Some(rest) = SUFFIXES.iter().find_map(|s| cleaned.strip_suffix(s)) {
        cleaned = rest.to_owned();
    }
    if all_digits(&cleaned) {
        let trimmed = cleaned.trim_start_matches('0');
        if trimmed.is_empty() {
            "0".to_owned()
        } else {
            trimmed.to_owned()
        }
    } else {
        cleaned
    }
}

#[cfg(test)]
mod station_and_count_tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn station_examples() {
        for (typed, want) in [
            ("新宿", "新宿駅"),
            ("新宿駅", "新宿駅"),
            ("　新宿　駅 ", "新宿駅"),
            ("しんじゅく", "しんじゅく駅"),
            ("しんじゅくえき", "しんじゅく駅"),
            ("ＪＲ新宿", "JR新宿駅"),
            ("渋谷駅前", "渋谷駅前"),
            ("市役所前バス停", "市役所前バス停"),
            ("Shinjuku", "Shinjuku Station"),
            ("Shinjuku Station", "Shinjuku Station"),
            ("えき", ""),
            ("", ""),
            ("   ", ""),
        ] {
            assert_eq!(station(typed), want, "{typed:?}");
        }
    }

    #[test]
    fn count_examples() {
        for (typed, want) in [
            ("３", "3"),
            ("２人", "2"),
            ("40時間", "40"),
            ("週５日", "5"),
            ("30分くらい", "30"),
            ("007", "7"),
            ("0", "0"),
            ("たくさん", "たくさん"),
            ("", ""),
        ] {
            assert_eq!(count(typed), want, "{typed:?}");
        }
    }

    proptest! {
        #[test]
        fn station_is_idempotent(s in "\\PC{0,16}") {
            let once = station(&s);
            prop_assert_eq!(station(&once), once.clone());
        }

        #[test]
        fn a_japanese_station_ends_as_one(s in "[ぁ-ゖァ-ヺ一-龯]{1,8}") {
            let named = station(&s);
            prop_assert!(
                named.contains('駅') || named.ends_with("バス停") || named.ends_with("停留所") || named.is_empty(),
                "{:?} → {:?}", s, named
            );
        }

        #[test]
        fn count_is_idempotent(s in "\\PC{0,8}") {
            let once = count(&s);
            prop_assert_eq!(count(&once), once.clone());
        }

        #[test]
        fn full_width_counts_read_as_ascii(n in 0u32..1000) {
            let full: String = n.to_string().chars()
                .map(|c| char::from_u32(u32::from(c) + 0xFEE0).unwrap_or(c))
                .collect();
            prop_assert_eq!(count(&format!("{full}人")), n.to_string());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::era::{year, year_month};
    use proptest::prelude::*;

    fn table(f: fn(&str) -> String, cases: &[(&str, &str)]) {
        for (input, want) in cases {
            assert_eq!(f(input), *want, "{input:?}");
        }
    }

    #[test]
    fn width_folds() {
        table(
            width,
            &[
                ("ＡＢＣ１２３！～", "ABC123!~"),
                ("山田\u{3000}太郎", "山田 太郎"),
                ("ﾔﾏﾀﾞ ﾀﾛｳ", "ヤマダ タロウ"),
                ("ﾊﾟﾋﾟﾌﾟﾍﾟﾎﾟ", "パピプペポ"),
                (
                    "ｶﾞｷﾞｸﾞｹﾞｺﾞｻﾞｼﾞｽﾞｾﾞｿﾞﾀﾞﾁﾞﾂﾞﾃﾞﾄﾞﾊﾞﾋﾞﾌﾞﾍﾞﾎﾞｳﾞﾜﾞｦﾞ",
                    "ガギグゲゴザジズゼゾダヂヅデドバビブベボヴヷヺ",
                ),
                ("ｧｨｩｪｫｬｭｮｯｰ", "ァィゥェォャュョッー"),
                ("｡｢｣､･", "。「」、・"),
                ("ﾞｱﾞﾟ", "゛ア゛゜"),
                ("カ\u{3099}は\u{309A}", "ガぱ"),
                ("ﾅﾞ", "ナ゛"),
                ("abc ｘｙｚ", "abc xyz"),
            ],
        );
    }

    #[test]
    fn kana_folds() {
        table(
            kana,
            &[
                ("やまだ", "ヤマダ"),
                ("ﾔﾏﾀﾞ", "ヤマダ"),
                ("  ヤマダ　　タロウ ", "ヤマダ タロウ"),
                ("こーひー", "コーヒー"),
                ("ｺｰﾋｰ", "コーヒー"),
                ("コ-ヒ−", "コーヒー"),
                ("ゔぁいおりん", "ヴァイオリン"),
                ("カ゛", "ガ"),
                ("ジョン・スミス", "ジョン・スミス"),
                ("ゝゞ", "ヽヾ"),
                ("Smith", "Smith"),
                ("-ア", "-ア"),
            ],
        );
    }

    #[test]
    fn names_what_is_not_katakana() {
        assert_eq!(non_katakana(&kana("やまだ")), Vec::<char>::new());
        assert_eq!(non_katakana(&kana("山田やまだ")), vec!['山', '田']);
        assert_eq!(non_katakana(&kana("Smith")), vec!['S', 'm', 'i', 't', 'h']);
        assert_eq!(non_katakana(&kana("ヤマダ1")), vec!['1']);
        assert_eq!(non_katakana(&kana("ア゛")), vec!['゛']);
    }

    #[test]
    fn dashes_fold() {
        table(
            dashes,
            &[
                ("1‐2‑3‒4–5—6―7−8⁃9﹣0－1", "1-2-3-4-5-6-7-8-9-0-1"),
                ("1ー2ー3", "1-2-3"),
                ("１ｰ２─３", "1-2-3"),
                ("コーポ101", "コーポ101"),
                ("101ー", "101ー"),
                ("ー1", "ー1"),
            ],
        );
    }

    #[test]
    fn digits_only_strips_separators() {
        table(
            digits_only,
            &[
                ("〒100-8916", "1008916"),
                ("１００ー８９１６", "1008916"),
                ("100 8916", "1008916"),
                ("03(1234)5678", "0312345678"),
                ("（０３）１２３４－５６７８", "0312345678"),
                ("090ー1234ー5678", "09012345678"),
                ("+81 90-1234-5678", "09012345678"),
                ("+81(0)90-1234-5678", "09012345678"),
                ("＋８１ ３ １２３４ ５６７８", "0312345678"),
                ("03-1234-567a", "031234567a"),
            ],
        );
    }

    #[test]
    fn latin_accents_join_and_kanji_stay_as_written() {
        table(
            name,
            &[
                ("NGUYE\u{0302}\u{0303}N THI\u{0323} LAN", "NGUYỄN THỊ LAN"),
                ("Jose\u{0301}", "José"),
                ("\u{FA19}田 﨑 𠮷野", "\u{FA19}田 﨑 𠮷野"),
                ("か\u{0301}", "か\u{0301}"),
            ],
        );
        table(
            card_name,
            &[
                ("Nguyễn thị lan", "NGUYỄN THỊ LAN"),
                ("d’souza‐smith", "D'SOUZA-SMITH"),
                ("ｓｉｌｖａ， ｊｏａｏ", "SILVA, JOAO"),
            ],
        );
    }

    #[test]
    fn names_fold() {
        table(
            name,
            &[
                ("山田　太郎", "山田 太郎"),
                (" 山田\t\t太郎 ", "山田 太郎"),
                ("ＹＡＭＡＤＡ", "YAMADA"),
                ("Maria  da   Silva", "Maria da Silva"),
            ],
        );
        assert_eq!(
            split_name("山田　太郎"),
            Some(("山田".into(), "太郎".into()))
        );
        assert_eq!(split_name("山田"), None);
        assert_eq!(split_name("a b c"), None);
    }

    #[test]
    fn emails_fold() {
        table(
            email,
            &[
                ("ｔａｒｏ＠ＥＸＡＭＰＬＥ．ＪＰ", "taro@example.jp"),
                (" Taro.Yamada @ Example.CO.JP ", "Taro.Yamada@example.co.jp"),
                ("taro@example。jp", "taro@example.jp"),
                ("no-at-sign", "no-at-sign"),
            ],
        );
    }

    #[test]
    fn amounts_fold() {
        table(
            amount,
            &[
                ("２０万", "200000"),
                ("200,000", "200000"),
                ("20万円", "200000"),
                ("¥1,200", "1200"),
                ("￥1,200", "1200"),
                ("1200円", "1200"),
                ("1,200円以上", "1200"),
                ("1.5万", "15000"),
                ("20万5千", "205000"),
                ("20万5000円", "205000"),
                ("3千", "3000"),
                ("0200000", "200000"),
                ("1.23456万", "1.23456万"),
                ("二十万", "二十万"),
                ("abc", "abc"),
                ("", ""),
                ("99999999999999999999999", "99999999999999999999999"),
            ],
        );
    }

    #[test]
    fn times_fold() {
        table(
            time_of_day,
            &[
                ("9:00", "09:00"),
                ("９時", "09:00"),
                ("0900", "09:00"),
                ("900", "09:00"),
                ("9時30分", "09:30"),
                ("9時半", "09:30"),
                ("21：00", "21:00"),
                ("午後3時", "15:00"),
                ("午前12時", "00:00"),
                ("17", "17:00"),
                ("25:00", "25:00"),
                ("9:5", "9:5"),
                ("朝", "朝"),
            ],
        );
    }

    #[test]
    fn year_months_fold() {
        table(
            year_month,
            &[
                ("2019/4", "2019-04"),
                ("2019年4月", "2019-04"),
                ("2019-04", "2019-04"),
                ("２０１９．４", "2019-04"),
                ("2019ー4", "2019-04"),
                ("201904", "2019-04"),
                ("平成31年4月", "2019-04"),
                ("H31.4", "2019-04"),
                ("令和元年5月", "2019-05"),
                ("19/4", "19/4"),
                ("2019", "2019"),
            ],
        );
        table(
            year,
            &[
                ("２０１９", "2019"),
                ("2019年", "2019"),
                ("平成31年", "2019"),
                ("h31", "2019"),
                ("令和元年", "2019"),
                ("19", "19"),
            ],
        );
    }

    #[test]
    fn lines_fold() {
        table(
            line,
            &[("１丁目２ー３　　コーポ山田", "1丁目2-3 コーポ山田")],
        );
        table(free_text, &[("  接客\n  レジ  ", "接客\n  レジ")]);
        table(code, &[(" ０３３ ", "033")]);
    }

    #[test]
    fn invisible_characters_are_removed() {
        table(
            name,
            &[
                ("山\u{200B}田\u{FEFF}", "山田"),
                ("\u{202E}ouat\u{202C} 山田", "ouat 山田"),
                ("\u{2066}Taro\u{2069}\u{200E}\u{200F}\u{061C}", "Taro"),
                ("山田\u{0}\u{1B}[31m\u{7F}\u{9B}", "山田[31m"),
                ("山田\t\n太郎", "山田 太郎"),
                ("ｶ\u{200D}ﾞ", "ガ"),
            ],
        );
        table(email, &[("taro@\u{202E}pj.elpmaxe", "taro@pj.elpmaxe")]);
        table(
            digits_only,
            &[("090\u{2060}1234\u{200C}5678", "09012345678")],
        );
        table(
            free_text,
            &[
                ("接客\r\nレジ\u{2028}品出し", "接客\nレジ\n品出し"),
                ("接客\tレジ\u{0B}\u{202D}", "接客 レジ"),
            ],
        );
        assert_eq!(char_count("𠮷野家"), 3);
        assert_eq!("𠮷".encode_utf16().count(), 2);
    }

    /// Invisible and control characters that an attacker (or a pasted text) brings.
    const HOSTILE: &[char] = &[
        '\u{0}', '\u{7}', '\u{1B}', '\u{7F}', '\u{85}', '\u{9B}', '\t', '\n', '\r', '\u{0B}',
        '\u{0C}', '\u{1C}', '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}',
        '\u{2067}', '\u{2068}', '\u{2069}', '\u{200E}', '\u{200F}', '\u{061C}', '\u{200B}',
        '\u{200C}', '\u{200D}', '\u{2060}', '\u{FEFF}', '\u{2028}', '\u{2029}', '\u{3099}', 'ﾞ',
        'ｶ', 'か', 'ー', '-', '1', '１', ' ', '\u{3000}', '@', '山',
    ];

    /// Ordinary text with hostile characters mixed in anywhere.
    fn hostile() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            prop_oneof![any::<char>(), proptest::sample::select(HOSTILE)],
            0..24,
        )
        .prop_map(|chars| chars.into_iter().collect())
    }

    /// Every normaliser a text field goes through, by name, and whether it keeps line breaks.
    type Normaliser = fn(&str) -> String;

    const FIELD_NORMALISERS: &[(&str, Normaliser, bool)] = &[
        ("width", width, true),
        ("compact", compact, false),
        ("kana", kana, false),
        ("name", name, false),
        ("card_name", card_name, false),
        ("dashes", dashes, true),
        ("digits_only", digits_only, false),
        ("email", email, false),
        ("amount", amount, false),
        ("time_of_day", time_of_day, false),
        ("year_month", year_month, false),
        ("year", year, false),
        ("line", line, false),
        ("free_text", free_text, true),
        ("code", code, false),
    ];

    /// Text that exercises the folds: widths, kana, marks, dashes, units and eras.
    fn messy() -> impl Strategy<Value = String> {
        prop_oneof![
            "\\PC{0,12}",
            "[0-9０-９a-zＡ-Ｚ ー－‐\\-─:：/.．,、¥￥円万千以上時分半午前後年月元昭和平成令HhSs@＠。ｱｶﾊｳﾜﾞﾟあかはうゝカハウワヽ\u{3099}\u{309A}゛゜〒()（）+＋\u{3000}\t]{0,16}",
        ]
    }

    fn idempotent(f: fn(&str) -> String, text: &str) -> Result<(), TestCaseError> {
        let once = f(text);
        prop_assert_eq!(f(&once), once.clone(), "input {:?}", text);
        Ok(())
    }

    proptest! {
        #[test]
        fn all_are_idempotent(text in messy()) {
            for f in [width, compact, kana, spaces, name, dashes, digits_only, email, amount, time_of_day, year_month, year, line, free_text, code] {
                idempotent(f, &text)?;
            }
        }

        #[test]
        fn no_control_bidi_or_zero_width_character_survives(text in hostile()) {
            for (label, f, multi_line) in FIELD_NORMALISERS {
                let folded = f(&text);
                prop_assert!(!folded.chars().any(is_removed), "{}: {:?} → {:?}", label, text, folded);
                if !multi_line {
                    prop_assert!(!folded.chars().any(char::is_control), "{}: {:?} → {:?}", label, text, folded);
                }
            }
            let free = free_text(&text);
            prop_assert!(free.chars().all(|c| c == '\n' || !c.is_control()), "{:?}", free);
            prop_assert!(!free.contains(['\u{2028}', '\u{2029}']), "{:?}", free);
        }

        #[test]
        fn hostile_text_folds_idempotently(text in hostile()) {
            for (_, f, _) in FIELD_NORMALISERS {
                idempotent(*f, &text)?;
            }
        }

        #[test]
        fn length_is_counted_in_characters(text in hostile()) {
            prop_assert_eq!(char_count(&text), text.chars().count());
            prop_assert!(char_count(&text) <= text.encode_utf16().count());
        }

        #[test]
        fn width_leaves_no_wide_ascii_or_narrow_kana(text in messy()) {
            let folded = width(&text);
            let unfolded = |c: char| matches!(c, '\u{FF01}'..='\u{FF5E}' | '\u{3000}' | '\u{FF61}'..='\u{FF9F}');
            prop_assert!(!folded.chars().any(unfolded), "{:?}", folded);
        }

        #[test]
        fn kana_of_kana_is_katakana(text in "[ぁ-ゖァ-ヺｦ-ﾟー 　]{0,16}") {
            // ﾞﾟ and ゛゜ after a kana that takes no mark are the only leftovers.
            let folded = kana(&text);
            prop_assert!(non_katakana(&folded).iter().all(|c| matches!(c, '゛' | '゜' | '\u{3099}' | '\u{309A}')), "{:?}", folded);
            prop_assert!(!folded.starts_with(' ') && !folded.ends_with(' ') && !folded.contains("  "));
        }

        #[test]
        fn kana_keeps_katakana_and_maps_hiragana(text in "[ァ-ヶ]{1,12}") {
            prop_assert_eq!(kana(&text), text.clone());
            let hiragana: String = text.chars().map(|c| match c {
                'ァ'..='ヶ' => char::from_u32(u32::from(c) - 0x60).unwrap_or(c),
                _ => c,
            }).collect();
            prop_assert_eq!(kana(&hiragana), text);
        }

        #[test]
        fn names_from_the_keyboards_survive_unchanged(
            parts in proptest::collection::vec(
                "[一-龥㐀-䶵𠀀-𪛖﨑神髙ぁ-ゖァ-ヶー・A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ'\\-]{1,8}", 1..4)
        ) {
            let typed = parts.join(" ");
            prop_assert_eq!(name(&typed), typed.clone());
            prop_assert_eq!(char_count(&typed), typed.chars().count());
        }

        #[test]
        fn card_names_are_latin_capitals(
            text in "[A-Za-zÀ-ÖØ-öø-ſàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ' \\-]{0,24}"
        ) {
            let folded = card_name(&text);
            prop_assert!(folded.chars().all(is_card_name_char), "{:?}", folded);
            prop_assert_eq!(compose_latin(&folded.to_uppercase()), folded.clone());
        }

        #[test]
        fn names_have_single_spaces(text in "\\PC{0,16}") {
            let folded = name(&text);
            prop_assert!(!folded.starts_with(' ') && !folded.ends_with(' ') && !folded.contains("  "));
            prop_assert!(!folded.chars().any(|c| c.is_whitespace() && c != ' '));
        }

        #[test]
        fn separators_leave_only_digits(text in "[0-9０-９ \\-－ー‐−()（）〒\u{3000}]{0,16}") {
            let digits = digits_only(&text);
            prop_assert!(digits.bytes().all(|b| b.is_ascii_digit()), "{:?}", digits);
            let plain: String = width(&text).chars().filter(char::is_ascii_digit).collect();
            prop_assert_eq!(digits, plain);
        }

        #[test]
        fn dashes_leave_no_dash(text in messy()) {
            prop_assert!(!dashes(&text).chars().any(|c| is_dash(c) && c != '-'));
        }

        #[test]
        fn email_domain_is_lower_case(text in messy()) {
            let folded = email(&text);
            prop_assert!(!folded.chars().any(char::is_whitespace));
            if let Some(at) = folded.rfind('@') {
                prop_assert!(!folded[at..].chars().any(|c| c.is_ascii_uppercase()));
            }
        }

        #[test]
        fn amounts_round_trip(yen in 0u64..1_000_000_000_000) {
            let plain = yen.to_string();
            let grouped = {
                let mut out = String::new();
                for (i, c) in plain.chars().enumerate() {
                    if i > 0 && (plain.len() - i).is_multiple_of(3) { out.push(','); }
                    out.push(c);
                }
                out
            };
            prop_assert_eq!(amount(&grouped), plain.clone());
            prop_assert_eq!(amount(&format!("¥{grouped}円")), plain.clone());
            let wide: String = plain.chars().map(|c| char::from_u32(u32::from(c) + 0xFEE0).unwrap_or(c)).collect();
            prop_assert_eq!(amount(&wide), plain.clone());
            let man = format!("{}万{}", yen / 10_000, yen % 10_000);
            prop_assert_eq!(amount(&man), plain);
        }

        #[test]
        fn times_round_trip(h in 0u32..24, m in 0u32..60) {
            let want = format!("{h:02}:{m:02}");
            prop_assert_eq!(time_of_day(&format!("{h}:{m:02}")), want.clone());
            prop_assert_eq!(time_of_day(&format!("{h}時{m}分")), want.clone());
            prop_assert_eq!(time_of_day(&format!("{h:02}{m:02}")), want.clone());
            prop_assert_eq!(time_of_day(&want), want);
        }

        #[test]
        fn year_months_round_trip(y in 1900i32..2100, m in 1u32..=12) {
            let want = format!("{y}-{m:02}");
            for typed in [format!("{y}/{m}"), format!("{y}年{m}月"), format!("{y}-{m:02}"), format!("{y}.{m}"), format!("{y}{m:02}")] {
                prop_assert_eq!(year_month(&typed), want.clone());
            }
            prop_assert_eq!(year(&format!("{y}年")), y.to_string());
        }
    }
}
