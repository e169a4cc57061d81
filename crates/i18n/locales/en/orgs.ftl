orgs-title = Organisations
orgs-filter-label = Filter organisations
orgs-search = Name contains
orgs-kind = Type
orgs-region = Region
orgs-website = Website
orgs-filter-submit = Show
orgs-empty = No organisations match your search. Change the search or the filters.
orgs-count = { $count ->
    [one] { $count } organisation found
   *[other] { $count } organisations found
}
orgs-member-count = { $count ->
    [one] { $count } member
   *[other] { $count } members
}
org-kind-programme-provider = Programme provider
org-kind-administration = Public administration
org-kind-coordination-office = Coordination office for integration
org-kind-education = Education provider
org-kind-migrant-organisation = Migrant organisation
org-kind-association = Association or federation
role-admin = Admin
role-member = Member
org-edit-link = Edit details
org-edit-title = Edit { $org }
org-field-name = Name of the organisation
org-field-region-hint = Federal state. In Saxony-Anhalt, the district or independent city.
org-field-description = Description
org-field-website-hint = For example, https://www.example.com
flash-org-saved = The organisation’s details have been saved.
members-title = Members of { $org }
members-heading = Members
members-role = Role
members-actions = Actions
members-make-admin = Make { $name } an admin
members-make-member = Make { $name } a member
members-remove = Remove { $name }
members-open-invitations = Open invitations
members-no-invitations = No open invitations. Invite someone below.
members-revoke = Withdraw invitation to { $email }
members-invite = Invite someone
members-invite-language = Language of the invitation
members-invite-language-hint = The email will be written in this language.
members-invite-submit = Send invitation
error-already-member = This person is already a member.
error-last-admin = An organisation needs at least one admin.
flash-invitation-sent = The invitation has been sent.
flash-member-removed = The member has been removed.
flash-role-changed = The role has been changed.
flash-invitation-revoked = The invitation has been withdrawn.
error-already-invited = This person has already been invited. Revoke the open invitation to send a new one.
error-org-exists = An organisation with this name already exists.
members-invite-lead = The person gets an email with a link that works for 7 days. Someone who already has an account signs in and accepts the invitation with it.

# The organisation's logo
org-logo-heading = Logo
org-logo-hint = PNG or JPEG, at most 1 MB and at most 4000 × 4000 pixels. It appears at the top of your series’ certificates and on the organisation’s page.
org-logo-field = Logo file
org-logo-upload = Upload logo
org-logo-current = Current logo
org-logo-alt = Logo of { $org }
org-logo-none = No logo yet.
org-logo-remove = Remove logo
flash-org-logo-saved = The logo has been saved.
flash-org-logo-removed = The logo has been removed.
error-logo-type = This file is not a readable PNG or JPEG image. Please choose a PNG or JPEG file.
error-logo-too-large = The file is larger than 1 MB.
error-logo-dimensions = The image must be between 16 and 4000 pixels wide and high.
error-logo-incomplete = The image file is incomplete: it holds less image data than its stated size needs. Please save the image again (for example as PNG) and upload it again.
