//! The openness audit's self-assessment: indicator sets (dimensions with
//! indicators, each a statement and four maturity levels 0–3 described in
//! words), waves in which rater groups answer, and what their answers add
//! up to — distribution, median, traffic light, the gap between self-view
//! and outside view, the trend across waves.
//!
//! Anonymity is decided here, once: a group's answers count only when at
//! least `threshold` of its raters submitted, and every figure (the whole
//! wave, self-view, outside view, each group) is built from such groups
//! only, so no difference of two figures reveals a smaller group.

use std::collections::{BTreeMap, HashMap};

use crate::text::{multi_line, one_line};
use crate::values::code_enum;
use crate::Invalid;

code_enum!(
    /// A rater's answer to one indicator.
    Choice {
        L0 = "0",
        L1 = "1",
        L2 = "2",
        L3 = "3",
        /// "Don't know".
        Unknown = "unknown",
        /// "Not applicable".
        Na = "na",
    }
);

impl Choice {
    /// The maturity level chosen, none for "don't know" and "not applicable".
    pub fn level(self) -> Option<u8> {
        match self {
            Choice::L0 => Some(0),
            Choice::L1 => Some(1),
            Choice::L2 => Some(2),
            Choice::L3 => Some(3),
            Choice::Unknown | Choice::Na => None,
        }
    }
    /// Its slot in a [`Tally`]: levels 0–3, then don't know, not applicable.
    pub fn slot(self) -> usize {
        match self {
            Choice::L0 => 0,
            Choice::L1 => 1,
            Choice::L2 => 2,
            Choice::L3 => 3,
            Choice::Unknown => 4,
            Choice::Na => 5,
        }
    }
}

code_enum!(
    /// Who a rater group is.
    GroupKind {
        Leadership = "leadership",
        /// Staff, usually one group per department.
        Staff = "staff",
        /// An outside view: a migrant organisation, participants of a walk, …
        Outside = "outside",
    }
);

impl GroupKind {
    /// Whether the group speaks for the administration itself.
    pub fn is_self(self) -> bool {
        matches!(self, GroupKind::Leadership | GroupKind::Staff)
    }
}

code_enum!(
    /// How far a language's texts of a set can be trusted.
    TextStatus {
        /// Translated, not yet checked by a speaker of the language.
        Draft = "draft",
        Reviewed = "reviewed",
    }
);

/// The traffic light of a median.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Light {
    /// No answers to judge by.
    #[default]
    None,
    /// Median below 1.5: little or nothing in place.
    Red,
    /// Median from 1.5 to below 2.5: partly in place.
    Yellow,
    /// Median 2.5 or more: firmly anchored.
    Green,
}

impl Light {
    /// The light of a median given in halves (0 … 6).
    pub fn of(median_halves: Option<i64>) -> Light {
        match median_halves {
            None => Light::None,
            Some(h) if h < 3 => Light::Red,
            Some(h) if h < 5 => Light::Yellow,
            Some(_) => Light::Green,
        }
    }
    pub fn code(self) -> &'static str {
        match self {
            Light::None => "none",
            Light::Red => "red",
            Light::Yellow => "yellow",
            Light::Green => "green",
        }
    }
}

/// Default and lowest anonymity threshold, and the highest one can set.
pub const THRESHOLD_DEFAULT: i64 = 5;
pub const THRESHOLD_MIN: i64 = 3;
pub const THRESHOLD_MAX: i64 = 50;
/// Longest texts, in characters.
pub const TITLE_MAX: usize = 200;
pub const STATEMENT_MAX: usize = 300;
pub const LEVEL_MAX: usize = 300;
pub const NOTE_MAX: usize = 2000;
pub const GROUP_MAX: usize = 120;
pub const DESCRIPTION_MAX: usize = 2000;
/// Raters added at once, at most.
pub const RATERS_AT_ONCE: usize = 500;
/// Days a wave may run, at most.
pub const WAVE_DAYS_MAX: i64 = 366;

pub fn title(input: &str) -> Result<String, Invalid> {
    one_line(input, TITLE_MAX)
}

pub fn description(input: &str) -> Result<String, Invalid> {
    multi_line(input, DESCRIPTION_MAX, false)
}

