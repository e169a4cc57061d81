//! The forms of the self-assessment: a wave, a rater group, raters, an
//! indicator's texts.

use domain::openness::{self as dom, GroupKind};
use domain::series as ds;
use serde::Deserialize;
use store::openness::{IndicatorTexts, NewWave, Wave};

use crate::web::extract::Ctx;
use crate::web::form::period;
use crate::web::page::FormErrors;

#[derive(Debug, Clone, Deserialize)]
pub struct WaveForm {
    /// Only when a wave is started (its set stays).
    #[serde(default)]
    pub set_id: String,
    pub title: String,
    pub opens: String,
    pub closes: String,
    pub threshold: String,
    #[serde(default)]
    pub version: i64,
}

impl WaveForm {
    pub fn blank(ctx: &Ctx, set: Option<i64>) -> Self {
        let tz = i18n::time_zone();
        let now = ctx.now();
        WaveForm {
            set_id: set.map(|s| s.to_string()).unwrap_or_default(),
            title: String::new(),
            opens: ds::to_local_date_input(now, tz),
            closes: ds::to_local_date_input(ds::shift_days(now, 42, tz), tz),
            threshold: dom::THRESHOLD_DEFAULT.to_string(),
            version: 0,
        }
    }

    pub fn of(w: &Wave) -> Self {
        let tz = i18n::time_zone();
        WaveForm {
            set_id: w.set_id.to_string(),
            title: w.title.clone(),
            opens: ds::to_local_date_input(w.opens_at.0, tz),
            closes: ds::to_local_date_input(w.closes_at.0, tz),
            threshold: w.threshold.to_string(),
            version: w.version,
        }
    }

    pub fn parse(&self, now: i64, new: bool) -> Result<NewWave, FormErrors> {
        let mut errs = FormErrors::new();
        let set_id = if new {
            errs.take(
                "set_id",
                self.set_id
                    .trim()
                    .parse::<i64>()
                    .map_err(|_| domain::Invalid("error-choose-option")),
            )
        } else {
            Some(0)
        };
        let title = errs.take("title", dom::title(&self.title));
        let period = period(
            &mut errs,
            &self.opens,
            &self.closes,
            now,
            dom::WAVE_DAYS_MAX,
            "error-openness-wave-too-long",
        );
        let threshold = errs.take("threshold", dom::threshold(&self.threshold));
        match (set_id, title, period, threshold) {
            (Some(set_id), Some(title), Some((opens_at, closes_at)), Some(threshold)) if errs.is_empty() => {
                Ok(NewWave {
                    set_id,
                    title,
                    opens_at,
                    closes_at,
                    threshold,
                })
            }
            _ => Err(errs),
        }
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct GroupForm {
    pub kind: String,
    pub name: String,
}

impl GroupForm {
    pub fn parse(&self) -> Result<(GroupKind, String), FormErrors> {
        let mut errs = FormErrors::new();
        let kind = errs.take(
            "kind",
            GroupKind::parse(&self.kind).map_err(|_| domain::Invalid("error-choose-option")),
        );
        let name = errs.take("name", dom::group_name(&self.name));
        match (kind, name) {
            (Some(k), Some(n)) if errs.is_empty() => Ok((k, n)),
            _ => Err(errs),
        }
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct RatersForm {
    /// One rater per line: "Name, address", "Name" or "address".
    pub lines: String,
    /// Raters without a name, for printed link cards.
    pub unnamed: String,
}

impl RatersForm {
    /// The raters (name, address), named ones first; errors name the first bad line.
    pub fn parse(&self) -> Result<Vec<(String, String)>, FormErrors> {
        let mut errs = FormErrors::new();
        let mut out = Vec::new();
        for (i, line) in self.lines.lines().enumerate() {
            match dom::rater_line(line) {
                Ok(Some(r)) => out.push(r),
                Ok(None) => {}
                Err(_) => {
                    errs.add("lines", "error-openness-rater-line");
                    tracing::debug!(line = i + 1, "a rater line that is no name or address");
                    break;
                }
            }
        }
        let unnamed = match self.unnamed.trim() {
            "" => Some(0),
            s => errs.take("unnamed", ds::number(s, 0, dom::RATERS_AT_ONCE as i64)),
        };
        if let Some(n) = unnamed {
            out.extend((0..n).map(|_| (String::new(), String::new())));
        }
        if errs.is_empty() && out.is_empty() {
            errs.add("lines", "error-required");
        }
        if out.len() > dom::RATERS_AT_ONCE {
            errs.add("lines", "error-openness-too-many-raters");
        }
        if errs.is_empty() {
            Ok(out)
        } else {
            Err(errs)
        }
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct IndicatorForm {
    pub lang: String,
    pub statement: String,
    pub level0: String,
    pub level1: String,
    pub level2: String,
    pub level3: String,
}

impl IndicatorForm {
    pub fn of(lang: &str, t: &IndicatorTexts) -> Self {
        let [a, b, c, d] = t.levels.clone();
        IndicatorForm {
            lang: lang.to_string(),
            statement: t.statement.clone(),
            level0: a,
            level1: b,
            level2: c,
            level3: d,
        }
    }

    pub fn level(&self, n: &usize) -> &str {
        match n {
            0 => &self.level0,
            1 => &self.level1,
            2 => &self.level2,
            _ => &self.level3,
        }
    }

    pub fn parse(&self) -> Result<IndicatorTexts, FormErrors> {
        let mut errs = FormErrors::new();
        let statement = errs.take("statement", dom::statement(&self.statement));
        let levels: Vec<Option<String>> = [&self.level0, &self.level1, &self.level2, &self.level3]
            .iter()
            .enumerate()
            .map(|(i, l)| errs.take(&format!("level{i}"), dom::level_text(l)))
            .collect();
        match (statement, levels.as_slice()) {
            (Some(statement), [Some(a), Some(b), Some(c), Some(d)]) if errs.is_empty() => Ok(IndicatorTexts {
                statement,
                levels: [a.clone(), b.clone(), c.clone(), d.clone()],
            }),
            _ => Err(errs),
        }
    }
}
