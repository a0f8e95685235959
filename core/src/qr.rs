//! The QR code the visitor scans to continue on their phone, rendered as SVG.

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};
use thiserror::Error;

#[derive(Debug, Error, PartialEq, Eq)]
#[error("the text is too long for a QR code")]
pub struct QrError;

/// An SVG document of `text` as a QR code, medium error correction, with a quiet zone.
pub fn svg(text: &str) -> Result<String, QrError> {
    let code =
        QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).map_err(|_| QrError)?;
    Ok(code
        .render::<svg::Color<'_>>()
        .min_dimensions(320, 320)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .quiet_zone(true)
        .build())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_a_url_as_svg() {
        let out = svg("https://madoguchi.example.jp/c/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG")
            .expect("fits");
        assert!(out.starts_with("<?xml") || out.starts_with("<svg"));
        assert!(out.contains("<path") || out.contains("<rect"));
    }

    #[test]
    fn text_too_long_is_an_error_not_a_panic() {
        assert_eq!(svg(&"x".repeat(5000)), Err(QrError));
    }
}
