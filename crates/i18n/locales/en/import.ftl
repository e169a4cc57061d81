# My registrations and the CSV import of participants.

mine-title = My registrations
mine-empty = You are not registered for any training course yet.
import-heading = Import participants from a CSV file
import-hint = One row per person. The first row names the columns: ‘Name’, ‘E-Mail’, ‘Organisation’ (optional), ‘Zielgruppe’ (optional; otherwise the first target group of the series). The English headers ‘name’, ‘email’, ‘organisation’ and ‘target group’ are also accepted. Comma or semicolon as separator, UTF-8. The file is only imported if every row is correct; everyone receives an email.
import-field-file = CSV file
import-field-file-hint = No larger than 1 MB.
import-submit = Import
import-errors-title = Nothing imported – please correct the file
import-line = Row { $line }
import-field-name = Name
import-field-email = Email
import-field-org = Organisation
import-field-group = Target group
import-error-header = The first row must name the columns ‘Name’ and ‘E-Mail’ (or ‘email’).
import-error-encoding = The file is not saved as UTF-8.
import-error-row = This row cannot be read.
import-error-duplicate = This address appears more than once in the file.
import-error-empty = The file does not contain any people.
flash-participants-imported = The participants have been imported and notified.
