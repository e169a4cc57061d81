//! The issuing organisation's logo: PNG or JPEG, recognised by content and
//! checked in full before it is accepted (a PNG decoded, a JPEG's scans measured
//! against its size), so that a certificate never fails later on a broken or
//! disguised file, nor prints one as a grey area.

use krilla::geom::{Size, Transform};
use krilla::image::Image;
use krilla::page::PageSettings;
use krilla::Document;

/// Smallest and largest width and height of a logo, in pixels.
pub const LOGO_MIN_PIXELS: u32 = 16;
pub const LOGO_MAX_PIXELS: u32 = 4000;

/// The two formats a logo may have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImageKind {
    Png,
    Jpeg,
}

impl ImageKind {
    /// Recognises PNG and JPEG by their first bytes (not by name or declared type).
    pub fn sniff(data: &[u8]) -> Option<ImageKind> {
        if data.starts_with(b"\x89PNG\r\n\x1a\n") {
            Some(ImageKind::Png)
        } else if data.starts_with(&[0xFF, 0xD8, 0xFF]) {
            Some(ImageKind::Jpeg)
        } else {
            None
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            ImageKind::Png => "image/png",
            ImageKind::Jpeg => "image/jpeg",
        }
    }

    /// The kind of a content type stored by [`ImageKind::content_type`].
    pub fn from_content_type(ct: &str) -> Option<ImageKind> {
        match ct {
            "image/png" => Some(ImageKind::Png),
            "image/jpeg" => Some(ImageKind::Jpeg),
            _ => None,
        }
    }
}

/// A logo to print.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Logo {
    pub kind: ImageKind,
    pub data: Vec<u8>,
    /// Alternative text, e.g. "Logo von Kulturbrücke e. V." (the figure's /Alt).
    pub alt: String,
}

/// What [`check_logo`] found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LogoInfo {
    pub kind: ImageKind,
    pub width: u32,
    pub height: u32,
}

/// Why a logo is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LogoError {
    /// Not a PNG or JPEG, or one that cannot be decoded.
    #[error("not a readable PNG or JPEG image")]
    NotAnImage,
    /// Narrower or lower than [`LOGO_MIN_PIXELS`], or wider or higher than [`LOGO_MAX_PIXELS`].
    #[error("the image is {0} × {1} pixels")]
    Dimensions(u32, u32),
    /// A JPEG whose scans hold less data than the size in its header needs (a header
    /// patched to claim more pixels, or a file cut short and closed).
    #[error("the image holds less data than its size needs")]
    Incomplete,
}

impl Logo {
    /// The image for krilla (headers read; the pixels are decoded when the document is written).
    pub(crate) fn image(&self) -> Result<Image, String> {
        let data = self.data.clone().into();
        match self.kind {
            ImageKind::Png => Image::from_png(data, false),
            ImageKind::Jpeg => Image::from_jpeg(data, false),
        }
    }
}

/// Checks an uploaded logo by its content: PNG or JPEG by its first bytes, sane
/// dimensions by its header, a JPEG's scans against those dimensions (krilla embeds
/// a JPEG without decoding its pixels: see the `jpeg` module), and then written into a
/// scratch PDF (the same code the certificate uses; a PNG is decoded in full there),
/// so that a truncated or disguised file is refused now and not when a certificate is
/// printed.
pub fn check_logo(data: &[u8]) -> Result<LogoInfo, LogoError> {
    let kind = ImageKind::sniff(data).ok_or(LogoError::NotAnImage)?;
    // the size from the header first: a decoder allocates what the header claims, and a
    // failed allocation aborts the process (a 177-byte PNG claiming 100000 × 100000 did)
    let size = imagesize::blob_size(data)
        .ok()
        .filter(|s| s.width > 0 && s.height > 0)
        .ok_or(LogoError::NotAnImage)?;
    let claimed = (
        u32::try_from(size.width).unwrap_or(u32::MAX),
        u32::try_from(size.height).unwrap_or(u32::MAX),
    );
    let range = LOGO_MIN_PIXELS..=LOGO_MAX_PIXELS;
    if !range.contains(&claimed.0) || !range.contains(&claimed.1) {
        return Err(LogoError::Dimensions(claimed.0, claimed.1));
    }
    if kind == ImageKind::Jpeg {
        crate::jpeg::check_scans(data)?;
    }
    let logo = Logo {
        kind,
        data: data.to_vec(),
        alt: String::new(),
    };
    let image = logo.image().map_err(|_| LogoError::NotAnImage)?;
    let (width, height) = image.size();
    if (width, height) != claimed || !range.contains(&width) || !range.contains(&height) {
        return Err(LogoError::Dimensions(width, height));
    }
    let mut document = Document::new();
    {
        let settings = PageSettings::from_wh(100.0, 100.0).ok_or(LogoError::NotAnImage)?;
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();
        surface.push_transform(&Transform::identity());
        surface.draw_image(image, Size::from_wh(100.0, 100.0).ok_or(LogoError::NotAnImage)?);
        surface.pop();
        surface.finish();
        page.finish();
    }
    document.finish().map_err(|_| LogoError::NotAnImage)?;
    Ok(LogoInfo { kind, width, height })
}
