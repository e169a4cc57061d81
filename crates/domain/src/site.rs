//! The operator's texts: imprint, privacy notice and the accessibility
//! statement (structured after the EU model statement), and barrier reports.

use crate::values::code_enum;

/// Keys of the texts an operator edits. The accessibility statement has one
/// key per section of the EU model statement; "home" says on the start page
/// what this installation is and who runs it.
pub const TEXT_KEYS: [&str; 8] = [
    "home",
    "imprint",
    "privacy",
    "a11y-status",
    "a11y-barriers",
    "a11y-method",
    "a11y-feedback",
    "a11y-enforcement",
];

pub fn is_text_key(key: &str) -> bool {
    TEXT_KEYS.contains(&key)
}

code_enum!(
    /// Whether a barrier report still needs attention.
    BarrierStatus {
        Open = "open",
        Done = "done",
    }
);
