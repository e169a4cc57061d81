# The adoption of a Leitbild: sign-off by the leadership, publication, translations, poster.

## The sign-off through a personal link (/mitmachen/{token}/freigabe)
leitbild-signoff-title = Freigabe des Leitbilds
leitbild-signoff-lead = Das Prozessteam hat Fassung { $number } des Leitbilds zur Freigabe gestellt. Bitte lesen Sie den Text in Ruhe.
leitbild-signoff-older = Sie hatten Fassung { $signed } am { $date } freigegeben. Inzwischen steht Fassung { $offered } zur Freigabe; Ihre frühere Freigabe bleibt für Fassung { $signed } festgehalten.
leitbild-signoff-heading = Ihre Freigabe
leitbild-signoff-done = Sie haben diese Fassung freigegeben am
leitbild-signoff-explain = Mit Ihrer Freigabe bestätigen Sie als Mitglied der Leitung diesen Text. Ihr Name und der Zeitpunkt werden festgehalten und sind für das Prozessteam sichtbar.
leitbild-signoff-as = Freigabe durch { $name }
leitbild-signoff-submit = Ich gebe diese Fassung frei
leitbild-signoff-adopted = Diese Fassung ist beschlossen.
leitbild-signoff-nothing = Zurzeit liegt keine Fassung zur Freigabe vor. Das Prozessteam meldet sich, sobald es so weit ist.
leitbild-signoff-refused-unknown-title = Dieser Link gilt nicht
leitbild-signoff-refused-unknown-text = Diesen Beteiligungslink gibt es nicht oder nicht mehr: Vielleicht wurde er durch einen neuen ersetzt oder zurückgezogen.
leitbild-signoff-refused-department-title = Freigabe nur mit persönlichem Link
leitbild-signoff-refused-department-text = Dies ist der Link einer Abteilung. Das Leitbild geben die Mitglieder der Leitung frei, jeweils über ihren persönlichen Link.
leitbild-signoff-refused-not-leader-title = Freigabe nur durch die Leitung
leitbild-signoff-refused-not-leader-text = Das Leitbild geben nur die Mitglieder der Leitung frei. Ihre Stimme zählt trotzdem: Kommentieren und unterstützen Sie die Entwürfe über Ihren Beteiligungslink.
leitbild-signoff-refused-help = Bei Fragen wenden Sie sich an das Prozessteam Ihrer Verwaltung. Es wurde nichts festgehalten.
flash-leitbild-signed = Ihre Freigabe ist festgehalten. Vielen Dank!
flash-leitbild-signed-adopted = Ihre Freigabe ist festgehalten. Damit haben alle Mitglieder der Leitung freigegeben: Das Leitbild ist beschlossen.
flash-leitbild-signed-already = Sie hatten diese Fassung schon freigegeben; es bleibt bei Ihrer ersten Freigabe.
error-leitbild-offer-changed = Inzwischen steht eine andere Fassung zur Freigabe. Bitte lesen Sie diese Fassung, bevor Sie sie freigeben. Es wurde nichts festgehalten.
error-leitbild-nothing-offered = Zurzeit liegt keine Fassung zur Freigabe vor. Es wurde nichts festgehalten.

