//! JPEG logos whose frame header claims more pixels than their scans hold are refused;
//! real JPEGs, even the most compressible ones, are not.
//!
//! The JPEGs are made here: a small real one (the fixture) patched, and flat single-colour
//! images coded as small as the format allows (two bits per block in a sequential scan,
//! one in a progressive DC scan), where any miscount of blocks or bits in the check would
//! show.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use pdf::{check_logo, ImageKind, LogoError};

/// Writes the frame size into the SOF0/SOF1/SOF2 header of a JPEG.
fn patch_size(jpeg: &[u8], width: u16, height: u16) -> Vec<u8> {
    let mut out = jpeg.to_vec();
    let mut pos = 2;
    loop {
        assert_eq!(out[pos], 0xFF, "a marker at {pos}");
        let marker = out[pos + 1];
        let length = usize::from(u16::from_be_bytes([out[pos + 2], out[pos + 3]]));
        if (0xC0..=0xC2).contains(&marker) {
            out[pos + 5..pos + 7].copy_from_slice(&height.to_be_bytes());
            out[pos + 7..pos + 9].copy_from_slice(&width.to_be_bytes());
            return out;
        }
        pos += 2 + length;
    }
}

/// Bits into bytes, most significant first, with 0xFF stuffed as JPEG wants.
#[derive(Default)]
struct Bits {
    bytes: Vec<u8>,
    current: u32,
    count: u32,
}

impl Bits {
    fn put(&mut self, value: u32, count: u32) {
        for i in (0..count).rev() {
            self.current = (self.current << 1) | ((value >> i) & 1);
            self.count += 1;
            if self.count == 8 {
                self.bytes.push(self.current as u8);
                if self.current == 0xFF {
                    self.bytes.push(0);
                }
                self.current = 0;
                self.count = 0;
            }
        }
    }

    /// Pads the last byte with one bits.
    fn finish(mut self) -> Vec<u8> {
        while self.count != 0 {
            self.put(1, 1);
        }
        self.bytes
    }
}

/// The JPEG magnitude category of a DC difference and its extra bits.
fn category(diff: i32) -> (u8, u32) {
    let cat = (32 - diff.unsigned_abs().leading_zeros()) as u8;
    let bits = if diff >= 0 { diff } else { diff + (1 << cat) - 1 };
    (cat, bits as u32)
}

fn segment(out: &mut Vec<u8>, marker: u8, body: &[u8]) {
    out.extend_from_slice(&[0xFF, marker]);
    out.extend_from_slice(&u16::try_from(body.len() + 2).unwrap().to_be_bytes());
    out.extend_from_slice(body);
}

/// A component's level (0–255) and its horizontal and vertical sampling factors.
type Level = (u8, u8, u8);

