orgs-title = Организации
orgs-filter-label = Фильтр организаций
orgs-search = Название содержит
orgs-kind = Тип
orgs-region = Регион
orgs-website = Веб-сайт
orgs-filter-submit = Показать
orgs-empty = Ни одна организация не соответствует этим условиям. Измените поисковый запрос или фильтры.
orgs-count = { $count ->
    [one] Найдена { $count } организация
    [few] Найдено { $count } организации
    [many] Найдено { $count } организаций
   *[other] Найдено { $count } организации
}
orgs-member-count = { $count ->
    [one] { $count } участник
    [few] { $count } участника
    [many] { $count } участников
   *[other] { $count } участника
}
org-kind-programme-provider = Исполнитель программы
org-kind-administration = Орган публичного управления
org-kind-coordination-office = Координационный центр по вопросам интеграции
org-kind-education = Образовательное учреждение
org-kind-migrant-organisation = Организация мигрантов
org-kind-association = Общественная организация или объединение
role-admin = Администратор
role-member = Участник
org-edit-link = Изменить данные
org-edit-title = Редактирование: { $org }
org-field-name = Название организации
org-field-region-hint = Федеральная земля, а в Саксонии-Анхальт — район или внерайонный город.
org-field-description = Описание
org-field-website-hint = Например, https://www.beispiel.de
flash-org-saved = Данные организации сохранены.
members-title = Участники организации { $org }
members-heading = Участники
members-role = Роль
members-actions = Действия
members-make-admin = Предоставить права администратора: { $name }
members-make-member = Сменить роль на «Участник»: { $name }
members-remove = Удалить из организации: { $name }
members-open-invitations = Открытые приглашения
members-no-invitations = Открытых приглашений нет. Пригласите кого-нибудь с помощью формы ниже.
members-revoke = Отозвать приглашение для { $email }
members-invite = Пригласить человека
members-invite-language = Язык приглашения
members-invite-language-hint = На этом языке будет написано письмо.
members-invite-submit = Отправить приглашение
error-already-member = Этот человек уже является участником.
error-last-admin = В организации должен быть хотя бы один администратор.
flash-invitation-sent = Приглашение отправлено.
flash-member-removed = Участник удалён.
flash-role-changed = Роль изменена.
flash-invitation-revoked = Приглашение отозвано.
error-already-invited = Этот человек уже приглашён. Отзовите открытое приглашение, чтобы отправить новое.
error-org-exists = Организация с таким названием уже существует.
members-invite-lead = Человек получит письмо со ссылкой, действительной 7 дней. Тот, у кого уже есть учётная запись, входит в систему и принимает приглашение по этой ссылке.

# Логотип организации
org-logo-heading = Логотип
org-logo-hint = PNG или JPEG, не более 1 МБ и не более 4000 × 4000 пикселей. Он стоит вверху свидетельств Ваших серий и на странице организации.
org-logo-field = Файл логотипа
org-logo-upload = Загрузить логотип
org-logo-current = Текущий логотип
org-logo-alt = Логотип { $org }
org-logo-none = Логотипа пока нет.
org-logo-remove = Удалить логотип
flash-org-logo-saved = Логотип сохранён.
flash-org-logo-removed = Логотип удалён.
error-logo-type = Этот файл не является читаемым изображением PNG или JPEG. Пожалуйста, выберите файл PNG или JPEG.
error-logo-too-large = Файл больше 1 МБ.
error-logo-dimensions = Ширина и высота изображения должны быть от 16 до 4000 пикселей.
error-logo-incomplete = Файл изображения неполный: в нём меньше данных, чем нужно для указанного в нём размера. Пожалуйста, сохраните изображение заново (например, в формате PNG) и загрузите его ещё раз.
