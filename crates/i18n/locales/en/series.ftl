# Qualification series: catalogue, series pages, registration, staff pages.

nav-series = Training courses
actions = Actions
back = Back
cancel = Cancel
edit = Edit

## Kinds, visibility, status, target groups
series-kind-trainer = Training for trainers
series-kind-volunteer = Course for volunteers
series-kind-apprentice = Workshop for apprentices
series-kind-expert_day = Specialist conference
series-visibility-public = Public
series-visibility-members = Members of the organisation only
series-visibility-invitation = Only with an invitation link
series-status-active = Active
series-status-cancelled = Cancelled
target-group-administration = Administrative staff
target-group-volunteers = Volunteers
target-group-newcomers = Newcomers
target-group-trainers = Trainers
target-group-apprentices = Apprentices
target-group-multipliers = Multipliers

## Catalogue
catalogue-title = Training courses
catalogue-filter-label = Filter training courses
catalogue-filter-group = Target group
catalogue-filter-month = Month
catalogue-filter-language = Language
catalogue-count = { $count ->
    [one] { $count } training course
   *[other] { $count } training courses
}
catalogue-empty = No training course matches these filters.
catalogue-modules = { $count ->
    [one] { $count } module
   *[other] { $count } modules
}
catalogue-full = Fully booked – waiting list
catalogue-back = Back to training courses

## Staff: series
series-heading = Training series
series-org-title = Training series of { $org }
series-org-empty = No training series yet. Create the first one.
series-new-title = New training series
series-edit-title = Edit { $title }
series-edit-link = Settings and texts
series-copy-link = Copy for the next cohort
series-public-link = Public page
series-manage-link = Manage series
series-texts-heading = Title and description
series-texts-hint = German is required. The other languages are optional; where a text is missing, the German text is shown.
series-field-title = Title
series-field-summary = Description
series-settings-heading = Type and target groups
series-field-kind = Type
series-field-visibility = Visibility
series-field-visibility-hint = Series set to ‘Only with an invitation link’ do not appear in the catalogue.
series-field-target-groups = Target groups
series-field-languages = Languages of instruction
series-registration-heading = Registration
series-field-capacity = Places
series-field-capacity-hint = Anyone who registers when all places are taken is put on the waiting list.
series-field-deadline = Registration deadline
series-field-deadline-hint = Registration is possible until the end of this day.
series-field-manual-approval = Approve registrations yourself
series-field-manual-approval-hint = New registrations wait for your approval before they get a place.
series-rule-heading = Completion
series-rule-hint = When someone has completed the series. If nothing is entered: all modules attended.
series-field-min-modules = At least this many modules
series-field-all-mandatory = All mandatory modules attended
series-field-min-hours = At least this many teaching hours
series-dates = Period
series-no-modules = No modules yet
series-seats = Places
series-seats-taken = { $count ->
    [one] { $count } place taken
   *[other] { $count } places taken
}
series-seats-left = Places available
series-waiting = Waiting list
series-pending = Awaiting approval
series-waiting-list-open = You can still join the waiting list
series-invite-link = Invitation link
series-organiser = Organiser
series-copy-title = Copy { $title }
series-copy-intro = The copy includes the texts, settings and all modules (but no registrations). The modules are moved by as many days as needed for the first one to start on the day you choose.
series-copy-first = The first module currently starts on { $date }.
series-copy-field-starts = First day of the new cohort
series-copy-field-starts-hint = The times stay the same.
series-copy-submit = Create copy
flash-series-created = The training series has been created. Now add the modules.
flash-series-copied = The copy has been created. Check the title and dates.

## Staff: modules
modules-heading = Modules
modules-empty = No modules yet.
module-new-title = Add module
module-edit-title = Edit module
module-field-title = Title
module-field-topics = Topics
module-field-topics-hint = One topic per line.
module-field-starts = Start
module-field-ends = End
module-field-time-hint = Date and time (German time).
module-field-venue = Venue
module-field-venue-hint = Address of the venue. Leave empty if the module only takes place online.
module-field-access = Accessibility of the venue
module-field-access-hint = For example: step-free access, wheelchair-accessible toilet, hearing loop.
module-field-online = Online link
module-field-online-hint = Only https links. Participants see it after they have registered.
module-field-hours = Teaching hours
module-field-hours-hint = Counts towards the completion rule and the certificate.
module-field-mandatory = Mandatory module
module-when = Date
module-hours = { $count ->
    [one] { $count } teaching hour
   *[other] { $count } teaching hours
}
module-mandatory = Mandatory module
module-cancelled = Cancelled
module-past = Past
series-cta-seats =
    { $count ->
        [one] 1 seat left
       *[other] { $count } seats left
    }
