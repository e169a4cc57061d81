# Taking part in a Leitbild process through a link, feedback rounds and the team's answers.

## The page staff open with their link (/mitmachen/{token})
leitbild-participate-title = Katılım
leitbild-participate-hello = Merhaba { $name }, katılımınız için teşekkür ederiz.
leitbild-participate-department = “{ $department }” biriminin bağlantısıyla katılıyorsunuz. Katkılarınız anonimdir ve bu birim için sayılır.
leitbild-participate-privacy = Süreç ekibi yorumlarınızı adınız olmadan, yalnızca biriminizle birlikte görür.
leitbild-participate-signoff = Yönetim üyesi olarak: sürümün onayına
leitbild-participate-ended = Misyon bildirgesi süreci tamamlandı. Katılımınız için teşekkür ederiz! Burada metni ve yorumlarınıza verilen yanıtları görebilirsiniz.
leitbild-participate-no-text = Henüz taslak yok. Taslak hakkında yorum yapabileceğiniz zaman size haber verilecek.
leitbild-round-open-until = Geri bildirim turu { $date } tarihine kadar sürüyor. Sizin için önemli olanı destekleyin; eksik olanı veya farklı olması gerekeni yazın.
leitbild-round-upcoming = Bir sonraki geri bildirim turu { $date } tarihinde başlıyor.
leitbild-round-none = Şu anda devam eden bir geri bildirim turu yok.
leitbild-support = Destekliyorum
leitbild-comment-this = Yorum yap
leitbild-comment-heading = Yorumunuz
leitbild-comment-target = Yorumunuz neyle ilgili?
leitbild-comment-body = Yorum
leitbild-comment-body-hint = Neyi beğeniyorsunuz, ne eksik, neyi değiştirirdiniz? İstediğiniz dilde yazabilirsiniz.
leitbild-comment-proposal = Metin öneriniz
leitbild-comment-proposal-hint = Daha iyi bir ifadeniz varsa buraya yazın.
leitbild-comment-send = Yorumu gönder
leitbild-questions = Kısa sorular
leitbild-questions-hint = En fazla beş soru, her satıra bir soru; örneğin “Açıklık sizin işinizde ne anlama geliyor?”
leitbild-answers-save = Yanıtları kaydet
leitbild-mine = Yorumlarınız ve verilen yanıtlar
leitbild-mine-empty = Henüz yorum yapmadınız.
leitbild-target-general = Taslağın bütünü
leitbild-target-principle = İlke { $n }
leitbild-answer-taken = Metne alındı
leitbild-answer-changed = Değiştirilerek metne alındı
leitbild-answer-declined = Metne alınmadı
leitbild-answer-pending = Henüz yanıtlanmadı

flash-leitbild-comment = Teşekkürler! Yorumunuz bize ulaştı. Süreç ekibi her yorumu yanıtlar.
flash-leitbild-supported = Bu bölümü destekliyorsunuz.
flash-leitbild-unsupported = Desteğiniz geri alındı.
flash-leitbild-answers = Yanıtlarınız kaydedildi.
flash-leitbild-round-closed = Geri bildirim turu sona erdi.

error-leitbild-round-closed = Geri bildirim turu sona erdi; metniniz gönderilmedi. Bir sonraki turda paylaşmak isterseniz metninizi saklayın.
error-leitbild-questions-max = Lütfen en fazla beş soru yazın, her satıra bir soru.

## Feedback rounds, for the process team (/leitbild/{id}/rounds)
leitbild-rounds-title = Geri bildirim turları
leitbild-rounds-lead = Bir geri bildirim turunda tüm çalışanlar metnin bir sürümü hakkında yorum yapar. Süreç ekibi, bir sonraki sürümü yazmadan önce her yorumu yanıtlar.
leitbild-rounds-empty = Henüz geri bildirim turu yok.
leitbild-round = Tur
leitbild-round-title = Geri bildirim turu
leitbild-round-state = Durum
leitbild-round-state-upcoming = planlandı
leitbild-round-state-open = devam ediyor
leitbild-round-state-closed = sona erdi
leitbild-round-contributors = Katılanlar
leitbild-round-answered = Yanıtlanan
leitbild-round-start = Geri bildirim turu başlat
leitbild-round-start-hint = Tur, en yeni sürümü ({ $version }) kapsar.
leitbild-round-opens = Başlangıç
leitbild-round-closes = Son tarih
leitbild-round-closes-hint = Herkes bu günün sonuna kadar yorum yapabilir.
leitbild-round-remind = Hatırlatma (son tarihten kaç gün önce)
leitbild-round-remind-hint = Henüz katılmamış ve e-posta adresi olan kişiler o gün yeni bir bağlantı içeren bir hatırlatma alır.
leitbild-round-reminder = Hatırlatma
leitbild-round-reminded = { $date } tarihinde gönderildi
leitbild-round-close = Turu şimdi bitir
leitbild-round-unanswered = { $count ->
    [one] { $count } yorum henüz yanıtlanmadı. Bir sonraki sürüm ancak her yorum yanıtlandıktan sonra yazılabilir.
   *[other] { $count } yorum henüz yanıtlanmadı. Bir sonraki sürüm ancak her yorum yanıtlandıktan sonra yazılabilir.
}
leitbild-comments = Yorumlar
leitbild-comments-empty = Henüz yorum ya da destek yok.
leitbild-supports-count = { $count ->
    [one] { $count } destek
   *[other] { $count } destek
}
leitbild-proposal = Önerilen ifade
leitbild-answer-legend = Süreç ekibinin yanıtı
leitbild-answer-reason = Gerekçe
leitbild-answer-save = Yanıtı kaydet
leitbild-answer-change = Yanıtı değiştir
leitbild-replies-empty = Henüz yanıt yok.

