# Planning of series: form errors, speakers, planning board, attendance.

## Form errors of series and modules
error-at-least-one = En az 1.
error-choose-at-least-one = Lütfen en az bir seçenek belirleyin.
error-date = Lütfen 04.03.2027 gibi bir tarih girin.
error-datetime = Lütfen tarih ve saat girin.
error-end-before-start = Bitiş, başlangıçtan sonra olmalıdır.
error-number = Lütfen bir tam sayı girin.
error-number-range = Bu sayı çok büyük ya da çok küçük.
error-venue-or-online = Bir etkinlik yeri ya da çevrim içi bağlantı girin.

## Attendance
attendance-link = Katılım
attendance-title = Katılım: { $title }
attendance-roll-heading = Katılım listesi
attendance-empty = Bu seride henüz kimsenin yeri yok.
attendance-present = katıldı
attendance-absent = katılmadı
attendance-excused = mazeretli
attendance-save = Katılımı kaydet
flash-attendance-saved = Katılım durumu kaydedildi.
attendance-checkin-heading = Katılımcıların kendi katılım kaydı
attendance-checkin-hint = Katılımcılar, sizin etkinlik yerinde gösterdiğiniz bir kodla kişisel bağlantıları üzerinden katılımlarını kendileri kaydedebilir – modülün başlamasından bir saat önce başlayıp modülün sonuna kadar.
attendance-checkin-start = Kod oluştur
attendance-checkin-show = Bu kodu etkinlik yerinde gösterin, örneğin projeksiyonla:
attendance-checkin-new = Yeni kod oluştur
attendance-checkin-off = Katılım kaydını kapat
attendance-list-heading = İmzalanacak katılım listesi
attendance-list-hint = Listeyi yazdırın, etkinlik yerinde imzalatın ve taranmış hâlini buraya yükleyin – destekçilere kanıt olarak.
attendance-list-download = Katılım listesi (PDF)
attendance-list-no = Sıra
attendance-list-signature = İmza
attendance-list-trainer = Eğitmen / düzenleyen imzası
attendance-list-page = Sayfa
attendance-scan-present = Yüklendi:
attendance-scan-field = İmzalı listeyi yükle
attendance-scan-hint = PDF, JPEG veya PNG, en fazla 10 MB. Yeni bir dosya öncekinin yerini alır.
attendance-scan-submit = Yükle
flash-scan-saved = İmzalı liste kaydedildi.
error-upload-too-large = Dosya izin verilenden büyük.
error-upload-empty = Lütfen bir dosya seçin.
error-upload-type = Bu dosya PDF, JPEG veya PNG değil.
checkin-heading = Katılım kaydı: { $title }
checkin-code = Etkinlik yerindeki kod
checkin-code-hint = Kod, etkinlik yerinde gösterilir, örneğin projeksiyonla.
checkin-submit = Katılımımı kaydet
flash-checked-in = Katılımınız kaydedildi.
flash-checkin-wrong-code = Kod doğru değil. Lütfen kontrol edin.
flash-checkin-closed = Bu modül için şu anda katılım kaydı yapılamıyor.
flash-checkin-too-many = Çok fazla deneme yapıldı. Lütfen etkinlik yerindeki düzenleyenlere başvurun.

