## The openness self-assessment: indicator sets, waves, answering, results

openness-title = Openness self-assessment
openness-self-assessment = Openness self-assessment
openness-lead = Where does the administration stand on intercultural opening? In rounds, the leadership, staff and a view from outside rate the same indicators. Results show only groups with enough answers, without names; over the years, the change becomes visible.
openness-mine = Your assessment
openness-mine-submitted = submitted, thank you
openness-mine-until = open until { $date }
openness-waves = Rounds
openness-waves-empty = No round yet.
openness-wave-title = Title
openness-wave-title-hint = For example “Self-assessment 2027”.
openness-wave-period = Period
openness-wave-state = Status
openness-wave-responses = Submitted answers
openness-wave-responses-of = { $count } of { $total } submitted
openness-wave-manage = Manage round
openness-wave-new = Start a new round
openness-wave-new-hint = Then you create groups, enter the raters and send them their personal links.
openness-wave-set = Indicator set
openness-wave-threshold = Minimum number for results
openness-wave-threshold-hint = A group's results appear only once this many answers have been submitted (at least 3, 5 recommended).
openness-wave-create = Create round
openness-wave-settings = Round settings
openness-wave-close = End the round now
openness-sets-link = View indicator sets
openness-org-link = Rounds and results

openness-groups = Groups and raters
openness-groups-hint = A group is only evaluated if at least { $n } people from it have submitted. So do not make groups too small.
openness-groups-empty = No group yet. Create, for example, “Leadership”, one staff group per office and an outside view.
openness-group-kind = Type of group
openness-group-kind-leadership = Leadership
openness-group-kind-staff = Staff
openness-group-kind-outside = Outside view
openness-group-name = Name of the group
openness-group-name-hint = For example “Citizens' office” or “Migrant organisation”.
openness-group-add = Create group
openness-group-remove = Remove group
openness-group-below = below the minimum number of { $n }, not shown
openness-raters-of = Raters in { $group }
openness-rater = Person
openness-rater-link = Link
openness-rater-state = Status
openness-rater-has-link = Link sent
openness-rater-no-link = no link yet
openness-rater-account = also has an account
openness-rater-submitted = submitted
openness-rater-open = open
openness-rater-remove = Remove
openness-rater-unnamed = without a name (card)
openness-raters-add = Add raters
openness-raters-lines = Names and e-mail addresses
openness-raters-lines-hint = One person per line: “Name, e-mail”, just the name or just the e-mail address.
openness-raters-unnamed = Extra links without names
openness-raters-unnamed-hint = For printed cards, for example for participants in a diversity trail.
openness-links = Personal links
openness-links-hint = Those with an e-mail address get their link by e-mail; for everyone else, print cards. With the link, people can answer without logging in, pause and carry on later.
openness-links-mail = { $count ->
    [one] Send link to 1 person
   *[other] Send links to { $count } people
}
openness-links-cards = { $count ->
    [one] Print card for 1 person
   *[other] Print cards for { $count } people
}
openness-card-heading = Openness self-assessment
openness-card-hint = Scan the code with your phone or type the address. Your answers are anonymous.

openness-answer-lead = You are answering for the group “{ $group }”. For each statement, please rate how far your administration has come.
openness-answer-anonymous = Your answers are anonymous: results show only groups with enough answers, without names. You can pause at any time and carry on with the same link until { $date }.
openness-answer-progress = { $answered } of { $total } statements answered
openness-answer-progress-label = Progress
openness-answer-steps = Overview: what is still open
openness-step-done = done
openness-step-left = { $answered } of { $total }
openness-answer-dimension = Area { $n } of { $total }
openness-answer-note = Note
openness-answer-note-hint = Readable, without your name, by everyone who sees the results.
openness-answer-next = Save and continue
openness-answer-prev = Back
openness-answer-pause = Save and continue later
openness-answer-submit-title = Submit
openness-answer-submit-text = All statements are answered. Once you submit, your answers count and can no longer be changed.
openness-answer-submit = Submit answers
openness-answer-left = { $count ->
    [one] 1 statement is still open. Choose an area above.
   *[other] { $count } statements are still open. Choose an area above.
}
openness-answer-submitted = Thank you, your answers have been submitted.
openness-answer-submitted-text = The administration sees the results after the round has ended – only for groups with enough answers, and without names.
openness-answer-upcoming = The assessment starts on { $date }.
openness-level-0 = 0 – not started
openness-level-1 = 1 – first steps
openness-level-2 = 2 – partly in place
openness-level-3 = 3 – firmly established
openness-choice-unknown = I don't know
openness-choice-na = Does not apply to us

