//! The context every page template gets (`p`), and form errors.

use std::sync::Arc;

use domain::Timestamp;
use fluent_bundle::FluentValue;
use i18n::{I18n, Locale};

/// Section of the site, to mark the current navigation item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nav {
    Home,
    Orgs,
    Series,
    Spaces,
    Leitbild,
    Profile,
    Admin,
    Other,
}

pub struct Page {
    pub locale: Locale,
    pub i18n: Arc<I18n>,
    pub csrf: String,
    pub user_name: Option<String>,
    pub is_admin: bool,
    pub org_admin: bool,
    /// Path and query of this request (for the language switcher's return).
    pub path: String,
    pub flash: Option<String>,
    pub title: String,
    pub nav: Nav,
    /// Admin area: which side-navigation item is current.
    pub admin_section: &'static str,
}

impl Page {
    pub fn lang(&self) -> &'static str {
        self.locale.code
    }
    pub fn dir(&self) -> &'static str {
        self.locale.dir()
    }
    pub fn locales(&self) -> &'static [Locale] {
        &i18n::LOCALES
    }
    pub fn t(&self, key: &str) -> String {
        self.i18n.t(self.locale.code, key)
    }
    /// The separator between the items of a list ("، " in Arabic and Farsi).
    pub fn sep(&self) -> String {
        self.t("list-separator")
    }
    /// A state's or region's name in the page's language (the stored names
    /// are German; a name not in `crate::regions` is shown as it is).
    pub fn region(&self, name: impl AsRef<str>) -> String {
        crate::regions::localise(&self.i18n, self.locale.code, name.as_ref())
    }
    /// Items joined with the language's list separator.
    pub fn join(&self, items: &[String]) -> String {
        items.join(self.sep().as_str())
    }
    /// A message with one argument. The argument (often a name in another
    /// script) is isolated with U+2068/U+2069, so it cannot reorder the sentence.
    pub fn t1(&self, key: &str, name: &str, value: impl AsRef<str>) -> String {
        let isolated = format!("\u{2068}{}\u{2069}", value.as_ref());
        self.i18n
            .t_args(self.locale.code, key, &[(name, FluentValue::from(isolated))])
    }
    /// A message with two arguments, each isolated as in [`Page::t1`].
    pub fn t2(&self, key: &str, a: &str, va: &str, b: &str, vb: &str) -> String {
        let iso = |v: &str| FluentValue::from(format!("\u{2068}{v}\u{2069}"));
        self.i18n.t_args(self.locale.code, key, &[(a, iso(va)), (b, iso(vb))])
    }
    /// A message with one number argument (plural rules apply).
    pub fn tn(&self, key: &str, name: &str, value: impl Count) -> String {
        self.i18n
            .t_args(self.locale.code, key, &[(name, FluentValue::from(value.count()))])
    }
    /// The message `<prefix>-<value>`, e.g. a status word.
    pub fn tk(&self, prefix: &str, value: &str) -> String {
        self.t(&format!("{prefix}-{value}"))
    }
    /// The message `<prefix>-<value>-<suffix>`.
    pub fn tk2(&self, prefix: &str, value: &str, suffix: &str) -> String {
        self.t(&format!("{prefix}-{value}-{suffix}"))
    }
    /// A label marked as optional: "Telefon (optional)".
    pub fn opt_label(&self, key: &str) -> String {
        format!("{} ({})", self.t(key), self.t("optional"))
    }
    /// A date, from a [`Timestamp`] or Unix seconds.
    pub fn date(&self, t: &impl Seconds) -> String {
        i18n::format_date(self.locale.code, t.seconds())
    }
    /// A date and time, from a [`Timestamp`] or Unix seconds.
    pub fn datetime(&self, t: &impl Seconds) -> String {
        i18n::format_datetime(self.locale.code, t.seconds())
    }
    /// A time span, e.g. a module: "04.03.2027 09:00–17:00".
    pub fn span(&self, from: &impl Seconds, to: &impl Seconds) -> String {
        i18n::format_span(self.locale.code, from.seconds(), to.seconds())
    }
    /// Times of one day without the date ("09:00–10:30"), for a list
    /// under a heading that names the day; with dates when it spans days.
    pub fn times(&self, from: &impl Seconds, to: &impl Seconds) -> String {
        let (a, b) = (from.seconds(), to.seconds());
        if self.date(&a) == self.date(&b) {
            format!("{}\u{2013}{}", i18n::format_time(a), i18n::format_time(b))
        } else {
            self.span(&a, &b)
        }
    }
    /// A message with two number arguments (plural rules apply to each).
    pub fn tn2(&self, key: &str, a: &str, av: impl Count, b: &str, bv: impl Count) -> String {
        self.i18n.t_args(
            self.locale.code,
            key,
            &[(a, FluentValue::from(av.count())), (b, FluentValue::from(bv.count()))],
        )
    }
    /// The days of a series: one date for a one-day event, else "from – to".
    pub fn days(&self, from: &impl Seconds, to: &impl Seconds) -> String {
        i18n::format_date_range(self.locale.code, from.seconds(), to.seconds())
    }
    /// A planned month, stored as `YYYY-MM`: "März 2027" (the text as stored if it is none).
    pub fn month(&self, ym: &str) -> String {
        match ym.split_once('-').map(|(y, m)| (y, m.parse::<i64>())) {
            Some((y, Ok(m))) => self.i18n.t_args(
                self.locale.code,
                "month-year",
                &[("month", FluentValue::from(m)), ("year", FluentValue::from(y))],
            ),
            _ => ym.to_string(),
        }
    }
    /// `part` of `whole` in whole per cent, in the locale's style ("42 %", "%42").
    pub fn percent(&self, part: impl Count, whole: impl Count) -> String {
        let (part, whole) = (part.count(), whole.count());
        let n = if whole > 0 { (part * 100 + whole / 2) / whole } else { 0 };
        self.i18n
            .t_args(self.locale.code, "percent", &[("n", FluentValue::from(n))])
    }
    pub fn num(&self, n: impl Count) -> String {
        i18n::format_number(self.locale.code, n.count())
    }
    /// A number given in tenths with one decimal: 37 → "3,7" (de) or "3.7" (en).
    pub fn decimal(&self, tenths: i64) -> String {
        let sep = if matches!(self.locale.code, "de" | "tr" | "ru" | "uk") {
            ","
        } else {
            "."
        };
        let sign = if tenths < 0 { "-" } else { "" };
        let t = tenths.abs();
        format!("{sign}{}{sep}{}", t / 10, t % 10)
    }
    /// A file size: "830 B", "12 KB", "4,2 MB", "1,5 GB".
    pub fn bytes(&self, n: impl Count) -> String {
        let n = n.count().max(0);
        const UNITS: [(i64, &str); 3] = [(1 << 30, "GB"), (1 << 20, "MB"), (1 << 10, "KB")];
        for (size, unit) in UNITS {
            if n >= size {
                let tenths = (n * 10 + size / 2) / size;
                let comma = if matches!(self.locale.code, "de" | "tr" | "ru" | "uk") {
                    ","
                } else {
                    "."
                };
                return if tenths >= 100 || tenths % 10 == 0 {
                    format!("{} {unit}", self.num((tenths + 5) / 10))
                } else {
                    format!("{}{comma}{} {unit}", tenths / 10, tenths % 10)
                };
            }
        }
        format!("{} B", self.num(n))
    }
    pub fn nav_is(&self, n: &str) -> bool {
        let cur = match self.nav {
            Nav::Home => "home",
            Nav::Orgs => "orgs",
            Nav::Series => "series",
            Nav::Spaces => "spaces",
            Nav::Leitbild => "leitbild",
            Nav::Profile => "profile",
            Nav::Admin => "admin",
            Nav::Other => "",
        };
        cur == n
    }
    /// The translated title of an organisation kind code.
    pub fn kind(&self, code: &str) -> String {
        self.t(&format!("org-kind-{}", code.replace('_', "-")))
    }
    pub fn role(&self, code: &str) -> String {
        self.t(&format!("role-{code}"))
    }
}

