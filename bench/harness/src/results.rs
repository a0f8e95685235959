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
    /// The same section measured under other conditions (`1 cpu`: the kiosk confined to one CPU
    /// and 2 GiB): its own file, its title and every summary line suffixed ` (1 cpu)`.
    pub fn labelled(mut self, label: Option<&str>) -> Self {
        if let Some(label) = label.filter(|l| !l.is_empty()) {
            let slug: String = label
                .chars()
                .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
                .collect();
            self.id = format!("{}-{slug}", self.id);
            self.title = format!("{} ({label})", self.title);
            for (k, _) in &mut self.summary {
                *k = format!("{k} ({label})");
            }
        }
        self
    }

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

#[cfg(test)]
mod tests {
    use super::Section;

    #[test]
    fn a_labelled_section_has_its_own_file_and_lines() {
        let s = Section {
            id: "20-touch-kiosk".into(),
            title: "Touch".into(),
            markdown: String::new(),
            summary: vec![("p95 ms key feedback".into(), "40".into())],
            busy: None,
            figures: serde_json::Value::Null,
        };
        let one = s.clone().labelled(Some("1 cpu"));
        assert_eq!(one.id, "20-touch-kiosk-1-cpu");
        assert_eq!(one.title, "Touch (1 cpu)");
        assert_eq!(one.summary[0].0, "p95 ms key feedback (1 cpu)");
        assert_eq!(s.clone().labelled(None).id, s.id);
    }
}
