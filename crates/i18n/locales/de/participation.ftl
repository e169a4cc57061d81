# Taking part in a Leitbild process through a link, feedback rounds and the team's answers.

## The page staff open with their link (/mitmachen/{token})
leitbild-participate-title = Mitmachen
leitbild-participate-hello = Guten Tag { $name }, schön, dass Sie mitmachen.
leitbild-participate-department = Sie machen über den Link der Abteilung „{ $department }“ mit. Ihre Beiträge sind anonym und zählen für diese Abteilung.
leitbild-participate-privacy = Das Prozessteam sieht Ihre Kommentare ohne Ihren Namen, nur mit Ihrer Abteilung.
leitbild-participate-signoff = Als Mitglied der Leitung: zur Freigabe der Fassung
leitbild-participate-ended = Der Leitbildprozess ist abgeschlossen. Danke für Ihre Beteiligung! Hier sehen Sie den Text und die Antworten auf Ihre Kommentare.
leitbild-participate-no-text = Es gibt noch keinen Entwurf. Sie bekommen Bescheid, wenn Sie ihn kommentieren können.
leitbild-round-open-until = Die Feedbackrunde läuft bis { $date }. Unterstützen Sie, was Ihnen wichtig ist, und schreiben Sie, was fehlt oder anders sein sollte.
leitbild-round-upcoming = Die nächste Feedbackrunde beginnt am { $date }.
leitbild-round-none = Gerade läuft keine Feedbackrunde.
leitbild-support = Unterstütze ich
leitbild-comment-this = Kommentieren
leitbild-comment-heading = Ihr Kommentar
leitbild-comment-target = Worauf bezieht sich Ihr Kommentar?
leitbild-comment-body = Kommentar
leitbild-comment-body-hint = Was gefällt Ihnen, was fehlt, was würden Sie ändern? Sie können in jeder Sprache schreiben.
leitbild-comment-proposal = Ihr Formulierungsvorschlag
leitbild-comment-proposal-hint = Wenn Sie eine bessere Formulierung haben, schreiben Sie sie hier.
leitbild-comment-send = Kommentar senden
leitbild-questions = Kurze Fragen
leitbild-questions-hint = Bis zu fünf Fragen, eine pro Zeile, zum Beispiel „Was bedeutet Offenheit in Ihrer Arbeit?“
leitbild-answers-save = Antworten speichern
leitbild-mine = Ihre Kommentare und die Antworten
leitbild-mine-empty = Sie haben noch nichts kommentiert.
leitbild-target-general = Der Entwurf insgesamt
leitbild-target-principle = Leitsatz { $n }
leitbild-answer-taken = Übernommen
leitbild-answer-changed = Verändert übernommen
leitbild-answer-declined = Nicht übernommen
leitbild-answer-pending = Noch nicht beantwortet

flash-leitbild-comment = Danke! Ihr Kommentar ist angekommen. Das Prozessteam beantwortet jeden Kommentar.
flash-leitbild-supported = Sie unterstützen diesen Teil.
flash-leitbild-unsupported = Ihre Unterstützung ist zurückgenommen.
flash-leitbild-answers = Ihre Antworten sind gespeichert.
flash-leitbild-round-closed = Die Feedbackrunde ist beendet.

error-leitbild-round-closed = Die Feedbackrunde ist beendet; Ihr Text ist nicht gesendet. Bewahren Sie ihn auf, wenn Sie ihn in der nächsten Runde einbringen möchten.
error-leitbild-questions-max = Bitte höchstens fünf Fragen, eine pro Zeile.

## Feedback rounds, for the process team (/leitbild/{id}/rounds)
leitbild-rounds-title = Feedbackrunden
leitbild-rounds-lead = In einer Feedbackrunde kommentieren alle Beschäftigten eine Fassung des Textes. Das Prozessteam beantwortet jeden Kommentar, bevor es die nächste Fassung schreibt.
leitbild-rounds-empty = Noch keine Feedbackrunde.
leitbild-round = Runde
leitbild-round-title = Feedbackrunde
leitbild-round-state = Stand
leitbild-round-state-upcoming = geplant
leitbild-round-state-open = läuft
leitbild-round-state-closed = beendet
leitbild-round-contributors = Beteiligte
leitbild-round-answered = Beantwortet
leitbild-round-start = Feedbackrunde beginnen
leitbild-round-start-hint = Die Runde gilt der neuesten Fassung ({ $version }).
leitbild-round-opens = Beginn
leitbild-round-closes = Frist
leitbild-round-closes-hint = Bis zum Ende dieses Tages können alle kommentieren.
leitbild-round-remind = Erinnerung (Tage vor der Frist)
leitbild-round-remind-hint = Wer noch nicht mitgemacht hat und eine E-Mail-Adresse hat, bekommt dann eine Erinnerung mit einem neuen Link.
leitbild-round-reminder = Erinnerung
leitbild-round-reminded = versandt am { $date }
leitbild-round-close = Runde jetzt beenden
leitbild-round-unanswered = { $count ->
    [one] { $count } Kommentar ist noch nicht beantwortet. Die nächste Fassung kann erst geschrieben werden, wenn jeder Kommentar beantwortet ist.
   *[other] { $count } Kommentare sind noch nicht beantwortet. Die nächste Fassung kann erst geschrieben werden, wenn jeder Kommentar beantwortet ist.
}
leitbild-comments = Kommentare
leitbild-comments-empty = Noch keine Kommentare und keine Unterstützung.
leitbild-supports-count = { $count ->
    [one] { $count } Unterstützung
   *[other] { $count } Unterstützungen
}
leitbild-proposal = Formulierungsvorschlag
leitbild-answer-legend = Antwort des Prozessteams
leitbild-answer-reason = Begründung
leitbild-answer-save = Antwort speichern
leitbild-answer-change = Antwort ändern
leitbild-replies-empty = Noch keine Antworten.

