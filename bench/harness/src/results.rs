//! One result file per benchmark (`<dir>/<id>.json`), read back by `madoguchi-bench report`.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::load::Busy;

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Section {
    /// File name and sort key, e.g. `30-intake-sqlite`.
    pub id: String,
    pub title: String,
    /// The section's body: how it was measured, tables of figures.
    pub markdown: String,
    /// Lines of the closing summary: (`ratio intake sqlite/raw`, `0.64`).
    pub summary: Vec<(String, String)>,
    /// How busy the machine was meanwhile.
    pub busy: Option<Busy>,
    /// Every figure, machine-readable.
    pub figures: serde_json::Value,
}

impl Section {
    /// Writes the section and prints it, so a run shows its figures as it goes.
    pub fn write(&self, dir: &Path) -> std::io::Result<()> {
        std::fs::create_dir_all(dir)?;
        let json = serde_json::to_string_pretty(self).map_err(std::io::Error::other)?;
        std::fs::write(dir.join(format!("{}.json", self.id)), json)?;
        println!("\n## {}\n\n{}", self.title, self.markdown);
        for (k, v) in &self.summary {
            println!("{k}: {v}");
        }
        Ok(())
    }
}

/// Every section in `dir`, in id order.
pub fn read_all(dir: &Path) -> Vec<Section> {
    let mut out: Vec<Section> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "json"))
        .filter_map(|e| std::fs::read_to_string(e.path()).ok())
        .filter_map(|t| serde_json::from_str(&t).ok())
        .collect();
    out.sort_by(|a, b| a.id.cmp(&b.id));
    out
}

/// When each section in `dir` was measured (its file's time, UTC), by section id.
pub fn measured_at(dir: &Path) -> std::collections::HashMap<String, String> {
    std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let path = e.path();
            let id = path.file_stem()?.to_str()?.to_owned();
            let modified = e.metadata().ok()?.modified().ok()?;
            let when = time::OffsetDateTime::from(modified)
                .format(&time::macros::format_description!(
                    "[year]-[month]-[day] [hour]:[minute] UTC"
                ))
                .ok()?;
            (path.extension()? == "json").then_some((id, when))
        })
        .collect()
}

/// A markdown table from a header and rows.
pub fn table(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut s = format!("| {} |\n|", header.join(" | "));
    for _ in header {
        s.push_str(" --- |");
    }
    s.push('\n');
    for r in rows {
        s.push_str(&format!("| {} |\n", r.join(" | ")));
    }
    s
}
