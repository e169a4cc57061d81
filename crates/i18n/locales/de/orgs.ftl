orgs-title = Organisationen
orgs-filter-label = Organisationen filtern
orgs-search = Name enthält
orgs-kind = Art
orgs-region = Region
orgs-website = Website
orgs-filter-submit = Anzeigen
orgs-empty = Keine Organisation passt zu diesen Angaben. Ändern Sie die Suche oder die Filter.
orgs-count = { $count ->
    [one] Eine Organisation gefunden
   *[other] { $count } Organisationen gefunden
}
orgs-member-count = { $count ->
    [one] Ein Mitglied
   *[other] { $count } Mitglieder
}
org-kind-programme-provider = Programmträger
org-kind-administration = Verwaltung
org-kind-coordination-office = Koordinierungsstelle für Integration
org-kind-education = Bildungseinrichtung
org-kind-migrant-organisation = Migrantenorganisation
org-kind-association = Verein oder Verband
role-admin = Administration
role-member = Mitglied
org-edit-link = Angaben bearbeiten
org-edit-title = { $org } bearbeiten
org-field-name = Name der Organisation
org-field-region-hint = Bundesland, oder in Sachsen-Anhalt der Landkreis oder die kreisfreie Stadt.
org-field-description = Beschreibung
org-field-website-hint = Zum Beispiel https://www.beispiel.de
flash-org-saved = Die Angaben der Organisation sind gespeichert.
members-title = Mitglieder von { $org }
members-heading = Mitglieder
members-role = Rolle
members-actions = Aktionen
members-make-admin = { $name } zur Administration machen
members-make-member = { $name } zum Mitglied machen
members-remove = { $name } entfernen
members-open-invitations = Offene Einladungen
members-no-invitations = Keine offenen Einladungen. Laden Sie unten jemanden ein.
members-revoke = Einladung an { $email } zurückziehen
members-invite = Jemanden einladen
members-invite-language = Sprache der Einladung
members-invite-language-hint = In dieser Sprache wird die E-Mail geschrieben.
members-invite-submit = Einladung senden
error-already-member = Diese Person ist bereits Mitglied.
error-last-admin = Eine Organisation braucht mindestens eine Administratorin oder einen Administrator.
flash-invitation-sent = Die Einladung ist verschickt.
flash-member-removed = Das Mitglied ist entfernt.
flash-role-changed = Die Rolle ist geändert.
flash-invitation-revoked = Die Einladung ist zurückgezogen.
error-already-invited = Diese Person ist bereits eingeladen. Ziehen Sie die offene Einladung zurück, um eine neue zu senden.
error-org-exists = Eine Organisation mit diesem Namen gibt es bereits.
members-invite-lead = Die Person erhält eine E-Mail mit einem Link, der 7 Tage gültig ist. Wer schon ein Konto hat, loggt sich ein und nimmt die Einladung damit an.

# Logo der Organisation
org-logo-heading = Logo
org-logo-hint = PNG oder JPEG, höchstens 1 MB und höchstens 4000 × 4000 Pixel. Es steht oben auf den Bescheinigungen Ihrer Reihen und auf der Seite der Organisation.
org-logo-field = Logo-Datei
org-logo-upload = Logo hochladen
org-logo-current = Aktuelles Logo
org-logo-alt = Logo von { $org }
org-logo-none = Noch kein Logo.
org-logo-remove = Logo entfernen
flash-org-logo-saved = Das Logo ist gespeichert.
flash-org-logo-removed = Das Logo ist entfernt.
error-logo-type = Diese Datei ist kein lesbares PNG- oder JPEG-Bild. Bitte wählen Sie eine PNG- oder JPEG-Datei.
error-logo-too-large = Die Datei ist größer als 1 MB.
error-logo-dimensions = Das Bild muss zwischen 16 und 4000 Pixel breit und hoch sein.
error-logo-incomplete = Die Bilddatei ist unvollständig: Sie enthält weniger Bilddaten, als ihre angegebene Größe braucht. Bitte speichern Sie das Bild neu (z. B. als PNG) und laden Sie es noch einmal hoch.
