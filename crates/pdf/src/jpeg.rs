//! Whether a JPEG's scans hold the data for the size its frame header claims.
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
//! A bound on the bytes alone (every block needs at least a bit) catches only gross lies:
//! a real 300 × 300 logo of 7 KB holds enough bytes for a flat 3000 × 1000 image. So the
//! scans are walked code by code, without computing any pixel: the Huffman codes of every
//! block of every sequential scan, and of the DC scans and first AC scans of a progressive
//! JPEG, are read (with the extra bits they announce) until the last block the frame size
//! needs; data that ends before, or a code no table has, refuses the file. AC refinement
//! scans of progressive JPEGs (whose bit count depends on the coefficients decoded before)
//! are not walked; the DC scans, which cover every block, already are (a progressive file
//! cut short in a refinement scan passes: it prints whole, with less detail). Reading
//! codes costs about one step per bit of the file (logos are at most 1 MB; a 4000 × 4000
//! JPEG takes a few milliseconds).
//!
//! Checked against libjpeg-turbo's cjpeg (baseline, optimised, progressive, restart
//! intervals, 4:4:4, 4:2:2, 4:2:0, grey-scale, qualities 5 to 100) on a photograph and on
//! flat 3000 × 3000 and 4000 × 4000 images: all pass; the same files claiming one more row
//! or column of blocks, or cut and closed with EOI, are refused (except progressive files
//! cut in a refinement scan).
//!
//! Only Huffman-coded frames (SOF0, SOF1, SOF2) are accepted; arithmetic coding, lossless
//! and hierarchical JPEG are refused, as are files that end before the EOI marker (cut off
//! during the upload, for instance).

use crate::logo::LogoError;

/// One component of the frame: its id and sampling factors.
struct Component {
    id: u8,
    h: usize,
    v: usize,
}

/// The frame header: size in pixels, components, and whether it is progressive.
struct Frame {
    width: usize,
    height: usize,
    components: Vec<Component>,
    progressive: bool,
}

impl Frame {
    /// Parses the payload of a SOF0/SOF1/SOF2 segment.
    fn parse(segment: &[u8], progressive: bool) -> Option<Frame> {
        let height = usize::from(u16::from_be_bytes([*segment.get(1)?, *segment.get(2)?]));
        let width = usize::from(u16::from_be_bytes([*segment.get(3)?, *segment.get(4)?]));
        let count = usize::from(*segment.get(5)?);
        let components = segment
            .get(6..6 + 3 * count)?
            .chunks_exact(3)
            .map(|c| Component {
                id: c[0],
                h: usize::from(c[1] >> 4),
                v: usize::from(c[1] & 0x0F),
            })
            .collect::<Vec<_>>();
        let sane = |c: &Component| (1..=4).contains(&c.h) && (1..=4).contains(&c.v);
        (count > 0 && components.iter().all(sane)).then_some(Frame {
            width,
            height,
            components,
            progressive,
        })
    }

    fn max_sampling(&self) -> (usize, usize) {
        let h = self.components.iter().map(|c| c.h).max().unwrap_or(1);
        let v = self.components.iter().map(|c| c.v).max().unwrap_or(1);
        (h, v)
    }

    /// The 8 × 8 blocks of a component in columns and rows, as a scan of that component
    /// alone codes them.
    fn blocks(&self, c: &Component) -> (usize, usize) {
        let (h_max, v_max) = self.max_sampling();
        let columns = (self.width * c.h).div_ceil(h_max).div_ceil(8);
        let rows = (self.height * c.v).div_ceil(v_max).div_ceil(8);
        (columns, rows)
    }
}

/// A Huffman table, for decoding as in section F.2.2.3 of the JPEG specification.
struct Table {
    /// For each code length 1–16: the first code, the number of codes, and the index of
    /// its first symbol.
    lengths: [(u32, u32, usize); 16],
    symbols: Vec<u8>,
}

