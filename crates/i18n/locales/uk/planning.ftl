# Planning of series: form errors, speakers, planning board, attendance.

## Form errors of series and modules
error-at-least-one = Mindestens 1.
error-choose-at-least-one = Bitte wählen Sie mindestens eine Möglichkeit.
error-date = Bitte geben Sie ein Datum wie 04.03.2027 ein.
error-datetime = Bitte geben Sie Datum und Uhrzeit ein.
error-end-before-start = Das Ende muss nach dem Beginn liegen.
error-number = Bitte geben Sie eine ganze Zahl ein.
error-number-range = Diese Zahl ist zu groß oder zu klein.
error-venue-or-online = Geben Sie einen Ort oder einen Online-Link an.
