app-name = ikoe
skip-to-content = Zum Inhalt springen
nav-label = Hauptnavigation
nav-home = Start
nav-orgs = Organisationen
nav-profile = Mein Konto
nav-admin = Verwaltung
nav-login = Einloggen
nav-logout = Ausloggen
lang-switch-label = Sprache wählen
breadcrumbs-label = Brotkrumennavigation
footer-label = Fußzeile
footer-imprint = Impressum
footer-privacy = Datenschutz
footer-accessibility = Erklärung zur Barrierefreiheit
footer-barrier-report = Barriere melden
pagination-label = Seiten
pagination-prev = Vorherige Seite
pagination-next = Nächste Seite
pagination-page = Seite
optional = optional
choose = Bitte wählen
filter-any = Alle
save = Speichern
yes = ja
no = nein
home-title = Willkommen bei ikoe
home-lead = Die Plattform für die interkulturelle Öffnung der Verwaltung: Qualifizierung, Vernetzung und Beteiligung an einem Ort.
home-my-orgs = Meine Organisationen
home-no-orgs = Sie gehören noch keiner Organisation an. Eine Administratorin oder ein Administrator Ihrer Organisation kann Sie einladen.
home-manage-members = Mitglieder verwalten
home-profile-link = Mein Konto
home-about-title = Worum es geht
home-org-count = { $count ->
    [one] Eine Organisation im Verzeichnis
   *[other] { $count } Organisationen im Verzeichnis
}
error-summary-title = Es gibt ein Problem
error-prefix = Fehler:
error-required = Bitte füllen Sie dieses Feld aus.
error-too-long = Der Text ist zu lang.
error-control-chars = Bitte verwenden Sie keine Zeilenumbrüche oder Steuerzeichen.
error-stacked-marks = Bitte setzen Sie nicht mehr als vier Akzente oder Zeichen übereinander.
error-email = Bitte geben Sie eine E-Mail-Adresse wie name@beispiel.de ein.
error-url = Bitte geben Sie eine Webadresse ein, die mit https:// beginnt.
error-choose-option = Bitte wählen Sie eine der Möglichkeiten.
error-internal = Das hat nicht geklappt. Bitte versuchen Sie es noch einmal.
error-too-many-attempts = Zu viele Versuche. Bitte warten Sie 15 Minuten und versuchen Sie es dann erneut.
error-stale = Jemand anderes hat diese Angaben inzwischen geändert. Prüfen Sie Ihre Eingaben und speichern Sie erneut.
error-page-home-link = Zur Startseite
error-page-bad-request-title = Anfrage unvollständig
error-page-bad-request-text = Das Formular kam unvollständig an. Gehen Sie zurück, laden Sie die Seite neu und senden Sie es noch einmal.
error-page-not-found-title = Seite nicht gefunden
error-page-not-found-text = Diese Seite gibt es nicht oder nicht mehr. Prüfen Sie die Adresse.
error-page-forbidden-title = Kein Zugriff
error-page-forbidden-text = Sie haben keine Berechtigung für diese Seite. Wenden Sie sich an die Administration Ihrer Organisation.
error-page-csrf-title = Formular abgelaufen
error-page-csrf-text = Das Formular war nicht mehr gültig, deshalb wurde nichts gespeichert. Gehen Sie zurück, laden Sie die Seite neu und senden Sie es erneut – Ihre Eingaben sind dort meist noch vorhanden.
error-page-rate-limited-title = Zu viele Anfragen
error-page-rate-limited-text = Bitte warten Sie einen Moment und versuchen Sie es dann erneut.
error-page-internal-title = Ein Fehler ist aufgetreten
error-page-internal-text = Es tut uns leid, etwas ist schiefgegangen. Es wurde nichts geändert. Bitte versuchen Sie es später erneut.
flash-saved = Gespeichert.
error-page-too-large-title = Zu viel auf einmal
error-page-too-large-text = Das Formular enthielt mehr Text, als ikoe annimmt. Es wurde nichts gespeichert. Kürzen Sie den Text und senden Sie es erneut.

# start page, header menu, lists (issue 11)
home-personal-lead = Was als Nächstes ansteht und was auf Sie wartet.
home-tasks = Was auf Sie wartet
home-pending-total = { $count ->
    [one] Eine Anmeldung wartet auf Ihre Freigabe.
   *[other] { $count } Anmeldungen warten auf Ihre Freigabe.
}
home-pending = { $count ->
    [one] Eine Anmeldung wartet auf Freigabe
   *[other] { $count } Anmeldungen warten auf Freigabe
}
home-open-slots = { $count ->
    [one] Ein Modul hat noch keine Referent*in
   *[other] { $count } Module haben noch keine Referent*in
}
home-next = Meine nächsten Termine
home-next-empty = Sie sind zurzeit für keine Fortbildung angemeldet.
home-next-module = Nächstes Modul:
home-all-registrations = Alle meine Anmeldungen
home-find-series = Fortbildungen finden
home-spaces = Meine Räume
home-spaces-empty = Sie gehören noch keinem Raum an.
home-new-posts = { $count ->
    [one] ein neuer Beitrag
   *[other] { $count } neue Beiträge
}
home-search-label = Fortbildungen durchsuchen
home-search-submit = Suchen
home-open = Jetzt zur Anmeldung offen
home-open-empty = Gerade ist keine Fortbildung zur Anmeldung offen.
home-free-seats = { $count ->
    [one] Noch ein Platz frei
   *[other] Noch { $count } Plätze frei
}
home-more-series = Alle Fortbildungen ansehen
catalogue-search = Suchbegriff
nav-menu = Menü
list-separator = {", "}
table-scroll-hint = Die Tabelle ist breiter als der Bildschirm: seitlich wischen, um alle Spalten zu sehen.
# states, districts and district-free cities (crates/ikoe/src/regions.rs)
region-DE-BW = Baden-Württemberg
region-DE-BY = Bayern
region-DE-BE = Berlin
region-DE-BB = Brandenburg
region-DE-HB = Bremen
region-DE-HH = Hamburg
region-DE-HE = Hessen
region-DE-MV = Mecklenburg-Vorpommern
region-DE-NI = Niedersachsen
region-DE-NW = Nordrhein-Westfalen
region-DE-RP = Rheinland-Pfalz
region-DE-SL = Saarland
region-DE-SN = Sachsen
region-DE-ST = Sachsen-Anhalt
region-ST-SAW = Altmarkkreis Salzwedel
region-ST-ABI = Anhalt-Bitterfeld
region-ST-BK = Börde
region-ST-BLK = Burgenlandkreis
region-ST-HZ = Harz
region-ST-JL = Jerichower Land
region-ST-MSH = Mansfeld-Südharz
region-ST-SK = Saalekreis
region-ST-SLK = Salzlandkreis
region-ST-SDL = Stendal
region-ST-WB = Wittenberg
region-ST-DE = Dessau-Roßlau
region-ST-HAL = Halle (Saale)
region-ST-MD = Magdeburg
region-DE-SH = Schleswig-Holstein
region-DE-TH = Thüringen
