# Leitbild processes: an administration writes its mission statement with all its staff.

nav-leitbild = Leitbild
month-year = { $month ->
    [1] Januar
    [2] Februar
    [3] März
    [4] April
    [5] Mai
    [6] Juni
    [7] Juli
    [8] August
    [9] September
    [10] Oktober
    [11] November
   *[12] Dezember
} { $year }
percent = { $n } %

## The list (/leitbild)
leitbild-title = Leitbildprozesse
leitbild-lead = Eine Verwaltung erarbeitet ihr Leitbild gemeinsam mit allen Beschäftigten – ob Führungskraft oder FSJlerin. Hier begleitet das Prozessteam die Schritte von der Vorbereitung bis zur Auswertung.
leitbild-empty = Sie gehören noch zu keinem Leitbildprozess. Ein Prozess erscheint hier, wenn Sie im Prozessteam sind oder Ihre Verwaltung einen Prozess führt.
leitbild-phase-current = Aktuelle Phase
leitbild-on-team = Prozessteam
leitbild-start-heading = Einen Prozess beginnen
leitbild-start-for = Leitbildprozess für { $org } beginnen

## Phases
leitbild-phases = Phasen
leitbild-phase-preparation = Vorbereitung
leitbild-phase-vision = Vision
leitbild-phase-values = Werte und Leitsätze
leitbild-phase-goals = Ziele und Maßnahmen
leitbild-phase-feedback = Feedbackrunden
leitbild-phase-adoption = Verabschiedung
leitbild-phase-evaluation = Auswertung
leitbild-step-done = abgeschlossen
leitbild-step-current = aktuelle Phase
leitbild-step-next = folgt
leitbild-phase-set = Phase ändern

## The process form
leitbild-new-title = Neuer Leitbildprozess
leitbild-edit-title = Prozess bearbeiten
leitbild-administration = Verwaltung
leitbild-field-title = Titel des Prozesses
leitbild-field-title-hint = Zum Beispiel „Unser Leitbild 2027“.
leitbild-start = Prozess beginnen
leitbild-plan-legend = Zeitplan
leitbild-plan-hint = Der Monat, in dem jede Phase beginnen soll, zum Beispiel 2027-03. Leer lassen, wenn er noch nicht feststeht.

## The overview
leitbild-figures = Beteiligung
leitbild-departments = Abteilungen
leitbild-headcount-total = Beschäftigte insgesamt
leitbild-participants = Beteiligte
leitbild-leaders = Mitglieder der Leitung
leitbild-coverage-caption = Beteiligung nach Abteilung
leitbild-department = Abteilung
leitbild-headcount = Beschäftigte
leitbild-coverage = Anteil
leitbild-team = Prozessteam

## The preparation (/leitbild/{id}/setup)
leitbild-setup-title = Vorbereitung
leitbild-setup-lead = Legen Sie die Abteilungen mit ihrer Zahl der Beschäftigten an, die Beteiligten mit den Mitgliedern der Leitung und das Prozessteam. Aus den Zahlen der Beschäftigten berechnet ikoe, wie viele Menschen jede Abteilung erreicht.
leitbild-contents = Auf dieser Seite
leitbild-remove = Entfernen
leitbild-departments-hint = Die Zahl der Beschäftigten ist die Grundlage aller Beteiligungszahlen.
leitbild-departments-empty = Noch keine Abteilungen.
leitbild-department-add = Abteilung hinzufügen
leitbild-headcount-hint = Eine ganze Zahl größer als 0.
leitbild-department-edit-title = Abteilung bearbeiten
leitbild-department-taking-part = { $count ->
    [0] Aus dieser Abteilung ist noch niemand beteiligt.
    [one] Aus dieser Abteilung ist { $count } Person beteiligt.
   *[other] Aus dieser Abteilung sind { $count } Personen beteiligt.
}
leitbild-people = Beteiligte
leitbild-people-hint = Beschäftigte brauchen kein Konto. Wer zur Leitung gehört, gibt später die Fassung frei.
leitbild-people-empty = Noch keine Beteiligten.
leitbild-people-count = { $count ->
    [one] { $count } beteiligte Person
   *[other] { $count } Beteiligte
}
leitbild-person-add = Person hinzufügen
leitbild-person-email-hint = Leer lassen bei Beschäftigten ohne dienstliches Postfach.
leitbild-function = Funktion
leitbild-function-hint = Zum Beispiel „Amtsleitung“ oder „Sachbearbeitung“.
leitbild-leader = Leitung
leitbild-leader-hint = Mitglieder der Leitung geben den Leitbildtext frei.
leitbild-no-department = Keine Abteilung
leitbild-team-hint = Das Prozessteam führt den Prozess: Mitarbeitende des Programms und Ansprechpersonen der Verwaltung, jeweils mit eigenem Konto.
leitbild-team-email = E-Mail-Adresse des Kontos
leitbild-team-email-hint = Die Person braucht ein Konto bei ikoe und gehört zu einer Ihrer Organisationen.
leitbild-team-add = Zum Prozessteam hinzufügen

