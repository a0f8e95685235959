//! The WCAG 2.2 AA audit: axe-core (npm, installed into `tests/e2e/node_modules` by
//! `scripts/e2e`) injected into the page through WebDriver and run on what is on screen.
//!
//! Every violation is written to `artifacts/axe/<audit>.json` and `.md` (rule, impact, page,
//! element, what to fix). The goal is zero; until the UI gets there, `tests/e2e/axe-known.txt`
//! lists the violations already reported (`<page> <rule>` per line) and [`Audit::finish`] fails
//! on any violation not listed there, so the count can only go down. A listed violation that is no
//! longer found on a page this audit visited is reported, for the line to be removed.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use std::sync::OnceLock;

use serde_json::{json, Value};
use thirtyfour::WebDriver;

use crate::tools;

/// axe's tags for WCAG 2.0, 2.1 and 2.2 at levels A and AA.
pub const TAGS: &[&str] = &[
    "wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa",
];

/// One rule broken on one page, with the elements that break it.
#[derive(Debug, Clone)]
pub struct Violation {
    pub page: String,
    pub rule: String,
    pub impact: String,
    pub help: String,
    pub help_url: String,
    /// CSS selector, HTML excerpt and axe's summary of what to fix, per element.
    pub nodes: Vec<(String, String, String)>,
}

pub struct Audit {
    name: String,
    pages: Vec<String>,
    violations: Vec<Violation>,
}

fn axe_source() -> &'static str {
    static SOURCE: OnceLock<String> = OnceLock::new();
    SOURCE.get_or_init(|| {
        let path = tools::node_modules().join("axe-core/axe.min.js");
        std::fs::read_to_string(&path).unwrap_or_else(|e| {
            panic!(
                "{} cannot be read ({e}): `npm --prefix tests/e2e ci`, or run `scripts/e2e`, \
                 which does",
                path.display()
            )
        })
    })
}

/// `tests/e2e/axe-known.txt`: `<page> <rule>` pairs already reported; a page ending in `*`
/// stands for every page it starts (`kiosk/* meta-viewport`).
fn known() -> BTreeSet<(String, String)> {
    let path = tools::repo_root().join("tests/e2e/axe-known.txt");
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let mut parts = l.split_whitespace();
            Some((parts.next()?.to_owned(), parts.next()?.to_owned()))
        })
        .collect()
}

impl Audit {
    /// `name` names the report: `artifacts/axe/<name>.json`.
    pub fn new(name: &str) -> Audit {
        Audit {
            name: name.to_owned(),
            pages: Vec::new(),
            violations: Vec::new(),
        }
    }

    /// Runs axe on the page as it is now and records what it finds under `page` (a short name
    /// without spaces, e.g. `kiosk/review` or `phone/my`).
    pub async fn check(&mut self, d: &WebDriver, page: &str) {
        let found = run(d, page).await;
        if !self.pages.iter().any(|p| p == page) {
            self.pages.push(page.to_owned());
        }
        for v in found {
            // The same rule on the same page seen again (a page audited twice) counts once.
            if !self
                .violations
                .iter()
                .any(|w| w.page == v.page && w.rule == v.rule)
            {
                self.violations.push(v);
            }
        }
    }

    pub fn violations(&self) -> &[Violation] {
        &self.violations
    }

    /// Writes the report and fails on violations not in `tests/e2e/axe-known.txt`.
    pub fn finish(self) {
        let dir = tools::repo_root().join("artifacts/axe");
        std::fs::create_dir_all(&dir).expect("artifacts/axe can be created");
        let json_path = dir.join(format!("{}.json", self.name));
        let md_path = dir.join(format!("{}.md", self.name));
        std::fs::write(&json_path, self.to_json().to_string())
            .unwrap_or_else(|e| panic!("{} cannot be written: {e}", json_path.display()));
        std::fs::write(&md_path, self.to_markdown())
            .unwrap_or_else(|e| panic!("{} cannot be written: {e}", md_path.display()));

        let known = known();
        let listed = |page: &str, rule: &str| {
            known
                .iter()
                .any(|(p, r)| r == rule && page_matches(p, page))
        };
        let new: Vec<&Violation> = self
            .violations
            .iter()
            .filter(|v| !listed(&v.page, &v.rule))
            .collect();
        // A line whose pages this audit visited without finding its rule on any of them.
        let fixed: Vec<String> = known
            .iter()
            .filter(|(pattern, rule)| {
                self.pages.iter().any(|p| page_matches(pattern, p))
                    && !self
                        .violations
                        .iter()
                        .any(|v| &v.rule == rule && page_matches(pattern, &v.page))
            })
            .map(|(page, rule)| format!("{page} {rule}"))
            .collect();
        eprintln!(
            "axe {}: {} page(s), {} violation(s) ({} not yet listed in tests/e2e/axe-known.txt); \
             report {}",
            self.name,
            self.pages.len(),
            self.violations.len(),
            new.len(),
            md_path.display()
        );
        if !fixed.is_empty() {
            eprintln!(
                "axe {}: fixed, remove from tests/e2e/axe-known.txt: {}",
                self.name,
                fixed.join(", ")
            );
        }
        if !new.is_empty() {
            let list: Vec<String> = new.iter().map(|v| describe(v)).collect();
            panic!(
                "axe found WCAG 2.2 AA violations (report: {}):\n{}",
                md_path.display(),
                list.join("\n")
            );
        }
    }