series-cta-waiting-list = All seats are taken – you will go on the waiting list
series-cta-deadline = Registration closes { $date }
series-cta-register = Register now
series-begun-reachable = This series has already begun: { $past } of { $total } modules have taken place. If you join now and attend all remaining modules, you can still earn the certificate.
series-begun-unreachable = This series has already begun: { $past } of { $total } modules have taken place. You can attend the remaining modules, but newcomers can no longer earn this series' certificate.
module-online = Online
module-cancel-link = Cancel
module-cancel-title = Cancel module ‘{ $title }’
module-cancel-warning = { $count ->
    [0] Nobody has registered for this series yet.
    [one] { $count } registered person will be told about the cancellation by email.
   *[other] { $count } registered people will be told about the cancellation by email.
}
module-cancel-submit = Cancel module
flash-module-added = The module has been added.
flash-module-cancelled = The module has been cancelled; the registered participants are being informed.

## Registration
register-heading = Registration
register-closed = Registration for this series is no longer possible.
register-full-hint = All places are taken. If you register now, you will be put on the waiting list and will move up automatically as soon as a place becomes free.
register-email-hint = You will receive an email with a link to confirm your registration.
register-field-affiliation = Organisation or public authority
register-field-target-group = I am taking part as
register-field-consent = I have read the privacy notice and agree that my details will be processed for this training course.
register-submit = Register
figures-heading = Optional information for statistics
figures-hint = This information is optional and anonymous: it is only counted and is not stored with your name. The funders of the training course only receive the totals.
figures-no-answer = Prefer not to say
figures-age-label = Age
figures-age-under_27 = under 27
figures-age-27_49 = 27 to 49
figures-age-50_plus = 50 and over
figures-migration-label = Immigration history
figures-migration-own = I immigrated myself
figures-migration-parents = at least one parent immigrated
figures-migration-none = none
error-registration-closed = Registration for this series is closed.
error-already-registered = This email address is already registered for this series. You will find your personal link in the confirmation email.
error-rate-limited = Too many registrations from this connection. Please try again in an hour.
registration-check-mail-title = Please confirm your registration
registration-check-mail-body = We have sent you an email. Open the link in it within { $hours } hours to confirm your registration. Your registration is only valid after that.
registration-title = Your registration: { $title }
registration-status = Status
registration-status-unconfirmed = Not yet confirmed
registration-status-pending = Confirmed, waiting for approval by the organisers
registration-status-confirmed = Place secured
registration-status-waiting = On the waiting list
registration-status-cancelled = Registration cancelled
registration-confirm-hint = Please confirm that you want to register.
registration-confirm-submit = Confirm registration
registration-expired = This confirmation link has expired. Please register again.
registration-again = Register again
registration-cancel-link = Cancel my registration for this training course
registration-cancel-warning = Do you really want to cancel your registration? Your place will go to the next person on the waiting list.
registration-cancel-submit = Yes, cancel my registration
registration-series-link = Go to the training course page
flash-registered = You are registered.
flash-registration-confirmed = Thank you! Your place is secured.
flash-registration-waiting = Thank you! You are on the waiting list and will move up automatically.
flash-registration-pending = Thank you! The organisers will check your registration and get back to you.
flash-registration-cancelled = Your registration has been cancelled.

## Staff: participants
participants-link = Participants
participants-title = Participants: { $title }
participants-empty = No registrations yet.
participants-approve = Approve
participants-cancel = Cancel registration
participants-add-heading = Register a person manually
participants-add-submit = Register
flash-participant-added = The person is registered and will receive an email.
flash-participant-approved = The registration has been approved.
flash-participant-cancelled = The person’s registration has been cancelled.

