admin-users-title = Учётные записи
admin-users-search = Поиск учётных записей
admin-users-count = { $count ->
    [one] { $count } учётная запись
    [few] { $count } учётные записи
    [many] { $count } учётных записей
   *[other] { $count } учётной записи
}
admin-users-since = Создана
admin-users-platform-admin = Администратор платформы
admin-users-grant-admin = Предоставить права администратора платформы: { $name }
admin-users-revoke-admin = Отозвать права администратора платформы: { $name }
admin-invite-org = Организация
admin-invite-no-org = Без организации
admin-org-new-title = Новая организация
admin-org-create = Создать организацию
flash-org-created = Организация создана. Теперь пригласите её первого администратора.
admin-audit-title = Журнал изменений
admin-audit-filter = Фильтр журнала
admin-audit-count = { $count ->
    [one] { $count } запись
    [few] { $count } записи
    [many] { $count } записей
   *[other] { $count } записи
}
admin-audit-when = Время (UTC)
admin-audit-who = Кто
admin-audit-action = Действие
admin-audit-object = Объект
admin-audit-org = Организация
admin-audit-detail = Подробности
admin-audit-actor-id = Пользователь (номер)
admin-audit-org-id = Организация (номер)
admin-audit-system = Система
admin-outbox-title = Исходящие письма
admin-mail-title = Электронная почта
admin-outbox-no-smtp = SMTP-сервер не настроен. Письма не отправляются, а собираются здесь.
admin-outbox-empty = Исходящих писем нет.
admin-outbox-count = { $count ->
    [one] { $count } письмо
    [few] { $count } письма
    [many] { $count } писем
   *[other] { $count } письма
}
admin-outbox-created = Создано (UTC)
admin-outbox-to = Кому
admin-outbox-subject = Тема
admin-outbox-status = Статус
admin-outbox-language = Язык
admin-outbox-back = Назад к исходящим письмам
admin-outbox-status-pending = ожидает отправки
admin-outbox-status-sent = отправлено
admin-outbox-status-failed = ошибка отправки
admin-barriers-title = Сообщения о проблемах доступности
admin-barriers-empty = Сообщений о проблемах доступности не поступало.
admin-barriers-done = Отметить как решённое
admin-barriers-reopen = Открыть снова
admin-barriers-status-open = открыто
admin-barriers-status-done = решено
admin-texts-title = Правовые тексты
admin-texts-lead = Эти тексты доступны в нижней части каждой страницы. Немецкая версия обязательна; если перевода нет, показывается немецкий текст.
admin-texts-language = Язык
admin-texts-switch = Сменить язык
admin-texts-body = Текст
admin-texts-body-hint = Пустые строки разделяют абзацы. Если оставить текст пустым, будет восстановлен стандартный текст.
admin-orgs-title = Организации
admin-orgs-members-of = Участники: { $org }
admin-mail-hidden = Это письмо содержит личную ссылку для сброса пароля. Поскольку письма отправляются через SMTP, его текст здесь не показывается.
