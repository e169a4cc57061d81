# Anonymous feedback after a module, and its results for staff.

feedback-title = Rückmeldung zu „{ $title }“
feedback-intro = Ihre Rückmeldung ist anonym: Sie wird ohne Ihren Namen gespeichert und hilft, die Fortbildung zu verbessern. Der Link gilt nur einmal.
feedback-q-overall = Wie zufrieden waren Sie insgesamt?
feedback-q-content = Wie hilfreich waren die Inhalte?
feedback-q-organisation = Wie gut war die Organisation?
feedback-scale-1 = 1 – gar nicht
feedback-scale-2 = 2
feedback-scale-3 = 3
feedback-scale-4 = 4
feedback-scale-5 = 5 – sehr
feedback-comment = Was möchten Sie uns noch sagen?
feedback-comment-hint = Bitte keine Namen anderer Personen.
feedback-publish = Mein Kommentar darf ohne meinen Namen auf der Seite der Fortbildung erscheinen.
feedback-publish-hint = Ohne Ihr Häkchen sehen ihn nur die Veranstalter.
feedback-submit = Rückmeldung senden
feedback-done = Vielen Dank! Ihre Rückmeldung ist angekommen.
flash-feedback-thanks = Vielen Dank für Ihre Rückmeldung!
error-feedback-twice = Über diesen Link wurde schon eine Rückmeldung gegeben.
feedback-link = Rückmeldungen
feedback-results-title = Rückmeldungen: { $title }
feedback-results-hint = Durchschnitt auf einer Skala von 1 (gar nicht) bis 5 (sehr). Die Antworten sind anonym.
feedback-by-module = Nach Modul
feedback-by-speaker = Nach Referent*in
feedback-by-cohort = Jahrgänge im Vergleich
feedback-col-name = Name
feedback-col-answers = Antworten
feedback-none = Noch keine Rückmeldungen.
feedback-comments = Kommentare
feedback-published = veröffentlicht
feedback-not-published = nur für die Veranstalter
feedback-public-heading = Das sagen Teilnehmende
mail-feedback-invite-subject = Ihre Rückmeldung: { $module }
mail-feedback-invite-body =
    Guten Tag { $name },

    danke für Ihre Teilnahme an „{ $module }“ ({ $series }). Wie war es? Ihre Rückmeldung ist anonym und dauert zwei Minuten:
    { $link }
