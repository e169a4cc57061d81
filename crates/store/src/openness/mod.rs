//! The openness audit: the self-assessment's indicator sets ([`sets`]) and
//! waves with their rater groups, raters and answers ([`waves`]).

mod sets;
mod waves;

pub use sets::{
    parse_set_files, Dimension, Indicator, IndicatorSet, IndicatorTexts, SetItem, SetLanguage, BASE_LANG, DEFAULT_SET,
};
pub use waves::{Group, MyWave, NewWave, Rater, RaterAccess, Wave};
