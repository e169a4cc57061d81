# Qualification series: catalogue, series pages, registration, staff pages.

nav-series = Eğitimler
actions = İşlemler
back = Geri
cancel = İptal
edit = Düzenle

## Kinds, visibility, status, target groups
series-kind-trainer = Eğitmen yetiştirme
series-kind-volunteer = Gönüllüler için kurs
series-kind-apprentice = Meslek eğitimi öğrencileri için atölye
series-kind-expert_day = Uzmanlık günü
series-visibility-public = Herkese açık
series-visibility-members = Yalnızca kuruluş üyelerine açık
series-visibility-invitation = Yalnızca davet bağlantısıyla
series-status-active = Etkin
series-status-cancelled = İptal edildi
target-group-administration = Kamu idaresi çalışanları
target-group-volunteers = Gönüllüler
target-group-newcomers = Yeni gelen göçmenler
target-group-trainers = Eğitmenler
target-group-apprentices = Meslek eğitimi öğrencileri
target-group-multipliers = Bilgi aktarıcılar (multiplikatörler)

## Catalogue
catalogue-title = Eğitimler
catalogue-filter-label = Eğitimleri filtrele
catalogue-filter-group = Hedef grup
catalogue-filter-month = Ay
catalogue-filter-language = Dil
catalogue-count = { $count ->
    [one] { $count } eğitim
   *[other] { $count } eğitim
}
catalogue-empty = Bu filtrelere uyan bir eğitim yok.
catalogue-modules = { $count ->
    [one] { $count } modül
   *[other] { $count } modül
}
catalogue-full = Kontenjan dolu – bekleme listesi
catalogue-back = Eğitimlere geri dön

## Staff: series
series-heading = Eğitim serileri
series-org-title = Eğitim serileri: { $org }
series-org-empty = Henüz eğitim serisi yok. İlkini oluşturun.
series-new-title = Yeni eğitim serisi
series-edit-title = Düzenle: { $title }
series-edit-link = Ayarlar ve metinler
series-copy-link = Bir sonraki dönem için kopyala
series-public-link = Herkese açık sayfa
series-manage-link = Seriyi yönet
series-texts-heading = Başlık ve açıklama
series-texts-hint = Almanca zorunludur. Diğer diller isteğe bağlıdır; bir dilde metin yoksa Almanca metin gösterilir.
series-field-title = Başlık
series-field-summary = Açıklama
series-settings-heading = Tür ve hedef gruplar
series-field-kind = Tür
series-field-visibility = Görünürlük
series-field-visibility-hint = “Yalnızca davet bağlantısıyla” olarak ayarlanan seriler katalogda görünmez.
series-field-target-groups = Hedef gruplar
series-field-languages = Eğitim dilleri
series-registration-heading = Kayıt
series-field-capacity = Kontenjan
series-field-capacity-hint = Tüm yerler dolduktan sonra kaydolan kişiler bekleme listesine alınır.
series-field-deadline = Son kayıt tarihi
series-field-deadline-hint = Bu günün sonuna kadar kayıt yapılabilir.
series-field-manual-approval = Kayıtları kendim onaylayacağım
series-field-manual-approval-hint = Yeni kayıtlar, yer almadan önce sizin onayınızı bekler.
series-rule-heading = Tamamlama
series-rule-hint = Bir kişinin seriyi ne zaman tamamlamış sayılacağı. Bir şey girilmezse: tüm modüllere katılmış olmak.
series-field-min-modules = En az bu sayıda modül
series-field-all-mandatory = Tüm zorunlu modüllere katılmış olmak
series-field-min-hours = En az bu sayıda ders saati
series-dates = Tarih aralığı
series-no-modules = Henüz modül yok
series-seats = Yerler
series-seats-taken = { $count ->
    [one] { $count } yer dolu
   *[other] { $count } yer dolu
}
series-seats-left = Boş yerler
series-waiting = Bekleme listesi
series-pending = Onay bekleyenler
series-waiting-list-open = Bekleme listesine kayıt yapılabilir
series-invite-link = Davet bağlantısı
series-organiser = Düzenleyen
series-copy-title = Kopyala: { $title }
series-copy-intro = Kopya; metinleri, ayarları ve tüm modülleri (kayıtlar hariç) içerir. Modüller, ilki seçilen günde başlayacak şekilde gerekli gün sayısı kadar kaydırılır.
series-copy-first = İlk modül şu anda { $date } tarihinde başlıyor.
series-copy-field-starts = Yeni dönemin ilk günü
series-copy-field-starts-hint = Saatler aynı kalır.
series-copy-submit = Kopya oluştur
flash-series-created = Eğitim serisi oluşturuldu. Şimdi modülleri ekleyin.
flash-series-copied = Kopya oluşturuldu. Başlığı ve tarihleri kontrol edin.