## Mails
mail-registration-confirm-subject = Please confirm: registration for { $series }
mail-registration-confirm-body =
    Hello { $name },

    You have registered for ‘{ $series }’. Please confirm your registration within { $hours } hours using this link:
    { $link }

    You can use the same link later to see the status of your registration and to cancel it.
    If you did not register, ignore this email; nothing will be stored.
mail-registration-confirmed-subject = Your place is secured: { $series }
mail-registration-confirmed-body =
    Hello { $name },

    Your place on ‘{ $series }’ is secured. You can find the dates, venues and the option to cancel here:
    { $link }
mail-registration-waiting-subject = Waiting list: { $series }
mail-registration-waiting-body =
    Hello { $name },

    All places on ‘{ $series }’ are taken. You are on the waiting list and will move up automatically as soon as someone cancels; we will write to you then.
    Status and cancellation:
    { $link }
mail-registration-pending-subject = Registration received: { $series }
mail-registration-pending-body =
    Hello { $name },

    We have received your registration for ‘{ $series }’. The organisers will check it and get back to you.
    Status and cancellation:
    { $link }
mail-registration-moved-up-subject = A place has become free: { $series }
mail-registration-moved-up-body =
    Hello { $name },

    Good news: a place has become free on ‘{ $series }’, and you have moved up from the waiting list. Your place is secured.
    If you can no longer take part, please cancel your registration here so that the place can go to someone else:
    { $link }
mail-registration-cancelled-subject = Cancellation confirmed: { $series }
mail-registration-cancelled-body =
    Hello { $name },

    Your registration for ‘{ $series }’ has been cancelled.
    { $link }
mail-registration-again-subject = You are already registered: { $series }
mail-registration-again-body =
    Hello { $name },

    someone has just registered this email address again for ‘{ $series }’. You are already registered there; there is no second registration.
    Your registration, with its status, cancellation and calendar, is here:
    { $link }

    If this was not you, you can simply delete this email.
mail-module-cancelled-subject = Cancelled: { $module } ({ $series })
mail-module-cancelled-body =
    Hello { $name },

    Unfortunately, the module ‘{ $module }’ of the series ‘{ $series }’ on { $when } has to be cancelled.
    Your registration for the series remains valid. Status and dates:
    { $link }

speaker-former = former speaker
registration-data-heading = Your data
registration-data-download = Download my data (JSON)
registration-data-delete = Delete my data
delete-data-title = Delete my data
delete-data-warning = Your name, email address and the details of this registration will be deleted, the registration cancelled, and this personal link will stop working. You cannot undo this.
delete-data-others = There are { $count } more registrations with this email address; they will be deleted as well.
delete-data-kept = Only anonymous figures remain for the series' statistics. An issued certificate stays verifiable without your name; its PDF cannot be made again afterwards – download it first.
delete-data-submit = Yes, delete my data
flash-data-deleted = Your data has been deleted.
verify-name-not-kept = not kept (the person deleted their data)
verify-name-heading = Check a name
verify-name = Name on the certificate
verify-name-hint = As printed on the certificate. We only say whether it matches.
verify-name-submit = Check name
verify-name-matches = The name matches the certificate.
verify-name-differs = The name does not match the certificate.
verify-name-limited = Too many attempts. Please try again in an hour.

# Signature and funding notice on the certificates
series-signing-heading = Certificate
series-signing-hint = What the certificates of this series show under the signature line and at the foot. If nothing is entered, the organisation’s name is printed there.
series-field-signatory-name = Who signs
series-field-signatory-name-hint = The name as it should appear under the signature line, e.g. “Dr Petra Schulz”. One line, at most 120 characters.
series-field-signatory-role = Role
series-field-signatory-role-hint = Printed under the name, e.g. “Project lead”. One line, at most 120 characters.
series-field-funding-notice = Funding notice
series-field-funding-notice-hint = Printed small at the foot of every certificate, e.g. “Funded by the State of Saxony-Anhalt”. At most 400 characters.
error-funding-notice-too-long = The funding notice does not fit on the certificate in full: there is room for at most 8 lines of small print. Please shorten it.
