//! Files in a space: what a file or folder may be called, and which kinds
//! of file are accepted, recognised by their content rather than their name.

use unicode_normalization::UnicodeNormalization;

use crate::text::one_line;
use crate::Invalid;

/// How many bytes of a file's beginning are looked at to recognise its kind.
pub const SNIFF_BYTES: usize = 64 * 1024;

/// A kind of file that may be uploaded: its media type and the name endings it goes by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileKind {
    pub mime: &'static str,
    pub exts: &'static [&'static str],
}

/// The accepted kinds. Text kinds are recognised as UTF-8 text without markup.
pub const KINDS: &[FileKind] = &[
    FileKind {
        mime: "application/pdf",
        exts: &["pdf"],
    },
    FileKind {
        mime: "image/png",
        exts: &["png"],
    },
    FileKind {
        mime: "image/jpeg",
        exts: &["jpg", "jpeg"],
    },
    FileKind {
        mime: "image/gif",
        exts: &["gif"],
    },
    FileKind {
        mime: "image/webp",
        exts: &["webp"],
    },
    FileKind {
        mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        exts: &["docx"],
    },
    FileKind {
        mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        exts: &["xlsx"],
    },
    FileKind {
        mime: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        exts: &["pptx"],
    },
    FileKind {
        mime: "application/vnd.oasis.opendocument.text",
        exts: &["odt"],
    },
    FileKind {
        mime: "application/vnd.oasis.opendocument.spreadsheet",
        exts: &["ods"],
    },
    FileKind {
        mime: "application/vnd.oasis.opendocument.presentation",
        exts: &["odp"],
    },
    FileKind {
        mime: "application/msword",
        exts: &["doc"],
    },
    FileKind {
        mime: "application/vnd.ms-excel",
        exts: &["xls"],
    },
    FileKind {
        mime: "application/vnd.ms-powerpoint",
        exts: &["ppt"],
    },
    FileKind {
        mime: "text/plain",
        exts: &["txt", "md"],
    },
    FileKind {
        mime: "text/csv",
        exts: &["csv"],
    },
];

/// The name endings accepted, for the form's hint and the file picker.
pub fn accepted_exts() -> Vec<&'static str> {
    KINDS.iter().flat_map(|k| k.exts.iter().copied()).collect()
}

/// A file's name: one line of at most 200 characters with an accepted
/// ending; no path (`/`, `\`, `..`), no control or bidi override
/// characters, none of the characters Windows refuses in names.
pub fn file_name(input: &str) -> Result<String, Invalid> {
    let name = entry_name(input, 200)?;
    match extension(&name) {
        Some(ext) if kind_of_ext(&ext).is_some() => Ok(name),
        _ => Err(Invalid("error-file-type")),
    }
}

/// A folder's name: like a file's name, without the ending rule.
pub fn folder_name(input: &str) -> Result<String, Invalid> {
    entry_name(input, 120)
}

fn entry_name(input: &str, max: usize) -> Result<String, Invalid> {
    if input.contains(['/', '\\']) || input.trim() == "." || input.trim().starts_with("..") {
        return Err(Invalid("error-file-name-path"));
    }
    // one spelling for what looks the same: "café" typed composed or decomposed is one name
    let input: String = input.nfc().collect();
    let name = one_line(&input, max)?;
    if has_invisible(&name) {
        return Err(Invalid("error-file-name-invisible"));
    }
    if name.contains(['<', '>', ':', '"', '|', '?', '*']) || name.ends_with('.') {
        return Err(Invalid("error-file-name-chars"));
    }
    Ok(name)
}

/// The key under which two names in one folder count as the same: what
/// looks alike is alike (compatibility forms such as full-width letters
/// folded, upper and lower case one, a zero-width non-joiner left out).
pub fn name_key(name: &str) -> String {
    name.nfkc()
        .filter(|c| *c != ZWNJ)
        .flat_map(char::to_lowercase)
        .collect()
}

