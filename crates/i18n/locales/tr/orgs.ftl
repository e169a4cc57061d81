orgs-title = Kuruluşlar
orgs-filter-label = Kuruluşları filtrele
orgs-search = Adında geçen
orgs-kind = Tür
orgs-region = Bölge
orgs-website = Web sitesi
orgs-filter-submit = Göster
orgs-empty = Bu bilgilere uyan bir kuruluş yok. Aramayı veya filtreleri değiştirin.
orgs-count = { $count ->
    [one] Bir kuruluş bulundu
   *[other] { $count } kuruluş bulundu
}
orgs-member-count = { $count ->
    [one] Bir üye
   *[other] { $count } üye
}
org-kind-programme-provider = Program yürütücü kuruluş
org-kind-administration = Kamu idaresi
org-kind-coordination-office = Entegrasyon koordinasyon birimi
org-kind-education = Eğitim kurumu
org-kind-migrant-organisation = Göçmen örgütü
org-kind-association = Dernek veya birlik
role-admin = Yönetici
role-member = Üye
org-edit-link = Bilgileri düzenle
org-edit-title = Düzenle: { $org }
org-field-name = Kuruluşun adı
org-field-region-hint = Eyalet; Saksonya-Anhalt'ta ise ilçe (Landkreis) veya ilçeye bağlı olmayan şehir.
org-field-description = Açıklama
org-field-website-hint = Örneğin https://www.beispiel.de
flash-org-saved = Kuruluş bilgileri kaydedildi.
members-title = { $org } üyeleri
members-heading = Üyeler
members-role = Rol
members-actions = İşlemler
members-make-admin = Yönetici yap: { $name }
members-make-member = Rolü “Üye” olarak değiştir: { $name }
members-remove = Kuruluştan çıkar: { $name }
members-open-invitations = Bekleyen davetler
members-no-invitations = Bekleyen davet yok. Aşağıdaki formla birini davet edin.
members-revoke = Daveti geri çek: { $email }
members-invite = Birini davet et
members-invite-language = Davet dili
members-invite-language-hint = E-posta bu dilde yazılır.
members-invite-submit = Davet gönder
error-already-member = Bu kişi zaten üye.
error-last-admin = Bir kuruluşun en az bir yöneticisi olmalıdır.
flash-invitation-sent = Davet gönderildi.
flash-member-removed = Üye çıkarıldı.
flash-role-changed = Rol değiştirildi.
flash-invitation-revoked = Davet geri çekildi.
error-already-invited = Bu kişi zaten davet edildi. Yeni bir davet göndermek için açık daveti geri çekin.
error-org-exists = Bu adla bir kuruluş zaten var.
members-invite-lead = Kişi, 7 gün geçerli bir bağlantı içeren bir e-posta alır. Zaten hesabı olan kişi giriş yapar ve daveti bu bağlantıyla kabul eder.

# Kuruluşun logosu
org-logo-heading = Logo
org-logo-hint = PNG veya JPEG, en fazla 1 MB ve en fazla 4000 × 4000 piksel. Serilerinizin sertifikalarının üstünde ve kuruluşun sayfasında görünür.
org-logo-field = Logo dosyası
org-logo-upload = Logoyu yükle
org-logo-current = Mevcut logo
org-logo-alt = { $org } logosu
org-logo-none = Henüz logo yok.
org-logo-remove = Logoyu kaldır
flash-org-logo-saved = Logo kaydedildi.
flash-org-logo-removed = Logo kaldırıldı.
error-logo-type = Bu dosya okunabilir bir PNG veya JPEG görüntüsü değil. Lütfen bir PNG veya JPEG dosyası seçin.
error-logo-too-large = Dosya 1 MB'tan büyük.
error-logo-dimensions = Görüntünün genişliği ve yüksekliği 16 ile 4000 piksel arasında olmalıdır.
error-logo-incomplete = Görüntü dosyası eksik: Belirtilen boyutunun gerektirdiğinden daha az görüntü verisi içeriyor. Lütfen görüntüyü yeniden kaydedin (örneğin PNG olarak) ve tekrar yükleyin.
