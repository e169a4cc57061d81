//! QR code as vector rectangles.

use qrcode::{Color, EcLevel, QrCode};

use crate::doc::Bounds;
use crate::PdfError;

/// A QR code's dark modules as rectangles inside a square of `size` points whose top left
/// corner is at (`x`, `y`). Adjacent dark modules in a row are merged into one rectangle,
/// so that no hairline gaps show between them. The quiet zone is not included: keep
/// four modules of white space around the square.
pub(crate) fn qr_rects(data: &str, x: f32, y: f32, size: f32) -> Result<Vec<Bounds>, PdfError> {
    let code = QrCode::with_error_correction_level(data.as_bytes(), EcLevel::M)?;
    let width = code.width();
    let dark: Vec<bool> = code.to_colors().into_iter().map(|c| c == Color::Dark).collect();
    if width == 0 {
        return Ok(Vec::new());
    }
    let module = size / width as f32;
    let mut rects = Vec::new();
    for (row, cells) in dark.chunks(width).enumerate() {
        let mut col = 0;
        while col < width {
            if cells.get(col).copied().unwrap_or(false) {
                let start = col;
                while cells.get(col).copied().unwrap_or(false) {
                    col += 1;
                }
                rects.push(Bounds {
                    x: x + start as f32 * module,
                    y: y + row as f32 * module,
                    w: (col - start) as f32 * module,
                    h: module,
                });
            } else {
                col += 1;
            }
        }
    }
    Ok(rects)
}
