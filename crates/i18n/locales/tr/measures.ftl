# The annual planner of a Leitbild process (Jahresplaner): measures with owner, month, status and evidence.

measures-title = Yıllık plan
measures-lead = Üçüncü çalıştaydan çıkan önlemler – her birinin bir sorumlusu, bir ayı ve hizmet ettiği bir ilkesi var – tamamlanana kadar takip edilir.
measures-year = Plan yılı
measures-no-plan = Yıllık planın henüz bir plan yılı yok. Süreç ekibi aşağıda hangi ayda başlayacağını belirler; ardından önlemler girilebilir.
measures-empty = Yıllık planda henüz önlem yok.
measures-empty-filtered = Bu filtreye uyan önlem yok.

## Status
measures-status-open = açık
measures-status-progress = sürüyor
measures-status-done = tamamlandı
measures-status-now = Güncel durum
measures-status-change = Durumu değiştir
measures-status-title = Durumu değiştir

## Actions and files
measures-add = Önlem ekle
measures-pdf = Duvar takvimi (PDF, A3)
measures-ics = Takvime ekle (.ics)
measures-feed = Yıllık plana takvimde abone ol
measures-feed-hint = Bu adresi takvim programınıza abonelik olarak girin. Adres kişiseldir: başkalarına vermeyin. Bu süreci görme izniniz olduğu sürece çalışır.
measures-feed-reset = Adresi yenile (takvim sayfanızda)

## Filters
measures-filter = Önlemleri filtrele
measures-filter-all = Tümü
measures-filter-submit = Filtrele
measures-filter-clear = Tüm önlemleri göster

## Fields
measures-field-title = Önlem
measures-field-title-hint = Kısa ve somut, örneğin „Beş dilde karşılama dosyası“.
measures-field-description = Açıklama
measures-field-owner = Sorumlu
measures-field-owner-hint = Bununla ilgilenen kişinin adı. Hesaba ihtiyacı yoktur.
measures-field-owner-email = Sorumlu kişinin e-posta adresi
measures-field-owner-email-hint = Böylece ayı başladığında bir hatırlatma alır.
measures-field-month = Ay
measures-field-month-hint = Plan yılının on iki ayından biri.
measures-field-principle = İlke
measures-field-principle-hint = Önlemin hizmet ettiği, en yeni sürümdeki ilke.
measures-field-status = Durum
measures-field-evidence = Kanıt
measures-field-evidence-hint = Önlemin uygulandığını gösteren şey – örneğin bir tutanak, bir fotoğraf ya da bir bağlantı. Tamamlandığında gereklidir.
measures-choose-month = Lütfen seçin
measures-principle-none = Misyon bildirgesinin bütünü
measures-principle-gone = Bu ilke en yeni sürümde artık yok.
measures-principle-n = İlke { $n }
measures-owner-missing = Kimse girilmedi

## Forms
measures-new-title = Önlem ekle
measures-edit-title = Önlemi düzenle
measures-plan-title = Plan yılı
measures-plan-start = Plan yılının ilk ayı
measures-plan-start-hint = Örneğin Mart 2027 – Şubat 2028 için 2027-03.
measures-plan-save = Plan yılını kaydet

## The wall calendar (PDF)
measures-pdf-subtitle = Yıllık plan { $from } – { $to }
measures-pdf-empty = Önlem yok
measures-pdf-continued = devamı
measures-pdf-continues = Sonraki sayfada devam ediyor

## Messages
flash-measure-added = Önlem yıllık plana eklendi.
flash-measure-status = Durum kaydedildi.
error-measure-owner-required = Lütfen önlemden kimin sorumlu olduğunu girin.
error-evidence-required = Tamamlanan bir önlemin kanıta ihtiyacı var: uygulandığını ne gösteriyor?
error-month-outside-plan = Lütfen plan yılının on iki ayından birini seçin.
error-plan-measures-outside = Bazı önlemler bu on iki ayın dışında kalırdı. Önce onları yeni plan yılına taşıyın.
error-measure-stale = Bu önlem bu arada başka biri tarafından değiştirildi. Girdikleriniz hâlâ burada; kontrol edip yeniden kaydedin.
confirm-measure-remove-title = „{ $title }“ önlemi çıkarılsın mı?
confirm-measure-remove-text = Önlem „{ $process }“ yıllık planından, duvar takviminden ve takvim aboneliklerinden de kaldırılır. Kimseye bildirilmez.
confirm-measure-remove-submit = Evet, çıkar

## Reminder mail to an owner when the month of their measure begins
mail-measure-due-subject = Yıllık plan: „{ $title }“ için zaman { $month }
mail-measure-due-body =
    Merhaba { $name },

    { $org } yıllık planında { $month } ayında yapılacak şu önlemden siz sorumlusunuz:

    { $title }
    { $details }

    Tamamlandığında lütfen süreç ekibine haber verin ve bir kanıt belirtin – örneğin bir tutanak, bir fotoğraf ya da bir bağlantı.

    Bu hatırlatma ayın başında bir kez gönderilir.
mail-measure-due-principle = İlke { $n }: { $text }
admin-outbox-kind-measure-due = Yıllık plandaki bir önlem için hatırlatma