pub fn statement(input: &str) -> Result<String, Invalid> {
    multi_line(input, STATEMENT_MAX, true)
}

pub fn level_text(input: &str) -> Result<String, Invalid> {
    multi_line(input, LEVEL_MAX, true)
}

pub fn group_name(input: &str) -> Result<String, Invalid> {
    one_line(input, GROUP_MAX)
}

/// A free-text answer (optional).
pub fn note(input: &str) -> Result<String, Invalid> {
    multi_line(input, NOTE_MAX, false)
}

/// The anonymity threshold: a whole number from 3 to 50.
pub fn threshold(input: &str) -> Result<i64, Invalid> {
    let n: i64 = input.trim().parse().map_err(|_| Invalid("error-number"))?;
    if n < THRESHOLD_MIN {
        return Err(Invalid("error-openness-threshold-low"));
    }
    if n > THRESHOLD_MAX {
        return Err(Invalid("error-number"));
    }
    Ok(n)
}

/// A rater line as typed: "Name, address", "Name" or "address".
pub fn rater_line(line: &str) -> Result<Option<(String, String)>, Invalid> {
    let line = line.trim();
    if line.is_empty() {
        return Ok(None);
    }
    let (name, email) = match line.rsplit_once([',', ';', '\u{060C}', '\u{061B}']) {
        Some((n, e)) if e.contains('@') => (n.trim(), e.trim()),
        _ if line.contains('@') && !line.contains(' ') => ("", line),
        _ => (line, ""),
    };
    let name = if name.is_empty() {
        String::new()
    } else {
        one_line(name, 120)?
    };
    let email = if email.is_empty() {
        String::new()
    } else {
        crate::accounts::Email::parse(email)?.as_str().to_string()
    };
    Ok(Some((name, email)))
}

/// How many chose what: levels 0–3, don't know, not applicable.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally(pub [i64; 6]);

impl Tally {
    pub fn add(&mut self, choice: Choice, n: i64) {
        if let Some(c) = self.0.get_mut(choice.slot()) {
            *c += n;
        }
    }
    pub fn merge(&mut self, other: &Tally) {
        for (a, b) in self.0.iter_mut().zip(other.0) {
            *a += b;
        }
    }
    /// Answers that chose a level.
    pub fn rated(&self) -> i64 {
        self.0.iter().take(4).sum()
    }
    pub fn total(&self) -> i64 {
        self.0.iter().sum()
    }
    /// The median level in halves (0 … 6), none without a level chosen.
    pub fn median_halves(&self) -> Option<i64> {
        let n = self.rated();
        if n == 0 {
            return None;
        }
        // the levels at positions (n-1)/2 and n/2 of the sorted answers
        let at = |k: i64| {
            let mut seen = 0;
            for (level, c) in (0_i64..).zip(self.0.iter().take(4)) {
                seen += c;
                if k < seen {
                    return level;
                }
            }
            3
        };
        Some(at((n - 1) / 2) + at(n / 2))
    }
    pub fn light(&self) -> Light {
        Light::of(self.median_halves())
    }
    /// Share of choice slot `k` in percent of all answers.
    pub fn percent(&self, k: usize) -> i64 {
        let total = self.total();
        if total == 0 {
            0
        } else {
            self.0.get(k).copied().unwrap_or(0) * 100 / total
        }
    }
}

/// A rater group of a wave and how many of it submitted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupCount {
    pub id: i64,
    pub kind: GroupKind,
    pub submitted: i64,
}

/// The answers of one wave, counted: per group and indicator.
#[derive(Debug, Clone, Default)]
pub struct Counts {
    /// (group, indicator) → tally of submitted answers.
    pub tallies: HashMap<(i64, i64), Tally>,
}

/// What a wave's answers add up to, from the groups that reach the threshold.
#[derive(Debug, Clone, Default)]
pub struct WaveResults {
    /// The groups whose answers are shown.
    pub shown: Vec<i64>,
    /// Groups below the threshold (never part of any figure).
    pub hidden: Vec<i64>,
    /// Raters who submitted, in shown groups.
    pub respondents: i64,
    /// Indicator → tally over all shown groups, the self-view and the outside view.
    pub all: HashMap<i64, Tally>,
    pub self_view: HashMap<i64, Tally>,
    pub outside: HashMap<i64, Tally>,
    /// (group, indicator) → tally, shown groups only.
    pub by_group: HashMap<(i64, i64), Tally>,
    /// Indicator → free texts of shown groups, without names, sorted.
    pub notes: HashMap<i64, Vec<String>>,
}

