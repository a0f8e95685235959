//! The statuses of residence (在留資格) a foreign national's residence card can show, and what
//! each says about work.
//!
//! The kiosk asks a foreign national for the status and its expiry so the counter need not: the
//! list is the Immigration Services Agency's (`data/residence-statuses.tsv`, source and date in
//! `data/SOURCES.md`), with 特別永住者 beside it, which the residence card's holders meet on the
//! same kind of card. Whether a status allows work is a note for staff, never a refusal: the
//! counter checks permission for activities outside the status (資格外活動許可) and designations
//! (指定書), which the kiosk cannot see. Names come from Fluent (`res-<code>` in
//! `locales/*/residence.ftl`), so only codes travel.

use std::sync::OnceLock;

const TSV: &str = include_str!("../../data/residence-statuses.tsv");
const HEADER: &str = "code\tname\twork";

/// What a status says about work, as the agency's table groups the statuses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum WorkPermit {
    /// Work within the activities of the status only (技術・人文知識・国際業務, 特定技能…).
    Limited,
    /// Work as the designation (指定書) of 特定活動 says.
    Designated,
    /// No work without permission for activities outside the status (留学, 家族滞在…).
    None,
    /// No limit on work (永住者, 日本人の配偶者等, 定住者, 特別永住者).
    Unrestricted,
}

impl WorkPermit {
    fn from_code(code: &str) -> Option<WorkPermit> {
        match code {
            "limited" => Some(WorkPermit::Limited),
            "designated" => Some(WorkPermit::Designated),
            "none" => Some(WorkPermit::None),
            "unrestricted" => Some(WorkPermit::Unrestricted),
            _ => None,
        }
    }

    /// The code the counter's texts and the check's message arguments use.
    pub fn code(self) -> &'static str {
        match self {
            WorkPermit::Limited => "limited",
            WorkPermit::Designated => "designated",
            WorkPermit::None => "none",
            WorkPermit::Unrestricted => "unrestricted",
        }
    }
}

/// One status of residence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResidenceStatus {
    pub code: String,
    /// The agency's Japanese name, as printed on the residence card.
    pub name: String,
    pub work: WorkPermit,
}

/// Every status, in the agency's order, parsed once from the bundled table.
pub fn statuses() -> &'static [ResidenceStatus] {
    static ALL: OnceLock<Vec<ResidenceStatus>> = OnceLock::new();
    ALL.get_or_init(|| parse(TSV))
}

/// The status with this code, if the table has it.
pub fn status(code: &str) -> Option<&'static ResidenceStatus> {
    statuses().iter().find(|s| s.code == code)
}

/// Lines that do not parse are skipped; `bundled_table_parses_whole` keeps the shipped table
/// from losing any.
fn parse(text: &str) -> Vec<ResidenceStatus> {
    let mut lines = text.lines();
    if lines.next().map(str::trim_end) != Some(HEADER) {
        return Vec::new();
    }
    lines
        .filter_map(|line| {
            let mut cols = line.trim_end().split('\t');
            let (code, name, work) = (cols.next()?, cols.next()?, cols.next()?);
            Some(ResidenceStatus {
                code: code.to_owned(),
                name: name.to_owned(),
                work: WorkPermit::from_code(work)?,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;
    use std::path::Path;

    use super::*;

    #[test]
    fn bundled_table_parses_whole() {
        let rows = TSV.lines().skip(1).filter(|l| !l.trim().is_empty()).count();
        assert_eq!(statuses().len(), rows);
        assert_eq!(rows, 30, "29 statuses of the agency's table and 特別永住者");
        let codes: BTreeSet<&str> = statuses().iter().map(|s| s.code.as_str()).collect();
        assert_eq!(codes.len(), rows, "a code appears twice");
    }

    #[test]
    fn work_follows_the_agencys_groups() {
        let work = |code: &str| status(code).map(|s| s.work);
        assert_eq!(work("student"), Some(WorkPermit::None));
        assert_eq!(work("dependent"), Some(WorkPermit::None));
        assert_eq!(
            work("engineer-humanities-international"),
            Some(WorkPermit::Limited)
        );
        assert_eq!(work("designated-activities"), Some(WorkPermit::Designated));
        assert_eq!(
            work("spouse-of-japanese-national"),
            Some(WorkPermit::Unrestricted)
        );
        assert_eq!(status("tourist"), None);
    }

    #[test]
    fn every_status_has_a_name_in_every_locale() {
        let want: BTreeSet<String> = statuses()
            .iter()
            .map(|s| format!("res-{}", s.code))
            .collect();
        for locale in ["ja", "ja-easy", "en"] {
            let path = Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../locales")
                .join(locale)
                .join("residence.ftl");
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
            let named: Vec<(&str, &str)> = text
                .lines()
                .filter_map(|l| l.split_once(" = "))
                .filter(|(id, _)| id.starts_with("res-") && !id.starts_with("res-work-"))
                .map(|(id, v)| (id.trim(), v.trim()))
                .collect();
            let ids: BTreeSet<String> = named.iter().map(|(id, _)| (*id).to_owned()).collect();
            assert_eq!(ids, want, "{locale}/residence.ftl and the table differ");
            if locale == "ja" {
                for (id, value) in named {
                    let code = id.trim_start_matches("res-");
                    assert_eq!(status(code).map(|s| s.name.as_str()), Some(value), "{id}");
                }
            }
        }
    }
}
