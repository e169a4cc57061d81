# The adoption of a Leitbild: sign-off by the leadership, publication, translations, poster.

## The sign-off through a personal link (/mitmachen/{token}/freigabe)
leitbild-signoff-title = Misyon bildirgesinin onayı
leitbild-signoff-lead = Süreç ekibi misyon bildirgesinin { $number }. sürümünü onaya sundu. Lütfen metni acele etmeden okuyun.
leitbild-signoff-older = { $signed }. sürümü { $date } tarihinde onayladınız. Şimdi { $offered }. sürüm onayda; önceki onayınız { $signed }. sürüm için kayıtlı kalır.
leitbild-signoff-heading = Onayınız
leitbild-signoff-done = Bu sürümü şu tarihte onayladınız:
leitbild-signoff-explain = Onayınızla bu metni üst yönetimin bir üyesi olarak onaylamış olursunuz. Adınız ve zaman kaydedilir ve süreç ekibi tarafından görülür.
leitbild-signoff-as = Onaylayan: { $name }
leitbild-signoff-submit = Bu sürümü onaylıyorum
leitbild-signoff-adopted = Bu sürüm kabul edildi.
leitbild-signoff-nothing = Şu anda onaya sunulmuş bir sürüm yok. Zamanı geldiğinde süreç ekibi size haber verecek.
leitbild-signoff-refused-unknown-title = Bu bağlantı geçerli değil
leitbild-signoff-refused-unknown-text = Bu katılım bağlantısı yok ya da artık çalışmıyor: yenisiyle değiştirilmiş veya geri alınmış olabilir.
leitbild-signoff-refused-department-title = Onay yalnızca kişisel bağlantıyla
leitbild-signoff-refused-department-text = Bu bir birimin bağlantısı. Misyon bildirgesini üst yönetimin üyeleri, her biri kendi kişisel bağlantısıyla onaylar.
leitbild-signoff-refused-not-leader-title = Onay yalnızca üst yönetimden
leitbild-signoff-refused-not-leader-text = Misyon bildirgesini yalnızca üst yönetimin üyeleri onaylar. Yine de sesiniz önemli: taslakları katılım bağlantınız üzerinden yorumlayın ve destekleyin.
leitbild-signoff-refused-help = Sorularınız varsa kurumunuzun süreç ekibine başvurun. Hiçbir şey kaydedilmedi.
flash-leitbild-signed = Onayınız kaydedildi. Çok teşekkürler!
flash-leitbild-signed-adopted = Onayınız kaydedildi. Böylece üst yönetimin tüm üyeleri onayladı: misyon bildirgesi kabul edildi.
flash-leitbild-signed-already = Bu sürümü zaten onaylamıştınız; ilk onayınız geçerli kalır.
error-leitbild-offer-changed = Bu arada başka bir sürüm onaya sunuldu. Lütfen onaylamadan önce o sürümü okuyun. Hiçbir şey kaydedilmedi.
error-leitbild-nothing-offered = Şu anda onaya sunulmuş bir sürüm yok. Hiçbir şey kaydedilmedi.

