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

## Attendance
attendance-link = Anwesenheit
attendance-title = Anwesenheit: { $title }
attendance-roll-heading = Anwesenheitsliste
attendance-empty = Für diese Reihe hat noch niemand einen Platz.
attendance-present = anwesend
attendance-absent = abwesend
attendance-excused = entschuldigt
attendance-save = Anwesenheit speichern
flash-attendance-saved = Die Anwesenheit ist gespeichert.
attendance-checkin-heading = Selbst einchecken
attendance-checkin-hint = Teilnehmende können sich mit einem Code, den Sie vor Ort zeigen, über ihren persönlichen Link selbst als anwesend eintragen – von einer Stunde vor Beginn bis zum Ende des Moduls.
attendance-checkin-start = Code erzeugen
attendance-checkin-show = Zeigen Sie diesen Code vor Ort, zum Beispiel am Beamer:
attendance-checkin-new = Neuen Code erzeugen
attendance-checkin-off = Einchecken beenden
attendance-list-heading = Anwesenheitsliste zum Unterschreiben
attendance-list-hint = Drucken Sie die Liste aus, lassen Sie sie vor Ort unterschreiben und laden Sie den Scan hier hoch – als Nachweis für die Förderer.
attendance-list-download = Anwesenheitsliste (PDF)
attendance-list-no = Nr.
attendance-list-signature = Unterschrift
attendance-list-trainer = Unterschrift Referent*in / Veranstalter
attendance-list-page = Seite
attendance-scan-present = Hochgeladen:
attendance-scan-field = Unterschriebene Liste hochladen
attendance-scan-hint = PDF, JPEG oder PNG, höchstens 10 MB. Eine neue Datei ersetzt die bisherige.
attendance-scan-submit = Hochladen
flash-scan-saved = Die unterschriebene Liste ist gespeichert.
error-upload-too-large = Die Datei ist größer als erlaubt.
error-upload-empty = Bitte wählen Sie eine Datei aus.
error-upload-type = Diese Datei ist kein PDF, JPEG oder PNG.
checkin-heading = Einchecken: { $title }
checkin-code = Code vom Veranstaltungsort
checkin-code-hint = Der Code wird vor Ort gezeigt, zum Beispiel am Beamer.
checkin-submit = Einchecken
flash-checked-in = Sie sind als anwesend eingetragen.
flash-checkin-wrong-code = Der Code stimmt nicht. Bitte prüfen Sie ihn.
flash-checkin-closed = Einchecken ist für dieses Modul gerade nicht möglich.
flash-checkin-too-many = Zu viele Versuche. Bitte wenden Sie sich an die Veranstalter vor Ort.

## Completion and certificates
certificates-link = Abschluss und Bescheinigungen
certificates-title = Bescheinigungen: { $title }
certificates-rule = Abschlussregel:
certificates-rule-modules = { $count ->
    [one] mindestens { $count } Modul besucht;
   *[other] mindestens { $count } Module besucht;
}
certificates-rule-mandatory = alle Pflichtmodule besucht;
certificates-rule-hours = { $count ->
    [one] mindestens { $count } Unterrichtsstunde.
   *[other] mindestens { $count } Unterrichtsstunden.
}
certificates-rule-all = alle Module besucht.
certificates-progress = Stand der Teilnehmenden
certificates-completed = Abgeschlossen
certificates-certificate = Bescheinigung
certificates-revoke-reason = Grund für den Widerruf
certificates-revoke = Widerrufen
certificates-issue-heading = Bescheinigungen ausstellen
certificates-to-issue = { $count ->
    [0] Alle, die abgeschlossen haben, haben schon eine Bescheinigung.
    [one] { $count } Person hat abgeschlossen und noch keine Bescheinigung.
   *[other] { $count } Personen haben abgeschlossen und noch keine Bescheinigung.
}
certificates-field-locale = Sprache der Bescheinigung
certificates-field-locale-hint = Der Titel der Reihe erscheint in dieser Sprache, wenn es ihn darin gibt.
certificates-field-place = Ort
certificates-issue-submit = Bescheinigungen ausstellen und Teilnehmende benachrichtigen
certificates-revoked-heading = Widerrufene Bescheinigungen
flash-certificates-issued = Die Bescheinigungen sind ausgestellt; die Teilnehmenden bekommen eine E-Mail.
flash-certificates-none = Es gab keine neuen Bescheinigungen auszustellen.
flash-certificate-revoked = Die Bescheinigung ist widerrufen. Sie können eine neue ausstellen.
certificate-heading = Teilnahmebescheinigung
certificate-intro = hat erfolgreich teilgenommen an der Fortbildungsreihe
certificate-modules = Besuchte Module
certificate-col-date = Datum
certificate-col-module = Modul und Themen
certificate-col-hours = Stunden
certificate-total = Unterrichtsstunden insgesamt
certificate-verify = Echtheit prüfen:
registration-certificate-link = Ihre Bescheinigung herunterladen (PDF)
verify-title = Bescheinigung prüfen
verify-code = Prüfcode
verify-code-hint = Der Code steht unten auf der Bescheinigung, zum Beispiel K7P2-9XQM-4TRA.
verify-submit = Prüfen
verify-valid = Diese Bescheinigung ist gültig.
verify-revoked = Diese Bescheinigung wurde widerrufen.
verify-revoked-on = Widerrufen am { $date }.
verify-unknown = Zu diesem Code gibt es keine Bescheinigung.
verify-unknown-hint = Prüfen Sie den Code auf Tippfehler.
verify-participant = Ausgestellt für
verify-series = Fortbildungsreihe
verify-issuer = Ausgestellt von
verify-issued = Ausgestellt am
verify-hours = Unterrichtsstunden
mail-certificate-issued-subject = Ihre Bescheinigung: { $series }
mail-certificate-issued-body =
    Guten Tag { $name },

    herzlichen Glückwunsch: Sie haben „{ $series }“ abgeschlossen. Ihre Teilnahmebescheinigung können Sie hier herunterladen:
    { $link }
