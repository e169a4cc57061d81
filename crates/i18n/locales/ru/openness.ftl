## The openness self-assessment: indicator sets, waves, answering, results

openness-title = Самооценка открытости
openness-self-assessment = Самооценка открытости
openness-lead = Где находится администрация на пути межкультурной открытости? Раунд за раундом руководство, сотрудники и взгляд со стороны оценивают одни и те же индикаторы. В результатах показаны только группы с достаточным числом ответов, без имён; с годами становится видно развитие.
openness-mine = Ваша оценка
openness-mine-submitted = отправлено, спасибо
openness-mine-until = открыто до { $date }
openness-waves = Раунды
openness-waves-empty = Раундов пока нет.
openness-wave-title = Название
openness-wave-title-hint = Например, «Самооценка 2027».
openness-wave-period = Период
openness-wave-state = Статус
openness-wave-responses = Отправленные ответы
openness-wave-responses-of = Отправлено: { $count } из { $total }
openness-wave-manage = Управлять раундом
openness-wave-new = Начать новый раунд
openness-wave-new-hint = Затем Вы создаёте группы, вносите участников оценки и рассылаете им персональные ссылки.
openness-wave-set = Набор индикаторов
openness-wave-threshold = Минимальное число для результатов
openness-wave-threshold-hint = Результаты группы появляются только начиная с этого числа отправленных ответов (не менее 3, рекомендуется 5).
openness-wave-create = Создать раунд
openness-wave-settings = Настройки раунда
openness-wave-close = Завершить раунд сейчас
openness-sets-link = Посмотреть наборы индикаторов
openness-org-link = Раунды и результаты

openness-groups = Группы и участники оценки
openness-groups-hint = Группа учитывается в результатах, только если из неё отправили ответы не менее { $n } человек. Поэтому не делайте группы слишком маленькими.
openness-groups-empty = Групп пока нет. Создайте, например, группу «Руководство», по одной группе сотрудников для каждого ведомства и группу «Взгляд со стороны».
openness-group-kind = Тип группы
openness-group-kind-leadership = Руководство
openness-group-kind-staff = Сотрудники
openness-group-kind-outside = Взгляд со стороны
openness-group-name = Название группы
openness-group-name-hint = Например, «Бюро обслуживания граждан» или «Организация мигрантов».
openness-group-add = Создать группу
openness-group-remove = Удалить группу
openness-group-below = меньше минимального числа { $n }, не показывается
openness-raters-of = Участники оценки: { $group }
openness-rater = Участник
openness-rater-link = Ссылка
openness-rater-state = Статус
openness-rater-has-link = Ссылка отправлена
openness-rater-no-link = ссылки пока нет
openness-rater-account = есть и учётная запись
openness-rater-submitted = отправлено
openness-rater-open = не отправлено
openness-rater-remove = Удалить
openness-rater-unnamed = без имени (карточка)
openness-raters-add = Добавить участников оценки
openness-raters-lines = Имена и адреса электронной почты
openness-raters-lines-hint = По одному человеку в строке: «Имя, эл. почта», только имя или только адрес электронной почты.
openness-raters-unnamed = Дополнительные ссылки без имён
openness-raters-unnamed-hint = Для печатных карточек, например для участников «маршрута многообразия».
openness-links = Персональные ссылки
openness-links-hint = Те, у кого есть адрес электронной почты, получают свою ссылку по почте; для всех остальных распечатайте карточки. По ссылке можно отвечать без входа в систему, делать паузу и продолжать позже.
openness-links-mail = { $count ->
    [one] Отправить ссылки { $count } участнику
    [few] Отправить ссылки { $count } участникам
    [many] Отправить ссылки { $count } участникам
   *[other] Отправить ссылки { $count } участникам
}
openness-links-cards = { $count ->
    [one] Распечатать карточки для { $count } человека
    [few] Распечатать карточки для { $count } человек
    [many] Распечатать карточки для { $count } человек
   *[other] Распечатать карточки для { $count } человека
}
openness-card-heading = Самооценка открытости
openness-card-hint = Отсканируйте код телефоном или введите адрес. Ваши ответы анонимны.

