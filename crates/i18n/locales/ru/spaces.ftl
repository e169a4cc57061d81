# Network spaces: protected places for networks, steering groups and working groups; discussions.

nav-spaces = Пространства

## The list of spaces (/spaces)
spaces-title = Пространства
spaces-lead = Защищённые пространства для сетей, руководящих и рабочих групп: здесь участники обсуждают свои темы между встречами. Читать содержимое пространства могут только его участники.
spaces-new-title = Новое пространство
spaces-edit-title = Редактировать пространство
spaces-mine = Мои пространства
spaces-mine-empty = Вы пока не состоите ни в одном пространстве. Вас или Вашу организацию принимают в пространство, когда Вы принимаете приглашение его администраторов или они принимают Ваш запрос.
spaces-listed = Другие пространства
spaces-listed-hint = Эти пространства показывают своё название всем, кто вошёл в систему. Их содержимое видят только участники; Вы можете отправить запрос на участие.
space-kind-network = Сеть
space-kind-steering = Руководящая группа
space-kind-working = Рабочая группа
space-member-count = { $count ->
    [one] { $count } участник
    [few] { $count } участника
    [many] { $count } участников
   *[other] { $count } участника
}
space-new-posts = { $count ->
    [one] { $count } новое сообщение
    [few] { $count } новых сообщения
    [many] { $count } новых сообщений
   *[other] { $count } нового сообщения
}
space-requested = Запрос на участие отправлен

## The space form
space-field-name = Название пространства
space-field-kind = Тип пространства
space-field-description = О чём это пространство
space-field-listed = Показывать название всем, кто вошёл в систему
space-field-listed-hint = Тогда другие смогут отправить запрос на участие. Содержимое в любом случае видят только участники.
flash-space-created = Пространство создано. Теперь добавьте участников.

## A space's home
space-your-role = Ваша роль
space-role-admin = Администратор
space-role-member = Участник
space-role-reader = Только чтение
space-members-link = Участники
space-open-requests = { $count ->
    [one] { $count } необработанный запрос
    [few] { $count } необработанных запроса
    [many] { $count } необработанных запросов
   *[other] { $count } необработанного запроса
}
space-news-heading = Новое с Вашего последнего посещения
space-news-first = Добро пожаловать! Вы впервые в этом пространстве.
space-news-nothing = С Вашего последнего посещения ничего нового не появилось.
space-news-since = С Вашего последнего посещения
space-news-threads = { $count ->
    [one] { $count } новая тема
    [few] { $count } новые темы
    [many] { $count } новых тем
   *[other] { $count } новой темы
}
space-news-posts = { $count ->
    [one] { $count } новое сообщение
    [few] { $count } новых сообщения
    [many] { $count } новых сообщений
   *[other] { $count } нового сообщения
}
space-news-members = { $count ->
    [one] { $count } новый участник
    [few] { $count } новых участника
    [many] { $count } новых участников
   *[other] { $count } нового участника
}
space-threads-heading = Темы
space-threads-empty = Здесь пока нет ни одной темы. Начните первую.
thread-unread = { $count ->
    [one] { $count } непрочитанное сообщение
    [few] { $count } непрочитанных сообщения
    [many] { $count } непрочитанных сообщений
   *[other] { $count } непрочитанного сообщения
}
thread-posts = { $count ->
    [one] { $count } сообщение
    [few] { $count } сообщения
    [many] { $count } сообщений
   *[other] { $count } сообщения
}
thread-last-post = последнее сообщение

## Asking to join a listed space
space-request-heading = Отправить запрос на участие
space-request-lead = Администраторы пространства получат Ваш запрос и примут решение. Ответ придёт Вам по электронной почте.
space-field-message = Сообщение администраторам
space-request-submit = Отправить запрос
space-requested-text = Вы отправили запрос на участие. Администраторы пространства примут решение; Вы получите письмо.
flash-space-requested = Ваш запрос отправлен.