/// A JPEG of `width` × `height` pixels of one colour (`levels`: one value 0–255 per
/// component, with its sampling factors), coded as small as Huffman-coded JPEG allows:
/// quantisation 1, a DC table with a one-bit code for "no change" and an AC table
/// whose only symbol is "end of block" (a one-bit code). Every block but the first of each
/// component takes two bits (sequential) or one bit (`progressive`: a DC scan only; the
/// AC coefficients, all zero, need no scan).
fn flat_jpeg(width: u16, height: u16, levels: &[Level], progressive: bool) -> Vec<u8> {
    let mut out = vec![0xFF, 0xD8];
    segment(&mut out, 0xDB, &[[0u8].as_slice(), &[1u8; 64]].concat());
    let mut sof = vec![8];
    sof.extend_from_slice(&height.to_be_bytes());
    sof.extend_from_slice(&width.to_be_bytes());
    sof.push(levels.len() as u8);
    for (i, (_, h, v)) in levels.iter().enumerate() {
        sof.extend_from_slice(&[i as u8 + 1, (h << 4) | v, 0]);
    }
    segment(&mut out, if progressive { 0xC2 } else { 0xC0 }, &sof);

    // DC: category 0 first (code "0"), then the categories of the first blocks ("10", "110", ...)
    let diffs: Vec<i32> = levels.iter().map(|(l, _, _)| (i32::from(*l) - 128) * 8).collect();
    let mut symbols = vec![0u8];
    for d in &diffs {
        let (cat, _) = category(*d);
        if !symbols.contains(&cat) {
            symbols.push(cat);
        }
    }
    let mut counts = [0u8; 16];
    counts[..symbols.len()].fill(1);
    segment(&mut out, 0xC4, &[&[0x00][..], &counts, &symbols].concat());
    let code = |symbol: u8| {
        let i = symbols.iter().position(|s| *s == symbol).unwrap() as u32;
        ((1u32 << (i + 1)) - 2, i + 1)
    };
    let mut eob_counts = [0u8; 16];
    eob_counts[0] = 1;
    segment(&mut out, 0xC4, &[&[0x10][..], &eob_counts, &[0x00]].concat());

    let mut sos = vec![levels.len() as u8];
    for i in 0..levels.len() {
        sos.extend_from_slice(&[i as u8 + 1, 0x00]);
    }
    sos.extend_from_slice(&[0, if progressive { 0 } else { 63 }, 0]);
    segment(&mut out, 0xDA, &sos);

    // blocks in coding order: MCU by MCU, each component's h × v blocks (one block per MCU
    // for a single component)
    let h_max = levels.iter().map(|l| l.1).max().unwrap();
    let v_max = levels.iter().map(|l| l.2).max().unwrap();
    let (mcu_w, mcu_h) = if levels.len() == 1 {
        (8, 8)
    } else {
        (8 * u32::from(h_max), 8 * u32::from(v_max))
    };
    let mcus = u32::from(width).div_ceil(mcu_w) * u32::from(height).div_ceil(mcu_h);
    let mut bits = Bits::default();
    let mut first = vec![true; levels.len()];
    for _ in 0..mcus {
        for (c, (_, h, v)) in levels.iter().enumerate() {
            let per_mcu = if levels.len() == 1 { 1 } else { h * v };
            for _ in 0..per_mcu {
                let diff = if std::mem::replace(&mut first[c], false) {
                    diffs[c]
                } else {
                    0
                };
                let (cat, extra) = category(diff);
                let (code, length) = code(cat);
                bits.put(code, length);
                bits.put(extra, u32::from(cat));
                if !progressive {
                    bits.put(0, 1); // end of block
                }
            }
        }
    }
    out.extend_from_slice(&bits.finish());
    out.extend_from_slice(&[0xFF, 0xD9]);
    out
}

/// The pixels zune-jpeg (krilla's JPEG reader) decodes from `jpeg`.
fn decode(jpeg: &[u8]) -> Vec<u8> {
    let options = zune_jpeg::zune_core::options::DecoderOptions::default().set_strict_mode(true);
    let mut decoder = zune_jpeg::JpegDecoder::new_with_options(std::io::Cursor::new(jpeg), options);
    decoder.decode().expect("the JPEG decodes")
}

const FIXTURE: &[u8] = include_bytes!("fixtures/logo.jpg");