## Staff: modules
modules-heading = Modüller
modules-empty = Henüz modül yok.
module-new-title = Modül ekle
module-edit-title = Modülü düzenle
module-field-title = Başlık
module-field-topics = Konular
module-field-topics-hint = Her satıra bir konu.
module-field-starts = Başlangıç
module-field-ends = Bitiş
module-field-time-hint = Tarih ve saat (Almanya saati).
module-field-venue = Yer
module-field-venue-hint = Etkinlik yerinin adresi. Modül yalnızca çevrim içi yapılıyorsa boş bırakın.
module-field-access = Etkinlik yerinin erişilebilirliği
module-field-access-hint = Örneğin: basamaksız giriş, tekerlekli sandalyeye uygun tuvalet, işitme döngüsü.
module-field-online = Çevrim içi bağlantı
module-field-online-hint = Yalnızca https bağlantıları. Katılımcılar bağlantıyı kayıttan sonra görür.
module-field-hours = Ders saati
module-field-hours-hint = Tamamlama kuralı ve katılım belgesi için sayılır.
module-field-mandatory = Zorunlu modül
module-when = Tarih
module-hours = { $count ->
    [one] { $count } ders saati
   *[other] { $count } ders saati
}
module-mandatory = Zorunlu modül
module-cancelled = İptal edildi
module-past = Geçti
series-cta-seats =
    { $count ->
        [one] 1 boş yer kaldı
       *[other] { $count } boş yer kaldı
    }
series-cta-waiting-list = Tüm yerler dolu – bekleme listesine alınırsınız
series-cta-deadline = Son kayıt tarihi { $date }
series-cta-register = Şimdi kaydol
series-begun-reachable = Bu dizi başladı: { $total } modülden { $past } tanesi yapıldı. Şimdi katılır ve kalan tüm modüllere katılırsanız sertifikayı hâlâ alabilirsiniz.
series-begun-unreachable = Bu dizi başladı: { $total } modülden { $past } tanesi yapıldı. Kalan modüllere katılabilirsiniz, ancak yeni katılanlar bu dizinin sertifikasını artık alamaz.
module-online = Çevrim içi
module-cancel-link = İptal et
module-cancel-title = “{ $title }” modülünü iptal et
module-cancel-warning = { $count ->
    [0] Bu seriye henüz kimse kaydolmadı.
    [one] Kayıtlı { $count } kişiye iptal e-postayla bildirilecek.
   *[other] Kayıtlı { $count } kişiye iptal e-postayla bildirilecek.
}
module-cancel-submit = Modülü iptal et
flash-module-added = Modül eklendi.
flash-module-cancelled = Modül iptal edildi; kayıtlı kişilere bilgi veriliyor.

