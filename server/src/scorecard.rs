//! The plan's scorecard (§5, updated and published quarterly): the online rate as the plan
//! defines it, オンライン利用率 = 求職者マイページ開設数 ÷ 求職者, per office, per prefecture
//! (労働局) and national, against the 20 % goal and the 8.0 % of FY2019, and the openings so far
//! against the 340,000 KPI.
//!
//! The denominator is every new job seeker of the office, however they registered: the kiosk's
//! applications (returned ones left out) and what staff tally or import for the counter and
//! online ([`crate::tally`]). The numerator is the My Pages those same job seekers opened: the
//! kiosk's hand-off, and those staff record as opened at the counter. Both are dated by the job
//! seeker's registration day in Japan time, and an opening always belongs to a registration
//! counted in the same day (a tally's openings never exceed its registrations), so no office,
//! prefecture or quarter can pass 100 %.
//!
//! Counting millions of applications on every page view would be slow, so the figures are made
//! per office and quarter into cells ([`refresh_office`]) and the pages read the cells; a page
//! that finds them older than [`STALE_AFTER`] has them made again in the background and says
//! when they were made. A tally refreshes its office at once. Quarters are fiscal quarters in
//! Japan time (第1四半期 is April–June). The trend chart is drawn here as SVG, numbers and
//! patterns only, so it needs no script and no colour to be read.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;
use std::sync::atomic::{AtomicBool, Ordering};

use serde::Serialize;
use time::{Date, Month};

use crate::clock::day_bounds;
use crate::storage::{CellCounts, Channel, Db, Office, StorageError};

/// The plan's goal for the online rate (seed §4: 20 %).
pub const TARGET_RATE: f64 = 0.20;
/// The online rate at the end of FY2019 (令和元年度末), the plan's starting point.
pub const BASELINE_RATE: f64 = 0.08;
/// The plan's mid-term KPI: My Page openings (34 万件).
pub const KPI_OPENINGS: i64 = 340_000;
/// Quarters in the trend chart.
pub const TREND_QUARTERS: usize = 8;
/// Seconds after which a page has the cells made again.
pub const STALE_AFTER: i64 = 600;

/// A fiscal quarter: FY2026 Q3 is October–December 2026; Q4 is January–March of FY+1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Quarter {
    pub fiscal_year: i32,
    pub quarter: u8,
}

impl Quarter {
    pub fn containing(date: Date) -> Quarter {
        let month = u8::from(date.month());
        let (fiscal_year, quarter) = match month {
            4..=6 => (date.year(), 1),
            7..=9 => (date.year(), 2),
            10..=12 => (date.year(), 3),
            _ => (date.year() - 1, 4),
        };
        Quarter {
            fiscal_year,
            quarter,
        }
    }

    /// `2026Q3`.
    pub fn parse(text: &str) -> Option<Quarter> {
        let (year, q) = text.trim().split_once(['Q', 'q'])?;
        let fiscal_year: i32 = year.parse().ok().filter(|y| (2000..=2100).contains(y))?;
        let quarter: u8 = q.parse().ok().filter(|q| (1..=4).contains(q))?;
        Some(Quarter {
            fiscal_year,
            quarter,
        })
    }

    pub fn code(self) -> String {
        format!("{}Q{}", self.fiscal_year, self.quarter)
    }

    pub fn first_day(self) -> Date {
        let (year, month) = match self.quarter {
            1 => (self.fiscal_year, Month::April),
            2 => (self.fiscal_year, Month::July),
            3 => (self.fiscal_year, Month::October),
            _ => (self.fiscal_year + 1, Month::January),
        };
        Date::from_calendar_date(year, month, 1).unwrap_or(Date::MIN)
    }

    pub fn next(self) -> Quarter {
        if self.quarter == 4 {
            Quarter {
                fiscal_year: self.fiscal_year + 1,
                quarter: 1,
            }
        } else {
            Quarter {
                fiscal_year: self.fiscal_year,
                quarter: self.quarter + 1,
            }
        }
    }