#[test]
fn a_jpeg_whose_header_claims_more_pixels_than_it_holds_is_refused() {
    // the real 300 × 300 logo (7 KB) claiming 3000 × 3000: zune-jpeg decodes it without
    // an error, even strictly, padding the missing blocks with grey
    let lying = patch_size(FIXTURE, 3000, 3000);
    assert_eq!(decode(&lying).len(), 3000 * 3000 * 3);
    assert_eq!(check_logo(&lying), Err(LogoError::Incomplete));
    // also when it claims only a little more than it holds: one more row or column of
    // blocks, or twice its size (a bound on the bytes alone would not see these)
    for (w, h) in [(300, 316), (316, 300), (600, 600), (300, 3000)] {
        assert_eq!(
            check_logo(&patch_size(FIXTURE, w, h)),
            Err(LogoError::Incomplete),
            "{w} × {h}"
        );
    }

    // a 64 × 64 flat logo claiming 3000 × 3000, sequential and progressive
    for progressive in [false, true] {
        let small = flat_jpeg(64, 64, &[(40, 1, 1)], progressive);
        assert!(
            check_logo(&small).is_ok(),
            "progressive {progressive}: the real one passes"
        );
        let lying = patch_size(&small, 3000, 3000);
        assert_eq!(
            check_logo(&lying),
            Err(LogoError::Incomplete),
            "progressive {progressive}"
        );
    }

    // the fixture itself passes; cut off before its end it is refused
    assert_eq!(
        check_logo(FIXTURE).map(|i| (i.kind, i.width, i.height)),
        Ok((ImageKind::Jpeg, 300, 300))
    );
    assert_eq!(check_logo(&FIXTURE[..FIXTURE.len() - 100]), Err(LogoError::Incomplete));
    // an arithmetic-coded frame (SOF9) is refused
    let mut arithmetic = FIXTURE.to_vec();
    let sof = arithmetic.windows(2).position(|w| w == [0xFF, 0xC0]).unwrap();
    arithmetic[sof + 1] = 0xC9;
    assert_eq!(check_logo(&arithmetic), Err(LogoError::NotAnImage));
}

#[test]
fn large_flat_jpegs_coded_as_small_as_possible_are_accepted() {
    // Sequential grey-scale and colour (4:2:0, 4:2:2 and 4:4:4) and progressive, up to the
    // largest size accepted: the least data a complete JPEG can have, two bits per block
    // sequential, one progressive (plus the first block of each component). Standard-table
    // encoders (libjpeg without -optimize) spend six bits per luma and four per chroma block
    // on the same image: cjpeg makes 142 KB of a flat 3000 × 3000 colour image, this 53 KB.
    // The same data claiming one more row of blocks is refused: the count is exact.
    let cases: [(u16, &[Level], bool); 5] = [
        (4000, &[(40, 1, 1)], false),
        (4000, &[(40, 1, 1)], true),
        (3000, &[(60, 2, 2), (200, 1, 1), (90, 1, 1)], false),
        (3000, &[(60, 1, 1), (200, 1, 1), (90, 1, 1)], true),
        (1000, &[(230, 2, 1), (100, 1, 1), (160, 1, 1)], false),
    ];
    for (size, levels, progressive) in cases {
        let jpeg = flat_jpeg(size, size, levels, progressive);
        let blocks = u64::from(size).div_ceil(8).pow(2);
        let label = format!("{size} px, {} components, progressive {progressive}", levels.len());
        // a real JPEG: it decodes (strictly) to the one colour it was made of
        let pixels = decode(&jpeg);
        let channels = 3; // zune-jpeg decodes to RGB
        assert_eq!(pixels.len(), usize::from(size).pow(2) * channels, "{label}");
        let colour = &pixels[..channels];
        assert!(
            pixels.chunks_exact(channels).all(|p| p == colour),
            "{label}: one colour"
        );
        let info = check_logo(&jpeg).unwrap_or_else(|e| panic!("{label}: {e}"));
        assert_eq!(
            (info.kind, info.width, info.height),
            (ImageKind::Jpeg, u32::from(size), u32::from(size))
        );
        if levels.len() == 1 {
            // the whole file is those bits plus headers (about 150 bytes)
            let per_block = if progressive { 1 } else { 2 };
            assert!(
                jpeg.len() as u64 * 8 < blocks * per_block + 200 * 8,
                "{label}: {} bytes",
                jpeg.len()
            );
        }
        let short = flat_jpeg(size, size - 16, levels, progressive);
        assert_eq!(
            check_logo(&patch_size(&short, size, size)),
            Err(LogoError::Incomplete),
            "{label}"
        );
    }
}
