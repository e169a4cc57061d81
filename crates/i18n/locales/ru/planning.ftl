# Planning of series: form errors, speakers, planning board, attendance.

## Form errors of series and modules
error-at-least-one = Не менее 1.
error-choose-at-least-one = Пожалуйста, выберите хотя бы один вариант.
error-date = Пожалуйста, введите дату в формате 04.03.2027.
error-datetime = Пожалуйста, введите дату и время.
error-end-before-start = Окончание должно быть позже начала.
error-number = Пожалуйста, введите целое число.
error-number-range = Это число слишком большое или слишком маленькое.
error-venue-or-online = Укажите место проведения или онлайн-ссылку.

## Attendance
attendance-link = Посещаемость
attendance-title = Посещаемость: { $title }
attendance-roll-heading = Список присутствующих
attendance-empty = В этой серии пока ни у кого нет места.
attendance-present = присутствует
attendance-absent = отсутствует
attendance-excused = отсутствует по уважительной причине
attendance-save = Сохранить посещаемость
flash-attendance-saved = Посещаемость сохранена.
attendance-checkin-heading = Самостоятельная отметка о присутствии
attendance-checkin-hint = Участники и участницы могут сами отметить своё присутствие по личной ссылке с помощью кода, который Вы показываете на месте, – начиная за час до начала и до окончания модуля.
attendance-checkin-start = Создать код
attendance-checkin-show = Покажите этот код на месте, например через проектор:
attendance-checkin-new = Создать новый код
attendance-checkin-off = Завершить отметку
attendance-list-heading = Список присутствующих для подписи
attendance-list-hint = Распечатайте список, соберите подписи на месте и загрузите скан сюда – как подтверждение для спонсоров.
attendance-list-download = Список присутствующих (PDF)
attendance-list-no = №
attendance-list-signature = Подпись
attendance-list-trainer = Подпись тренера / организатора
attendance-list-page = Страница
attendance-scan-present = Загружено:
attendance-scan-field = Загрузить подписанный список
attendance-scan-hint = PDF, JPEG или PNG, не более 10 МБ. Новый файл заменяет предыдущий.
attendance-scan-submit = Загрузить
flash-scan-saved = Подписанный список сохранён.
error-upload-too-large = Файл превышает допустимый размер.
error-upload-empty = Пожалуйста, выберите файл.
error-upload-type = Этот файл не является файлом PDF, JPEG или PNG.
checkin-heading = Отметка о присутствии: { $title }
checkin-code = Код с места проведения
checkin-code-hint = Код показывают на месте, например через проектор.
checkin-submit = Отметиться
flash-checked-in = Ваше присутствие отмечено.
flash-checkin-wrong-code = Код неверный. Пожалуйста, проверьте его.
flash-checkin-closed = Сейчас отметка о присутствии на этом модуле невозможна.
flash-checkin-too-many = Слишком много попыток. Пожалуйста, обратитесь к организаторам на месте.

