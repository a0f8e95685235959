//! The plan's scorecard (§5, updated quarterly) and survey (§6), per office and quarter.
//!
//! Quarters are Japanese fiscal quarters (第1四半期 is April–June). The online rate is the
//! plan's own measure, My Page openings ÷ applications, here counted over applications made at
//! the kiosks, against the 20 % goal. The survey is the kiosk's one question after 完了:
//! answers per score 1–5 and their mean. The same figures come as HTML with an SVG chart, CSV
//! and JSON; the chart is drawn here, with numbers only, so it needs no script.

use std::fmt::Write as _;

use serde::Serialize;
use time::{Date, Month};

use crate::clock::day_bounds;
use crate::storage::{Db, Office, StorageError};

/// The plan's goal for the online rate (seed §4: 20 %).
pub const TARGET_RATE: f64 = 0.20;

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

/// One office's figures for one quarter.
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct Row {
    pub office_code: String,
    pub office_name: String,
    /// `2026Q3`.
    pub quarter: String,
    pub fiscal_year: i32,
    pub from: String,
    pub to: String,
    /// Applications received from the office's kiosks.
    pub applications: i64,
    /// My Pages opened from those applications' QR codes.
    pub my_pages_opened: i64,
    /// `my_pages_opened / applications`, `None` without applications.
    pub online_rate: Option<f64>,
    pub target_rate: f64,
    /// Applications accepted at the counter (求職申込みの受理).
    pub accepted: i64,
    pub survey_answers: i64,
    /// Answers per score, 1 to 5.
    pub survey_scores: [i64; 5],
    pub survey_mean: Option<f64>,
    /// Answers per reason code (`""` for none given).
    pub survey_reasons: Vec<(String, i64)>,
}

impl Row {
    pub fn meets_target(&self) -> bool {
        self.online_rate.is_some_and(|r| r >= TARGET_RATE)
    }
}

pub async fn row(db: &Db, office: &Office, quarter: Quarter) -> Result<Row, StorageError> {
    let (from, to) = quarter.bounds();
    let counts = db.period_counts(&office.code, from, to).await?;
    let answers: i64 = counts.scores.iter().sum();
    let weighted: i64 = counts
        .scores
        .iter()
        .enumerate()
        .map(|(i, n)| (i as i64 + 1) * n)
        .sum();
    Ok(Row {
        office_code: office.code.clone(),
        office_name: office.name.clone(),
        quarter: quarter.code(),
        fiscal_year: quarter.fiscal_year,
        from: quarter.first_day().to_string(),
        to: quarter.last_day().to_string(),
        applications: counts.applications,
        my_pages_opened: counts.my_pages_opened,
        online_rate: (counts.applications > 0)
            .then(|| counts.my_pages_opened as f64 / counts.applications as f64),
        target_rate: TARGET_RATE,
        accepted: counts.accepted,
        survey_answers: answers,
        survey_scores: counts.scores,
        survey_mean: (answers > 0).then(|| weighted as f64 / answers as f64),
        survey_reasons: counts.reasons,
    })
}

/// The rows for `offices` in one quarter.
pub async fn rows(db: &Db, offices: &[Office], quarter: Quarter) -> Result<Vec<Row>, StorageError> {
    let mut out = Vec::with_capacity(offices.len());
    for office in offices {
        out.push(row(db, office, quarter).await?);
    }
    Ok(out)
}

