//! Every message key the code names exists in every locale: the keys written
//! literally in templates (`p.t("…")`, `p.t1`, `p.tn`, `p.opt_label`, the
//! label and hint of the form macros) and in Rust (`Invalid("…")`,
//! `ctx.page("…")`, `.t(locale, "…")`, …); for keys made from a prefix and a
//! value (`p.tk("series-kind", s.kind)`) at least one `prefix-…` key exists.
//! A missing key would show its id to the person instead of a sentence.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Files below `dir` whose name ends in `ext`.
fn files(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, ext, out);
        } else if path.extension().is_some_and(|e| e == ext) {
            out.push(path);
        }
    }
}

/// The arguments of each call of `name(` in `text`, split at top-level commas
/// (quotes and brackets respected); a `name` that is a word must not be part
/// of a longer word or a method of something (`Invalid(` is not `x.Invalid(`).
fn calls(text: &str, name: &str) -> Vec<Vec<String>> {
    let mut found = vec![];
    let mut rest = text;
    let pattern = format!("{name}(");
    while let Some(at) = rest.find(&pattern) {
        let before = rest[..at].chars().next_back();
        let start = at + pattern.len();
        rest = &rest[start..];
        let word = name.starts_with(|c: char| c.is_alphanumeric());
        if word && before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.') {
            continue;
        }
        let (mut args, mut cur, mut depth, mut quoted) = (vec![], String::new(), 0, false);
        for c in rest.chars() {
            match c {
                '"' => {
                    quoted = !quoted;
                    cur.push(c);
                }
                _ if quoted => cur.push(c),
                '(' | '[' | '{' => {
                    depth += 1;
                    cur.push(c);
                }
                ')' | ']' | '}' if depth == 0 => break,
                ')' | ']' | '}' => {
                    depth -= 1;
                    cur.push(c);
                }
                ',' if depth == 0 => args.push(std::mem::take(&mut cur).trim().to_string()),
                _ => cur.push(c),
            }
        }
        args.push(cur.trim().to_string());
        found.push(args);
    }
    found
}

/// The string literal `arg` is, if it is one and looks like a message key.
fn key(arg: Option<&String>) -> Option<String> {
    let s = arg?.strip_prefix('"')?.strip_suffix('"')?;
    let looks_like_key = s.contains('-')
        && s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    looks_like_key.then(|| s.to_string())
}

/// (keys, prefixes) named in the templates and the Rust sources of the `ikoe` and `domain` crates.
fn named_keys() -> (BTreeSet<String>, BTreeSet<String>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (mut keys, mut prefixes) = (BTreeSet::new(), BTreeSet::new());
    let mut templates = vec![];
    files(&root.join("templates"), "html", &mut templates);
    for path in &templates {
        let text = std::fs::read_to_string(path).unwrap();
        // p.t("key"), m_p.t("key"), p.t1("key", …), p.tn("key", …), p.opt_label("key")
        for name in ["t", "t1", "tn", "opt_label"] {
            for args in calls(&text, &format!(".{name}")) {
                keys.extend(key(args.first()));
            }
        }
        for name in ["tk", "tk2"] {
            for args in calls(&text, &format!(".{name}")) {
                prefixes.extend(key(args.first()));
            }
        }
        // the form macros: (p, errs, name, label, hint, …); search: (p, action, label, …)
        for name in ["input", "textarea", "select", "checkboxes", "checkbox", "file_input"] {
            for args in calls(&text, &format!("m::{name}")) {
                keys.extend(key(args.get(3)));
                keys.extend(key(args.get(4)));
            }
        }
        for args in calls(&text, "m::search") {
            keys.extend(key(args.get(2)));
        }
    }
    let mut sources = vec![];
    files(&root.join("src"), "rs", &mut sources);
    files(&root.join("../domain/src"), "rs", &mut sources);
    for path in &sources {
        let text = std::fs::read_to_string(path).unwrap();
        for name in ["Invalid", "page", "admin_page", "form_page", "redirect_flash"] {
            for args in calls(&text, name) {
                keys.extend(key(args.first()));
            }
        }
        // ctx.t("key"), i18n.t(locale, "key"), t_args(locale, "key", …), errs.add("field", "key")
        for args in calls(&text, ".t") {
            keys.extend(key(args.first()));
            keys.extend(key(args.get(1)));
        }
        for name in [".t_args", ".add"] {
            for args in calls(&text, name) {
                keys.extend(key(args.get(1)));
            }
        }
    }
    (keys, prefixes)
}

