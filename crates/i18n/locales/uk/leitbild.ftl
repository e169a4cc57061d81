# Leitbild processes: an administration writes its mission statement with all its staff.

nav-leitbild = Місія
month-year = { $month ->
    [1] січень
    [2] лютий
    [3] березень
    [4] квітень
    [5] травень
    [6] червень
    [7] липень
    [8] серпень
    [9] вересень
    [10] жовтень
    [11] листопад
   *[12] грудень
} { $year }
percent = { $n } %

## The list (/leitbild)
leitbild-title = Процеси розроблення місії
leitbild-lead = Адміністрація розробляє свою місію (керівні принципи) разом з усіма працівниками — від керівника до волонтера. Тут команда процесу супроводжує всі кроки від підготовки до оцінювання.
leitbild-empty = Ви ще не берете участі в жодному процесі розроблення місії. Процес з’явиться тут, якщо Ви входите до команди процесу або Ваша адміністрація веде процес.
leitbild-phase-current = Поточний етап
leitbild-on-team = Команда процесу
leitbild-start-heading = Розпочати процес
leitbild-start-for = Розпочати процес розроблення місії для { $org }

## Phases
leitbild-phases = Етапи
leitbild-phase-preparation = Підготовка
leitbild-phase-vision = Бачення
leitbild-phase-values = Цінності та принципи
leitbild-phase-goals = Цілі та заходи
leitbild-phase-feedback = Раунди зворотного зв’язку
leitbild-phase-adoption = Ухвалення
leitbild-phase-evaluation = Оцінювання
leitbild-step-done = завершено
leitbild-step-current = поточний етап
leitbild-step-next = попереду
leitbild-phase-set = Змінити етап

## The process form
leitbild-new-title = Новий процес розроблення місії
leitbild-edit-title = Редагувати процес
leitbild-administration = Адміністрація
leitbild-field-title = Назва процесу
leitbild-field-title-hint = Наприклад, «Наша місія 2027».
leitbild-start = Розпочати процес
leitbild-plan-legend = Графік
leitbild-plan-hint = Місяць, у якому має розпочатися кожен етап, наприклад 2027-03. Залиште поле порожнім, якщо місяць ще не визначено.

## The overview
leitbild-figures = Участь
leitbild-departments = Відділи
leitbild-headcount-total = Усього працівників
leitbild-participants = Учасники
leitbild-leaders = Члени керівництва
leitbild-coverage-caption = Участь за відділами
leitbild-department = Відділ
leitbild-headcount = Кількість працівників
leitbild-coverage = Частка
leitbild-team = Команда процесу

## The preparation (/leitbild/{id}/setup)
leitbild-setup-title = Підготовка
leitbild-setup-lead = Додайте відділи з кількістю працівників, учасників разом із членами керівництва та команду процесу. За кількістю працівників ikoe обчислює, яку частку кожного відділу охоплює процес.
leitbild-contents = На цій сторінці
leitbild-remove = Вилучити
leitbild-departments-hint = Кількість працівників — основа всіх показників участі.
leitbild-departments-empty = Відділів ще немає.
leitbild-department-add = Додати відділ
leitbild-headcount-hint = Ціле число, більше за 0.
leitbild-department-edit-title = Редагувати відділ
leitbild-department-taking-part = { $count ->
    [0] З цього відділу ще ніхто не бере участі.
    [one] З цього відділу бере участь { $count } особа.
    [few] З цього відділу беруть участь { $count } особи.
    [many] З цього відділу беруть участь { $count } осіб.
   *[other] З цього відділу беруть участь { $count } особи.
}
leitbild-people = Учасники
leitbild-people-hint = Працівникам не потрібен обліковий запис. Члени керівництва згодом затверджують остаточну редакцію.
leitbild-people-empty = Учасників ще немає.
leitbild-people-count = { $count ->
    [one] { $count } учасник
    [few] { $count } учасники
    [many] { $count } учасників
   *[other] { $count } учасника
}
leitbild-person-add = Додати особу
leitbild-person-email-hint = Залиште порожнім для працівників без службової електронної пошти.
leitbild-function = Посада
leitbild-function-hint = Наприклад, «керівник установи» або «спеціаліст».
leitbild-leader = Керівництво
leitbild-leader-hint = Члени керівництва затверджують текст місії.
leitbild-no-department = Без відділу
leitbild-team-hint = Команда процесу веде процес: працівники програми та контактні особи адміністрації, кожен із власним обліковим записом.
leitbild-team-email = Адреса електронної пошти облікового запису
leitbild-team-email-hint = Особа повинна мати обліковий запис в ikoe і належати до однієї з Ваших організацій.
leitbild-team-add = Додати до команди процесу

