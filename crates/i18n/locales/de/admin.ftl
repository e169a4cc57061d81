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
admin-audit-when = Zeitpunkt (UTC)
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
admin-outbox-created = Erstellt (UTC)
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
admin-mail-hidden = Diese E-Mail enthält einen persönlichen Link zum Zurücksetzen des Passworts. Da E-Mails über SMTP verschickt werden, wird ihr Text hier nicht angezeigt.