flash-leitbild-created = Der Prozess ist angelegt. Legen Sie jetzt Abteilungen und Beteiligte an.
flash-leitbild-phase = Die Phase ist geändert.
flash-removed = Entfernt.
flash-last-team-member = Die letzte Person im Prozessteam kann nicht entfernt werden. Fügen Sie zuerst jemand anderen hinzu.

error-headcount-positive = Bitte geben Sie eine Zahl größer als 0 ein.
error-headcount-below-participants = Die Zahl ist kleiner als die Zahl der Beteiligten aus dieser Abteilung. Geben Sie mindestens so viele ein.
error-month = Bitte geben Sie einen Monat wie 2027-03 ein.
error-phase-order = Dieser Monat liegt vor dem Monat einer früheren Phase. Wählen Sie denselben oder einen späteren Monat.
error-department-exists = Eine Abteilung mit diesem Namen gibt es schon. Wählen Sie einen anderen Namen.
error-department-full = Aus dieser Abteilung sind schon so viele Personen beteiligt, wie sie Beschäftigte hat. Erhöhen Sie zuerst die Zahl der Beschäftigten.
error-no-account = Zu dieser Adresse finden wir kein Konto, das Sie hinzufügen können. Sie können Personen Ihrer eigenen Organisationen hinzufügen; andere fügt die Programmkoordination hinzu.
error-already-on-team = Diese Person ist schon im Prozessteam.

confirm-leitbild-department-remove-title = Abteilung „{ $name }“ entfernen?
confirm-leitbild-department-remove-text = Die Abteilung verschwindet aus „{ $process }“. Ihre Beteiligten bleiben, ohne Abteilung.
confirm-leitbild-department-remove-submit = Ja, entfernen
confirm-leitbild-person-remove-title = { $name } entfernen?
confirm-leitbild-person-remove-text = { $name } ist dann nicht mehr an „{ $process }“ beteiligt. Niemand wird benachrichtigt.
confirm-leitbild-person-remove-submit = Ja, entfernen
confirm-leitbild-team-remove-title = { $name } aus dem Prozessteam entfernen?
confirm-leitbild-team-remove-text = { $name } kann „{ $process }“ dann nicht mehr führen. Niemand wird benachrichtigt.
confirm-leitbild-team-remove-submit = Ja, entfernen

## The text and its versions (/leitbild/{id}/draft)
leitbild-draft-title = Leitbildtext
leitbild-draft-edit-title = Text bearbeiten
leitbild-draft-first = Ersten Entwurf schreiben
leitbild-draft-empty = Noch gibt es keinen Entwurf. Das Prozessteam schreibt ihn aus den Ergebnissen der Werkstätten.
leitbild-draft-lead = Jedes Speichern ergibt eine neue Fassung; frühere Fassungen bleiben erhalten und lassen sich vergleichen. Der Text wird auf Deutsch geschrieben.
leitbild-slogan = Leitspruch
leitbild-slogan-hint = Eine Zeile, zum Beispiel „Gemeinsam für ein offenes Elbauen“.
leitbild-preamble = Präambel
leitbild-preamble-hint = Ein paar Sätze, wofür die Verwaltung steht.
leitbild-principle = Leitsatz
leitbild-principle-text = Text des Leitsatzes
leitbild-goal = Ziel
leitbild-principles-hint = Leere Leitsätze werden nicht gespeichert. Nach dem Speichern erscheinen weitere leere Felder.
leitbild-version-save = Als neue Fassung speichern
leitbild-version = Fassung
leitbild-versions = Fassungen
leitbild-versions-all = Alle Fassungen
leitbild-version-first = Die erste Fassung.
leitbild-diff-lead = Verglichen mit Fassung { $previous }.
leitbild-diff-legend-added = eingefügt
leitbild-diff-legend-removed = gestrichen
leitbild-diff-added = Eingefügt
leitbild-diff-removed = Gestrichen
leitbild-diff-end = Ende der Änderung
leitbild-principle-state-added = Neu
leitbild-principle-state-removed = Gestrichen
leitbild-principle-state-changed = Geändert
leitbild-principle-state-same = Unverändert
flash-leitbild-version = Die neue Fassung ist gespeichert.
error-version-stale = Inzwischen hat jemand anderes eine neue Fassung gespeichert. Ihr Text steht unten unverändert. Sehen Sie sich die neue Fassung unter „Fassungen“ an; speichern Sie dann erneut, wird Ihr Text zur nächsten Fassung.
error-principle-required = Bitte schreiben Sie mindestens einen Leitsatz.
error-too-many-principles = Bitte fassen Sie sich kürzer: höchstens 30 Leitsätze.
leitbild-start-platform = Als Plattform-Administration beginnen Sie einen Prozess auf der Seite der Verwaltung.
leitbild-start-directory = Verwaltungen im Verzeichnis