impl WaveResults {
    /// Adds up `counts` and the free texts `notes` (group, indicator, text)
    /// of `groups` at anonymity `threshold`.
    pub fn build(groups: &[GroupCount], counts: &Counts, notes: &[(i64, i64, String)], threshold: i64) -> WaveResults {
        let threshold = threshold.max(THRESHOLD_MIN);
        let mut r = WaveResults::default();
        let kinds: HashMap<i64, GroupKind> = groups
            .iter()
            .filter(|g| g.submitted >= threshold)
            .map(|g| (g.id, g.kind))
            .collect();
        for g in groups {
            if g.submitted >= threshold {
                r.shown.push(g.id);
                r.respondents += g.submitted;
            } else {
                r.hidden.push(g.id);
            }
        }
        for ((group, indicator), t) in &counts.tallies {
            let Some(kind) = kinds.get(group) else { continue };
            r.all.entry(*indicator).or_default().merge(t);
            let view = if kind.is_self() {
                &mut r.self_view
            } else {
                &mut r.outside
            };
            view.entry(*indicator).or_default().merge(t);
            r.by_group.insert((*group, *indicator), *t);
        }
        for (group, indicator, text) in notes {
            if kinds.contains_key(group) {
                r.notes.entry(*indicator).or_default().push(text.clone());
            }
        }
        for v in r.notes.values_mut() {
            v.sort();
        }
        r
    }

    /// The tally of indicators `ids` taken together, from `view`.
    pub fn pooled(view: &HashMap<i64, Tally>, ids: &[i64]) -> Tally {
        let mut t = Tally::default();
        for id in ids {
            if let Some(x) = view.get(id) {
                t.merge(x);
            }
        }
        t
    }

    /// The gap between self-view and outside view of indicators `ids`, in
    /// halves of a level (positive: the administration sees itself better
    /// than outsiders do); none unless both views have answers.
    pub fn gap_halves(&self, ids: &[i64]) -> Option<i64> {
        let s = Self::pooled(&self.self_view, ids).median_halves()?;
        let o = Self::pooled(&self.outside, ids).median_halves()?;
        Some(s - o)
    }
}

/// The indicators that several waves share, by code: compared only on these.
pub fn shared_codes<'a>(waves: impl IntoIterator<Item = &'a [String]>) -> Vec<String> {
    let mut count: BTreeMap<&str, usize> = BTreeMap::new();
    let mut n = 0;
    let mut first: Vec<&str> = Vec::new();
    for (i, codes) in waves.into_iter().enumerate() {
        n += 1;
        for c in codes {
            if i == 0 {
                first.push(c);
            }
            *count.entry(c.as_str()).or_default() += 1;
        }
    }
    first
        .into_iter()
        .filter(|c| count.get(c) == Some(&n))
        .map(str::to_string)
        .collect()
}

