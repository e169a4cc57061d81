## The openness self-assessment: indicator sets, waves, answering, results

openness-title = Açıklık öz değerlendirmesi
openness-self-assessment = Açıklık öz değerlendirmesi
openness-lead = İdare kültürlerarası açılımda nerede duruyor? Turlar hâlinde üst yönetim, çalışanlar ve dışarıdan bir bakış aynı göstergeleri değerlendirir. Sonuçlar yalnızca yeterli yanıt gelen grupları, isim olmadan gösterir; yıllar içinde gelişim görünür hâle gelir.
openness-mine = Değerlendirmeniz
openness-mine-submitted = gönderildi, teşekkürler
openness-mine-until = { $date } tarihine kadar açık
openness-waves = Turlar
openness-waves-empty = Henüz tur yok.
openness-wave-title = Başlık
openness-wave-title-hint = Örneğin “Öz değerlendirme 2027”.
openness-wave-period = Dönem
openness-wave-state = Durum
openness-wave-responses = Gönderilen yanıtlar
openness-wave-responses-of = { $total } kişiden { $count } kişi gönderdi
openness-wave-manage = Turu yönet
openness-wave-new = Yeni tur başlat
openness-wave-new-hint = Ardından grupları oluşturur, değerlendirenleri girer ve onlara kişisel bağlantılarını gönderirsiniz.
openness-wave-set = Gösterge seti
openness-wave-threshold = Sonuçlar için asgari sayı
openness-wave-threshold-hint = Bir grubun sonuçları ancak bu sayıda yanıt gönderildikten sonra görünür (en az 3, önerilen 5).
openness-wave-create = Tur oluştur
openness-wave-settings = Tur ayarları
openness-wave-close = Turu şimdi bitir
openness-sets-link = Gösterge setlerini görüntüle
openness-org-link = Turlar ve sonuçlar

openness-groups = Gruplar ve değerlendirenler
openness-groups-hint = Bir grup ancak en az { $n } kişi yanıtını gönderdiğinde değerlendirilir. Bu nedenle grupları çok küçük tutmayın.
openness-groups-empty = Henüz grup yok. Örneğin “Üst yönetim” grubu, her müdürlük için bir çalışan grubu ve bir dış bakış grubu oluşturun.
openness-group-kind = Grup türü
openness-group-kind-leadership = Üst yönetim
openness-group-kind-staff = Çalışanlar
openness-group-kind-outside = Dış bakış
openness-group-name = Grubun adı
openness-group-name-hint = Örneğin “Vatandaş hizmetleri” veya “Göçmen örgütü”.
openness-group-add = Grup oluştur
openness-group-remove = Grubu çıkar
openness-group-below = asgari sayının ({ $n }) altında, gösterilmez
openness-raters-of = { $group } grubundaki değerlendirenler
openness-rater = Kişi
openness-rater-link = Bağlantı
openness-rater-state = Durum
openness-rater-has-link = Bağlantı gönderildi
openness-rater-no-link = henüz bağlantı yok
openness-rater-account = hesabı da var
openness-rater-submitted = gönderdi
openness-rater-open = bekliyor
openness-rater-remove = Çıkar
openness-rater-unnamed = isimsiz (kart)
openness-raters-add = Değerlendiren ekle
openness-raters-lines = Adlar ve e-posta adresleri
openness-raters-lines-hint = Her satıra bir kişi: “Ad, e-posta”, yalnızca ad ya da yalnızca e-posta adresi.
openness-raters-unnamed = İsimsiz ek bağlantılar
openness-raters-unnamed-hint = Basılı kartlar için, örneğin bir çeşitlilik parkurunun katılımcılarına.
openness-links = Kişisel bağlantılar
openness-links-hint = E-posta adresi olanlar bağlantılarını e-postayla alır; diğer herkes için kart yazdırın. Bağlantıyla oturum açmadan yanıt verilebilir, ara verilebilir ve daha sonra devam edilebilir.
openness-links-mail = { $count ->
    [one] Bağlantıyı 1 kişiye gönder
   *[other] Bağlantıları { $count } kişiye gönder
}
openness-links-cards = { $count ->
    [one] 1 kişi için kart yazdır
   *[other] { $count } kişi için kart yazdır
}
openness-card-heading = Açıklık öz değerlendirmesi
openness-card-hint = Kodu telefonunuzla tarayın veya adresi yazın. Yanıtlarınız anonimdir.

