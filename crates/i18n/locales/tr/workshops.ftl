# The workshops of a Leitbild process and their results.

## The list (/leitbild/{id}/workshops)
workshops-title = Atölyeler
workshops-link = Atölyeler
workshops-lead = Yöntemin üç atölyesi ve istediğiniz kadar iki saatlik mini atölye. Davetler, kayıtlar ve katılım yalnızca davetle açık bir dizi üzerinden yürür; aşağıdaki katılım gerçekten orada olanları sayar.
workshops-list = Planlanan atölyeler
workshops-participation = Atölyelere katılım
workshops-assignments = Görevler
workshops-plan = Atölye planla
workshops-series-hint = Tüm atölyeler yalnızca davetle açık tek bir diziye aittir. Orada çalışanları davet eder, kayıtları görür ve katılımı kaydedersiniz.
workshops-invite = Davetler ve kayıtlar
workshops-series-manage = Diziyi yönet
workshops-series-members-only = Davetleri, kayıtları ve katılımı idarenin üyeleri dizinin sayfalarında yürütür.
workshops-empty = Henüz planlanmış atölye yok. İlkini aşağıda planlayın; bununla davetler ve kayıtlar için dizi oluşur.
workshops-participation-hint = En az bir atölyede bulunan herkes bir kez sayılır – aynı e-posta adresine sahip katılımcının biriminde.
workshops-attendees-total = Katılan kişiler
workshops-leaders-total = Atölyelerde yönetim
workshops-leaders-of = { $total } yönetim üyesinden { $count }
workshops-participation-caption = Birimlere göre atölyelere katılım
workshops-attendees = Katılan
workshops-leaders = bunlardan yönetim
workshops-without-department = Birimsiz
workshops-assignments-empty = Henüz görev yok. Mini atölyeler görevleri gruplara verir.
workshops-assignments-open = { $count ->
    [0] Tüm görevler tamamlandı.
   *[other] { $count } görev açık.
}
workshops-plan-hint = Her atölye davet dizisinin bir oturumu olur. Atölye 1–3 birer kez yapılır, mini atölyeler istediğiniz kadar.
workshops-plan-submit = Atölyeyi planla
workshops-back = Atölyelere dön
workshops-series-title = Misyon atölyeleri:
workshops-series-summary = { $org } misyon bildirgesi atölyeleri. Yalnızca davetle.

workshop-kind = Atölye
workshop-kind-vision = Atölye 1: Vizyon çalışması
workshop-kind-values = Atölye 2: Değerler ve ilkeler
workshop-kind-goals = Atölye 3: Hedeflerden önlemlere
workshop-kind-mini = Mini atölye
workshop-title-hint = Atölyenin adını kullanmak için boş bırakın.
workshop-ends-hint = Bir mini atölye yaklaşık iki saat sürer.
workshop-cancelled = iptal edildi
workshop-attendees = { $count ->
    [0] Henüz kimse katıldı olarak kaydedilmedi
   *[other] { $count } kişi katıldı
}
workshop-leaders-present = { $count ->
    [0] yönetimden kimse yok
   *[other] yönetimden { $count } kişi
}
workshop-attendance = Katılımı kaydet
workshop-edit-time = Tarihi ve yeri değiştir

