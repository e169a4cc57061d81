//! The openness audit's self-assessment: indicator sets ([`sets`]), an
//! administration's waves with their rater groups, raters and links
//! ([`waves`]), answering through a personal link or an account
//! ([`answer`]) and the results with their trend ([`results`]).

pub mod answer;
pub mod forms;
pub mod results;
pub mod sets;
pub mod waves;
