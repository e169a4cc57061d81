# Leitbild processes: an administration writes its mission statement with all its staff.

nav-leitbild = Misyon bildirgesi
month-year = { $month ->
    [1] Ocak
    [2] Şubat
    [3] Mart
    [4] Nisan
    [5] Mayıs
    [6] Haziran
    [7] Temmuz
    [8] Ağustos
    [9] Eylül
    [10] Ekim
    [11] Kasım
   *[12] Aralık
} { $year }
percent = %{ $n }

## The list (/leitbild)
leitbild-title = Misyon bildirgesi süreçleri
leitbild-lead = Bir kamu idaresi, misyon bildirgesini (kurumsal ilkelerini) yöneticisinden gönüllüsüne kadar tüm çalışanlarıyla birlikte hazırlar. Süreç ekibi burada hazırlıktan değerlendirmeye kadar tüm adımlara eşlik eder.
leitbild-empty = Henüz hiçbir misyon bildirgesi sürecine dahil değilsiniz. Süreç ekibinde olduğunuzda veya idareniz bir süreç yürüttüğünde süreç burada görünür.
leitbild-phase-current = Mevcut aşama
leitbild-on-team = Süreç ekibi
leitbild-start-heading = Süreç başlat
leitbild-start-for = { $org } için misyon bildirgesi süreci başlat

## Phases
leitbild-phases = Aşamalar
leitbild-phase-preparation = Hazırlık
leitbild-phase-vision = Vizyon
leitbild-phase-values = Değerler ve ilkeler
leitbild-phase-goals = Hedefler ve önlemler
leitbild-phase-feedback = Geri bildirim turları
leitbild-phase-adoption = Kabul
leitbild-phase-evaluation = Değerlendirme
leitbild-step-done = tamamlandı
leitbild-step-current = mevcut aşama
leitbild-step-next = sırada
leitbild-phase-set = Aşamayı değiştir

## The process form
leitbild-new-title = Yeni misyon bildirgesi süreci
leitbild-edit-title = Süreci düzenle
leitbild-administration = Kamu idaresi
leitbild-field-title = Sürecin adı
leitbild-field-title-hint = Örneğin “Misyon bildirgemiz 2027”.
leitbild-start = Süreci başlat
leitbild-plan-legend = Zaman planı
leitbild-plan-hint = Her aşamanın başlaması planlanan ay, örneğin 2027-03. Henüz belli değilse boş bırakın.

## The overview
leitbild-figures = Katılım
leitbild-departments = Birimler
leitbild-headcount-total = Toplam çalışan
leitbild-participants = Katılımcılar
leitbild-leaders = Üst yönetim üyeleri
leitbild-coverage-caption = Birimlere göre katılım
leitbild-department = Birim
leitbild-headcount = Çalışan sayısı
leitbild-coverage = Oran
leitbild-team = Süreç ekibi

## The preparation (/leitbild/{id}/setup)
leitbild-setup-title = Hazırlık
leitbild-setup-lead = Birimleri çalışan sayılarıyla, katılımcıları üst yönetim üyeleriyle birlikte ve süreç ekibini ekleyin. ikoe, çalışan sayılarından sürecin her birimde ulaştığı oranı hesaplar.
leitbild-contents = Bu sayfada
leitbild-remove = Çıkar
leitbild-departments-hint = Çalışan sayısı, tüm katılım rakamlarının temelidir.
leitbild-departments-empty = Henüz birim yok.
leitbild-department-add = Birim ekle
leitbild-headcount-hint = 0'dan büyük bir tam sayı.
leitbild-department-edit-title = Birimi düzenle
leitbild-department-taking-part = { $count ->
    [0] Bu birimden henüz kimse katılmıyor.
    [one] Bu birimden { $count } kişi katılıyor.
   *[other] Bu birimden { $count } kişi katılıyor.
}
leitbild-people = Katılımcılar
leitbild-people-hint = Çalışanların hesaba ihtiyacı yoktur. Üst yönetimde olanlar metnin son hâlini daha sonra onaylar.
leitbild-people-empty = Henüz katılımcı yok.
leitbild-people-count = { $count ->
    [one] { $count } katılımcı
   *[other] { $count } katılımcı
}
leitbild-person-add = Kişi ekle
leitbild-person-email-hint = Kurumsal e-posta adresi olmayan çalışanlar için boş bırakın.
leitbild-function = Görev
leitbild-function-hint = Örneğin “Müdür” veya “Uzman”.
leitbild-leader = Üst yönetim
leitbild-leader-hint = Üst yönetim üyeleri misyon bildirgesinin metnini onaylar.
leitbild-no-department = Birim yok
leitbild-team-hint = Süreç ekibi süreci yürütür: programın çalışanları ve idarenin irtibat kişileri, her biri kendi hesabıyla.
leitbild-team-email = Hesabın e-posta adresi
leitbild-team-email-hint = Kişinin ikoe'de bir hesabı olmalı ve kurumlarınızdan birine ait olmalıdır.
leitbild-team-add = Süreç ekibine ekle

