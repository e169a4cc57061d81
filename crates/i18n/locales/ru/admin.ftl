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
admin-audit-when = Время
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
admin-outbox-created = Создано
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
admin-mail-hidden = Тема и текст писем являются личными данными и здесь не показываются.

# the outbox shows the kind of a mail, not its text
admin-mail-not-kept = Текст письма не хранится после отправки.
admin-outbox-text-shown = Этот экземпляр показывает тему и текст писем, потому что SMTP-сервер не настроен, а параметр show_mail_text_in_outbox это разрешает (только для демонстрационных и тестовых экземпляров).
admin-outbox-text-hidden = Здесь видны получатель, вид и статус каждого письма. Тема и текст являются личными данными и не показываются.
admin-outbox-kind = Вид
admin-outbox-kind-invitation = Приглашение (новая учётная запись)
admin-outbox-kind-invitation-existing = Приглашение (существующая учётная запись)
admin-outbox-kind-reset = Сброс пароля
admin-outbox-kind-registration-confirm = Подтверждение регистрации
admin-outbox-kind-registration-confirmed = Регистрация подтверждена
admin-outbox-kind-registration-waiting = Лист ожидания
admin-outbox-kind-registration-pending = Регистрация ждёт одобрения
admin-outbox-kind-registration-moved-up = Перемещение из листа ожидания
admin-outbox-kind-registration-again = Повторная регистрация того же адреса
admin-outbox-kind-registration-cancelled = Регистрация отменена
admin-outbox-kind-certificate-issued = Сертификат выдан
admin-outbox-kind-speaker-request = Запрос докладчику
admin-outbox-kind-speaker-reminder = Напоминание докладчику
admin-outbox-kind-speaker-confirmed = Докладчик согласился
admin-outbox-kind-speaker-declined = Докладчик отказался
admin-outbox-kind-module-cancelled = Модуль отменён
admin-outbox-kind-module-reminder = Напоминание о модуле
admin-outbox-kind-feedback-invite = Просьба об отзыве
admin-outbox-kind-space-invitation = Приглашение в пространство
admin-outbox-kind-space-invitation-org = Приглашение организации в пространство
admin-outbox-kind-space-request-new = Новый запрос на вступление
admin-outbox-kind-space-request-accepted = Запрос на вступление принят
admin-outbox-kind-space-request-declined = Запрос на вступление отклонён
admin-outbox-kind-space-post = Новое сообщение
admin-outbox-kind-space-digest = Ежедневная сводка