    pub fn previous(self) -> Quarter {
        if self.quarter == 1 {
            Quarter {
                fiscal_year: self.fiscal_year - 1,
                quarter: 4,
            }
        } else {
            Quarter {
                fiscal_year: self.fiscal_year,
                quarter: self.quarter - 1,
            }
        }
    }

    /// The last day of the quarter.
    pub fn last_day(self) -> Date {
        self.next().first_day().previous_day().unwrap_or(Date::MIN)
    }

    /// `[from, to)` in Unix seconds, JST days.
    pub fn bounds(self) -> (i64, i64) {
        (
            day_bounds(self.first_day()).0,
            day_bounds(self.next().first_day()).0,
        )
    }
}

impl Quarter {
    /// The quarter of a Japan-time day written `YYYY-MM-DD`.
    pub fn of_day(day: &str) -> Option<Quarter> {
        parse_day(day).map(Quarter::containing)
    }

    /// The `n` quarters up to and including `self`, oldest first.
    pub fn window(self, n: usize) -> Vec<Quarter> {
        let mut out = vec![self];
        while out.len() < n {
            let earliest = out.last().copied().unwrap_or(self);
            out.push(earliest.previous());
        }
        out.reverse();
        out
    }
}

/// `YYYY-MM-DD`.
pub fn parse_day(day: &str) -> Option<Date> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    Date::parse(day, &format).ok()
}

/// The Japan-time date of a day number (days since 1970-01-01 in Japan time).
fn date_of_day_number(day: i64) -> Option<Date> {
    const UNIX_EPOCH_JULIAN_DAY: i64 = 2_440_588;
    i32::try_from(day + UNIX_EPOCH_JULIAN_DAY)
        .ok()
        .and_then(|j| Date::from_julian_day(j).ok())
}

/// The plan's figures of a set of job seekers.
impl CellCounts {
    /// Every new job seeker: the plan's denominator.
    pub fn job_seekers(&self) -> i64 {
        self.kiosk_registered + self.counter_registered + self.online_registered
    }

    /// Every My Page opened by those job seekers: the plan's numerator.
    pub fn openings(&self) -> i64 {
        self.kiosk_opened + self.counter_opened + self.online_opened
    }

    /// `openings / job_seekers`, `None` without job seekers. Never above 1: each part's
    /// openings are at most its registrations.
    pub fn rate(&self) -> Option<f64> {
        let seekers = self.job_seekers();
        (seekers > 0).then(|| self.openings() as f64 / seekers as f64)
    }

    /// The kiosk's share of the openings, `None` without openings.
    pub fn kiosk_share(&self) -> Option<f64> {
        let openings = self.openings();
        (openings > 0).then(|| self.kiosk_opened as f64 / openings as f64)
    }

    pub fn meets_target(&self) -> bool {
        self.rate().is_some_and(|r| r >= TARGET_RATE)
    }

    pub fn add(&mut self, other: &CellCounts) {
        self.kiosk_registered += other.kiosk_registered;
        self.kiosk_opened += other.kiosk_opened;
        self.counter_registered += other.counter_registered;
        self.counter_opened += other.counter_opened;
        self.online_registered += other.online_registered;
        self.online_opened += other.online_opened;
    }
}

/// The prefecture (労働局) of an office: the first two digits of its five-digit office number.
pub fn prefecture_of(office_code: &str) -> Option<&str> {
    office_code
        .get(..2)
        .filter(|p| p.bytes().all(|b| b.is_ascii_digit()))
        .filter(|p| matches!(p.parse::<u8>(), Ok(1..=47)))
}

