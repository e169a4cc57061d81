# Leitbild processes: an administration writes its mission statement with all its staff.

nav-leitbild = Миссия
month-year = { $month ->
    [1] январь
    [2] февраль
    [3] март
    [4] апрель
    [5] май
    [6] июнь
    [7] июль
    [8] август
    [9] сентябрь
    [10] октябрь
    [11] ноябрь
   *[12] декабрь
} { $year }
percent = { $n } %

## The list (/leitbild)
leitbild-title = Процессы разработки миссии
leitbild-lead = Администрация разрабатывает свою миссию (руководящие принципы) вместе со всеми сотрудниками — от руководителя до волонтёра. Здесь команда процесса сопровождает все шаги от подготовки до оценки.
leitbild-empty = Вы пока не участвуете ни в одном процессе разработки миссии. Процесс появится здесь, если Вы состоите в команде процесса или Ваша администрация ведёт процесс.
leitbild-phase-current = Текущий этап
leitbild-on-team = Команда процесса
leitbild-start-heading = Начать процесс
leitbild-start-for = Начать процесс разработки миссии для { $org }

## Phases
leitbild-phases = Этапы
leitbild-phase-preparation = Подготовка
leitbild-phase-vision = Видение
leitbild-phase-values = Ценности и принципы
leitbild-phase-goals = Цели и меры
leitbild-phase-feedback = Раунды обратной связи
leitbild-phase-adoption = Принятие
leitbild-phase-evaluation = Оценка
leitbild-step-done = завершён
leitbild-step-current = текущий этап
leitbild-step-next = впереди
leitbild-phase-set = Изменить этап

## The process form
leitbild-new-title = Новый процесс разработки миссии
leitbild-edit-title = Редактировать процесс
leitbild-administration = Администрация
leitbild-field-title = Название процесса
leitbild-field-title-hint = Например, «Наша миссия 2027».
leitbild-start = Начать процесс
leitbild-plan-legend = График
leitbild-plan-hint = Месяц, в котором должен начаться каждый этап, например 2027-03. Оставьте поле пустым, если месяц ещё не определён.

## The overview
leitbild-figures = Участие
leitbild-departments = Отделы
leitbild-headcount-total = Всего сотрудников
leitbild-participants = Участники
leitbild-leaders = Члены руководства
leitbild-coverage-caption = Участие по отделам
leitbild-department = Отдел
leitbild-headcount = Число сотрудников
leitbild-coverage = Доля
leitbild-team = Команда процесса

## The preparation (/leitbild/{id}/setup)
leitbild-setup-title = Подготовка
leitbild-setup-lead = Добавьте отделы с числом сотрудников, участников вместе с членами руководства и команду процесса. По числу сотрудников ikoe рассчитывает, какую долю каждого отдела охватывает процесс.
leitbild-contents = На этой странице
leitbild-remove = Удалить
leitbild-departments-hint = Число сотрудников — основа всех показателей участия.
leitbild-departments-empty = Отделов пока нет.
leitbild-department-add = Добавить отдел
leitbild-headcount-hint = Целое число больше 0.
leitbild-department-edit-title = Редактировать отдел
leitbild-department-taking-part = { $count ->
    [0] Из этого отдела пока никто не участвует.
    [one] Из этого отдела участвует { $count } человек.
    [few] Из этого отдела участвуют { $count } человека.
    [many] Из этого отдела участвуют { $count } человек.
   *[other] Из этого отдела участвуют { $count } человека.
}
leitbild-people = Участники
leitbild-people-hint = Сотрудникам не нужна учётная запись. Члены руководства позже утверждают окончательную редакцию.
leitbild-people-empty = Участников пока нет.
leitbild-people-count = { $count ->
    [one] { $count } участник
    [few] { $count } участника
    [many] { $count } участников
   *[other] { $count } участника
}
leitbild-person-add = Добавить человека
leitbild-person-email-hint = Оставьте пустым для сотрудников без служебной электронной почты.
leitbild-function = Должность
leitbild-function-hint = Например, «руководитель ведомства» или «специалист».
leitbild-leader = Руководство
leitbild-leader-hint = Члены руководства утверждают текст миссии.
leitbild-no-department = Без отдела
leitbild-team-hint = Команда процесса ведёт процесс: сотрудники программы и контактные лица администрации, у каждого своя учётная запись.
leitbild-team-email = Адрес электронной почты учётной записи
leitbild-team-email-hint = У человека должна быть учётная запись в ikoe, и он должен состоять в одной из Ваших организаций.
leitbild-team-add = Добавить в команду процесса