## Completion and certificates
certificates-link = Tamamlama ve katılım belgeleri
certificates-title = Katılım belgeleri: { $title }
certificates-rule = Tamamlama kuralı: { $rules }.
certificates-rule-modules = { $count ->
    [one] en az { $count } modüle katılmış olmak
   *[other] en az { $count } modüle katılmış olmak
}
certificates-rule-mandatory = tüm zorunlu modüllere katılmış olmak
certificates-rule-hours = { $count ->
    [one] en az { $count } ders saati
   *[other] en az { $count } ders saati
}
certificates-rule-all = tüm modüllere katılmış olmak
certificates-progress = Katılımcıların durumu
certificates-completed = Tamamladı
certificates-certificate = Belge
certificates-revoke-reason = İptal nedeni
certificates-revoke = İptal et
certificates-issue-heading = Katılım belgelerini düzenle
certificates-to-issue = { $count ->
    [0] Tamamlayan herkesin zaten bir katılım belgesi var.
    [one] { $count } kişi seriyi tamamladı ancak henüz katılım belgesi yok.
   *[other] { $count } kişi seriyi tamamladı ancak henüz katılım belgeleri yok.
}
certificates-field-locale = Belgenin dili
certificates-field-locale-hint = Serinin başlığı bu dilde varsa belgede bu dilde yer alır.
certificates-field-place = Düzenlendiği yer
certificates-issue-submit = Belgeleri düzenle ve katılımcıları bilgilendir
certificates-revoked-heading = İptal edilen belgeler
flash-certificates-issued = Katılım belgeleri düzenlendi; katılımcılar bir e-posta alacak.
flash-certificates-none = Düzenlenecek yeni belge yoktu.
flash-certificate-revoked = Belge iptal edildi. Yeni bir belge düzenleyebilirsiniz.
certificate-heading = Katılım Belgesi
certificate-intro = aşağıdaki eğitim serisine başarıyla katılmıştır
certificate-modules = Katıldığı modüller
certificate-col-date = Tarih
certificate-col-module = Modül ve konular
certificate-col-hours = Saat
certificate-total = Toplam ders saati
certificate-annex-heading = Ek: katılınan modüller
certificate-annex-note = Katılınan { $count } modül (toplam { $hours } ders saati) ekte listelenmiştir.
certificate-verify = Belgenin doğruluğunu kontrol edin:
registration-certificate-link = Katılım belgenizi indirin (PDF)
verify-title = Belge doğrulama
verify-code = Doğrulama kodu
verify-code-hint = Kod, belgenin alt kısmında yer alır, örneğin K7P2-9XQM-4TRA.
verify-submit = Doğrula
verify-valid = Bu belge geçerlidir.
verify-revoked = Bu belge iptal edilmiştir.
verify-revoked-on = İptal tarihi: { $date }.
verify-unknown = Bu koda ait bir belge yok.
verify-unknown-hint = Kodda yazım hatası olup olmadığını kontrol edin.
verify-participant = Düzenlendiği kişi
verify-series = Eğitim serisi
verify-issuer = Düzenleyen
verify-issued = Düzenlenme tarihi
verify-hours = Ders saati
mail-certificate-issued-subject = Katılım belgeniz: { $series }
mail-certificate-issued-body =
    Merhaba { $name },

    Tebrikler: “{ $series }” eğitimini tamamladınız. Katılım belgenizi buradan indirebilirsiniz:
    { $link }