/// The weakest indicators: those with a red or yellow light, lowest median
/// first (ties: the one more rated lower first), at most `n`.
pub fn weakest(tallies: &[(i64, Tally)], n: usize) -> Vec<i64> {
    let mut v: Vec<(i64, i64, i64)> = tallies
        .iter()
        .filter_map(|(id, t)| {
            let m = t.median_halves()?;
            (m < 5).then(|| (m, -(t.0[0] + t.0[1]), *id))
        })
        .collect();
    v.sort();
    v.into_iter().take(n).map(|(_, _, id)| id).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tally(levels: [i64; 4]) -> Tally {
        Tally([levels[0], levels[1], levels[2], levels[3], 0, 0])
    }

    #[test]
    fn medians_count_levels_only_in_halves() {
        assert_eq!(Tally::default().median_halves(), None);
        assert_eq!(
            Tally([0, 0, 0, 0, 4, 2]).median_halves(),
            None,
            "don't know is no level"
        );
        assert_eq!(tally([1, 0, 0, 0]).median_halves(), Some(0));
        assert_eq!(tally([0, 1, 1, 0]).median_halves(), Some(3), "between 1 and 2");
        assert_eq!(tally([1, 1, 1, 0]).median_halves(), Some(2));
        assert_eq!(tally([0, 0, 1, 3]).median_halves(), Some(6));
        assert_eq!(tally([2, 0, 0, 2]).median_halves(), Some(3));
    }

    #[test]
    fn lights_follow_the_median() {
        assert_eq!(Light::of(None), Light::None);
        assert_eq!(Light::of(Some(2)), Light::Red);
        assert_eq!(Light::of(Some(3)), Light::Yellow);
        assert_eq!(Light::of(Some(4)), Light::Yellow);
        assert_eq!(Light::of(Some(5)), Light::Green);
    }

    #[test]
    fn thresholds_are_never_below_three() {
        assert_eq!(threshold("5"), Ok(5));
        assert_eq!(threshold(" 3 "), Ok(3));
        assert_eq!(threshold("2"), Err(Invalid("error-openness-threshold-low")));
        assert_eq!(threshold("0"), Err(Invalid("error-openness-threshold-low")));
        assert!(threshold("x").is_err());
        assert!(threshold("51").is_err());
    }

    #[test]
    fn small_groups_are_part_of_no_figure() {
        let groups = [
            GroupCount {
                id: 1,
                kind: GroupKind::Staff,
                submitted: 6,
            },
            GroupCount {
                id: 2,
                kind: GroupKind::Leadership,
                submitted: 2,
            },
            GroupCount {
                id: 3,
                kind: GroupKind::Outside,
                submitted: 5,
            },
        ];
        let mut counts = Counts::default();
        counts.tallies.insert((1, 10), tally([0, 2, 4, 0]));
        counts.tallies.insert((2, 10), tally([2, 0, 0, 0]));
        counts.tallies.insert((3, 10), tally([3, 2, 0, 0]));
        let notes = [(1, 10, "b".to_string()), (2, 10, "secret".into()), (3, 10, "a".into())];
        let r = WaveResults::build(&groups, &counts, &notes, 5);
        assert_eq!(r.notes[&10], vec!["a", "b"], "the small group's texts are left out");
        assert_eq!(r.shown, vec![1, 3]);
        assert_eq!(r.hidden, vec![2]);
        assert_eq!(r.respondents, 11);
        assert_eq!(
            r.all[&10],
            tally([3, 4, 4, 0]),
            "the small group's answers are left out"
        );
        assert_eq!(r.self_view[&10], tally([0, 2, 4, 0]));
        assert_eq!(r.outside[&10], tally([3, 2, 0, 0]));
        assert!(!r.by_group.contains_key(&(2, 10)));
        assert_eq!(r.gap_halves(&[10]), Some(4));
        // a configured threshold below three counts as three
        let low = WaveResults::build(&groups, &counts, &[], 1);
        assert_eq!(low.hidden, vec![2]);
    }

    #[test]
    fn waves_compare_on_shared_codes() {
        let a = vec!["x".to_string(), "y".into(), "z".into()];
        let b = vec!["y".to_string(), "z".into(), "w".into()];
        assert_eq!(shared_codes([a.as_slice(), b.as_slice()]), vec!["y", "z"]);
        assert_eq!(shared_codes([a.as_slice()]), a);
    }

    #[test]
    fn weakest_are_red_and_yellow_lowest_first() {
        let v = [
            (1, tally([0, 0, 1, 2])),
            (2, tally([3, 0, 0, 0])),
            (3, tally([0, 2, 1, 0])),
            (4, tally([1, 2, 0, 0])),
        ];
        assert_eq!(weakest(&v, 5), vec![2, 4, 3]);
        assert_eq!(weakest(&v, 1), vec![2]);
    }

    #[test]
    fn rater_lines() {
        assert_eq!(rater_line("  "), Ok(None));
        assert_eq!(
            rater_line("Aylin Demir, aylin@example.org"),
            Ok(Some(("Aylin Demir".into(), "aylin@example.org".into())))
        );
        assert_eq!(
            rater_line("x@example.org"),
            Ok(Some((String::new(), "x@example.org".into())))
        );
        assert_eq!(rater_line("Nur Name"), Ok(Some(("Nur Name".into(), String::new()))));
        assert!(rater_line("Name, not-an-address@").is_err());
    }
}
