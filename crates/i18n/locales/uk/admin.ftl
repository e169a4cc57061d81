admin-users-title = Облікові записи
admin-users-search = Пошук облікових записів
admin-users-count = { $count ->
    [one] { $count } обліковий запис
    [few] { $count } облікові записи
    [many] { $count } облікових записів
   *[other] { $count } облікового запису
}
admin-users-since = Створено
admin-users-platform-admin = Адміністратор платформи
admin-users-grant-admin = Надати права адміністратора платформи: { $name }
admin-users-revoke-admin = Позбавити прав адміністратора платформи: { $name }
admin-invite-org = Організація
admin-invite-no-org = Без організації
admin-org-new-title = Нова організація
admin-org-create = Створити організацію
flash-org-created = Організацію створено. Тепер запросіть її першого адміністратора.
admin-audit-title = Журнал змін
admin-audit-filter = Фільтрувати журнал
admin-audit-count = { $count ->
    [one] { $count } запис
    [few] { $count } записи
    [many] { $count } записів
   *[other] { $count } запису
}
admin-audit-when = Час (UTC)
admin-audit-who = Хто
admin-audit-action = Дія
admin-audit-object = Об’єкт
admin-audit-org = Організація
admin-audit-detail = Подробиці
admin-audit-actor-id = Особа (номер)
admin-audit-org-id = Організація (номер)
admin-audit-system = Система
admin-outbox-title = Вихідні листи
admin-mail-title = Електронна пошта
admin-outbox-no-smtp = SMTP-сервер не налаштовано. Електронні листи не надсилаються, а зберігаються тут.
admin-outbox-empty = Вихідних листів немає.
admin-outbox-count = { $count ->
    [one] { $count } електронний лист
    [few] { $count } електронні листи
    [many] { $count } електронних листів
   *[other] { $count } електронного листа
}
admin-outbox-created = Створено (UTC)
admin-outbox-to = Кому
admin-outbox-subject = Тема
admin-outbox-status = Статус
admin-outbox-language = Мова
admin-outbox-back = Назад до вихідних листів
admin-outbox-status-pending = очікує
admin-outbox-status-sent = надіслано
admin-outbox-status-failed = не вдалося надіслати
admin-barriers-title = Повідомлення про проблеми доступності
admin-barriers-empty = Повідомлень про проблеми доступності не надходило.
admin-barriers-done = Позначити як вирішене
admin-barriers-reopen = Відкрити знову
admin-barriers-status-open = відкрито
admin-barriers-status-done = вирішено
admin-texts-title = Правові тексти
admin-texts-lead = Ці тексти доступні в нижній частині кожної сторінки. Німецька версія обов’язкова; якщо перекладу немає, показується німецький текст.
admin-texts-language = Мова
admin-texts-switch = Змінити мову
admin-texts-body = Текст
admin-texts-body-hint = Порожні рядки розділяють абзаци. Якщо залишити текст порожнім, буде відновлено стандартний текст.
admin-orgs-title = Організації
admin-orgs-members-of = Учасники: { $org }
admin-mail-hidden = Цей лист містить особисте посилання для скидання пароля. Оскільки листи надсилаються через SMTP, його текст тут не показується.
