//! Kanji by touch, measured: how often the writing pad's recogniser puts the written character
//! first and among the ten shown, how long it takes, and how often 変換 of a name's reading
//! offers the name among the first five.
//!
//! Handwriting: every character of a strokes file (`scripts/kanjivg-strokes`, KanjiVG's strokes
//! in writing order; `scripts/bench` writes the 常用漢字 and 人名用漢字 of Unihan's kJoyoKanji and
//! kJinmeiyoKanji) is written on a 300 × 300 pad and recognised by the kiosk's own recogniser.
//! Conversion: every name of a names file (`kanji<TAB>reading[<TAB>kind]` per line;
//! `scripts/bench` takes 300 surnames and 300 given names from PyPI's `gimei`) is converted as
//! the kiosk converts its field, tallied per kind: surnames with the names vocabulary from
//! Debian's SKK dictionaries, given names (kind `given names`) with the given-name vocabulary,
//! which ranks by Mozc's and IPAdic's word costs and composes names from characters
//! (`data/given-names.tsv`, compiled into core; gimei plays no part in building it).

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Instant;

use madoguchi_core::conversion::{Converter, Dictionary};
use madoguchi_core::given_names::GivenNames;
use madoguchi_core::ink::{Ink, Point};
use madoguchi_handwriting::{Recognizer, Script};

use madoguchi_bench::results::{table, Section};
use madoguchi_bench::stats::percentile;

#[derive(clap::Args)]
pub struct Args {
    /// JSON from scripts/kanjivg-strokes.
    #[arg(long)]
    strokes: PathBuf,
    /// `kanji<TAB>reading` per line.
    #[arg(long)]
    names: PathBuf,
    /// Where Debian's SKK dictionaries are.
    #[arg(long, default_value = "/usr/share/skk")]
    dictionaries: PathBuf,
    #[arg(long)]
    results: PathBuf,
}

const PAD: f64 = 300.0;