## A workshop's results (/leitbild/{id}/workshops/{item})
workshop-about-vision = "Bir varmış, bir yokmuş…": hikâyemiz, iyi olan, korumak istediğimiz değerler, ortak temel görev.
workshop-about-values = Değerlerden hedeflere; gruplarda ilkeler yazmak.
workshop-about-goals = Her şeyin üstünde hangi slogan duruyor? Her ilkenin ardında hangi hedef var?
workshop-about-mini = Grupların yanlarında götürdüğü fikirler ve görevlerle iki saat.
workshop-results = Sonuçlar
workshop-section-notes = Notlar
workshop-section-notes-hint = Duvarda olanlar, kısaca kaydedilmiş – her biri kendi başlığıyla.
workshop-section-notes-empty = Henüz not yok.
workshop-section-values = Değer kartları
workshop-section-values-hint = Her kartta bir değer; puanları istediğiniz zaman değiştirebilirsiniz. En çok puan alan en üstte.
workshop-section-values-empty = Henüz değer kartı yok.
workshop-section-slogans = Slogan önerileri
workshop-section-slogans-hint = Her öneri puanlarıyla; en çok puan alan en üstte.
workshop-section-slogans-empty = Henüz öneri yok.
workshop-section-principles = Taslak ilkeler
workshop-section-principles-hint = Gruplarda yazılan ilkeler, ardındaki hedefle. Tek tıkla misyon metnine yeni sürüm olarak girerler.
workshop-section-principles-empty = Henüz ilke yok.
workshop-section-assignments = Görevler
workshop-section-assignments-hint = Bir grubun neyi ne zamana kadar yapacağı. Açık görevler en üstte.
workshop-section-assignments-empty = Henüz görev yok.
workshop-votes = { $count ->
    [0] puan yok
   *[other] { $count } puan
}
workshop-vote = +1 puan
workshop-votes-label = Puanlar
workshop-votes-hint = 0 ile 999 arasında bir tam sayı.
workshop-votes-new-hint = 0 puan için boş bırakın.
workshop-card-value-text = Değer
workshop-card-value-add = Değer kartı ekle
workshop-card-slogan-text = Öneri
workshop-card-slogan-add = Öneri ekle
workshop-note-category = Başlık
workshop-note-text = Not
workshop-note-add = Not ekle
workshop-note-story = Bir varmış, bir yokmuş…
workshop-note-good = Ne iyiydi?
workshop-note-keep = Koruduğumuz değerler
workshop-note-core_task = Ortak temel görev
workshop-note-other = Diğer
workshop-goal-hint = İlkenin ardında hangi hedef var? Sonra eklenebilir.
workshop-drafted-add = İlke ekle
workshop-drafted-take = Taslağa aktar
workshop-drafted-taken = aktarıldı:
assignment-group = Grup
assignment-group-hint = Örneğin "Danışma çalışma grubu" ya da grup üyelerinin adları.
assignment-task = Görev
assignment-due = son tarih
assignment-due-label = Son tarih
assignment-due-hint = Bir tarih, örneğin 31.03.2027.
assignment-status = Durum
assignment-status-open = açık
assignment-status-done = tamamlandı
assignment-add = Görev ekle
assignment-from = kaynak:
assignment-mark-done = Tamamlandı olarak işaretle
assignment-reopen = Yeniden aç

flash-workshop-planned = Atölye planlandı. Şimdi dizi üzerinden davet edin.
flash-vote-counted = Puan sayıldı.
flash-drafted-taken = İlke artık misyon metninin yeni bir sürümünde.
flash-assignment-done = Tamamlandı olarak işaretlendi.
flash-assignment-open = Yeniden açıldı.

error-workshop-planned = Bu atölye zaten planlandı. Tarihini yukarıdaki listede değiştirin ya da bir mini atölye planlayın.
error-workshop-twice = Bu başlıkta bir mini atölye zaten bu saatte başlıyor.
error-votes-range = Lütfen 0 ile 999 arasında bir sayı girin.
error-drafted-taken = Bu ilke zaten taslakta.
error-drafted-no-draft = Misyon metninin henüz bir sürümü yok. Önce sloganla ilk sürümü yazın; sonra ilkeleri aktarabilirsiniz.
error-version-stale-take = Başka biri az önce yeni bir sürüm kaydetti. Lütfen ilkeyi taslağa yeniden aktarın.

confirm-leitbild-card-remove-title = "{ $name }" kartı kaldırılsın mı?
confirm-leitbild-card-remove-text = Kart ve puanları atölyenin sonuçlarından kaybolur.
confirm-leitbild-card-remove-submit = Evet, kaldır
confirm-leitbild-note-remove-title = Not kaldırılsın mı?
confirm-leitbild-note-remove-text = "{ $name }" notu atölyenin sonuçlarından kaybolur.
confirm-leitbild-note-remove-submit = Evet, kaldır
confirm-leitbild-drafted-remove-title = İlke kaldırılsın mı?
confirm-leitbild-drafted-remove-text = "{ $name }" ilkesi atölyenin sonuçlarından kaybolur. Aktarıldığı misyon metni sürümleri değişmeden kalır.
confirm-leitbild-drafted-remove-submit = Evet, kaldır
confirm-leitbild-assignment-remove-title = Görev kaldırılsın mı?
confirm-leitbild-assignment-remove-text = "{ $name }" grubuna verilen görev görev listesinden kaybolur.
confirm-leitbild-assignment-remove-submit = Evet, kaldır
