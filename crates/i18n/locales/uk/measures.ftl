# The annual planner of a Leitbild process (Jahresplaner): measures with owner, month, status and evidence.

measures-title = Річний план
measures-lead = Заходи з третього семінару – кожен з відповідальною особою, місяцем і принципом, якому він служить, – відстежуються, доки їх не виконано.
measures-year = Плановий рік
measures-no-plan = У річного плану ще немає планового року. Команда процесу нижче визначає, з якого місяця він починається; після цього можна вносити заходи.
measures-empty = У річному плані ще немає заходів.
measures-empty-filtered = Жоден захід не відповідає цьому фільтру.

## Status
measures-status-open = відкрито
measures-status-progress = у роботі
measures-status-done = виконано
measures-status-now = Поточний стан
measures-status-change = Змінити стан
measures-status-title = Змінити стан

## Actions and files
measures-add = Внести захід
measures-pdf = Настінний календар (PDF, A3)
measures-ics = Додати до календаря (.ics)
measures-feed = Підписатися на річний план у календарі
measures-feed-hint = Внесіть цю адресу у свою календарну програму як підписку. Вона особиста: не передавайте її іншим. Вона працює, поки ви маєте право бачити цей процес.
measures-feed-reset = Оновити адресу (на сторінці вашого календаря)

## Filters
measures-filter = Фільтрувати заходи
measures-filter-all = Усі
measures-filter-submit = Фільтрувати
measures-filter-clear = Показати всі заходи

## Fields
measures-field-title = Захід
measures-field-title-hint = Коротко й конкретно, наприклад «Вітальний пакет п’ятьма мовами».
measures-field-description = Опис
measures-field-owner = Відповідальна особа
measures-field-owner-hint = Ім’я людини, яка про це дбає. Обліковий запис їй не потрібен.
measures-field-owner-email = Адреса електронної пошти відповідальної особи
measures-field-owner-email-hint = Тоді на початку свого місяця вона отримає нагадування.
measures-field-month = Місяць
measures-field-month-hint = Один із дванадцяти місяців планового року.
measures-field-principle = Принцип
measures-field-principle-hint = Принцип найновішої редакції, якому служить захід.
measures-field-status = Стан
measures-field-evidence = Підтвердження
measures-field-evidence-hint = Те, що показує, що захід виконано, – наприклад протокол, фото чи посилання. Потрібне, щойно захід виконано.
measures-choose-month = Будь ласка, виберіть
measures-principle-none = Місія в цілому
measures-principle-gone = Цього принципу вже немає в найновішій редакції.
measures-principle-n = Принцип { $n }
measures-owner-missing = Нікого не вказано

## Forms
measures-new-title = Внести захід
measures-edit-title = Редагувати захід
measures-plan-title = Плановий рік
measures-plan-start = Перший місяць планового року
measures-plan-start-hint = Наприклад, 2027-03 для періоду з березня 2027 до лютого 2028.
measures-plan-save = Зберегти плановий рік

## The wall calendar (PDF)
measures-pdf-subtitle = Річний план { $from } – { $to }
measures-pdf-empty = Заходів немає
measures-pdf-continued = продовження
measures-pdf-continues = Далі на наступній сторінці

## Messages
flash-measure-added = Захід внесено до річного плану.
flash-measure-status = Стан збережено.
error-measure-owner-required = Будь ласка, вкажіть, хто відповідає за захід.
error-evidence-required = Виконаному заходу потрібне підтвердження: що показує, що його здійснено?
error-month-outside-plan = Будь ласка, виберіть один із дванадцяти місяців планового року.
error-plan-measures-outside = Деякі заходи опинилися б поза цими дванадцятьма місяцями. Спочатку перенесіть їх у новий плановий рік.
error-measure-stale = Тим часом хтось інший змінив цей захід. Введені вами дані залишилися тут; перевірте їх і збережіть ще раз.
confirm-measure-remove-title = Вилучити захід «{ $title }»?
confirm-measure-remove-text = Захід зникне з річного плану «{ $process }», а також з настінного календаря й календарних підписок. Нікого не буде повідомлено.
confirm-measure-remove-submit = Так, вилучити

## Reminder mail to an owner when the month of their measure begins
mail-measure-due-subject = Річний план: «{ $title }» заплановано на { $month }
mail-measure-due-body =
    Добрий день, { $name }!

    У річному плані { $org } ви відповідаєте за цей захід, запланований на { $month }:

    { $title }
    { $details }

    Коли його буде виконано, будь ласка, повідомте команду процесу й назвіть підтвердження – наприклад протокол, фото чи посилання.

    Це нагадування надсилається один раз, на початку місяця.
mail-measure-due-principle = Принцип { $n }: { $text }
admin-outbox-kind-measure-due = Нагадування про захід у річному плані
