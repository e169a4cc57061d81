# Network spaces: protected places for networks, steering groups and working groups; discussions.

nav-spaces = Räume

## The list of spaces (/spaces)
spaces-title = Räume
spaces-lead = Geschützte Räume für Netzwerke, Steuerungsgruppen und Arbeitsgruppen: Hier besprechen die Mitglieder ihre Themen zwischen den Treffen. Nur Mitglieder eines Raums lesen, was darin steht.
spaces-new-title = Neuer Raum
spaces-edit-title = Raum bearbeiten
spaces-mine = Meine Räume
spaces-mine-empty = Sie gehören noch zu keinem Raum. Ein Raum nimmt Sie oder Ihre Organisation auf, wenn Sie eine Einladung seiner Verwaltung annehmen oder sie Ihre Anfrage annimmt.
spaces-listed = Weitere Räume
spaces-listed-hint = Diese Räume zeigen ihren Namen allen Angemeldeten. Ihre Inhalte sehen nur Mitglieder; Sie können um Aufnahme bitten.
space-kind-network = Netzwerk
space-kind-steering = Steuerungsgruppe
space-kind-working = Arbeitsgruppe
space-member-count = { $count ->
    [one] { $count } Mitglied
   *[other] { $count } Mitglieder
}
space-new-posts = { $count ->
    [one] { $count } neuer Beitrag
   *[other] { $count } neue Beiträge
}
space-requested = Aufnahme angefragt

## The space form
space-field-name = Name des Raums
space-field-kind = Art des Raums
space-field-description = Worum es in diesem Raum geht
space-field-listed = Den Namen allen Angemeldeten zeigen
space-field-listed-hint = Dann können andere um Aufnahme bitten. Die Inhalte bleiben in jedem Fall nur für Mitglieder sichtbar.
flash-space-created = Der Raum ist angelegt. Fügen Sie jetzt Mitglieder hinzu.

## A space's home
space-your-role = Ihre Rolle
space-role-admin = Verwaltung
space-role-member = Mitglied
space-role-reader = Nur lesen
space-members-link = Mitglieder
space-open-requests = { $count ->
    [one] { $count } offene Anfrage
   *[other] { $count } offene Anfragen
}
space-news-heading = Neu seit Ihrem letzten Besuch
space-news-first = Willkommen! Dies ist Ihr erster Besuch in diesem Raum.
space-news-nothing = Seit Ihrem letzten Besuch ist nichts Neues hinzugekommen.
space-news-since = Seit Ihrem letzten Besuch am
space-news-threads = { $count ->
    [one] { $count } neues Thema
   *[other] { $count } neue Themen
}
space-news-posts = { $count ->
    [one] { $count } neuer Beitrag
   *[other] { $count } neue Beiträge
}
space-news-members = { $count ->
    [one] { $count } neues Mitglied
   *[other] { $count } neue Mitglieder
}
space-threads-heading = Themen
space-threads-empty = Noch gibt es hier kein Thema. Beginnen Sie das erste.
thread-unread = { $count ->
    [one] { $count } ungelesen
   *[other] { $count } ungelesen
}
thread-posts = { $count ->
    [one] { $count } Beitrag
   *[other] { $count } Beiträge
}
thread-last-post = zuletzt am

## Asking to join a listed space
space-request-heading = Um Aufnahme bitten
space-request-lead = Die Verwaltung des Raums erhält Ihre Anfrage und entscheidet darüber. Sie bekommen eine E-Mail mit der Antwort.
space-field-message = Nachricht an die Verwaltung
space-request-submit = Anfrage senden
space-requested-text = Sie haben um Aufnahme gebeten. Die Verwaltung des Raums entscheidet darüber; Sie erhalten eine E-Mail.
flash-space-requested = Ihre Anfrage ist gesendet.