flash-leitbild-created = Süreç oluşturuldu. Şimdi birimleri ve katılımcıları ekleyin.
flash-leitbild-phase = Aşama değiştirildi.
flash-removed = Çıkarıldı.
flash-last-team-member = Süreç ekibindeki son kişi çıkarılamaz. Önce başka birini ekleyin.

error-headcount-positive = Lütfen 0'dan büyük bir sayı girin.
error-headcount-below-participants = Bu sayı, bu birimden katılanların sayısından küçük. En az bu sayıyı girin.
error-month = Lütfen 2027-03 gibi bir ay girin.
error-phase-order = Bu ay, önceki bir aşamanın ayından önce geliyor. Aynı ayı veya daha sonraki bir ayı seçin.
error-department-exists = Bu adda bir birim zaten var. Başka bir ad seçin.
error-department-full = Bu birimden zaten çalışan sayısı kadar kişi katılıyor. Önce çalışan sayısını artırın.
error-no-account = Bu adreste ekleyebileceğiniz bir hesap bulamadık. Kendi kurumlarınızdan kişileri ekleyebilirsiniz; diğerlerini program koordinasyonu ekler.
error-already-on-team = Bu kişi zaten süreç ekibinde.

confirm-leitbild-department-remove-title = “{ $name }” birimi çıkarılsın mı?
confirm-leitbild-department-remove-text = Birim, “{ $process }” sürecinden kaldırılır. Katılımcıları birimsiz olarak kalır.
confirm-leitbild-department-remove-submit = Evet, çıkar
confirm-leitbild-person-remove-title = { $name } çıkarılsın mı?
confirm-leitbild-person-remove-text = { $name } artık “{ $process }” sürecine katılmaz. Kimse bilgilendirilmez.
confirm-leitbild-person-remove-submit = Evet, çıkar
confirm-leitbild-team-remove-title = { $name } süreç ekibinden çıkarılsın mı?
confirm-leitbild-team-remove-text = { $name } artık “{ $process }” sürecini yürütemez. Kimse bilgilendirilmez.
confirm-leitbild-team-remove-submit = Evet, çıkar

## The text and its versions (/leitbild/{id}/draft)
leitbild-draft-title = Misyon bildirgesi metni
leitbild-draft-edit-title = Metni düzenle
leitbild-draft-first = İlk taslağı yaz
leitbild-draft-empty = Henüz taslak yok. Süreç ekibi taslağı atölyelerin sonuçlarından yola çıkarak yazar.
leitbild-draft-lead = Her kaydetme yeni bir sürüm oluşturur; önceki sürümler korunur ve karşılaştırılabilir. Metin Almanca yazılır.
leitbild-slogan = Slogan
leitbild-slogan-hint = Tek satır, örneğin “Açık bir Elbauen için birlikte”.
leitbild-preamble = Önsöz
leitbild-preamble-hint = İdarenin neyi temsil ettiğini anlatan birkaç cümle.
leitbild-principle = İlke
leitbild-principle-text = İlkenin metni
leitbild-goal = Hedef
leitbild-principles-hint = Boş ilkeler kaydedilmez. Kaydettikten sonra yeni boş alanlar görünür.
leitbild-version-save = Yeni sürüm olarak kaydet
leitbild-version = Sürüm
leitbild-versions = Sürümler
leitbild-versions-all = Tüm sürümler
leitbild-version-first = İlk sürüm.
leitbild-diff-lead = Sürüm { $previous } ile karşılaştırıldı.
leitbild-diff-legend-added = eklendi
leitbild-diff-legend-removed = üstü çizildi
leitbild-diff-added = Eklendi
leitbild-diff-removed = Üstü çizildi
leitbild-diff-end = Değişikliğin sonu
leitbild-principle-state-added = Yeni
leitbild-principle-state-removed = Çıkarıldı
leitbild-principle-state-changed = Değişti
leitbild-principle-state-same = Değişmedi
flash-leitbild-version = Yeni sürüm kaydedildi.
error-version-stale = Bu arada başka biri yeni bir sürüm kaydetti. Metniniz aşağıda, değişmeden duruyor. Yeni sürüme “Sürümler” bölümünden bakın; ardından yeniden kaydederseniz metniniz bir sonraki sürüm olur.
error-principle-required = Lütfen en az bir ilke yazın.
error-too-many-principles = Lütfen daha kısa tutun: en fazla 30 ilke.
leitbild-start-platform = Platform yöneticisi olarak süreci kamu idaresinin sayfasından başlatırsınız.
leitbild-start-directory = Dizindeki kamu idareleri