## Members (/spaces/{id}/members)
space-members-title = Участники пространства { $space }
space-member-kind = Тип
space-member-org = Организация (все, кто к ней относится)
space-member-person = Человек
space-role-of = Роль: { $name }
space-role-change = Изменить роль
space-remove = Удалить
space-requests-heading = Запросы
space-requests-empty = Необработанных запросов нет.
space-request-accept = Принять
space-request-decline = Отклонить
space-field-org = Название организации
space-field-org-hint = Точно так, как в каталоге организаций.
flash-space-own-org-added = Ваша организация теперь входит в пространство.
flash-space-member-removed = Удалено из пространства.
flash-space-request-accepted = Принято. Человеку придёт письмо.
flash-space-request-declined = Отклонено. Человеку придёт письмо.
error-space-no-such-org = Организации с таким названием нет. Проверьте написание в каталоге.
error-space-already-member = Уже состоит в этом пространстве.
error-space-last-admin = В пространстве должен быть хотя бы один администратор. Сначала передайте эту роль кому-то другому.

## Threads and posts
thread-new-title = Новая тема
thread-field-title = Заголовок
post-field-body = Текст
post-field-body-hint = Можно использовать Markdown: **жирный**, *курсив*, [текст ссылки](https://…), списки с «-». Изображения и HTML не отображаются.
thread-submit = Начать тему
flash-thread-created = Тема создана.
thread-reply-heading = Ответить
thread-reply-submit = Отправить ответ
post-new = Новое
post-edited = изменено
post-edit = Редактировать
post-by = Сообщение от { $name }
post-edit-title = Редактировать сообщение
post-current-heading = Текущий текст сообщения
post-history-title = Предыдущие версии
post-history-now = Текущая версия
post-history-until = Версия до

## E-mails
mail-space-request-new-subject = Запрос на участие в пространстве «{ $space }»
mail-space-request-new-body =
    { $who } просит принять в пространство «{ $space }».

    Посмотреть запрос и принять решение: { $link }
mail-space-request-accepted-subject = Добро пожаловать в пространство «{ $space }»
mail-space-request-accepted-body =
    Ваш запрос принят: теперь Вы состоите в пространстве «{ $space }».

    Перейти в пространство: { $link }
mail-space-request-declined-subject = Ваш запрос на участие в пространстве «{ $space }»
mail-space-request-declined-body =
    К сожалению, Ваш запрос на участие в пространстве «{ $space }» не принят. Если у Вас есть вопросы, обратитесь, пожалуйста, к контактному лицу: { $who }.

## Following threads and notifications
thread-follow = Следить за темой
thread-unfollow = Больше не следить
thread-following = Вы следите за этой темой и будете получать уведомления о новых сообщениях.
flash-thread-followed = Теперь Вы следите за темой.
flash-thread-unfollowed = Вы больше не следите за темой.
notify-heading = Уведомления
notify-legend = Когда кто-то пишет в теме, за которой Вы следите:
notify-mode-immediate = сразу присылать письмо
notify-mode-digest = присылать сводку раз в день
notify-mode-off = не присылать писем
notify-submit = Сохранить выбор
mail-space-post-subject = Новый ответ: { $thread }
mail-space-post-body =
    Новое сообщение от { $who } в теме «{ $thread }» в пространстве «{ $space }»:

    { $excerpt }

    Перейти к сообщению: { $link }

    Настроить уведомления: { $settings }
mail-space-digest-subject = { $count ->
    [one] { $count } новое сообщение в Ваших пространствах
    [few] { $count } новых сообщения в Ваших пространствах
    [many] { $count } новых сообщений в Ваших пространствах
   *[other] { $count } нового сообщения в Ваших пространствах
}
mail-space-digest-line = { $space } – { $thread } ({ $who }): { $link }
mail-space-digest-body =
    Новое в темах, за которыми Вы следите:

    { $lines }

    Настроить уведомления: { $settings }

## Invitations to a space
spaces-invitations = Приглашения
spaces-invitation-for-you = Вас пригласили.
spaces-invitation-for-org = Вашу организацию { $org } пригласили. Как её администратор вы принимаете или отклоняете.
spaces-invitation-from = От { $who }
space-invitation-valid-until = Действует до
space-invitation-accept = Принять
space-invitation-decline = Отклонить
space-invitations-heading = Открытые приглашения
space-invitations-empty = Открытых приглашений нет.
space-invitations-caption = Приглашены, ещё не приняли
space-invited = Приглашён
space-invitation-pending = открыто
space-invitation-revoke = Отозвать
space-invite-org-heading = Пригласить организацию
space-invite-org-lead = Администраторы организации получают письмо и принимают или отклоняют. Только тогда все люди организации входят в пространство, включая тех, кто присоединится позже.
space-invite-person-heading = Пригласить человека
space-invite-person-lead = Человек получает письмо со ссылкой и принимает или отклоняет. Только тогда он входит в пространство.
space-invite-submit = Пригласить
flash-space-invited = Приглашение отправлено. Оно отображается в разделе «Открытые приглашения», пока на него не ответят.
flash-space-invitation-revoked = Приглашение отозвано.
flash-space-invitation-accepted = Принято. Добро пожаловать в пространство!
flash-space-invitation-declined = Отклонено. Больше писем об этом вы не получите.
error-space-invitation-pending = Для этого уже есть открытое приглашение в это пространство.
error-space-invitation-declined = Это приглашение недавно отклонили. Новое возможно только через 30 дней после отказа.
error-space-invitation-limit = Сегодня для этого пространства уже отправлено 30 приглашений. Попробуйте завтра.
error-space-invitation-invitee-limit = Этот адрес или организация сегодня уже получили несколько приглашений в пространства. Пожалуйста, пригласите завтра.
space-invitation-title = Приглашение в пространство
space-invitation-lead = { $who } приглашает вас в пространство «{ $space }» с ролью «{ $role }».
space-invitation-other-account = Вы вошли с другим адресом. Принять может только тот, кто вошёл с адресом, на который отправлено приглашение. Выйдите и войдите с этим адресом.
space-invitation-sign-in = Войдите с адресом, на который отправлено приглашение. Затем примите или отклоните его здесь.
space-invitation-no-account = Чтобы войти в пространство, сначала нужна учётная запись в ikoe. Учётные записи создаются по приглашению администраторов организации; обратитесь к ним.
space-invitation-stays-open = Приглашение остаётся открытым до истечения срока
space-invitation-have-account = У вас есть учётная запись? Войти
space-invitation-not-for-me-heading = Не для вас?
space-invitation-not-for-me-text = Отклоните — и приглашение будет завершено. Учётная запись для этого не нужна.
space-invitation-not-for-me = Это не для меня – отклонить
space-invitation-was-accepted = Это приглашение уже принято.
space-invitation-was-declined = Это приглашение отклонено.
space-invitation-was-revoked = Это приглашение отозвано.
space-invitation-was-expired = Срок действия приглашения истёк. Попросите пригласившего вас о новом.
space-invitation-unknown = Такого приглашения нет или больше нет. Проверьте, полная ли ссылка.
mail-space-invitation-subject = Приглашение в пространство в ikoe
mail-space-invitation-body =
    { $who } приглашает вас в пространство «{ $space }» в ikoe с ролью «{ $role }».

    Принять или отклонить: { $link }

    Приглашение действует { $days } дней. Вы входите в пространство только после того, как примете его. Если оно не для вас, отклоните его по ссылке или проигнорируйте это письмо.
mail-space-invitation-org-subject = Приглашение вашей организации в пространство в ikoe
mail-space-invitation-org-body =
    { $who } приглашает вашу организацию { $org } в пространство «{ $space }» в ikoe с ролью «{ $role }».

    Как администратор организации примите или отклоните: { $link }

    Приглашение действует { $days } дней. Люди вашей организации входят в пространство только после того, как вы его примете.