/// A point in time a template passes to [`Page::date`], [`Page::datetime`]
/// or [`Page::span`]: a [`Timestamp`] or Unix seconds, by value or by reference.
pub trait Seconds {
    fn seconds(&self) -> i64;
}
impl Seconds for i64 {
    fn seconds(&self) -> i64 {
        *self
    }
}
impl Seconds for Timestamp {
    fn seconds(&self) -> i64 {
        self.0
    }
}
impl<T: Seconds + ?Sized> Seconds for &T {
    fn seconds(&self) -> i64 {
        (**self).seconds()
    }
}

/// A number a template passes to [`Page::tn`] or [`Page::num`], by value or by reference.
pub trait Count {
    fn count(&self) -> i64;
}
impl Count for i64 {
    fn count(&self) -> i64 {
        *self
    }
}
impl Count for usize {
    fn count(&self) -> i64 {
        i64::try_from(*self).unwrap_or(i64::MAX)
    }
}
impl<T: Count + ?Sized> Count for &T {
    fn count(&self) -> i64 {
        (**self).count()
    }
}

/// Errors of one form: field name → translation key. Field order is kept
/// so the summary lists them as they appear.
#[derive(Debug, Default, Clone)]
pub struct FormErrors {
    items: Vec<(String, String)>,
}