/// Makes an office's cells again from its applications and tallies.
pub async fn refresh_office(db: &Db, office_code: &str, now: i64) -> Result<(), StorageError> {
    let mut cells: BTreeMap<Quarter, CellCounts> = BTreeMap::new();
    for (day, registered, opened) in db.kiosk_days(office_code).await? {
        let Some(date) = date_of_day_number(day) else {
            continue;
        };
        let cell = cells.entry(Quarter::containing(date)).or_default();
        cell.kiosk_registered += registered;
        cell.kiosk_opened += opened;
    }
    for t in db.all_tallies(office_code).await? {
        let Some(quarter) = Quarter::of_day(&t.day) else {
            continue;
        };
        let cell = cells.entry(quarter).or_default();
        match t.channel {
            Channel::Counter => {
                cell.counter_registered += t.registered;
                cell.counter_opened += t.opened;
            }
            Channel::Online => {
                cell.online_registered += t.registered;
                cell.online_opened += t.opened;
            }
        }
    }
    let cells: Vec<(String, CellCounts)> = cells.into_iter().map(|(q, c)| (q.code(), c)).collect();
    db.replace_cells(office_code, &cells, now).await
}

/// Makes every office's cells again.
pub async fn refresh_all(db: &Db, now: i64) -> Result<(), StorageError> {
    for office in db.offices().await? {
        refresh_office(db, &office.code, now).await?;
    }
    Ok(())
}

/// One background refresh at a time per process.
static REFRESHING: AtomicBool = AtomicBool::new(false);

/// Offices never counted are counted now (a new office, a first start); when the oldest cells
/// are older than [`STALE_AFTER`], all are made again in the background while the page is
/// served from the cells as they are.
async fn refresh_if_stale(db: &Db, offices: &[Office], now: i64) -> Result<(), StorageError> {
    let refreshed: HashMap<String, i64> = db.cells_refreshed().await?.into_iter().collect();
    let mut stale = false;
    for office in offices {
        match refreshed.get(&office.code) {
            None => refresh_office(db, &office.code, now).await?,
            Some(at) if *at < now - STALE_AFTER => stale = true,
            Some(_) => {}
        }
    }
    if stale && !REFRESHING.swap(true, Ordering::AcqRel) {
        let db = db.clone();
        tokio::spawn(async move {
            if let Err(e) = refresh_all(&db, now).await {
                tracing::warn!("scorecard refresh failed: {e}");
            }
            REFRESHING.store(false, Ordering::Release);
        });
    }
    Ok(())
}

/// What a figure is about.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Scope {
    National,
    /// Two digits, `13`.
    Prefecture(String),
    Office(String),
}

impl Scope {
    fn covers(&self, office_code: &str) -> bool {
        match self {
            Scope::National => true,
            Scope::Prefecture(p) => prefecture_of(office_code) == Some(p.as_str()),
            Scope::Office(o) => o == office_code,
        }
    }
}

/// Every office's cells as last made, and when.
#[derive(Clone, Debug, Default)]
pub struct Snapshot {
    pub offices: Vec<Office>,
    cells: HashMap<(String, Quarter), CellCounts>,
    /// When the oldest office's cells were made.
    pub updated_at: Option<i64>,
}

impl Snapshot {
    /// The cells, made first where missing or stale (see [`refresh_if_stale`]).
    pub async fn read(db: &Db, now: i64) -> Result<Snapshot, StorageError> {
        let offices = db.offices().await?;
        refresh_if_stale(db, &offices, now).await?;
        let cells = db
            .cells()
            .await?
            .into_iter()
            .filter_map(|(office, quarter, c)| Quarter::parse(&quarter).map(|q| ((office, q), c)))
            .collect();
        let updated_at = db
            .cells_refreshed()
            .await?
            .into_iter()
            .map(|(_, at)| at)
            .min();
        Ok(Snapshot {
            offices,
            cells,
            updated_at,
        })
    }

    /// The figures of `scope` in `quarter`.
    pub fn counts(&self, scope: &Scope, quarter: Quarter) -> CellCounts {
        if let Scope::Office(code) = scope {
            return self
                .cells
                .get(&(code.clone(), quarter))
                .copied()
                .unwrap_or_default();
        }
        let mut out = CellCounts::default();
        for office in self.offices.iter().filter(|o| scope.covers(&o.code)) {
            if let Some(c) = self.cells.get(&(office.code.clone(), quarter)) {
                out.add(c);
            }
        }
        out
    }