## Registration
register-heading = Kayıt
register-closed = Bu seriye artık kayıt yapılamaz.
register-full-hint = Tüm yerler dolu. Şimdi kaydolursanız bekleme listesine alınırsınız ve bir yer boşalır boşalmaz otomatik olarak sıranız gelir.
register-email-hint = Kaydınızı onaylamanız için bağlantı içeren bir e-posta alacaksınız.
register-field-affiliation = Kuruluş veya kamu kurumu
register-field-target-group = Katılım sıfatı
register-field-consent = Veri koruma bilgilendirmesini okudum ve bilgilerimin bu eğitim için işlenmesini kabul ediyorum.
register-submit = Kaydol
figures-heading = İstatistik için isteğe bağlı bilgiler
figures-hint = Bu bilgiler isteğe bağlı ve anonimdir: Yalnızca sayılır, adınızla birlikte kaydedilmez. Eğitimin destekçileri yalnızca toplam sayıları alır.
figures-no-answer = Belirtmek istemiyorum
figures-age-label = Yaş
figures-age-under_27 = 27 yaşın altında
figures-age-27_49 = 27–49 yaş
figures-age-50_plus = 50 yaş ve üzeri
figures-migration-label = Göç geçmişi
figures-migration-own = kendim göç ettim
figures-migration-parents = ebeveynlerimden en az biri göç etti
figures-migration-none = yok
error-registration-closed = Bu serinin kayıtları kapandı.
error-already-registered = Bu e-posta adresiyle bu seriye zaten kayıt yapılmış. Kişisel bağlantınızı onay e-postasında bulabilirsiniz.
error-rate-limited = Bu bağlantıdan çok fazla kayıt yapıldı. Lütfen bir saat sonra tekrar deneyin.
registration-check-mail-title = Lütfen kaydınızı onaylayın
registration-check-mail-body = Size bir e-posta gönderdik. Kaydınızı onaylamak için içindeki bağlantıyı { $hours } saat içinde açın. Kaydınız ancak bundan sonra geçerli olur.
registration-title = Kaydınız: { $title }
registration-status = Durum
registration-status-unconfirmed = Henüz onaylanmadı
registration-status-pending = Onaylandı, düzenleyenlerin onayı bekleniyor
registration-status-confirmed = Yeriniz kesin
registration-status-waiting = Bekleme listesinde
registration-status-cancelled = Kayıt iptal edildi
registration-confirm-hint = Lütfen kaydolmak istediğinizi onaylayın.
registration-confirm-submit = Kaydı onayla
registration-expired = Bu onay bağlantısının süresi doldu. Lütfen yeniden kaydolun.
registration-again = Yeniden kaydol
registration-cancel-link = Bu eğitime kaydımı iptal et
registration-cancel-warning = Kaydınızı gerçekten iptal etmek istiyor musunuz? Yeriniz bekleme listesindeki bir sonraki kişiye verilir.
registration-cancel-submit = Evet, kaydımı iptal et
registration-series-link = Eğitimin sayfasına git
flash-registered = Kaydınız yapıldı.
flash-registration-confirmed = Teşekkürler! Yeriniz kesinleşti.
flash-registration-waiting = Teşekkürler! Bekleme listesindesiniz ve yer açıldığında otomatik olarak sıranız gelecek.
flash-registration-pending = Teşekkürler! Düzenleyenler kaydınızı inceleyip size dönüş yapacak.
flash-registration-cancelled = Kaydınız iptal edildi.

## Staff: participants
participants-link = Katılımcılar
participants-title = Katılımcılar: { $title }
participants-empty = Henüz kayıt yok.
participants-approve = Onayla
participants-cancel = Kaydı iptal et
participants-add-heading = Birini elle kaydet
participants-add-submit = Kaydet
flash-participant-added = Kişi kaydedildi ve bir e-posta alacak.
flash-participant-approved = Kayıt onaylandı.
flash-participant-cancelled = Kişinin kaydı iptal edildi.

## Mails
mail-registration-confirm-subject = Lütfen onaylayın: { $series } kaydı
mail-registration-confirm-body =
    Merhaba { $name },

    “{ $series }” için kayıt yaptırdınız. Lütfen kaydınızı { $hours } saat içinde bu bağlantıyla onaylayın:
    { $link }

    Aynı bağlantıyla daha sonra kaydınızın durumunu görebilir ve kaydınızı iptal edebilirsiniz.
    Kayıt yaptırmadıysanız bu e-postayı dikkate almayın; bu durumda hiçbir şey kaydedilmez.
mail-registration-confirmed-subject = Yeriniz kesin: { $series }
mail-registration-confirmed-body =
    Merhaba { $name },

    “{ $series }” için yeriniz kesinleşti. Tarihleri, yerleri ve kaydı iptal etme seçeneğini burada bulabilirsiniz:
    { $link }
mail-registration-waiting-subject = Bekleme listesi: { $series }
mail-registration-waiting-body =
    Merhaba { $name },

    “{ $series }” için tüm yerler dolu. Bekleme listesindesiniz; biri kaydını iptal eder etmez otomatik olarak sıranız gelir ve size o zaman yazarız.
    Durum ve kayıt iptali:
    { $link }