openness-results-title = Results
openness-results-respondents = { $count ->
    [one] 1 person has submitted.
   *[other] { $count } people have submitted.
}
openness-results-threshold = Only groups with at least { $n } answers are shown.
openness-results-hidden = Too few answers, so not included in any figure:
openness-results-none = No group has reached the minimum number of answers, so there are no results.
openness-results-after = The results appear after the round ends on { $date } – that way, no single answer can be read from a change.
openness-results-so-far = { $count ->
    [one] 1 answer submitted so far.
   *[other] { $count } answers submitted so far.
}
openness-results-overview = Overview by area
openness-results-scale = Median on the scale from 0 (not started) to 3 (firmly established). Traffic light: red below 1.5; yellow from 1.5 to below 2.5; green from 2.5. Gap: self view minus outside view.
openness-results-groups = By group
openness-results-trend = Change across the rounds
openness-results-shared = { $count ->
    [one] Compared on 1 indicator that all rounds have in common.
   *[other] Compared on { $count } indicators that all rounds have in common.
}
openness-results-weakest = Weakest indicators
openness-results-weakest-hint = This is a good place to start.
openness-results-distribution = Answers in { $dimension }
openness-results-notes = Notes (without names)
openness-report-download = Report as PDF
openness-report-page = Page
openness-dimension = Area
openness-dimensions = Areas
openness-indicator = Indicator
openness-median = Median
openness-light = Traffic light
openness-light-none = no data
openness-light-red = red: hardly in place
openness-light-yellow = yellow: partly
openness-light-green = green: established
openness-gap = Gap
openness-view-self = Self view
openness-view-outside = Outside view
openness-slot-0 = 0
openness-slot-1 = 1
openness-slot-2 = 2
openness-slot-3 = 3
openness-slot-unknown = Don't know
openness-slot-na = Does not apply
openness-chart-views = Self view and outside view per area
openness-chart-views-desc = Median per area, bar length 3 = firmly established. The same figures are in the table below.
openness-chart-trend = Median across the rounds
openness-chart-trend-desc = Median of the shared indicators per round, 0 to 3. The same figures are in the table below.

openness-sets-title = Indicator sets
openness-sets-lead = For each area, an indicator set describes how intercultural opening shows, in four levels. Programme staff copy and adapt sets; a set that a round uses stays unchanged – changes make a new version.
openness-set = Set
openness-set-version = Version { $n }
openness-set-version-col = Version
openness-set-owner = Adapted by
openness-set-shipped = built in
openness-set-waves = Rounds
openness-set-older = older version
openness-set-frozen = A round uses this set, so it stays unchanged. To make changes, create a new version.
openness-set-new-version = Create a new version
openness-set-copy = Copy as your own set
openness-set-no-translation = This set has no texts in your language; they appear in German.
openness-set-languages = Languages
openness-set-language = Language
openness-set-language-status = Translation status
openness-text-status-draft = draft, not checked yet
openness-text-status-reviewed = checked
openness-text-mark-reviewed = Mark as checked
openness-text-mark-draft = Mark as draft
openness-indicator-edit = Edit indicator
openness-indicator-new = Add indicator
openness-indicator-remove = Remove indicator
openness-indicator-lang = Language of the texts
openness-indicator-lang-hint = German is the basis; other languages are translations.
openness-indicator-lang-switch = Choose language
openness-indicator-base = German version
openness-indicator-statement = Statement
openness-indicator-statement-hint = A sentence that raters assess for their administration.

