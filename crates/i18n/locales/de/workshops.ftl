# The workshops of a Leitbild process and their results.

## The list (/leitbild/{id}/workshops)
workshops-title = Werkstätten
workshops-link = Werkstätten
workshops-lead = Die drei Werkstätten der Methode und beliebig viele Mini-Werkstätten von zwei Stunden. Einladungen, Anmeldungen und Anwesenheit laufen über eine Reihe nur mit Einladung; die Beteiligung unten zählt, wer wirklich da war.
workshops-list = Geplante Werkstätten
workshops-participation = Teilnahme an den Werkstätten
workshops-assignments = Arbeitsaufträge
workshops-plan = Werkstatt planen
workshops-series-hint = Alle Werkstätten gehören zu einer Reihe nur mit Einladung. Dort laden Sie Beschäftigte ein, sehen die Anmeldungen und erfassen die Anwesenheit.
workshops-invite = Einladen und Anmeldungen
workshops-series-manage = Reihe verwalten
workshops-series-members-only = Einladungen, Anmeldungen und Anwesenheit erfassen Mitglieder der Verwaltung auf den Seiten der Reihe.
workshops-empty = Noch ist keine Werkstatt geplant. Planen Sie die erste unten; dabei entsteht die Reihe für Einladungen und Anmeldungen.
workshops-participation-hint = Gezählt wird jede Person, die bei mindestens einer Werkstatt anwesend war, einmal – in der Abteilung der beteiligten Person mit derselben E-Mail-Adresse.
workshops-attendees-total = Anwesende Personen
workshops-leaders-total = Leitung in den Werkstätten
workshops-leaders-of = { $total ->
    [one] { $count } von { $total } Mitglied der Leitung
   *[other] { $count } von { $total } Mitgliedern der Leitung
}
workshops-participation-caption = Teilnahme an den Werkstätten nach Abteilung
workshops-attendees = Anwesend
workshops-leaders = davon Leitung
workshops-without-department = Ohne Abteilung
workshops-assignments-empty = Noch keine Arbeitsaufträge. Mini-Werkstätten geben sie an Gruppen aus.
workshops-assignments-open = { $count ->
    [0] Alle Arbeitsaufträge sind erledigt.
    [one] { $count } Arbeitsauftrag ist offen.
   *[other] { $count } Arbeitsaufträge sind offen.
}
workshops-plan-hint = Jede Werkstatt wird ein Termin der Einladungsreihe. Die Werkstätten 1 bis 3 finden je einmal statt, Mini-Werkstätten so oft Sie möchten.
workshops-plan-submit = Werkstatt planen
workshops-back = Zurück zu den Werkstätten
workshops-series-title = Leitbild-Werkstätten:
workshops-series-summary = Werkstätten zum Leitbild von { $org }. Teilnahme nur mit Einladung.

workshop-kind = Werkstatt
workshop-kind-vision = Werkstatt 1: Visionsarbeit
workshop-kind-values = Werkstatt 2: Werte und Leitsätze
workshop-kind-goals = Werkstatt 3: Von den Zielen zu den Maßnahmen
workshop-kind-mini = Mini-Werkstatt
workshop-title-hint = Leer lassen für den Namen der Werkstatt.
workshop-ends-hint = Eine Mini-Werkstatt dauert etwa zwei Stunden.
workshop-cancelled = abgesagt
workshop-attendees = { $count ->
    [0] Noch niemand als anwesend erfasst
    [one] { $count } Person anwesend
   *[other] { $count } Personen anwesend
}
workshop-leaders-present = { $count ->
    [0] keine Leitung
    [one] { $count } aus der Leitung
   *[other] { $count } aus der Leitung
}
workshop-attendance = Anwesenheit erfassen
workshop-edit-time = Termin und Ort ändern