## The team's page (/leitbild/{id}/adoption)
leitbild-adoption-title = Freigabe und Veröffentlichung
leitbild-adoption-lead = Stellen Sie eine Fassung zur Freigabe. Haben alle Mitglieder der Leitung sie freigegeben, ist sie beschlossen. Dann veröffentlichen Sie das Leitbild, fügen Übersetzungen hinzu und laden das Plakat herunter.
leitbild-adoption-offered = Zur Freigabe gestellt
leitbild-adoption-offered-none = noch keine Fassung
leitbild-adoption-adopted = Beschluss
leitbild-adoption-state-adopted = beschlossen
leitbild-adoption-state-open = noch nicht beschlossen
leitbild-adoption-declared = durch Erklärung des Prozessteams
leitbild-adoption-signoffs = Freigabe durch die Leitung
leitbild-adoption-no-version = Es gibt noch keine Fassung des Leitbilds. Schreiben Sie zuerst den Entwurf.
leitbild-adoption-newer = Seit Fassung { $offered } zur Freigabe steht, ist Fassung { $newest } entstanden. Stellen Sie die neue Fassung zur Freigabe; die bisherigen Freigaben bleiben für Fassung { $offered } festgehalten.
leitbild-adoption-offer-label = Fassung zur Freigabe
leitbild-adoption-offer-hint = Die Mitglieder der Leitung sehen diese Fassung vollständig, wenn sie ihren persönlichen Link öffnen.
leitbild-adoption-offer = Zur Freigabe stellen
leitbild-adoption-no-leaders = Noch sind keine Mitglieder der Leitung eingetragen. Tragen Sie sie in der Vorbereitung ein.
leitbild-adoption-signed-count = { $signed } von { $leaders ->
    [one] { $leaders } Mitglied
   *[other] { $leaders } Mitgliedern
} der Leitung { $signed ->
    [one] hat
   *[other] haben
} die Fassung zur Freigabe freigegeben.
leitbild-adoption-leaders-caption = Mitglieder der Leitung und ihre Freigabe
leitbild-adoption-signoff = Freigabe
leitbild-adoption-link = Persönlicher Link
leitbild-adoption-signed = freigegeben
leitbild-adoption-open = offen
leitbild-adoption-older = ältere Fassung
leitbild-adoption-link-yes = vorhanden
leitbild-adoption-link-no = fehlt
leitbild-adoption-how = Die Mitglieder der Leitung geben über ihren persönlichen Beteiligungslink frei, auf der Seite „Freigabe“. Fehlt ein Link, erstellen Sie ihn in der Vorbereitung.
leitbild-adoption-declare-heading = Als beschlossen erklären
leitbild-adoption-declare-hint = Haben noch nicht alle Mitglieder der Leitung freigegeben, kann das Prozessteam die Fassung als beschlossen erklären, sobald mindestens eines freigegeben hat – etwa wenn jemand länger abwesend ist. Wie viele freigegeben haben, bleibt sichtbar.
leitbild-adoption-declare = Fassung als beschlossen erklären
leitbild-adoption-adopted-heading = Das beschlossene Leitbild
leitbild-adoption-read = Beschlossenes Leitbild lesen
leitbild-adoption-not-yet = Sobald eine Fassung beschlossen ist, veröffentlichen Sie sie hier, fügen Übersetzungen hinzu und laden das Plakat herunter.
confirm-leitbild-declare-title = Fassung { $number } als beschlossen erklären?
confirm-leitbild-declare-text = Fassung { $number } gilt dann als beschlossenes Leitbild von „{ $process }“, auch wenn noch nicht alle Mitglieder der Leitung freigegeben haben. Weitere Freigaben werden weiter festgehalten.
confirm-leitbild-declare-submit = Ja, als beschlossen erklären
flash-leitbild-offered = Die Fassung steht jetzt zur Freigabe.
flash-leitbild-adopted = Die Fassung ist als beschlossen erklärt.
error-leitbild-no-signoff = Noch hat kein Mitglied der Leitung diese Fassung freigegeben. Als beschlossen erklären kann das Prozessteam sie erst nach mindestens einer Freigabe.

## Publication
leitbild-publication = Veröffentlichung
leitbild-publication-none = nicht veröffentlicht
leitbild-publication-internal = intern
leitbild-publication-public = öffentlich
leitbild-publication-legend = Wer darf das Leitbild lesen?
leitbild-publication-choice-internal = Intern
leitbild-publication-internal-hint = Die Mitglieder der Verwaltung in ikoe, angemeldet, und das Prozessteam.
leitbild-publication-choice-public = Öffentlich
leitbild-publication-public-hint = Alle, ohne Anmeldung, unter einer eigenen Adresse – zum Beispiel für die Website der Verwaltung.
leitbild-publish = Veröffentlichen
leitbild-publication-public-url = Öffentliche Adresse:
leitbild-publication-internal-url = Adresse für die Beschäftigten:
leitbild-publication-withdraw = Veröffentlichung zurückziehen
confirm-leitbild-publication-withdraw-title = Veröffentlichung zurückziehen?
confirm-leitbild-publication-withdraw-text = Das Leitbild von „{ $process }“ ist dann nur noch für das Prozessteam sichtbar; die öffentliche Adresse zeigt nichts mehr.
confirm-leitbild-publication-withdraw-submit = Ja, zurückziehen
flash-leitbild-published = Das Leitbild ist veröffentlicht.
flash-leitbild-unpublished = Die Veröffentlichung ist zurückgezogen.
error-leitbild-not-adopted = Noch ist keine Fassung beschlossen. Veröffentlichen lässt sich nur ein beschlossenes Leitbild.

