# Calendars: .ics files of modules and series, personal calendar feeds, reminders before modules.

## Links on the series page and on the personal registration page
calendar-links-download = Termine in den Kalender übernehmen
calendar-links-hint = Eine Kalenderdatei (.ics) für Outlook, Google Kalender, Apple Kalender, Thunderbird und andere Kalender-Apps.
calendar-links-feed-hint = Sie können die Adresse dieses Links auch in Ihrer Kalender-App abonnieren. Dann erscheinen Änderungen und Absagen von selbst.

## The personal calendar feed (/profile/calendar)
calendar-title = Meine Termine im Kalender
calendar-lead = Alle Module der Fortbildungsreihen, in denen Sie einen sicheren Platz haben, stehen in einem persönlichen Kalender. Wenn Sie ihn in Ihrer Kalender-App abonnieren, erscheinen neue Termine, Änderungen und Absagen von selbst.
calendar-url-label = Adresse Ihres Kalenders
calendar-url-hint = Kopieren Sie diese Adresse und fügen Sie sie in Ihrer Kalender-App ein, zum Beispiel unter „Kalender abonnieren“ oder „Aus dem Internet hinzufügen“.
calendar-subscribe = In der Kalender-App abonnieren
calendar-download = Als Datei herunterladen
calendar-secret = Diese Adresse ist geheim: Wer sie kennt, sieht Ihre Termine, ohne sich anzumelden. Geben Sie sie bitte nicht weiter.
calendar-reset-heading = Neue Adresse erzeugen
calendar-reset-text = Wenn jemand anderes die Adresse kennen könnte, erzeugen Sie eine neue. Die bisherige funktioniert dann nicht mehr; tragen Sie die neue Adresse in Ihrer Kalender-App ein.
calendar-reset-submit = Neue Adresse erzeugen
flash-calendar-reset = Ihr Kalender hat eine neue Adresse. Die bisherige funktioniert nicht mehr.
calendar-profile-link = Meine Termine im Kalender abonnieren

## Inside the calendar files
calendar-ics-feed-name = ikoe – Meine Termine
calendar-ics-topics = Themen
calendar-ics-access = Barrierefreiheit des Ortes
calendar-ics-online = Online-Teilnahme
calendar-ics-online-only = Online
calendar-ics-online-after-registration = Online-Teilnahme möglich; den Link erhalten Teilnehmende nach der Anmeldung.
calendar-ics-details = Details

## Reminder mail before a module
mail-module-reminder-subject = Erinnerung: { $module } am { $when }
mail-module-reminder-body =
    Guten Tag { $name },

    wir erinnern Sie an das Modul „{ $module }“ der Reihe „{ $series }“.

    Termin: { $when }
    { $details }

    Ihre Anmeldung und alle Termine:
    { $link }

    Wir freuen uns auf Sie.
mail-module-reminder-venue = Ort: { $venue }
mail-module-reminder-online = Online-Teilnahme: { $url }
mail-module-reminder-access = Barrierefreiheit des Ortes: { $access }
