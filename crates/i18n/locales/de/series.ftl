# Qualification series: catalogue, series pages, registration, staff pages.

nav-series = Fortbildungen
actions = Aktionen
back = Zurück
cancel = Abbrechen
edit = Bearbeiten

## Kinds, visibility, status, target groups
series-kind-trainer = Trainer*innen-Qualifizierung
series-kind-volunteer = Kurs für Ehrenamtliche
series-kind-apprentice = Workshop für Auszubildende
series-kind-expert_day = Fachtag
series-visibility-public = Öffentlich
series-visibility-members = Nur für Mitglieder der Organisation
series-visibility-invitation = Nur mit Einladungslink
series-status-active = Aktiv
series-status-cancelled = Abgesagt
target-group-administration = Verwaltungsmitarbeitende
target-group-volunteers = Ehrenamtliche
target-group-newcomers = Neuzugewanderte
target-group-trainers = Trainer*innen
target-group-apprentices = Auszubildende
target-group-multipliers = Multiplikator*innen

## Catalogue
catalogue-title = Fortbildungen
catalogue-filter-label = Fortbildungen filtern
catalogue-filter-group = Zielgruppe
catalogue-filter-month = Monat
catalogue-filter-language = Sprache
catalogue-count = { $count ->
    [one] { $count } Fortbildung
   *[other] { $count } Fortbildungen
}
catalogue-empty = Keine Fortbildung passt zu diesen Filtern.
catalogue-modules = { $count ->
    [one] { $count } Modul
   *[other] { $count } Module
}
catalogue-full = Ausgebucht – Warteliste
catalogue-back = Zurück zu den Fortbildungen

## Staff: series
series-heading = Fortbildungsreihen
series-org-title = Fortbildungsreihen von { $org }
series-org-empty = Noch keine Fortbildungsreihe. Legen Sie die erste an.
series-new-title = Neue Fortbildungsreihe
series-edit-title = { $title } bearbeiten
series-edit-link = Einstellungen und Texte
series-copy-link = Für den nächsten Jahrgang kopieren
series-public-link = Öffentliche Seite
series-manage-link = Reihe verwalten
series-texts-heading = Titel und Beschreibung
series-texts-hint = Deutsch ist Pflicht. Die anderen Sprachen sind freiwillig; wo sie fehlen, wird der deutsche Text gezeigt.
series-field-title = Titel
series-field-summary = Beschreibung
series-settings-heading = Art und Zielgruppen
series-field-kind = Art
series-field-visibility = Sichtbarkeit
series-field-visibility-hint = Reihen „nur mit Einladungslink“ erscheinen nicht im Katalog.
series-field-target-groups = Zielgruppen
series-field-languages = Unterrichtssprachen
series-registration-heading = Anmeldung
series-field-capacity = Plätze
series-field-capacity-hint = Wer sich anmeldet, wenn alle Plätze vergeben sind, kommt auf die Warteliste.
series-field-deadline = Anmeldeschluss
series-field-deadline-hint = Anmeldungen sind bis zum Ende dieses Tages möglich.
series-field-manual-approval = Anmeldungen selbst bestätigen
series-field-manual-approval-hint = Neue Anmeldungen warten auf Ihre Freigabe, bevor sie einen Platz bekommen.
series-rule-heading = Abschluss
series-rule-hint = Wann jemand die Reihe abgeschlossen hat. Ohne Angabe: alle Module besucht.
series-field-min-modules = Mindestens so viele Module
series-field-all-mandatory = Alle Pflichtmodule besucht
series-field-min-hours = Mindestens so viele Unterrichtsstunden
series-dates = Zeitraum
series-no-modules = Noch keine Module
series-seats = Plätze
series-seats-taken = { $count ->
    [one] { $count } Platz vergeben
   *[other] { $count } Plätze vergeben
}
series-seats-left = Freie Plätze
series-waiting = Warteliste
series-pending = Warten auf Freigabe
series-waiting-list-open = Anmeldung auf die Warteliste möglich
series-invite-link = Einladungslink
series-organiser = Veranstalter
series-copy-title = { $title } kopieren
series-copy-intro = Die Kopie übernimmt Texte, Einstellungen und alle Module (ohne Anmeldungen). Die Module werden um so viele Tage verschoben, dass das erste am gewählten Tag beginnt.
series-copy-first = Das erste Modul beginnt bisher am { $date }.
series-copy-field-starts = Erster Tag des neuen Jahrgangs
series-copy-field-starts-hint = Die Uhrzeiten bleiben gleich.
series-copy-submit = Kopie anlegen
flash-series-created = Die Fortbildungsreihe ist angelegt. Fügen Sie jetzt die Module hinzu.
flash-series-copied = Die Kopie ist angelegt. Prüfen Sie Titel und Termine.

