# Network spaces: protected places for networks, steering groups and working groups; discussions.

nav-spaces = Alanlar

## The list of spaces (/spaces)
spaces-title = Alanlar
spaces-lead = Ağlar, yönlendirme grupları ve çalışma grupları için korumalı alanlar: Üyeler burada toplantılar arasında konularını konuşur. Bir alanın içeriğini yalnızca o alanın üyeleri okuyabilir.
spaces-new-title = Yeni alan
spaces-edit-title = Alanı düzenle
spaces-mine = Alanlarım
spaces-mine-empty = Henüz hiçbir alana dahil değilsiniz. Bir alanın yöneticilerinin davetini kabul ettiğinizde veya onlar isteğinizi kabul ettiğinde siz ya da kuruluşunuz o alana katılırsınız.
spaces-listed = Diğer alanlar
spaces-listed-hint = Bu alanların adı, giriş yapmış herkese görünür. İçeriklerini yalnızca üyeler görür; katılma isteği gönderebilirsiniz.
space-kind-network = Ağ
space-kind-steering = Yönlendirme grubu
space-kind-working = Çalışma grubu
space-member-count = { $count ->
    [one] { $count } üye
   *[other] { $count } üye
}
space-new-posts = { $count ->
    [one] { $count } yeni ileti
   *[other] { $count } yeni ileti
}
space-requested = Katılma isteği gönderildi

## The space form
space-field-name = Alanın adı
space-field-kind = Alanın türü
space-field-description = Bu alan ne hakkında
space-field-listed = Adı giriş yapmış herkese göster
space-field-listed-hint = Böylece başkaları katılma isteği gönderebilir. İçerik her durumda yalnızca üyelere görünür.
flash-space-created = Alan oluşturuldu. Şimdi üye ekleyin.

## A space's home
space-your-role = Rolünüz
space-role-admin = Yönetici
space-role-member = Üye
space-role-reader = Yalnızca okuma
space-members-link = Üyeler
space-open-requests = { $count ->
    [one] { $count } bekleyen istek
   *[other] { $count } bekleyen istek
}
space-news-heading = Son ziyaretinizden bu yana yenilikler
space-news-first = Hoş geldiniz! Bu alanı ilk kez ziyaret ediyorsunuz.
space-news-nothing = Son ziyaretinizden bu yana yeni bir şey eklenmedi.
space-news-since = Şu tarihteki son ziyaretinizden bu yana
space-news-threads = { $count ->
    [one] { $count } yeni konu
   *[other] { $count } yeni konu
}
space-news-posts = { $count ->
    [one] { $count } yeni ileti
   *[other] { $count } yeni ileti
}
space-news-members = { $count ->
    [one] { $count } yeni üye
   *[other] { $count } yeni üye
}
space-threads-heading = Konular
space-threads-empty = Burada henüz konu yok. İlk konuyu siz başlatın.
thread-unread = { $count ->
    [one] { $count } okunmamış
   *[other] { $count } okunmamış
}
thread-posts = { $count ->
    [one] { $count } ileti
   *[other] { $count } ileti
}
thread-last-post = son ileti

## Asking to join a listed space
space-request-heading = Katılma isteği gönderin
space-request-lead = Alanın yöneticileri isteğinizi alır ve karar verir. Yanıtı e-postayla alırsınız.
space-field-message = Yöneticilere mesaj
space-request-submit = İsteği gönder
space-requested-text = Katılma isteği gönderdiniz. Alanın yöneticileri karar verecek; size bir e-posta gelecek.
flash-space-requested = İsteğiniz gönderildi.

