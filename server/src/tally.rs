//! Registrations outside the kiosk, as staff give them: one day's count typed in the console,
//! or the office's daily counts imported as CSV. The scorecard's denominator is every new job
//! seeker of the office, and only staff know how many registered at the counter or online.
//!
//! The CSV format (UTF-8, a BOM allowed, comma-separated, one header line):
//!
//! ```text
//! date,channel,registrations,my_pages_opened
//! 2026-10-01,counter,42,3
//! 2026-10-01,online,7,7
//! ```
//!
//! `date` is the Japan-time registration day (`2026-10-01` or `2026/10/01`); `channel` is
//! `counter` (窓口: paper or the office's PCs) or `online` (窓口 and オンライン are accepted
//! too); `registrations` the new job seekers of that day and channel; `my_pages_opened` how many
//! of them opened My Page (at most `registrations`, so the rate cannot pass 100 %). Full-width
//! digits are read as digits. A file is taken whole or not at all: every bad row is reported
//! with its line and column, and nothing is stored until none is left. A row replaces what was
//! recorded before for its day and channel.

use thiserror::Error;
use time::Date;

use crate::scorecard::{parse_day, refresh_office};
use crate::storage::{Channel, Db, Role, StorageError, Tally, User};

/// The CSV's header, in this order.
pub const CSV_COLUMNS: [&str; 4] = ["date", "channel", "registrations", "my_pages_opened"];
/// Most rows one import takes (three years of two channels a day).
pub const MAX_ROWS: usize = 2_200;
/// Most registrations one day and channel may have (a large office sees a few hundred).
pub const MAX_COUNT: i64 = 100_000;

/// Why a value is refused; each maps to one Fluent id.
#[derive(Clone, Copy, Debug, Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum TallyProblem {
    #[error("the header is not date,channel,registrations,my_pages_opened")]
    Header,
    #[error("a row needs four columns")]
    Columns,
    #[error("not a date")]
    Date,
    #[error("a day still to come")]
    Future,
    #[error("not a channel")]
    Channel,
    #[error("not a count")]
    Count,
    #[error("more My Pages opened than registrations")]
    OpenedAboveRegistered,
    #[error("the same day and channel twice")]
    Duplicate,
    #[error("no rows")]
    Empty,
    #[error("too many rows")]
    TooMany,
    #[error("not valid CSV")]
    Unreadable,
}

impl TallyProblem {
    pub fn message_id(self) -> &'static str {
        match self {
            TallyProblem::Header => "srv-tally-error-header",
            TallyProblem::Columns => "srv-tally-error-columns",
            TallyProblem::Date => "srv-tally-error-date",
            TallyProblem::Future => "srv-tally-error-future",
            TallyProblem::Channel => "srv-tally-error-channel",
            TallyProblem::Count => "srv-tally-error-count",
            TallyProblem::OpenedAboveRegistered => "srv-tally-error-opened",
            TallyProblem::Duplicate => "srv-tally-error-duplicate",
            TallyProblem::Empty => "srv-tally-error-empty",
            TallyProblem::TooMany => "srv-tally-error-too-many",
            TallyProblem::Unreadable => "srv-tally-error-unreadable",
        }
    }
}

/// A refused value of an import: its line (1 is the header) and column name, if one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvError {
    pub line: u64,
    pub column: Option<&'static str>,
    pub problem: TallyProblem,
}

/// One day and channel, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TallyRow {
    pub day: Date,
    pub channel: Channel,
    pub registered: i64,
    pub opened: i64,
}

/// Full-width digits and separators as their ASCII forms, spaces trimmed.
fn half_width(text: &str) -> String {
    text.trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '－' | '‐' | 'ー' => '-',
            '／' => '/',
            _ => c,
        })
        .collect()
}

/// A registration day: `2026-10-01` or `2026/10/01`, full-width digits allowed, not after
/// `today`.
pub fn read_day(text: &str, today: Date) -> Result<Date, TallyProblem> {
    let text = half_width(text).replace('/', "-");
    let mut parts = text.split('-');
    let (Some(y), Some(m), Some(d), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(TallyProblem::Date);
    };
    let day = parse_day(&format!("{y:0>4}-{m:0>2}-{d:0>2}")).ok_or(TallyProblem::Date)?;
    if day > today {
        return Err(TallyProblem::Future);
    }
    Ok(day)
}

pub fn read_channel(text: &str) -> Result<Channel, TallyProblem> {
    match text.trim() {
        "窓口" => Ok(Channel::Counter),
        "オンライン" => Ok(Channel::Online),
        other => Channel::from_code(&other.to_ascii_lowercase()).ok_or(TallyProblem::Channel),
    }
}

pub fn read_count(text: &str) -> Result<i64, TallyProblem> {
    let text = half_width(text).replace(',', "");
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(TallyProblem::Count);
    }
    text.parse::<i64>()
        .ok()
        .filter(|n| *n <= MAX_COUNT)
        .ok_or(TallyProblem::Count)
}