## Completion and certificates
certificates-link = Завершение и сертификаты
certificates-title = Сертификаты: { $title }
certificates-rule = Правило завершения: { $rules }.
certificates-rule-modules = { $count ->
    [one] посещено не менее { $count } модуля
    [few] посещено не менее { $count } модулей
    [many] посещено не менее { $count } модулей
   *[other] посещено не менее { $count } модуля
}
certificates-rule-mandatory = посещены все обязательные модули
certificates-rule-hours = { $count ->
    [one] не менее { $count } учебного часа
    [few] не менее { $count } учебных часов
    [many] не менее { $count } учебных часов
   *[other] не менее { $count } учебного часа
}
certificates-rule-all = посещены все модули
certificates-progress = Прогресс участников и участниц
certificates-completed = Завершено
certificates-certificate = Сертификат
certificates-revoke-reason = Причина отзыва
certificates-revoke = Отозвать
certificates-issue-heading = Выдача сертификатов
certificates-to-issue = { $count ->
    [0] Все, кто завершил обучение, уже получили сертификат.
    [one] { $count } человек завершил обучение и ещё не получил сертификат.
    [few] { $count } человека завершили обучение и ещё не получили сертификат.
    [many] { $count } человек завершили обучение и ещё не получили сертификат.
   *[other] { $count } человека завершили обучение и ещё не получили сертификат.
}
certificates-field-locale = Язык сертификата
certificates-field-locale-hint = Название серии будет указано на этом языке, если для него есть перевод.
certificates-field-place = Место выдачи
certificates-issue-submit = Выдать сертификаты и уведомить участников и участниц
certificates-revoked-heading = Отозванные сертификаты
flash-certificates-issued = Сертификаты выданы; участники и участницы получат письмо.
flash-certificates-none = Новых сертификатов для выдачи не было.
flash-certificate-revoked = Сертификат отозван. Вы можете выдать новый.
certificate-heading = Сертификат об участии
certificate-intro = за успешное участие в серии учебных курсов
certificate-modules = Посещённые модули
certificate-col-date = Дата
certificate-col-module = Модуль и темы
certificate-col-hours = Часы
certificate-total = Всего учебных часов
certificate-annex-heading = Приложение: посещённые модули
certificate-annex-note = Посещённые модули ({ $count }, всего { $hours } учебных часов) перечислены в приложении.
certificate-verify = Проверить подлинность:
registration-certificate-link = Скачать Ваш сертификат (PDF)
verify-title = Проверка сертификата
verify-code = Код проверки
verify-code-hint = Код указан внизу сертификата, например K7P2-9XQM-4TRA.
verify-submit = Проверить
verify-valid = Этот сертификат действителен.
verify-revoked = Этот сертификат отозван.
verify-revoked-on = Отозван { $date }.
verify-unknown = Сертификата с таким кодом не существует.
verify-unknown-hint = Проверьте, нет ли в коде опечаток.
verify-participant = Кому выдан
verify-series = Серия курсов
verify-issuer = Кем выдан
verify-issued = Дата выдачи
verify-hours = Учебные часы
mail-certificate-issued-subject = Ваш сертификат: { $series }
mail-certificate-issued-body =
    Здравствуйте, { $name }!

    Поздравляем: Вы завершили «{ $series }». Ваш сертификат об участии можно скачать здесь:
    { $link }

