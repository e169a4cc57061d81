//! The mail outbox: where a mail stands.

use crate::values::code_enum;

code_enum!(
    /// Where a mail in the outbox stands.
    MailStatus {
        /// Waiting to be sent (again, after a failed attempt).
        Pending = "pending",
        Sent = "sent",
        /// Given up after too many attempts.
        Failed = "failed",
    }
);
