# Leitbild processes: an administration writes its mission statement with all its staff.

nav-leitbild = Mission statement
month-year = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }
percent = { $n }%

## The list (/leitbild)
leitbild-title = Mission statement processes
leitbild-lead = An administration develops its mission statement (Leitbild) together with all its staff – whether they are a manager or a volunteer. Here, the process team guides the steps from preparation to evaluation.
leitbild-empty = You are not part of a mission statement process yet. A process appears here when you are on its process team or your administration runs a process.
leitbild-phase-current = Current phase
leitbild-on-team = Process team
leitbild-start-heading = Start a process
leitbild-start-for = Start a mission statement process for { $org }

## Phases
leitbild-phases = Phases
leitbild-phase-preparation = Preparation
leitbild-phase-vision = Vision
leitbild-phase-values = Values and guiding principles
leitbild-phase-goals = Goals and actions
leitbild-phase-feedback = Feedback rounds
leitbild-phase-adoption = Adoption
leitbild-phase-evaluation = Evaluation
leitbild-step-done = completed
leitbild-step-current = current phase
leitbild-step-next = upcoming
leitbild-phase-set = Change phase

## The process form
leitbild-new-title = New mission statement process
leitbild-edit-title = Edit process
leitbild-administration = Administration
leitbild-field-title = Title of the process
leitbild-field-title-hint = For example “Our mission statement 2027”.
leitbild-start = Start process
leitbild-plan-legend = Schedule
leitbild-plan-hint = The month in which each phase is to begin, for example 2027-03. Leave it empty if it is not fixed yet.

## The overview
leitbild-figures = Participation
leitbild-departments = Departments
leitbild-headcount-total = Total staff
leitbild-participants = Participants
leitbild-leaders = Members of the leadership
leitbild-coverage-caption = Participation by department
leitbild-department = Department
leitbild-headcount = Staff
leitbild-coverage = Share
leitbild-team = Process team

## The preparation (/leitbild/{id}/setup)
leitbild-setup-title = Preparation
leitbild-setup-lead = Add the departments with their number of staff, the participants including the members of the leadership, and the process team. From the staff numbers, ikoe calculates what share of each department the process reaches.
leitbild-contents = On this page
leitbild-remove = Remove
leitbild-departments-hint = The number of staff is the basis of all participation figures.
leitbild-departments-empty = No departments yet.
leitbild-department-add = Add department
leitbild-headcount-hint = A whole number greater than 0.
leitbild-department-edit-title = Edit department
leitbild-department-taking-part = { $count ->
    [0] Nobody from this department is taking part yet.
    [one] { $count } person from this department is taking part.
   *[other] { $count } people from this department are taking part.
}
leitbild-people = Participants
leitbild-people-hint = Staff do not need an account. Members of the leadership approve the final version later.
leitbild-people-empty = No participants yet.
leitbild-people-count = { $count ->
    [one] { $count } participant
   *[other] { $count } participants
}
leitbild-person-add = Add person
leitbild-person-email-hint = Leave empty for staff without a work email address.
leitbild-function = Position
leitbild-function-hint = For example “Head of office” or “Caseworker”.
leitbild-leader = Leadership
leitbild-leader-hint = Members of the leadership approve the text of the mission statement.
leitbild-no-department = No department
leitbild-team-hint = The process team runs the process: programme staff and contact persons in the administration, each with their own account.
leitbild-team-email = Email address of the account
leitbild-team-email-hint = The person needs an account in ikoe and belongs to one of your organisations.
leitbild-team-add = Add to process team

flash-leitbild-created = The process has been created. Now add departments and participants.
flash-leitbild-phase = The phase has been changed.
flash-removed = Removed.
flash-last-team-member = The last person on the process team cannot be removed. Add someone else first.

error-headcount-positive = Enter a number greater than 0.
error-headcount-below-participants = This number is lower than the number of participants from this department. Enter at least that many.
error-month = Enter a month like 2027-03.
error-phase-order = This month is before the month of an earlier phase. Choose the same month or a later one.
error-department-exists = A department with this name already exists. Choose a different name.
error-department-full = As many people from this department are already taking part as it has staff. First increase the number of staff.
error-no-account = We find no account at this address that you can add. You can add people of your own organisations; the programme coordination adds others.
error-already-on-team = This person is already on the process team.

confirm-leitbild-department-remove-title = Remove the department “{ $name }”?
confirm-leitbild-department-remove-text = The department disappears from “{ $process }”. Its participants stay, without a department.
confirm-leitbild-department-remove-submit = Yes, remove
confirm-leitbild-person-remove-title = Remove { $name }?
confirm-leitbild-person-remove-text = { $name } will no longer take part in “{ $process }”. Nobody is notified.
confirm-leitbild-person-remove-submit = Yes, remove
confirm-leitbild-team-remove-title = Remove { $name } from the process team?
confirm-leitbild-team-remove-text = { $name } will no longer be able to run “{ $process }”. Nobody is notified.
confirm-leitbild-team-remove-submit = Yes, remove

## The text and its versions (/leitbild/{id}/draft)
leitbild-draft-title = Mission statement text
leitbild-draft-edit-title = Edit text
leitbild-draft-first = Write the first draft
leitbild-draft-empty = There is no draft yet. The process team writes it from the results of the workshops.
leitbild-draft-lead = Every time you save, a new version is created; earlier versions are kept and can be compared. The text is written in German.
leitbild-slogan = Motto
leitbild-slogan-hint = One line, for example “Together for an open Elbauen”.
leitbild-preamble = Preamble
leitbild-preamble-hint = A few sentences on what the administration stands for.
leitbild-principle = Guiding principle
leitbild-principle-text = Text of the guiding principle
leitbild-goal = Goal
leitbild-principles-hint = Empty guiding principles are not saved. After saving, more empty fields appear.
leitbild-version-save = Save as new version
leitbild-version = Version
leitbild-versions = Versions
leitbild-versions-all = All versions
leitbild-version-first = The first version.
leitbild-diff-lead = Compared with version { $previous }.
leitbild-diff-legend-added = inserted
leitbild-diff-legend-removed = struck out
leitbild-diff-added = Inserted
leitbild-diff-removed = Struck out
leitbild-diff-end = End of change
leitbild-principle-state-added = New
leitbild-principle-state-removed = Struck out
leitbild-principle-state-changed = Changed
leitbild-principle-state-same = Unchanged
flash-leitbild-version = The new version has been saved.
error-version-stale = Someone else has saved a new version in the meantime. Your text is below, unchanged. Look at the new version under “Versions”; if you then save again, your text becomes the next version.
error-principle-required = Write at least one guiding principle.
error-too-many-principles = Please keep it shorter: at most 30 guiding principles.
leitbild-start-platform = As a platform administrator, you start a process on the administration’s page.
leitbild-start-directory = Administrations in the directory
