# Network spaces: protected places for networks, steering groups and working groups; discussions.

nav-spaces = Spaces

## The list of spaces (/spaces)
spaces-title = Spaces
spaces-lead = Protected spaces for networks, steering groups and working groups: here, members discuss their topics between meetings. Only members of a space can read what is in it.
spaces-new-title = New space
spaces-edit-title = Edit space
spaces-mine = My spaces
spaces-mine-empty = You do not belong to any space yet. You or your organisation join a space when you accept an invitation from its admins or they accept your request.
spaces-listed = Other spaces
spaces-listed-hint = These spaces show their name to everyone who is signed in. Only members can see their content. You can ask to join.
space-kind-network = Network
space-kind-steering = Steering group
space-kind-working = Working group
space-member-count = { $count ->
    [one] { $count } member
   *[other] { $count } members
}
space-new-posts = { $count ->
    [one] { $count } new post
   *[other] { $count } new posts
}
space-requested = Request to join sent

## The space form
space-field-name = Name of the space
space-field-kind = Type of space
space-field-description = What this space is about
space-field-listed = Show the name to everyone who is signed in
space-field-listed-hint = Then others can ask to join. The content is always visible to members only.
flash-space-created = The space has been created. Now add members.

## A space's home
space-your-role = Your role
space-role-admin = Admin
space-role-member = Member
space-role-reader = Read only
space-members-link = Members
space-open-requests = { $count ->
    [one] { $count } open request
   *[other] { $count } open requests
}
space-news-heading = New since your last visit
space-news-first = Welcome! This is your first visit to this space.
space-news-nothing = Nothing new has been added since your last visit.
space-news-since = Since your last visit on
space-news-threads = { $count ->
    [one] { $count } new topic
   *[other] { $count } new topics
}
space-news-posts = { $count ->
    [one] { $count } new post
   *[other] { $count } new posts
}
space-news-members = { $count ->
    [one] { $count } new member
   *[other] { $count } new members
}
space-threads-heading = Topics
space-threads-empty = There are no topics here yet. Start the first one.
thread-unread = { $count ->
    [one] { $count } unread
   *[other] { $count } unread
}
thread-posts = { $count ->
    [one] { $count } post
   *[other] { $count } posts
}
thread-last-post = latest post on

## Asking to join a listed space
space-request-heading = Ask to join
space-request-lead = The space's admins receive your request and decide on it. You will get an email with the answer.
space-field-message = Message to the admins
space-request-submit = Send request
space-requested-text = You have asked to join. The space's admins will decide on your request. You will receive an email.
flash-space-requested = Your request has been sent.

## Members (/spaces/{id}/members)
space-members-title = Members of { $space }
space-member-kind = Type
space-member-org = Organisation (all its people)
space-member-person = Person
space-role-of = Role of { $name }
space-role-change = Change role
space-remove = Remove
space-requests-heading = Requests
space-requests-empty = No open requests.
space-request-accept = Accept
space-request-decline = Decline
space-field-org = Name of the organisation
space-field-org-hint = Exactly as in the directory of organisations.
flash-space-own-org-added = Your organisation now belongs to the space.
flash-space-member-removed = Removed from the space.
flash-space-request-accepted = Accepted. The person will receive an email.
flash-space-request-declined = Declined. The person will receive an email.
error-space-no-such-org = There is no organisation with this name. Check the spelling in the directory.
error-space-already-member = Already belongs to this space.
error-space-last-admin = A space needs at least one admin. First give this role to someone else.

