//! Text fields typed by people: trimmed, length-checked in characters,
//! control characters refused (no header injection through a line break in a name).

use crate::Invalid;

/// Trims and checks a one-line text: not empty, at most `max` characters,
/// no control characters (line breaks included) and no bidi override characters.
pub fn one_line(input: &str, max: usize) -> Result<String, Invalid> {
    let s = input.trim();
    if s.is_empty() {
        return Err(Invalid("error-required"));
    }
    if s.chars().count() > max {
        return Err(Invalid("error-too-long"));
    }
    if s.chars()
        .any(|c| c.is_control() || is_bidi_override(c) || c == '\u{2028}' || c == '\u{2029}')
    {
        return Err(Invalid("error-control-chars"));
    }
    if stacked_marks(s) {
        return Err(Invalid("error-stacked-marks"));
    }
    // something visible: a name of only invisible or combining characters is no name
    if !s.chars().any(char::is_alphanumeric) {
        return Err(Invalid("error-required"));
    }
    Ok(s.to_string())
}

/// Like [`one_line`] but an empty input is `None`.
pub fn optional_line(input: &str, max: usize) -> Result<Option<String>, Invalid> {
    if input.trim().is_empty() {
        Ok(None)
    } else {
        one_line(input, max).map(Some)
    }
}

/// A multi-line text: line breaks and tabs allowed, other control characters not.
pub fn multi_line(input: &str, max: usize, required: bool) -> Result<String, Invalid> {
    let s = input.trim().replace("\r\n", "\n");
    if required && s.is_empty() {
        return Err(Invalid("error-required"));
    }
    if s.chars().count() > max {
        return Err(Invalid("error-too-long"));
    }
    if s.chars()
        .any(|c| (c.is_control() && c != '\n' && c != '\t') || is_bidi_override(c))
    {
        return Err(Invalid("error-control-chars"));
    }
    if stacked_marks(&s) {
        return Err(Invalid("error-stacked-marks"));
    }
    Ok(s)
}

/// Most combining marks one letter carries in writing (Vietnamese and vocalised Arabic or
/// Hebrew need two or three); more only pile up over the lines around them ("Zalgo" text).
const MAX_MARKS: usize = 4;

/// Whether more than [`MAX_MARKS`] combining marks follow one another anywhere in `s`.
fn stacked_marks(s: &str) -> bool {
    let mut run = 0;
    for c in s.chars() {
        run = if unicode_normalization::char::is_combining_mark(c) {
            run + 1
        } else {
            0
        };
        if run > MAX_MARKS {
            return true;
        }
    }
    false
}

/// The explicit bidi override/embedding characters that can disguise text
/// (U+202A–U+202E, U+2066–U+2069). Marks (LRM/RLM) are allowed.
fn is_bidi_override(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_piled_over_one_letter_are_refused() {
        // Vietnamese and vocalised Arabic keep their two or three marks
        assert!(one_line("Nguy\u{1EC5}n Th\u{1ECB} Ho\u{300}a", 50).is_ok());
        assert!(one_line("\u{645}\u{64F}\u{62D}\u{64E}\u{645}\u{651}\u{64E}\u{62F}", 50).is_ok());
        let zalgo = format!("Z{}", "\u{336}\u{30A}".repeat(3));
        assert_eq!(one_line(&zalgo, 50), Err(Invalid("error-stacked-marks")));
        assert_eq!(multi_line(&zalgo, 50, true), Err(Invalid("error-stacked-marks")));
        let four = format!("Z{}", "\u{336}\u{30A}".repeat(2));
        assert!(one_line(&four, 50).is_ok());
    }

    #[test]
    fn one_line_rules() {
        assert_eq!(one_line("  Amira  ", 10), Ok("Amira".into()));
        assert_eq!(one_line("   ", 10), Err(Invalid("error-required")));
        assert_eq!(one_line("abcdefghijk", 10), Err(Invalid("error-too-long")));
        assert_eq!(one_line("a\nb", 10), Err(Invalid("error-control-chars")));
        assert_eq!(one_line("a\u{202E}b", 10), Err(Invalid("error-control-chars")));
        // combining characters count as characters, not bytes
        assert!(one_line("Zoë Müller", 10).is_ok());
        assert!(one_line("أمينة Schulz", 20).is_ok());
        assert_eq!(one_line("\u{200B}", 10), Err(Invalid("error-required")));
        assert_eq!(one_line("\u{0301}\u{0301}", 10), Err(Invalid("error-required")));
        assert_eq!(one_line("a\u{2028}b", 10), Err(Invalid("error-control-chars")));
    }

    #[test]
    fn multi_line_rules() {
        assert_eq!(multi_line("a\r\nb", 10, true), Ok("a\nb".into()));
        assert_eq!(multi_line("", 10, true), Err(Invalid("error-required")));
        assert_eq!(multi_line("", 10, false), Ok(String::new()));
        assert_eq!(multi_line("a\u{7}b", 10, false), Err(Invalid("error-control-chars")));
    }
}
