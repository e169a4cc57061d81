## The openness self-assessment: indicator sets, waves, answering, results

openness-title = Offenheits-Selbstbewertung
openness-self-assessment = Offenheits-Selbstbewertung
openness-lead = Wo steht die Verwaltung bei der interkulturellen Öffnung? In Wellen bewerten Leitung, Beschäftigte und ein Blick von außen dieselben Indikatoren. Ergebnisse zeigen nur Gruppen mit genug Antworten, ohne Namen; über die Jahre wird die Entwicklung sichtbar.
openness-mine = Ihre Bewertung
openness-mine-submitted = abgeschickt, danke
openness-mine-until = offen bis { $date }
openness-waves = Wellen
openness-waves-empty = Noch keine Welle.
openness-wave-title = Titel
openness-wave-title-hint = Zum Beispiel „Selbstbewertung 2027“.
openness-wave-period = Zeitraum
openness-wave-state = Stand
openness-wave-responses = Abgeschickte Antworten
openness-wave-responses-of = { $count } von { $total } abgeschickt
openness-wave-manage = Welle verwalten
openness-wave-new = Neue Welle starten
openness-wave-new-hint = Danach legen Sie Gruppen an, tragen Bewertende ein und verschicken ihre persönlichen Links.
openness-wave-set = Indikatorenset
openness-wave-threshold = Mindestzahl für Ergebnisse
openness-wave-threshold-hint = Ergebnisse einer Gruppe erscheinen erst ab so vielen abgeschickten Antworten (mindestens 3, empfohlen 5).
openness-wave-create = Welle anlegen
openness-wave-settings = Einstellungen der Welle
openness-wave-close = Welle jetzt beenden
openness-sets-link = Indikatorensets ansehen
openness-org-link = Wellen und Ergebnisse

openness-groups = Gruppen und Bewertende
openness-groups-hint = Jede Gruppe wird nur ausgewertet, wenn mindestens { $n } Personen aus ihr abgeschickt haben. Bilden Sie Gruppen daher nicht zu klein.
openness-groups-empty = Noch keine Gruppe. Legen Sie zum Beispiel „Leitung“, je Amt eine Gruppe der Beschäftigten und eine Außensicht an.
openness-group-kind = Art der Gruppe
openness-group-kind-leadership = Leitung
openness-group-kind-staff = Beschäftigte
openness-group-kind-outside = Außensicht
openness-group-name = Name der Gruppe
openness-group-name-hint = Zum Beispiel „Bürgeramt“ oder „Migrantenorganisation“.
openness-group-add = Gruppe anlegen
openness-group-remove = Gruppe entfernen
openness-group-below = unter der Mindestzahl { $n }, wird nicht gezeigt
openness-raters-of = Bewertende in { $group }
openness-rater = Person
openness-rater-link = Link
openness-rater-state = Stand
openness-rater-has-link = Link verschickt
openness-rater-no-link = noch kein Link
openness-rater-account = auch mit Konto
openness-rater-submitted = abgeschickt
openness-rater-open = offen
openness-rater-remove = Entfernen
openness-rater-unnamed = ohne Namen (Karte)
openness-raters-add = Bewertende hinzufügen
openness-raters-lines = Namen und E-Mail-Adressen
openness-raters-lines-hint = Eine Person je Zeile: „Name, E-Mail“, nur der Name oder nur die E-Mail-Adresse.
openness-raters-unnamed = Zusätzliche Links ohne Namen
openness-raters-unnamed-hint = Für gedruckte Karten, etwa für Teilnehmende eines Vielfaltsparcours.
openness-links = Persönliche Links
openness-links-hint = Wer eine E-Mail-Adresse hat, bekommt seinen Link per E-Mail; für alle anderen drucken Sie Karten. Mit dem Link kann man ohne Anmeldung antworten, pausieren und weitermachen.
openness-links-mail = { $count ->
    [one] Link an 1 Person senden
   *[other] Links an { $count } Personen senden
}
openness-links-cards = { $count ->
    [one] Karte für 1 Person drucken
   *[other] Karten für { $count } Personen drucken
}
openness-card-heading = Offenheits-Selbstbewertung
openness-card-hint = Scannen Sie den Code mit dem Handy oder geben Sie die Adresse ein. Ihre Antworten sind anonym.