## Threads and posts
thread-new-title = New topic
thread-field-title = Title
post-field-body = Text
post-field-body-hint = You can use Markdown: **bold**, *italic*, [link text](https://…), lists with ‘-’. Images and HTML are not shown.
thread-submit = Start topic
flash-thread-created = The topic has been started.
thread-reply-heading = Reply
thread-reply-submit = Send reply
post-new = New
post-edited = edited on
post-edit = Edit
post-by = Post by { $name }
post-edit-title = Edit post
post-current-heading = The post currently reads
post-history-title = Earlier versions
post-history-now = Current version
post-history-until = Version until

## E-mails
mail-space-request-new-subject = Request for the space ‘{ $space }’
mail-space-request-new-body =
    { $who } asks to join the space ‘{ $space }’.

    View the request and decide: { $link }
mail-space-request-accepted-subject = Welcome to the space ‘{ $space }’
mail-space-request-accepted-body =
    Your request has been accepted: you now belong to the space ‘{ $space }’.

    Go to the space: { $link }
mail-space-request-declined-subject = Your request for the space ‘{ $space }’
mail-space-request-declined-body =
    Unfortunately, your request for the space ‘{ $space }’ was not accepted. If you have any questions, please contact { $who }.

## Following threads and notifications
thread-follow = Follow topic
thread-unfollow = Stop following
thread-following = You are following this topic and will be notified of new posts.
flash-thread-followed = You are now following the topic.
flash-thread-unfollowed = You are no longer following the topic.
notify-heading = Notifications
notify-legend = When someone writes in a topic you follow:
notify-mode-immediate = an email straight away
notify-mode-digest = a summary once a day
notify-mode-off = no email
notify-submit = Save choice
mail-space-post-subject = New reply: { $thread }
mail-space-post-body =
    { $who } has written in the topic ‘{ $thread }’ in the space ‘{ $space }’:

    { $excerpt }

    Go to the post: { $link }

    Change notifications: { $settings }
mail-space-digest-subject = { $count ->
    [one] One new post in your spaces
   *[other] { $count } new posts in your spaces
}
mail-space-digest-line = { $space } – { $thread } ({ $who }): { $link }
mail-space-digest-body =
    New in the topics you follow:

    { $lines }

    Change notifications: { $settings }

## Invitations to a space
spaces-invitations = Invitations
spaces-invitation-for-you = You are invited.
spaces-invitation-for-org = Your organisation { $org } is invited. As one of its admins you accept or decline.
spaces-invitation-from = From { $who }
space-invitation-valid-until = Valid until
space-invitation-accept = Accept
space-invitation-decline = Decline
space-invitations-heading = Open invitations
space-invitations-empty = No open invitations.
space-invitations-caption = Invited, not yet accepted
space-invited = Invited
space-invitation-pending = open
space-invitation-revoke = Withdraw
space-invite-org-heading = Invite organisation
space-invite-org-lead = The organisation's admins receive an email and accept or decline. Only then do all people in the organisation belong to the space, including anyone who joins later.
space-invite-person-heading = Invite person
space-invite-person-lead = The person receives an email with a link and accepts or declines. Only then do they belong to the space.
space-invite-submit = Invite
flash-space-invited = The invitation has been sent. It is listed under ‘Open invitations’ until it is answered.
flash-space-invitation-revoked = The invitation has been withdrawn.
flash-space-invitation-accepted = Accepted. Welcome to the space!
flash-space-invitation-declined = Declined. You will receive no further emails about it.
error-space-invitation-pending = There is already an open invitation to this space for this.
error-space-invitation-declined = This invitation was declined recently. A new one is possible 30 days after the decline.
error-space-invitation-limit = 30 invitations have already been sent for this space today. Please try again tomorrow.
error-space-invitation-invitee-limit = This address or organisation has already received several invitations to spaces today. Please invite them tomorrow.
space-invitation-title = Invitation to a space
space-invitation-lead = { $who } invites you to the space ‘{ $space }’ with the role ‘{ $role }’.
space-invitation-other-account = You are logged in with a different address. Only someone logged in with the address the invitation was sent to can accept it. Log out and log in with that address.
space-invitation-sign-in = Log in with the address the invitation was sent to. Then accept or decline here.
space-invitation-no-account = To join a space you first need an account in ikoe. Accounts are created by invitation from an organisation's admins; please ask them.
space-invitation-stays-open = The invitation stays open until it expires on
space-invitation-have-account = You do have an account? Log in
space-invitation-not-for-me-heading = Not for you?
space-invitation-not-for-me-text = Decline and the invitation ends. You do not need an account for this.
space-invitation-not-for-me = This is not for me – decline
space-invitation-was-accepted = This invitation has already been accepted.
space-invitation-was-declined = This invitation was declined.
space-invitation-was-revoked = This invitation was withdrawn.
space-invitation-was-expired = This invitation has expired. Ask the person who invited you for a new one.
space-invitation-unknown = This invitation does not exist or no longer exists. Check that the link is complete.
mail-space-invitation-subject = Invitation to a space in ikoe
mail-space-invitation-body =
    { $who } invites you to the space ‘{ $space }’ in ikoe with the role ‘{ $role }’.

    Accept or decline: { $link }

    The invitation is valid for { $days } days. You belong to the space only once you accept. If it is not for you, decline via the link or ignore this email.
mail-space-invitation-org-subject = Invitation of your organisation to a space in ikoe
mail-space-invitation-org-body =
    { $who } invites your organisation { $org } to the space ‘{ $space }’ in ikoe with the role ‘{ $role }’.

    As an admin of the organisation, accept or decline: { $link }

    The invitation is valid for { $days } days. The people in your organisation belong to the space only once you accept.