mail-registration-pending-subject = Kaydınız alındı: { $series }
mail-registration-pending-body =
    Merhaba { $name },

    “{ $series }” için kaydınız alındı. Düzenleyenler kaydınızı inceleyip size dönüş yapacak.
    Durum ve kayıt iptali:
    { $link }
mail-registration-moved-up-subject = Bir yer boşaldı: { $series }
mail-registration-moved-up-body =
    Merhaba { $name },

    Güzel bir haber: “{ $series }” için bir yer boşaldı ve bekleme listesinden sıranız geldi. Yeriniz kesin.
    Artık katılamayacaksanız, yerin başka birine verilebilmesi için lütfen kaydınızı buradan iptal edin:
    { $link }
mail-registration-cancelled-subject = Kayıt iptali onaylandı: { $series }
mail-registration-cancelled-body =
    Merhaba { $name },

    “{ $series }” için kaydınız iptal edildi.
    { $link }
mail-registration-again-subject = Zaten kayıtlısınız: { $series }
mail-registration-again-body =
    Merhaba { $name },

    birisi bu e-posta adresini az önce „{ $series }“ için yeniden kaydetti. Orada zaten kayıtlısınız; ikinci bir kayıt yoktur.
    Kaydınızı, durumu, iptal seçeneği ve takvimiyle birlikte burada bulabilirsiniz:
    { $link }

    Bu siz değilseniz, bu e-postayı silebilirsiniz.
mail-module-cancelled-subject = İptal edildi: { $module } ({ $series })
mail-module-cancelled-body =
    Merhaba { $name },

    “{ $series }” serisinin { $when } tarihindeki “{ $module }” modülü maalesef yapılamayacak.
    Seriye kaydınız geçerliliğini koruyor. Durum ve tarihler:
    { $link }

speaker-former = eski konuşmacı
registration-data-heading = Verileriniz
registration-data-download = Verilerimi indir (JSON)
registration-data-delete = Verilerimi sil
delete-data-title = Verilerimi sil
delete-data-warning = Adınız, e-posta adresiniz ve bu kaydın bilgileri silinir, kayıt iptal edilir ve bu kişisel bağlantı artık çalışmaz. Bu işlem geri alınamaz.
delete-data-others = Bu e-posta adresiyle { $count } kayıt daha var; onlar da silinir.
delete-data-kept = Dizinin istatistikleri için yalnızca anonim sayılar kalır. Verilmiş bir belge adınız olmadan doğrulanabilir kalır; PDF dosyası sonradan yeniden oluşturulamaz – önce indirin.
delete-data-submit = Evet, verilerimi sil
flash-data-deleted = Verileriniz silindi.
verify-name-not-kept = saklanmadı (kişi verilerini sildi)
verify-name-heading = Adı kontrol et
verify-name = Belgedeki ad
verify-name-hint = Belgede basıldığı gibi. Yalnızca eşleşip eşleşmediğini söyleriz.
verify-name-submit = Adı kontrol et
verify-name-matches = Ad belgeyle eşleşiyor.
verify-name-differs = Ad belgeyle eşleşmiyor.
verify-name-limited = Çok fazla deneme. Lütfen bir saat sonra tekrar deneyin.

# Sertifikalarda imza ve destek notu
series-signing-heading = Sertifika
series-signing-hint = Bu serinin sertifikalarında imza çizgisinin altında ve sayfanın altında yazanlar. Bir şey girilmezse orada kuruluşun adı basılır.
series-field-signatory-name = İmzalayan kişi
series-field-signatory-name-hint = İmza çizgisinin altında görünmesi gereken ad, ör. “Dr. Petra Schulz”. Tek satır, en fazla 120 karakter.
series-field-signatory-role = Görevi
series-field-signatory-role-hint = Adın altında basılır, ör. “Proje yönetimi”. Tek satır, en fazla 120 karakter.
series-field-funding-notice = Destek notu
series-field-funding-notice-hint = Her sertifikanın altında küçük harflerle basılır, ör. “Saksonya-Anhalt Eyaleti tarafından desteklenmiştir”. En fazla 400 karakter.
error-funding-notice-too-long = Destek notu sertifikaya tam olarak sığmıyor: Orada küçük yazıyla en fazla 8 satırlık yer var. Lütfen notu kısaltın.