openness-answer-lead = Вы отвечаете за группу «{ $group }». Пожалуйста, оцените по каждому утверждению, насколько продвинулась Ваша администрация.
openness-answer-anonymous = Ваши ответы анонимны: в результатах показаны только группы с достаточным числом ответов, без имён. Вы можете в любой момент сделать паузу и продолжить по той же ссылке до { $date }.
openness-answer-progress = Дан ответ на { $answered } из { $total } утверждений
openness-answer-progress-label = Прогресс
openness-answer-steps = Обзор: что ещё осталось
openness-step-done = готово
openness-step-left = { $answered } из { $total }
openness-answer-dimension = Сфера { $n } из { $total }
openness-answer-note = Примечание
openness-answer-note-hint = Без Вашего имени его видят все, кто смотрит результаты.
openness-answer-next = Сохранить и продолжить
openness-answer-prev = Назад
openness-answer-pause = Сохранить и продолжить позже
openness-answer-submit-title = Отправка
openness-answer-submit-text = На все утверждения даны ответы. После отправки Ваши ответы учитываются, и изменить их больше нельзя.
openness-answer-submit = Отправить ответы
openness-answer-left = { $count ->
    [one] Ещё { $count } утверждение без ответа. Выберите сферу вверху.
    [few] Ещё { $count } утверждения без ответа. Выберите сферу вверху.
    [many] Ещё { $count } утверждений без ответа. Выберите сферу вверху.
   *[other] Ещё { $count } утверждения без ответа. Выберите сферу вверху.
}
openness-answer-submitted = Спасибо, Ваши ответы отправлены.
openness-answer-submitted-text = Результаты администрация увидит после окончания раунда — только по группам с достаточным числом ответов и без имён.
openness-answer-upcoming = Оценка начнётся { $date }.
openness-level-0 = 0 – не начато
openness-level-1 = 1 – первые шаги
openness-level-2 = 2 – частично реализовано
openness-level-3 = 3 – прочно закреплено
openness-choice-unknown = Не знаю
openness-choice-na = У нас неприменимо

openness-results-title = Результаты
openness-results-respondents = { $count ->
    [one] { $count } человек отправил ответы.
    [few] { $count } человека отправили ответы.
    [many] { $count } человек отправили ответы.
   *[other] { $count } человека отправили ответы.
}
openness-results-threshold = Показаны только группы, в которых не менее { $n } ответов.
openness-results-hidden = Слишком мало ответов, поэтому не учтены ни в одном показателе:
openness-results-none = Ни одна группа не набрала минимального числа ответов. Поэтому результатов нет.
openness-results-after = Результаты появятся после окончания раунда { $date } — так ни по одному изменению нельзя будет понять отдельный ответ.
openness-results-so-far = { $count ->
    [one] Пока отправлен { $count } ответ.
    [few] Пока отправлено { $count } ответа.
    [many] Пока отправлено { $count } ответов.
   *[other] Пока отправлено { $count } ответа.
}
openness-results-overview = Обзор по сферам
openness-results-scale = Медиана по шкале от 0 (не начато) до 3 (прочно закреплено). Светофор: красный — ниже 1,5; жёлтый — от 1,5 до значений ниже 2,5; зелёный — от 2,5. Разница: взгляд изнутри минус взгляд со стороны.
openness-results-groups = По группам
openness-results-trend = Развитие по раундам
openness-results-shared = { $count ->
    [one] Сравнение по { $count } индикатору, общему для всех раундов.
    [few] Сравнение по { $count } индикаторам, общим для всех раундов.
    [many] Сравнение по { $count } индикаторам, общим для всех раундов.
   *[other] Сравнение по { $count } индикаторам, общим для всех раундов.
}
openness-results-weakest = Самые слабые индикаторы
openness-results-weakest-hint = Здесь стоит начать.
openness-results-distribution = Ответы: { $dimension }
openness-results-notes = Примечания (без имён)
openness-report-download = Отчёт в PDF
openness-report-page = Страница
openness-dimension = Сфера
openness-dimensions = Сферы
openness-indicator = Индикатор
openness-median = Медиана
openness-light = Светофор
openness-light-none = нет данных
openness-light-red = красный: почти не реализовано
openness-light-yellow = жёлтый: частично
openness-light-green = зелёный: закреплено
openness-gap = Разница
openness-view-self = Взгляд изнутри
openness-view-outside = Взгляд со стороны
openness-slot-0 = 0
openness-slot-1 = 1
openness-slot-2 = 2
openness-slot-3 = 3
openness-slot-unknown = Не знаю
openness-slot-na = Неприменимо
openness-chart-views = Взгляд изнутри и взгляд со стороны по сферам
openness-chart-views-desc = Медиана по каждой сфере, длина полосы 3 = прочно закреплено. Те же числа приведены в таблице ниже.
openness-chart-trend = Медиана по раундам
openness-chart-trend-desc = Медиана общих индикаторов в каждом раунде, от 0 до 3. Те же числа приведены в таблице ниже.