openness-answer-lead = “{ $group }” grubu adına yanıt veriyorsunuz. Lütfen her ifade için idarenizin ne noktada olduğunu değerlendirin.
openness-answer-anonymous = Yanıtlarınız anonimdir: Sonuçlar yalnızca yeterli yanıt gelen grupları, isim olmadan gösterir. İstediğiniz zaman ara verebilir ve aynı bağlantıyla { $date } tarihine kadar devam edebilirsiniz.
openness-answer-progress = { $total } ifadeden { $answered } tanesi yanıtlandı
openness-answer-progress-label = İlerleme
openness-answer-steps = Genel bakış: henüz yanıtlanmamış olanlar
openness-step-done = tamam
openness-step-left = { $answered } / { $total }
openness-answer-dimension = Alan { $n } / { $total }
openness-answer-note = Not
openness-answer-note-hint = Sonuçları gören herkes bu notu adınız olmadan okuyabilir.
openness-answer-next = Kaydet ve devam et
openness-answer-prev = Geri
openness-answer-pause = Kaydet, daha sonra devam et
openness-answer-submit-title = Gönder
openness-answer-submit-text = Tüm ifadeler yanıtlandı. Gönderdikten sonra yanıtlarınız sayılır ve artık değiştirilemez.
openness-answer-submit = Yanıtları gönder
openness-answer-left = { $count ->
    [one] 1 ifade henüz yanıtlanmadı. Yukarıdan bir alan seçin.
   *[other] { $count } ifade henüz yanıtlanmadı. Yukarıdan bir alan seçin.
}
openness-answer-submitted = Teşekkürler, yanıtlarınız gönderildi.
openness-answer-submitted-text = İdare sonuçları tur sona erdikten sonra görür – yalnızca yeterli yanıt gelen gruplar için ve isim olmadan.
openness-answer-upcoming = Değerlendirme { $date } tarihinde başlıyor.
openness-level-0 = 0 – başlanmadı
openness-level-1 = 1 – ilk adımlar
openness-level-2 = 2 – kısmen uygulanıyor
openness-level-3 = 3 – kalıcı olarak yerleşmiş
openness-choice-unknown = Bilmiyorum
openness-choice-na = Bizim için geçerli değil

openness-results-title = Sonuçlar
openness-results-respondents = { $count ->
    [one] 1 kişi yanıtlarını gönderdi.
   *[other] { $count } kişi yanıtlarını gönderdi.
}
openness-results-threshold = Yalnızca en az { $n } yanıt gelen gruplar gösterilir.
openness-results-hidden = Yanıt sayısı çok az olduğu için hiçbir sayıya dahil edilmeyenler:
openness-results-none = Hiçbir grup asgari yanıt sayısına ulaşmadı. Bu nedenle sonuç yok.
openness-results-after = Sonuçlar, tur { $date } tarihinde sona erdikten sonra görünür – böylece hiçbir değişiklikten tek bir yanıt çıkarılamaz.
openness-results-so-far = { $count ->
    [one] Şu ana kadar 1 yanıt gönderildi.
   *[other] Şu ana kadar { $count } yanıt gönderildi.
}
openness-results-overview = Alanlara göre genel bakış
openness-results-scale = 0 (başlanmadı) ile 3 (kalıcı olarak yerleşmiş) arasındaki ölçekte medyan. Trafik ışığı: 1,5'in altı kırmızı; 1,5'ten 2,5'in altına kadar sarı; 2,5 ve üzeri yeşil. Fark: iç bakış eksi dış bakış.
openness-results-groups = Gruplara göre
openness-results-trend = Turlar boyunca gelişim
openness-results-shared = { $count ->
    [one] Tüm turlarda ortak olan 1 gösterge üzerinden karşılaştırma.
   *[other] Tüm turlarda ortak olan { $count } gösterge üzerinden karşılaştırma.
}
openness-results-weakest = En zayıf göstergeler
openness-results-weakest-hint = İşe buradan başlamak faydalı olur.
openness-results-distribution = { $dimension } alanındaki yanıtlar
openness-results-notes = Notlar (isimsiz)
openness-report-download = PDF olarak rapor
openness-report-page = Sayfa
openness-dimension = Alan
openness-dimensions = Alanlar
openness-indicator = Gösterge
openness-median = Medyan
openness-light = Trafik ışığı
openness-light-none = veri yok
openness-light-red = kırmızı: neredeyse hiç uygulanmıyor
openness-light-yellow = sarı: kısmen
openness-light-green = yeşil: yerleşmiş
openness-gap = Fark
openness-view-self = İç bakış
openness-view-outside = Dış bakış
openness-slot-0 = 0
openness-slot-1 = 1
openness-slot-2 = 2
openness-slot-3 = 3
openness-slot-unknown = Bilmiyorum
openness-slot-na = Geçerli değil
openness-chart-views = Alanlara göre iç bakış ve dış bakış
openness-chart-views-desc = Her alan için medyan; çubuk uzunluğu 3 = kalıcı olarak yerleşmiş. Aynı sayılar aşağıdaki tabloda yer alır.
openness-chart-trend = Turlar boyunca medyan
openness-chart-trend-desc = Her turda ortak göstergelerin medyanı, 0 ile 3 arası. Aynı sayılar aşağıdaki tabloda yer alır.

