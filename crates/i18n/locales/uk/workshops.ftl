# The workshops of a Leitbild process and their results.

## The list (/leitbild/{id}/workshops)
workshops-title = Воркшопи
workshops-link = Воркшопи
workshops-lead = Три воркшопи методу та скільки завгодно двогодинних міні-воркшопів. Запрошення, реєстрації та присутність ідуть через серію лише за запрошенням; участь нижче рахує тих, хто справді був присутній.
workshops-list = Заплановані воркшопи
workshops-participation = Участь у воркшопах
workshops-assignments = Доручення
workshops-plan = Запланувати воркшоп
workshops-series-hint = Усі воркшопи належать до однієї серії лише за запрошенням. Там ви запрошуєте працівників, бачите реєстрації та відмічаєте присутність.
workshops-invite = Запрошення та реєстрації
workshops-series-manage = Керувати серією
workshops-series-members-only = Запрошення, реєстрації та присутність ведуть члени адміністрації на сторінках серії.
workshops-empty = Ще не заплановано жодного воркшопу. Заплануйте перший нижче; при цьому з'явиться серія для запрошень і реєстрацій.
workshops-participation-hint = Кожна людина, присутня хоча б на одному воркшопі, рахується один раз – у відділі учасника з тією самою адресою електронної пошти.
workshops-attendees-total = Присутні особи
workshops-leaders-total = Керівництво на воркшопах
workshops-leaders-of = { $total ->
    [one] { $count } з { $total } члена керівництва
   *[other] { $count } з { $total } членів керівництва
}
workshops-participation-caption = Участь у воркшопах за відділами
workshops-attendees = Присутні
workshops-leaders = з них керівництво
workshops-without-department = Без відділу
workshops-assignments-empty = Ще немає доручень. Міні-воркшопи роздають їх групам.
workshops-assignments-open = { $count ->
    [0] Усі доручення виконано.
    [one] { $count } доручення відкрите.
    [few] { $count } доручення відкриті.
   *[other] { $count } доручень відкрито.
}
workshops-plan-hint = Кожен воркшоп стає заходом серії запрошень. Воркшопи 1–3 відбуваються по одному разу, міні-воркшопи – скільки завгодно.
workshops-plan-submit = Запланувати воркшоп
workshops-back = Назад до воркшопів
workshops-series-title = Воркшопи з місії:
workshops-series-summary = Воркшопи щодо місії { $org }. Лише за запрошенням.

workshop-kind = Воркшоп
workshop-kind-vision = Воркшоп 1: Робота над баченням
workshop-kind-values = Воркшоп 2: Цінності та принципи
workshop-kind-goals = Воркшоп 3: Від цілей до заходів
workshop-kind-mini = Міні-воркшоп
workshop-title-hint = Залиште порожнім, щоб використати назву воркшопу.
workshop-ends-hint = Міні-воркшоп триває близько двох годин.
workshop-cancelled = скасовано
workshop-attendees = { $count ->
    [0] Ще нікого не відмічено присутнім
    [one] { $count } особа присутня
    [few] { $count } особи присутні
   *[other] { $count } осіб присутні
}
workshop-leaders-present = { $count ->
    [0] без керівництва
   *[other] { $count } з керівництва
}
workshop-attendance = Відмітити присутність
workshop-edit-time = Змінити час і місце

