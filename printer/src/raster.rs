//! Text to dots for the receipt: the language's fonts, tried in order per character, shaped
//! by rustybuzz (Thai, Devanagari conjuncts and Vietnamese stacked accents come out as a
//! browser would draw them), outlines filled by ab_glyph's rasteriser and cut to black or white
//! at half coverage (a thermal head has no grey).

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use ab_glyph_rasterizer::{point, Point, Rasterizer};
use madoguchi_core::language::Language;
use madoguchi_core::receipt_print::{Align, Bitmap, TextBlock, TextRaster};
use rustybuzz::ttf_parser::{GlyphId, OutlineBuilder};
use rustybuzz::{Face, UnicodeBuffer};
use unicode_segmentation::UnicodeSegmentation;

use crate::fonts::{FontError, FontFile};

/// The fonts of one language, main first, in memory. Cheap to clone: the bytes are shared.
#[derive(Clone)]
pub struct Fonts {
    data: Vec<(Arc<[u8]>, u32)>,
}

/// Font files read once for every language the kiosk prints in: Noto Sans CJK (20 MB) is the
/// fallback of all thirteen and is held once, not thirteen times.
#[derive(Default)]
pub struct FontShelf {
    files: Mutex<HashMap<PathBuf, Arc<[u8]>>>,
}

impl FontShelf {
    pub fn new() -> FontShelf {
        FontShelf::default()
    }

    /// `language`'s fonts (`languages.tsv`, found by fontconfig), reading only files not read
    /// before.
    pub fn for_language(&self, language: Language) -> Result<Fonts, FontError> {
        self.load(&crate::fonts::for_language(language)?)
    }

    /// These files as [`Fonts`]; a file that is not a font (or a collection without that face)
    /// is refused.
    pub fn load(&self, files: &[FontFile]) -> Result<Fonts, FontError> {
        let mut data = Vec::new();
        for file in files {
            let cached = self
                .files
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .get(&file.path)
                .cloned();
            let bytes = match cached {
                Some(bytes) => bytes,
                None => {
                    let bytes: Arc<[u8]> = std::fs::read(&file.path)
                        .map_err(|e| FontError::Unreadable {
                            path: file.path.display().to_string(),
                            reason: e.to_string(),
                        })?
                        .into();
                    self.files
                        .lock()
                        .unwrap_or_else(|e| e.into_inner())
                        .insert(file.path.clone(), bytes.clone());
                    bytes
                }
            };
            if Face::from_slice(&bytes, file.index).is_none() {
                return Err(FontError::NotAFont {
                    path: file.path.display().to_string(),
                });
            }
            data.push((bytes, file.index));
        }
        if data.is_empty() {
            return Err(FontError::NoFonts);
        }
        Ok(Fonts { data })
    }
}

/// One glyph placed on a line, in dots from the line's start and baseline.
struct Placed {
    font: usize,
    glyph: GlyphId,
    x: f32,
    y: f32,
}

impl Fonts {
    /// Reads the files (for one language; a kiosk keeps a [`FontShelf`]).
    pub fn load(files: &[FontFile]) -> Result<Fonts, FontError> {
        FontShelf::new().load(files)
    }