impl Table {
    /// Parses the tables of a DHT segment into `tables` (DC tables 0–3, then AC tables 0–3).
    fn parse_all(mut segment: &[u8], tables: &mut [Option<Table>; 8]) -> Option<()> {
        while let Some((&class_id, rest)) = segment.split_first() {
            let counts = rest.get(..16)?;
            let total: usize = counts.iter().map(|&n| usize::from(n)).sum();
            let symbols = rest.get(16..16 + total)?.to_vec();
            let mut lengths = [(0, 0, 0); 16];
            let (mut code, mut index) = (0u32, 0usize);
            for (entry, &count) in lengths.iter_mut().zip(counts) {
                *entry = (code, u32::from(count), index);
                code = (code + u32::from(count)) << 1;
                index += usize::from(count);
            }
            let slot = usize::from(class_id >> 4) * 4 + usize::from(class_id & 0x0F);
            *tables.get_mut(slot)? = Some(Table { lengths, symbols });
            segment = rest.get(16 + total..)?;
        }
        Some(())
    }

    /// Reads one code and returns its symbol.
    fn decode(&self, bits: &mut BitReader<'_>) -> Result<u8, LogoError> {
        let mut code = 0;
        for &(first, count, index) in &self.lengths {
            code = (code << 1) | bits.read(1)?;
            if code >= first && code - first < count {
                let i = index + (code - first) as usize;
                return self.symbols.get(i).copied().ok_or(LogoError::NotAnImage);
            }
        }
        Err(LogoError::NotAnImage)
    }
}

/// Reads the bits of a scan's entropy-coded data; running out of it means the scan does
/// not hold the blocks the frame needs.
struct BitReader<'a> {
    data: &'a [u8],
    pos: usize,
    byte: u32,
    left: u32,
}

impl BitReader<'_> {
    fn read(&mut self, count: u8) -> Result<u32, LogoError> {
        let mut value = 0;
        for _ in 0..count {
            if self.left == 0 {
                let byte = *self.data.get(self.pos).ok_or(LogoError::Incomplete)?;
                if byte == 0xFF {
                    // 0xFF 0x00 is a data byte; anything else a marker: the end of the data
                    if self.data.get(self.pos + 1) != Some(&0x00) {
                        return Err(LogoError::Incomplete);
                    }
                    self.pos += 1;
                }
                self.pos += 1;
                self.byte = u32::from(byte);
                self.left = 8;
            }
            self.left -= 1;
            value = (value << 1) | ((self.byte >> self.left) & 1);
        }
        Ok(value)
    }

    /// At a restart interval: the rest of the byte is padding, a restart marker follows.
    fn restart(&mut self) {
        self.left = 0;
        if self.data.get(self.pos) == Some(&0xFF) && matches!(self.data.get(self.pos + 1), Some(0xD0..=0xD7)) {
            self.pos += 2;
        }
    }

    /// Where the entropy-coded data ends: at the next marker other than a restart marker.
    fn end(&self) -> usize {
        let mut i = self.pos;
        while let Some(&byte) = self.data.get(i) {
            match (byte, self.data.get(i + 1)) {
                (0xFF, Some(0x00 | 0xD0..=0xD7)) => i += 2,
                (0xFF, _) => break,
                _ => i += 1,
            }
        }
        i
    }
}

/// One scan, from its SOS header: the components with their tables, and the part of the
/// coefficients it codes.
struct Scan<'t> {
    /// Per component of the scan: its index in the frame, DC and AC table.
    components: Vec<(usize, Option<&'t Table>, Option<&'t Table>)>,
    spectral_start: u8,
    spectral_end: u8,
    refinement: bool,
}

impl Scan<'_> {
    /// Reads the codes of one block.
    fn block(
        &self,
        bits: &mut BitReader<'_>,
        dc: Option<&Table>,
        ac: Option<&Table>,
        eob_run: &mut u32,
    ) -> Result<(), LogoError> {
        if self.spectral_start == 0 {
            if self.refinement {
                bits.read(1)?;
            } else {
                let size = dc.ok_or(LogoError::NotAnImage)?.decode(bits)?;
                bits.read(size)?;
            }
            if self.spectral_end == 0 {
                return Ok(());
            }
        }
        if *eob_run > 0 {
            *eob_run -= 1;
            return Ok(());
        }
        let ac = ac.ok_or(LogoError::NotAnImage)?;
        let mut k = self.spectral_start.max(1);
        while k <= self.spectral_end {
            let symbol = ac.decode(bits)?;
            let (run, size) = (symbol >> 4, symbol & 0x0F);
            if size == 0 && run < 15 {
                // end of block (sequential), or of a run of blocks (progressive)
                if self.spectral_start > 0 {
                    *eob_run = (1 << run) - 1 + bits.read(run)?;
                }
                return Ok(());
            }
            bits.read(size)?;
            k = k.saturating_add(run + 1);
        }
        Ok(())
    }
}