/// One row from the console's form; the problem names its field.
pub fn read_form(
    day: &str,
    channel: &str,
    registered: &str,
    opened: &str,
    today: Date,
) -> Result<TallyRow, (&'static str, TallyProblem)> {
    let day = read_day(day, today).map_err(|p| ("day", p))?;
    let channel = read_channel(channel).map_err(|p| ("channel", p))?;
    let registered = read_count(registered).map_err(|p| ("registered", p))?;
    let opened = if opened.trim().is_empty() {
        0
    } else {
        read_count(opened).map_err(|p| ("opened", p))?
    };
    if opened > registered {
        return Err(("opened", TallyProblem::OpenedAboveRegistered));
    }
    Ok(TallyRow {
        day,
        channel,
        registered,
        opened,
    })
}

/// Every row of an import, or every problem in it (each row's first).
pub fn read_csv(text: &str, today: Date) -> Result<Vec<TallyRow>, Vec<CsvError>> {
    // The csv crate counts a line per `\n` only; a browser's form sends `\r\n`, old
    // spreadsheets `\r`. One kind of line end keeps the line numbers in messages right.
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let mut rows = Vec::new();
    let mut errors = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut header_seen = false;
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map(|p| p.line()).unwrap_or(0);
                errors.push(CsvError {
                    line,
                    column: None,
                    problem: TallyProblem::Unreadable,
                });
                break;
            }
        };
        let line = record.position().map(|p| p.line()).unwrap_or(0);
        if record.iter().all(str::is_empty) {
            continue;
        }
        if !header_seen {
            header_seen = true;
            let names: Vec<String> = record.iter().map(str::to_ascii_lowercase).collect();
            if names != CSV_COLUMNS {
                errors.push(CsvError {
                    line,
                    column: None,
                    problem: TallyProblem::Header,
                });
                return Err(errors);
            }
            continue;
        }
        if rows.len() + errors.len() >= MAX_ROWS {
            errors.push(CsvError {
                line,
                column: None,
                problem: TallyProblem::TooMany,
            });
            break;
        }
        let fail = |column: Option<&'static str>, problem| CsvError {
            line,
            column,
            problem,
        };
        if record.len() != CSV_COLUMNS.len() {
            errors.push(fail(None, TallyProblem::Columns));
            continue;
        }
        let field = |i: usize| record.get(i).unwrap_or_default();
        let row = read_form(field(0), field(1), field(2), field(3), today).map_err(|(f, p)| {
            let column = match f {
                "day" => CSV_COLUMNS[0],
                "channel" => CSV_COLUMNS[1],
                "registered" => CSV_COLUMNS[2],
                _ => CSV_COLUMNS[3],
            };
            fail(Some(column), p)
        });
        match row {
            Ok(row) if !seen.insert((row.day, row.channel)) => {
                errors.push(fail(Some(CSV_COLUMNS[0]), TallyProblem::Duplicate));
            }
            Ok(row) => rows.push(row),
            Err(e) => errors.push(e),
        }
    }
    if !header_seen {
        errors.push(CsvError {
            line: 1,
            column: None,
            problem: TallyProblem::Header,
        });
    } else if rows.is_empty() && errors.is_empty() {
        errors.push(CsvError {
            line: 2,
            column: None,
            problem: TallyProblem::Empty,
        });
    }
    if errors.is_empty() {
        Ok(rows)
    } else {
        Err(errors)
    }
}

/// Why rows could not be recorded for an office.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum RecordError {
    /// Staff record for their own office only; an admin for an office that exists.
    #[error("not allowed for this office")]
    Forbidden,
    #[error("storage: {0}")]
    Storage(#[from] StorageError),
}

/// Where a tally came from, as the scorecard says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    Tally,
    Import,
}

impl Source {
    pub fn code(self) -> &'static str {
        match self {
            Source::Tally => "tally",
            Source::Import => "import",
        }
    }
}