flash-leitbild-round-started = Die Feedbackrunde ist angelegt.
flash-leitbild-answered = Die Antwort ist gespeichert. Die Person sieht sie über ihren Link.

error-leitbild-deadline-past = Die Frist liegt in der Vergangenheit. Wählen Sie einen späteren Tag.
error-leitbild-round-too-long = Eine Runde dauert höchstens 120 Tage.
error-leitbild-no-version = Es gibt noch keine Fassung des Textes. Schreiben Sie zuerst einen Entwurf.
error-leitbild-round-running = Es läuft schon eine Feedbackrunde oder eine ist geplant. Beenden Sie sie zuerst.
error-leitbild-answered-meanwhile = Jemand aus dem Prozessteam hat diesen Kommentar inzwischen beantwortet. Sehen Sie sich die Antwort an; Ihr Text steht noch im Feld.
error-leitbild-round-open-save = Eine Feedbackrunde läuft noch oder ist geplant. Die nächste Fassung entsteht nach ihrem Ende.
error-leitbild-unanswered = Es sind noch Kommentare unbeantwortet. Beantworten Sie zuerst jeden Kommentar; Ihr Text bleibt hier stehen.

confirm-leitbild-round-close-title = Feedbackrunde jetzt beenden?
confirm-leitbild-round-close-text = Danach kann in „{ $process }“ niemand mehr kommentieren, unterstützen oder antworten. Das lässt sich nicht rückgängig machen.
confirm-leitbild-round-close-submit = Ja, beenden

## Participation links (on the preparation page)
leitbild-link = Link
leitbild-link-none = kein Link
leitbild-link-active = aktiv
leitbild-link-made = erstellt am { $date }
leitbild-link-seen = geöffnet am { $date }
leitbild-link-mail = Link per E-Mail senden
leitbild-link-revoke = Link sperren
leitbild-links = Persönliche Links
leitbild-links-hint = Jede Person macht über ihren persönlichen Link mit, ohne Konto. Wer eine E-Mail-Adresse hat, bekommt den Link per E-Mail; für alle anderen drucken Sie Karten mit QR-Code. Ein neuer Link ersetzt den alten.
leitbild-links-mail-all = Links an alle senden, die noch keinen haben
leitbild-links-cards = Karten mit QR-Code drucken (Personen ohne E-Mail)
leitbild-card-heading = Machen Sie mit bei unserem Leitbild
leitbild-card-hint = Scannen Sie den Code mit dem Handy oder geben Sie die Adresse ein. Der Link gehört nur Ihnen.
leitbild-department-link-make = Link fürs Intranet erzeugen
leitbild-department-link-title = Link der Abteilung
leitbild-department-link-made = Der neue Link der Abteilung „{ $department }“:
leitbild-department-link-hint = Kopieren Sie den Link jetzt und stellen Sie ihn ins Intranet der Abteilung. Er wird nur dieses eine Mal angezeigt. Wer ihn öffnet, macht anonym mit; die Beiträge zählen für die Abteilung.

flash-leitbild-link-sent = Der Link ist unterwegs. Ein früherer Link dieser Person gilt nicht mehr.
flash-leitbild-links-sent = Die Links sind unterwegs.
flash-leitbild-links-none = Alle Personen mit E-Mail-Adresse haben schon einen Link.
flash-leitbild-link-revoked = Der Link ist gesperrt.
flash-leitbild-cards-none = Alle Beteiligten haben eine E-Mail-Adresse; es gibt keine Karten zu drucken.

confirm-leitbild-cards-title = Karten für { $count } Personen drucken?
confirm-leitbild-cards-text = Für die Beteiligten von „{ $process }“ ohne E-Mail-Adresse entstehen neue Links; frühere Karten gelten dann nicht mehr.
confirm-leitbild-cards-submit = Ja, Karten erstellen
confirm-leitbild-department-link-title = Neuen Link für „{ $name }“ erzeugen?
confirm-leitbild-department-link-text = Der bisherige Link dieser Abteilung in „{ $process }“ gilt dann nicht mehr. Ersetzen Sie ihn auch im Intranet.
confirm-leitbild-department-link-submit = Ja, neuen Link erzeugen

