# Anonymous feedback after a module, and its results for staff.

feedback-title = “{ $title }” hakkında geri bildirim
feedback-intro = Geri bildiriminiz anonimdir: Adınız olmadan kaydedilir ve eğitimin daha iyi hâle gelmesine yardımcı olur. Bağlantı yalnızca bir kez kullanılabilir.
feedback-q-overall = Genel olarak ne kadar memnun kaldınız?
feedback-q-content = İçerikler ne kadar faydalıydı?
feedback-q-organisation = Organizasyon ne kadar iyiydi?
feedback-scale-1 = 1 – hiç
feedback-scale-2 = 2
feedback-scale-3 = 3
feedback-scale-4 = 4
feedback-scale-5 = 5 – çok
feedback-comment = Bize söylemek istediğiniz başka bir şey var mı?
feedback-comment-hint = Lütfen başka kişilerin adlarını yazmayın.
feedback-publish = Yorumum adım belirtilmeden eğitimin sayfasında yayımlanabilir.
feedback-publish-hint = Bu kutuyu işaretlemezseniz yorumunuzu yalnızca düzenleyenler görür.
feedback-submit = Geri bildirimi gönder
feedback-done = Çok teşekkürler! Geri bildiriminiz bize ulaştı.
flash-feedback-thanks = Geri bildiriminiz için çok teşekkür ederiz!
error-feedback-twice = Bu bağlantı üzerinden zaten geri bildirim verilmiş.
feedback-link = Geri bildirimler
feedback-results-title = Geri bildirimler: { $title }
feedback-results-hint = 1 (hiç) ile 5 (çok) arasındaki bir ölçekte ortalama. Yanıtlar anonimdir.
feedback-by-module = Modüle göre
feedback-by-speaker = Eğitmene göre
feedback-by-cohort = Dönemlerin karşılaştırması
feedback-col-name = Ad
feedback-col-answers = Yanıtlar
feedback-none = Henüz geri bildirim yok.
feedback-comments = Yorumlar
feedback-published = yayımlandı
feedback-not-published = yalnızca düzenleyenler için
feedback-public-heading = Katılımcılar ne diyor
mail-feedback-invite-subject = Geri bildiriminiz: { $module }
mail-feedback-invite-body =
    Merhaba { $name },

    “{ $module }” ({ $series }) modülüne katıldığınız için teşekkür ederiz. Nasıldı? Geri bildiriminiz anonimdir ve yalnızca iki dakikanızı alır:
    { $link }
