mail-invitation-subject = Einladung zu ikoe: { $org }
mail-invitation-body =
    Guten Tag,

    { $inviter } lädt Sie ein, bei „{ $org }“ auf ikoe mitzuarbeiten.

    Mit diesem Link legen Sie Ihr Konto an (gültig { $days } Tage, nur einmal verwendbar):
    { $link }

    Wenn Sie diese Einladung nicht erwartet haben, können Sie diese E-Mail ignorieren.
mail-reset-subject = Neues Passwort für ikoe
mail-reset-body =
    Guten Tag { $name },

    mit diesem Link legen Sie ein neues Passwort fest (gültig { $minutes } Minuten, nur einmal verwendbar):
    { $link }

    Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail; Ihr Passwort bleibt unverändert.
mail-invitation-existing-subject = Einladung zu { $org }
mail-invitation-existing-body =
    Guten Tag { $name },

    { $inviter } lädt Sie ein, bei „{ $org }“ auf ikoe mitzuarbeiten.

    Melden Sie sich an und nehmen Sie die Einladung mit diesem Link an (gültig { $days } Tage):
    { $link }

    Wenn Sie nicht mitarbeiten möchten, ignorieren Sie diese E-Mail.