## Members (/spaces/{id}/members)
space-members-title = Mitglieder von { $space }
space-member-kind = Art
space-member-org = Organisation (alle ihre Personen)
space-member-person = Person
space-role-of = Rolle von { $name }
space-role-change = Rolle ändern
space-remove = Entfernen
space-requests-heading = Anfragen
space-requests-empty = Keine offenen Anfragen.
space-request-accept = Aufnehmen
space-request-decline = Ablehnen
space-field-org = Name der Organisation
space-field-org-hint = Genau wie im Verzeichnis der Organisationen.
flash-space-own-org-added = Ihre Organisation gehört jetzt zum Raum.
flash-space-member-removed = Aus dem Raum entfernt.
flash-space-request-accepted = Aufgenommen. Die Person erhält eine E-Mail.
flash-space-request-declined = Abgelehnt. Die Person erhält eine E-Mail.
error-space-no-such-org = Eine Organisation mit diesem Namen gibt es nicht. Prüfen Sie die Schreibweise im Verzeichnis.
error-space-already-member = Gehört schon zu diesem Raum.
error-space-last-admin = Ein Raum braucht mindestens eine Verwaltung. Geben Sie zuerst jemand anderem diese Rolle.

## Threads and posts
thread-new-title = Neues Thema
thread-field-title = Titel
post-field-body = Text
post-field-body-hint = Sie können Markdown verwenden: **fett**, *kursiv*, [Linktext](https://…), Listen mit „-“. Bilder und HTML werden nicht angezeigt.
thread-submit = Thema beginnen
flash-thread-created = Das Thema ist eröffnet.
thread-reply-heading = Antworten
thread-reply-submit = Antwort senden
post-new = Neu
post-edited = bearbeitet am
post-edit = Bearbeiten
post-by = Beitrag von { $name }
post-edit-title = Beitrag bearbeiten
post-current-heading = So lautet der Beitrag jetzt
post-history-title = Frühere Fassungen
post-history-now = Aktuelle Fassung
post-history-until = Fassung bis

## E-mails
mail-space-request-new-subject = Anfrage für den Raum „{ $space }“
mail-space-request-new-body =
    { $who } bittet um Aufnahme in den Raum „{ $space }“.

    Anfrage ansehen und entscheiden: { $link }
mail-space-request-accepted-subject = Willkommen im Raum „{ $space }“
mail-space-request-accepted-body =
    Ihre Anfrage ist angenommen: Sie gehören jetzt zum Raum „{ $space }“.

    Zum Raum: { $link }
mail-space-request-declined-subject = Ihre Anfrage für den Raum „{ $space }“
mail-space-request-declined-body =
    Ihre Anfrage für den Raum „{ $space }“ wurde leider nicht angenommen. Bei Fragen wenden Sie sich an { $who }.

## Following threads and notifications
thread-follow = Thema folgen
thread-unfollow = Nicht mehr folgen
thread-following = Sie folgen diesem Thema und erfahren von neuen Beiträgen.
flash-thread-followed = Sie folgen dem Thema jetzt.
flash-thread-unfollowed = Sie folgen dem Thema nicht mehr.
notify-heading = Benachrichtigungen
notify-legend = Wenn in einem Thema, dem Sie folgen, jemand schreibt:
notify-mode-immediate = sofort eine E-Mail
notify-mode-digest = einmal am Tag eine Zusammenfassung
notify-mode-off = keine E-Mail
notify-submit = Auswahl speichern
mail-space-post-subject = Neue Antwort: { $thread }
mail-space-post-body =
    { $who } hat im Raum „{ $space }“ zum Thema „{ $thread }“ geschrieben:

    { $excerpt }

    Zum Beitrag: { $link }

    Benachrichtigungen ändern: { $settings }
mail-space-digest-subject = { $count ->
    [one] Ein neuer Beitrag in Ihren Räumen
   *[other] { $count } neue Beiträge in Ihren Räumen
}
mail-space-digest-line = { $space } – { $thread } ({ $who }): { $link }
mail-space-digest-body =
    Neu in den Themen, denen Sie folgen:

    { $lines }

    Benachrichtigungen ändern: { $settings }

## Invitations to a space
spaces-invitations = Einladungen
spaces-invitation-for-you = Sie sind eingeladen.
spaces-invitation-for-org = Ihre Organisation { $org } ist eingeladen. Als ihre Verwaltung nehmen Sie an oder lehnen ab.
spaces-invitation-from = Von { $who }
space-invitation-valid-until = Gültig bis
space-invitation-accept = Annehmen
space-invitation-decline = Ablehnen
space-invitations-heading = Offene Einladungen
space-invitations-empty = Keine offenen Einladungen.
space-invitations-caption = Eingeladen, noch nicht angenommen
space-invited = Eingeladen
space-invitation-pending = offen
space-invitation-revoke = Zurückziehen
space-invite-org-heading = Organisation einladen
space-invite-org-lead = Die Verwaltung der Organisation erhält eine E-Mail und nimmt an oder lehnt ab. Erst dann gehören alle Personen der Organisation zum Raum, auch wer später dazukommt.
space-invite-person-heading = Person einladen
space-invite-person-lead = Die Person erhält eine E-Mail mit einem Link und nimmt an oder lehnt ab. Erst dann gehört sie zum Raum.
space-invite-submit = Einladen
flash-space-invited = Die Einladung ist verschickt. Sie steht unter „Offene Einladungen“, bis sie beantwortet ist.
flash-space-invitation-revoked = Die Einladung ist zurückgezogen.
flash-space-invitation-accepted = Angenommen. Willkommen im Raum!
flash-space-invitation-declined = Abgelehnt. Sie erhalten dazu keine weiteren E-Mails.
error-space-invitation-pending = Dafür gibt es schon eine offene Einladung in diesen Raum.
error-space-invitation-declined = Diese Einladung wurde vor Kurzem abgelehnt. Eine neue ist erst 30 Tage nach der Ablehnung möglich.
error-space-invitation-limit = Für diesen Raum wurden heute schon 30 Einladungen verschickt. Versuchen Sie es morgen wieder.
error-space-invitation-invitee-limit = Diese Adresse oder Organisation hat heute schon mehrere Einladungen in Räume bekommen. Bitte laden Sie sie morgen ein.
space-invitation-title = Einladung in einen Raum
space-invitation-lead = { $who } lädt Sie in den Raum „{ $space }“ ein, mit der Rolle „{ $role }“.
space-invitation-other-account = Sie sind mit einer anderen Adresse angemeldet. Annehmen kann nur, wer mit der Adresse angemeldet ist, an die die Einladung ging. Melden Sie sich ab und mit dieser Adresse an.
space-invitation-sign-in = Melden Sie sich mit der Adresse an, an die die Einladung ging. Danach nehmen Sie hier an oder lehnen ab.
space-invitation-no-account = Für einen Raum brauchen Sie zuerst ein Konto in ikoe. Konten entstehen durch die Einladung der Verwaltung einer Organisation; fragen Sie dort nach.
space-invitation-stays-open = Die Einladung bleibt bis zu ihrem Ablauf offen, am
space-invitation-have-account = Sie haben doch ein Konto? Einloggen
space-invitation-not-for-me-heading = Nicht für Sie?
space-invitation-not-for-me-text = Lehnen Sie ab, dann wird die Einladung beendet. Dafür brauchen Sie kein Konto.
space-invitation-not-for-me = Das ist nicht für mich – ablehnen
space-invitation-was-accepted = Diese Einladung ist schon angenommen.
space-invitation-was-declined = Diese Einladung wurde abgelehnt.
space-invitation-was-revoked = Diese Einladung wurde zurückgezogen.
space-invitation-was-expired = Diese Einladung ist abgelaufen. Bitten Sie die Person, die Sie eingeladen hat, um eine neue.
space-invitation-unknown = Diese Einladung gibt es nicht oder nicht mehr. Prüfen Sie, ob der Link vollständig ist.
mail-space-invitation-subject = Einladung in einen Raum in ikoe
mail-space-invitation-body =
    { $who } lädt Sie in den Raum „{ $space }“ in ikoe ein, mit der Rolle „{ $role }“.

    Annehmen oder ablehnen: { $link }

    Die Einladung gilt { $days } Tage. Erst wenn Sie annehmen, gehören Sie zum Raum. Ist sie nicht für Sie, lehnen Sie über den Link ab oder ignorieren diese E-Mail.
mail-space-invitation-org-subject = Einladung Ihrer Organisation in einen Raum in ikoe
mail-space-invitation-org-body =
    { $who } lädt Ihre Organisation { $org } in den Raum „{ $space }“ in ikoe ein, mit der Rolle „{ $role }“.

    Als Verwaltung der Organisation nehmen Sie an oder lehnen ab: { $link }

    Die Einladung gilt { $days } Tage. Erst wenn Sie annehmen, gehören die Personen Ihrer Organisation zum Raum.
