# Calendars: .ics files of modules and series, personal calendar feeds, reminders before modules.

## Links on the series page and on the personal registration page
calendar-links-download = Додати дати до календаря
calendar-links-hint = Файл календаря (.ics) для Outlook, Google Календаря, Apple Календаря, Thunderbird та інших календарних застосунків.
calendar-links-feed-hint = Ви також можете підписатися на адресу цього посилання у своєму календарному застосунку. Тоді зміни та скасування з’являтимуться автоматично.

## The personal calendar feed (/profile/calendar)
calendar-title = Мої дати в календарі
calendar-lead = Усі модулі навчальних серій, у яких Ви маєте гарантоване місце, містяться в особистому календарі. Якщо Ви підпишетеся на нього у своєму календарному застосунку, нові дати, зміни та скасування з’являтимуться автоматично.
calendar-url-label = Адреса Вашого календаря
calendar-url-hint = Скопіюйте цю адресу та вставте її у свій календарний застосунок, наприклад у розділі «Підписатися на календар» або «Додати з інтернету».
calendar-subscribe = Підписатися в календарному застосунку
calendar-download = Завантажити як файл
calendar-secret = Ця адреса є секретною: кожен, хто її знає, бачить Ваші дати без входу в систему. Будь ласка, не передавайте її іншим.
calendar-reset-heading = Створити нову адресу
calendar-reset-text = Якщо хтось інший може знати цю адресу, створіть нову. Попередня адреса тоді перестане працювати; внесіть нову адресу у свій календарний застосунок.
calendar-reset-submit = Створити нову адресу
flash-calendar-reset = Ваш календар має нову адресу. Попередня більше не працює.
calendar-profile-link = Підписатися на мої дати в календарі

## Inside the calendar files
calendar-ics-feed-name = ikoe – Мої дати
calendar-ics-topics = Теми
calendar-ics-access = Доступність місця проведення
calendar-ics-online = Онлайн-участь
calendar-ics-online-only = Онлайн
calendar-ics-online-after-registration = Можлива онлайн-участь; учасники отримують посилання після реєстрації.
calendar-ics-details = Докладніше

## Reminder mail before a module
mail-module-reminder-subject = Нагадування: { $module }, { $when }
mail-module-reminder-body =
    Добрий день, { $name }!

    Нагадуємо Вам про модуль «{ $module }» серії «{ $series }».

    Дата й час: { $when }
    { $details }

    Ваша реєстрація та всі дати:
    { $link }

    Будемо раді Вас бачити.
mail-module-reminder-venue = Місце проведення: { $venue }
mail-module-reminder-online = Онлайн-участь: { $url }
mail-module-reminder-access = Доступність місця проведення: { $access }