openness-sets-title = Gösterge setleri
openness-sets-lead = Bir gösterge seti, kültürlerarası açılımın her alanda neyle kendini gösterdiğini dört aşamada tanımlar. Program çalışanları setleri kopyalar ve uyarlar; bir turun kullandığı set değişmeden kalır – değişiklikler yeni bir sürüm oluşturur.
openness-set = Set
openness-set-version = Sürüm { $n }
openness-set-version-col = Sürüm
openness-set-owner = Uyarlayan
openness-set-shipped = platformla birlikte gelen
openness-set-waves = Turlar
openness-set-older = eski sürüm
openness-set-frozen = Bir tur bu seti kullanıyor; bu nedenle set değişmeden kalır. Değişiklik için yeni bir sürüm oluşturun.
openness-set-new-version = Yeni sürüm oluştur
openness-set-copy = Kendi setiniz olarak kopyalayın
openness-set-no-translation = Bu setin sizin dilinizde metni yok; metinler Almanca görünür.
openness-set-languages = Diller
openness-set-language = Dil
openness-set-language-status = Çevirinin durumu
openness-text-status-draft = taslak, henüz kontrol edilmedi
openness-text-status-reviewed = kontrol edildi
openness-text-mark-reviewed = Kontrol edildi olarak işaretle
openness-text-mark-draft = Taslak olarak işaretle
openness-indicator-edit = Göstergeyi düzenle
openness-indicator-new = Gösterge ekle
openness-indicator-remove = Göstergeyi çıkar
openness-indicator-lang = Metinlerin dili
openness-indicator-lang-hint = Temel metin Almancadır; diğer diller çeviridir.
openness-indicator-lang-switch = Dil seçin
openness-indicator-base = Almanca metin
openness-indicator-statement = İfade
openness-indicator-statement-hint = Değerlendirenlerin kendi idareleri için değerlendirdiği bir cümle.

error-openness-closed = Tur sona erdi veya henüz başlamadı; yanıt kabul edilmiyor.
error-openness-incomplete = Lütfen önce tüm ifadeleri yanıtlayın.
error-openness-note-needs-choice = Lütfen bir yanıt da seçin (veya “Bilmiyorum”).
error-openness-rater-line = Bir satır ne ad ne de e-posta adresi. “Ad, e-posta” biçiminde yazın.
error-openness-too-many-raters = Lütfen bir seferde en fazla 500 kişi.
error-openness-threshold-low = Kimsenin tanınamaması için en az 3.
error-openness-wave-too-long = Bir tur en fazla bir yıl sürer.
error-openness-group-taken = Bu turda bu adla bir grup zaten var.
error-openness-group-answered = Bu gruptan biri zaten yanıt verdi; grup kalır.
error-openness-set-frozen = Bir tur bu seti kullanıyor; set değişmeden kalır. Yeni bir sürüm oluşturun.
flash-openness-wave-created = Tur oluşturuldu. Şimdi grupları oluşturun.
flash-openness-wave-closed = Tur sona erdi.
flash-openness-group-added = Grup oluşturuldu.
flash-openness-group-removed = Grup çıkarıldı.
flash-openness-raters-added = Değerlendirenler eklendi.
flash-openness-rater-removed = Kişi çıkarıldı.
flash-openness-links-sent = Bağlantılar gönderiliyor.
flash-openness-links-none = E-posta adresi olan herkesin zaten bir bağlantısı var.
flash-openness-saved = Kaydedildi.
flash-openness-paused = Kaydedildi. Aynı bağlantıyla istediğiniz zaman devam edebilirsiniz.
flash-openness-submitted = Teşekkürler! Yanıtlarınız gönderildi.
flash-openness-already-submitted = Yanıtlarınız zaten gönderildi.
flash-openness-set-copied = Set kopyalandı. Artık uyarlayabilirsiniz.
flash-openness-set-versioned = Yeni sürüm oluşturuldu.
flash-openness-indicator-added = Gösterge eklendi.
flash-openness-indicator-removed = Gösterge çıkarıldı.