## Staff: modules
modules-heading = Module
modules-empty = Noch keine Module.
module-new-title = Modul hinzufügen
module-edit-title = Modul bearbeiten
module-field-title = Titel
module-field-topics = Themen
module-field-topics-hint = Ein Thema pro Zeile.
module-field-starts = Beginn
module-field-ends = Ende
module-field-time-hint = Datum und Uhrzeit (deutsche Zeit).
module-field-venue = Ort
module-field-venue-hint = Adresse des Veranstaltungsorts. Leer lassen, wenn das Modul nur online stattfindet.
module-field-access = Barrierefreiheit des Ortes
module-field-access-hint = Zum Beispiel: stufenloser Zugang, rollstuhlgerechtes WC, Induktionsschleife.
module-field-online = Online-Link
module-field-online-hint = Nur https-Links. Teilnehmende sehen ihn nach der Anmeldung.
module-field-hours = Unterrichtsstunden
module-field-hours-hint = Zählt für die Abschlussregel und die Bescheinigung.
module-field-mandatory = Pflichtmodul
module-when = Termin
module-hours = { $count ->
    [one] { $count } Unterrichtsstunde
   *[other] { $count } Unterrichtsstunden
}
module-mandatory = Pflichtmodul
module-cancelled = Abgesagt
module-past = Vorbei
series-cta-seats =
    { $count ->
        [one] Noch 1 Platz frei
       *[other] Noch { $count } Plätze frei
    }
series-cta-waiting-list = Alle Plätze sind vergeben – Sie kommen auf die Warteliste
series-cta-deadline = Anmeldeschluss { $date }
series-cta-register = Jetzt anmelden
series-begun-reachable = Die Reihe hat schon begonnen: { $past } von { $total } Modulen haben stattgefunden. Wenn Sie jetzt einsteigen und an allen weiteren Modulen teilnehmen, können Sie das Zertifikat noch erreichen.
series-begun-unreachable = Die Reihe hat schon begonnen: { $past } von { $total } Modulen haben stattgefunden. Sie können an den weiteren Modulen teilnehmen, ein Zertifikat dieser Reihe ist für neu Hinzukommende aber nicht mehr erreichbar.
module-online = Online
module-cancel-link = Absagen
module-cancel-title = Modul „{ $title }“ absagen
module-cancel-warning = { $count ->
    [0] Für diese Reihe ist noch niemand angemeldet.
    [one] { $count } angemeldete Person wird per E-Mail über die Absage informiert.
   *[other] { $count } angemeldete Personen werden per E-Mail über die Absage informiert.
}
module-cancel-submit = Modul absagen
flash-module-added = Das Modul ist hinzugefügt.
flash-module-cancelled = Das Modul ist abgesagt; die Angemeldeten werden informiert.

