//! The embedded fonts: Noto Sans (Latin, Cyrillic, Greek) and Noto Sans Arabic (Arabic,
//! Persian, Urdu), each regular and bold. Loaded once per process.

use std::sync::LazyLock;

use crate::PdfError;

static NOTO_SANS: &[u8] = include_bytes!("../fonts/NotoSans-Regular.ttf");
static NOTO_SANS_BOLD: &[u8] = include_bytes!("../fonts/NotoSans-Bold.ttf");
static NOTO_SANS_ARABIC: &[u8] = include_bytes!("../fonts/NotoSansArabic-Regular.ttf");
static NOTO_SANS_ARABIC_BOLD: &[u8] = include_bytes!("../fonts/NotoSansArabic-Bold.ttf");

/// Which of the two font families draws a piece of text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Family {
    /// Noto Sans: Latin, Cyrillic, Greek, digits and common punctuation.
    Latin,
    /// Noto Sans Arabic: the Arabic script, including Persian letters.
    Arabic,
}

impl Family {
    pub(crate) fn other(self) -> Self {
        match self {
            Family::Latin => Family::Arabic,
            Family::Arabic => Family::Latin,
        }
    }
}

/// One font in two views: krilla's for embedding, rustybuzz's for shaping.
pub(crate) struct FontFace {
    pub(crate) pdf: krilla::text::Font,
    pub(crate) shaper: rustybuzz::Face<'static>,
    pub(crate) units_per_em: f32,
}

impl FontFace {
    fn load(data: &'static [u8]) -> Option<Self> {
        let pdf = krilla::text::Font::new(data.into(), 0)?;
        let shaper = rustybuzz::Face::from_slice(data, 0)?;
        let units_per_em = shaper.units_per_em() as f32;
        Some(Self {
            pdf,
            shaper,
            units_per_em,
        })
    }

    /// Whether the font has a glyph for `c`.
    pub(crate) fn covers(&self, c: char) -> bool {
        self.shaper.glyph_index(c).is_some()
    }
}

pub(crate) struct Fonts {
    latin: FontFace,
    latin_bold: FontFace,
    arabic: FontFace,
    arabic_bold: FontFace,
}

impl Fonts {
    pub(crate) fn get(&self, family: Family, bold: bool) -> &FontFace {
        match (family, bold) {
            (Family::Latin, false) => &self.latin,
            (Family::Latin, true) => &self.latin_bold,
            (Family::Arabic, false) => &self.arabic,
            (Family::Arabic, true) => &self.arabic_bold,
        }
    }

    /// Whether the regular and the bold face of `family` both have a glyph for `c`.
    pub(crate) fn covers(&self, family: Family, c: char) -> bool {
        self.get(family, false).covers(c) && self.get(family, true).covers(c)
    }
}

static FONTS: LazyLock<Option<Fonts>> = LazyLock::new(|| {
    Some(Fonts {
        latin: FontFace::load(NOTO_SANS)?,
        latin_bold: FontFace::load(NOTO_SANS_BOLD)?,
        arabic: FontFace::load(NOTO_SANS_ARABIC)?,
        arabic_bold: FontFace::load(NOTO_SANS_ARABIC_BOLD)?,
    })
});

/// The embedded fonts, parsed on first use.
pub(crate) fn fonts() -> Result<&'static Fonts, PdfError> {
    FONTS.as_ref().ok_or(PdfError::Fonts)
}