## A workshop's results (/leitbild/{id}/workshops/{item})
workshop-about-vision = «Жили-були…»: наша історія, що було добре, цінності, які ми хочемо зберегти, спільне основне завдання.
workshop-about-values = Від цінностей до цілей; формулювання принципів у групах.
workshop-about-goals = Яке гасло стоїть над усім? Яка мета стоїть за кожним принципом?
workshop-about-mini = Дві години з імпульсами та дорученнями, які групи забирають із собою.
workshop-results = Результати
workshop-section-notes = Нотатки
workshop-section-notes-hint = Те, що на стіні, коротко записане – кожне зі своєю рубрикою.
workshop-section-notes-empty = Ще немає нотаток.
workshop-section-values = Картки цінностей
workshop-section-values-hint = Одна цінність на картку; бали голосування можна змінити будь-коли. Найбільше балів – угорі.
workshop-section-values-empty = Ще немає карток цінностей.
workshop-section-slogans = Пропозиції гасла
workshop-section-slogans-hint = Кожна пропозиція зі своїми балами; найбільше балів – угорі.
workshop-section-slogans-empty = Ще немає пропозицій.
workshop-section-principles = Чернетки принципів
workshop-section-principles-hint = Принципи, сформульовані в групах, із метою за ними. Одним натисканням вони потрапляють у текст місії як нова версія.
workshop-section-principles-empty = Ще немає принципів.
workshop-section-assignments = Доручення
workshop-section-assignments-hint = Що група виконує і до коли. Відкриті доручення – угорі.
workshop-section-assignments-empty = Ще немає доручень.
workshop-votes = { $count ->
    [0] без балів
    [one] { $count } бал
    [few] { $count } бали
   *[other] { $count } балів
}
workshop-vote = +1 бал
workshop-votes-label = Бали
workshop-votes-hint = Ціле число від 0 до 999.
workshop-votes-new-hint = Залиште порожнім для 0 балів.
workshop-card-value-text = Цінність
workshop-card-value-add = Додати картку цінності
workshop-card-slogan-text = Пропозиція
workshop-card-slogan-add = Додати пропозицію
workshop-note-category = Рубрика
workshop-note-text = Нотатка
workshop-note-add = Додати нотатку
workshop-note-story = Жили-були…
workshop-note-good = Що було добре?
workshop-note-keep = Цінності, які ми зберігаємо
workshop-note-core_task = Спільне основне завдання
workshop-note-other = Інше
workshop-goal-hint = Яка мета стоїть за принципом? Можна додати пізніше.
workshop-drafted-add = Додати принцип
workshop-drafted-take = Перенести в чернетку
workshop-drafted-taken = перенесено у
assignment-group = Група
assignment-group-hint = Наприклад, «Робоча група Прийом» або імена учасників групи.
assignment-task = Доручення
assignment-due = термін
assignment-due-label = Термін
assignment-due-hint = Дата, наприклад 31.03.2027.
assignment-status = Стан
assignment-status-open = відкрите
assignment-status-done = виконано
assignment-add = Додати доручення
assignment-from = з
assignment-mark-done = Позначити виконаним
assignment-reopen = Відкрити знову

flash-workshop-planned = Воркшоп заплановано. Тепер запросіть людей через серію.
flash-vote-counted = Бал зараховано.
flash-drafted-taken = Принцип тепер є в новій версії тексту місії.
flash-assignment-done = Позначено виконаним.
flash-assignment-open = Відкрито знову.

error-workshop-planned = Цей воркшоп уже заплановано. Змініть його дату в списку вище або заплануйте міні-воркшоп.
error-workshop-twice = Міні-воркшоп із цією назвою вже починається в цей час.
error-votes-range = Введіть число від 0 до 999.
error-drafted-taken = Цей принцип уже є в чернетці.
error-drafted-no-draft = Текст місії ще не має жодної версії. Спершу напишіть першу версію з гаслом; тоді можна переносити принципи.
error-version-stale-take = Хтось інший щойно зберіг нову версію. Перенесіть принцип у чернетку ще раз.

confirm-leitbild-card-remove-title = Видалити картку «{ $name }»?
confirm-leitbild-card-remove-text = Картка та її бали зникнуть із результатів воркшопу.
confirm-leitbild-card-remove-submit = Так, видалити
confirm-leitbild-note-remove-title = Видалити нотатку?
confirm-leitbild-note-remove-text = Нотатка «{ $name }» зникне з результатів воркшопу.
confirm-leitbild-note-remove-submit = Так, видалити
confirm-leitbild-drafted-remove-title = Видалити принцип?
confirm-leitbild-drafted-remove-text = Принцип «{ $name }» зникне з результатів воркшопу. Версії тексту місії, у які його перенесено, залишаться без змін.
confirm-leitbild-drafted-remove-submit = Так, видалити
confirm-leitbild-assignment-remove-title = Видалити доручення?
confirm-leitbild-assignment-remove-text = Доручення для «{ $name }» зникне зі списку доручень.
confirm-leitbild-assignment-remove-submit = Так, видалити