/// Reads every block of a scan whose entropy-coded data starts at `start`; returns where
/// that data ends.
fn walk_scan(
    data: &[u8],
    start: usize,
    frame: &Frame,
    segment: &[u8],
    tables: &[Option<Table>; 8],
    restart_interval: usize,
) -> Result<usize, LogoError> {
    let count = usize::from(*segment.first().ok_or(LogoError::NotAnImage)?);
    let header = segment.get(1..1 + 2 * count).ok_or(LogoError::NotAnImage)?;
    let mut components = Vec::new();
    for pair in header.chunks_exact(2) {
        let index = frame.components.iter().position(|c| c.id == pair[0]);
        let dc = tables.get(usize::from(pair[1] >> 4)).and_then(Option::as_ref);
        let ac = tables.get(4 + usize::from(pair[1] & 0x0F)).and_then(Option::as_ref);
        components.push((index.ok_or(LogoError::NotAnImage)?, dc, ac));
    }
    let rest = segment.get(1 + 2 * count..).unwrap_or(&[]);
    let scan = Scan {
        components,
        spectral_start: *rest.first().ok_or(LogoError::NotAnImage)?,
        spectral_end: (*rest.get(1).ok_or(LogoError::NotAnImage)?).min(63),
        refinement: frame.progressive && rest.get(2).is_some_and(|a| a >> 4 > 0),
    };
    let mut bits = BitReader {
        data,
        pos: start,
        byte: 0,
        left: 0,
    };
    // AC refinement scans are not walked (see the module comment)
    if scan.spectral_start > 0 && scan.refinement {
        return Ok(bits.end());
    }
    // the blocks in coding order: per MCU, each component's blocks (one block per MCU
    // when the scan has one component)
    let (h_max, v_max) = frame.max_sampling();
    let single = scan.components.len() == 1;
    let mcus = if single {
        let (index, _, _) = scan.components[0];
        let (columns, rows) = frame.blocks(&frame.components[index]);
        columns * rows
    } else {
        frame.width.div_ceil(8 * h_max) * frame.height.div_ceil(8 * v_max)
    };
    let mut eob_run = 0;
    for mcu in 0..mcus {
        if restart_interval > 0 && mcu > 0 && mcu % restart_interval == 0 {
            bits.restart();
            eob_run = 0;
        }
        for &(index, dc, ac) in &scan.components {
            let component = &frame.components[index];
            let blocks = if single { 1 } else { component.h * component.v };
            for _ in 0..blocks {
                scan.block(&mut bits, dc, ac, &mut eob_run)?;
            }
        }
    }
    Ok(bits.end())
}

/// Walks the segments of a JPEG (which starts with SOI) up to its EOI marker and reads
/// every scan (see the module comment).
pub(crate) fn check_scans(data: &[u8]) -> Result<(), LogoError> {
    let mut pos = 2;
    let mut frame: Option<Frame> = None;
    let mut tables: [Option<Table>; 8] = Default::default();
    let mut restart_interval = 0;
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
            0xC0..=0xC2 => frame = Some(Frame::parse(segment, marker == 0xC2).ok_or(LogoError::NotAnImage)?),
            // lossless, hierarchical and arithmetic-coded frames
            0xC3 | 0xC5..=0xC7 | 0xC9..=0xCB | 0xCD..=0xCF => return Err(LogoError::NotAnImage),
            0xC4 => Table::parse_all(segment, &mut tables).ok_or(LogoError::NotAnImage)?,
            0xDD => {
                let interval = segment.get(..2).ok_or(LogoError::NotAnImage)?;
                restart_interval = usize::from(u16::from_be_bytes([interval[0], interval[1]]));
            }
            // SOS: the scan's entropy-coded data follows its header
            0xDA => {
                let frame = frame.as_ref().ok_or(LogoError::NotAnImage)?;
                pos = walk_scan(data, pos, frame, segment, &tables, restart_interval)?;
            }
            _ => {}
        }
    }
}