openness-answer-lead = Sie antworten für die Gruppe „{ $group }“. Bitte schätzen Sie für jede Aussage ein, wie weit Ihre Verwaltung ist.
openness-answer-anonymous = Ihre Antworten sind anonym: Ergebnisse zeigen nur Gruppen mit genug Antworten, ohne Namen. Sie können jederzeit pausieren und mit demselben Link bis { $date } weitermachen.
openness-answer-progress = { $answered } von { $total } Aussagen beantwortet
openness-answer-progress-label = Fortschritt
openness-answer-steps = Übersicht: was noch offen ist
openness-step-done = fertig
openness-step-left = { $answered } von { $total }
openness-answer-dimension = Bereich { $n } von { $total }
openness-answer-note = Anmerkung
openness-answer-note-hint = Ohne Namen lesbar für alle, die die Ergebnisse sehen.
openness-answer-next = Speichern und weiter
openness-answer-prev = Zurück
openness-answer-pause = Speichern und später weitermachen
openness-answer-submit-title = Abschicken
openness-answer-submit-text = Alle Aussagen sind beantwortet. Nach dem Abschicken zählen Ihre Antworten und können nicht mehr geändert werden.
openness-answer-submit = Antworten abschicken
openness-answer-left = { $count ->
    [one] Noch 1 Aussage ist offen. Wählen Sie oben einen Bereich.
   *[other] Noch { $count } Aussagen sind offen. Wählen Sie oben einen Bereich.
}
openness-answer-submitted = Danke, Ihre Antworten sind abgeschickt.
openness-answer-submitted-text = Die Ergebnisse sieht die Verwaltung nach dem Ende der Welle – nur für Gruppen mit genug Antworten und ohne Namen.
openness-answer-upcoming = Die Bewertung beginnt am { $date }.
openness-level-0 = 0 – nicht begonnen
openness-level-1 = 1 – erste Schritte
openness-level-2 = 2 – teilweise umgesetzt
openness-level-3 = 3 – fest verankert
openness-choice-unknown = Weiß ich nicht
openness-choice-na = Trifft bei uns nicht zu

openness-results-title = Ergebnisse
openness-results-respondents = { $count ->
    [one] 1 Person hat abgeschickt.
   *[other] { $count } Personen haben abgeschickt.
}
openness-results-threshold = Gezeigt werden nur Gruppen mit mindestens { $n } Antworten.
openness-results-hidden = Zu wenige Antworten, daher in keiner Zahl enthalten:
openness-results-none = Keine Gruppe hat die Mindestzahl an Antworten erreicht. Es gibt daher keine Ergebnisse.
openness-results-after = Die Ergebnisse erscheinen nach dem Ende der Welle am { $date } – so lässt sich keine einzelne Antwort aus einer Veränderung ablesen.
openness-results-so-far = { $count ->
    [one] Bisher 1 abgeschickte Antwort.
   *[other] Bisher { $count } abgeschickte Antworten.
}
openness-results-overview = Übersicht nach Bereichen
openness-results-scale = Median auf der Skala 0 (nicht begonnen) bis 3 (fest verankert). Ampel: rot unter 1,5; gelb bis unter 2,5; grün ab 2,5. Abstand: Selbstsicht minus Außensicht.
openness-results-groups = Nach Gruppen
openness-results-trend = Entwicklung über die Wellen
openness-results-shared = { $count ->
    [one] Verglichen auf 1 Indikator, den alle Wellen gemeinsam haben.
   *[other] Verglichen auf { $count } Indikatoren, die alle Wellen gemeinsam haben.
}
openness-results-weakest = Schwächste Indikatoren
openness-results-weakest-hint = Hier lohnt es sich anzusetzen.
openness-measure-hint = Schlagen Sie einen Indikator als Maßnahme vor: Sie erscheint im Jahresplaner
openness-measure-propose = Als Maßnahme vorschlagen
openness-measure-in-planner = steht im Jahresplaner
openness-measure-from = Aus der Selbstbewertung „{ $wave }“:
openness-results-distribution = Antworten in { $dimension }
openness-results-notes = Anmerkungen (ohne Namen)
openness-report-download = Bericht als PDF
openness-report-page = Seite
openness-dimension = Bereich
openness-dimensions = Bereiche
openness-indicator = Indikator
openness-median = Median
openness-light = Ampel
openness-light-none = keine Angabe
openness-light-red = rot: kaum umgesetzt
openness-light-yellow = gelb: teilweise
openness-light-green = grün: verankert
openness-gap = Abstand
openness-view-self = Selbstsicht
openness-view-outside = Außensicht
openness-slot-0 = 0
openness-slot-1 = 1
openness-slot-2 = 2
openness-slot-3 = 3
openness-slot-unknown = Weiß nicht
openness-slot-na = Trifft nicht zu
openness-chart-views = Selbstsicht und Außensicht je Bereich
openness-chart-views-desc = Median je Bereich, Balkenlänge 3 = fest verankert. Dieselben Zahlen stehen in der Tabelle darunter.
openness-chart-trend = Median über die Wellen
openness-chart-trend-desc = Median der gemeinsamen Indikatoren je Welle, 0 bis 3. Dieselben Zahlen stehen in der Tabelle darunter.

