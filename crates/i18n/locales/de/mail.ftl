mail-invitation-subject = Einladung zu ikoe: { $org }
mail-invitation-body =
    Guten Tag,

    { $inviter } lädt Sie ein, bei „{ $org }“ auf ikoe mitzuarbeiten.

    Mit diesem Link legen Sie Ihr Konto an (gültig { $days } Tage, nur einmal verwendbar):
    { $link }

    Wenn Sie diese Einladung nicht erwartet haben, können Sie diese E-Mail ignorieren.
mail-added-subject = Sie sind jetzt Mitglied von { $org }
mail-added-body =
    Guten Tag { $name },

    { $inviter } hat Sie zu „{ $org }“ auf ikoe hinzugefügt.

    { $link }
mail-reset-subject = Neues Passwort für ikoe
mail-reset-body =
    Guten Tag { $name },

    mit diesem Link legen Sie ein neues Passwort fest (gültig { $minutes } Minuten, nur einmal verwendbar):
    { $link }

    Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail; Ihr Passwort bleibt unverändert.
