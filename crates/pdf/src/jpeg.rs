//! Whether a JPEG's scans hold enough data for the size its frame header claims.
//!
//! Why this exists: krilla embeds a JPEG as it is (DCTDecode) and reads only its headers,
//! with zune-jpeg; the pixels are decoded by whatever shows or prints the PDF. Decoding it
//! with zune-jpeg ourselves would not help: when the scan data ends at the EOI marker,
//! zune-jpeg 0.5 takes zero bits for all blocks still missing and returns a mid-grey image
//! without an error, even in strict mode (it errors only when the file ends without EOI),
//! and its API offers no way to ask whether or where the data ran out. So a 64 × 64 JPEG
//! whose frame header was patched to claim 3000 × 3000 pixels passed the logo check and
//! printed as a large grey area.
//!
//! Hence a bound from the format itself, checked per scan. In Huffman-coded JPEG (baseline,
//! extended sequential, progressive), every 8 × 8 block of every component of a scan that
//! carries the DC coefficient gets a code of at least one bit for it (a Huffman code has at
//! least one bit; a DC refinement scan has exactly one bit per block), and a sequential scan
//! gives every block a second code of at least one bit: the end of block, or the AC
//! coefficients it would end. A scan with less entropy-coded data than one (progressive DC)
//! or two (sequential) bits per block cannot hold all its blocks. AC scans of progressive
//! JPEGs are not counted: one end-of-band run covers up to 32767 blocks in a few bits.
//!
//! The bound is the smallest possible encoding, not an estimate: a flat single-colour image
//! coded with optimal Huffman tables (a one-bit code for "no change" and for "end of block")
//! takes exactly two bits per block in a sequential scan and one bit per block in a
//! progressive DC scan, and passes (the tests encode such images up to 4000 × 4000 pixels).
//! Encoders with the standard tables of the JPEG specification (libjpeg without
//! `-optimize`, most cameras and browsers) spend at least 2.3 times the bound on a flat image.
//! What it does not find: a real image cut short and closed with EOI passes as long as the
//! rest still has the bits per block (its end then prints grey, as in any viewer).
//!
//! Only Huffman-coded frames (SOF0, SOF1, SOF2) are accepted; arithmetic coding (which can
//! take less than a bit per block), lossless and hierarchical JPEG are refused, as are
//! files that end before the EOI marker (cut off during the upload, for instance).

use crate::logo::LogoError;

/// One component of the frame: its id and sampling factors.
struct Component {
    id: u8,
    h: u64,
    v: u64,
}

/// The frame header: size in pixels and components.
struct Frame {
    width: u64,
    height: u64,
    components: Vec<Component>,
}

impl Frame {
    /// Parses the payload of a SOF0/SOF1/SOF2 segment.
    fn parse(segment: &[u8]) -> Option<Frame> {
        let height = u64::from(u16::from_be_bytes([*segment.get(1)?, *segment.get(2)?]));
        let width = u64::from(u16::from_be_bytes([*segment.get(3)?, *segment.get(4)?]));
        let count = usize::from(*segment.get(5)?);
        let components = segment
            .get(6..6 + 3 * count)?
            .chunks_exact(3)
            .map(|c| Component {
                id: c[0],
                h: u64::from(c[1] >> 4),
                v: u64::from(c[1] & 0x0F),
            })
            .collect::<Vec<_>>();
        let sane = |c: &Component| (1..=4).contains(&c.h) && (1..=4).contains(&c.v);
        (count > 0 && components.iter().all(sane)).then_some(Frame {
            width,
            height,
            components,
        })
    }

    /// The number of 8 × 8 blocks of a component (as coded in a scan of that component
    /// alone; a scan of several components codes at least as many).
    fn blocks(&self, c: &Component) -> u64 {
        let h_max = self.components.iter().map(|c| c.h).max().unwrap_or(1);
        let v_max = self.components.iter().map(|c| c.v).max().unwrap_or(1);
        let columns = (self.width * c.h).div_ceil(h_max).div_ceil(8);
        let rows = (self.height * c.v).div_ceil(v_max).div_ceil(8);
        columns * rows
    }

    /// The least number of bits of entropy-coded data a scan needs, from the payload of
    /// its SOS segment.
    fn scan_bits(&self, segment: &[u8]) -> Option<u64> {
        let count = usize::from(*segment.first()?);
        let ids = segment.get(1..1 + 2 * count)?.chunks_exact(2).map(|c| c[0]);
        let spectral_start = *segment.get(1 + 2 * count)?;
        let spectral_end = *segment.get(2 + 2 * count)?;
        let bits_per_block = match (spectral_start, spectral_end) {
            (0, 0) => 1,
            (0, _) => 2,
            _ => 0,
        };
        let mut blocks = 0;
        for id in ids {
            let component = self.components.iter().find(|c| c.id == id)?;
            blocks += self.blocks(component);
        }
        Some(blocks * bits_per_block)
    }
}

/// Counts the bits of entropy-coded data from `start` up to the next marker other than a
/// restart marker; returns them and where that marker begins.
fn entropy_coded_bits(data: &[u8], start: usize) -> (u64, usize) {
    let mut bytes = 0;
    let mut i = start;
    while let Some(&byte) = data.get(i) {
        if byte != 0xFF {
            bytes += 1;
            i += 1;
            continue;
        }
        match data.get(i + 1) {
            // a stuffed 0xFF data byte
            Some(0x00) => {
                bytes += 1;
                i += 2;
            }
            // a restart marker: no data
            Some(0xD0..=0xD7) => i += 2,
            // a marker, fill bytes before one, or the end of the file
            _ => break,
        }
    }
    (bytes * 8, i)
}

/// Walks the segments of a JPEG (which starts with SOI) up to its EOI marker and checks
/// that every scan holds the data its blocks need (see the module comment).
pub(crate) fn check_scans(data: &[u8]) -> Result<(), LogoError> {
    let mut pos = 2;
    let mut frame: Option<Frame> = None;
    loop {
        // a marker: 0xFF (possibly repeated as fill), then its code
        if data.get(pos) != Some(&0xFF) {
            return Err(LogoError::NotAnImage);
        }
        while data.get(pos) == Some(&0xFF) {
            pos += 1;
        }
        let marker = *data.get(pos).ok_or(LogoError::NotAnImage)?;
        pos += 1;
        match marker {
            // EOI: the end of the image
            0xD9 => return Ok(()),
            // markers without a segment
            0x01 | 0xD0..=0xD7 => continue,
            _ => {}
        }
        let length = match data.get(pos..pos + 2) {
            Some(&[high, low]) => usize::from(u16::from_be_bytes([high, low])),
            _ => return Err(LogoError::NotAnImage),
        };
        let segment = data.get(pos + 2..pos + length.max(2)).ok_or(LogoError::NotAnImage)?;
        pos += length.max(2);
        match marker {
            0xC0..=0xC2 => frame = Some(Frame::parse(segment).ok_or(LogoError::NotAnImage)?),
            // lossless, hierarchical and arithmetic-coded frames
            0xC3 | 0xC5..=0xC7 | 0xC9..=0xCB | 0xCD..=0xCF => return Err(LogoError::NotAnImage),
            // SOS: the scan's entropy-coded data follows its header
            0xDA => {
                let needed = frame
                    .as_ref()
                    .and_then(|f| f.scan_bits(segment))
                    .ok_or(LogoError::NotAnImage)?;
                let (bits, end) = entropy_coded_bits(data, pos);
                if bits < needed {
                    return Err(LogoError::Incomplete);
                }
                pos = end;
            }
            _ => {}
        }
    }
}
