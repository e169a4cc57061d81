admin-users-title = Hesaplar
admin-users-search = Hesaplarda ara
admin-users-count = { $count ->
    [one] Bir hesap
   *[other] { $count } hesap
}
admin-users-since = Oluşturulma
admin-users-platform-admin = Platform yöneticisi
admin-users-grant-admin = Platform yöneticisi yap: { $name }
admin-users-revoke-admin = Platform yöneticiliğini kaldır: { $name }
admin-invite-org = Kuruluş
admin-invite-no-org = Kuruluş yok
admin-org-new-title = Yeni kuruluş
admin-org-create = Kuruluş oluştur
flash-org-created = Kuruluş oluşturuldu. Şimdi kuruluşun ilk yöneticisini davet edin.
admin-audit-title = Değişiklik kaydı
admin-audit-filter = Kaydı filtrele
admin-audit-count = { $count ->
    [one] Bir giriş
   *[other] { $count } giriş
}
admin-audit-when = Zaman
admin-audit-who = Kim
admin-audit-action = İşlem
admin-audit-object = Nesne
admin-audit-org = Kuruluş
admin-audit-detail = Ayrıntılar
admin-audit-actor-id = Kişi (numara)
admin-audit-org-id = Kuruluş (numara)
admin-audit-system = Sistem
admin-outbox-title = Giden kutusu
admin-mail-title = E-posta
admin-outbox-no-smtp = SMTP sunucusu ayarlanmamış. E-postalar gönderilmez, burada toplanır.
admin-outbox-empty = Giden kutusu boş.
admin-outbox-count = { $count ->
    [one] Bir e-posta
   *[other] { $count } e-posta
}
admin-outbox-created = Oluşturulma
admin-outbox-to = Alıcı
admin-outbox-subject = Konu
admin-outbox-status = Durum
admin-outbox-language = Dil
admin-outbox-back = Giden kutusuna dön
admin-outbox-status-pending = bekliyor
admin-outbox-status-sent = gönderildi
admin-outbox-status-failed = başarısız
admin-barriers-title = Bildirilen erişilebilirlik sorunları
admin-barriers-empty = Hiç erişilebilirlik sorunu bildirilmedi.
admin-barriers-done = Çözüldü olarak işaretle
admin-barriers-reopen = Yeniden aç
admin-barriers-status-open = açık
admin-barriers-status-done = çözüldü
admin-texts-title = Yasal metinler
admin-texts-lead = Bu metinlere her sayfanın alt kısmından ulaşılır. Almanca metin zorunludur; çeviri yoksa Almanca metin gösterilir.
admin-texts-language = Dil
admin-texts-switch = Dili değiştir
admin-texts-body = Metin
admin-texts-body-hint = Boş satırlar paragrafları ayırır. Metni boş bırakırsanız varsayılan metin geri yüklenir.
admin-orgs-title = Kuruluşlar
admin-orgs-members-of = Üyeler: { $org }
admin-mail-hidden = E-postaların konusu ve metni kişisel içeriktir ve burada gösterilmez.

# the outbox shows the kind of a mail, not its text
admin-mail-not-kept = Bir e-postanın metni gönderildikten sonra saklanmaz.
admin-outbox-text-shown = Bu kurulum e-postaların konusunu ve metnini gösteriyor, çünkü SMTP sunucusu ayarlanmamış ve show_mail_text_in_outbox ayarı buna izin veriyor (yalnızca tanıtım ve test kurulumları için).
admin-outbox-text-hidden = Burada her e-postanın alıcısını, türünü ve durumunu görürsünüz. Konu ve metin kişisel içeriktir ve gösterilmez.
admin-outbox-kind = Tür
admin-outbox-kind-invitation = Davet (yeni hesap)
admin-outbox-kind-invitation-existing = Davet (mevcut hesap)
admin-outbox-kind-reset = Parola sıfırlama
admin-outbox-kind-registration-confirm = Kaydı onaylama
admin-outbox-kind-registration-confirmed = Kayıt onaylandı
admin-outbox-kind-registration-waiting = Bekleme listesi
admin-outbox-kind-registration-pending = Kayıt onay bekliyor
admin-outbox-kind-registration-moved-up = Bekleme listesinden yükseldi
admin-outbox-kind-registration-again = Aynı adresin yeniden kaydı
admin-outbox-kind-registration-cancelled = Kayıt iptal edildi
admin-outbox-kind-certificate-issued = Sertifika düzenlendi
admin-outbox-kind-speaker-request = Konuşmacıya talep
admin-outbox-kind-speaker-reminder = Konuşmacıya hatırlatma
admin-outbox-kind-speaker-confirmed = Konuşmacı kabul etti
admin-outbox-kind-speaker-declined = Konuşmacı reddetti
admin-outbox-kind-module-cancelled = Modül iptal edildi
admin-outbox-kind-module-reminder = Modül hatırlatması
admin-outbox-kind-feedback-invite = Geri bildirim isteği
admin-outbox-kind-space-invitation = Bir alana davet
admin-outbox-kind-space-invitation-org = Bir kuruluşun bir alana daveti
admin-outbox-kind-space-request-new = Yeni katılım isteği
admin-outbox-kind-space-request-accepted = Katılım isteği kabul edildi
admin-outbox-kind-space-request-declined = Katılım isteği reddedildi
admin-outbox-kind-space-post = Yeni gönderi
admin-outbox-kind-space-digest = Günlük özet