flash-leitbild-created = Процес створено. Тепер додайте відділи та учасників.
flash-leitbild-phase = Етап змінено.
flash-removed = Вилучено.
flash-last-team-member = Останню особу в команді процесу вилучити неможливо. Спершу додайте когось іншого.

error-headcount-positive = Будь ласка, введіть число, більше за 0.
error-headcount-below-participants = Це число менше за кількість учасників із цього відділу. Введіть щонайменше таке саме число.
error-month = Будь ласка, введіть місяць у форматі 2027-03.
error-phase-order = Цей місяць раніший за місяць одного з попередніх етапів. Виберіть той самий або пізніший місяць.
error-department-exists = Відділ із такою назвою вже існує. Виберіть іншу назву.
error-department-full = З цього відділу вже бере участь стільки осіб, скільки в ньому працівників. Спершу збільште кількість працівників.
error-no-account = За цією адресою немає облікового запису, який Ви можете додати. Ви можете додавати людей зі своїх організацій; інших додає координація програми.
error-already-on-team = Ця особа вже в команді процесу.

confirm-leitbild-department-remove-title = Вилучити відділ «{ $name }»?
confirm-leitbild-department-remove-text = Відділ зникне з «{ $process }». Його учасники залишаться, але без відділу.
confirm-leitbild-department-remove-submit = Так, вилучити
confirm-leitbild-person-remove-title = Вилучити { $name }?
confirm-leitbild-person-remove-text = { $name } більше не братиме участі в «{ $process }». Ніхто не отримає повідомлення.
confirm-leitbild-person-remove-submit = Так, вилучити
confirm-leitbild-team-remove-title = Вилучити { $name } з команди процесу?
confirm-leitbild-team-remove-text = { $name } більше не зможе вести «{ $process }». Ніхто не отримає повідомлення.
confirm-leitbild-team-remove-submit = Так, вилучити

## The text and its versions (/leitbild/{id}/draft)
leitbild-draft-title = Текст місії
leitbild-draft-edit-title = Редагувати текст
leitbild-draft-first = Написати перший проєкт
leitbild-draft-empty = Проєкту ще немає. Команда процесу напише його на основі результатів воркшопів.
leitbild-draft-lead = Кожне збереження створює нову редакцію; попередні редакції зберігаються, і їх можна порівняти. Текст пишеться німецькою мовою.
leitbild-slogan = Гасло
leitbild-slogan-hint = Один рядок, наприклад «Разом за відкритий Ельбауен».
leitbild-preamble = Преамбула
leitbild-preamble-hint = Кілька речень про те, за що виступає адміністрація.
leitbild-principle = Принцип
leitbild-principle-text = Текст принципу
leitbild-goal = Ціль
leitbild-principles-hint = Порожні принципи не зберігаються. Після збереження з’являться нові порожні поля.
leitbild-version-save = Зберегти як нову редакцію
leitbild-version = Редакція
leitbild-versions = Редакції
leitbild-versions-all = Усі редакції
leitbild-version-first = Перша редакція.
leitbild-diff-lead = Порівняно з редакцією { $previous }.
leitbild-diff-legend-added = вставлено
leitbild-diff-legend-removed = викреслено
leitbild-diff-added = Вставлено
leitbild-diff-removed = Викреслено
leitbild-diff-end = Кінець зміни
leitbild-principle-state-added = Новий
leitbild-principle-state-removed = Викреслений
leitbild-principle-state-changed = Змінений
leitbild-principle-state-same = Без змін
flash-leitbild-version = Нову редакцію збережено.
error-version-stale = Тим часом хтось інший зберіг нову редакцію. Ваш текст нижче, без змін. Перегляньте нову редакцію в розділі «Редакції»; якщо потім збережете знову, Ваш текст стане наступною редакцією.
error-principle-required = Будь ласка, напишіть щонайменше один принцип.
error-too-many-principles = Будь ласка, скоротіть: щонайбільше 30 принципів.
leitbild-start-platform = Як адміністратор платформи Ви починаєте процес на сторінці адміністрації.
leitbild-start-directory = Адміністрації в довіднику
