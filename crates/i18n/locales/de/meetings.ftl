# The Ideenwerkstatt: host rotation, meetings, topics, agenda, sessions.
meetings-title = Ideenwerkstatt
meetings-lead = Das regelmäßige Treffen dieses Raums: Gastgeber, Themen, Ablauf und Anmeldung.
meetings-upcoming = Nächste Treffen
meetings-past = Frühere Treffen
meetings-none = Es ist noch kein Treffen geplant.
meeting-new-title = Treffen planen
meeting-host = Gastgeber
meeting-when = Wann
meeting-field-title = Titel
meeting-field-title-hint = Zum Beispiel „Ideenwerkstatt Frühjahr 2027“.
meeting-field-starts = Beginn
meeting-field-ends = Ende
meeting-field-venue = Ort
meeting-field-host-hint = Vorgeschlagen: { $name } – am längsten nicht Gastgeber.
meeting-field-swap = Grund für einen Tausch
meeting-field-swap-hint = Nötig, wenn eine andere Organisation als die vorgeschlagene einlädt. Der Tausch wird in der Liste der Gastgeber vermerkt.
meeting-field-votes = Stimmen je Person
meeting-field-votes-hint = So viele Themen kann jede Person unterstützen (1 bis 20).
meeting-field-capacity = Plätze
meeting-field-capacity-hint = Die Anmeldung nutzt die Anmeldung der Qualifizierungsreihen: mit Warteliste, Erinnerung, Anwesenheit und Kalenderdatei.
meeting-submit = Treffen anlegen
meeting-series-summary = Das halbjährliche Treffen des Raums „{ $space }“.
meeting-register = Zur Anmeldung
meeting-registered = Sie sind angemeldet.
meeting-registration-details = Ihre Anmeldung
flash-meeting-created = Das Treffen ist angelegt. Die Anmeldung ist eröffnet.
error-meeting-host = Wählen Sie eine Gastgeber-Organisation aus den Mitgliedern des Raums.
error-meeting-swap-note = Sagen Sie kurz, warum nicht die vorgeschlagene Organisation einlädt.
hosts-heading = Gastgeber im Wechsel
hosts-lead = Die Mitgliedsorganisationen, die einladen würden: wie oft sie schon Gastgeber waren, wann zuletzt und welches geplante Treffen sie ausrichten.
hosts-proposed = Als Nächstes an der Reihe:
hosts-none-willing = Noch keine Organisation hat sich als Gastgeber bereit erklärt.
hosts-no-orgs = Dem Raum gehören noch keine Organisationen an.
hosts-col-org = Organisation
hosts-col-willing = Bereit
hosts-col-times = Mal Gastgeber
hosts-col-last = Zuletzt
hosts-col-change = Ändern
hosts-never = noch nie
hosts-set-willing = Als bereit eintragen
hosts-set-unwilling = Nicht mehr bereit
hosts-history = Bisherige Gastgeber
hosts-history-empty = Es hat noch kein Treffen stattgefunden.
hosts-swap = getauscht mit
hosts-planned = Geplante Treffen
hosts-col-planned = Richtet aus
hosts-not-planned = kein Treffen
hosts-proposed-after = Nach den geplanten Treffen an der Reihe:
topics-heading = Themen
topics-votes-left = { $count ->
    [0] Sie haben alle Stimmen vergeben.
    [one] Sie haben noch eine Stimme.
   *[other] Sie haben noch { $count } Stimmen.
}
topics-votes-each = { $count ->
    [one] Jede Person hat eine Stimme.
   *[other] Jede Person hat { $count } Stimmen.
}
topics-empty = Noch keine Themen. Schlagen Sie das erste vor.
topic-votes = { $count ->
    [0] noch keine Stimme
    [one] eine Stimme
   *[other] { $count } Stimmen
}
topic-in-agenda = im Ablauf
topic-vote = Unterstützen
topic-unvote = Stimme zurücknehmen
topic-to-agenda = In den Ablauf übernehmen
topic-propose-heading = Thema vorschlagen
topic-field-title = Thema
topic-field-description = Worum geht es?
topic-propose-submit = Vorschlagen
flash-topic-proposed = Ihr Thema ist vorgeschlagen.
flash-voted = Ihre Stimme ist gezählt.
flash-unvoted = Ihre Stimme ist zurückgenommen.
error-votes-used = Sie haben schon alle Stimmen vergeben. Nehmen Sie zuerst eine Stimme zurück.
error-voted-already = Sie unterstützen dieses Thema schon.
agenda-heading = Ablauf
agenda-empty = Der Ablauf steht noch nicht.
agenda-parallel-count = { $count ->
    [one] { $count } Programmpunkt
   *[other] { $count } Programmpunkte gleichzeitig
}
agenda-choose-hint = Wer angemeldet ist, wählt hier zwischen parallelen Workshops.
session-new-title = Programmpunkt hinzufügen
session-edit-title = Programmpunkt bearbeiten
session-field-title = Titel
session-field-format = Format
session-field-starts = Beginn
session-field-ends = Ende
session-field-room = Raum
session-field-track = Strang
session-field-track-hint = Parallele Programmpunkte laufen in verschiedenen Strängen, zum Beispiel „A“ und „B“.
session-field-capacity = Plätze
session-field-capacity-hint = Leer lassen, wenn alle teilnehmen können.
session-field-description = Beschreibung
session-world-cafe = World Café
session-field-tables = Tische
session-field-rounds = Runden
session-field-table-hosts = Gastgebende an den Tischen
session-field-names-hint = Namen durch Kommas getrennt.
session-case = Kollegiale Fallberatung
session-field-case-owner = Fallgeberin oder Fallgeber
session-field-moderator = Moderation
session-field-advisers = Beratende
session-delete = Programmpunkt löschen
session-format-talk = Vortrag
session-format-workshop = Workshop
session-format-world_cafe = World Café
session-format-case_consultation = Kollegiale Fallberatung
session-format-best_practice = Gute Praxis
session-format-plenary = Plenum
case-phases-heading = Phasen der Fallberatung
case-phase-casting = Rollen verteilen
case-phase-report = Fall schildern
case-phase-questions = Verständnisfragen
case-phase-hypotheses = Hypothesen bilden
case-phase-ideas = Lösungsideen sammeln
case-phase-closing = Abschluss durch die Fallgeberin oder den Fallgeber
session-seats = { $capacity ->
    [one] { $chosen } von 1 Platz gewählt
   *[other] { $chosen } von { $capacity } Plätzen gewählt
}
session-choose = Wählen
session-unchoose = Wahl zurücknehmen
session-full = Ausgebucht
session-chosen = Ihre Wahl
session-documentation = Dokumentation
session-documentation-empty = Noch keine Dokumentation.
session-field-documentation = Protokoll und Ergebnisse
session-files = Fotos und Dateien
session-files-empty = Noch keine Dateien.
flash-session-created = Der Programmpunkt ist im Ablauf.
flash-session-deleted = Der Programmpunkt ist gelöscht.
flash-session-chosen = Ihre Wahl ist gespeichert.
flash-session-unchosen = Ihre Wahl ist zurückgenommen.
error-session-full = Dieser Programmpunkt ist ausgebucht. Wählen Sie einen anderen.
error-choose-register-first = Melden Sie sich zuerst zum Treffen an; dann können Sie wählen.
error-topic-taken = Dieses Thema ist schon in einem anderen Programmpunkt.
meeting-edit-title = Treffen bearbeiten
meeting-edit-hint = Gastgeber und Anmeldung bleiben. Die Zeiten und der Ort der Anmeldung ändern sich mit; Angemeldete finden sie in ihrer Kalenderdatei.
