//! Kanji by touch: the writing pad's recogniser and the 変換 dictionaries, opened once per
//! kiosk and shared by every visitor.
//!
//! Both are read from Debian's packages (the `.deb` depends on them): the Tegaki model for
//! libzinnia and the SKK dictionaries. They are opened lazily — [`KanjiInput::warm`] starts it
//! in the background after the first screen is up — so the kiosk's start does not wait for a few
//! megabytes it needs only when a visitor first reaches a name field. Given names are ranked
//! with the table compiled into core (`data/given-names.tsv`, `madoguchi_core::given_names`),
//! parsed with the dictionaries. Strokes and readings pass
//! through in memory and are never logged.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use madoguchi_core::conversion::{Conversion, Converter, Dictionary, Vocabulary};
use madoguchi_core::given_names::GivenNames;
use madoguchi_core::ink::{Ink, PadScript};
use madoguchi_core::kiosk_api::CommandError;
use madoguchi_core::variants;
use madoguchi_handwriting::{Recognizer, Script};

/// How many characters the pad offers: on a touch kiosk the right one must be among them.
pub const PAD_CANDIDATES: usize = 20;
/// How many spellings one 変換 offers, the kana choices included.
pub const CONVERSION_CANDIDATES: usize = 12;
/// How many readings of a written name are suggested for its フリガナ.
pub const READING_SUGGESTIONS: usize = 3;

/// Where the model and the dictionaries are.
#[derive(Debug, Clone)]
pub struct KanjiSources {
    pub handwriting_model: PathBuf,
    /// The simplified-Chinese model, for visitors who write their name that way.
    pub chinese_model: PathBuf,
    pub dictionary_dir: PathBuf,
}