    /// My Pages opened by job seekers of `scope` registered up to the end of `quarter`.
    pub fn cumulative_openings(&self, scope: &Scope, quarter: Quarter) -> i64 {
        self.cells
            .iter()
            .filter(|((office, q), _)| *q <= quarter && scope.covers(office))
            .map(|(_, c)| c.openings())
            .sum()
    }

    /// `scope` over the [`TREND_QUARTERS`] quarters up to `last`, oldest first.
    pub fn trend(&self, scope: &Scope, last: Quarter) -> Vec<(Quarter, CellCounts)> {
        last.window(TREND_QUARTERS)
            .into_iter()
            .map(|q| (q, self.counts(scope, q)))
            .collect()
    }

    /// The prefectures with at least one office, in code order.
    pub fn prefectures(&self) -> Vec<String> {
        let set: BTreeSet<String> = self
            .offices
            .iter()
            .filter_map(|o| prefecture_of(&o.code).map(str::to_owned))
            .collect();
        set.into_iter().collect()
    }
}

/// One line of the scorecard: an office, a prefecture or the nation in one quarter.
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct Line {
    /// `national`, `prefecture` or `office`.
    pub level: &'static str,
    /// The office number, the prefecture's two digits, or empty.
    pub code: String,
    pub name: String,
    pub quarter: String,
    pub from: String,
    pub to: String,
    #[serde(flatten)]
    pub counts: CellCounts,
    pub job_seekers: i64,
    pub my_pages_opened: i64,
    /// `my_pages_opened / job_seekers`, `None` without job seekers.
    pub online_rate: Option<f64>,
    pub target_rate: f64,
    pub baseline_rate: f64,
    pub meets_target: bool,
    pub kiosk_share: Option<f64>,
    /// Openings of job seekers registered up to the quarter's end.
    pub cumulative_openings: i64,
}

impl Line {
    pub fn new(snapshot: &Snapshot, scope: &Scope, name: &str, quarter: Quarter) -> Line {
        let counts = snapshot.counts(scope, quarter);
        let (level, code) = match scope {
            Scope::National => ("national", String::new()),
            Scope::Prefecture(p) => ("prefecture", p.clone()),
            Scope::Office(o) => ("office", o.clone()),
        };
        Line {
            level,
            code,
            name: name.to_owned(),
            quarter: quarter.code(),
            from: quarter.first_day().to_string(),
            to: quarter.last_day().to_string(),
            counts,
            job_seekers: counts.job_seekers(),
            my_pages_opened: counts.openings(),
            online_rate: counts.rate(),
            target_rate: TARGET_RATE,
            baseline_rate: BASELINE_RATE,
            meets_target: counts.meets_target(),
            kiosk_share: counts.kiosk_share(),
            cumulative_openings: snapshot.cumulative_openings(scope, quarter),
        }
    }
}

/// The kiosk's one-tap rating of one office in one quarter, and its acceptances.
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct KioskRating {
    pub office_code: String,
    /// Applications accepted at the counter (求職申込みの受理).
    pub accepted: i64,
    pub survey_answers: i64,
    /// Answers per score, 1 to 5.
    pub survey_scores: [i64; 5],
    pub survey_mean: Option<f64>,
    /// Answers per reason code (`""` for none given).
    pub survey_reasons: Vec<(String, i64)>,
}

pub async fn kiosk_rating(
    db: &Db,
    office_code: &str,
    quarter: Quarter,
) -> Result<KioskRating, StorageError> {
    let (from, to) = quarter.bounds();
    let counts = db.period_counts(office_code, from, to).await?;
    let answers: i64 = counts.scores.iter().sum();
    let weighted: i64 = counts
        .scores
        .iter()
        .enumerate()
        .map(|(i, n)| (i as i64 + 1) * n)
        .sum();
    Ok(KioskRating {
        office_code: office_code.to_owned(),
        accepted: counts.accepted,
        survey_answers: answers,
        survey_scores: counts.scores,
        survey_mean: (answers > 0).then(|| weighted as f64 / answers as f64),
        survey_reasons: counts.reasons,
    })
}

fn csv_field(text: &str) -> String {
    // Quote always; a leading = + - @ is neutralised so a spreadsheet does not run it.
    let text = if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    format!("\"{}\"", text.replace('"', "\"\""))
}