confirm-openness-wave-close-title = “{ $wave }” turu şimdi bitirilsin mi?
confirm-openness-wave-close-text = Bundan sonra tur yanıt kabul etmez ve sonuçlar görünür.
confirm-openness-wave-close-submit = Evet, bitir
confirm-openness-group-remove-title = “{ $group }” grubu çıkarılsın mı?
confirm-openness-group-remove-text = Grubun değerlendirenleri ve onların bağlantıları da çıkarılır.
confirm-openness-group-remove-submit = Evet, çıkar
confirm-openness-rater-remove-title = { $name } çıkarılsın mı?
confirm-openness-rater-remove-text = Bağlantı artık çalışmaz. Daha önce gönderilmiş yanıtlar sayılmaya devam eder; bunlar kişiyle ilişkili değildir.
confirm-openness-rater-remove-submit = Evet, çıkar
confirm-openness-cards-title = “{ $wave }” için kartlar yazdırılsın mı?
confirm-openness-cards-text = E-posta adresi olmayan ve henüz göndermemiş herkes yeni bir bağlantı alır; daha önce yazdırılan kartlar artık çalışmaz. Başlanmış yanıtlar korunur.
confirm-openness-cards-submit = Evet, kartları yazdır
confirm-openness-indicator-remove-title = Gösterge çıkarılsın mı?
confirm-openness-indicator-remove-text = “{ $statement }” tüm çevirileriyle birlikte setten çıkarılır.
confirm-openness-indicator-remove-submit = Evet, çıkar

mail-openness-link-subject = Değerlendirmeniz: { $wave }
mail-openness-link-body =
    Merhaba { $name },

    { $org }, idarenin kültürlerarası açılımda ne noktada olduğunu soruyor. Değerlendirmeniz önemli. Kişisel bağlantınızla { $date } tarihine kadar oturum açmadan yanıt verebilirsiniz; ara verip daha sonra devam edebilirsiniz:
    { $link }

    Yanıtlarınız anonimdir. Bu bağlantı yalnızca size aittir; lütfen başkalarıyla paylaşmayın.
admin-outbox-kind-openness-link = Öz değerlendirme: kişisel bağlantı

## Weak indicators proposed as measures of the annual planner
openness-measure-hint = Bir göstergeyi önlem olarak önerin: yıllık planda görünür
openness-measure-propose = Önlem olarak öner
openness-measure-in-planner = yıllık planda
openness-measure-from = “{ $wave }” öz değerlendirmesinden:
error-openness-no-planner = Öneriler, misyon belgesi sürecinin yıllık planında önlemlere dönüşür. Bu idarenin henüz yıllık planı yok; misyon belgesi ekibi onu planlayıcıda oluşturur.
flash-openness-measure-proposed = Önlem yıllık planda. Kimin üstleneceğine ekip orada karar verir.
flash-openness-measure-there = Bu gösterge zaten yıllık planda.
error-openness-set-shipped = ikoe ile gelen set olduğu gibi kalır. Uyarlamak için kopyalayın.
error-openness-set-empty = Bu sette gösterge yok.
error-openness-wave-ended = Tur sona erdi ve olduğu gibi kalır: yeni grup, değerlendirici veya bağlantı yok, yeni dönem yok.
error-openness-threshold-answered = Yanıt verilmiş durumda: asgari sayı artabilir ama azalamaz.