/// Stores the rows for `office_code` (all or none) and makes the office's scorecard again.
pub async fn record(
    db: &Db,
    user: &User,
    office_code: &str,
    rows: &[TallyRow],
    source: Source,
    now: i64,
) -> Result<(), RecordError> {
    let allowed = match user.role {
        Role::Staff => user.office_code.as_deref() == Some(office_code),
        Role::Admin => db.office(office_code).await?.is_some(),
    };
    if !allowed {
        return Err(RecordError::Forbidden);
    }
    let tallies: Vec<Tally> = rows
        .iter()
        .map(|r| Tally {
            office_code: office_code.to_owned(),
            day: r.day.to_string(),
            channel: r.channel,
            registered: r.registered,
            opened: r.opened,
            source: source.code().to_owned(),
            recorded_by: user.login.clone(),
            recorded_at: now,
        })
        .collect();
    db.put_tallies(&tallies).await?;
    refresh_office(db, office_code, now).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use time::macros::date;

    use super::*;

    const TODAY: Date = date!(2026 - 12 - 05);

    #[test]
    fn a_good_file_is_read_whole() {
        let text = "\u{feff}date,channel,registrations,my_pages_opened\r\n2026-10-01,counter,42,3\r\n2026/10/01,オンライン,７,７\r\n\r\n";
        let rows = read_csv(text, TODAY).expect("rows");
        assert_eq!(
            rows,
            [
                TallyRow {
                    day: date!(2026 - 10 - 01),
                    channel: Channel::Counter,
                    registered: 42,
                    opened: 3
                },
                TallyRow {
                    day: date!(2026 - 10 - 01),
                    channel: Channel::Online,
                    registered: 7,
                    opened: 7
                },
            ]
        );
    }

    #[test]
    fn every_bad_row_is_named_by_line_and_column() {
        let text = "date,channel,registrations,my_pages_opened\n\
                    2026-10-01,counter,42,3\n\
                    2026-13-01,counter,1,0\n\
                    2026-10-02,fax,1,0\n\
                    2026-10-03,counter,-4,0\n\
                    2026-10-04,counter,4,5\n\
                    2026-10-01,counter,4,0\n\
                    2027-01-01,counter,4,0\n\
                    2026-10-05,counter\n";
        let errors = read_csv(text, TODAY).expect_err("refused");
        let found: Vec<(u64, Option<&str>, TallyProblem)> = errors
            .iter()
            .map(|e| (e.line, e.column, e.problem))
            .collect();
        assert_eq!(
            found,
            [
                (3, Some("date"), TallyProblem::Date),
                (4, Some("channel"), TallyProblem::Channel),
                (5, Some("registrations"), TallyProblem::Count),
                (
                    6,
                    Some("my_pages_opened"),
                    TallyProblem::OpenedAboveRegistered
                ),
                (7, Some("date"), TallyProblem::Duplicate),
                (8, Some("date"), TallyProblem::Future),
                (9, None, TallyProblem::Columns),
            ]
        );
    }

    #[test]
    fn lines_are_counted_whatever_the_line_ends() {
        for end in ["\n", "\r\n", "\r"] {
            let text = format!(
                "date,channel,registrations,my_pages_opened{end}2026-10-01,online,20,10{end}2026-10-01,fax,3,0{end}"
            );
            let errors = read_csv(&text, TODAY).expect_err("refused");
            assert_eq!(errors[0].line, 3, "{end:?}");
        }
    }

    #[test]
    fn a_file_without_the_header_or_rows_is_refused() {
        let no_header = read_csv("2026-10-01,counter,4,0\n", TODAY).expect_err("refused");
        assert_eq!(no_header[0].problem, TallyProblem::Header);
        assert_eq!(no_header[0].line, 1);
        let empty = read_csv("", TODAY).expect_err("refused");
        assert_eq!(empty[0].problem, TallyProblem::Header);
        let header_only =
            read_csv("date,channel,registrations,my_pages_opened\n", TODAY).expect_err("refused");
        assert_eq!(header_only[0].problem, TallyProblem::Empty);
    }

    #[test]
    fn the_form_names_its_field() {
        assert_eq!(
            read_form("2026-10-01", "counter", "3", "4", TODAY),
            Err(("opened", TallyProblem::OpenedAboveRegistered))
        );
        assert_eq!(
            read_form("2026-10-01", "counter", "", "", TODAY),
            Err(("registered", TallyProblem::Count))
        );
        assert_eq!(
            read_form("２０２６－１０－０１", "online", "１２", "", TODAY).map(|r| r.registered),
            Ok(12)
        );
    }

    proptest! {
        #[test]
        fn written_rows_read_back(rows in proptest::collection::btree_map(
            (0i64..700, any::<bool>()), (0i64..5000, 0i64..5000), 1..50))
        {
            let mut text = String::from("date,channel,registrations,my_pages_opened\r\n");
            let mut expected = Vec::new();
            for ((offset, online), (registered, opened)) in rows {
                let day = TODAY - time::Duration::days(offset);
                let channel = if online { Channel::Online } else { Channel::Counter };
                let opened = opened.min(registered);
                text.push_str(&format!("{day},{},{registered},{opened}\r\n", channel.code()));
                expected.push(TallyRow { day, channel, registered, opened });
            }
            prop_assert_eq!(read_csv(&text, TODAY), Ok(expected));
        }

        #[test]
        fn no_text_passes_a_row_above_one_hundred_percent(text in "\\PC{0,200}") {
            if let Ok(rows) = read_csv(&text, TODAY) {
                prop_assert!(rows.iter().all(|r| r.opened <= r.registered && r.day <= TODAY));
            }
        }
    }
}