flash-leitbild-round-started = Geri bildirim turu oluşturuldu.
flash-leitbild-answered = Yanıt kaydedildi. Kişi yanıtı kendi bağlantısı üzerinden görür.

error-leitbild-deadline-past = Son tarih geçmişte kalıyor. Daha sonraki bir gün seçin.
error-leitbild-round-too-long = Bir tur en fazla 120 gün sürer.
error-leitbild-no-version = Metnin henüz bir sürümü yok. Önce bir taslak yazın.
error-leitbild-round-running = Zaten devam eden ya da planlanmış bir geri bildirim turu var. Önce onu bitirin.
error-leitbild-answered-meanwhile = Bu arada süreç ekibinden biri bu yorumu yanıtladı. Verilen yanıta bakın; metniniz hâlâ alanda duruyor.
error-leitbild-round-open-save = Devam eden ya da planlanmış bir geri bildirim turu var. Bir sonraki sürüm, tur bittikten sonra yazılır.
error-leitbild-unanswered = Henüz yanıtlanmamış yorumlar var. Önce her yorumu yanıtlayın; metniniz burada kalır.

confirm-leitbild-round-close-title = Geri bildirim turu şimdi bitirilsin mi?
confirm-leitbild-round-close-text = Bundan sonra “{ $process }” sürecinde kimse yorum yapamaz, destek veremez ya da yanıt veremez. Bu işlem geri alınamaz.
confirm-leitbild-round-close-submit = Evet, bitir

## Participation links (on the preparation page)
leitbild-link = Bağlantı
leitbild-link-none = bağlantı yok
leitbild-link-active = etkin
leitbild-link-made = { $date } tarihinde oluşturuldu
leitbild-link-seen = { $date } tarihinde açıldı
leitbild-link-mail = Bağlantıyı e-postayla gönder
leitbild-link-revoke = Bağlantıyı devre dışı bırak
leitbild-links = Kişisel bağlantılar
leitbild-links-hint = Herkes hesap gerektirmeden kendi kişisel bağlantısıyla katılır. E-posta adresi olanlar bağlantıyı e-postayla alır; diğer herkes için QR kodlu kartlar yazdırın. Yeni bir bağlantı eskisinin yerini alır.
leitbild-links-mail-all = Henüz bağlantısı olmayan herkese bağlantı gönder
leitbild-links-cards = QR kodlu kartları yazdır (e-postası olmayan kişiler için)
leitbild-card-heading = Misyon bildirgemize katkıda bulunun
leitbild-card-hint = Kodu telefonunuzla tarayın veya adresi yazın. Bu bağlantı yalnızca size aittir.
leitbild-department-link-make = İntranet için bağlantı oluştur
leitbild-department-link-title = Birim bağlantısı
leitbild-department-link-made = “{ $department }” biriminin yeni bağlantısı:
leitbild-department-link-hint = Bağlantıyı şimdi kopyalayın ve birimin intranet sayfasına koyun. Bağlantı yalnızca bu seferlik gösterilir. Bağlantıyı açan kişi anonim olarak katılır; katkılar birim için sayılır.

flash-leitbild-link-sent = Bağlantı gönderiliyor. Bu kişinin önceki bağlantısı artık geçerli değil.
flash-leitbild-links-sent = Bağlantılar gönderiliyor.
flash-leitbild-links-none = E-posta adresi olan herkesin zaten bir bağlantısı var.
flash-leitbild-link-revoked = Bağlantı devre dışı bırakıldı.
flash-leitbild-cards-none = Katılan herkesin e-posta adresi var; yazdırılacak kart yok.

confirm-leitbild-cards-title = { $count } kişi için kart yazdırılsın mı?
confirm-leitbild-cards-text = “{ $process }” sürecinde e-posta adresi olmayan katılımcılar için yeni bağlantılar oluşturulur; önceki kartlar artık geçerli olmaz.
confirm-leitbild-cards-submit = Evet, kartları oluştur
confirm-leitbild-department-link-title = “{ $name }” için yeni bağlantı oluşturulsun mu?
confirm-leitbild-department-link-text = Bu birimin “{ $process }” sürecindeki mevcut bağlantısı artık geçerli olmaz. Bağlantıyı intranette de değiştirin.
confirm-leitbild-department-link-submit = Evet, yeni bağlantı oluştur