impl Default for KanjiSources {
    /// Debian's places: `tegaki-zinnia-japanese`, `tegaki-zinnia-simplified-chinese`, `skkdic`,
    /// `skkdic-extra`.
    fn default() -> KanjiSources {
        KanjiSources {
            handwriting_model: Script::Japanese.debian_model(),
            chinese_model: Script::SimplifiedChinese.debian_model(),
            dictionary_dir: PathBuf::from("/usr/share/skk"),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum KanjiError {
    #[error("the handwriting model could not be opened: {0}")]
    Model(String),
    #[error("the dictionary {path} could not be read: {why}")]
    Dictionary { path: PathBuf, why: std::io::Error },
    #[error("recognition failed: {0}")]
    Recognition(String),
}

impl KanjiError {
    /// The visitor's message: kanji input is not working here, use kana or ask staff.
    pub fn to_command_error(&self) -> CommandError {
        CommandError::new("kanji-unavailable")
    }
}

/// The three dictionaries 変換 asks, and the given names' table.
struct Dictionaries {
    names: Dictionary,
    places: Dictionary,
    general: Dictionary,
    given_names: &'static GivenNames<'static>,
}

impl Dictionaries {
    fn open(dir: &Path) -> Result<Dictionaries, KanjiError> {
        let read = |file: &str| {
            let path = dir.join(file);
            std::fs::File::open(&path)
                .and_then(|file| {
                    let size = file.metadata().map_or(0, |m| m.len() as usize);
                    Dictionary::read_skk_euc_jp(std::io::BufReader::new(file), size)
                })
                .map_err(|why| KanjiError::Dictionary { path, why })
        };
        Ok(Dictionaries {
            names: read("SKK-JISYO.jinmei")?,
            places: read("SKK-JISYO.geo")?,
            general: read("SKK-JISYO.L")?,
            given_names: GivenNames::bundled(),
        })
    }

    fn converter(&self, vocabulary: Vocabulary) -> Converter<'_> {
        match vocabulary {
            Vocabulary::Names => Converter::new(vec![&self.names, &self.general]),
            Vocabulary::GivenNames => {
                Converter::for_given_names(self.given_names, vec![&self.names, &self.general])
            }
            Vocabulary::Places => Converter::new(vec![&self.places, &self.general]),
            Vocabulary::General => Converter::new(vec![&self.general]),
        }
    }
}

type Opened<T> = Arc<OnceLock<Result<T, String>>>;

/// The kiosk's kanji input, opened on first use.
pub struct KanjiInput {
    sources: KanjiSources,
    recognizer: Opened<Mutex<Recognizer>>,
    /// Opened on the first visitor who asks for it (not warmed: few do).
    chinese: Opened<Mutex<Recognizer>>,
    dictionaries: Opened<Dictionaries>,
}

impl KanjiInput {
    pub fn new(sources: KanjiSources) -> KanjiInput {
        KanjiInput {
            sources,
            recognizer: Arc::default(),
            chinese: Arc::default(),
            dictionaries: Arc::default(),
        }
    }

    /// Opens the model and the dictionaries on a background thread (after the first paint).
    pub fn warm(&self) {
        let (model, dir) = (
            self.sources.handwriting_model.clone(),
            self.sources.dictionary_dir.clone(),
        );
        let (recognizer, dictionaries) = (self.recognizer.clone(), self.dictionaries.clone());
        std::thread::spawn(move || {
            recognizer.get_or_init(|| open_recognizer(&model));
            dictionaries.get_or_init(|| open_dictionaries(&dir));
        });
    }

    /// The likeliest characters for what is on the pad, best first. Read as simplified Chinese,
    /// each character comes after the forms Japanese papers use for it (张 → 張, 张).
    pub fn recognise(&self, ink: &Ink, script: PadScript) -> Result<Vec<String>, KanjiError> {
        let (cell, model) = match script {
            PadScript::Japanese => (&self.recognizer, &self.sources.handwriting_model),
            PadScript::SimplifiedChinese => (&self.chinese, &self.sources.chinese_model),
        };
        let opened = cell.get_or_init(|| open_recognizer(model));
        let recognizer = opened.as_ref().map_err(|e| KanjiError::Model(e.clone()))?;
        // A panic in another visitor's call cannot have left the model half-changed: it is
        // only read. Recover the guard rather than refuse every later visitor.
        let mut recognizer = recognizer.lock().unwrap_or_else(|p| p.into_inner());
        let found = recognizer
            .candidates(ink, PAD_CANDIDATES)
            .map_err(|e| KanjiError::Recognition(e.to_string()))?;
        let mut out: Vec<String> = Vec::with_capacity(found.len());
        for candidate in found {
            let mut chars = candidate.text.chars();
            let forms = match (script, chars.next(), chars.next()) {
                (PadScript::SimplifiedChinese, Some(c), None) => variants::japanese_forms(c),
                _ => &[],
            };
            for text in forms
                .iter()
                .map(char::to_string)
                .chain(std::iter::once(candidate.text))
            {
                if !out.contains(&text) {
                    out.push(text);
                }
            }
        }
        out.truncate(PAD_CANDIDATES);
        Ok(out)
    }

    /// 変換 of the longest known start of `reading`; `None` when it holds no kana.
    pub fn convert(
        &self,
        reading: &str,
        vocabulary: Vocabulary,
    ) -> Result<Option<Conversion>, KanjiError> {
        Ok(self
            .converter(vocabulary)?
            .convert(reading, CONVERSION_CANDIDATES))
    }

    /// The likeliest readings (katakana) of a written name, for the フリガナ the card cannot
    /// give (吉田 → ヨシダ); none when the dictionaries do not know it.
    pub fn readings(
        &self,
        written: &str,
        vocabulary: Vocabulary,
    ) -> Result<Vec<String>, KanjiError> {
        Ok(self
            .converter(vocabulary)?
            .readings(written, READING_SUGGESTIONS))
    }

    /// The converter for a field's vocabulary, the dictionaries opened on first use.
    fn converter(&self, vocabulary: Vocabulary) -> Result<Converter<'_>, KanjiError> {
        let opened = self
            .dictionaries
            .get_or_init(|| open_dictionaries(&self.sources.dictionary_dir));
        let dictionaries = opened.as_ref().map_err(|e| KanjiError::Model(e.clone()))?;
        Ok(dictionaries.converter(vocabulary))
    }

    /// The variant forms of one character (高 → 髙); none for anything but one character.
    pub fn variants(character: &str) -> Vec<String> {
        let mut chars = character.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) => variants::of(c).iter().map(char::to_string).collect(),
            _ => Vec::new(),
        }
    }
}