## Translations
leitbild-translations = Übersetzungen
leitbild-translations-hint = Übersetzungen helfen allen, die eine andere Sprache besser lesen. Maßgeblich bleibt der deutsche Text. Wird eine neue Fassung beschlossen, gilt eine Übersetzung als veraltet, bis sie neu gespeichert ist.
leitbild-translation-language = Sprache
leitbild-translation-state = Stand
leitbild-translation-actions = Aktionen
leitbild-translation-current = aktuell
leitbild-translation-outdated = veraltet
leitbild-translation-none = noch keine Übersetzung
leitbild-translation-edit = Bearbeiten
leitbild-translation-add = Hinzufügen
leitbild-translation-title = Übersetzung
leitbild-translation-lead = Übersetzen Sie Fassung { $number }, das beschlossene Leitbild. Neben jedem Feld steht der deutsche Text.
leitbild-translation-outdated-note = Diese Übersetzung gehört zu Fassung { $old }. Beschlossen ist inzwischen Fassung { $number }: Passen Sie die Übersetzung an und speichern Sie sie, dann gilt sie als aktuell.
leitbild-translation-original = Deutsch
leitbild-translation-principle = Leitsatz { $n }
leitbild-translation-goal = Ziel zu Leitsatz { $n }
leitbild-translation-save = Übersetzung speichern
flash-leitbild-translation-saved = Die Übersetzung ist gespeichert.
error-leitbild-translation-stale = Inzwischen hat jemand anderes diese Übersetzung gespeichert oder eine neue Fassung beschlossen. Ihr Text steht unten unverändert; prüfen Sie ihn und speichern Sie erneut.
error-translation-nothing-to-translate = Der deutsche Text hat hier nichts. Bitte lassen Sie dieses Feld leer.
confirm-leitbild-translation-remove-title = Übersetzung ({ $language }) entfernen?
confirm-leitbild-translation-remove-text = Die Übersetzung verschwindet von der Seite des Leitbilds und von den Plakaten. Der deutsche Text bleibt.
confirm-leitbild-translation-remove-submit = Ja, entfernen

## The poster
leitbild-poster = Plakat
leitbild-poster-hint = Das Plakat zeigt den Leitspruch groß und die Leitsätze mit ihren Zielen, in Druckqualität. Ohne Übersetzung ist es deutsch.
leitbild-poster-a3 = Plakat A3 (PDF)
leitbild-poster-a2 = Plakat A2 (PDF)
leitbild-poster-heading = Unser Leitbild
leitbild-poster-footer = Beschlossen am { $date } · Fassung { $number }

## The published text (/leitbild/{id}/text, /l/{id})
leitbild-published-title = Leitbild
leitbild-published-languages = Sprachen des Leitbilds
leitbild-published-missing = In dieser Sprache gibt es das Leitbild noch nicht. Hier steht der deutsche Text.
leitbild-published-outdated = Diese Übersetzung gehört zu einer früheren Fassung des Leitbilds. Maßgeblich ist der deutsche Text:
leitbild-published-adopted = Beschlossen am { $date }
leitbild-published-team-none = Noch nicht veröffentlicht: Nur das Prozessteam sieht diese Seite.
leitbild-published-team-internal = Intern veröffentlicht: Die Mitglieder der Verwaltung sehen diese Seite.
leitbild-published-team-public = Für alle veröffentlicht, ohne Anmeldung unter