openness-sets-title = Indikatorensets
openness-sets-lead = Ein Indikatorenset beschreibt je Bereich, woran sich interkulturelle Öffnung zeigt, mit vier Stufen. Programmmitarbeitende kopieren und passen Sets an; ein Set, das eine Welle nutzt, bleibt unverändert – Änderungen ergeben eine neue Version.
openness-set = Set
openness-set-version = Version { $n }
openness-set-version-col = Version
openness-set-owner = Angepasst von
openness-set-shipped = mitgeliefert
openness-set-waves = Wellen
openness-set-older = ältere Version
openness-set-frozen = Eine Welle nutzt dieses Set; es bleibt daher unverändert. Für Änderungen legen Sie eine neue Version an.
openness-set-new-version = Neue Version anlegen
openness-set-copy = Als eigenes Set kopieren
openness-set-no-translation = Dieses Set hat keine Texte in Ihrer Sprache; sie erscheinen auf Deutsch.
openness-set-languages = Sprachen
openness-set-language = Sprache
openness-set-language-status = Stand der Übersetzung
openness-text-status-draft = Entwurf, noch nicht geprüft
openness-text-status-reviewed = geprüft
openness-text-mark-reviewed = Als geprüft markieren
openness-text-mark-draft = Als Entwurf markieren
openness-indicator-edit = Indikator bearbeiten
openness-indicator-new = Indikator hinzufügen
openness-indicator-remove = Indikator entfernen
openness-indicator-lang = Sprache der Texte
openness-indicator-lang-hint = Deutsch ist die Grundlage; andere Sprachen sind Übersetzungen.
openness-indicator-lang-switch = Sprache wählen
openness-indicator-base = Deutsche Fassung
openness-indicator-statement = Aussage
openness-indicator-statement-hint = Ein Satz, den Bewertende für ihre Verwaltung einschätzen.

