admin-users-title = Accounts
admin-users-search = Search accounts
admin-users-count = { $count ->
    [one] { $count } account
   *[other] { $count } accounts
}
admin-users-since = Created
admin-users-platform-admin = Platform admin
admin-users-grant-admin = Make { $name } a platform admin
admin-users-revoke-admin = Remove platform admin rights from { $name }
admin-invite-org = Organisation
admin-invite-no-org = No organisation
admin-org-new-title = New organisation
admin-org-create = Create organisation
flash-org-created = The organisation has been created. Now invite its first admin.
admin-audit-title = Change log
admin-audit-filter = Filter log
admin-audit-count = { $count ->
    [one] { $count } entry
   *[other] { $count } entries
}
admin-audit-when = Time (UTC)
admin-audit-who = Who
admin-audit-action = Action
admin-audit-object = Object
admin-audit-org = Organisation
admin-audit-detail = Details
admin-audit-actor-id = Person (ID)
admin-audit-org-id = Organisation (ID)
admin-audit-system = System
admin-outbox-title = Outbox
admin-mail-title = Email
admin-outbox-no-smtp = No SMTP server is set up. Emails are not sent. They are collected here instead.
admin-outbox-empty = The outbox is empty.
admin-outbox-count = { $count ->
    [one] { $count } email
   *[other] { $count } emails
}
admin-outbox-created = Created (UTC)
admin-outbox-to = To
admin-outbox-subject = Subject
admin-outbox-status = Status
admin-outbox-language = Language
admin-outbox-back = Back to outbox
admin-outbox-status-pending = waiting
admin-outbox-status-sent = sent
admin-outbox-status-failed = failed
admin-barriers-title = Reported accessibility problems
admin-barriers-empty = No accessibility problems have been reported.
admin-barriers-done = Mark as done
admin-barriers-reopen = Reopen
admin-barriers-status-open = open
admin-barriers-status-done = done
admin-texts-title = Legal texts
admin-texts-lead = These texts are linked in the footer of every page. German is required. If a translation is missing, the German text is shown.
admin-texts-language = Language
admin-texts-switch = Change language
admin-texts-body = Text
admin-texts-body-hint = Use blank lines to separate paragraphs. If you leave the text empty, the default text is restored.
admin-orgs-title = Organisations
admin-orgs-members-of = Members of { $org }
admin-mail-hidden = This email contains a personal password-reset link. Because emails are sent through SMTP, its text is not shown here.