openness-sets-title = Наборы индикаторов
openness-sets-lead = Набор индикаторов описывает для каждой сферы, в чём проявляется межкультурная открытость, по четырём уровням. Сотрудники программы копируют и адаптируют наборы; набор, который используется в раунде, остаётся неизменным — изменения создают новую версию.
openness-set = Набор
openness-set-version = Версия { $n }
openness-set-version-col = Версия
openness-set-owner = Кем адаптирован
openness-set-shipped = встроенный
openness-set-waves = Раунды
openness-set-older = более старая версия
openness-set-frozen = Этот набор используется в раунде, поэтому он остаётся неизменным. Чтобы внести изменения, создайте новую версию.
openness-set-new-version = Создать новую версию
openness-set-copy = Скопировать как свой набор
openness-set-no-translation = У этого набора нет текстов на Вашем языке; они показываются на немецком.
openness-set-languages = Языки
openness-set-language = Язык
openness-set-language-status = Статус перевода
openness-text-status-draft = черновик, ещё не проверен
openness-text-status-reviewed = проверен
openness-text-mark-reviewed = Отметить как проверенный
openness-text-mark-draft = Отметить как черновик
openness-indicator-edit = Редактировать индикатор
openness-indicator-new = Добавить индикатор
openness-indicator-remove = Удалить индикатор
openness-indicator-lang = Язык текстов
openness-indicator-lang-hint = Основа — немецкий; другие языки — переводы.
openness-indicator-lang-switch = Выбрать язык
openness-indicator-base = Немецкая версия
openness-indicator-statement = Утверждение
openness-indicator-statement-hint = Предложение, которое участники оценки оценивают применительно к своей администрации.

error-openness-closed = Раунд завершён или ещё не начался; ответы не принимаются.
error-openness-incomplete = Пожалуйста, сначала ответьте на все утверждения.
error-openness-note-needs-choice = Пожалуйста, выберите также ответ (или «Не знаю»).
error-openness-rater-line = Одна из строк не является ни именем, ни адресом электронной почты. Пишите «Имя, эл. почта».
error-openness-too-many-raters = Пожалуйста, не более 500 человек за один раз.
error-openness-threshold-low = Не менее 3, чтобы никого нельзя было узнать.
error-openness-wave-too-long = Раунд длится не более одного года.
error-openness-group-taken = В этом раунде уже есть группа с таким названием.
error-openness-group-answered = Из этой группы уже кто-то ответил; группа остаётся.
error-openness-set-frozen = Этот набор используется в раунде; он остаётся неизменным. Создайте новую версию.
flash-openness-wave-created = Раунд создан. Теперь создайте группы.
flash-openness-wave-closed = Раунд завершён.
flash-openness-group-added = Группа создана.
flash-openness-group-removed = Группа удалена.
flash-openness-raters-added = Участники оценки внесены.
flash-openness-rater-removed = Участник удалён.
flash-openness-links-sent = Ссылки отправляются.
flash-openness-links-none = У всех, у кого есть адрес электронной почты, уже есть ссылка.
flash-openness-saved = Сохранено.
flash-openness-paused = Сохранено. Вы можете в любой момент продолжить по той же ссылке.
flash-openness-submitted = Спасибо! Ваши ответы отправлены.
flash-openness-already-submitted = Ваши ответы уже отправлены.
flash-openness-set-copied = Набор скопирован. Теперь его можно адаптировать.
flash-openness-set-versioned = Новая версия создана.
flash-openness-indicator-added = Индикатор добавлен.
flash-openness-indicator-removed = Индикатор удалён.