error-openness-closed = Die Welle ist beendet oder hat noch nicht begonnen; Antworten werden nicht mehr angenommen.
error-openness-incomplete = Bitte beantworten Sie erst alle Aussagen.
error-openness-note-needs-choice = Bitte wählen Sie auch eine Antwort (oder „Weiß ich nicht“).
error-openness-rater-line = Eine Zeile ist weder Name noch E-Mail-Adresse. Schreiben Sie „Name, E-Mail“.
error-openness-too-many-raters = Bitte höchstens 500 Personen auf einmal.
error-openness-threshold-low = Mindestens 3, damit niemand erkennbar ist.
error-openness-wave-too-long = Eine Welle dauert höchstens ein Jahr.
error-openness-group-taken = Diese Welle hat schon eine Gruppe mit diesem Namen.
error-openness-group-answered = Aus dieser Gruppe hat schon jemand geantwortet; sie bleibt.
error-openness-no-planner = Vorschläge werden Maßnahmen im Jahresplaner des Leitbildprozesses. Diese Verwaltung hat noch keinen Jahresplaner; das Leitbild-Team legt ihn im Planer an.
error-openness-set-shipped = Das mitgelieferte Set bleibt, wie es ist. Kopieren Sie es, um es anzupassen.
error-openness-set-empty = Dieses Set hat keine Indikatoren.
error-openness-wave-ended = Die Welle ist beendet und bleibt, wie sie ist: keine neuen Gruppen, Bewertenden oder Links, kein neuer Zeitraum.
error-openness-threshold-answered = Es wurde schon geantwortet: Die Mindestzahl kann steigen, aber nicht sinken.
error-openness-set-frozen = Eine Welle nutzt dieses Set; es bleibt unverändert. Legen Sie eine neue Version an.
flash-openness-wave-created = Die Welle ist angelegt. Legen Sie nun Gruppen an.
flash-openness-wave-closed = Die Welle ist beendet.
flash-openness-group-added = Die Gruppe ist angelegt.
flash-openness-group-removed = Die Gruppe ist entfernt.
flash-openness-raters-added = Die Bewertenden sind eingetragen.
flash-openness-rater-removed = Die Person ist entfernt.
flash-openness-links-sent = Die Links sind verschickt.
flash-openness-links-none = Alle mit E-Mail-Adresse haben schon einen Link.
flash-openness-saved = Gespeichert.
flash-openness-paused = Gespeichert. Sie können jederzeit mit demselben Link weitermachen.
flash-openness-submitted = Danke! Ihre Antworten sind abgeschickt.
flash-openness-already-submitted = Ihre Antworten sind schon abgeschickt.
flash-openness-set-copied = Das Set ist kopiert. Sie können es nun anpassen.
flash-openness-set-versioned = Die neue Version ist angelegt.
flash-openness-measure-proposed = Die Maßnahme steht im Jahresplaner. Das Team legt dort fest, wer sie übernimmt.
flash-openness-measure-there = Dieser Indikator steht schon im Jahresplaner.
flash-openness-indicator-added = Der Indikator ist hinzugefügt.
flash-openness-indicator-removed = Der Indikator ist entfernt.

confirm-openness-wave-close-title = Welle „{ $wave }“ jetzt beenden?
confirm-openness-wave-close-text = Danach nimmt sie keine Antworten mehr an, und die Ergebnisse erscheinen.
confirm-openness-wave-close-submit = Ja, beenden
confirm-openness-group-remove-title = Gruppe „{ $group }“ entfernen?
confirm-openness-group-remove-text = Ihre Bewertenden und deren Links werden mit entfernt.
confirm-openness-group-remove-submit = Ja, entfernen
confirm-openness-rater-remove-title = { $name } entfernen?
confirm-openness-rater-remove-text = Der Link funktioniert dann nicht mehr. Schon abgeschickte Antworten zählen weiter; sie sind nicht mit der Person verbunden.
confirm-openness-rater-remove-submit = Ja, entfernen
confirm-openness-cards-title = Karten für „{ $wave }“ drucken?
confirm-openness-cards-text = Alle ohne E-Mail-Adresse, die noch nicht abgeschickt haben, bekommen neue Links; früher gedruckte Karten funktionieren dann nicht mehr. Begonnene Antworten bleiben erhalten.
confirm-openness-cards-submit = Ja, Karten drucken
confirm-openness-indicator-remove-title = Indikator entfernen?
confirm-openness-indicator-remove-text = „{ $statement }“ wird mit allen Übersetzungen aus dem Set entfernt.
confirm-openness-indicator-remove-submit = Ja, entfernen

mail-openness-link-subject = Ihre Einschätzung: { $wave }
mail-openness-link-body =
    Guten Tag { $name },

    { $org } fragt, wie weit die interkulturelle Öffnung der Verwaltung ist. Ihre Einschätzung zählt. Über Ihren persönlichen Link antworten Sie ohne Anmeldung, bis { $date }; Sie können pausieren und später weitermachen:
    { $link }

    Ihre Antworten sind anonym. Der Link gehört nur Ihnen; bitte geben Sie ihn nicht weiter.
admin-outbox-kind-openness-link = Selbstbewertung: persönlicher Link
