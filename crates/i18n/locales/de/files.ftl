# Files of a space, attachments, trash and search.
files-title = Dateien
files-link = Dateien
files-usage = Belegt: { $used }
files-quota = von { $quota }.
files-empty = Hier liegen noch keine Dateien.
files-table-caption = Ordner und Dateien
files-col-name = Name
files-col-size = Größe
files-col-changed = Geändert
files-folder = Ordner
files-upload-heading = Dateien hochladen
files-field-file = Datei
files-upload-submit = Hochladen
file-field-kinds = Erlaubt: { $kinds }.
file-field-max = Höchstens { $size } je Datei.
file-version-n = Fassung { $n }
file-version = Fassung
file-kind = Art
file-sha256 = Prüfsumme (SHA-256)
file-download = Herunterladen
file-versions-heading = Alle Fassungen
file-new-version-heading = Neue Fassung hochladen
file-new-version-submit = Neue Fassung hochladen
file-trash = In den Papierkorb
file-in-trash = Diese Datei liegt im Papierkorb.
folder-new-heading = Neuer Ordner
folder-field-name = Name des Ordners
folder-new-submit = Ordner anlegen
folder-delete = Ordner löschen
trash-title = Papierkorb
trash-lead = { $days ->
    [one] Gelöschte Dateien bleiben einen Tag hier und können wiederhergestellt werden. Danach werden sie endgültig entfernt.
   *[other] Gelöschte Dateien bleiben { $days } Tage hier und können wiederhergestellt werden. Danach werden sie endgültig entfernt.
}
trash-empty = Der Papierkorb ist leer.
trash-deleted-at = gelöscht am
trash-restore = Wiederherstellen
post-field-files = Dateien anhängen
post-files = Angehängte Dateien
post-file-details = Details und Fassungen
search-title = Suche im Raum
search-field = Themen, Beiträge und Dateinamen durchsuchen
search-count = { $count ->
    [0] Nichts gefunden. Versuchen Sie andere oder weniger Wörter.
    [one] Ein Treffer.
   *[other] { $count } Treffer.
}
search-kind-thread = Thema
search-kind-post = Beitrag
search-kind-file = Datei
flash-folder-created = Der Ordner ist angelegt.
flash-folder-deleted = Der Ordner ist gelöscht.
flash-files-uploaded = Hochgeladen.
flash-file-version = Die neue Fassung ist gespeichert. Die früheren bleiben erhalten.
flash-file-trashed = Die Datei liegt im Papierkorb.
flash-file-restored = Die Datei ist wiederhergestellt.
error-file-type = Diese Dateiart ist nicht erlaubt. Erlaubt sind PDF, Bilder (PNG, JPEG, GIF, WebP), Office- und OpenDocument-Dateien sowie Text (TXT, CSV, Markdown).
error-file-content = Der Inhalt der Datei passt nicht zu ihrem Namen. Prüfen Sie, ob es die richtige Datei ist.
error-file-empty = Die Datei ist leer.
error-file-too-large = Die Datei ist größer als erlaubt.
error-file-incomplete = Die Datei kam nicht vollständig an. Bitte versuchen Sie es noch einmal.
error-file-store = Die Datei konnte nicht gespeichert werden. Bitte versuchen Sie es später noch einmal.
error-file-none = Wählen Sie eine Datei aus.
error-file-one = Wählen Sie genau eine Datei aus.
error-file-name-path = Der Dateiname darf keine Schrägstriche und keine Ordnerangaben wie „..“ enthalten.
error-file-name-chars = Der Dateiname darf diese Zeichen nicht enthalten: < > : " | ? * und nicht mit einem Punkt enden.
error-file-name-invisible = Der Name enthält unsichtbare Zeichen (zum Beispiel ein Leerzeichen ohne Breite). Bitte tippen Sie ihn neu.
error-file-name-taken = In diesem Ordner gibt es schon eine Datei mit diesem Namen. Laden Sie auf ihrer Seite eine neue Fassung hoch oder benennen Sie die Datei um.
error-file-version-kind = Eine neue Fassung muss dieselbe Dateiart haben wie die Datei.
error-file-restore-taken = Eine andere Datei in diesem Ordner trägt inzwischen denselben Namen. Benennen Sie sie um oder legen Sie sie in den Papierkorb, dann stellen Sie diese wieder her.
error-quota = Der Speicherplatz dieses Raums reicht dafür nicht. Löschen Sie alte Dateien oder Fassungen, oder fragen Sie die Betreiber nach mehr Platz.
error-folder-exists = Hier gibt es schon einen Ordner mit diesem Namen.
error-folder-not-empty = Der Ordner ist nicht leer. Verschieben oder löschen Sie zuerst seinen Inhalt.
space-news-files = { $count ->
    [one] eine neue Datei
   *[other] { $count } neue Dateien
}