/// The zero-width non-joiner: part of Persian spelling between two letters
/// (می‌خواهم), invisible anywhere else.
const ZWNJ: char = '\u{200C}';

/// Whether a name holds an invisible format character (zero-width spaces and
/// joiners, the byte order mark, soft hyphen, word joiners, tags, …), except
/// a zero-width non-joiner between two letters.
fn has_invisible(s: &str) -> bool {
    let chars: Vec<char> = s.chars().collect();
    chars.iter().enumerate().any(|(i, &c)| {
        if c == ZWNJ {
            let before = i.checked_sub(1).and_then(|j| chars.get(j));
            let after = chars.get(i + 1);
            return !matches!((before, after), (Some(a), Some(b)) if a.is_alphabetic() && b.is_alphabetic());
        }
        is_format_char(c)
    })
}

/// The characters of Unicode's general category Cf (format), which render as nothing.
fn is_format_char(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{0600}'..='\u{0605}' | '\u{061C}' | '\u{06DD}' | '\u{070F}'
        | '\u{0890}'..='\u{0891}' | '\u{08E2}' | '\u{180E}' | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{206F}'
        | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}' | '\u{110BD}' | '\u{110CD}'
        | '\u{13430}'..='\u{1343F}' | '\u{1BCA0}'..='\u{1BCA3}' | '\u{1D173}'..='\u{1D17A}'
        | '\u{E0001}' | '\u{E0020}'..='\u{E007F}')
}

fn extension(name: &str) -> Option<String> {
    let (stem, ext) = name.rsplit_once('.')?;
    (!stem.is_empty()).then(|| ext.to_lowercase())
}

fn kind_of_ext(ext: &str) -> Option<&'static FileKind> {
    KINDS.iter().find(|k| k.exts.contains(&ext))
}

/// Checks that a file's first bytes (up to [`SNIFF_BYTES`], or all of a
/// shorter file) are of the kind its name says; returns the media type to
/// store and send. An HTML page named `.pdf` is refused, and so is markup
/// in a text file.
pub fn check_content(name: &str, head: &[u8]) -> Result<&'static str, Invalid> {
    let kind = extension(name)
        .and_then(|e| kind_of_ext(&e))
        .ok_or(Invalid("error-file-type"))?;
    if head.is_empty() {
        return Err(Invalid("error-file-empty"));
    }
    let ok = if kind.mime.starts_with("text/") {
        is_plain_text(head)
    } else {
        infer::get(head).is_some_and(|t| t.mime_type() == kind.mime)
    };
    if ok {
        Ok(kind.mime)
    } else {
        Err(Invalid("error-file-content"))
    }
}

