# The annual planner of a Leitbild process (Jahresplaner): measures with owner, month, status and evidence.

measures-title = Годовой план
measures-lead = Меры из третьего семинара – у каждой есть ответственный, месяц и принцип, которому она служит, – отслеживаются, пока не будут выполнены.
measures-year = Плановый год
measures-no-plan = У годового плана ещё нет планового года. Команда процесса ниже указывает, с какого месяца он начинается; после этого можно вносить меры.
measures-empty = В годовом плане пока нет мер.
measures-empty-filtered = Ни одна мера не соответствует этому фильтру.

## Status
measures-status-open = открыта
measures-status-progress = в работе
measures-status-done = выполнена
measures-status-now = Текущее состояние
measures-status-change = Изменить состояние
measures-status-title = Изменить состояние

## Actions and files
measures-add = Внести меру
measures-pdf = Настенный календарь (PDF, A3)
measures-ics = Добавить в календарь (.ics)
measures-feed = Подписаться на годовой план в календаре
measures-feed-hint = Внесите этот адрес в свою программу-календарь как подписку. Он личный: не передавайте его другим. Он работает, пока вам разрешено видеть этот процесс.
measures-feed-reset = Обновить адрес (на странице вашего календаря)

## Filters
measures-filter = Фильтровать меры
measures-filter-all = Все
measures-filter-submit = Фильтровать
measures-filter-clear = Показать все меры

## Fields
measures-field-title = Мера
measures-field-title-hint = Кратко и конкретно, например «Приветственный пакет на пяти языках».
measures-field-description = Описание
measures-field-owner = Ответственный
measures-field-owner-hint = Имя человека, который этим занимается. Учётная запись ему не нужна.
measures-field-owner-email = Адрес электронной почты ответственного
measures-field-owner-email-hint = Тогда в начале своего месяца он получит напоминание.
measures-field-month = Месяц
measures-field-month-hint = Один из двенадцати месяцев планового года.
measures-field-principle = Принцип
measures-field-principle-hint = Принцип самой новой редакции, которому служит мера.
measures-field-status = Состояние
measures-field-evidence = Подтверждение
measures-field-evidence-hint = То, что показывает, что мера выполнена, – например протокол, фото или ссылка. Нужно, как только мера выполнена.
measures-choose-month = Пожалуйста, выберите
measures-principle-none = Миссия в целом
measures-principle-gone = Этого принципа больше нет в самой новой редакции.
measures-principle-n = Принцип { $n }
measures-owner-missing = Никто не указан

## Forms
measures-new-title = Внести меру
measures-edit-title = Изменить меру
measures-plan-title = Плановый год
measures-plan-start = Первый месяц планового года
measures-plan-start-hint = Например, 2027-03 для периода с марта 2027 по февраль 2028.
measures-plan-save = Сохранить плановый год

## The wall calendar (PDF)
measures-pdf-subtitle = Годовой план { $from } – { $to }
measures-pdf-empty = Мер нет
measures-pdf-continued = продолжение
measures-pdf-continues = Продолжение на следующей странице

## Messages
flash-measure-added = Мера внесена в годовой план.
flash-measure-status = Состояние сохранено.
error-measure-owner-required = Пожалуйста, укажите, кто отвечает за меру.
error-evidence-required = Выполненной мере нужно подтверждение: что показывает, что она осуществлена?
error-month-outside-plan = Пожалуйста, выберите один из двенадцати месяцев планового года.
error-plan-measures-outside = Некоторые меры оказались бы вне этих двенадцати месяцев. Сначала перенесите их в новый плановый год.
error-measure-stale = Тем временем кто-то другой изменил эту меру. Введённые вами данные остались здесь; проверьте их и сохраните снова.
confirm-measure-remove-title = Удалить меру «{ $title }»?
confirm-measure-remove-text = Мера исчезнет из годового плана «{ $process }», а также из настенного календаря и календарных подписок. Никто не будет уведомлён.
confirm-measure-remove-submit = Да, удалить

## Reminder mail to an owner when the month of their measure begins
mail-measure-due-subject = Годовой план: «{ $title }» запланировано на { $month }
mail-measure-due-body =
    Здравствуйте, { $name }!

    В годовом плане { $org } вы отвечаете за эту меру, запланированную на { $month }:

    { $title }
    { $details }

    Когда она будет выполнена, пожалуйста, сообщите команде процесса и назовите подтверждение – например протокол, фото или ссылку.

    Это напоминание отправляется один раз, в начале месяца.
mail-measure-due-principle = Принцип { $n }: { $text }
admin-outbox-kind-measure-due = Напоминание о мере в годовом плане
