# The workshops of a Leitbild process and their results.

## The list (/leitbild/{id}/workshops)
workshops-title = Воркшопы
workshops-link = Воркшопы
workshops-lead = Три воркшопа методики и сколько угодно двухчасовых мини-воркшопов. Приглашения, регистрации и присутствие идут через серию только по приглашению; участие ниже считает тех, кто действительно присутствовал.
workshops-list = Запланированные воркшопы
workshops-participation = Участие в воркшопах
workshops-assignments = Поручения
workshops-plan = Запланировать воркшоп
workshops-series-hint = Все воркшопы относятся к одной серии только по приглашению. Там вы приглашаете сотрудников, видите регистрации и отмечаете присутствие.
workshops-invite = Приглашения и регистрации
workshops-series-manage = Управлять серией
workshops-series-members-only = Приглашения, регистрации и присутствие ведут члены администрации на страницах серии.
workshops-empty = Пока не запланировано ни одного воркшопа. Запланируйте первый ниже; при этом появится серия для приглашений и регистраций.
workshops-participation-hint = Каждый, кто присутствовал хотя бы на одном воркшопе, учитывается один раз – в отделе участника с тем же адресом электронной почты.
workshops-attendees-total = Присутствовавшие
workshops-leaders-total = Руководство на воркшопах
workshops-leaders-of = { $total ->
    [one] { $count } из { $total } члена руководства
   *[other] { $count } из { $total } членов руководства
}
workshops-participation-caption = Участие в воркшопах по отделам
workshops-attendees = Присутствовали
workshops-leaders = из них руководство
workshops-without-department = Без отдела
workshops-assignments-empty = Поручений пока нет. Мини-воркшопы раздают их группам.
workshops-assignments-open = { $count ->
    [0] Все поручения выполнены.
    [one] { $count } поручение открыто.
    [few] { $count } поручения открыты.
   *[other] { $count } поручений открыто.
}
workshops-plan-hint = Каждый воркшоп становится мероприятием серии приглашений. Воркшопы 1–3 проходят по одному разу, мини-воркшопы – сколько угодно.
workshops-plan-submit = Запланировать воркшоп
workshops-back = Назад к воркшопам
workshops-series-title = Воркшопы по миссии:
workshops-series-summary = Воркшопы по миссии { $org }. Только по приглашению.

workshop-kind = Воркшоп
workshop-kind-vision = Воркшоп 1: Работа над видением
workshop-kind-values = Воркшоп 2: Ценности и принципы
workshop-kind-goals = Воркшоп 3: От целей к мерам
workshop-kind-mini = Мини-воркшоп
workshop-title-hint = Оставьте пустым, чтобы использовать название воркшопа.
workshop-ends-hint = Мини-воркшоп длится около двух часов.
workshop-cancelled = отменён
workshop-attendees = { $count ->
    [0] Пока никто не отмечен присутствующим
    [one] { $count } человек присутствует
    [few] { $count } человека присутствуют
   *[other] { $count } человек присутствуют
}
workshop-leaders-present = { $count ->
    [0] без руководства
   *[other] { $count } из руководства
}
workshop-attendance = Отметить присутствие
workshop-edit-time = Изменить время и место