/// UTF-8 text (the head may end inside a character) without NUL bytes and
/// without HTML or script markup a browser might run.
fn is_plain_text(head: &[u8]) -> bool {
    let text = match std::str::from_utf8(head) {
        Ok(t) => t,
        // cut off in the middle of a character at the end of the head
        Err(e) if e.error_len().is_none() => match std::str::from_utf8(&head[..e.valid_up_to()]) {
            Ok(t) => t,
            Err(_) => return false,
        },
        Err(_) => return false,
    };
    if text.contains('\0') {
        return false;
    }
    let lower = text.to_lowercase();
    let markup = [
        "<!doctype",
        "<html",
        "<script",
        "<svg",
        "<iframe",
        "<?xml",
        "<body",
        "<head",
    ];
    !markup.iter().any(|m| lower.contains(m))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PDF: &[u8] = b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n";
    const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0";
    const HTML: &[u8] = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>";

    #[test]
    fn names() {
        assert_eq!(file_name(" Protokoll 2026.pdf "), Ok("Protokoll 2026.pdf".into()));
        assert_eq!(file_name("تقرير.PDF"), Ok("تقرير.PDF".into()));
        assert_eq!(file_name("../../etc/passwd.txt"), Err(Invalid("error-file-name-path")));
        assert_eq!(file_name("a/b.pdf"), Err(Invalid("error-file-name-path")));
        assert_eq!(file_name("a\\b.pdf"), Err(Invalid("error-file-name-path")));
        assert_eq!(file_name("..pdf"), Err(Invalid("error-file-name-path")));
        assert_eq!(file_name("a\u{0007}b.pdf"), Err(Invalid("error-control-chars")));
        // a right-to-left override would show "harmless\u{202E}fdp.txt" as "harmlesstxt.pdf"
        assert_eq!(
            file_name("harmless\u{202E}fdp.txt"),
            Err(Invalid("error-control-chars"))
        );
        assert_eq!(file_name("a:b.pdf"), Err(Invalid("error-file-name-chars")));
        assert_eq!(file_name("programm.exe"), Err(Invalid("error-file-type")));
        assert_eq!(file_name("ohne-endung"), Err(Invalid("error-file-type")));
        assert_eq!(file_name(".pdf"), Err(Invalid("error-file-type")));
        assert_eq!(folder_name("Protokolle 2026"), Ok("Protokolle 2026".into()));
        assert_eq!(folder_name(".."), Err(Invalid("error-file-name-path")));
        assert_eq!(folder_name("   "), Err(Invalid("error-required")));
    }

    #[test]
    fn look_alike_names() {
        // composed and decomposed é are one name
        let composed = file_name("caf\u{E9}.txt").unwrap();
        let decomposed = file_name("cafe\u{301}.txt").unwrap();
        assert_eq!(composed, decomposed);
        assert_eq!(composed, "café.txt");
        // invisible characters are refused
        for bad in [
            "re\u{200B}port.pdf",
            "\u{FEFF}report.pdf",
            "re\u{00AD}port.pdf",
            "a\u{2060}b.pdf",
            "report\u{200D}.pdf",
            "\u{200C}report.pdf",
        ] {
            assert_eq!(file_name(bad), Err(Invalid("error-file-name-invisible")), "{bad:?}");
        }
        // a Persian word keeps its zero-width non-joiner
        assert_eq!(file_name("می\u{200C}خواهم.pdf").map(|n| n.chars().count()), Ok(12));
        // full-width letters, case and the non-joiner do not make a second name
        assert_eq!(name_key("ＲＥＰＯＲＴ.pdf"), name_key("report.PDF"));
        assert_eq!(name_key("Bericht.pdf"), name_key("bericht.pdf"));
        assert_eq!(name_key("می\u{200C}خواهم.pdf"), name_key("میخواهم.pdf"));
        assert_ne!(name_key("bericht-1.pdf"), name_key("bericht-2.pdf"));
    }

    #[test]
    fn content_must_match_the_name() {
        assert_eq!(check_content("a.pdf", PDF), Ok("application/pdf"));
        assert_eq!(check_content("a.PNG", PNG), Ok("image/png"));
        assert_eq!(check_content("a.pdf", HTML), Err(Invalid("error-file-content")));
        assert_eq!(check_content("a.png", PDF), Err(Invalid("error-file-content")));
        assert_eq!(check_content("a.txt", HTML), Err(Invalid("error-file-content")));
        assert_eq!(
            check_content("a.txt", b"\xff\xfe\0\0"),
            Err(Invalid("error-file-content"))
        );
        assert_eq!(check_content("a.pdf", b""), Err(Invalid("error-file-empty")));
        assert_eq!(check_content("a.exe", b"MZ\x90\0"), Err(Invalid("error-file-type")));
        assert_eq!(
            check_content("notiz.md", "# Tagesordnung\n- Begrüßung".as_bytes()),
            Ok("text/plain")
        );
        assert_eq!(check_content("liste.csv", b"name;ort\nA;B\n"), Ok("text/csv"));
        // a head cut inside a character is still text
        let cut = &"Grüße".as_bytes()[..3];
        assert_eq!(check_content("a.txt", cut), Ok("text/plain"));
    }
}
