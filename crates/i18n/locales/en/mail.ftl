mail-invitation-subject = Invitation to ikoe: { $org }
mail-invitation-body =
    Hello,

    { $inviter } has invited you to work with ‘{ $org }’ on ikoe.

    Use this link to create your account (valid for { $days } days, can only be used once):
    { $link }

    If you were not expecting this invitation, you can ignore this email.
mail-added-subject = You are now a member of { $org }
mail-added-body =
    Hello { $name },

    { $inviter } has added you to ‘{ $org }’ on ikoe.

    { $link }
mail-reset-subject = New password for ikoe
mail-reset-body =
    Hello { $name },

    Use this link to set a new password (valid for { $minutes } minutes, can only be used once):
    { $link }

    If you did not ask for this, ignore this email. Your password will not change.
