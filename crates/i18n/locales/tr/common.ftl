app-name = ikoe
skip-to-content = İçeriğe geç
nav-label = Ana menü
nav-home = Ana sayfa
nav-orgs = Kuruluşlar
nav-profile = Hesabım
nav-admin = Yönetim
nav-login = Giriş yap
nav-logout = Çıkış yap
lang-switch-label = Dil seçin
breadcrumbs-label = Sayfa konumu
footer-label = Alt bilgi
footer-imprint = Künye
footer-privacy = Veri koruma
footer-accessibility = Erişilebilirlik beyanı
footer-barrier-report = Erişilebilirlik sorunu bildir
pagination-label = Sayfalar
pagination-prev = Önceki sayfa
pagination-next = Sonraki sayfa
pagination-page = Sayfa
optional = isteğe bağlı
choose = Lütfen seçin
filter-any = Tümü
save = Kaydet
yes = evet
no = hayır
home-title = ikoe'ye hoş geldiniz
home-lead = Kamu yönetiminin kültürlerarası açılımı için platform: nitelik geliştirme, ağ oluşturma ve katılım tek bir yerde.
home-my-orgs = Kuruluşlarım
home-no-orgs = Henüz hiçbir kuruluşa üye değilsiniz. Kuruluşunuzun bir yöneticisi sizi davet edebilir.
home-manage-members = Üyeleri yönet
home-profile-link = Hesabım
home-about-title = Platform hakkında
home-org-count = { $count ->
    [one] Dizinde bir kuruluş
   *[other] Dizinde { $count } kuruluş
}
error-summary-title = Bir sorun var
error-prefix = Hata:
error-required = Lütfen bu alanı doldurun.
error-too-long = Metin çok uzun.
error-control-chars = Lütfen satır sonu veya kontrol karakteri kullanmayın.
error-stacked-marks = Lütfen bir harfin üzerine dörtten fazla aksan veya işaret koymayın.
error-email = Lütfen name@beispiel.de gibi bir e-posta adresi girin.
error-url = Lütfen https:// ile başlayan bir web adresi girin.
error-choose-option = Lütfen seçeneklerden birini seçin.
error-internal = İşlem gerçekleştirilemedi. Lütfen tekrar deneyin.
error-too-many-attempts = Çok fazla deneme yapıldı. Lütfen 15 dakika bekleyip tekrar deneyin.
error-stale = Bu bilgiler bu arada başka biri tarafından değiştirildi. Girdiğiniz bilgileri kontrol edip yeniden kaydedin.
error-page-home-link = Ana sayfaya git
error-page-bad-request-title = Eksik istek
error-page-bad-request-text = Form eksik ulaştı. Geri dönün, sayfayı yenileyin ve yeniden gönderin.
error-page-not-found-title = Sayfa bulunamadı
error-page-not-found-text = Bu sayfa yok veya artık mevcut değil. Adresi kontrol edin.
error-page-forbidden-title = Erişim yok
error-page-forbidden-text = Bu sayfaya erişim yetkiniz yok. Kuruluşunuzun yöneticisine başvurun.
error-page-csrf-title = Formun süresi doldu
error-page-csrf-text = Form artık geçerli olmadığı için hiçbir şey kaydedilmedi. Geri dönün, sayfayı yeniden yükleyin ve formu tekrar gönderin – girdiğiniz bilgiler genellikle orada hâlâ durur.
error-page-rate-limited-title = Çok fazla istek
error-page-rate-limited-text = Lütfen biraz bekleyip tekrar deneyin.
error-page-internal-title = Bir hata oluştu
error-page-internal-text = Üzgünüz, bir şeyler ters gitti. Hiçbir şey değiştirilmedi. Lütfen daha sonra tekrar deneyin.
flash-saved = Kaydedildi.
error-page-too-large-title = Bir seferde çok fazla
error-page-too-large-text = Form, ikoe'nin kabul ettiğinden daha fazla metin içeriyordu. Hiçbir şey kaydedilmedi. Metni kısaltıp yeniden gönderin.

# start page, header menu, lists (issue 11)
home-personal-lead = Sırada ne var ve sizi ne bekliyor.
home-tasks = Sizi bekleyenler
home-pending-total = { $count ->
    [one] Bir kayıt onayınızı bekliyor.
   *[other] { $count } kayıt onayınızı bekliyor.
}
home-pending = { $count ->
    [one] Bir kayıt onay bekliyor
   *[other] { $count } kayıt onay bekliyor
}
home-open-slots = { $count ->
    [one] Bir modülün henüz eğitmeni yok
   *[other] { $count } modülün henüz eğitmeni yok
}
home-next = Sıradaki tarihlerim
home-next-empty = Şu anda hiçbir eğitime kayıtlı değilsiniz.
home-next-module = Sıradaki modül:
home-all-registrations = Tüm kayıtlarım
home-find-series = Eğitim bul
home-spaces = Alanlarım
home-spaces-empty = Henüz hiçbir alana üye değilsiniz.
home-new-posts = { $count ->
    [one] bir yeni gönderi
   *[other] { $count } yeni gönderi
}
home-search-label = Eğitimlerde ara
home-search-submit = Ara
home-open = Şimdi kayda açık
home-open-empty = Şu anda kayda açık eğitim yok.
home-free-seats = { $count ->
    [one] Bir yer kaldı
   *[other] { $count } yer kaldı
}
home-more-series = Tüm eğitimleri gör
catalogue-search = Arama terimi
nav-menu = Menü
list-separator = {", "}
table-scroll-hint = Tablo ekrandan geniş: tüm sütunları görmek için yana kaydırın.
# states, districts and district-free cities (crates/ikoe/src/regions.rs)
region-DE-BW = Baden-Württemberg
region-DE-BY = Bavyera
region-DE-BE = Berlin
region-DE-BB = Brandenburg
region-DE-HB = Bremen
region-DE-HH = Hamburg
region-DE-HE = Hessen
region-DE-MV = Mecklenburg-Ön Pomeranya
region-DE-NI = Aşağı Saksonya
region-DE-NW = Kuzey Ren-Vestfalya
region-DE-RP = Rheinland-Pfalz
region-DE-SL = Saarland
region-DE-SN = Saksonya
region-DE-ST = Saksonya-Anhalt
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
