mail-invitation-subject = Invitation to ikoe: { $org }
mail-invitation-body =
    Hello,

    { $inviter } has invited you to work with ‘{ $org }’ on ikoe.

    Use this link to create your account (valid for { $days } days, can only be used once):
    { $link }

    If you were not expecting this invitation, you can ignore this email.
mail-reset-subject = New password for ikoe
mail-reset-body =
    Hello { $name },

    Use this link to set a new password (valid for { $minutes } minutes, can only be used once):
    { $link }

    If you did not ask for this, ignore this email. Your password will not change.
mail-invitation-existing-subject = Invitation to { $org }
mail-invitation-existing-body =
    Hello { $name },

    { $inviter } invites you to work with “{ $org }” on ikoe.

    Sign in and accept the invitation with this link (valid for { $days } days):
    { $link }

    If you do not want to join, ignore this email.