flash-leitbild-created = Процесс создан. Теперь добавьте отделы и участников.
flash-leitbild-phase = Этап изменён.
flash-removed = Удалено.
flash-last-team-member = Последнего человека в команде процесса удалить нельзя. Сначала добавьте кого-нибудь другого.

error-headcount-positive = Пожалуйста, введите число больше 0.
error-headcount-below-participants = Это число меньше числа участников из этого отдела. Введите не меньше этого числа.
error-month = Пожалуйста, введите месяц в формате 2027-03.
error-phase-order = Этот месяц раньше месяца одного из предыдущих этапов. Выберите тот же или более поздний месяц.
error-department-exists = Отдел с таким названием уже есть. Выберите другое название.
error-department-full = Из этого отдела уже участвует столько же человек, сколько в нём сотрудников. Сначала увеличьте число сотрудников.
error-no-account = По этому адресу нет учётной записи, которую Вы можете добавить. Вы можете добавлять людей из своих организаций; остальных добавляет координация программы.
error-already-on-team = Этот человек уже в команде процесса.

confirm-leitbild-department-remove-title = Удалить отдел «{ $name }»?
confirm-leitbild-department-remove-text = Отдел исчезнет из «{ $process }». Его участники останутся, но без отдела.
confirm-leitbild-department-remove-submit = Да, удалить
confirm-leitbild-person-remove-title = Удалить { $name }?
confirm-leitbild-person-remove-text = { $name } больше не будет участвовать в «{ $process }». Никто не получит уведомления.
confirm-leitbild-person-remove-submit = Да, удалить
confirm-leitbild-team-remove-title = Удалить { $name } из команды процесса?
confirm-leitbild-team-remove-text = { $name } больше не сможет вести «{ $process }». Никто не получит уведомления.
confirm-leitbild-team-remove-submit = Да, удалить

## The text and its versions (/leitbild/{id}/draft)
leitbild-draft-title = Текст миссии
leitbild-draft-edit-title = Редактировать текст
leitbild-draft-first = Написать первый проект
leitbild-draft-empty = Проекта пока нет. Команда процесса напишет его по итогам воркшопов.
leitbild-draft-lead = Каждое сохранение создаёт новую редакцию; прежние редакции сохраняются, и их можно сравнить. Текст пишется на немецком языке.
leitbild-slogan = Девиз
leitbild-slogan-hint = Одна строка, например «Вместе за открытый Эльбауэн».
leitbild-preamble = Преамбула
leitbild-preamble-hint = Несколько предложений о том, за что выступает администрация.
leitbild-principle = Принцип
leitbild-principle-text = Текст принципа
leitbild-goal = Цель
leitbild-principles-hint = Пустые принципы не сохраняются. После сохранения появятся новые пустые поля.
leitbild-version-save = Сохранить как новую редакцию
leitbild-version = Редакция
leitbild-versions = Редакции
leitbild-versions-all = Все редакции
leitbild-version-first = Первая редакция.
leitbild-diff-lead = По сравнению с редакцией { $previous }.
leitbild-diff-legend-added = вставлено
leitbild-diff-legend-removed = вычеркнуто
leitbild-diff-added = Вставлено
leitbild-diff-removed = Вычеркнуто
leitbild-diff-end = Конец изменения
leitbild-principle-state-added = Новый
leitbild-principle-state-removed = Вычеркнут
leitbild-principle-state-changed = Изменён
leitbild-principle-state-same = Без изменений
flash-leitbild-version = Новая редакция сохранена.
error-version-stale = Тем временем кто-то другой сохранил новую редакцию. Ваш текст ниже, без изменений. Посмотрите новую редакцию в разделе «Редакции»; если затем сохраните снова, Ваш текст станет следующей редакцией.
error-principle-required = Пожалуйста, напишите хотя бы один принцип.
error-too-many-principles = Пожалуйста, сократите: не более 30 принципов.
leitbild-start-platform = Как администратор платформы Вы начинаете процесс на странице администрации.
leitbild-start-directory = Администрации в справочнике
