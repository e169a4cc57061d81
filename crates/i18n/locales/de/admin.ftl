admin-users-title = Konten
admin-users-search = Konten durchsuchen
admin-users-count = { $count ->
    [one] Ein Konto
   *[other] { $count } Konten
}
admin-users-since = Angelegt
admin-users-platform-admin = Plattform-Administration
admin-users-grant-admin = { $name } zur Plattform-Administration machen
admin-users-revoke-admin = { $name } die Plattform-Administration entziehen
admin-invite-org = Organisation
admin-invite-no-org = Keine Organisation
admin-org-new-title = Neue Organisation
admin-org-create = Organisation anlegen
flash-org-created = Die Organisation ist angelegt. Laden Sie jetzt ihre erste Administratorin oder ihren ersten Administrator ein.
admin-audit-title = Änderungsprotokoll
admin-audit-filter = Protokoll filtern
admin-audit-count = { $count ->
    [one] Ein Eintrag
   *[other] { $count } Einträge
}
admin-audit-when = Zeitpunkt
admin-audit-who = Wer
admin-audit-action = Aktion
admin-audit-object = Objekt
admin-audit-org = Organisation
admin-audit-detail = Einzelheiten
admin-audit-actor-id = Person (Nummer)
admin-audit-org-id = Organisation (Nummer)
admin-audit-system = System
admin-outbox-title = Postausgang
admin-mail-title = E-Mail
admin-outbox-no-smtp = Es ist kein SMTP-Server eingerichtet. E-Mails werden nicht verschickt, sondern hier gesammelt.
admin-outbox-empty = Der Postausgang ist leer.
admin-outbox-count = { $count ->
    [one] Eine E-Mail
   *[other] { $count } E-Mails
}
admin-outbox-created = Erstellt
admin-outbox-to = An
admin-outbox-subject = Betreff
admin-outbox-status = Status
admin-outbox-language = Sprache
admin-outbox-back = Zurück zum Postausgang
admin-outbox-status-pending = wartet
admin-outbox-status-sent = verschickt
admin-outbox-status-failed = fehlgeschlagen
admin-barriers-title = Gemeldete Barrieren
admin-barriers-empty = Es wurden keine Barrieren gemeldet.
admin-barriers-done = Als erledigt markieren
admin-barriers-reopen = Wieder öffnen
admin-barriers-status-open = offen
admin-barriers-status-done = erledigt
admin-texts-title = Rechtstexte
admin-texts-lead = Diese Texte stehen im Fußbereich jeder Seite. Deutsch ist Pflicht; fehlt eine Übersetzung, erscheint der deutsche Text.
admin-texts-language = Sprache
admin-texts-switch = Sprache wechseln
admin-texts-body = Text
admin-texts-body-hint = Leerzeilen trennen Absätze. Ein leerer Text stellt den mitgelieferten Standardtext wieder her.
admin-orgs-title = Organisationen
admin-orgs-members-of = Mitglieder von { $org }
admin-mail-hidden = Betreff und Text von E-Mails sind persönliche Inhalte und werden hier nicht angezeigt.

# the outbox shows the kind of a mail, not its text
admin-mail-not-kept = Der Text einer E-Mail wird nach dem Versand nicht aufbewahrt.
admin-outbox-text-shown = Diese Instanz zeigt Betreff und Text der E-Mails, weil kein SMTP-Server eingerichtet ist und die Einstellung show_mail_text_in_outbox es erlaubt (nur für Demo- und Testinstanzen).
admin-outbox-text-hidden = Hier stehen Empfänger, Art und Stand jeder E-Mail. Betreff und Text sind persönliche Inhalte und werden nicht angezeigt.
admin-outbox-kind = Art
admin-outbox-kind-invitation = Einladung (neues Konto)
admin-outbox-kind-invitation-existing = Einladung (bestehendes Konto)
admin-outbox-kind-reset = Passwort zurücksetzen
admin-outbox-kind-registration-confirm = Anmeldung bestätigen
admin-outbox-kind-registration-confirmed = Anmeldung bestätigt
admin-outbox-kind-registration-waiting = Warteliste
admin-outbox-kind-registration-pending = Anmeldung wartet auf Freigabe
admin-outbox-kind-registration-moved-up = Von der Warteliste nachgerückt
admin-outbox-kind-registration-again = Erneute Anmeldung derselben Adresse
admin-outbox-kind-registration-cancelled = Anmeldung storniert
admin-outbox-kind-certificate-issued = Zertifikat ausgestellt
admin-outbox-kind-speaker-request = Anfrage an Referent*in
admin-outbox-kind-speaker-reminder = Erinnerung an Referent*in
admin-outbox-kind-speaker-confirmed = Referent*in hat zugesagt
admin-outbox-kind-speaker-declined = Referent*in hat abgesagt
admin-outbox-kind-module-cancelled = Modul abgesagt
admin-outbox-kind-module-reminder = Erinnerung an ein Modul
admin-outbox-kind-feedback-invite = Bitte um Rückmeldung
admin-outbox-kind-space-invitation = Einladung in einen Raum
admin-outbox-kind-space-invitation-org = Einladung einer Organisation in einen Raum
admin-outbox-kind-space-request-new = Neue Beitrittsanfrage
admin-outbox-kind-space-request-accepted = Beitrittsanfrage angenommen
admin-outbox-kind-space-request-declined = Beitrittsanfrage abgelehnt
admin-outbox-kind-space-post = Neuer Beitrag
admin-outbox-kind-space-digest = Tägliche Zusammenfassung