## Registration
register-heading = Anmeldung
register-closed = Für diese Reihe ist keine Anmeldung mehr möglich.
register-full-hint = Alle Plätze sind vergeben. Wenn Sie sich jetzt anmelden, kommen Sie auf die Warteliste und rücken automatisch nach, sobald ein Platz frei wird.
register-email-hint = Sie bekommen eine E-Mail mit einem Link, um die Anmeldung zu bestätigen.
register-field-affiliation = Organisation oder Behörde
register-field-target-group = Ich nehme teil als
register-field-consent = Ich habe die Datenschutzhinweise gelesen und bin einverstanden, dass meine Angaben für diese Fortbildung verarbeitet werden.
register-submit = Anmelden
figures-heading = Freiwillige Angaben für die Statistik
figures-hint = Diese Angaben sind freiwillig und anonym: Sie werden nur gezählt und nicht mit Ihrem Namen gespeichert. Die Förderer der Fortbildung erhalten nur die Summen.
figures-no-answer = Keine Angabe
figures-age-label = Alter
figures-age-under_27 = unter 27 Jahre
figures-age-27_49 = 27 bis 49 Jahre
figures-age-50_plus = 50 Jahre und älter
figures-migration-label = Einwanderungsgeschichte
figures-migration-own = selbst eingewandert
figures-migration-parents = mindestens ein Elternteil eingewandert
figures-migration-none = keine
error-registration-closed = Die Anmeldung für diese Reihe ist geschlossen.
error-already-registered = Diese E-Mail-Adresse ist für diese Reihe schon angemeldet. Ihren persönlichen Link finden Sie in der Bestätigungs-E-Mail.
error-rate-limited = Zu viele Anmeldungen von diesem Anschluss. Bitte versuchen Sie es in einer Stunde erneut.
registration-check-mail-title = Bitte bestätigen Sie Ihre Anmeldung
registration-check-mail-body = Wir haben Ihnen eine E-Mail geschickt. Öffnen Sie den Link darin innerhalb von { $hours } Stunden, um die Anmeldung zu bestätigen. Erst dann ist sie gültig.
registration-title = Ihre Anmeldung: { $title }
registration-status = Stand
registration-status-unconfirmed = Noch nicht bestätigt
registration-status-pending = Bestätigt, wartet auf Freigabe durch die Veranstalter
registration-status-confirmed = Platz sicher
registration-status-waiting = Auf der Warteliste
registration-status-cancelled = Abgemeldet
registration-confirm-hint = Bitte bestätigen Sie, dass Sie sich anmelden möchten.
registration-confirm-submit = Anmeldung bestätigen
registration-expired = Dieser Bestätigungslink ist abgelaufen. Bitte melden Sie sich erneut an.
registration-again = Erneut anmelden
registration-cancel-link = Von dieser Fortbildung abmelden
registration-cancel-warning = Möchten Sie sich wirklich abmelden? Ihr Platz geht an die nächste Person auf der Warteliste.
registration-cancel-submit = Ja, abmelden
registration-series-link = Zur Seite der Fortbildung
flash-registered = Sie sind angemeldet.
flash-registration-confirmed = Danke! Ihr Platz ist sicher.
flash-registration-waiting = Danke! Sie stehen auf der Warteliste und rücken automatisch nach.
flash-registration-pending = Danke! Die Veranstalter prüfen Ihre Anmeldung und melden sich.
flash-registration-cancelled = Sie sind abgemeldet.

## Staff: participants
participants-link = Teilnehmende
participants-title = Teilnehmende: { $title }
participants-empty = Noch keine Anmeldungen.
participants-approve = Freigeben
participants-cancel = Abmelden
participants-add-heading = Person von Hand anmelden
participants-add-submit = Anmelden
flash-participant-added = Die Person ist angemeldet und bekommt eine E-Mail.
flash-participant-approved = Die Anmeldung ist freigegeben.
flash-participant-cancelled = Die Person ist abgemeldet.

## Mails
mail-registration-confirm-subject = Bitte bestätigen: Anmeldung zu { $series }
mail-registration-confirm-body =
    Guten Tag { $name },

    Sie haben sich zu „{ $series }“ angemeldet. Bitte bestätigen Sie die Anmeldung innerhalb von { $hours } Stunden mit diesem Link:
    { $link }

    Über denselben Link sehen Sie später den Stand Ihrer Anmeldung und können sich abmelden.
    Wenn Sie sich nicht angemeldet haben, ignorieren Sie diese E-Mail; dann wird nichts gespeichert.
mail-registration-confirmed-subject = Ihr Platz ist sicher: { $series }
mail-registration-confirmed-body =
    Guten Tag { $name },

    Ihr Platz bei „{ $series }“ ist sicher. Termine, Orte und Abmeldung finden Sie hier:
    { $link }
mail-registration-waiting-subject = Warteliste: { $series }
mail-registration-waiting-body =
    Guten Tag { $name },

    alle Plätze bei „{ $series }“ sind vergeben. Sie stehen auf der Warteliste und rücken automatisch nach, sobald jemand absagt; wir schreiben Ihnen dann.
    Stand und Abmeldung:
    { $link }
mail-registration-pending-subject = Anmeldung eingegangen: { $series }
mail-registration-pending-body =
    Guten Tag { $name },

    Ihre Anmeldung zu „{ $series }“ ist eingegangen. Die Veranstalter prüfen sie und melden sich bei Ihnen.
    Stand und Abmeldung:
    { $link }