    fn faces(&self) -> Vec<Face<'_>> {
        self.data
            .iter()
            .filter_map(|(bytes, index)| Face::from_slice(bytes, *index))
            .collect()
    }

    /// Runs of `text` each in the first font that has its characters; a character no font has
    /// stays with the run before it (its .notdef box shows something is missing).
    fn runs<'t>(faces: &[Face<'_>], text: &'t str) -> Vec<(usize, &'t str)> {
        let mut runs: Vec<(usize, usize)> = Vec::new(); // (font, start byte)
        let mut current: Option<usize> = None;
        for (at, c) in text.char_indices() {
            let has = |f: usize| faces[f].glyph_index(c).is_some();
            // Marks, joiners and spaces keep the font of what they attach to when it has them.
            let keep = current.is_some_and(has);
            let font = if keep {
                current
            } else {
                (0..faces.len()).find(|&f| has(f)).or(current).or(Some(0))
            };
            if font != current {
                runs.push((font.unwrap_or(0), at));
                current = font;
            }
        }
        runs.iter()
            .enumerate()
            .map(|(i, &(font, start))| {
                let end = runs.get(i + 1).map_or(text.len(), |r| r.1);
                (font, &text[start..end])
            })
            .collect()
    }

    /// The glyphs of one line and its advance width, in dots at `size` per em.
    fn shape(&self, faces: &[Face<'_>], text: &str, size: f32) -> (Vec<Placed>, f32) {
        let mut placed = Vec::new();
        let mut pen = 0.0f32;
        for (font, run) in Self::runs(faces, text) {
            let face = &faces[font];
            let scale = size / face.units_per_em() as f32;
            let mut buffer = UnicodeBuffer::new();
            buffer.push_str(run);
            buffer.guess_segment_properties();
            let shaped = rustybuzz::shape(face, &[], buffer);
            for (info, pos) in shaped.glyph_infos().iter().zip(shaped.glyph_positions()) {
                placed.push(Placed {
                    font,
                    glyph: GlyphId(info.glyph_id as u16),
                    x: pen + pos.x_offset as f32 * scale,
                    y: pos.y_offset as f32 * scale,
                });
                pen += pos.x_advance as f32 * scale;
            }
        }
        (placed, pen)
    }

    fn width(&self, faces: &[Face<'_>], text: &str, size: f32) -> f32 {
        self.shape(faces, text.trim_end(), size).1
    }

    /// `text` broken into lines no wider than `width`: at UAX #14 opportunities, and between
    /// grapheme clusters where a run has none that fits (unspaced Thai, a long URL).
    fn wrap(&self, faces: &[Face<'_>], text: &str, size: f32, width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        for paragraph in text.split('\n') {
            let mut pieces = Vec::new();
            let mut start = 0;
            for (at, _) in unicode_linebreak::linebreaks(paragraph) {
                if at > start {
                    pieces.push(&paragraph[start..at]);
                }
                start = at;
            }
            let mut line = String::new();
            for piece in pieces {
                if self.width(faces, &format!("{line}{piece}"), size) <= width {
                    line.push_str(piece);
                    continue;
                }
                // Where words are spaced (やさしい日本語, whose kana may break anywhere), the
                // last space is the better break, if it leaves the line half full. (A line
                // that already ends at a space is already breaking at a word.)
                let mid_word = !line.ends_with(char::is_whitespace);
                let at_space = mid_word
                    .then(|| line.trim_end())
                    .and_then(|l| l.rfind(' ').or_else(|| l.rfind('　')))
                    .map(|i| i + line[i..].chars().next().map_or(1, char::len_utf8))
                    .filter(|&i| self.width(faces, &line[..i], size) >= width / 2.0);
                if let Some(at) = at_space {
                    let rest = line.split_off(at);
                    lines.push(line.trim_end().to_owned());
                    line = rest;
                    if self.width(faces, &format!("{line}{piece}"), size) <= width {
                        line.push_str(piece);
                        continue;
                    }
                }
                if !line.trim().is_empty() {
                    lines.push(std::mem::take(&mut line).trim_end().to_owned());
                }
                line.clear();
                for cluster in piece.graphemes(true) {
                    if !line.is_empty()
                        && self.width(faces, &format!("{line}{cluster}"), size) > width
                    {
                        lines.push(std::mem::take(&mut line).trim_end().to_owned());
                    }
                    line.push_str(cluster);
                }
            }
            lines.push(line.trim_end().to_owned());
            widow(&mut lines, paragraph);
        }
        lines
    }
}

/// A paragraph that broke inside a word (Japanese breaks between any two kana) must not end on
/// a line of one or two characters 「い。」: the line before gives its last character over.
fn widow(lines: &mut [String], paragraph: &str) {
    let [.., before, last] = lines else {
        return;
    };
    let short = last.graphemes(true).count() <= 2;
    let joined = format!("{before}{last}");
    if !short || !paragraph.ends_with(&joined) || before.graphemes(true).count() < 4 {
        return;
    }
    if let Some((at, moved)) = before.grapheme_indices(true).next_back() {
        let moved = moved.to_owned();
        before.truncate(at);
        last.insert_str(0, &moved);
    }
}

/// Carries an outline from font units onto a glyph's own small canvas.
struct Pen<'r> {
    raster: &'r mut Rasterizer,
    scale: f32,
    dx: f32,
    dy: f32,
    last: Point,
    first: Point,
}

