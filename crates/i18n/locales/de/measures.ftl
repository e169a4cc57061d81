# The annual planner of a Leitbild process (Jahresplaner): measures with owner, month, status and evidence.

measures-title = Jahresplaner
measures-lead = Die Maßnahmen aus dem dritten Workshop – jede mit einer verantwortlichen Person, einem Monat und dem Leitsatz, dem sie dient – verfolgt bis sie erledigt sind.
measures-year = Planjahr
measures-no-plan = Der Jahresplaner hat noch kein Planjahr. Das Prozessteam legt unten fest, in welchem Monat es beginnt; dann können Maßnahmen eingetragen werden.
measures-empty = Noch keine Maßnahmen im Jahresplaner.
measures-empty-filtered = Keine Maßnahme passt zu diesem Filter.

## Status
measures-status-open = offen
measures-status-progress = in Arbeit
measures-status-done = erledigt
measures-status-now = Aktueller Stand
measures-status-change = Stand ändern
measures-status-title = Stand ändern

## Actions and files
measures-add = Maßnahme eintragen
measures-pdf = Wandkalender (PDF, A3)
measures-ics = In den Kalender übernehmen (.ics)
measures-feed = Jahresplaner im Kalender abonnieren
measures-feed-hint = Tragen Sie diese Adresse in Ihrem Kalenderprogramm als Abonnement ein. Sie ist persönlich: Geben Sie sie nicht weiter. Sie funktioniert, solange Sie diesen Prozess sehen dürfen.
measures-feed-reset = Adresse erneuern (auf der Seite Ihres Kalenders)

## Filters
measures-filter = Maßnahmen filtern
measures-filter-all = Alle
measures-filter-submit = Filtern
measures-filter-clear = Alle Maßnahmen zeigen

## Fields
measures-field-title = Maßnahme
measures-field-title-hint = Kurz und konkret, zum Beispiel „Willkommensmappe in fünf Sprachen“.
measures-field-description = Beschreibung
measures-field-owner = Verantwortlich
measures-field-owner-hint = Der Name der Person, die sich darum kümmert. Sie braucht kein Konto.
measures-field-owner-email = E-Mail-Adresse der verantwortlichen Person
measures-field-owner-email-hint = Dann bekommt sie zu Beginn ihres Monats eine Erinnerung.
measures-field-month = Monat
measures-field-month-hint = Einer der zwölf Monate des Planjahres.
measures-field-principle = Leitsatz
measures-field-principle-hint = Der Leitsatz der neuesten Fassung, dem die Maßnahme dient.
measures-field-status = Stand
measures-field-evidence = Nachweis
measures-field-evidence-hint = Woran man sieht, dass die Maßnahme umgesetzt ist – zum Beispiel ein Protokoll, ein Foto oder ein Link. Nötig, sobald sie erledigt ist.
measures-choose-month = Bitte wählen
measures-principle-none = Das Leitbild als Ganzes
measures-principle-gone = Dieser Leitsatz steht nicht mehr in der neuesten Fassung.
measures-principle-n = Leitsatz { $n }
measures-owner-missing = Niemand eingetragen

## Forms
measures-new-title = Maßnahme eintragen
measures-edit-title = Maßnahme bearbeiten
measures-plan-title = Planjahr
measures-plan-start = Erster Monat des Planjahres
measures-plan-start-hint = Zum Beispiel 2027-03 für März 2027 bis Februar 2028.
measures-plan-save = Planjahr speichern

## The wall calendar (PDF)
measures-pdf-subtitle = Jahresplaner { $from } – { $to }
measures-pdf-empty = Keine Maßnahmen
measures-pdf-continued = Fortsetzung
measures-pdf-continues = Weiter auf der nächsten Seite

## Messages
flash-measure-added = Die Maßnahme steht im Jahresplaner.
flash-measure-status = Der Stand ist gespeichert.
error-measure-owner-required = Bitte tragen Sie ein, wer für die Maßnahme verantwortlich ist.
error-evidence-required = Eine erledigte Maßnahme braucht einen Nachweis: Woran sieht man, dass sie umgesetzt ist?
error-month-outside-plan = Bitte wählen Sie einen der zwölf Monate des Planjahres.
error-plan-measures-outside = Einige Maßnahmen lägen außerhalb dieser zwölf Monate. Verschieben Sie sie zuerst in das neue Planjahr.
error-measure-stale = Jemand anderes hat diese Maßnahme inzwischen geändert. Ihre Eingaben stehen noch hier; prüfen Sie sie und speichern Sie erneut.
confirm-measure-remove-title = Maßnahme „{ $title }“ entfernen?
confirm-measure-remove-text = Die Maßnahme verschwindet aus dem Jahresplaner von „{ $process }“, auch aus dem Wandkalender und den Kalender-Abonnements. Niemand wird benachrichtigt.
confirm-measure-remove-submit = Ja, entfernen

## Reminder mail to an owner when the month of their measure begins
mail-measure-due-subject = Jahresplaner: „{ $title }“ steht im { $month } an
mail-measure-due-body =
    Guten Tag { $name },

    im Jahresplaner von { $org } sind Sie für diese Maßnahme verantwortlich, die im { $month } ansteht:

    { $title }
    { $details }

    Wenn sie erledigt ist, sagen Sie bitte dem Prozessteam Bescheid und nennen Sie einen Nachweis – zum Beispiel ein Protokoll, ein Foto oder einen Link.

    Diese Erinnerung kommt einmal, zu Beginn des Monats.
mail-measure-due-principle = Leitsatz { $n }: { $text }
admin-outbox-kind-measure-due = Erinnerung an eine Maßnahme im Jahresplaner