fn rate_text(rate: Option<f64>) -> String {
    rate.map(|r| format!("{r:.4}")).unwrap_or_default()
}

/// CSV with a header line; UTF-8 with a BOM so spreadsheet software reads the office names.
pub fn csv(lines: &[Line]) -> String {
    let mut out = String::from("\u{feff}level,code,name,quarter,from,to,kiosk_registered,counter_registered,online_registered,job_seekers,kiosk_opened,counter_opened,online_opened,my_pages_opened,online_rate,target_rate,baseline_rate,kiosk_share,cumulative_openings\r\n");
    for l in lines {
        let c = &l.counts;
        let _ = write!(
            out,
            "{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{:.2},{:.3},{},{}\r\n",
            l.level,
            csv_field(&l.code),
            csv_field(&l.name),
            l.quarter,
            l.from,
            l.to,
            c.kiosk_registered,
            c.counter_registered,
            c.online_registered,
            l.job_seekers,
            c.kiosk_opened,
            c.counter_opened,
            c.online_opened,
            l.my_pages_opened,
            rate_text(l.online_rate),
            l.target_rate,
            l.baseline_rate,
            rate_text(l.kiosk_share),
            l.cumulative_openings,
        );
    }
    out
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The texts of the trend chart, already localised.
pub struct ChartLabels {
    pub title: String,
    pub target: String,
    pub baseline: String,
    /// Written over a quarter whose rate is not shown (none, or withheld).
    pub none: String,
    pub met: String,
    pub not_met: String,
}

/// A bar chart of the online rate per quarter (`None`: nothing to show for that quarter). Bars
/// that meet the goal are solid, the others hatched, and the legend says so; the goal is a
/// dashed line and the FY2019 baseline a dotted one, each labelled, and every bar carries its
/// percentage, so nothing depends on colour.
pub fn rate_chart(trend: &[(Quarter, Option<f64>)], labels: &ChartLabels) -> String {
    // The goal's and the baseline's labels sit in a margin right of the bars, never on them.
    let (width, height, left, bottom, top) = (760.0_f64, 300.0_f64, 48.0_f64, 60.0_f64, 16.0_f64);
    let right = 150.0_f64;
    let plot_h = height - bottom - top;
    let max = trend
        .iter()
        .filter_map(|(_, r)| *r)
        .fold(0.3_f64, f64::max)
        .min(1.0);
    let y = |rate: f64| top + plot_h * (1.0 - rate / max);
    let slot = (width - left - right) / trend.len().max(1) as f64;
    let mut svg = format!(
        "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"chart-title\">\
         <title id=\"chart-title\">{}</title>\
         <defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">\
         <rect width=\"6\" height=\"6\" fill=\"#ffffff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#0017c1\" stroke-width=\"3\"/></pattern></defs>",
        escape(&labels.title)
    );
    for tick in [0.0, 0.1, 0.2, 0.3, 0.4, 0.6, 0.8, 1.0] {
        if tick > max + 1e-9 {
            continue;
        }
        let ty = y(tick);
        let _ = write!(
            svg,
            "<line x1=\"{left}\" y1=\"{ty:.1}\" x2=\"{}\" y2=\"{ty:.1}\" stroke=\"#d9d9d9\" stroke-width=\"1\"/>\
             <text x=\"{}\" y=\"{:.1}\" font-size=\"12\" text-anchor=\"end\" fill=\"#1a1a1a\">{:.0}%</text>",
            width - right,
            left - 6.0,
            ty + 4.0,
            tick * 100.0
        );
    }
    for (i, (quarter, rate)) in trend.iter().enumerate() {
        let x = left + slot * i as f64 + slot * 0.2;
        let w = slot * 0.6;
        let value = rate.unwrap_or(0.0);
        let bar_y = y(value);
        let fill = if value >= TARGET_RATE {
            "#1a1a1a"
        } else {
            "url(#hatch)"
        };
        let _ = write!(
            svg,
            "<rect x=\"{x:.1}\" y=\"{bar_y:.1}\" width=\"{w:.1}\" height=\"{:.1}\" fill=\"{fill}\" stroke=\"#1a1a1a\" stroke-width=\"1\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"12\" text-anchor=\"middle\" fill=\"#1a1a1a\">{}</text>\
             <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"12\" text-anchor=\"middle\" fill=\"#1a1a1a\">{}</text>",
            (top + plot_h - bar_y).max(0.0),
            x + w / 2.0,
            (bar_y - 4.0).max(12.0),
            rate.map(|v| format!("{:.1}%", v * 100.0)).unwrap_or_else(|| escape(&labels.none)),
            x + w / 2.0,
            top + plot_h + 16.0,
            quarter.code(),
        );
    }
    for (rate, dash, label, colour) in [
        (TARGET_RATE, "8 4", &labels.target, "#c80000"),
        (BASELINE_RATE, "2 3", &labels.baseline, "#5c5c5c"),
    ] {
        let ty = y(rate);
        let _ = write!(
            svg,
            "<line x1=\"{left}\" y1=\"{ty:.1}\" x2=\"{}\" y2=\"{ty:.1}\" stroke=\"{colour}\" stroke-width=\"2\" stroke-dasharray=\"{dash}\"/>\
             <text x=\"{}\" y=\"{:.1}\" font-size=\"12\" text-anchor=\"start\" fill=\"{colour}\">{}</text>",
            width - right,
            width - right + 6.0,
            ty + 4.0,
            escape(label)
        );
    }
    let legend_y = height - 22.0;
    let _ = write!(
        svg,
        "<rect x=\"{left}\" y=\"{:.1}\" width=\"14\" height=\"14\" fill=\"#1a1a1a\"/>\
         <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"12\" fill=\"#1a1a1a\">{}</text>\
         <rect x=\"{:.1}\" y=\"{:.1}\" width=\"14\" height=\"14\" fill=\"url(#hatch)\" stroke=\"#1a1a1a\" stroke-width=\"1\"/>\
         <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"12\" fill=\"#1a1a1a\">{}</text></svg>",
        legend_y,
        left + 20.0,
        legend_y + 12.0,
        escape(&labels.met),
        left + 240.0,
        legend_y,
        left + 260.0,
        legend_y + 12.0,
        escape(&labels.not_met),
    );
    svg
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use time::macros::{date, datetime};

    use super::*;
    use crate::clock::local;

    #[test]
    fn fiscal_quarters_start_in_april() {
        assert_eq!(Quarter::containing(date!(2026 - 04 - 01)).code(), "2026Q1");
        assert_eq!(Quarter::containing(date!(2026 - 03 - 31)).code(), "2025Q4");
        assert_eq!(Quarter::containing(date!(2026 - 11 - 25)).code(), "2026Q3");
        assert_eq!(Quarter::containing(date!(2027 - 03 - 31)).code(), "2026Q4");
        let q4 = Quarter::parse("2026Q4").expect("parse");
        assert_eq!(q4.first_day(), date!(2027 - 01 - 01));
        assert_eq!(q4.last_day(), date!(2027 - 03 - 31));
        assert_eq!(q4.next().code(), "2027Q1");
        assert_eq!(Quarter::parse("2027q1").map(|q| q.previous()), Some(q4));
        assert_eq!(Quarter::parse("2026Q5"), None);
        assert_eq!(Quarter::parse("nonsense"), None);
        let (from, to) = q4.bounds();
        assert_eq!(to - from, 90 * 86_400);
        let window = q4.window(TREND_QUARTERS);
        assert_eq!(window.len(), 8);
        assert_eq!(window[0].code(), "2025Q1");
        assert_eq!(window[7], q4);
    }

    #[test]
    fn quarter_bounds_are_japan_time() {
        // 2026-09-30 23:59 JST is 14:59 UTC: still the second quarter; a minute later, the third.
        let (from, _) = Quarter::parse("2026Q3").expect("q").bounds();
        assert_eq!(from, datetime!(2026-09-30 15:00 UTC).unix_timestamp());
        let before = datetime!(2026-09-30 14:59 UTC).unix_timestamp();
        assert_eq!(Quarter::containing(local(before).date()).code(), "2026Q2");
        assert_eq!(Quarter::containing(local(from).date()).code(), "2026Q3");
        // The day numbers the database groups by agree with the bounds.
        assert_eq!(
            date_of_day_number((before + 32_400) / 86_400),
            Some(date!(2026 - 09 - 30))
        );
        assert_eq!(
            date_of_day_number((from + 32_400) / 86_400),
            Some(date!(2026 - 10 - 01))
        );
        // The fiscal year begins on 1 April in Japan, 31 March 15:00 UTC.
        let april = datetime!(2027-03-31 15:00 UTC).unix_timestamp();
        assert_eq!(
            Quarter::containing(date_of_day_number((april + 32_400) / 86_400).expect("d")).code(),
            "2027Q1"
        );
        assert_eq!(
            Quarter::containing(date_of_day_number((april - 1 + 32_400) / 86_400).expect("d"))
                .code(),
            "2026Q4"
        );
    }

    #[test]
    fn prefectures_are_the_first_two_digits() {
        assert_eq!(prefecture_of("13010"), Some("13"));
        assert_eq!(prefecture_of("01020"), Some("01"));
        assert_eq!(prefecture_of("48010"), None);
        assert_eq!(prefecture_of("x1"), None);
        assert_eq!(prefecture_of("1"), None);
    }

    #[test]
    fn the_rate_counts_every_channel() {
        let c = CellCounts {
            kiosk_registered: 10,
            kiosk_opened: 6,
            counter_registered: 70,
            counter_opened: 2,
            online_registered: 20,
            online_opened: 12,
        };
        assert_eq!(c.job_seekers(), 100);
        assert_eq!(c.openings(), 20);
        assert_eq!(c.rate(), Some(0.2));
        assert!(c.meets_target());
        assert_eq!(c.kiosk_share(), Some(0.3));
        assert_eq!(CellCounts::default().rate(), None);
        assert_eq!(CellCounts::default().kiosk_share(), None);
    }

    proptest! {
        #[test]
        fn the_rate_never_passes_one(parts in proptest::collection::vec((0i64..1000, 0i64..1000, 0i64..1000, 0i64..1000, 0i64..1000, 0i64..1000), 1..20)) {
            // Each part opened at most what it registered, as storage keeps them.
            let mut total = CellCounts::default();
            for (kr, ko, cr, co, or, oo) in parts {
                total.add(&CellCounts {
                    kiosk_registered: kr,
                    kiosk_opened: ko.min(kr),
                    counter_registered: cr,
                    counter_opened: co.min(cr),
                    online_registered: or,
                    online_opened: oo.min(or),
                });
            }
            prop_assert!(total.rate().is_none_or(|r| (0.0..=1.0).contains(&r)));
            prop_assert!(total.kiosk_share().is_none_or(|r| (0.0..=1.0).contains(&r)));
        }
    }

    #[test]
    fn csv_is_quoted_and_defused() {
        assert_eq!(csv_field("飯田橋"), "\"飯田橋\"");
        assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
    }

    #[test]
    fn the_chart_escapes_labels_and_marks_without_colour() {
        let labels = ChartLabels {
            title: "<script>".into(),
            target: "goal 20%".into(),
            baseline: "FY2019 8.0%".into(),
            none: "–".into(),
            met: "met".into(),
            not_met: "not met".into(),
        };
        let q = Quarter::parse("2026Q3").expect("q");
        let svg = rate_chart(&[(q.previous(), Some(0.1)), (q, Some(0.3))], &labels);
        assert!(svg.starts_with("<svg"));
        assert!(!svg.contains("<script>"));
        assert!(svg.contains("30.0%") && svg.contains("10.0%"));
        assert!(
            svg.contains("url(#hatch)"),
            "the bar below the goal is hatched"
        );
        assert!(svg.contains("stroke-dasharray=\"8 4\"") && svg.contains("FY2019 8.0%"));
    }
}