impl Pen<'_> {
    fn at(&self, x: f32, y: f32) -> Point {
        point(x * self.scale + self.dx, self.dy - y * self.scale)
    }
}

impl OutlineBuilder for Pen<'_> {
    fn move_to(&mut self, x: f32, y: f32) {
        self.last = self.at(x, y);
        self.first = self.last;
    }
    fn line_to(&mut self, x: f32, y: f32) {
        let p = self.at(x, y);
        self.raster.draw_line(self.last, p);
        self.last = p;
    }
    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        let (c, p) = (self.at(x1, y1), self.at(x, y));
        self.raster.draw_quad(self.last, c, p);
        self.last = p;
    }
    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        let (c1, c2, p) = (self.at(x1, y1), self.at(x2, y2), self.at(x, y));
        self.raster.draw_cubic(self.last, c1, c2, p);
        self.last = p;
    }
    fn close(&mut self) {
        if self.last != self.first {
            self.raster.draw_line(self.last, self.first);
        }
        self.last = self.first;
    }
}

/// A line is this many ems tall, the baseline this far down: room for Thai and Devanagari marks
/// above and below.
const LINE_HEIGHT: f32 = 1.55;
const BASELINE: f32 = 1.12;

impl TextRaster for Fonts {
    fn paragraph(&self, block: &TextBlock<'_>) -> Bitmap {
        let faces = self.faces();
        let size = block.size as f32;
        let lines = self.wrap(&faces, block.text, size, block.width as f32);
        let line_height = (size * LINE_HEIGHT).ceil() as u32;
        let mut out = Bitmap::new(block.width, line_height * lines.len() as u32);
        // Bold is the regular face drawn again a little to the right: one font file per script
        // is all the kiosk installs.
        let embolden = if block.bold {
            (size / 28.0).round().max(1.0) as u32
        } else {
            0
        };
        for (i, line) in lines.iter().enumerate() {
            let (glyphs, advance) = self.shape(&faces, line, size);
            let left = match block.align {
                Align::Start => 0.0,
                Align::Centre => ((block.width as f32 - advance - embolden as f32) / 2.0).max(0.0),
            };
            let baseline = i as f32 * line_height as f32 + size * BASELINE;
            for glyph in glyphs {
                draw_glyph(
                    &mut out,
                    &faces[glyph.font],
                    glyph.glyph,
                    size,
                    left + glyph.x,
                    baseline - glyph.y,
                    embolden,
                );
            }
        }
        out
    }
}