## A workshop's results (/leitbild/{id}/workshops/{item})
workshop-about-vision = «Жили-были…»: наша история, что было хорошо, ценности, которые мы хотим сохранить, общая основная задача.
workshop-about-values = От ценностей к целям; формулирование принципов в группах.
workshop-about-goals = Какой девиз стоит над всем? Какая цель стоит за каждым принципом?
workshop-about-mini = Два часа с импульсами и поручениями, которые группы берут с собой.
workshop-results = Результаты
workshop-section-notes = Заметки
workshop-section-notes-hint = То, что на стене, кратко записано – каждое со своей рубрикой.
workshop-section-notes-empty = Заметок пока нет.
workshop-section-values = Карточки ценностей
workshop-section-values-hint = Одна ценность на карточку; баллы голосования можно изменить в любое время. Больше всего баллов – наверху.
workshop-section-values-empty = Карточек ценностей пока нет.
workshop-section-slogans = Предложения девиза
workshop-section-slogans-hint = Каждое предложение со своими баллами; больше всего баллов – наверху.
workshop-section-slogans-empty = Предложений пока нет.
workshop-section-principles = Черновики принципов
workshop-section-principles-hint = Принципы, сформулированные в группах, с целью за ними. Одним нажатием они попадают в текст миссии как новая версия.
workshop-section-principles-empty = Принципов пока нет.
workshop-section-assignments = Поручения
workshop-section-assignments-hint = Что группа делает и к какому сроку. Открытые поручения – наверху.
workshop-section-assignments-empty = Поручений пока нет.
workshop-votes = { $count ->
    [0] нет баллов
    [one] { $count } балл
    [few] { $count } балла
   *[other] { $count } баллов
}
workshop-vote = +1 балл
workshop-votes-label = Баллы
workshop-votes-hint = Целое число от 0 до 999.
workshop-votes-new-hint = Оставьте пустым для 0 баллов.
workshop-card-value-text = Ценность
workshop-card-value-add = Добавить карточку ценности
workshop-card-slogan-text = Предложение
workshop-card-slogan-add = Добавить предложение
workshop-note-category = Рубрика
workshop-note-text = Заметка
workshop-note-add = Добавить заметку
workshop-note-story = Жили-были…
workshop-note-good = Что было хорошо?
workshop-note-keep = Ценности, которые мы сохраняем
workshop-note-core_task = Общая основная задача
workshop-note-other = Другое
workshop-goal-hint = Какая цель стоит за принципом? Можно добавить позже.
workshop-drafted-add = Добавить принцип
workshop-drafted-take = Перенести в черновик
workshop-drafted-taken = перенесено в
assignment-group = Группа
assignment-group-hint = Например, «Рабочая группа Приём» или имена участников группы.
assignment-task = Поручение
assignment-due = срок
assignment-due-label = Срок
assignment-due-hint = Дата, например 31.03.2027.
assignment-status = Состояние
assignment-status-open = открыто
assignment-status-done = выполнено
assignment-add = Добавить поручение
assignment-from = из
assignment-mark-done = Отметить выполненным
assignment-reopen = Открыть снова

flash-workshop-planned = Воркшоп запланирован. Теперь пригласите людей через серию.
flash-vote-counted = Балл засчитан.
flash-drafted-taken = Принцип теперь входит в новую версию текста миссии.
flash-assignment-done = Отмечено выполненным.
flash-assignment-open = Открыто снова.

error-workshop-planned = Этот воркшоп уже запланирован. Измените его дату в списке выше или запланируйте мини-воркшоп.
error-workshop-twice = Мини-воркшоп с этим названием уже начинается в это время.
error-votes-range = Введите число от 0 до 999.
error-drafted-taken = Этот принцип уже есть в черновике.
error-drafted-no-draft = У текста миссии ещё нет ни одной версии. Сначала напишите первую версию с девизом; затем можно переносить принципы.
error-version-stale-take = Кто-то другой только что сохранил новую версию. Перенесите принцип в черновик ещё раз.

confirm-leitbild-card-remove-title = Удалить карточку «{ $name }»?
confirm-leitbild-card-remove-text = Карточка и её баллы исчезнут из результатов воркшопа.
confirm-leitbild-card-remove-submit = Да, удалить
confirm-leitbild-note-remove-title = Удалить заметку?
confirm-leitbild-note-remove-text = Заметка «{ $name }» исчезнет из результатов воркшопа.
confirm-leitbild-note-remove-submit = Да, удалить
confirm-leitbild-drafted-remove-title = Удалить принцип?
confirm-leitbild-drafted-remove-text = Принцип «{ $name }» исчезнет из результатов воркшопа. Версии текста миссии, в которые он был перенесён, останутся без изменений.
confirm-leitbild-drafted-remove-submit = Да, удалить
confirm-leitbild-assignment-remove-title = Удалить поручение?
confirm-leitbild-assignment-remove-text = Поручение для «{ $name }» исчезнет из списка поручений.
confirm-leitbild-assignment-remove-submit = Да, удалить
