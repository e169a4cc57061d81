# The Ideenwerkstatt: host rotation, meetings, topics, agenda, sessions.
meetings-title = Ideenwerkstatt (мастерская идей)
meetings-lead = Регулярная встреча этого пространства: принимающая сторона, темы, программа и регистрация.
meetings-upcoming = Ближайшие встречи
meetings-past = Прошедшие встречи
meetings-none = Пока не запланировано ни одной встречи.
meeting-new-title = Запланировать встречу
meeting-host = Принимающая сторона
meeting-when = Когда
meeting-field-title = Название
meeting-field-title-hint = Например, «Ideenwerkstatt весна 2027».
meeting-field-starts = Начало
meeting-field-ends = Окончание
meeting-field-venue = Место проведения
meeting-field-host-hint = Предлагается: { $name } – дольше всех не была принимающей стороной.
meeting-field-swap = Причина замены
meeting-field-swap-hint = Требуется, если приглашает не предложенная, а другая организация. Замена будет отмечена в списке принимающих сторон.
meeting-field-votes = Голосов на человека
meeting-field-votes-hint = Столько тем может поддержать каждый участник (от 1 до 20).
meeting-field-capacity = Места
meeting-field-capacity-hint = Регистрация работает так же, как регистрация на обучение: с листом ожидания, напоминанием, учётом посещаемости и файлом календаря.
meeting-submit = Создать встречу
meeting-series-summary = Полугодовая встреча пространства «{ $space }».
meeting-register = К регистрации
meeting-registered = Вы зарегистрированы.
meeting-registration-details = Ваша регистрация
flash-meeting-created = Встреча создана. Регистрация открыта.
error-meeting-host = Выберите принимающую организацию из числа участников пространства.
error-meeting-swap-note = Кратко объясните, почему приглашает не предложенная организация.
hosts-heading = Принимающие стороны по очереди
hosts-lead = Организации-участники, готовые принимать встречу: сколько раз они уже принимали, когда в последний раз и какую запланированную встречу принимают.
hosts-proposed = Следующая по очереди:
hosts-none-willing = Пока ни одна организация не выразила готовность принимать встречу.
hosts-no-orgs = К этому пространству пока не относится ни одна организация.
hosts-col-org = Организация
hosts-col-willing = Готова
hosts-col-times = Сколько раз принимала
hosts-col-last = В последний раз
hosts-col-change = Изменить
hosts-never = ещё ни разу
hosts-set-willing = Отметить как готовую
hosts-set-unwilling = Больше не готова
hosts-history = Прежние принимающие стороны
hosts-history-empty = Ещё не прошло ни одной встречи.
hosts-swap = вместо
hosts-planned = Запланированные встречи
hosts-col-planned = Принимает
hosts-not-planned = нет
hosts-proposed-after = После запланированных встреч очередь:
topics-heading = Темы
topics-votes-left = { $count ->
    [0] Вы уже отдали все свои голоса.
    [one] У Вас остался { $count } голос.
    [few] У Вас осталось { $count } голоса.
    [many] У Вас осталось { $count } голосов.
   *[other] У Вас осталось { $count } голоса.
}
topics-votes-each = { $count ->
    [one] У каждого участника { $count } голос.
    [few] У каждого участника { $count } голоса.
    [many] У каждого участника { $count } голосов.
   *[other] У каждого участника { $count } голоса.
}
topics-empty = Тем пока нет. Предложите первую.
topic-votes = { $count ->
    [0] пока ни одного голоса
    [one] { $count } голос
    [few] { $count } голоса
    [many] { $count } голосов
   *[other] { $count } голоса
}
topic-in-agenda = в программе
topic-vote = Поддержать
topic-unvote = Отозвать голос
topic-to-agenda = Включить в программу
topic-propose-heading = Предложить тему
topic-field-title = Тема
topic-field-description = О чём идёт речь?
topic-propose-submit = Предложить
flash-topic-proposed = Ваша тема предложена.
flash-voted = Ваш голос учтён.
flash-unvoted = Ваш голос отозван.
error-votes-used = Вы уже отдали все свои голоса. Сначала отзовите один голос.
error-voted-already = Вы уже поддерживаете эту тему.
agenda-heading = Программа
agenda-empty = Программа пока не составлена.
agenda-parallel-count = { $count ->
    [one] { $count } пункт одновременно
    [few] { $count } пункта одновременно
    [many] { $count } пунктов одновременно
   *[other] { $count } пункта одновременно
}
agenda-choose-hint = Если Вы зарегистрированы, здесь можно выбрать один из параллельных воркшопов.
session-new-title = Добавить пункт программы
session-edit-title = Редактировать пункт программы
session-field-title = Название
session-field-format = Формат
session-field-starts = Начало
session-field-ends = Окончание
session-field-room = Помещение
session-field-track = Поток
session-field-track-hint = Параллельные пункты программы проходят в разных потоках, например «A» и «B».
session-field-capacity = Места
session-field-capacity-hint = Оставьте пустым, если участвовать могут все.
session-field-description = Описание
session-world-cafe = Мировое кафе (World Café)
session-field-tables = Столы
session-field-rounds = Раунды
session-field-table-hosts = Ведущие за столами
session-field-names-hint = Имена через запятую.
session-case = Коллегиальная консультация по случаю
session-field-case-owner = Человек, представляющий случай
session-field-moderator = Модерация
session-field-advisers = Консультанты
session-delete = Удалить пункт программы
session-format-talk = Доклад
session-format-workshop = Воркшоп
session-format-world_cafe = Мировое кафе (World Café)
session-format-case_consultation = Коллегиальная консультация по случаю
session-format-best_practice = Успешная практика
session-format-plenary = Пленарное заседание
case-phases-heading = Этапы консультации по случаю
case-phase-casting = Распределение ролей
case-phase-report = Описание случая
case-phase-questions = Уточняющие вопросы
case-phase-hypotheses = Формулирование гипотез
case-phase-ideas = Сбор идей для решения
case-phase-closing = Завершение человеком, представившим случай
session-seats = { $capacity ->
    [one] Выбрано { $chosen } из { $capacity } места
   *[other] Выбрано { $chosen } из { $capacity } мест
}
session-choose = Выбрать
session-unchoose = Отменить выбор
session-full = Мест нет
session-chosen = Ваш выбор
session-documentation = Документация
session-documentation-empty = Документации пока нет.
session-field-documentation = Протокол и результаты
session-files = Фото и файлы
session-files-empty = Файлов пока нет.
flash-session-created = Пункт программы добавлен в программу.
flash-session-deleted = Пункт программы удалён.
flash-session-chosen = Ваш выбор сохранён.
flash-session-unchosen = Ваш выбор отменён.
error-session-full = На этот пункт программы мест больше нет. Выберите другой.
error-choose-register-first = Сначала зарегистрируйтесь на встречу, после этого Вы сможете выбрать.
error-topic-taken = Эта тема уже включена в другой пункт программы.
meeting-edit-title = Изменить встречу
meeting-edit-hint = Принимающая организация и регистрация остаются. Время и место регистрации меняются вместе со встречей; зарегистрированные найдут их в своём файле календаря.