## Speakers and the planning board
series-org-link = Eğitim serilerini planla ve yönet
speakers-link = Eğitmenler
speakers-title = Eğitmenler: { $org }
speakers-empty = Listede henüz eğitmen yok.
speakers-add-heading = Eğitmen ekle
speakers-edit-heading = Eğitmeni düzenle
speakers-field-email-hint = Talepler bu adrese gönderilir. Hesap gerekmez.
speakers-field-topics = Konular
speakers-field-bio = Kısa özgeçmiş
flash-speaker-added = Kişi listeye eklendi.
error-speaker-exists = Bu e-posta adresi zaten listede var.
module-speakers-title = “{ $title }” için eğitmenler
module-speakers-requests = Talepler
module-speakers-none = Henüz kimseye talep gönderilmedi.
module-speakers-deadline = Son yanıt tarihi: { $date }
module-speakers-withdraw = Geri çek
module-speakers-ask = Eğitmene talep gönder
module-speakers-directory-empty = Önce eğitmenleri listeye ekleyin.
module-speakers-field-speaker = Eğitmen
module-speakers-field-deadline = Son yanıt tarihi
module-speakers-field-deadline-hint = Bu tarihe kadar her üç günde bir hatırlatma gönderilir; ardından talep geçersiz olur.
module-speakers-field-message = Kişisel mesaj
module-speakers-submit = Talebi gönder
flash-speaker-asked = Talep gönderildi.
error-deadline-past = Bu tarih geçmişte kalıyor.
error-module-cancelled = Bu modül iptal edildi.
error-speaker-double-booked = Bu kişiye aynı saatteki başka bir modül için zaten talep gönderildi ya da kişi o modülü kabul etti.
error-speaker-already-asked = Bu kişiye bu modül için zaten talep gönderildi.
request-status-asked = talep gönderildi
request-status-confirmed = kabul edildi
request-status-declined = reddedildi
request-status-expired = yanıt gelmeden süresi doldu
request-status-withdrawn = geri çekildi
speaker-answer-title = Talep: { $title }
speaker-answer-deadline = Lütfen { $date } tarihine kadar yanıt verin.
speaker-answer-confirm = Evet, bu modülü üstleniyorum
speaker-answer-decline = Hayır, maalesef üstlenemiyorum
speaker-answer-thanks = Kabul ettiğiniz için çok teşekkür ederiz! Düzenleyenler ayrıntılar için sizinle iletişime geçecek.
speaker-answer-closed = Bu talep yanıtlandı ya da artık açık değil.
flash-speaker-confirmed = Kabul ettiğiniz için teşekkür ederiz!
flash-speaker-declined = Üzgünüz – ret yanıtınız bize ulaştı. Bildirdiğiniz için teşekkür ederiz.
flash-speaker-closed = Bu talep artık açık değil.
board-link = Planlama panosu
board-title = Planlama panosu: { $org }
board-intro = Önümüzdeki 24 aydaki tüm modüller, eğitmen durumlarıyla birlikte – böylece eksikler göze çarpar.
board-gaps = { $count ->
    [0] Tüm modüller için bir kabul ya da açık bir talep var.
    [one] { $count } modülün eğitmeni yok.
   *[other] { $count } modülün eğitmeni yok.
}
board-clashes = { $count ->
    [one] { $count } modülde aynı kişi aynı saatte iki yerde planlanmış.
   *[other] { $count } modülde aynı kişi aynı saatte iki yerde planlanmış.
}
board-show-gaps = Yalnızca eksikleri göster
board-show-all = Tüm modülleri göster
board-empty = Önümüzdeki 24 ayda modül yok.
board-speakers = Eğitmenler
board-state = Durum
board-state-open = açık
board-state-asked = talep gönderildi
board-state-confirmed = kabul edildi
board-state-declined = reddedildi – yeni talep gönderin
board-clash = Dikkat: { $name } aynı saatte başka bir yerde planlanmış.
mail-speaker-request-subject = Talep: { $module } ({ $series })
mail-speaker-request-body =
    Merhaba { $name },

    { $asker }, “{ $series }” eğitim serisinin { $when } tarihindeki “{ $module }” modülünü üstlenip üstlenemeyeceğinizi soruyor.
    { $message }
    Lütfen bu bağlantı üzerinden, mümkünse { $deadline } tarihine kadar kabul ya da ret yanıtınızı verin (hesap gerekmez):
    { $link }
mail-speaker-reminder-subject = Hatırlatma: { $module } talebi ({ $series })
mail-speaker-reminder-body =
    Merhaba { $name },

    “{ $series }” serisinin { $when } tarihindeki “{ $module }” modülü için gönderdiğimiz talebe henüz yanıt alamadık.
    Lütfen { $deadline } tarihine kadar bu bağlantı üzerinden kabul ya da ret yanıtınızı verin:
    { $link }
mail-speaker-confirmed-subject = Kabul: { $speaker } – { $module }
mail-speaker-confirmed-body =
    { $speaker }, { $when } tarihindeki “{ $module }” modülünü kabul etti.
mail-speaker-declined-subject = Ret: { $speaker } – { $module }
mail-speaker-declined-body =
    { $speaker }, { $when } tarihindeki “{ $module }” modülünü reddetti. Planlama panosu bu eksikliği gösteriyor.
certificates-none-completed = Henüz kimse diziyi tamamlamadı.
certificates-missing = Eksik:
certificates-missing-modules =
    { $count ->
        [one] 1 modül
       *[other] { $count } modül
    }
certificates-missing-mandatory =
    { $count ->
        [one] 1 zorunlu modül
       *[other] { $count } zorunlu modül
    }
certificates-missing-hours =
    { $count ->
        [one] 1 saat
       *[other] { $count } saat
    }