## Members (/spaces/{id}/members)
space-members-title = Üyeler: { $space }
space-member-kind = Tür
space-member-org = Kuruluş (tüm kişileriyle)
space-member-person = Kişi
space-role-of = { $name } için rol
space-role-change = Rolü değiştir
space-remove = Çıkar
space-requests-heading = İstekler
space-requests-empty = Bekleyen istek yok.
space-request-accept = Kabul et
space-request-decline = Reddet
space-field-org = Kuruluşun adı
space-field-org-hint = Kuruluşlar dizininde yazıldığı gibi.
flash-space-own-org-added = Kuruluşunuz artık alana dahil.
flash-space-member-removed = Alandan çıkarıldı.
flash-space-request-accepted = Kabul edildi. Kişiye bir e-posta gönderilecek.
flash-space-request-declined = Reddedildi. Kişiye bir e-posta gönderilecek.
error-space-no-such-org = Bu adla bir kuruluş yok. Dizindeki yazılışı kontrol edin.
error-space-already-member = Bu alana zaten dahil.
error-space-last-admin = Bir alanın en az bir yöneticisi olmalıdır. Önce bu rolü başka birine verin.

## Threads and posts
thread-new-title = Yeni konu
thread-field-title = Başlık
post-field-body = Metin
post-field-body-hint = Markdown kullanabilirsiniz: **kalın**, *italik*, [bağlantı metni](https://…), “-” ile listeler. Görseller ve HTML gösterilmez.
thread-submit = Konuyu başlat
flash-thread-created = Konu açıldı.
thread-reply-heading = Yanıtla
thread-reply-submit = Yanıtı gönder
post-new = Yeni
post-edited = düzenlenme tarihi
post-edit = Düzenle
post-by = { $name } tarafından yazılan ileti
post-edit-title = İletiyi düzenle
post-current-heading = İletinin şu anki hali
post-history-title = Önceki sürümler
post-history-now = Güncel sürüm
post-history-until = Şu tarihe kadar geçerli sürüm

## E-mails
mail-space-request-new-subject = “{ $space }” alanı için katılma isteği
mail-space-request-new-body =
    { $who }, “{ $space }” alanına katılmak istiyor.

    İsteği görüntüleyin ve karar verin: { $link }
mail-space-request-accepted-subject = “{ $space }” alanına hoş geldiniz
mail-space-request-accepted-body =
    İsteğiniz kabul edildi: Artık “{ $space }” alanına dahilsiniz.

    Alana git: { $link }
mail-space-request-declined-subject = “{ $space }” alanı için isteğiniz
mail-space-request-declined-body =
    Maalesef “{ $space }” alanı için isteğiniz kabul edilmedi. Sorularınız için iletişim kişisi: { $who }.

## Following threads and notifications
thread-follow = Konuyu takip et
thread-unfollow = Takibi bırak
thread-following = Bu konuyu takip ediyorsunuz; yeni iletilerden haberdar olursunuz.
flash-thread-followed = Artık bu konuyu takip ediyorsunuz.
flash-thread-unfollowed = Artık bu konuyu takip etmiyorsunuz.
notify-heading = Bildirimler
notify-legend = Takip ettiğiniz bir konuya biri yazdığında:
notify-mode-immediate = hemen e-posta gönderilsin
notify-mode-digest = günde bir kez özet gönderilsin
notify-mode-off = e-posta gönderilmesin
notify-submit = Seçimi kaydet
mail-space-post-subject = Yeni yanıt: { $thread }
mail-space-post-body =
    { $who }, “{ $space }” alanındaki “{ $thread }” konusuna yazdı:

    { $excerpt }

    İletiye git: { $link }

    Bildirimleri değiştir: { $settings }
mail-space-digest-subject = { $count ->
    [one] Alanlarınızda { $count } yeni ileti
   *[other] Alanlarınızda { $count } yeni ileti
}
mail-space-digest-line = { $space } – { $thread } ({ $who }): { $link }
mail-space-digest-body =
    Takip ettiğiniz konulardaki yenilikler:

    { $lines }

    Bildirimleri değiştir: { $settings }

## Invitations to a space
spaces-invitations = Davetler
spaces-invitation-for-you = Davet edildiniz.
spaces-invitation-for-org = Kuruluşunuz { $org } davet edildi. Yöneticisi olarak kabul eder veya reddedersiniz.
spaces-invitation-from = Gönderen: { $who }
space-invitation-valid-until = Geçerlilik sonu
space-invitation-accept = Kabul et
space-invitation-decline = Reddet
space-invitations-heading = Açık davetler
space-invitations-empty = Açık davet yok.
space-invitations-caption = Davet edildi, henüz kabul edilmedi
space-invited = Davet edilen
space-invitation-pending = açık
space-invitation-revoke = Geri çek
space-invite-org-heading = Kuruluş davet et
space-invite-org-lead = Kuruluşun yöneticileri bir e-posta alır ve kabul eder veya reddeder. Ancak o zaman kuruluştaki herkes, sonradan katılanlar da, alana dahil olur.
space-invite-person-heading = Kişi davet et
space-invite-person-lead = Kişi bağlantılı bir e-posta alır ve kabul eder veya reddeder. Ancak o zaman alana dahil olur.
space-invite-submit = Davet et
flash-space-invited = Davet gönderildi. Yanıtlanana kadar „Açık davetler“ altında görünür.
flash-space-invitation-revoked = Davet geri çekildi.
flash-space-invitation-accepted = Kabul edildi. Alana hoş geldiniz!
flash-space-invitation-declined = Reddedildi. Bu konuda başka e-posta almayacaksınız.
error-space-invitation-pending = Bunun için bu alana zaten açık bir davet var.
error-space-invitation-declined = Bu davet kısa süre önce reddedildi. Yeni bir davet ancak retten 30 gün sonra mümkündür.
error-space-invitation-limit = Bu alan için bugün zaten 30 davet gönderildi. Lütfen yarın tekrar deneyin.
error-space-invitation-invitee-limit = Bu adres veya kuruluş bugün alanlara zaten birkaç davet aldı. Lütfen yarın davet edin.
space-invitation-title = Bir alana davet
space-invitation-lead = { $who } sizi „{ $space }“ alanına „{ $role }“ rolüyle davet ediyor.
space-invitation-other-account = Başka bir adresle giriş yaptınız. Yalnızca davetin gönderildiği adresle giriş yapan kişi kabul edebilir. Çıkış yapın ve o adresle giriş yapın.
space-invitation-sign-in = Davetin gönderildiği adresle giriş yapın. Ardından burada kabul edin veya reddedin.
space-invitation-no-account = Bir alana katılmak için önce ikoe'de bir hesaba ihtiyacınız var. Hesaplar bir kuruluşun yöneticilerinin davetiyle oluşturulur; onlara sorun.
space-invitation-stays-open = Davet, süresi dolana kadar açık kalır:
space-invitation-have-account = Hesabınız var mı? Giriş yap
space-invitation-not-for-me-heading = Size ait değil mi?
space-invitation-not-for-me-text = Reddederseniz davet sona erer. Bunun için hesaba gerek yoktur.
space-invitation-not-for-me = Bu bana ait değil – reddet
space-invitation-was-accepted = Bu davet zaten kabul edildi.
space-invitation-was-declined = Bu davet reddedildi.
space-invitation-was-revoked = Bu davet geri çekildi.
space-invitation-was-expired = Bu davetin süresi doldu. Sizi davet eden kişiden yeni bir davet isteyin.
space-invitation-unknown = Bu davet yok veya artık yok. Bağlantının eksiksiz olduğunu kontrol edin.
mail-space-invitation-subject = ikoe'de bir alana davet
mail-space-invitation-body =
    { $who } sizi ikoe'deki „{ $space }“ alanına „{ $role }“ rolüyle davet ediyor.

    Kabul et veya reddet: { $link }

    Davet { $days } gün geçerlidir. Ancak kabul ettiğinizde alana dahil olursunuz. Size ait değilse bağlantı üzerinden reddedin veya bu e-postayı dikkate almayın.
mail-space-invitation-org-subject = Kuruluşunuzun ikoe'de bir alana daveti
mail-space-invitation-org-body =
    { $who } kuruluşunuz { $org } için ikoe'deki „{ $space }“ alanına „{ $role }“ rolüyle davet gönderdi.

    Kuruluşun yöneticisi olarak kabul edin veya reddedin: { $link }

    Davet { $days } gün geçerlidir. Kuruluşunuzdaki kişiler ancak siz kabul ettiğinizde alana dahil olur.