mail-registration-moved-up-subject = Ein Platz ist frei geworden: { $series }
mail-registration-moved-up-body =
    Guten Tag { $name },

    gute Nachricht: Bei „{ $series }“ ist ein Platz frei geworden, und Sie sind von der Warteliste nachgerückt. Ihr Platz ist sicher.
    Wenn Sie nicht mehr teilnehmen können, melden Sie sich bitte hier ab, damit der Platz weitergegeben wird:
    { $link }
mail-registration-cancelled-subject = Abmeldung bestätigt: { $series }
mail-registration-cancelled-body =
    Guten Tag { $name },

    Sie sind von „{ $series }“ abgemeldet.
    { $link }
mail-registration-again-subject = Sie sind bereits angemeldet: { $series }
mail-registration-again-body =
    Guten Tag { $name },

    jemand hat diese E-Mail-Adresse eben noch einmal für „{ $series }“ angemeldet. Sie sind dort bereits angemeldet; eine zweite Anmeldung gibt es nicht.
    Ihre Anmeldung, mit Stand, Abmeldung und Kalender, finden Sie hier:
    { $link }

    Waren Sie das nicht, können Sie diese E-Mail einfach löschen.
mail-module-cancelled-subject = Abgesagt: { $module } ({ $series })
mail-module-cancelled-body =
    Guten Tag { $name },

    das Modul „{ $module }“ der Reihe „{ $series }“ am { $when } muss leider ausfallen.
    Ihre Anmeldung zur Reihe bleibt bestehen. Stand und Termine:
    { $link }

speaker-former = ehemalige Referent*in
registration-data-heading = Ihre Daten
registration-data-download = Meine Daten herunterladen (JSON)
registration-data-delete = Meine Daten löschen
delete-data-title = Meine Daten löschen
delete-data-warning = Ihr Name, Ihre E-Mail-Adresse und Ihre Angaben zu dieser Anmeldung werden gelöscht, die Anmeldung wird storniert, und dieser persönliche Link funktioniert danach nicht mehr. Das kann nicht rückgängig gemacht werden.
delete-data-others = Mit dieser E-Mail-Adresse bestehen noch { $count } weitere Anmeldungen; sie werden ebenso gelöscht.
delete-data-kept = Es bleiben nur anonyme Zahlen für die Statistik der Reihe. Eine ausgestellte Bescheinigung bleibt ohne Ihren Namen prüfbar; die PDF-Datei kann danach nicht mehr erstellt werden – laden Sie sie vorher herunter.
delete-data-submit = Ja, meine Daten löschen
flash-data-deleted = Ihre Daten sind gelöscht.
verify-name-not-kept = nicht gespeichert (die Person hat ihre Daten gelöscht)
verify-name-heading = Namen prüfen
verify-name = Name auf der Bescheinigung
verify-name-hint = So wie er auf der Bescheinigung steht. Wir sagen nur, ob er übereinstimmt.
verify-name-submit = Namen prüfen
verify-name-matches = Der Name stimmt mit der Bescheinigung überein.
verify-name-differs = Der Name stimmt nicht mit der Bescheinigung überein.
verify-name-limited = Zu viele Versuche. Bitte versuchen Sie es in einer Stunde wieder.

# Unterschrift und Förderhinweis auf den Bescheinigungen
series-signing-heading = Bescheinigung
series-signing-hint = Was auf den Bescheinigungen dieser Reihe unter der Unterschriftslinie und am Fuß steht. Ohne Angabe steht dort der Name der Organisation.
series-field-signatory-name = Wer unterschreibt
series-field-signatory-name-hint = Name, wie er unter der Unterschriftslinie stehen soll, z. B. „Dr. Petra Schulz“. Eine Zeile, höchstens 120 Zeichen.
series-field-signatory-role = Funktion
series-field-signatory-role-hint = Steht unter dem Namen, z. B. „Projektleitung“. Eine Zeile, höchstens 120 Zeichen.
series-field-funding-notice = Förderhinweis
series-field-funding-notice-hint = Steht klein am Fuß jeder Bescheinigung, z. B. „Gefördert durch das Land Sachsen-Anhalt“. Höchstens 400 Zeichen.
error-funding-notice-too-long = Der Förderhinweis passt so nicht vollständig auf die Bescheinigung: Dort ist Platz für höchstens 8 Zeilen in kleiner Schrift. Bitte kürzen Sie ihn.
