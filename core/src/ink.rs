//! What the visitor wrote on the kiosk's writing pad: strokes of points on a pad of a known size,
//! bounded here so that no touch stream, however long or strange, can make the recogniser (the
//! kiosk's `madoguchi-handwriting`) work without end. Ink lives in memory only.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Most strokes one character may have: the most complex kanji in use have about 30; a pad
/// scribbled over is cut here rather than refused.
pub const MAX_STROKES: usize = 64;
/// Most points one stroke keeps; longer strokes are thinned evenly to this many.
pub const MAX_POINTS: usize = 512;
/// Largest pad side in pixels the kiosk draws (a 4K screen's short side, with room).
const MAX_SIDE: u32 = 4096;

/// One sampled touch position, in pad pixels from the top left.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, TS)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// A character as written: the pad's size and its strokes in the order written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Ink {
    pub width: u32,
    pub height: u32,
    pub strokes: Vec<Vec<Point>>,
}

/// Which writing the pad reads. Japanese by default; simplified Chinese for a visitor who learnt
/// their name's characters that way (the kiosk then offers the form Japanese papers use first:
/// 张 → 張, see `variants::japanese_forms`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum PadScript {
    #[default]
    Japanese,
    SimplifiedChinese,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InkError {
    #[error("the pad's size {0}×{1} is not a pad")]
    BadPad(u32, u32),
}

/// Ink as the recogniser reads it: strokes in a square frame of `side` pixels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Framed {
    pub side: u32,
    pub strokes: Vec<Vec<(i32, i32)>>,
}

impl Ink {
    /// The ink the recogniser is given: points inside the pad (non-finite ones dropped, the rest
    /// clamped to its edges), strokes without points dropped, at most [`MAX_STROKES`] strokes of at
    /// most [`MAX_POINTS`] points each, as integer pixels.
    pub fn bounded(&self) -> Result<Vec<Vec<(i32, i32)>>, InkError> {
        let (w, h) = (self.width, self.height);
        if w == 0 || h == 0 || w > MAX_SIDE || h > MAX_SIDE {
            return Err(InkError::BadPad(w, h));
        }
        let clamp = |v: f64, side: u32| v.clamp(0.0, f64::from(side - 1)).round() as i32;
        Ok(self
            .strokes
            .iter()
            .map(|stroke| {
                let points: Vec<(i32, i32)> = stroke
                    .iter()
                    .filter(|p| p.x.is_finite() && p.y.is_finite())
                    .map(|p| (clamp(p.x, w), clamp(p.y, h)))
                    .collect();
                thin(points)
            })
            .filter(|stroke| !stroke.is_empty())
            .take(MAX_STROKES)
            .collect())
    }

    /// [`Ink::bounded`] in a square frame: the recogniser scales x by the frame's width and y by
    /// its height, so on a wide pad a character would come out squashed. The frame is as large as
    /// the pad's short side (or the writing, if larger) and centred on the writing, which is how
    /// a character written in the pad's square guide is seen.
    pub fn framed(&self) -> Result<Framed, InkError> {
        let strokes = self.bounded()?;
        let points = || strokes.iter().flatten();
        let (Some(left), Some(right), Some(top), Some(bottom)) = (
            points().map(|p| p.0).min(),
            points().map(|p| p.0).max(),
            points().map(|p| p.1).min(),
            points().map(|p| p.1).max(),
        ) else {
            return Ok(Framed {
                side: self.width.min(self.height),
                strokes,
            });
        };
        let short = i32::try_from(self.width.min(self.height)).unwrap_or(i32::MAX);
        let side = short.max(right - left + 1).max(bottom - top + 1);
        let (dx, dy) = (
            (left + right + 1) / 2 - side / 2,
            (top + bottom + 1) / 2 - side / 2,
        );
        let strokes = strokes
            .into_iter()
            .map(|stroke| {
                stroke
                    .into_iter()
                    .map(|(x, y)| ((x - dx).clamp(0, side - 1), (y - dy).clamp(0, side - 1)))
                    .collect()
            })
            .collect();
        Ok(Framed {
            side: u32::try_from(side).unwrap_or(1),
            strokes,
        })
    }
}

/// Keeps at most [`MAX_POINTS`] points, evenly spaced along the list, first and last included.
fn thin(points: Vec<(i32, i32)>) -> Vec<(i32, i32)> {
    let n = points.len();
    if n <= MAX_POINTS {
        return points;
    }
    (0..MAX_POINTS)
        .map(|i| points[i * (n - 1) / (MAX_POINTS - 1)])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn ink(strokes: Vec<Vec<(f64, f64)>>) -> Ink {
        Ink {
            width: 300,
            height: 300,
            strokes: strokes
                .into_iter()
                .map(|s| s.into_iter().map(|(x, y)| Point { x, y }).collect())
                .collect(),
        }
    }

    #[test]
    fn points_off_the_pad_are_clamped_and_nonsense_dropped() {
        let bounded = ink(vec![
            vec![(-5.0, 10.4), (400.0, 299.6), (f64::NAN, 3.0)],
            vec![(f64::INFINITY, 1.0)],
        ])
        .bounded();
        assert_eq!(bounded, Ok(vec![vec![(0, 10), (299, 299)]]));
    }

    #[test]
    fn a_character_on_a_wide_pad_is_framed_square_around_it() {
        // A 40 × 60 stroke pair near the right of a 900 × 300 pad.
        let mut i = ink(vec![vec![(700.0, 100.0), (740.0, 160.0)]]);
        i.width = 900;
        let framed = i.framed().expect("a real pad");
        assert_eq!(framed.side, 300);
        // Centred: the writing's middle (720, 130) is the frame's middle (150, 150).
        assert_eq!(framed.strokes, vec![vec![(130, 120), (170, 180)]]);
    }

    #[test]
    fn a_pad_without_size_is_refused() {
        let mut i = ink(vec![vec![(1.0, 1.0)]]);
        i.width = 0;
        assert_eq!(i.bounded(), Err(InkError::BadPad(0, 300)));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn any_touch_stream_is_bounded(
            strokes in proptest::collection::vec(
                proptest::collection::vec((any::<f64>(), any::<f64>()), 0..700), 0..80)
        ) {
            let framed = ink(strokes.clone()).framed().expect("a real pad");
            for stroke in &framed.strokes {
                for &(x, y) in stroke {
                    prop_assert!((0..framed.side as i32).contains(&x) && (0..framed.side as i32).contains(&y));
                }
            }
            let bounded = ink(strokes).bounded().expect("a real pad");
            prop_assert!(bounded.len() <= MAX_STROKES);
            for stroke in &bounded {
                prop_assert!(!stroke.is_empty() && stroke.len() <= MAX_POINTS);
                for &(x, y) in stroke {
                    prop_assert!((0..300).contains(&x) && (0..300).contains(&y));
                }
            }
        }
    }
}