confirm-leitbild-link-revoke-title = Link von { $name } sperren?
confirm-leitbild-link-revoke-text = Der Link in „{ $process }“ funktioniert dann nicht mehr. Die Beiträge bleiben erhalten. Einen neuen Link können Sie jederzeit erstellen.
confirm-leitbild-link-revoke-submit = Ja, sperren

## Mails
mail-leitbild-link-subject = Ihr Link zum Leitbild: { $process }
mail-leitbild-link-body =
    Guten Tag { $name },

    { $org } erarbeitet ein gemeinsames Leitbild – mit allen Beschäftigten. Ihre Meinung zählt. Über Ihren persönlichen Link lesen Sie den Entwurf, kommentieren und unterstützen ihn, ohne Anmeldung:
    { $link }

    Der Link gehört nur Ihnen; bitte geben Sie ihn nicht weiter.
mail-leitbild-reminder-subject = Erinnerung: Feedbackrunde zum Leitbild bis { $date }
mail-leitbild-reminder-body =
    Guten Tag { $name },

    die Feedbackrunde zum Leitbild von { $org } („{ $process }“) läuft noch bis { $date }. Sagen Sie uns, was Ihnen wichtig ist:
    { $link }

    Dieser Link ersetzt den aus der letzten E-Mail.
admin-outbox-kind-leitbild-link = Leitbild: persönlicher Link
admin-outbox-kind-leitbild-reminder = Leitbild: Erinnerung an die Feedbackrunde

## The evaluation: an anonymous survey per principle (/leitbild/{id}/evaluation and the link page)
leitbild-survey-heading = Wird unser Leitbild gelebt?
leitbild-survey-lead = Sagen Sie uns bis { $date }, wie sehr jeder Leitsatz in Ihrem Arbeitsalltag gelebt wird. Ihre Antworten sind anonym; Sie können sie bis dahin ändern.
leitbild-survey-question = Wird dieser Leitsatz in unserem Arbeitsalltag gelebt?
leitbild-survey-rating-1 = gar nicht
leitbild-survey-rating-2 = kaum
leitbild-survey-rating-3 = teils, teils
leitbild-survey-rating-4 = überwiegend
leitbild-survey-rating-5 = voll und ganz
leitbild-survey-note = Woran merken Sie das?
leitbild-survey-save = Antworten speichern
flash-leitbild-survey-saved = Danke! Ihre Antworten sind gespeichert.
error-leitbild-survey-closed = Die Befragung ist beendet; Ihre Antworten sind nicht gespeichert.
leitbild-evaluation-title = Auswertung
leitbild-evaluation-lead = Einige Monate nach der Verabschiedung fragen Sie alle Beschäftigten anonym, ob die Leitsätze gelebt werden. Wiederholen Sie die Befragung, um die Entwicklung zu sehen.
leitbild-survey-of = Befragung vom { $date }
leitbild-survey-responses = Antwortende
leitbild-survey-responses-count = { $count ->
    [one] { $count } Antwort
   *[other] { $count } Antworten
}
leitbild-survey-close = Befragung jetzt beenden
leitbild-survey-anonymous = Die Antworten sind anonym: ohne Namen und ohne Zeitpunkt. Ergebnisse eines Leitsatzes erscheinen erst ab drei Bewertungen.
leitbild-survey-mean = Mittelwert { $mean } von 5
leitbild-survey-rated = { $count ->
    [one] { $count } Bewertung
   *[other] { $count } Bewertungen
}
leitbild-survey-chart = Verteilung der Bewertungen von „gar nicht“ bis „voll und ganz“; die Zahlen stehen in der Tabelle.
leitbild-survey-table = Bewertungen
leitbild-survey-rating-col = Bewertung
leitbild-survey-count-col = Anzahl
leitbild-survey-notes = Was die Beschäftigten schreiben
leitbild-survey-too-few = Noch zu wenige Bewertungen, um sie anonym zu zeigen.
leitbild-survey-results-after = Die Ergebnisse erscheinen, sobald die Befragung beendet ist – vorher ließe sich an jeder Veränderung ablesen, was eine einzelne Person geantwortet hat.
leitbild-surveys = Alle Befragungen
leitbild-survey-start = Befragung beginnen
leitbild-survey-start-hint = Die Befragung gilt der neuesten Fassung. Alle mit einem Link können teilnehmen.
flash-leitbild-survey-started = Die Befragung ist angelegt.
flash-leitbild-survey-closed = Die Befragung ist beendet.
error-leitbild-survey-running = Es läuft schon eine Befragung oder eine ist geplant. Beenden Sie sie zuerst.
confirm-leitbild-survey-close-title = Befragung jetzt beenden?
confirm-leitbild-survey-close-text = Danach kann in „{ $process }“ niemand mehr antworten. Das lässt sich nicht rückgängig machen.
confirm-leitbild-survey-close-submit = Ja, beenden
