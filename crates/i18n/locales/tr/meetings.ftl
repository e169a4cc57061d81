# The Ideenwerkstatt: host rotation, meetings, topics, agenda, sessions.
meetings-title = Ideenwerkstatt (fikir atölyesi)
meetings-lead = Bu alanın düzenli buluşması: ev sahibi, konular, program ve kayıt.
meetings-upcoming = Yaklaşan buluşmalar
meetings-past = Geçmiş buluşmalar
meetings-none = Henüz planlanmış bir buluşma yok.
meeting-new-title = Buluşma planla
meeting-host = Ev sahibi
meeting-when = Ne zaman
meeting-field-title = Başlık
meeting-field-title-hint = Örneğin “Ideenwerkstatt İlkbahar 2027”.
meeting-field-starts = Başlangıç
meeting-field-ends = Bitiş
meeting-field-venue = Yer
meeting-field-host-hint = Önerilen: { $name } – en uzun süredir ev sahipliği yapmadı.
meeting-field-swap = Değişiklik nedeni
meeting-field-swap-hint = Önerilenden farklı bir kuruluş davet ediyorsa gereklidir. Değişiklik, ev sahipleri listesinde not edilir.
meeting-field-votes = Kişi başına oy
meeting-field-votes-hint = Her kişinin destekleyebileceği konu sayısı (1 ile 20 arası).
meeting-field-capacity = Kontenjan
meeting-field-capacity-hint = Kayıt, eğitimlerdeki kayıt gibi işler: bekleme listesi, hatırlatma, katılım takibi ve takvim dosyası ile.
meeting-submit = Buluşmayı oluştur
meeting-series-summary = “{ $space }” alanının altı ayda bir yapılan buluşması.
meeting-register = Kayda git
meeting-registered = Kaydınız yapıldı.
meeting-registration-details = Kaydınız
flash-meeting-created = Buluşma oluşturuldu. Kayıtlar açıldı.
error-meeting-host = Alanın üyeleri arasından bir ev sahibi kuruluş seçin.
error-meeting-swap-note = Önerilen kuruluşun neden davet etmediğini kısaca açıklayın.
hosts-heading = Dönüşümlü ev sahipliği
hosts-lead = Ev sahipliğine hazır üye kuruluşlar: kaç kez ev sahibi oldukları, en son ne zaman ve hangi planlanan buluşmaya ev sahipliği yaptıkları.
hosts-proposed = Sıradaki:
hosts-none-willing = Henüz hiçbir kuruluş ev sahipliği yapmaya hazır olduğunu bildirmedi.
hosts-no-orgs = Bu alana henüz hiçbir kuruluş ait değil.
hosts-col-org = Kuruluş
hosts-col-willing = Hazır
hosts-col-times = Ev sahipliği sayısı
hosts-col-last = En son
hosts-col-change = Değiştir
hosts-never = henüz hiç
hosts-set-willing = Hazır olarak kaydet
hosts-set-unwilling = Artık hazır değil
hosts-history = Önceki ev sahipleri
hosts-history-empty = Henüz hiçbir buluşma yapılmadı.
hosts-swap = yer değiştirilen kuruluş
hosts-planned = Planlanan buluşmalar
hosts-col-planned = Ev sahipliği
hosts-not-planned = yok
hosts-proposed-after = Planlanan buluşmalardan sonra sıra:
topics-heading = Konular
topics-votes-left = { $count ->
    [0] Tüm oylarınızı kullandınız.
    [one] Bir oyunuz kaldı.
   *[other] { $count } oyunuz kaldı.
}
topics-votes-each = { $count ->
    [one] Her kişinin bir oyu vardır.
   *[other] Her kişinin { $count } oyu vardır.
}
topics-empty = Henüz konu yok. İlk konuyu siz önerin.
topic-votes = { $count ->
    [0] henüz oy yok
    [one] bir oy
   *[other] { $count } oy
}
topic-in-agenda = programda
topic-vote = Destekle
topic-unvote = Oyu geri al
topic-to-agenda = Programa al
topic-propose-heading = Konu öner
topic-field-title = Konu
topic-field-description = Konu ne hakkında?
topic-propose-submit = Öner
flash-topic-proposed = Konunuz önerildi.
flash-voted = Oyunuz sayıldı.
flash-unvoted = Oyunuz geri alındı.
error-votes-used = Tüm oylarınızı zaten kullandınız. Önce bir oyunuzu geri alın.
error-voted-already = Bu konuyu zaten destekliyorsunuz.
agenda-heading = Program
agenda-empty = Program henüz belli değil.
agenda-parallel-count = { $count ->
    [one] { $count } oturum
   *[other] Aynı anda { $count } oturum
}
agenda-choose-hint = Kayıtlıysanız paralel atölyeler arasından burada seçim yapabilirsiniz.
session-new-title = Program maddesi ekle
session-edit-title = Program maddesini düzenle
session-field-title = Başlık
session-field-format = Biçim
session-field-starts = Başlangıç
session-field-ends = Bitiş
session-field-room = Salon
session-field-track = Oturum kolu
session-field-track-hint = Paralel program maddeleri farklı oturum kollarında yürür, örneğin “A” ve “B”.
session-field-capacity = Kontenjan
session-field-capacity-hint = Herkes katılabilecekse boş bırakın.
session-field-description = Açıklama
session-world-cafe = Dünya Kafe (World Café)
session-field-tables = Masalar
session-field-rounds = Turlar
session-field-table-hosts = Masa sorumluları
session-field-names-hint = Adları virgülle ayırın.
session-case = Meslektaşlar arası vaka danışmanlığı
session-field-case-owner = Vakayı getiren kişi
session-field-moderator = Moderasyon
session-field-advisers = Danışmanlar
session-delete = Program maddesini sil
session-format-talk = Sunum
session-format-workshop = Atölye
session-format-world_cafe = Dünya Kafe (World Café)
session-format-case_consultation = Meslektaşlar arası vaka danışmanlığı
session-format-best_practice = İyi uygulama
session-format-plenary = Genel oturum
case-phases-heading = Vaka danışmanlığının aşamaları
case-phase-casting = Rolleri dağıtma
case-phase-report = Vakayı anlatma
case-phase-questions = Anlamaya yönelik sorular
case-phase-hypotheses = Hipotez oluşturma
case-phase-ideas = Çözüm fikirleri toplama
case-phase-closing = Vakayı getiren kişinin kapanışı
session-seats = { $capacity ->
    [one] 1 yerin { $chosen } tanesi seçildi
   *[other] { $capacity } yerin { $chosen } tanesi seçildi
}
session-choose = Seç
session-unchoose = Seçimi geri al
session-full = Dolu
session-chosen = Seçiminiz
session-documentation = Belgeleme
session-documentation-empty = Henüz belgeleme yok.
session-field-documentation = Tutanak ve sonuçlar
session-files = Fotoğraflar ve dosyalar
session-files-empty = Henüz dosya yok.
flash-session-created = Program maddesi programa eklendi.
flash-session-deleted = Program maddesi silindi.
flash-session-chosen = Seçiminiz kaydedildi.
flash-session-unchosen = Seçiminiz geri alındı.
error-session-full = Bu program maddesi dolu. Lütfen başka birini seçin.
error-choose-register-first = Önce buluşmaya kaydolun; ardından seçim yapabilirsiniz.
error-topic-taken = Bu konu zaten başka bir program maddesinde yer alıyor.
meeting-edit-title = Toplantıyı düzenle
meeting-edit-hint = Ev sahibi ve kayıt aynı kalır. Kaydın saatleri ve yeri de birlikte değişir; kayıtlı kişiler bunları takvim dosyalarında bulur.