#[test]
fn every_named_key_exists_in_every_locale() {
    let i18n = i18n::I18n::load().unwrap();
    let (keys, prefixes) = named_keys();
    // the scan finds what it is meant to find (a scan that found nothing would pass)
    assert!(
        keys.len() > 500,
        "only {} keys found in templates and sources",
        keys.len()
    );
    assert!(keys.contains("skip-to-content") && keys.contains("error-choose-option"));
    assert!(prefixes.contains("series-kind"), "{prefixes:?}");
    for l in i18n::LOCALES {
        let have: BTreeSet<String> = i18n.keys(l.code).into_iter().collect();
        let missing: Vec<_> = keys.iter().filter(|k| !have.contains(*k)).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", l.code);
        let unprefixed: Vec<_> = prefixes
            .iter()
            .filter(|p| !have.iter().any(|k| k.starts_with(&format!("{p}-"))))
            .collect();
        assert!(
            unprefixed.is_empty(),
            "{} has no key starting with {unprefixed:?}",
            l.code
        );
    }
}

#[test]
fn the_scan_reads_calls_as_meant() {
    let t = r#"{{ p.t("a-b") }} {% call m::input(p, errs, "name", "f-name", "", x.y(1, 2), "text", "name") %}"#;
    assert_eq!(calls(t, ".t")[0], vec![r#""a-b""#]);
    let args = &calls(t, "m::input")[0];
    assert_eq!(args.len(), 8);
    assert_eq!(key(args.get(3)).as_deref(), Some("f-name"));
    assert_eq!(key(args.get(4)), None);
    assert_eq!(args[5], "x.y(1, 2)");
    assert!(calls("x.Invalid(\"a-b\") Invalid(\"c-d\")", "Invalid").len() == 1);
}

/// Every kind of mail has its subject, body and outbox label in every language.
#[test]
fn every_mail_kind_has_its_messages() {
    let i18n = i18n::I18n::load().unwrap();
    for l in i18n::LOCALES {
        let have: BTreeSet<String> = i18n.keys(l.code).into_iter().collect();
        for kind in domain::outbox::MailKind::ALL {
            for key in [
                format!("mail-{kind}-subject"),
                format!("mail-{kind}-body"),
                format!("admin-outbox-kind-{kind}"),
            ] {
                assert!(have.contains(&key), "{} lacks {key}", l.code);
            }
        }
    }
}

/// No emoji or pictographs serve as icons in templates, messages or scripts: where a
/// font lacks them they show as empty boxes. Icons are the inline SVGs of the
/// `m::icon` macro (issue 11.9).
#[test]
fn no_emoji_as_icons() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = vec![];
    files(&root.join("templates"), "html", &mut paths);
    files(&root.join("../i18n/locales"), "ftl", &mut paths);
    files(&root.join("static"), "js", &mut paths);
    assert!(paths.len() > 50, "{}", paths.len());
    let pictograph = |c: char| {
        matches!(c as u32,
            0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0xFE0F)
    };
    for path in paths {
        let text = std::fs::read_to_string(&path).unwrap();
        for (n, line) in text.lines().enumerate() {
            assert!(
                !line.chars().any(pictograph),
                "{}:{}: an emoji used as icon; use m::icon: {line}",
                path.display(),
                n + 1
            );
        }
    }
}
