# Calendars: .ics files of modules and series, personal calendar feeds, reminders before modules.

## Links on the series page and on the personal registration page
calendar-links-download = Добавить даты в календарь
calendar-links-hint = Файл календаря (.ics) для Outlook, Google Календаря, Apple Календаря, Thunderbird и других календарных приложений.
calendar-links-feed-hint = Вы также можете подписаться на адрес этой ссылки в своём календарном приложении. Тогда изменения и отмены будут появляться автоматически.

## The personal calendar feed (/profile/calendar)
calendar-title = Мои даты в календаре
calendar-lead = Все модули учебных серий, в которых у Вас есть гарантированное место, собраны в личном календаре. Если Вы подпишетесь на него в своём календарном приложении, новые даты, изменения и отмены будут появляться автоматически.
calendar-url-label = Адрес Вашего календаря
calendar-url-hint = Скопируйте этот адрес и вставьте его в своё календарное приложение, например в разделе «Подписаться на календарь» или «Добавить из интернета».
calendar-subscribe = Подписаться в календарном приложении
calendar-download = Скачать как файл
calendar-secret = Этот адрес секретный: любой, кто его знает, видит Ваши даты без входа в систему. Пожалуйста, не передавайте его другим.
calendar-reset-heading = Создать новый адрес
calendar-reset-text = Если кто-то другой может знать этот адрес, создайте новый. Прежний адрес тогда перестанет работать; внесите новый адрес в своё календарное приложение.
calendar-reset-submit = Создать новый адрес
flash-calendar-reset = У Вашего календаря новый адрес. Прежний больше не работает.
calendar-profile-link = Подписаться на мои даты в календаре

## Inside the calendar files
calendar-ics-feed-name = ikoe – Мои даты
calendar-ics-topics = Темы
calendar-ics-access = Доступность места проведения
calendar-ics-online = Онлайн-участие
calendar-ics-online-only = Онлайн
calendar-ics-online-after-registration = Возможно онлайн-участие; участники получают ссылку после регистрации.
calendar-ics-details = Подробнее

## Reminder mail before a module
mail-module-reminder-subject = Напоминание: { $module }, { $when }
mail-module-reminder-body =
    Здравствуйте, { $name }!

    Напоминаем Вам о модуле «{ $module }» серии «{ $series }».

    Дата и время: { $when }
    { $details }

    Ваша регистрация и все даты:
    { $link }

    Будем рады Вас видеть.
mail-module-reminder-venue = Место проведения: { $venue }
mail-module-reminder-online = Онлайн-участие: { $url }
mail-module-reminder-access = Доступность места проведения: { $access }