pub fn run(args: Args) -> Result<(), String> {
    let text = std::fs::read_to_string(&args.strokes)
        .map_err(|e| format!("{}: {e}", args.strokes.display()))?;
    let doc: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", args.strokes.display()))?;
    let box_side = doc["box"].as_f64().unwrap_or(109.0);
    let characters = doc["characters"]
        .as_object()
        .ok_or("the strokes file has no characters")?;
    let mut recognizer =
        Recognizer::open(&Script::Japanese.debian_model()).map_err(|e| e.to_string())?;

    let (mut top1, mut top10) = (0usize, 0usize);
    let mut times_ms: Vec<f64> = Vec::with_capacity(characters.len());
    let mut misses: Vec<String> = Vec::new();
    for (character, strokes) in characters {
        let ink = Ink {
            width: PAD as u32,
            height: PAD as u32,
            strokes: strokes
                .as_array()
                .map(|s| s.iter().map(|stroke| points(stroke, box_side)).collect())
                .unwrap_or_default(),
        };
        let began = Instant::now();
        let found = recognizer.candidates(&ink, 10).map_err(|e| e.to_string())?;
        times_ms.push(began.elapsed().as_secs_f64() * 1000.0);
        if found.first().is_some_and(|c| &c.text == character) {
            top1 += 1;
        }
        if found.iter().any(|c| &c.text == character) {
            top10 += 1;
        } else if misses.len() < 40 {
            misses.push(character.clone());
        }
    }
    let n = characters.len().max(1);
    let p50 = percentile(&times_ms, 50.0);
    let p95 = percentile(&times_ms, 95.0);

    let dictionary = |file: &str| -> Result<Dictionary, String> {
        let path = args.dictionaries.join(file);
        std::fs::read(&path)
            .map(|b| Dictionary::from_skk_euc_jp(&b))
            .map_err(|e| format!("{}: {e}", path.display()))
    };
    let (jinmei, general) = (dictionary("SKK-JISYO.jinmei")?, dictionary("SKK-JISYO.L")?);
    let converter = Converter::new(vec![&jinmei, &general]);
    let given_converter =
        Converter::for_given_names(GivenNames::bundled(), vec![&jinmei, &general]);
    let names = std::fs::read_to_string(&args.names)
        .map_err(|e| format!("{}: {e}", args.names.display()))?;
    // Per kind of name (the file's third column; "names" when absent): asked, in the first
    // five, among the twelve the candidates bar shows, and in the first five whole or one
    // character at a time (the visitor types a piece of the reading, converts it, and goes on).
    let mut kinds: Vec<(String, usize, usize, usize, usize)> = Vec::new();
    let mut pieces: HashMap<(bool, String), Vec<String>> = HashMap::new();
    let mut name_misses: Vec<String> = Vec::new();
    for line in names.lines() {
        let mut fields = line.split('\t');
        let (Some(kanji), Some(reading)) = (fields.next(), fields.next()) else {
            continue;
        };
        let kind = fields.next().unwrap_or("names").to_owned();
        // The kiosk's given-name field converts as a given name; every other name as a name.
        let given = kind == "given names";
        let field = if given { &given_converter } else { &converter };
        let offered: Vec<String> = field
            .convert(reading, 12)
            .filter(|c| c.rest.is_empty())
            .map(|c| c.candidates)
            .unwrap_or_default();
        let at = offered.iter().position(|c| c == kanji);
        let whole = at.is_some_and(|at| at < 5);
        let by_character = whole || {
            let mut first_five = |piece: &str| -> Vec<String> {
                pieces
                    .entry((given, piece.to_owned()))
                    .or_insert_with(|| {
                        field
                            .convert(piece, 12)
                            .filter(|c| c.rest.is_empty())
                            .map(|c| c.candidates.into_iter().take(5).collect())
                            .unwrap_or_default()
                    })
                    .clone()
            };
            let kanji: Vec<char> = kanji.chars().collect();
            let reading: Vec<char> = reading.chars().collect();
            spelt_by_character(&kanji, &reading, &mut first_five)
        };
        let i = match kinds.iter().position(|k| k.0 == kind) {
            Some(i) => i,
            None => {
                kinds.push((kind, 0, 0, 0, 0));
                kinds.len() - 1
            }
        };
        let tally = &mut kinds[i];
        tally.1 += 1;
        tally.2 += usize::from(whole);
        tally.3 += usize::from(at.is_some());
        tally.4 += usize::from(by_character);
        if at.is_none_or(|at| at >= 5) && name_misses.len() < 30 {
            name_misses.push(format!("{kanji}（{reading}）"));
        }
    }
    let asked: usize = kinds.iter().map(|k| k.1).sum();
    let hit5: usize = kinds.iter().map(|k| k.2).sum();
    let rate = |k: usize, of: usize| k as f64 / of.max(1) as f64;

    let markdown = format!(
        "The kiosk's recogniser (libzinnia with Debian's `tegaki-zinnia-japanese`) reads each \
         character of KanjiVG's strokes written on a 300 × 300 pad; 変換 asks Debian's SKK \
         dictionaries (names first) for each surname's reading, and for a given name's reading \
         ranks Mozc's and IPAdic's given names by their word costs and composes names from \
         their characters (`data/given-names.tsv`), SKK's names after them.\n\n{}\n\n{}\n\nNot among the ten: \
         {}\n\nNot among the first five: {}\n",
        table(
            &[
                "handwriting",
                "characters",
                "top-1",
                "top-10",
                "p50 ms",
                "p95 ms"
            ],
            &[vec![
                "常用漢字 + 人名用漢字".into(),
                characters.len().to_string(),
                format!("{:.3}", rate(top1, n)),
                format!("{:.3}", rate(top10, n)),
                format!("{p50:.2}"),
                format!("{p95:.2}"),
            ]],
        ),
        table(
            &[
                "conversion",
                "names",
                "top-5",
                "top-12 (the bar)",
                "top-5 whole or by character"
            ],
            &kinds
                .iter()
                .map(|(kind, n, five, twelve, by_character)| {
                    vec![
                        kind.clone(),
                        n.to_string(),
                        format!("{:.3}", rate(*five, *n)),
                        format!("{:.3}", rate(*twelve, *n)),
                        format!("{:.3}", rate(*by_character, *n)),
                    ]
                })
                .collect::<Vec<_>>(),
        ),
        if misses.is_empty() {
            "none".into()
        } else {
            misses.join(" ")
        },
        if name_misses.is_empty() {
            "none".into()
        } else {
            name_misses.join(" ")
        },
    );
    Section {
        id: "60-kanji".into(),
        title: "Kanji by touch: handwriting and 変換".into(),
        markdown,
        summary: vec![
            ("handwriting top-1".into(), format!("{:.2}", rate(top1, n))),
            (
                "handwriting top-10".into(),
                format!("{:.2}", rate(top10, n)),
            ),
            ("p95 ms handwriting".into(), format!("{p95:.1}")),
            (
                "conversion names top-5".into(),
                format!("{:.2}", rate(hit5, asked)),
            ),
        ]
        .into_iter()
        .chain(kinds.iter().map(|(kind, n, five, _, _)| {
            (
                format!("conversion {kind} top-5"),
                format!("{:.2}", rate(*five, *n)),
            )
        }))
        .collect(),
        busy: None,
        figures: serde_json::json!({
            "characters": characters.len(), "top1": top1, "top10": top10,
            "p50_ms": p50, "p95_ms": p95, "names": asked, "names_top5": hit5,
        }),
    }
    .write(&args.results)
    .map_err(|e| e.to_string())
}

/// Whether the name can be typed one character at a time: the reading cut into one piece per
/// character (of at most four kana), each character among the first five its piece converts
/// to (a kana character is its own piece).
fn spelt_by_character(
    kanji: &[char],
    reading: &[char],
    first_five: &mut dyn FnMut(&str) -> Vec<String>,
) -> bool {
    let Some((&c, later)) = kanji.split_first() else {
        return reading.is_empty();
    };
    if kanji.len() > 6 {
        return false;
    }
    (1..=reading.len().min(4)).any(|n| {
        let piece: String = reading[..n].iter().collect();
        let here = piece == c.to_string() || first_five(&piece).contains(&c.to_string());
        here && spelt_by_character(later, &reading[n..], first_five)
    })
}

/// One stroke of the file, scaled from its box to the pad (a margin of a tenth each side).
fn points(stroke: &serde_json::Value, box_side: f64) -> Vec<Point> {
    let scale = PAD * 0.8 / box_side;
    stroke
        .as_array()
        .map(|ps| {
            ps.iter()
                .map(|p| Point {
                    x: PAD * 0.1 + p[0].as_f64().unwrap_or(0.0) * scale,
                    y: PAD * 0.1 + p[1].as_f64().unwrap_or(0.0) * scale,
                })
                .collect()
        })
        .unwrap_or_default()
}
