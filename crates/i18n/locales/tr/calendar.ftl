# Calendars: .ics files of modules and series, personal calendar feeds, reminders before modules.

## Links on the series page and on the personal registration page
calendar-links-download = Tarihleri takviminize ekleyin
calendar-links-hint = Outlook, Google Takvim, Apple Takvim, Thunderbird ve diğer takvim uygulamaları için bir takvim dosyası (.ics).
calendar-links-feed-hint = Bu bağlantının adresine takvim uygulamanızda abone de olabilirsiniz. Böylece değişiklikler ve iptaller kendiliğinden görünür.

## The personal calendar feed (/profile/calendar)
calendar-title = Takvimimdeki tarihlerim
calendar-lead = Kesin yeriniz olan eğitim serilerinin tüm modülleri kişisel bir takvimde yer alır. Takvim uygulamanızda bu takvime abone olursanız yeni tarihler, değişiklikler ve iptaller kendiliğinden görünür.
calendar-url-label = Takviminizin adresi
calendar-url-hint = Bu adresi kopyalayın ve takvim uygulamanıza yapıştırın, örneğin “Takvime abone ol” veya “İnternetten ekle” bölümünde.
calendar-subscribe = Takvim uygulamasında abone olun
calendar-download = Dosya olarak indirin
calendar-secret = Bu adres gizlidir: Adresi bilen herkes oturum açmadan tarihlerinizi görebilir. Lütfen adresi başkalarıyla paylaşmayın.
calendar-reset-heading = Yeni adres oluşturun
calendar-reset-text = Adresi başka birinin bilme ihtimali varsa yeni bir adres oluşturun. Önceki adres artık çalışmaz; yeni adresi takvim uygulamanıza girin.
calendar-reset-submit = Yeni adres oluştur
flash-calendar-reset = Takviminizin yeni bir adresi var. Önceki adres artık çalışmıyor.
calendar-profile-link = Tarihlerime takvimde abone olun

## Inside the calendar files
calendar-ics-feed-name = ikoe – Tarihlerim
calendar-ics-topics = Konular
calendar-ics-access = Etkinlik yerinin erişilebilirliği
calendar-ics-online = Çevrim içi katılım
calendar-ics-online-only = Çevrim içi
calendar-ics-online-after-registration = Çevrim içi katılım mümkündür; katılımcılar bağlantıyı kayıttan sonra alır.
calendar-ics-details = Ayrıntılar

## Reminder mail before a module
mail-module-reminder-subject = Hatırlatma: { $module }, { $when }
mail-module-reminder-body =
    Merhaba { $name },

    “{ $series }” serisinin “{ $module }” modülünü size hatırlatmak isteriz.

    Tarih: { $when }
    { $details }

    Kaydınız ve tüm tarihler:
    { $link }

    Sizi aramızda görmekten memnuniyet duyarız.
mail-module-reminder-venue = Yer: { $venue }
mail-module-reminder-online = Çevrim içi katılım: { $url }
mail-module-reminder-access = Etkinlik yerinin erişilebilirliği: { $access }
