//! The adoption of a Leitbild: the leadership signs off one version, the
//! adopted text is published (inside the administration or for everyone),
//! and the team adds translations of it, each bound to the version it
//! translates.
//!
//! When is a version adopted? As soon as every leadership member has signed
//! it — or, earlier, when the process team declares it adopted after at
//! least one leadership member signed. The seed asks for "leadership on
//! board": with no sign-off at all a text is the team's, not the
//! administration's, so the team cannot adopt it alone; but one absent
//! leader (on leave, left the post) must not hold the process up for
//! months. How many signed stays visible next to the adopted text.

use crate::leitbild::{self as dl, Draft, Principle};
use crate::text::{multi_line, one_line};
use crate::values::code_enum;
use crate::Invalid;

code_enum!(
    /// Who may read the adopted text.
    Publication {
        /// Not published: the process team only.
        Unpublished = "none",
        /// The members of the administration (signed in) and the team.
        Internal = "internal",
        /// Anyone, without logging in.
        Public = "public",
    }
);

code_enum!(
    /// The languages the adopted (German) text is translated into.
    TranslationLang {
        En = "en",
        Ar = "ar",
        Fa = "fa",
        Uk = "uk",
        Ru = "ru",
        Tr = "tr",
    }
);

impl TranslationLang {
    /// Whether the language is written right to left.
    pub fn rtl(self) -> bool {
        matches!(self, TranslationLang::Ar | TranslationLang::Fa)
    }
}

/// Whether a version with `signed` sign-offs of `leaders` leadership members
/// is adopted by the sign-offs alone: all signed (and there is a leadership).
pub fn all_signed(leaders: usize, signed: usize) -> bool {
    leaders > 0 && signed >= leaders
}

/// Whether the team may declare a version adopted: at least one leadership
/// member signed it (see the module documentation).
pub fn may_declare(signed: usize) -> bool {
    signed >= 1
}

/// A translation is longer than its German original in many languages
/// (Russian and Ukrainian often by a third): its fields may be twice as long.
pub const TRANSLATION_FACTOR: usize = 2;

/// A translation as typed, checked against the German text it translates:
/// the slogan and every principle need a translation; a goal needs one when
/// the German principle has a goal (and may not have one when it has none);
/// the preamble likewise. Returns the errors by field: `slogan`,
/// `preamble`, `principle-{n}`, `goal-{n}` (n from 1).
pub fn translation(german: &Draft, typed: &Draft) -> Result<Draft, Vec<(String, Invalid)>> {
    let mut errs: Vec<(String, Invalid)> = vec![];
    let slogan = one_line(&typed.slogan, dl::SLOGAN_MAX * TRANSLATION_FACTOR)
        .map_err(|e| errs.push(("slogan".into(), e)))
        .ok();
    let preamble = field(
        &typed.preamble,
        !german.preamble.is_empty(),
        dl::PREAMBLE_MAX * TRANSLATION_FACTOR,
    )
    .map_err(|e| errs.push(("preamble".into(), e)))
    .ok();
    let mut principles = vec![];
    for (i, de) in german.principles.iter().enumerate() {
        let n = i + 1;
        let empty = Principle {
            text: String::new(),
            goal: String::new(),
        };
        let t = typed.principles.get(i).unwrap_or(&empty);
        let text = field(&t.text, true, dl::PRINCIPLE_MAX * TRANSLATION_FACTOR)
            .map_err(|e| errs.push((format!("principle-{n}"), e)))
            .ok();
        let goal = field(&t.goal, !de.goal.is_empty(), dl::PRINCIPLE_MAX * TRANSLATION_FACTOR)
            .map_err(|e| errs.push((format!("goal-{n}"), e)))
            .ok();
        if let (Some(text), Some(goal)) = (text, goal) {
            principles.push(Principle { text, goal });
        }
    }
    match (slogan, preamble) {
        (Some(slogan), Some(preamble)) if errs.is_empty() => Ok(Draft {
            slogan,
            preamble,
            principles,
        }),
        _ => Err(errs),
    }
}

/// A translated field: required when the German one has text, empty when it has none.
fn field(input: &str, german_has_text: bool, max: usize) -> Result<String, Invalid> {
    let s = multi_line(input, max, german_has_text)?;
    if !german_has_text && !s.is_empty() {
        return Err(Invalid("error-translation-nothing-to-translate"));
    }
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(slogan: &str, preamble: &str, principles: &[(&str, &str)]) -> Draft {
        Draft {
            slogan: slogan.into(),
            preamble: preamble.into(),
            principles: principles
                .iter()
                .map(|(t, g)| Principle {
                    text: (*t).into(),
                    goal: (*g).into(),
                })
                .collect(),
        }
    }

    #[test]
    fn adoption_needs_the_leadership() {
        assert!(!all_signed(0, 0), "no leadership, no adoption by sign-offs");
        assert!(!all_signed(3, 2));
        assert!(all_signed(3, 3));
        assert!(!may_declare(0));
        assert!(may_declare(1));
    }

    #[test]
    fn languages_and_publication() {
        assert_eq!(TranslationLang::parse("ar"), Ok(TranslationLang::Ar));
        assert!(TranslationLang::Ar.rtl() && TranslationLang::Fa.rtl());
        assert!(!TranslationLang::Uk.rtl());
        assert!(TranslationLang::parse("de").is_err(), "German is the original");
        assert_eq!(Publication::parse("public"), Ok(Publication::Public));
        assert!(Publication::parse("everyone").is_err());
    }

    #[test]
    fn a_translation_covers_every_field_of_the_german_text() {
        let de = draft(
            "Offen für alle",
            "",
            &[("Wir beraten.", "Kurze Wege"), ("Wir lernen.", "")],
        );
        let en = draft(" Open to all ", "", &[("We advise.", "Short ways"), ("We learn.", "")]);
        let ok = translation(&de, &en).unwrap();
        assert_eq!(ok.slogan, "Open to all");
        assert_eq!(ok.principles.len(), 2);

        let missing = draft("", "", &[("We advise.", ""), ("", "")]);
        let errs = translation(&de, &missing).unwrap_err();
        let fields: Vec<&str> = errs.iter().map(|(f, _)| f.as_str()).collect();
        assert_eq!(fields, ["slogan", "goal-1", "principle-2"]);

        let extra = draft(
            "Open",
            "A preamble",
            &[("We advise.", "Short"), ("We learn.", "A goal")],
        );
        let errs = translation(&de, &extra).unwrap_err();
        assert!(errs.contains(&("preamble".into(), Invalid("error-translation-nothing-to-translate"))));
        assert!(errs.contains(&("goal-2".into(), Invalid("error-translation-nothing-to-translate"))));

        // right to left, and longer than the German (within the factor)
        let ar = draft(
            "مفتوحون للجميع",
            "",
            &[(&"ن".repeat(dl::PRINCIPLE_MAX + 10), "طرق قصيرة"), ("نتعلم.", "")],
        );
        assert!(translation(&de, &ar).is_ok());
        let too_long = draft(&"x".repeat(dl::SLOGAN_MAX * 2 + 1), "", &[]);
        let errs = translation(&de, &too_long).unwrap_err();
        assert_eq!(errs[0], ("slogan".into(), Invalid("error-too-long")));
    }
}
