# The workshops of a Leitbild process and their results.

## The list (/leitbild/{id}/workshops)
workshops-title = Workshops
workshops-link = Workshops
workshops-lead = The three workshops of the method and any number of two-hour mini-workshops. Invitations, registrations and attendance run through an invitation-only series; the participation below counts who was really there.
workshops-list = Planned workshops
workshops-participation = Participation in the workshops
workshops-assignments = Assignments
workshops-plan = Plan a workshop
workshops-series-hint = All workshops belong to one invitation-only series. There you invite staff, see the registrations and record attendance.
workshops-invite = Invitations and registrations
workshops-series-manage = Manage the series
workshops-series-members-only = Members of the administration handle invitations, registrations and attendance on the series' pages.
workshops-empty = No workshop is planned yet. Plan the first one below; this creates the series for invitations and registrations.
workshops-participation-hint = Everyone present at one workshop or more counts once – in the department of the participant with the same e-mail address.
workshops-attendees-total = People present
workshops-leaders-total = Leadership in the workshops
workshops-leaders-of = { $total ->
    [one] { $count } of { $total } leadership member
   *[other] { $count } of { $total } leadership members
}
workshops-participation-caption = Participation in the workshops by department
workshops-attendees = Present
workshops-leaders = of them leadership
workshops-without-department = Without department
workshops-assignments-empty = No assignments yet. Mini-workshops hand them out to groups.
workshops-assignments-open = { $count ->
    [0] All assignments are done.
    [one] { $count } assignment is open.
   *[other] { $count } assignments are open.
}
workshops-plan-hint = Each workshop becomes a date of the invitation series. Workshops 1 to 3 take place once each, mini-workshops as often as you like.
workshops-plan-submit = Plan workshop
workshops-back = Back to the workshops
workshops-series-title = Leitbild workshops:
workshops-series-summary = Workshops on the mission statement of { $org }. By invitation only.

workshop-kind = Workshop
workshop-kind-vision = Workshop 1: Vision
workshop-kind-values = Workshop 2: Values and guiding principles
workshop-kind-goals = Workshop 3: From goals to measures
workshop-kind-mini = Mini-workshop
workshop-title-hint = Leave empty to use the workshop's name.
workshop-ends-hint = A mini-workshop takes about two hours.
workshop-cancelled = cancelled
workshop-attendees = { $count ->
    [0] Nobody recorded as present yet
    [one] { $count } person present
   *[other] { $count } people present
}
workshop-leaders-present = { $count ->
    [0] no leadership
    [one] { $count } from the leadership
   *[other] { $count } from the leadership
}
workshop-attendance = Record attendance
workshop-edit-time = Change date and place

## A workshop's results (/leitbild/{id}/workshops/{item})
workshop-about-vision = "Once upon a time…": our story, what was good, values we want to keep, the shared core task.
workshop-about-values = From values to goals; drafting guiding principles in groups.
workshop-about-goals = Which slogan stands above it all? Which goal lies behind each principle?
workshop-about-mini = Two hours with impulses and assignments that groups take with them.
workshop-results = Results
workshop-section-notes = Notes
workshop-section-notes-hint = What is on the wall, briefly recorded – each with its category.
workshop-section-notes-empty = No notes yet.
workshop-section-values = Value cards
workshop-section-values-hint = One value per card; you can change the dot votes at any time. The most votes come first.
workshop-section-values-empty = No value cards yet.
workshop-section-slogans = Slogan proposals
workshop-section-slogans-hint = Each proposal with its votes; the most votes come first.
workshop-section-slogans-empty = No proposals yet.
workshop-section-principles = Draft principles
workshop-section-principles-hint = Principles drafted in groups, with the goal behind them. One click puts them into the Leitbild text as a new version.
workshop-section-principles-empty = No principles yet.
workshop-section-assignments = Assignments
workshop-section-assignments-hint = What a group does by when. Open assignments come first.
workshop-section-assignments-empty = No assignments yet.
workshop-votes = { $count ->
    [0] no votes
    [one] { $count } vote
   *[other] { $count } votes
}
workshop-vote = +1 vote
workshop-votes-label = Votes
workshop-votes-hint = A whole number from 0 to 999.
workshop-votes-new-hint = Leave empty for 0 votes.
workshop-card-value-text = Value
workshop-card-value-add = Add value card
workshop-card-slogan-text = Proposal
workshop-card-slogan-add = Add proposal
workshop-note-category = Category
workshop-note-text = Note
workshop-note-add = Add note
workshop-note-story = Once upon a time…
workshop-note-good = What was good?
workshop-note-keep = Values we keep
workshop-note-core_task = Shared core task
workshop-note-other = Other
workshop-goal-hint = Which goal lies behind the principle? Can be added later.
workshop-drafted-add = Add principle
workshop-drafted-take = Take into the draft
workshop-drafted-taken = taken into
assignment-group = Group
assignment-group-hint = For example "Reception working group" or the names of the group.
assignment-task = Task
assignment-due = due
assignment-due-label = Due date
assignment-due-hint = A date, for example 31/03/2027.
assignment-status = Status
assignment-status-open = open
assignment-status-done = done
assignment-add = Add assignment
assignment-from = from
assignment-mark-done = Mark as done
assignment-reopen = Reopen

flash-workshop-planned = The workshop is planned. Now invite people through the series.
flash-vote-counted = Vote counted.
flash-drafted-taken = The principle is now part of a new version of the Leitbild text.
flash-assignment-done = Marked as done.
flash-assignment-open = Reopened.

error-workshop-planned = This workshop is planned already. Change its date in the list above, or plan a mini-workshop.
error-workshop-twice = A mini-workshop with this title already starts at this time.
error-votes-range = Please enter a number from 0 to 999.
error-drafted-taken = This principle is in the draft already.
error-drafted-no-draft = The Leitbild text has no version yet. First write the first version with the slogan; then you can take principles into it.
error-version-stale-take = Someone else has just saved a new version. Please take the principle into the draft again.

confirm-leitbild-card-remove-title = Remove the card "{ $name }"?
confirm-leitbild-card-remove-text = The card and its votes disappear from the workshop's results.
confirm-leitbild-card-remove-submit = Yes, remove
confirm-leitbild-note-remove-title = Remove the note?
confirm-leitbild-note-remove-text = The note "{ $name }" disappears from the workshop's results.
confirm-leitbild-note-remove-submit = Yes, remove
confirm-leitbild-drafted-remove-title = Remove the principle?
confirm-leitbild-drafted-remove-text = The principle "{ $name }" disappears from the workshop's results. Versions of the Leitbild text it was taken into stay unchanged.
confirm-leitbild-drafted-remove-submit = Yes, remove
confirm-leitbild-assignment-remove-title = Remove the assignment?
confirm-leitbild-assignment-remove-text = The assignment to "{ $name }" disappears from the list of assignments.
confirm-leitbild-assignment-remove-submit = Yes, remove