confirm-openness-wave-close-title = Завершить раунд «{ $wave }» сейчас?
confirm-openness-wave-close-text = После этого он больше не принимает ответы, и появляются результаты.
confirm-openness-wave-close-submit = Да, завершить
confirm-openness-group-remove-title = Удалить группу «{ $group }»?
confirm-openness-group-remove-text = Её участники оценки и их ссылки также будут удалены.
confirm-openness-group-remove-submit = Да, удалить
confirm-openness-rater-remove-title = Удалить { $name }?
confirm-openness-rater-remove-text = Ссылка тогда перестанет работать. Уже отправленные ответы по-прежнему учитываются; они не связаны с этим человеком.
confirm-openness-rater-remove-submit = Да, удалить
confirm-openness-cards-title = Распечатать карточки для «{ $wave }»?
confirm-openness-cards-text = Все, у кого нет адреса электронной почты и кто ещё не отправил ответы, получат новые ссылки; ранее распечатанные карточки тогда перестанут действовать. Начатые ответы сохранятся.
confirm-openness-cards-submit = Да, распечатать карточки
confirm-openness-indicator-remove-title = Удалить индикатор?
confirm-openness-indicator-remove-text = «{ $statement }» будет удалён из набора вместе со всеми переводами.
confirm-openness-indicator-remove-submit = Да, удалить

mail-openness-link-subject = Ваша оценка: { $wave }
mail-openness-link-body =
    Здравствуйте, { $name }!

    { $org } спрашивает, насколько администрация продвинулась в межкультурной открытости. Ваша оценка важна. По своей персональной ссылке Вы отвечаете без входа в систему до { $date }; можно сделать паузу и продолжить позже:
    { $link }

    Ваши ответы анонимны. Ссылка принадлежит только Вам; пожалуйста, не передавайте её другим.
admin-outbox-kind-openness-link = Самооценка: персональная ссылка

## Weak indicators proposed as measures of the annual planner
openness-measure-hint = Предложите индикатор как меру: она появится в годовом плане
openness-measure-propose = Предложить как меру
openness-measure-in-planner = есть в годовом плане
openness-measure-from = Из самооценки «{ $wave }»:
error-openness-no-planner = Предложения становятся мерами в годовом плане процесса разработки миссии. У этой администрации ещё нет годового плана; команда миссии создаёт его в планировщике.
flash-openness-measure-proposed = Мера добавлена в годовой план. Команда решает там, кто за неё отвечает.
flash-openness-measure-there = Этот индикатор уже есть в годовом плане.
error-openness-set-shipped = Набор, поставляемый с ikoe, остаётся неизменным. Скопируйте его, чтобы адаптировать.
error-openness-set-empty = В этом наборе нет индикаторов.
error-openness-wave-ended = Раунд завершён и остаётся неизменным: никаких новых групп, оценивающих или ссылок, никакого нового периода.
error-openness-threshold-answered = Ответы уже поступили: минимальное число может вырасти, но не уменьшиться.
