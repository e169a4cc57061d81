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
certificates-rule = Abschlussregel: { $rules }.
certificates-rule-modules = { $count ->
    [one] mindestens { $count } Modul besucht
   *[other] mindestens { $count } Module besucht
}
certificates-rule-mandatory = alle Pflichtmodule besucht
certificates-rule-hours = { $count ->
    [one] mindestens { $count } Unterrichtsstunde
   *[other] mindestens { $count } Unterrichtsstunden
}
certificates-rule-all = alle Module besucht
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
certificate-annex-heading = Anlage: besuchte Module
certificate-annex-note = Die { $count } besuchten Module ({ $hours } Unterrichtsstunden) stehen in der Anlage.
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

## Speakers and the planning board
series-org-link = Fortbildungsreihen planen und verwalten
speakers-link = Referent*innen
speakers-title = Referent*innen von { $org }
speakers-empty = Noch keine Referent*innen im Verzeichnis.
speakers-add-heading = Referent*in hinzufügen
speakers-edit-heading = Referent*in bearbeiten
speakers-field-email-hint = Anfragen gehen an diese Adresse. Ein Konto ist nicht nötig.
speakers-field-topics = Themen
speakers-field-bio = Kurzbiografie
flash-speaker-added = Die Person ist im Verzeichnis.
error-speaker-exists = Diese E-Mail-Adresse steht schon im Verzeichnis.
module-speakers-title = Referent*innen für „{ $title }“
module-speakers-requests = Anfragen
module-speakers-none = Noch niemand angefragt.
module-speakers-deadline = Antwort bis { $date }
module-speakers-withdraw = Zurückziehen
module-speakers-ask = Referent*in anfragen
module-speakers-directory-empty = Legen Sie zuerst Referent*innen im Verzeichnis an.
module-speakers-field-speaker = Referent*in
module-speakers-field-deadline = Antwort bis
module-speakers-field-deadline-hint = Bis dahin wird alle drei Tage erinnert; danach verfällt die Anfrage.
module-speakers-field-message = Persönliche Nachricht
module-speakers-submit = Anfrage senden
flash-speaker-asked = Die Anfrage ist verschickt.
error-deadline-past = Das Datum liegt in der Vergangenheit.
error-module-cancelled = Dieses Modul ist abgesagt.
error-speaker-double-booked = Diese Person ist zur selben Zeit schon für ein anderes Modul angefragt oder zugesagt.
error-speaker-already-asked = Diese Person ist für dieses Modul schon angefragt.
request-status-asked = angefragt
request-status-confirmed = zugesagt
request-status-declined = abgesagt
request-status-expired = ohne Antwort verfallen
request-status-withdrawn = zurückgezogen
speaker-answer-title = Anfrage: { $title }
speaker-answer-deadline = Bitte antworten Sie bis { $date }.
speaker-answer-confirm = Ja, ich übernehme das Modul
speaker-answer-decline = Nein, ich kann leider nicht
speaker-answer-thanks = Vielen Dank für Ihre Zusage! Die Veranstalter melden sich mit den Einzelheiten.
speaker-answer-closed = Diese Anfrage ist beantwortet oder nicht mehr offen.
flash-speaker-confirmed = Danke für Ihre Zusage!
flash-speaker-declined = Schade – Ihre Absage ist angekommen. Danke für die Rückmeldung.
flash-speaker-closed = Diese Anfrage ist nicht mehr offen.
board-link = Planungsübersicht
board-title = Planungsübersicht von { $org }
board-intro = Alle Module der nächsten 24 Monate mit dem Stand der Referent*innen – so fallen Lücken auf.
board-gaps = { $count ->
    [0] Alle Module haben eine Zusage oder eine offene Anfrage.
    [one] { $count } Modul ohne Referent*in.
   *[other] { $count } Module ohne Referent*in.
}
board-clashes = { $count ->
    [one] Bei { $count } Modul ist jemand doppelt gebucht.
   *[other] Bei { $count } Modulen ist jemand doppelt gebucht.
}
board-show-gaps = Nur Lücken zeigen
board-show-all = Alle Module zeigen
board-empty = Keine Module in den nächsten 24 Monaten.
board-speakers = Referent*innen
board-state = Stand
board-state-open = offen
board-state-asked = angefragt
board-state-confirmed = zugesagt
board-state-declined = abgesagt – neu anfragen
board-clash = Achtung: { $name } ist zur selben Zeit woanders gebucht.
mail-speaker-request-subject = Anfrage: { $module } ({ $series })
mail-speaker-request-body =
    Guten Tag { $name },

    { $asker } fragt Sie an, das Modul „{ $module }“ der Fortbildungsreihe „{ $series }“ am { $when } zu übernehmen.
    { $message }
    Bitte sagen Sie über diesen Link zu oder ab (ein Konto ist nicht nötig), möglichst bis { $deadline }:
    { $link }
mail-speaker-reminder-subject = Erinnerung: Anfrage { $module } ({ $series })
mail-speaker-reminder-body =
    Guten Tag { $name },

    wir haben noch keine Antwort auf unsere Anfrage für das Modul „{ $module }“ der Reihe „{ $series }“ am { $when }.
    Bitte sagen Sie bis { $deadline } über diesen Link zu oder ab:
    { $link }
mail-speaker-confirmed-subject = Zusage: { $speaker } – { $module }
mail-speaker-confirmed-body =
    { $speaker } hat für das Modul „{ $module }“ am { $when } zugesagt.
mail-speaker-declined-subject = Absage: { $speaker } – { $module }
mail-speaker-declined-body =
    { $speaker } hat für das Modul „{ $module }“ am { $when } abgesagt. Die Planungsübersicht zeigt die Lücke.
certificates-none-completed = Noch hat niemand die Reihe abgeschlossen.
certificates-missing = Es fehlen:
certificates-missing-modules =
    { $count ->
        [one] 1 Modul
       *[other] { $count } Module
    }
certificates-missing-mandatory =
    { $count ->
        [one] 1 Pflichtmodul
       *[other] { $count } Pflichtmodule
    }
certificates-missing-hours =
    { $count ->
        [one] 1 Stunde
       *[other] { $count } Stunden
    }
