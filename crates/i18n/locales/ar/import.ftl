# My registrations and the CSV import of participants.

mine-title = Meine Anmeldungen
mine-empty = Sie sind noch für keine Fortbildung angemeldet.
import-heading = Teilnehmende aus einer CSV-Datei übernehmen
import-hint = Eine Zeile pro Person. Die erste Zeile nennt die Spalten: Name, E-Mail, Organisation (freiwillig), Zielgruppe (freiwillig, sonst die erste der Reihe). Komma oder Semikolon als Trennzeichen, UTF-8. Nur wenn alle Zeilen stimmen, wird übernommen; alle bekommen eine E-Mail.
import-field-file = CSV-Datei
import-field-file-hint = Höchstens 1 MB.
import-submit = Übernehmen
import-errors-title = Nichts übernommen – bitte korrigieren Sie die Datei
import-line = Zeile { $line }
import-field-name = Name
import-field-email = E-Mail
import-field-org = Organisation
import-field-group = Zielgruppe
import-error-header = Die erste Zeile muss die Spalten „Name“ und „E-Mail“ nennen.
import-error-encoding = Die Datei ist nicht als UTF-8 gespeichert.
import-error-row = Diese Zeile lässt sich nicht lesen.
import-error-duplicate = Diese Adresse steht mehrmals in der Datei.
import-error-empty = Die Datei enthält keine Personen.
flash-participants-imported = Die Teilnehmenden sind übernommen und benachrichtigt.