## Speakers and the planning board
series-org-link = Планировать серии курсов и управлять ими
speakers-link = Тренеры
speakers-title = Тренеры: { $org }
speakers-empty = В справочнике пока нет тренеров.
speakers-add-heading = Добавить тренера
speakers-edit-heading = Редактировать данные тренера
speakers-field-email-hint = Запросы будут приходить на этот адрес. Учётная запись не нужна.
speakers-field-topics = Темы
speakers-field-bio = Краткая биография
flash-speaker-added = Человек добавлен в справочник.
error-speaker-exists = Этот адрес электронной почты уже есть в справочнике.
module-speakers-title = Тренеры для «{ $title }»
module-speakers-requests = Запросы
module-speakers-none = Запросов пока никому не отправлено.
module-speakers-deadline = Ответ до { $date }
module-speakers-withdraw = Отозвать
module-speakers-ask = Отправить запрос тренеру
module-speakers-directory-empty = Сначала добавьте тренеров в справочник.
module-speakers-field-speaker = Тренер
module-speakers-field-deadline = Ответ до
module-speakers-field-deadline-hint = До этой даты каждые три дня отправляется напоминание; после неё запрос теряет силу.
module-speakers-field-message = Личное сообщение
module-speakers-submit = Отправить запрос
flash-speaker-asked = Запрос отправлен.
error-deadline-past = Эта дата уже прошла.
error-module-cancelled = Этот модуль отменён.
error-speaker-double-booked = Этому человеку уже отправлен запрос на другой модуль в то же время, или от него уже получено согласие на такой модуль.
error-speaker-already-asked = Этому человеку уже отправлен запрос по этому модулю.
request-status-asked = запрос отправлен
request-status-confirmed = согласие
request-status-declined = отказ
request-status-expired = срок истёк без ответа
request-status-withdrawn = отозван
speaker-answer-title = Запрос: { $title }
speaker-answer-deadline = Пожалуйста, ответьте до { $date }.
speaker-answer-confirm = Да, я проведу этот модуль
speaker-answer-decline = Нет, к сожалению, не смогу
speaker-answer-thanks = Большое спасибо за согласие! Организаторы свяжутся с Вами и сообщат подробности.
speaker-answer-closed = На этот запрос уже дан ответ, или он больше не актуален.
flash-speaker-confirmed = Спасибо за согласие!
flash-speaker-declined = Жаль – Ваш отказ получен. Спасибо, что сообщили.
flash-speaker-closed = Этот запрос больше не актуален.
board-link = Доска планирования
board-title = Доска планирования: { $org }
board-intro = Все модули на ближайшие 24 месяца со статусом тренеров – так сразу видны пробелы.
board-gaps = { $count ->
    [0] Для всех модулей есть согласие или открытый запрос.
    [one] { $count } модуль без тренера.
    [few] { $count } модуля без тренера.
    [many] { $count } модулей без тренера.
   *[other] { $count } модуля без тренера.
}
board-clashes = { $count ->
    [one] В { $count } модуле кто-то забронирован дважды.
    [few] В { $count } модулях кто-то забронирован дважды.
    [many] В { $count } модулях кто-то забронирован дважды.
   *[other] В { $count } модуля кто-то забронирован дважды.
}
board-show-gaps = Показать только пробелы
board-show-all = Показать все модули
board-empty = На ближайшие 24 месяца модулей нет.
board-speakers = Тренеры
board-state = Статус
board-state-open = открыт
board-state-asked = запрос отправлен
board-state-confirmed = согласие
board-state-declined = отказ – отправьте новый запрос
board-clash = Внимание: у { $name } на это же время есть другое бронирование.
mail-speaker-request-subject = Запрос: { $module } ({ $series })
mail-speaker-request-body =
    Здравствуйте, { $name }!

    { $asker } спрашивает, могли бы Вы провести модуль «{ $module }» серии курсов «{ $series }», запланированный на { $when }.
    { $message }
    Пожалуйста, дайте согласие или откажитесь по этой ссылке (учётная запись не нужна), по возможности до { $deadline }:
    { $link }
mail-speaker-reminder-subject = Напоминание: запрос по модулю { $module } ({ $series })
mail-speaker-reminder-body =
    Здравствуйте, { $name }!

    Мы ещё не получили ответа на наш запрос по модулю «{ $module }» серии «{ $series }», запланированному на { $when }.
    Пожалуйста, дайте согласие или откажитесь до { $deadline } по этой ссылке:
    { $link }
mail-speaker-confirmed-subject = Согласие: { $speaker } – { $module }
mail-speaker-confirmed-body =
    Получено согласие: { $speaker } проведёт модуль «{ $module }», запланированный на { $when }.
mail-speaker-declined-subject = Отказ: { $speaker } – { $module }
mail-speaker-declined-body =
    Получен отказ: { $speaker } не сможет провести модуль «{ $module }», запланированный на { $when }. Доска планирования показывает этот пробел.
certificates-none-completed = Пока никто не завершил цикл.
certificates-missing = Не хватает:
certificates-missing-modules =
    { $count ->
        [one] { $count } модуля
       *[other] { $count } модулей
    }
certificates-missing-mandatory =
    { $count ->
        [one] { $count } обязательного модуля
       *[other] { $count } обязательных модулей
    }
certificates-missing-hours =
    { $count ->
        [one] { $count } часа
       *[other] { $count } часов
    }