## A workshop's results (/leitbild/{id}/workshops/{item})
workshop-about-vision = „Es war einmal…“: unsere Geschichte, was gut war, Werte, die wir mitnehmen wollen, die gemeinsame Kernaufgabe.
workshop-about-values = Von den Werten zu den Zielen; in Gruppen Leitsätze formulieren.
workshop-about-goals = Welcher Leitspruch steht über allem? Welches Ziel steht hinter jedem Leitsatz?
workshop-about-mini = Zwei Stunden mit Impulsen und Arbeitsaufträgen, die Gruppen mitnehmen.
workshop-results = Ergebnisse
workshop-section-notes = Notizen
workshop-section-notes-hint = Was an der Wand steht, kurz festgehalten – jeweils mit seiner Rubrik.
workshop-section-notes-empty = Noch keine Notizen.
workshop-section-values = Wertekarten
workshop-section-values-hint = Ein Wert je Karte; die Punkte aus der Punktabfrage können Sie jederzeit ändern. Die meisten Punkte stehen oben.
workshop-section-values-empty = Noch keine Wertekarten.
workshop-section-slogans = Vorschläge für den Leitspruch
workshop-section-slogans-hint = Jeder Vorschlag mit seinen Punkten; die meisten Punkte stehen oben.
workshop-section-slogans-empty = Noch keine Vorschläge.
workshop-section-principles = Leitsätze im Entwurf
workshop-section-principles-hint = In Gruppen formulierte Leitsätze mit dem Ziel dahinter. Mit einem Klick kommen sie als neue Fassung in den Leitbildtext.
workshop-section-principles-empty = Noch keine Leitsätze.
workshop-section-assignments = Arbeitsaufträge
workshop-section-assignments-hint = Was eine Gruppe bis wann erledigt. Offene Aufträge stehen oben.
workshop-section-assignments-empty = Noch keine Arbeitsaufträge.
workshop-votes = { $count ->
    [0] keine Punkte
    [one] { $count } Punkt
   *[other] { $count } Punkte
}
workshop-vote = +1 Punkt
workshop-votes-label = Punkte
workshop-votes-hint = Eine ganze Zahl von 0 bis 999.
workshop-votes-new-hint = Leer lassen für 0 Punkte.
workshop-card-value-text = Wert
workshop-card-value-add = Wertekarte hinzufügen
workshop-card-slogan-text = Vorschlag
workshop-card-slogan-add = Vorschlag hinzufügen
workshop-note-category = Rubrik
workshop-note-text = Notiz
workshop-note-add = Notiz hinzufügen
workshop-note-story = Es war einmal…
workshop-note-good = Was war gut?
workshop-note-keep = Werte, die wir mitnehmen
workshop-note-core_task = Gemeinsame Kernaufgabe
workshop-note-other = Sonstiges
workshop-goal-hint = Welches Ziel steht hinter dem Leitsatz? Kann später ergänzt werden.
workshop-drafted-add = Leitsatz hinzufügen
workshop-drafted-take = In den Entwurf übernehmen
workshop-drafted-taken = übernommen in
assignment-group = Gruppe
assignment-group-hint = Zum Beispiel „AG Empfang“ oder die Namen der Gruppe.
assignment-task = Auftrag
assignment-due = fällig am
assignment-due-label = Fällig am
assignment-due-hint = Ein Datum, zum Beispiel 31.03.2027.
assignment-status = Stand
assignment-status-open = offen
assignment-status-done = erledigt
assignment-add = Arbeitsauftrag hinzufügen
assignment-from = aus
assignment-mark-done = Als erledigt markieren
assignment-reopen = Wieder öffnen

flash-workshop-planned = Die Werkstatt ist geplant. Laden Sie jetzt über die Reihe ein.
flash-vote-counted = Punkt gezählt.
flash-drafted-taken = Der Leitsatz steht jetzt in einer neuen Fassung des Leitbildtexts.
flash-assignment-done = Als erledigt markiert.
flash-assignment-open = Wieder geöffnet.

error-workshop-planned = Diese Werkstatt ist schon geplant. Ändern Sie ihren Termin in der Liste oben, oder planen Sie eine Mini-Werkstatt.
error-workshop-twice = Eine Mini-Werkstatt mit diesem Titel beginnt schon zu dieser Zeit.
error-votes-range = Bitte geben Sie eine Zahl von 0 bis 999 ein.
error-drafted-taken = Dieser Leitsatz ist schon im Entwurf.
error-drafted-no-draft = Der Leitbildtext hat noch keine Fassung. Schreiben Sie zuerst die erste Fassung mit dem Leitspruch; dann können Sie Leitsätze übernehmen.
error-version-stale-take = Gerade hat jemand anderes eine neue Fassung gespeichert. Bitte übernehmen Sie den Leitsatz noch einmal.

confirm-leitbild-card-remove-title = Karte „{ $name }“ entfernen?
confirm-leitbild-card-remove-text = Die Karte und ihre Punkte verschwinden aus den Ergebnissen der Werkstatt.
confirm-leitbild-card-remove-submit = Ja, entfernen
confirm-leitbild-note-remove-title = Notiz entfernen?
confirm-leitbild-note-remove-text = Die Notiz „{ $name }“ verschwindet aus den Ergebnissen der Werkstatt.
confirm-leitbild-note-remove-submit = Ja, entfernen
confirm-leitbild-drafted-remove-title = Leitsatz entfernen?
confirm-leitbild-drafted-remove-text = Der Leitsatz „{ $name }“ verschwindet aus den Ergebnissen der Werkstatt. Fassungen des Leitbildtexts, in die er übernommen wurde, bleiben unverändert.
confirm-leitbild-drafted-remove-submit = Ja, entfernen
confirm-leitbild-assignment-remove-title = Arbeitsauftrag entfernen?
confirm-leitbild-assignment-remove-text = Der Auftrag an „{ $name }“ verschwindet aus der Liste der Arbeitsaufträge.
confirm-leitbild-assignment-remove-submit = Ja, entfernen