    fn to_json(&self) -> Value {
        let violations: Vec<Value> = self
            .violations
            .iter()
            .map(|v| {
                json!({
                    "page": v.page,
                    "rule": v.rule,
                    "impact": v.impact,
                    "help": v.help,
                    "helpUrl": v.help_url,
                    "nodes": v.nodes.iter().map(|(target, html, summary)| json!({
                        "target": target, "html": html, "summary": summary,
                    })).collect::<Vec<_>>(),
                })
            })
            .collect();
        json!({ "audit": self.name, "tags": TAGS, "pages": self.pages, "violations": violations })
    }

    fn to_markdown(&self) -> String {
        let mut out = format!(
            "# axe-core, WCAG 2.2 AA: {}\n\nPages audited: {}.\n\n",
            self.name,
            self.pages.join(", ")
        );
        if self.violations.is_empty() {
            out.push_str("No violations.\n");
            return out;
        }
        let mut by_rule: BTreeMap<&str, Vec<&Violation>> = BTreeMap::new();
        for v in &self.violations {
            by_rule.entry(&v.rule).or_default().push(v);
        }
        for (rule, list) in by_rule {
            let first = list[0];
            out.push_str(&format!(
                "## {rule} ({}) — {}\n\n{}\n\n",
                first.impact, first.help, first.help_url
            ));
            for v in list {
                for (target, html, summary) in &v.nodes {
                    out.push_str(&format!(
                        "- `{}` `{}`: `{}` — {}\n",
                        v.page,
                        target,
                        html.replace('`', "'"),
                        summary.replace('\n', " ")
                    ));
                }
            }
            out.push('\n');
        }
        out
    }
}

/// Whether a page of `tests/e2e/axe-known.txt` (`kiosk/review`, or `kiosk/*`) names `page`.
fn page_matches(pattern: &str, page: &str) -> bool {
    match pattern.strip_suffix('*') {
        Some(prefix) => page.starts_with(prefix),
        None => pattern == page,
    }
}

fn describe(v: &Violation) -> String {
    let targets: Vec<&str> = v.nodes.iter().map(|(t, _, _)| t.as_str()).take(5).collect();
    format!(
        "  {} {} ({}): {} — {}",
        v.page,
        v.rule,
        v.impact,
        v.help,
        targets.join(", ")
    )
}

/// Injects axe (once per document) and runs it on the whole document.
async fn run(d: &WebDriver, page: &str) -> Vec<Violation> {
    let present = d
        .execute("return typeof window.axe === 'object';", Vec::new())
        .await
        .map(|r| r.json().as_bool() == Some(true))
        .unwrap_or(false);
    if !present {
        let script = format!("{}\n;return typeof window.axe;", axe_source());
        let kind = d
            .execute(&script, Vec::new())
            .await
            .unwrap_or_else(|e| panic!("axe-core cannot be injected into {page}: {e}"));
        assert_eq!(
            kind.json().as_str(),
            Some("object"),
            "axe-core did not load in {page}"
        );
    }
    const RUN: &str = r#"
        const done = arguments[arguments.length - 1];
        const tags = arguments[0];
        window.axe
            .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
            .then((r) => done(JSON.stringify(r.violations.map((v) => ({
                id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                nodes: v.nodes.map((n) => ({
                    target: n.target.map(String).join(' '),
                    html: n.html.slice(0, 300),
                    summary: n.failureSummary || '',
                })),
            })))))
            .catch((e) => done(JSON.stringify({ error: String(e) })));
    "#;
    let result = d
        .execute_async(RUN, vec![json!(TAGS)])
        .await
        .unwrap_or_else(|e| panic!("axe-core does not run on {page}: {e}"));
    let text = result.json().as_str().unwrap_or("null").to_owned();
    let parsed: Value = serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("axe-core's answer on {page} is not JSON ({e}): {text}"));
    if let Some(error) = parsed.get("error") {
        panic!("axe-core failed on {page}: {error}");
    }
    let list = parsed.as_array().cloned().unwrap_or_default();
    list.iter()
        .map(|v| {
            let s = |k: &str| v.get(k).and_then(Value::as_str).unwrap_or("").to_owned();
            let nodes = v
                .get("nodes")
                .and_then(Value::as_array)
                .map(|nodes| {
                    nodes
                        .iter()
                        .map(|n| {
                            let s = |k: &str| n.get(k).and_then(Value::as_str).unwrap_or("");
                            (
                                s("target").to_owned(),
                                s("html").to_owned(),
                                s("summary").to_owned(),
                            )
                        })
                        .collect()
                })
                .unwrap_or_default();
            Violation {
                page: page.to_owned(),
                rule: s("id"),
                impact: s("impact"),
                help: s("help"),
                help_url: s("helpUrl"),
                nodes,
            }
        })
        .collect()
}

/// Where the reports go.
pub fn report_dir() -> PathBuf {
    tools::repo_root().join("artifacts/axe")
}

#[cfg(test)]
mod tests {
    use super::page_matches;

    #[test]
    fn known_pages_match() {
        assert!(page_matches("kiosk/*", "kiosk/review"));
        assert!(page_matches("kiosk/review", "kiosk/review"));
        assert!(!page_matches("kiosk/review", "kiosk/review-x"));
        assert!(!page_matches("phone/*", "kiosk/review"));
    }
}