/// One office over the `n` quarters up to and including `last`, oldest first.
pub async fn trend(
    db: &Db,
    office: &Office,
    last: Quarter,
    n: usize,
) -> Result<Vec<Row>, StorageError> {
    let mut quarters = vec![last];
    while quarters.len() < n {
        let earliest = quarters.last().copied().unwrap_or(last);
        quarters.push(earliest.previous());
    }
    quarters.reverse();
    let mut out = Vec::with_capacity(n);
    for q in quarters {
        out.push(row(db, office, q).await?);
    }
    Ok(out)
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
pub fn csv(rows: &[Row]) -> String {
    let mut out = String::from("\u{feff}office_code,office_name,quarter,from,to,applications,my_pages_opened,online_rate,target_rate,accepted,survey_answers,score_1,score_2,score_3,score_4,score_5,survey_mean\r\n");
    for r in rows {
        let _ = write!(
            out,
            "{},{},{},{},{},{},{},{},{:.2},{},{},{},{},{},{},{},{}\r\n",
            csv_field(&r.office_code),
            csv_field(&r.office_name),
            r.quarter,
            r.from,
            r.to,
            r.applications,
            r.my_pages_opened,
            rate_text(r.online_rate),
            r.target_rate,
            r.accepted,
            r.survey_answers,
            r.survey_scores[0],
            r.survey_scores[1],
            r.survey_scores[2],
            r.survey_scores[3],
            r.survey_scores[4],
            r.survey_mean.map(|m| format!("{m:.2}")).unwrap_or_default(),
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

/// A bar chart of the online rate per quarter with the 20 % goal as a dashed line. Labels come
/// in already localised; everything else is numbers.
pub fn rate_chart(trend: &[Row], title: &str, target_label: &str) -> String {
    let (width, height, left, bottom, top) = (560.0_f64, 260.0_f64, 48.0_f64, 36.0_f64, 16.0_f64);
    let plot_h = height - bottom - top;
    let max = trend
        .iter()
        .filter_map(|r| r.online_rate)
        .fold(0.4_f64, f64::max)
        .min(1.0);
    let y = |rate: f64| top + plot_h * (1.0 - rate / max);
    let slot = (width - left - 8.0) / trend.len().max(1) as f64;
    let mut svg = format!(
        "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"chart-title\">\
         <title id=\"chart-title\">{}</title>",
        escape(title)
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
            width - 8.0,
            left - 6.0,
            ty + 4.0,
            tick * 100.0
        );
    }
    for (i, r) in trend.iter().enumerate() {
        let x = left + slot * i as f64 + slot * 0.2;
        let w = slot * 0.6;
        let rate = r.online_rate.unwrap_or(0.0);
        let bar_y = y(rate);
        let fill = if r.meets_target() {
            "#1a6b2f"
        } else {
            "#0017c1"
        };
        let _ = write!(
            svg,
            "<rect x=\"{x:.1}\" y=\"{bar_y:.1}\" width=\"{w:.1}\" height=\"{:.1}\" fill=\"{fill}\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"12\" text-anchor=\"middle\" fill=\"#1a1a1a\">{}</text>\
             <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"12\" text-anchor=\"middle\" fill=\"#1a1a1a\">{}</text>",
            (top + plot_h - bar_y).max(0.0),
            x + w / 2.0,
            (bar_y - 4.0).max(12.0),
            r.online_rate.map(|v| format!("{:.1}%", v * 100.0)).unwrap_or_else(|| "–".into()),
            x + w / 2.0,
            height - bottom + 18.0,
            escape(&r.quarter),
        );
    }
    let ty = y(TARGET_RATE);
    let _ = write!(
        svg,
        "<line x1=\"{left}\" y1=\"{ty:.1}\" x2=\"{}\" y2=\"{ty:.1}\" stroke=\"#c80000\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>\
         <text x=\"{}\" y=\"{:.1}\" font-size=\"12\" text-anchor=\"end\" fill=\"#c80000\">{}</text></svg>",
        width - 8.0,
        width - 10.0,
        ty - 6.0,
        escape(target_label)
    );
    svg
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::*;

    #[test]
    fn fiscal_quarters_start_in_april() {
        assert_eq!(Quarter::containing(date!(2026 - 04 - 01)).code(), "2026Q1");
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
    }

    #[test]
    fn csv_is_quoted_and_defused() {
        assert_eq!(csv_field("飯田橋"), "\"飯田橋\"");
        assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
    }

    #[test]
    fn the_chart_escapes_labels() {
        let r = Row {
            office_code: "13010".into(),
            office_name: "x".into(),
            quarter: "2026Q3".into(),
            fiscal_year: 2026,
            from: String::new(),
            to: String::new(),
            applications: 10,
            my_pages_opened: 3,
            online_rate: Some(0.3),
            target_rate: TARGET_RATE,
            accepted: 0,
            survey_answers: 0,
            survey_scores: [0; 5],
            survey_mean: None,
            survey_reasons: vec![],
        };
        let svg = rate_chart(&[r], "<script>", "goal 20%");
        assert!(svg.starts_with("<svg"));
        assert!(!svg.contains("<script>"));
        assert!(svg.contains("30.0%"));
    }
}
