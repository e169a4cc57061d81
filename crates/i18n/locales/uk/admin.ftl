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
admin-audit-when = Час
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
admin-outbox-created = Створено
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
admin-mail-hidden = Тема й текст листів є особистим вмістом і тут не показуються.

# the outbox shows the kind of a mail, not its text
admin-mail-not-kept = Текст листа не зберігається після надсилання.
admin-outbox-text-shown = Цей екземпляр показує тему й текст листів, бо SMTP-сервер не налаштовано, а параметр show_mail_text_in_outbox це дозволяє (лише для демонстраційних і тестових екземплярів).
admin-outbox-text-hidden = Тут видно одержувача, вид і стан кожного листа. Тема й текст є особистим вмістом і не показуються.
admin-outbox-kind = Вид
admin-outbox-kind-invitation = Запрошення (новий обліковий запис)
admin-outbox-kind-invitation-existing = Запрошення (наявний обліковий запис)
admin-outbox-kind-reset = Скидання пароля
admin-outbox-kind-registration-confirm = Підтвердження реєстрації
admin-outbox-kind-registration-confirmed = Реєстрацію підтверджено
admin-outbox-kind-registration-waiting = Список очікування
admin-outbox-kind-registration-pending = Реєстрація чекає схвалення
admin-outbox-kind-registration-moved-up = Переміщено зі списку очікування
admin-outbox-kind-registration-again = Повторна реєстрація тієї ж адреси
admin-outbox-kind-registration-cancelled = Реєстрацію скасовано
admin-outbox-kind-certificate-issued = Сертифікат видано
admin-outbox-kind-speaker-request = Запит до доповідача
admin-outbox-kind-speaker-reminder = Нагадування доповідачеві
admin-outbox-kind-speaker-confirmed = Доповідач погодився
admin-outbox-kind-speaker-declined = Доповідач відмовився
admin-outbox-kind-module-cancelled = Модуль скасовано
admin-outbox-kind-module-reminder = Нагадування про модуль
admin-outbox-kind-feedback-invite = Прохання про відгук
admin-outbox-kind-space-invitation = Запрошення до простору
admin-outbox-kind-space-invitation-org = Запрошення організації до простору
admin-outbox-kind-space-request-new = Новий запит на вступ
admin-outbox-kind-space-request-accepted = Запит на вступ прийнято
admin-outbox-kind-space-request-declined = Запит на вступ відхилено
admin-outbox-kind-space-post = Новий допис
admin-outbox-kind-space-digest = Щоденний підсумок
