# The annual planner of a Leitbild process (Jahresplaner): measures with owner, month, status and evidence.

measures-title = Annual planner
measures-lead = The measures from the third workshop – each with a person responsible, a month and the guiding principle it serves – tracked until they are done.
measures-year = Planning year
measures-no-plan = The annual planner has no planning year yet. The process team sets below in which month it begins; then measures can be added.
measures-empty = No measures in the annual planner yet.
measures-empty-filtered = No measure matches this filter.

## Status
measures-status-open = open
measures-status-progress = in progress
measures-status-done = done
measures-status-now = Current status
measures-status-change = Change status
measures-status-title = Change status

## Actions and files
measures-add = Add a measure
measures-pdf = Wall calendar (PDF, A3)
measures-ics = Add to your calendar (.ics)
measures-feed = Subscribe to the annual planner in a calendar
measures-feed-hint = Enter this address in your calendar app as a subscription. It is personal: do not pass it on. It works as long as you may see this process.
measures-feed-reset = Renew the address (on your calendar page)

## Filters
measures-filter = Filter measures
measures-filter-all = All
measures-filter-submit = Filter
measures-filter-clear = Show all measures

## Fields
measures-field-title = Measure
measures-field-title-hint = Short and concrete, for example “Welcome pack in five languages”.
measures-field-description = Description
measures-field-owner = Responsible
measures-field-owner-hint = The name of the person who takes care of it. They need no account.
measures-field-owner-email = E-mail address of the person responsible
measures-field-owner-email-hint = They then get a reminder when their month begins.
measures-field-month = Month
measures-field-month-hint = One of the twelve months of the planning year.
measures-field-principle = Guiding principle
measures-field-principle-hint = The principle of the newest version that the measure serves.
measures-field-status = Status
measures-field-evidence = Evidence
measures-field-evidence-hint = What shows that the measure has been carried out – for example minutes, a photo or a link. Needed once it is done.
measures-choose-month = Please choose
measures-principle-none = The Leitbild as a whole
measures-principle-gone = This principle is no longer in the newest version.
measures-principle-n = Principle { $n }
measures-owner-missing = Nobody named

## Forms
measures-new-title = Add a measure
measures-edit-title = Edit measure
measures-plan-title = Planning year
measures-plan-start = First month of the planning year
measures-plan-start-hint = For example 2027-03 for March 2027 to February 2028.
measures-plan-save = Save planning year

## The wall calendar (PDF)
measures-pdf-subtitle = Annual planner { $from } – { $to }
measures-pdf-empty = No measures
measures-pdf-continued = continued
measures-pdf-continues = Continued on the next page

## Messages
flash-measure-added = The measure is in the annual planner.
flash-measure-status = The status is saved.
error-measure-owner-required = Please enter who is responsible for the measure.
error-evidence-required = A measure that is done needs evidence: what shows that it has been carried out?
error-month-outside-plan = Please choose one of the twelve months of the planning year.
error-plan-measures-outside = Some measures would lie outside these twelve months. Move them into the new planning year first.
error-measure-stale = Someone else has changed this measure in the meantime. What you typed is still here; check it and save again.
confirm-measure-remove-title = Remove the measure “{ $title }”?
confirm-measure-remove-text = The measure disappears from the annual planner of “{ $process }”, including the wall calendar and calendar subscriptions. Nobody is notified.
confirm-measure-remove-submit = Yes, remove

## Reminder mail to an owner when the month of their measure begins
mail-measure-due-subject = Annual planner: “{ $title }” is due in { $month }
mail-measure-due-body =
    Hello { $name },

    in the annual planner of { $org } you are responsible for this measure, which is due in { $month }:

    { $title }
    { $details }

    When it is done, please tell the process team and name the evidence – for example minutes, a photo or a link.

    This reminder is sent once, at the beginning of the month.
mail-measure-due-principle = Principle { $n }: { $text }
admin-outbox-kind-measure-due = Reminder of a measure in the annual planner