fn open_recognizer(model: &Path) -> Result<Mutex<Recognizer>, String> {
    let opened = Recognizer::open(model)
        .map(Mutex::new)
        .map_err(|e| e.to_string());
    if let Err(e) = &opened {
        tracing::warn!(error = %e, "handwriting is not available");
    }
    opened
}

fn open_dictionaries(dir: &Path) -> Result<Dictionaries, String> {
    let opened = Dictionaries::open(dir).map_err(|e| e.to_string());
    if let Err(e) = &opened {
        tracing::warn!(error = %e, "kanji conversion is not available");
    }
    opened
}

#[cfg(test)]
mod tests {
    use super::*;
    use madoguchi_core::ink::Point;

    fn debian() -> KanjiInput {
        KanjiInput::new(KanjiSources::default())
    }

    #[test]
    fn names_convert_from_debians_dictionaries() {
        let kanji = debian();
        let got = kanji
            .convert("ヤマダ", Vocabulary::Names)
            .expect("skkdic and skkdic-extra are installed (scripts/setup)")
            .expect("a reading");
        assert_eq!(got.candidates.first().map(String::as_str), Some("山田"));
        let got = kanji
            .convert("ハナコ", Vocabulary::Names)
            .expect("dictionaries")
            .expect("a reading");
        assert_eq!(got.candidates.first().map(String::as_str), Some("花子"));
        let got = kanji
            .convert("ハナコ", Vocabulary::GivenNames)
            .expect("dictionaries")
            .expect("a reading");
        assert_eq!(got.candidates.first().map(String::as_str), Some("花子"));
        // In no dictionary whole: composed from 愛 and 斗.
        let got = kanji
            .convert("アイト", Vocabulary::GivenNames)
            .expect("dictionaries")
            .expect("a reading");
        assert!(got.candidates.iter().any(|c| c == "愛斗"), "{got:?}");
        let got = kanji
            .convert("シンジュクク", Vocabulary::Places)
            .expect("dictionaries")
            .expect("a reading");
        assert!(got.candidates.iter().any(|c| c == "新宿区"), "{got:?}");
    }

    #[test]
    fn names_read_back_for_their_furigana() {
        let kanji = debian();
        let read =
            |written: &str, vocabulary| kanji.readings(written, vocabulary).expect("dictionaries");
        assert_eq!(read("𠮷田", Vocabulary::Names)[0], "ヨシダ");
        assert_eq!(read("髙橋", Vocabulary::Names)[0], "タカハシ");
        assert!(read("花子", Vocabulary::GivenNames)
            .iter()
            .any(|r| r == "ハナコ"));
        assert!(read("翔太", Vocabulary::GivenNames)
            .iter()
            .any(|r| r == "ショウタ"));
        assert!(read("Nguyen", Vocabulary::Names).is_empty());
        assert!(read("花子", Vocabulary::GivenNames).len() <= READING_SUGGESTIONS);
    }

    #[test]
    fn the_pad_offers_at_least_ten_characters() {
        let line = |y: f64| -> Vec<Point> {
            (0..=10)
                .map(|i| Point {
                    x: 60.0 + 18.0 * f64::from(i),
                    y,
                })
                .collect()
        };
        let ink = Ink {
            width: 300,
            height: 300,
            strokes: vec![line(150.0)],
        };
        let found = debian()
            .recognise(&ink, PadScript::Japanese)
            .expect("tegaki-zinnia-japanese is installed (scripts/setup)");
        assert!(found.len() >= 10, "{found:?}");
        assert!(found.iter().any(|c| c == "一"), "{found:?}");
    }

    /// 门 (門 as simplified Chinese writes it) in three strokes on a 300 × 300 pad: the dot, the
    /// left post, the top bar turning down the right side into a hook.
    fn men_simplified() -> Ink {
        let path = |points: &[(f64, f64)]| -> Vec<Point> {
            points
                .windows(2)
                .flat_map(|w| {
                    let ((x0, y0), (x1, y1)) = (w[0], w[1]);
                    (0..8).map(move |i| {
                        let t = f64::from(i) / 8.0;
                        Point {
                            x: x0 + (x1 - x0) * t,
                            y: y0 + (y1 - y0) * t,
                        }
                    })
                })
                .chain(points.last().map(|&(x, y)| Point { x, y }))
                .collect()
        };
        Ink {
            width: 300,
            height: 300,
            strokes: vec![
                path(&[(95.0, 40.0), (120.0, 70.0)]),
                path(&[(75.0, 95.0), (75.0, 260.0)]),
                path(&[(125.0, 90.0), (235.0, 90.0), (235.0, 255.0), (205.0, 240.0)]),
            ],
        }
    }

    #[test]
    fn simplified_chinese_is_read_and_the_japanese_form_comes_first() {
        let found = debian()
            .recognise(&men_simplified(), PadScript::SimplifiedChinese)
            .expect("tegaki-zinnia-simplified-chinese is installed (scripts/setup)");
        let simplified = found.iter().position(|c| c == "门");
        let japanese = found.iter().position(|c| c == "門");
        assert!(
            matches!((japanese, simplified), (Some(j), Some(s)) if j < s),
            "门 and 門 before it: {found:?}"
        );
    }

    #[test]
    fn a_character_written_on_a_wide_pad_is_read_as_in_a_square() {
        // The landscape keyboard's pad is about three times as wide as it is high; the same
        // character written anywhere on it is read as if written in a square around it.
        let kanji = debian();
        let read = |ink: &Ink| {
            kanji
                .recognise(ink, PadScript::SimplifiedChinese)
                .expect("tegaki-zinnia-simplified-chinese is installed (scripts/setup)")
        };
        let square = read(&men_simplified());
        for shift in [-280.0, 0.0, 350.0] {
            let mut wide = men_simplified();
            wide.width = 900;
            for point in wide.strokes.iter_mut().flatten() {
                point.x += 300.0 + shift;
            }
            let found = read(&wide);
            assert!(found.iter().any(|c| c == "門"), "{found:?}");
            // Only the frame's rounding may differ: the leading candidates agree.
            assert_eq!(found[..5], square[..5], "shifted {shift}");
        }
    }

    #[test]
    fn missing_data_is_a_localised_error_not_a_crash() {
        let kanji = KanjiInput::new(KanjiSources {
            handwriting_model: "/nonexistent/model".into(),
            chinese_model: "/nonexistent/model-zh".into(),
            dictionary_dir: "/nonexistent".into(),
        });
        let ink = Ink {
            width: 10,
            height: 10,
            strokes: vec![vec![Point { x: 1.0, y: 1.0 }]],
        };
        for script in [PadScript::Japanese, PadScript::SimplifiedChinese] {
            let err = kanji.recognise(&ink, script).expect_err("no model");
            assert_eq!(err.to_command_error().code, "kanji-unavailable");
        }
        let err = kanji
            .convert("ヤマダ", Vocabulary::Names)
            .expect_err("no dictionaries");
        assert_eq!(err.to_command_error().code, "kanji-unavailable");
    }

    #[test]
    fn variants_are_offered_for_one_character_only() {
        assert!(KanjiInput::variants("高").contains(&"髙".to_owned()));
        assert!(KanjiInput::variants("高橋").is_empty());
        assert!(KanjiInput::variants("").is_empty());
    }
}
