# Planning of series: form errors, speakers, planning board, attendance.

## Form errors of series and modules
error-at-least-one = At least 1.
error-choose-at-least-one = Please choose at least one option.
error-date = Please enter a date such as 04/03/2027.
error-datetime = Please enter a date and time.
error-end-before-start = The end must be after the start.
error-number = Please enter a whole number.
error-number-range = This number is too large or too small.
error-venue-or-online = Enter a venue or an online link.

## Attendance
attendance-link = Attendance
attendance-title = Attendance: { $title }
attendance-roll-heading = Attendance list
attendance-empty = Nobody has a place in this series yet.
attendance-present = present
attendance-absent = absent
attendance-excused = excused
attendance-save = Save attendance
flash-attendance-saved = The attendance has been saved.
attendance-checkin-heading = Self check-in
attendance-checkin-hint = Participants can mark themselves as present through their personal link, using a code that you show at the venue – from one hour before the start until the end of the module.
attendance-checkin-start = Generate code
attendance-checkin-show = Show this code at the venue, for example on the projector:
attendance-checkin-new = Generate a new code
attendance-checkin-off = End check-in
attendance-list-heading = Attendance list for signatures
attendance-list-hint = Print the list, have it signed at the venue and upload the scan here – as evidence for the funders.
attendance-list-download = Attendance list (PDF)
attendance-list-no = No.
attendance-list-signature = Signature
attendance-list-trainer = Signature of trainer / organiser
attendance-list-page = Page
attendance-scan-present = Uploaded:
attendance-scan-field = Upload the signed list
attendance-scan-hint = PDF, JPEG or PNG, no larger than 10 MB. A new file replaces the previous one.
attendance-scan-submit = Upload
flash-scan-saved = The signed list has been saved.
error-upload-too-large = The file is larger than allowed.
error-upload-empty = Please choose a file.
error-upload-type = This file is not a PDF, JPEG or PNG.
checkin-heading = Check in: { $title }
checkin-code = Code from the venue
checkin-code-hint = The code is shown at the venue, for example on the projector.
checkin-submit = Check in
flash-checked-in = You have been marked as present.
flash-checkin-wrong-code = The code is not correct. Please check it.
flash-checkin-closed = Check-in is not possible for this module at the moment.
flash-checkin-too-many = Too many attempts. Please speak to the organisers at the venue.

## Completion and certificates
certificates-link = Completion and certificates
certificates-title = Certificates: { $title }
certificates-rule = Completion rule: { $rules }.
certificates-rule-modules = { $count ->
    [one] at least { $count } module attended
   *[other] at least { $count } modules attended
}
certificates-rule-mandatory = all mandatory modules attended
certificates-rule-hours = { $count ->
    [one] at least { $count } teaching hour
   *[other] at least { $count } teaching hours
}
certificates-rule-all = all modules attended
certificates-progress = Participants’ progress
certificates-completed = Completed
certificates-certificate = Certificate
certificates-revoke-reason = Reason for revoking
certificates-revoke = Revoke
certificates-issue-heading = Issue certificates
certificates-to-issue = { $count ->
    [0] Everyone who has completed the series already has a certificate.
    [one] { $count } person has completed the series and does not have a certificate yet.
   *[other] { $count } people have completed the series and do not have a certificate yet.
}
certificates-field-locale = Language of the certificate
certificates-field-locale-hint = The title of the series appears in this language if it is available in it.
certificates-field-place = Place of issue
certificates-issue-submit = Issue certificates and notify participants
certificates-revoked-heading = Revoked certificates
flash-certificates-issued = The certificates have been issued; the participants will receive an email.
flash-certificates-none = There were no new certificates to issue.
flash-certificate-revoked = The certificate has been revoked. You can issue a new one.
certificate-heading = Certificate of Attendance
certificate-intro = has successfully taken part in the training series
certificate-modules = Modules attended
certificate-col-date = Date
certificate-col-module = Module and topics
certificate-col-hours = Hours
certificate-total = Total teaching hours
certificate-annex-heading = Annex: modules attended
certificate-annex-note = The { $count } modules attended ({ $hours } teaching hours) are listed in the annex.
certificate-verify = Verify authenticity:
registration-certificate-link = Download your certificate (PDF)
verify-title = Verify a certificate
verify-code = Verification code
verify-code-hint = The code is printed at the bottom of the certificate, for example K7P2-9XQM-4TRA.
verify-submit = Verify
verify-valid = This certificate is valid.
verify-revoked = This certificate has been revoked.
verify-revoked-on = Revoked on { $date }.
verify-unknown = There is no certificate with this code.
verify-unknown-hint = Check the code for typing errors.
verify-participant = Issued to
verify-series = Training series
verify-issuer = Issued by
verify-issued = Issued on
verify-hours = Teaching hours
mail-certificate-issued-subject = Your certificate: { $series }
mail-certificate-issued-body =
    Hello { $name },

    Congratulations: you have completed ‘{ $series }’. You can download your certificate of attendance here:
    { $link }

## Speakers and the planning board
series-org-link = Plan and manage training series
speakers-link = Trainers
speakers-title = Trainers of { $org }
speakers-empty = No trainers in the directory yet.
speakers-add-heading = Add trainer
speakers-edit-heading = Edit trainer
speakers-field-email-hint = Requests are sent to this address. No account is needed.
speakers-field-topics = Topics
speakers-field-bio = Short biography
flash-speaker-added = The person has been added to the directory.
error-speaker-exists = This email address is already in the directory.
module-speakers-title = Trainers for ‘{ $title }’
module-speakers-requests = Requests
module-speakers-none = Nobody has been asked yet.
module-speakers-deadline = Reply by { $date }
module-speakers-withdraw = Withdraw
module-speakers-ask = Ask a trainer
module-speakers-directory-empty = First add trainers to the directory.
module-speakers-field-speaker = Trainer
module-speakers-field-deadline = Reply by
module-speakers-field-deadline-hint = Until then, a reminder is sent every three days; after that, the request expires.
module-speakers-field-message = Personal message
module-speakers-submit = Send request
flash-speaker-asked = The request has been sent.
error-deadline-past = This date is in the past.
error-module-cancelled = This module has been cancelled.
error-speaker-double-booked = This person has already been asked for, or has accepted, another module at the same time.
error-speaker-already-asked = This person has already been asked for this module.
request-status-asked = asked
request-status-confirmed = accepted
request-status-declined = declined
request-status-expired = expired without a reply
request-status-withdrawn = withdrawn
speaker-answer-title = Request: { $title }
speaker-answer-deadline = Please reply by { $date }.
speaker-answer-confirm = Yes, I will take on the module
speaker-answer-decline = No, unfortunately I cannot
speaker-answer-thanks = Thank you very much for accepting! The organisers will be in touch with the details.
speaker-answer-closed = This request has already been answered or is no longer open.
flash-speaker-confirmed = Thank you for accepting!
flash-speaker-declined = What a pity – we have received your reply. Thank you for letting us know.
flash-speaker-closed = This request is no longer open.
board-link = Planning board
board-title = Planning board of { $org }
board-intro = All modules in the next 24 months with the status of their trainers – so that gaps stand out.
board-gaps = { $count ->
    [0] Every module has an acceptance or an open request.
    [one] { $count } module without a trainer.
   *[other] { $count } modules without a trainer.
}
board-clashes = { $count ->
    [one] In { $count } module, someone is double-booked.
   *[other] In { $count } modules, someone is double-booked.
}
board-show-gaps = Show gaps only
board-show-all = Show all modules
board-empty = No modules in the next 24 months.
board-speakers = Trainers
board-state = Status
board-state-open = open
board-state-asked = asked
board-state-confirmed = accepted
board-state-declined = declined – ask someone else
board-clash = Caution: { $name } is booked elsewhere at the same time.
mail-speaker-request-subject = Request: { $module } ({ $series })
mail-speaker-request-body =
    Hello { $name },

    { $asker } would like to ask whether you could take on the module ‘{ $module }’ of the training series ‘{ $series }’ on { $when }.
    { $message }
    Please accept or decline using this link (no account needed), if possible by { $deadline }:
    { $link }
mail-speaker-reminder-subject = Reminder: request for { $module } ({ $series })
mail-speaker-reminder-body =
    Hello { $name },

    We have not yet received a reply to our request for the module ‘{ $module }’ of the series ‘{ $series }’ on { $when }.
    Please accept or decline by { $deadline } using this link:
    { $link }
mail-speaker-confirmed-subject = Accepted: { $speaker } – { $module }
mail-speaker-confirmed-body =
    { $speaker } has accepted the module ‘{ $module }’ on { $when }.
mail-speaker-declined-subject = Declined: { $speaker } – { $module }
mail-speaker-declined-body =
    { $speaker } has declined the module ‘{ $module }’ on { $when }. The planning board shows the gap.
certificates-none-completed = Nobody has completed the series yet.
certificates-missing = Missing:
certificates-missing-modules =
    { $count ->
        [one] 1 module
       *[other] { $count } modules
    }
certificates-missing-mandatory =
    { $count ->
        [one] 1 mandatory module
       *[other] { $count } mandatory modules
    }
certificates-missing-hours =
    { $count ->
        [one] 1 hour
       *[other] { $count } hours
    }
