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
