orgs-title = Організації
orgs-filter-label = Фільтрувати організації
orgs-search = Назва містить
orgs-kind = Тип
orgs-region = Регіон
orgs-website = Вебсайт
orgs-filter-submit = Показати
orgs-empty = Жодна організація не відповідає цим умовам. Змініть пошуковий запит або фільтри.
orgs-count = { $count ->
    [one] Знайдено { $count } організацію
    [few] Знайдено { $count } організації
    [many] Знайдено { $count } організацій
   *[other] Знайдено { $count } організації
}
orgs-member-count = { $count ->
    [one] { $count } учасник
    [few] { $count } учасники
    [many] { $count } учасників
   *[other] { $count } учасника
}
org-kind-programme-provider = Виконавець програми
org-kind-administration = Орган публічної адміністрації
org-kind-coordination-office = Координаційний центр з питань інтеграції
org-kind-education = Освітній заклад
org-kind-migrant-organisation = Організація мігрантів
org-kind-association = Громадська організація або об’єднання
role-admin = Адміністратор
role-member = Учасник
org-edit-link = Редагувати дані
org-edit-title = Редагування: { $org }
org-field-name = Назва організації
org-field-region-hint = Федеральна земля, а в Саксонії-Ангальт — район або позарайонне місто.
org-field-description = Опис
org-field-website-hint = Наприклад, https://www.beispiel.de
flash-org-saved = Дані організації збережено.
members-title = Учасники організації { $org }
members-heading = Учасники
members-role = Роль
members-actions = Дії
members-make-admin = Надати права адміністратора: { $name }
members-make-member = Змінити роль на «Учасник»: { $name }
members-remove = Видалити з організації: { $name }
members-open-invitations = Відкриті запрошення
members-no-invitations = Відкритих запрошень немає. Запросіть когось за допомогою форми нижче.
members-revoke = Відкликати запрошення для { $email }
members-invite = Запросити людину
members-invite-language = Мова запрошення
members-invite-language-hint = Цією мовою буде написано електронний лист.
members-invite-submit = Надіслати запрошення
error-already-member = Ця людина вже є учасником.
error-last-admin = В організації має бути щонайменше один адміністратор.
flash-invitation-sent = Запрошення надіслано.
flash-member-removed = Учасника видалено.
flash-role-changed = Роль змінено.
flash-invitation-revoked = Запрошення відкликано.
error-already-invited = Цю особу вже запрошено. Відкличте відкрите запрошення, щоб надіслати нове.
error-org-exists = Організація з такою назвою вже існує.
members-invite-lead = Особа отримає електронний лист із посиланням, дійсним 7 днів. Хто вже має обліковий запис, входить і приймає запрошення за цим посиланням.

# Логотип організації
org-logo-heading = Логотип
org-logo-hint = PNG або JPEG, не більше 1 МБ і не більше 4000 × 4000 пікселів. Він стоїть угорі свідоцтв Ваших серій і на сторінці організації.
org-logo-field = Файл логотипу
org-logo-upload = Завантажити логотип
org-logo-current = Поточний логотип
org-logo-alt = Логотип { $org }
org-logo-none = Логотипу ще немає.
org-logo-remove = Видалити логотип
flash-org-logo-saved = Логотип збережено.
flash-org-logo-removed = Логотип видалено.
error-logo-type = Цей файл не є читабельним зображенням PNG або JPEG. Будь ласка, виберіть файл PNG або JPEG.
error-logo-too-large = Файл більший за 1 МБ.
error-logo-dimensions = Ширина й висота зображення мають бути від 16 до 4000 пікселів.
error-logo-incomplete = Файл зображення неповний: у ньому менше даних, ніж потрібно для вказаного в ньому розміру. Будь ласка, збережіть зображення заново (наприклад, у форматі PNG) і завантажте його ще раз.
