mail-invitation-subject = ikoe daveti: { $org }
mail-invitation-body =
    Merhaba,

    { $inviter } sizi ikoe üzerinde “{ $org }” kuruluşunda birlikte çalışmaya davet ediyor.

    Bu bağlantıyla hesabınızı oluşturabilirsiniz ({ $days } gün geçerlidir, yalnızca bir kez kullanılabilir):
    { $link }

    Bu daveti beklemiyorsanız bu e-postayı dikkate almayabilirsiniz.
mail-reset-subject = ikoe için yeni şifre
mail-reset-body =
    Merhaba { $name },

    Bu bağlantıyla yeni bir şifre belirleyebilirsiniz ({ $minutes } dakika geçerlidir, yalnızca bir kez kullanılabilir):
    { $link }

    Bu isteği siz yapmadıysanız bu e-postayı dikkate almayın; şifreniz değişmeden kalır.
mail-invitation-existing-subject = { $org } davetiyesi
mail-invitation-existing-body =
    Merhaba { $name },

    { $inviter } sizi ikoe üzerinde “{ $org }” ile çalışmaya davet ediyor.

    Giriş yapın ve daveti bu bağlantıyla kabul edin ({ $days } gün geçerlidir):
    { $link }

    Katılmak istemiyorsanız bu e-postayı dikkate almayın.