fn draw_glyph(
    out: &mut Bitmap,
    face: &Face<'_>,
    glyph: GlyphId,
    size: f32,
    x: f32,
    baseline: f32,
    embolden: u32,
) {
    let scale = size / face.units_per_em() as f32;
    let Some(bbox) = face.glyph_bounding_box(glyph) else {
        return; // a space
    };
    let x0 = (x + bbox.x_min as f32 * scale).floor();
    let y0 = (baseline - bbox.y_max as f32 * scale).floor();
    let w = ((x + bbox.x_max as f32 * scale).ceil() - x0) as usize + 1;
    let h = ((baseline - bbox.y_min as f32 * scale).ceil() - y0) as usize + 1;
    let mut raster = Rasterizer::new(w, h);
    let mut pen = Pen {
        raster: &mut raster,
        scale,
        dx: x - x0,
        dy: baseline - y0,
        last: point(0.0, 0.0),
        first: point(0.0, 0.0),
    };
    if face.outline_glyph(glyph, &mut pen).is_none() {
        return;
    }
    raster.for_each_pixel_2d(|px, py, coverage| {
        if coverage >= 0.5 {
            let (gx, gy) = (x0 as i64 + px as i64, y0 as i64 + py as i64);
            if gx >= 0 && gy >= 0 {
                for d in 0..=embolden {
                    out.set(gx as u32 + d, gy as u32);
                }
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_split_where_the_main_font_lacks_a_character() {
        let Ok(fonts) = crate::fonts::for_families(&["Noto Sans Thai", "Noto Sans CJK JP"])
            .and_then(|files| Fonts::load(&files))
        else {
            panic!("the Noto fonts (fonts-noto-core, fonts-noto-cjk) are needed");
        };
        let faces = fonts.faces();
        let runs = Fonts::runs(&faces, "ไปที่ ハローワーク ค่ะ");
        let fonts_used: Vec<usize> = runs.iter().map(|r| r.0).collect();
        assert_eq!(fonts_used, vec![0, 1, 0], "{runs:?}");
    }

    fn cjk() -> Fonts {
        crate::fonts::for_families(&["Noto Sans CJK JP"])
            .and_then(|files| Fonts::load(&files))
            .unwrap_or_else(|e| panic!("fonts-noto-cjk is needed: {e}"))
    }

    #[test]
    fn latin_lines_are_filled_before_breaking() {
        let fonts = cjk();
        let faces = fonts.faces();
        let text = "Please keep this receipt until your application is complete.";
        let lines = fonts.wrap(&faces, text, 26.0, 300.0);
        assert!(lines.len() >= 2, "{lines:?}");
        for pair in lines.windows(2) {
            let next_word = pair[1].split(' ').next().unwrap_or_default();
            let longer = format!("{} {next_word}", pair[0]);
            assert!(fonts.width(&faces, &pair[0], 26.0) <= 300.0);
            assert!(fonts.width(&faces, &longer, 26.0) > 300.0, "{lines:?}");
        }
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn spaced_kana_breaks_at_its_spaces() {
        let fonts = cjk();
        let faces = fonts.faces();
        let text = "てつづきが おわるまで、この レシートを すてないで ください。";
        let lines = fonts.wrap(&faces, text, 26.0, 300.0);
        assert!(lines.len() >= 2, "{lines:?}");
        for line in &lines[..lines.len() - 1] {
            let next = &text[text.find(line.as_str()).unwrap_or(0) + line.len()..];
            assert!(next.starts_with(' ') || line.ends_with('、'), "{lines:?}");
        }
    }

    #[test]
    fn an_unbreakable_run_breaks_between_clusters() {
        let fonts = cjk();
        let faces = fonts.faces();
        let lines = fonts.wrap(&faces, &"W".repeat(40), 26.0, 200.0);
        assert!(lines.len() >= 3, "{lines:?}");
        assert!(lines.iter().all(|l| fonts.width(&faces, l, 26.0) <= 200.0));
    }

    #[test]
    fn a_paragraph_does_not_end_on_a_lone_character() {
        let mut lines = vec!["2階の3番窓口へお越しくださ".to_owned(), "い。".to_owned()];
        widow(&mut lines, "2階の3番窓口へお越しください。");
        assert_eq!(lines, vec!["2階の3番窓口へお越しくだ", "さい。"]);
        // Words broken at a space are left as they are.
        let mut lines = vec!["Please keep".to_owned(), "it.".to_owned()];
        widow(&mut lines, "Please keep it.");
        assert_eq!(lines, vec!["Please keep", "it."]);
    }

    #[test]
    fn the_shelf_reads_a_shared_font_once() {
        let shelf = FontShelf::new();
        let [th, ne] = ["th", "ne"].map(|code| {
            shelf
                .for_language(Language::from_code(code).expect("code"))
                .unwrap_or_else(|e| panic!("{e}"))
        });
        // Both fall back to Noto Sans CJK JP, last in their lists.
        let (a, b) = (th.data.last().expect("cjk"), ne.data.last().expect("cjk"));
        assert!(Arc::ptr_eq(&a.0, &b.0));
    }
}