confirm-leitbild-link-revoke-title = { $name } bağlantısı engellensin mi?
confirm-leitbild-link-revoke-text = “{ $process }” içindeki bağlantı artık çalışmaz. Katkılar kalır. İstediğiniz zaman yeni bir bağlantı oluşturabilirsiniz.
confirm-leitbild-link-revoke-submit = Evet, engelle

## Mails
mail-leitbild-link-subject = Misyon bildirgesi için bağlantınız: { $process }
mail-leitbild-link-body =
    Merhaba { $name },

    { $org } ortak bir misyon bildirgesi hazırlıyor – tüm çalışanlarıyla birlikte. Görüşünüz önemli. Kişisel bağlantınızla oturum açmadan taslağı okuyabilir, yorum yapabilir ve destekleyebilirsiniz:
    { $link }

    Bu bağlantı yalnızca size aittir; lütfen başkalarıyla paylaşmayın.
mail-leitbild-reminder-subject = Hatırlatma: Misyon bildirgesi geri bildirim turu { $date } tarihine kadar
mail-leitbild-reminder-body =
    Merhaba { $name },

    { $org } kurumunun misyon bildirgesine yönelik geri bildirim turu (“{ $process }”) { $date } tarihine kadar sürüyor. Sizin için neyin önemli olduğunu bize söyleyin:
    { $link }

    Bu bağlantı, son e-postadaki bağlantının yerini alır.
admin-outbox-kind-leitbild-link = Misyon bildirgesi: kişisel bağlantı
admin-outbox-kind-leitbild-reminder = Misyon bildirgesi: geri bildirim turu hatırlatması

## The evaluation: an anonymous survey per principle (/leitbild/{id}/evaluation and the link page)
leitbild-survey-heading = Misyon bildirgemiz hayata geçiyor mu?
leitbild-survey-lead = { $date } tarihine kadar her ilkenin günlük işinizde ne ölçüde hayata geçtiğini bize bildirin. Yanıtlarınız anonimdir; o tarihe kadar yanıtlarınızı değiştirebilirsiniz.
leitbild-survey-question = Bu ilke günlük işimizde hayata geçiyor mu?
leitbild-survey-rating-1 = hiç
leitbild-survey-rating-2 = çok az
leitbild-survey-rating-3 = kısmen
leitbild-survey-rating-4 = büyük ölçüde
leitbild-survey-rating-5 = tamamen
leitbild-survey-note = Bunu nereden anlıyorsunuz?
leitbild-survey-save = Yanıtları kaydet
flash-leitbild-survey-saved = Teşekkürler! Yanıtlarınız kaydedildi.
error-leitbild-survey-closed = Anket sona erdi; yanıtlarınız kaydedilmedi.
leitbild-evaluation-title = Değerlendirme
leitbild-evaluation-lead = Kabulden birkaç ay sonra tüm çalışanlara ilkelerin hayata geçip geçmediğini anonim olarak sorun. Gelişimi görmek için anketi tekrarlayın.
leitbild-survey-of = { $date } tarihli anket
leitbild-survey-responses = Yanıtlayanlar
leitbild-survey-responses-count = { $count ->
    [one] { $count } yanıt
   *[other] { $count } yanıt
}
leitbild-survey-close = Anketi şimdi bitir
leitbild-survey-anonymous = Yanıtlar anonimdir: ad ve zaman bilgisi tutulmaz. Bir ilkenin sonuçları ancak üç değerlendirmeden itibaren görünür.
leitbild-survey-mean = Ortalama: 5 üzerinden { $mean }
leitbild-survey-rated = { $count ->
    [one] { $count } değerlendirme
   *[other] { $count } değerlendirme
}
leitbild-survey-chart = “hiç” ile “tamamen” arasındaki değerlendirmelerin dağılımı; sayılar tabloda yer alıyor.
leitbild-survey-table = Değerlendirmeler
leitbild-survey-rating-col = Değerlendirme
leitbild-survey-count-col = Sayı
leitbild-survey-notes = Çalışanların yazdıkları
leitbild-survey-too-few = Anonim olarak gösterilebilmesi için henüz yeterli değerlendirme yok.
leitbild-survey-results-after = Sonuçlar anket sona erdiğinde görünür; öncesinde her değişiklik tek bir kişinin ne yanıt verdiğini ele verebilirdi.
leitbild-surveys = Tüm anketler
leitbild-survey-start = Anket başlat
leitbild-survey-start-hint = Anket en yeni sürümü kapsar. Bağlantısı olan herkes katılabilir.
flash-leitbild-survey-started = Anket oluşturuldu.
flash-leitbild-survey-closed = Anket sona erdi.
error-leitbild-survey-running = Zaten devam eden ya da planlanmış bir anket var. Önce onu bitirin.
confirm-leitbild-survey-close-title = Anket şimdi bitirilsin mi?
confirm-leitbild-survey-close-text = Bundan sonra “{ $process }” sürecinde kimse yanıt veremez. Bu işlem geri alınamaz.
confirm-leitbild-survey-close-submit = Evet, bitir
