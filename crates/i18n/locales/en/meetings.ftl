# The Ideenwerkstatt: host rotation, meetings, topics, agenda, sessions.
meetings-title = Ideenwerkstatt (idea workshop)
meetings-lead = The regular meeting of this space: hosts, topics, agenda and registration.
meetings-upcoming = Upcoming meetings
meetings-past = Past meetings
meetings-none = No meeting has been planned yet.
meeting-new-title = Plan a meeting
meeting-host = Host
meeting-when = When
meeting-field-title = Title
meeting-field-title-hint = For example ‘Ideenwerkstatt spring 2027’.
meeting-field-starts = Start
meeting-field-ends = End
meeting-field-venue = Venue
meeting-field-host-hint = Suggested: { $name } – has gone longest without hosting.
meeting-field-swap = Reason for a swap
meeting-field-swap-hint = Required if an organisation other than the suggested one is hosting. The swap is noted in the list of hosts.
meeting-field-votes = Votes per person
meeting-field-votes-hint = The number of topics each person can support (1 to 20).
meeting-field-capacity = Places
meeting-field-capacity-hint = Registration works in the same way as for the training courses: with a waiting list, reminders, attendance and a calendar file.
meeting-submit = Create meeting
meeting-series-summary = The half-yearly meeting of the space ‘{ $space }’.
meeting-register = Go to registration
meeting-registered = You are registered.
meeting-registration-details = Your registration
flash-meeting-created = The meeting has been created. Registration is now open.
error-meeting-host = Choose a host organisation from the members of the space.
error-meeting-swap-note = Briefly explain why the suggested organisation is not hosting.
hosts-heading = Rotating hosts
hosts-lead = The member organisations that are willing to host: how often they have hosted, when they last did so and which planned meeting they host.
hosts-proposed = Next in line:
hosts-none-willing = No organisation has offered to host yet.
hosts-no-orgs = No organisations belong to this space yet.
hosts-col-org = Organisation
hosts-col-willing = Willing
hosts-col-times = Times hosted
hosts-col-last = Last time
hosts-col-change = Change
hosts-never = never
hosts-set-willing = Mark as willing
hosts-set-unwilling = No longer willing
hosts-history = Previous hosts
hosts-history-empty = No meeting has taken place yet.
hosts-swap = swapped with
hosts-planned = Planned meetings
hosts-col-planned = Hosts
hosts-not-planned = none
hosts-proposed-after = Next in line after the planned meetings:
topics-heading = Topics
topics-votes-left = { $count ->
    [0] You have used all your votes.
    [one] You have one vote left.
   *[other] You have { $count } votes left.
}
topics-votes-each = { $count ->
    [one] Each person has one vote.
   *[other] Each person has { $count } votes.
}
topics-empty = No topics yet. Propose the first one.
topic-votes = { $count ->
    [0] no votes yet
    [one] one vote
   *[other] { $count } votes
}
topic-in-agenda = on the agenda
topic-vote = Support
topic-unvote = Withdraw vote
topic-to-agenda = Add to the agenda
topic-propose-heading = Propose a topic
topic-field-title = Topic
topic-field-description = What is it about?
topic-propose-submit = Propose
flash-topic-proposed = Your topic has been proposed.
flash-voted = Your vote has been counted.
flash-unvoted = Your vote has been withdrawn.
error-votes-used = You have already used all your votes. Withdraw a vote first.
error-voted-already = You already support this topic.
agenda-heading = Agenda
agenda-empty = The agenda has not been set yet.
agenda-parallel-count = { $count ->
    [one] { $count } session
   *[other] { $count } sessions at the same time
}
agenda-choose-hint = If you are registered, you can choose between parallel workshops here.
session-new-title = Add session
session-edit-title = Edit session
session-field-title = Title
session-field-format = Format
session-field-starts = Start
session-field-ends = End
session-field-room = Room
session-field-track = Track
session-field-track-hint = Parallel sessions run in different tracks, for example ‘A’ and ‘B’.
session-field-capacity = Places
session-field-capacity-hint = Leave empty if everyone can take part.
session-field-description = Description
session-world-cafe = World Café
session-field-tables = Tables
session-field-rounds = Rounds
session-field-table-hosts = Table hosts
session-field-names-hint = Names separated by commas.
session-case = Peer case consultation
session-field-case-owner = Case presenter
session-field-moderator = Moderator
session-field-advisers = Advisers
session-delete = Delete session
session-format-talk = Talk
session-format-workshop = Workshop
session-format-world_cafe = World Café
session-format-case_consultation = Peer case consultation
session-format-best_practice = Good practice
session-format-plenary = Plenary
case-phases-heading = Phases of the case consultation
case-phase-casting = Assign roles
case-phase-report = Describe the case
case-phase-questions = Clarifying questions
case-phase-hypotheses = Form hypotheses
case-phase-ideas = Collect ideas for solutions
case-phase-closing = Closing by the case presenter
session-seats = { $capacity ->
    [one] { $chosen } of 1 place taken
   *[other] { $chosen } of { $capacity } places taken
}
session-choose = Choose
session-unchoose = Withdraw choice
session-full = Fully booked
session-chosen = Your choice
session-documentation = Documentation
session-documentation-empty = No documentation yet.
session-field-documentation = Minutes and results
session-files = Photos and files
session-files-empty = No files yet.
flash-session-created = The session has been added to the agenda.
flash-session-deleted = The session has been deleted.
flash-session-chosen = Your choice has been saved.
flash-session-unchosen = Your choice has been withdrawn.
error-session-full = This session is fully booked. Please choose another one.
error-choose-register-first = Please register for the meeting first; then you can choose.
error-topic-taken = This topic is already part of another session.
meeting-edit-title = Edit meeting
meeting-edit-hint = The host and the registration stay. The times and venue of the registration change with it; registered people find them in their calendar file.