impl FormErrors {
    pub fn new() -> Self {
        Self::default()
    }
    /// Errors of one field (e.g. "error-stale": the record changed meanwhile).
    pub fn one(field: &str, key: &str) -> Self {
        let mut e = Self::new();
        e.add(field, key);
        e
    }
    pub fn add(&mut self, field: &str, key: &str) {
        if !self.has(field) {
            self.items.push((field.to_string(), key.to_string()));
        }
    }
    pub fn has(&self, field: &str) -> bool {
        self.items.iter().any(|(f, _)| f == field)
    }
    pub fn get(&self, field: &str) -> Option<&str> {
        self.items.iter().find(|(f, _)| f == field).map(|(_, k)| k.as_str())
    }
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
    pub fn items(&self) -> &[(String, String)] {
        &self.items
    }
    /// Records the error of a parse result and returns its value, if any.
    pub fn take<T>(&mut self, field: &str, r: Result<T, domain::Invalid>) -> Option<T> {
        match r {
            Ok(v) => Some(v),
            Err(e) => {
                self.add(field, e.0);
                None
            }
        }
    }
}

/// A `<select>` option.
pub struct Opt {
    pub value: String,
    pub label: String,
}

impl Opt {
    pub fn new(value: impl Into<String>, label: impl Into<String>) -> Self {
        Opt {
            value: value.into(),
            label: label.into(),
        }
    }
}

/// Pages of a long list.
pub struct Pager {
    pub page: i64,
    pub pages: i64,
    pub total: i64,
    /// Query string without the page parameter, ending in `&` or empty.
    pub base: String,
}

impl Pager {
    pub const SIZE: i64 = 25;
    pub fn new(page: i64, total: i64, base: String) -> Self {
        let pages = ((total + Self::SIZE - 1) / Self::SIZE).max(1);
        Pager {
            page: page.clamp(1, pages),
            pages,
            total,
            base,
        }
    }
    /// The page number from a query parameter: 1 when missing or not a number.
    pub fn parse(page: Option<&str>) -> i64 {
        page.and_then(|p| p.parse::<i64>().ok())
            .unwrap_or(1)
            .clamp(1, 1_000_000)
    }
    pub fn offset(page: i64) -> i64 {
        (page.max(1) - 1) * Self::SIZE
    }
    pub fn has_prev(&self) -> bool {
        self.page > 1
    }
    pub fn has_next(&self) -> bool {
        self.page < self.pages
    }
    pub fn prev(&self) -> i64 {
        self.page - 1
    }
    pub fn next(&self) -> i64 {
        self.page + 1
    }
}