error-openness-closed = The round has ended or has not started yet; answers are not accepted.
error-openness-incomplete = Please answer all statements first.
error-openness-note-needs-choice = Please also choose an answer (or “I don't know”).
error-openness-rater-line = A line is neither a name nor an e-mail address. Write “Name, e-mail”.
error-openness-too-many-raters = Please no more than 500 people at once.
error-openness-threshold-low = At least 3, so that nobody can be recognised.
error-openness-wave-too-long = A round lasts at most one year.
error-openness-group-taken = This round already has a group with this name.
error-openness-group-answered = Someone from this group has already answered; the group stays.
error-openness-set-frozen = A round uses this set; it stays unchanged. Create a new version.
flash-openness-wave-created = The round is created. Now create groups.
flash-openness-wave-closed = The round has ended.
flash-openness-group-added = The group is created.
flash-openness-group-removed = The group is removed.
flash-openness-raters-added = The raters are entered.
flash-openness-rater-removed = The person is removed.
flash-openness-links-sent = The links are on their way.
flash-openness-links-none = Everyone with an e-mail address already has a link.
flash-openness-saved = Saved.
flash-openness-paused = Saved. You can carry on with the same link at any time.
flash-openness-submitted = Thank you! Your answers have been submitted.
flash-openness-already-submitted = Your answers have already been submitted.
flash-openness-set-copied = The set is copied. You can now adapt it.
flash-openness-set-versioned = The new version is created.
flash-openness-indicator-added = The indicator is added.
flash-openness-indicator-removed = The indicator is removed.

confirm-openness-wave-close-title = End the round “{ $wave }” now?
confirm-openness-wave-close-text = After that, it accepts no more answers, and the results appear.
confirm-openness-wave-close-submit = Yes, end it
confirm-openness-group-remove-title = Remove the group “{ $group }”?
confirm-openness-group-remove-text = Its raters and their links are removed with it.
confirm-openness-group-remove-submit = Yes, remove
confirm-openness-rater-remove-title = Remove { $name }?
confirm-openness-rater-remove-text = The link then no longer works. Answers already submitted still count; they are not connected to the person.
confirm-openness-rater-remove-submit = Yes, remove
confirm-openness-cards-title = Print cards for “{ $wave }”?
confirm-openness-cards-text = Everyone without an e-mail address who has not submitted yet gets a new link; cards printed earlier then no longer work. Answers already started are kept.
confirm-openness-cards-submit = Yes, print cards
confirm-openness-indicator-remove-title = Remove the indicator?
confirm-openness-indicator-remove-text = “{ $statement }” is removed from the set together with all its translations.
confirm-openness-indicator-remove-submit = Yes, remove

mail-openness-link-subject = Your assessment: { $wave }
mail-openness-link-body =
    Hello { $name },

    { $org } is asking how far the administration has come with intercultural opening. Your assessment counts. With your personal link you answer without logging in, until { $date }; you can pause and carry on later:
    { $link }

    Your answers are anonymous. The link is yours alone; please do not pass it on.
admin-outbox-kind-openness-link = Self-assessment: personal link

## Weak indicators proposed as measures of the annual planner
openness-measure-hint = Propose an indicator as a measure: it appears in the annual planner
openness-measure-propose = Propose as a measure
openness-measure-in-planner = in the annual planner
openness-measure-from = From the self-assessment “{ $wave }”:
error-openness-no-planner = Proposals become measures in the annual planner of the mission statement process. This administration has no annual planner yet; the mission statement team sets it up in the planner.
flash-openness-measure-proposed = The measure is in the annual planner. The team decides there who takes it on.
flash-openness-measure-there = This indicator is already in the annual planner.
error-openness-set-shipped = The set shipped with ikoe stays as it is. Copy it to adapt it.
error-openness-set-empty = This set has no indicators.
error-openness-wave-ended = The round has ended and stays as it is: no new groups, raters or links, no new period.
error-openness-threshold-answered = People have already answered: the minimum number can rise, but not fall.