## The team's page (/leitbild/{id}/adoption)
leitbild-adoption-title = Onay ve yayın
leitbild-adoption-lead = Bir sürümü onaya sunun. Üst yönetimin tüm üyeleri onayladığında kabul edilmiş olur. Ardından misyon bildirgesini yayımlayın, çeviriler ekleyin ve afişi indirin.
leitbild-adoption-offered = Onaya sunulan
leitbild-adoption-offered-none = henüz sürüm yok
leitbild-adoption-adopted = Kabul
leitbild-adoption-state-adopted = kabul edildi
leitbild-adoption-state-open = henüz kabul edilmedi
leitbild-adoption-declared = süreç ekibinin kararıyla
leitbild-adoption-signoffs = Üst yönetimin onayı
leitbild-adoption-no-version = Misyon bildirgesinin henüz bir sürümü yok. Önce taslağı yazın.
leitbild-adoption-newer = { $offered }. sürüm onaya sunulduktan sonra { $newest }. sürüm oluştu. Yeni sürümü onaya sunun; şimdiye kadarki onaylar { $offered }. sürüm için kayıtlı kalır.
leitbild-adoption-offer-label = Onaya sunulacak sürüm
leitbild-adoption-offer-hint = Üst yönetimin üyeleri kişisel bağlantılarını açtıklarında bu sürümü eksiksiz görür.
leitbild-adoption-offer = Onaya sun
leitbild-adoption-no-leaders = Henüz üst yönetimden kimse girilmedi. Onları hazırlıkta girin.
leitbild-adoption-signed-count = Üst yönetimin { $leaders } üyesinden { $signed } kişi onaydaki sürümü onayladı.
leitbild-adoption-leaders-caption = Üst yönetimin üyeleri ve onayları
leitbild-adoption-signoff = Onay
leitbild-adoption-link = Kişisel bağlantı
leitbild-adoption-signed = onayladı
leitbild-adoption-open = bekliyor
leitbild-adoption-older = eski sürüm
leitbild-adoption-link-yes = var
leitbild-adoption-link-no = yok
leitbild-adoption-how = Üst yönetimin üyeleri kişisel katılım bağlantıları üzerinden, “Onay” sayfasında onaylar. Bağlantı yoksa hazırlıkta oluşturun.
leitbild-adoption-declare-heading = Kabul edildiğini bildir
leitbild-adoption-declare-hint = Üst yönetimin tüm üyeleri henüz onaylamadıysa, süreç ekibi en az biri onayladıktan sonra sürümü kabul edilmiş ilan edebilir – örneğin biri uzun süre yoksa. Kaç kişinin onayladığı görünür kalır.
leitbild-adoption-declare = Sürümü kabul edilmiş ilan et
leitbild-adoption-adopted-heading = Kabul edilen misyon bildirgesi
leitbild-adoption-read = Kabul edilen misyon bildirgesini oku
leitbild-adoption-not-yet = Bir sürüm kabul edilince onu burada yayımlar, çeviriler ekler ve afişi indirirsiniz.
confirm-leitbild-declare-title = { $number }. sürüm kabul edilmiş ilan edilsin mi?
confirm-leitbild-declare-text = { $number }. sürüm, üst yönetimin tüm üyeleri onaylamamış olsa da “{ $process }” için kabul edilmiş misyon bildirgesi sayılır. Sonraki onaylar kaydedilmeye devam eder.
confirm-leitbild-declare-submit = Evet, kabul edilmiş ilan et
flash-leitbild-offered = Sürüm artık onayda.
flash-leitbild-adopted = Sürüm kabul edilmiş ilan edildi.
error-leitbild-no-signoff = Üst yönetimden henüz kimse bu sürümü onaylamadı. Süreç ekibi onu ancak en az bir onaydan sonra kabul edilmiş ilan edebilir.

## Publication
leitbild-publication = Yayın
leitbild-publication-none = yayımlanmadı
leitbild-publication-internal = kurum içi
leitbild-publication-public = herkese açık
leitbild-publication-legend = Misyon bildirgesini kimler okuyabilir?
leitbild-publication-choice-internal = Kurum içi
leitbild-publication-internal-hint = Oturum açmış olarak ikoe'deki kurum üyeleri ve süreç ekibi.
leitbild-publication-choice-public = Herkese açık
leitbild-publication-public-hint = Herkes, oturum açmadan, kendine ait bir adreste – örneğin kurumun web sitesi için.
leitbild-publish = Yayımla
leitbild-publication-public-url = Herkese açık adres:
leitbild-publication-internal-url = Çalışanlar için adres:
leitbild-publication-withdraw = Yayını geri çek
confirm-leitbild-publication-withdraw-title = Yayın geri çekilsin mi?
confirm-leitbild-publication-withdraw-text = “{ $process }” misyon bildirgesini o zaman yalnızca süreç ekibi görür; herkese açık adres artık hiçbir şey göstermez.
confirm-leitbild-publication-withdraw-submit = Evet, geri çek
flash-leitbild-published = Misyon bildirgesi yayımlandı.
flash-leitbild-unpublished = Yayın geri çekildi.
error-leitbild-not-adopted = Henüz hiçbir sürüm kabul edilmedi. Yalnızca kabul edilmiş bir misyon bildirgesi yayımlanabilir.

