//! The recogniser the kiosk keeps open: which model (script) it reads and what it answers.

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::ffi::{c_path, Model};
use madoguchi_core::ink::{Ink, InkError};

/// Where Debian's `tegaki-zinnia-*` packages put their models.
pub const MODEL_DIR: &str = "/usr/share/tegaki/models/zinnia";

/// Which writing system a model recognises.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    /// Kanji, kana and symbols as Japanese write them.
    Japanese,
    /// Simplified Chinese, for visitors who learnt their name's characters that way.
    SimplifiedChinese,
}

impl From<madoguchi_core::ink::PadScript> for Script {
    fn from(script: madoguchi_core::ink::PadScript) -> Script {
        match script {
            madoguchi_core::ink::PadScript::Japanese => Script::Japanese,
            madoguchi_core::ink::PadScript::SimplifiedChinese => Script::SimplifiedChinese,
        }
    }
}

impl Script {
    /// The model file's name in [`MODEL_DIR`].
    pub fn model_file(self) -> &'static str {
        match self {
            Script::Japanese => "handwriting-ja.model",
            Script::SimplifiedChinese => "handwriting-zh_CN.model",
        }
    }

    /// The model's path in Debian's directory.
    pub fn debian_model(self) -> PathBuf {
        Path::new(MODEL_DIR).join(self.model_file())
    }
}

/// One character the visitor may have meant, likeliest first.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Candidate {
    pub text: String,
    pub score: f32,
}

#[derive(Debug, thiserror::Error)]
pub enum RecognizerError {
    #[error("the handwriting model {path} could not be opened: {why}")]
    Model { path: PathBuf, why: String },
    #[error(transparent)]
    Ink(#[from] InkError),
    #[error("recognition failed: {0}")]
    Library(String),
}

/// An open handwriting model.
pub struct Recognizer {
    model: Model,
}

impl Recognizer {
    /// Opens a model file (e.g. [`Script::debian_model`]).
    pub fn open(path: &Path) -> Result<Recognizer, RecognizerError> {
        let failed = |why: String| RecognizerError::Model {
            path: path.to_owned(),
            why,
        };
        let c = c_path(path).ok_or_else(|| failed("the path has a NUL byte".into()))?;
        let model = Model::open(&c).map_err(failed)?;
        Ok(Recognizer { model })
    }

    /// The `n` likeliest characters for what was written, best first; none for an empty pad.
    pub fn candidates(&mut self, ink: &Ink, n: usize) -> Result<Vec<Candidate>, RecognizerError> {
        let framed = ink.framed()?;
        if framed.strokes.is_empty() || n == 0 {
            return Ok(Vec::new());
        }
        let found = self
            .model
            .classify(framed.side, framed.side, &framed.strokes, n)
            .map_err(RecognizerError::Library)?;
        Ok(found
            .into_iter()
            .map(|(text, score)| Candidate { text, score })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use madoguchi_core::ink::Point;

    fn line(from: (f64, f64), to: (f64, f64)) -> Vec<Point> {
        (0..=20)
            .map(|i| {
                let t = f64::from(i) / 20.0;
                Point {
                    x: from.0 + (to.0 - from.0) * t,
                    y: from.1 + (to.1 - from.1) * t,
                }
            })
            .collect()
    }

    fn japanese() -> Recognizer {
        Recognizer::open(&Script::Japanese.debian_model())
            .expect("Debian's tegaki-zinnia-japanese is installed (scripts/setup)")
    }

    #[test]
    fn three_horizontal_strokes_are_recognised_as_san() {
        // 三: three horizontal strokes, top to bottom.
        let ink = Ink {
            width: 300,
            height: 300,
            strokes: vec![
                line((90.0, 60.0), (210.0, 60.0)),
                line((110.0, 150.0), (190.0, 150.0)),
                line((50.0, 250.0), (250.0, 250.0)),
            ],
        };
        let found = japanese().candidates(&ink, 10).expect("recognised");
        assert_eq!(found.len(), 10);
        assert!(found.iter().any(|c| c.text == "三"), "{found:?}");
    }

    #[test]
    fn an_empty_pad_has_no_candidates() {
        let ink = Ink {
            width: 300,
            height: 300,
            strokes: vec![vec![], vec![]],
        };
        assert!(japanese()
            .candidates(&ink, 10)
            .expect("no error")
            .is_empty());
    }

    #[test]
    fn a_missing_model_is_an_error_naming_the_file() {
        let err = match Recognizer::open(Path::new("/nonexistent/handwriting.model")) {
            Err(e) => e.to_string(),
            Ok(_) => panic!("opened a model that does not exist"),
        };
        assert!(err.contains("/nonexistent/handwriting.model"), "{err}");
    }
}
