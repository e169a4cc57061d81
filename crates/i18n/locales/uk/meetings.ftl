# The Ideenwerkstatt: host rotation, meetings, topics, agenda, sessions.
meetings-title = Ideenwerkstatt (майстерня ідей)
meetings-lead = Регулярна зустріч цього простору: приймаюча сторона, теми, програма та реєстрація.
meetings-upcoming = Найближчі зустрічі
meetings-past = Минулі зустрічі
meetings-none = Ще не заплановано жодної зустрічі.
meeting-new-title = Запланувати зустріч
meeting-host = Приймаюча сторона
meeting-when = Коли
meeting-field-title = Назва
meeting-field-title-hint = Наприклад, «Ideenwerkstatt весна 2027».
meeting-field-starts = Початок
meeting-field-ends = Кінець
meeting-field-venue = Місце проведення
meeting-field-host-hint = Пропонується: { $name } – найдовше не була приймаючою стороною.
meeting-field-swap = Причина заміни
meeting-field-swap-hint = Потрібно, якщо запрошує інша організація, ніж запропонована. Заміну буде зазначено в списку приймаючих сторін.
meeting-field-votes = Голосів на особу
meeting-field-votes-hint = Стільки тем може підтримати кожна особа (від 1 до 20).
meeting-field-capacity = Місця
meeting-field-capacity-hint = Реєстрація працює так само, як реєстрація на навчання: зі списком очікування, нагадуванням, обліком відвідуваності та файлом календаря.
meeting-submit = Створити зустріч
meeting-series-summary = Піврічна зустріч простору «{ $space }».
meeting-register = До реєстрації
meeting-registered = Вас зареєстровано.
meeting-registration-details = Ваша реєстрація
flash-meeting-created = Зустріч створено. Реєстрацію відкрито.
error-meeting-host = Виберіть приймаючу організацію серед учасників простору.
error-meeting-swap-note = Коротко поясніть, чому запрошує не запропонована організація.
hosts-heading = Приймаючі сторони по черзі
hosts-lead = Організації-учасниці, готові приймати зустріч: скільки разів вони вже приймали, коли востаннє і яку заплановану зустріч приймають.
hosts-proposed = Наступна на черзі:
hosts-none-willing = Ще жодна організація не висловила готовності приймати зустріч.
hosts-no-orgs = До цього простору ще не належить жодна організація.
hosts-col-org = Організація
hosts-col-willing = Готова
hosts-col-times = Скільки разів приймала
hosts-col-last = Востаннє
hosts-col-change = Змінити
hosts-never = ще ніколи
hosts-set-willing = Позначити як готову
hosts-set-unwilling = Більше не готова
hosts-history = Попередні приймаючі сторони
hosts-history-empty = Ще не відбулося жодної зустрічі.
hosts-swap = замість
hosts-planned = Заплановані зустрічі
hosts-col-planned = Приймає
hosts-not-planned = немає
hosts-proposed-after = Після запланованих зустрічей черга:
topics-heading = Теми
topics-votes-left = { $count ->
    [0] Ви вже віддали всі свої голоси.
    [one] У Вас залишився { $count } голос.
    [few] У Вас залишилося { $count } голоси.
    [many] У Вас залишилося { $count } голосів.
   *[other] У Вас залишилося { $count } голосу.
}
topics-votes-each = { $count ->
    [one] Кожна особа має { $count } голос.
    [few] Кожна особа має { $count } голоси.
    [many] Кожна особа має { $count } голосів.
   *[other] Кожна особа має { $count } голосу.
}
topics-empty = Тем ще немає. Запропонуйте першу.
topic-votes = { $count ->
    [0] ще жодного голосу
    [one] { $count } голос
    [few] { $count } голоси
    [many] { $count } голосів
   *[other] { $count } голосу
}
topic-in-agenda = у програмі
topic-vote = Підтримати
topic-unvote = Відкликати голос
topic-to-agenda = Додати до програми
topic-propose-heading = Запропонувати тему
topic-field-title = Тема
topic-field-description = Про що йдеться?
topic-propose-submit = Запропонувати
flash-topic-proposed = Вашу тему запропоновано.
flash-voted = Ваш голос зараховано.
flash-unvoted = Ваш голос відкликано.
error-votes-used = Ви вже віддали всі свої голоси. Спочатку відкличте один голос.
error-voted-already = Ви вже підтримуєте цю тему.
agenda-heading = Програма
agenda-empty = Програму ще не складено.
agenda-parallel-count = { $count ->
    [one] { $count } пункт одночасно
    [few] { $count } пункти одночасно
    [many] { $count } пунктів одночасно
   *[other] { $count } пункту одночасно
}
agenda-choose-hint = Якщо Ви зареєстровані, тут можна вибрати один із паралельних воркшопів.
session-new-title = Додати пункт програми
session-edit-title = Редагувати пункт програми
session-field-title = Назва
session-field-format = Формат
session-field-starts = Початок
session-field-ends = Кінець
session-field-room = Приміщення
session-field-track = Потік
session-field-track-hint = Паралельні пункти програми проходять у різних потоках, наприклад «A» і «B».
session-field-capacity = Місця
session-field-capacity-hint = Залиште порожнім, якщо взяти участь можуть усі.
session-field-description = Опис
session-world-cafe = Світове кафе (World Café)
session-field-tables = Столи
session-field-rounds = Раунди
session-field-table-hosts = Ведучі за столами
session-field-names-hint = Імена через кому.
session-case = Колегіальна консультація щодо випадку
session-field-case-owner = Особа, яка представляє випадок
session-field-moderator = Модерація
session-field-advisers = Консультанти
session-delete = Видалити пункт програми
session-format-talk = Доповідь
session-format-workshop = Воркшоп
session-format-world_cafe = Світове кафе (World Café)
session-format-case_consultation = Колегіальна консультація щодо випадку
session-format-best_practice = Успішна практика
session-format-plenary = Пленарне засідання
case-phases-heading = Етапи консультації щодо випадку
case-phase-casting = Розподіл ролей
case-phase-report = Опис випадку
case-phase-questions = Уточнювальні запитання
case-phase-hypotheses = Формулювання гіпотез
case-phase-ideas = Збір ідей для розв’язання
case-phase-closing = Завершення особою, яка представила випадок
session-seats = { $capacity ->
    [one] Обрано { $chosen } з { $capacity } місця
   *[other] Обрано { $chosen } з { $capacity } місць
}
session-choose = Вибрати
session-unchoose = Скасувати вибір
session-full = Місць немає
session-chosen = Ваш вибір
session-documentation = Документація
session-documentation-empty = Документації ще немає.
session-field-documentation = Протокол і результати
session-files = Фото та файли
session-files-empty = Файлів ще немає.
flash-session-created = Пункт програми додано до програми.
flash-session-deleted = Пункт програми видалено.
flash-session-chosen = Ваш вибір збережено.
flash-session-unchosen = Ваш вибір скасовано.
error-session-full = На цей пункт програми місць більше немає. Виберіть інший.
error-choose-register-first = Спочатку зареєструйтеся на зустріч, після цього Ви зможете вибрати.
error-topic-taken = Ця тема вже входить до іншого пункту програми.
meeting-edit-title = Редагувати зустріч
meeting-edit-hint = Приймальна організація та реєстрація залишаються. Час і місце реєстрації змінюються разом із зустріччю; зареєстровані знайдуть їх у своєму файлі календаря.