## Translations
leitbild-translations = Çeviriler
leitbild-translations-hint = Çeviriler, başka bir dili daha kolay okuyan herkese yardımcı olur. Esas olan Almanca metindir. Yeni bir sürüm kabul edildiğinde çeviri, yeniden kaydedilene kadar eski sayılır.
leitbild-translation-language = Dil
leitbild-translation-state = Durum
leitbild-translation-actions = İşlemler
leitbild-translation-current = güncel
leitbild-translation-outdated = eski
leitbild-translation-none = henüz çeviri yok
leitbild-translation-edit = Düzenle
leitbild-translation-add = Ekle
leitbild-translation-title = Çeviri
leitbild-translation-lead = Kabul edilen misyon bildirgesi olan { $number }. sürümü çevirin. Her alanın yanında Almanca metin yer alır.
leitbild-translation-outdated-note = Bu çeviri { $old }. sürüme ait. O zamandan beri { $number }. sürüm kabul edildi: çeviriyi güncelleyip kaydedin, böylece güncel sayılır.
leitbild-translation-original = Almanca
leitbild-translation-principle = İlke { $n }
leitbild-translation-goal = İlke { $n } için hedef
leitbild-translation-save = Çeviriyi kaydet
flash-leitbild-translation-saved = Çeviri kaydedildi.
error-leitbild-translation-stale = Bu arada başka biri bu çeviriyi kaydetti ya da yeni bir sürüm kabul edildi. Metniniz aşağıda değişmeden duruyor; kontrol edip yeniden kaydedin.
error-translation-nothing-to-translate = Almanca metinde burada bir şey yok. Lütfen bu alanı boş bırakın.
confirm-leitbild-translation-remove-title = Çeviri ({ $language }) kaldırılsın mı?
confirm-leitbild-translation-remove-text = Çeviri misyon bildirgesinin sayfasından ve afişlerden kalkar. Almanca metin kalır.
confirm-leitbild-translation-remove-submit = Evet, kaldır

## The poster
leitbild-poster = Afiş
leitbild-poster-hint = Afiş, sloganı büyük harflerle ve ilkeleri hedefleriyle birlikte baskı kalitesinde gösterir. Çeviri yoksa Almancadır.
leitbild-poster-a3 = A3 afiş (PDF)
leitbild-poster-a2 = A2 afiş (PDF)
leitbild-poster-heading = Misyon bildirgemiz
leitbild-poster-footer = Kabul tarihi: { $date } · sürüm { $number }

## The published text (/leitbild/{id}/text, /l/{id})
leitbild-published-title = Misyon bildirgesi
leitbild-published-languages = Misyon bildirgesinin dilleri
leitbild-published-missing = Misyon bildirgesi bu dilde henüz yok. Burada Almanca metin yer alıyor.
leitbild-published-outdated = Bu çeviri misyon bildirgesinin önceki bir sürümüne ait. Esas olan Almanca metindir:
leitbild-published-adopted = Kabul tarihi: { $date }
leitbild-published-team-none = Henüz yayımlanmadı: bu sayfayı yalnızca süreç ekibi görür.
leitbild-published-team-internal = Kurum içinde yayımlandı: bu sayfayı kurumun üyeleri görür.
leitbild-published-team-public = Herkes için, oturum açmadan yayımlandı:
