# Figures and exports of a series (staff): counts, attendance, target groups,
# the anonymous figures, and the participant list as CSV and XLSX.

## Figures page
figures-page-link = Figures and exports
figures-page-title = Figures and exports: { $title }
figures-page-exports-heading = Download the participant list
figures-page-exports-hint = The list contains the names, e-mail addresses, organisations and attendance of everyone registered (without unconfirmed registrations). Store it only where the training needs it, and delete it as soon as it is no longer needed. Every download is logged.
figures-page-download-xlsx = Download as Excel file (XLSX)
figures-page-download-csv = Download as CSV file
figures-page-download-csv-semicolon = CSV for Excel in German (semicolons)
figures-page-registrations = Registrations
figures-page-people = People
figures-page-status-confirmed = Registered (place confirmed)
figures-page-status-waiting = On the waiting list
figures-page-status-pending = Awaiting approval
figures-page-status-cancelled = Cancelled
figures-page-completed = Completed the series
figures-page-completed-hint = “Completed the series” counts the people with a confirmed place who meet the series’ completion rule according to the recorded attendance. Cancelled modules are not counted.
figures-page-attendance-heading = Attendance per module
figures-page-attendance-present = Present
figures-page-attendance-absent = Absent
figures-page-attendance-excused = Excused
figures-page-groups-heading = By target group
figures-page-groups-hint = People with a confirmed place by the target group they gave when registering. The series takes place in the region { $region }; the region of individual participants is not recorded.
figures-page-no-seats = Nobody has a confirmed place yet.
figures-page-anonymous-heading = Voluntary anonymous information
figures-page-anonymous-hint = Participants give this information voluntarily when registering. It is only counted and is not linked to any person, so after cancellations it may differ from the other figures.
figures-page-answer = Answer
figures-page-answers = Answers given

## Participant export (column headers and sheet name)
figures-export-name = Name
figures-export-email = E-mail
figures-export-affiliation = Organisation
figures-export-target-group = Target group
figures-export-status = Status
figures-export-registered = Registered on
figures-export-sheet = Participants
