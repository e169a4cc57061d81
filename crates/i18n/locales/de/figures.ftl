# Figures and exports of a series (staff): counts, attendance, target groups,
# the anonymous figures, and the participant list as CSV and XLSX.

## Figures page
figures-page-link = Zahlen und Exporte
figures-page-title = Zahlen und Exporte: { $title }
figures-page-exports-heading = Teilnehmendenliste herunterladen
figures-page-exports-hint = Die Liste enthält Namen, E-Mail-Adressen, Organisationen und die Anwesenheit aller Angemeldeten (ohne unbestätigte Anmeldungen). Speichern Sie sie nur dort, wo es für die Fortbildung nötig ist, und löschen Sie sie, sobald sie nicht mehr gebraucht wird. Jeder Download wird protokolliert.
figures-page-download-xlsx = Als Excel-Datei herunterladen (XLSX)
figures-page-download-csv = Als CSV-Datei herunterladen
figures-page-download-csv-semicolon = CSV für Excel (mit Semikolon)
figures-page-registrations = Anmeldungen
figures-page-people = Personen
figures-page-status-confirmed = Angemeldet (Platz sicher)
figures-page-status-waiting = Auf der Warteliste
figures-page-status-pending = Warten auf Freigabe
figures-page-status-cancelled = Abgemeldet
figures-page-completed = Reihe abgeschlossen
figures-page-completed-hint = „Reihe abgeschlossen“ zählt die Personen mit sicherem Platz, die nach der erfassten Anwesenheit die Abschlussregel der Reihe erfüllen. Abgesagte Module zählen nicht mit.
figures-page-attendance-heading = Anwesenheit je Modul
figures-page-attendance-present = Anwesend
figures-page-attendance-absent = Abwesend
figures-page-attendance-excused = Entschuldigt
figures-page-groups-heading = Nach Zielgruppe
figures-page-groups-hint = Personen mit sicherem Platz nach der Zielgruppe, die sie bei der Anmeldung angegeben haben. Die Reihe findet in der Region { $region } statt; die Region der einzelnen Teilnehmenden wird nicht erfasst.
figures-page-no-seats = Noch niemand hat einen sicheren Platz.
figures-page-anonymous-heading = Freiwillige anonyme Angaben
figures-page-anonymous-hint = Diese Angaben machen Teilnehmende freiwillig bei der Anmeldung. Sie werden nur gezählt und sind mit keiner Person verbunden; nach Abmeldungen können sie deshalb von den anderen Zahlen abweichen.
figures-page-answer = Antwort
figures-page-answers = Nennungen

## Participant export (column headers and sheet name)
figures-export-name = Name
figures-export-email = E-Mail
figures-export-affiliation = Organisation
figures-export-target-group = Zielgruppe
figures-export-status = Stand
figures-export-registered = Angemeldet am
figures-export-sheet = Teilnehmende
