# Planning of series: form errors, speakers, planning board, attendance.

## Form errors of series and modules
error-at-least-one = Щонайменше 1.
error-choose-at-least-one = Будь ласка, виберіть щонайменше один варіант.
error-date = Будь ласка, введіть дату у форматі 04.03.2027.
error-datetime = Будь ласка, введіть дату й час.
error-end-before-start = Кінець має бути пізніше за початок.
error-number = Будь ласка, введіть ціле число.
error-number-range = Це число завелике або замале.
error-venue-or-online = Вкажіть місце проведення або онлайн-посилання.

## Attendance
attendance-link = Відвідуваність
attendance-title = Відвідуваність: { $title }
attendance-roll-heading = Список присутніх
attendance-empty = У цій серії ще ніхто не має місця.
attendance-present = присутність
attendance-absent = відсутність
attendance-excused = відсутність з поважної причини
attendance-save = Зберегти відвідуваність
flash-attendance-saved = Відвідуваність збережено.
attendance-checkin-heading = Самостійна реєстрація присутності
attendance-checkin-hint = Учасники й учасниці можуть самі позначити свою присутність за особистим посиланням, ввівши код, який Ви показуєте на місці, – від години до початку й до кінця модуля.
attendance-checkin-start = Створити код
attendance-checkin-show = Покажіть цей код на місці, наприклад через проєктор:
attendance-checkin-new = Створити новий код
attendance-checkin-off = Завершити реєстрацію присутності
attendance-list-heading = Список присутніх для підписів
attendance-list-hint = Роздрукуйте список, зберіть підписи на місці й завантажте скан сюди – як підтвердження для спонсорів.
attendance-list-download = Список присутніх (PDF)
attendance-list-no = №
attendance-list-signature = Підпис
attendance-list-trainer = Підпис тренера/тренерки або організатора
attendance-list-page = Сторінка
attendance-scan-present = Завантажено:
attendance-scan-field = Завантажити підписаний список
attendance-scan-hint = PDF, JPEG або PNG, не більше 10 МБ. Новий файл замінює попередній.
attendance-scan-submit = Завантажити
flash-scan-saved = Підписаний список збережено.
error-upload-too-large = Файл перевищує допустимий розмір.
error-upload-empty = Будь ласка, виберіть файл.
error-upload-type = Цей файл не є файлом PDF, JPEG чи PNG.
checkin-heading = Реєстрація присутності: { $title }
checkin-code = Код із місця проведення
checkin-code-hint = Код показують на місці, наприклад через проєктор.
checkin-submit = Позначити присутність
flash-checked-in = Вашу присутність зареєстровано.
flash-checkin-wrong-code = Код неправильний. Будь ласка, перевірте його.
flash-checkin-closed = Зараз реєстрація присутності для цього модуля неможлива.
flash-checkin-too-many = Забагато спроб. Будь ласка, зверніться до організаторів на місці.

## Completion and certificates
certificates-link = Завершення та сертифікати
certificates-title = Сертифікати: { $title }
certificates-rule = Правило завершення: { $rules }.
certificates-rule-modules = { $count ->
    [one] відвідано щонайменше { $count } модуль
    [few] відвідано щонайменше { $count } модулі
    [many] відвідано щонайменше { $count } модулів
   *[other] відвідано щонайменше { $count } модуля
}
certificates-rule-mandatory = відвідано всі обов’язкові модулі
certificates-rule-hours = { $count ->
    [one] щонайменше { $count } навчальна година
    [few] щонайменше { $count } навчальні години
    [many] щонайменше { $count } навчальних годин
   *[other] щонайменше { $count } навчальної години
}
certificates-rule-all = відвідано всі модулі
certificates-progress = Прогрес учасників і учасниць
certificates-completed = Завершено
certificates-certificate = Сертифікат
certificates-revoke-reason = Причина відкликання
certificates-revoke = Відкликати
certificates-issue-heading = Видача сертифікатів
certificates-to-issue = { $count ->
    [0] Усі, хто завершив навчання, уже мають сертифікат.
    [one] { $count } особа завершила навчання й ще не має сертифіката.
    [few] { $count } особи завершили навчання й ще не мають сертифіката.
    [many] { $count } осіб завершили навчання й ще не мають сертифіката.
   *[other] { $count } особи завершили навчання й ще не мають сертифіката.
}
certificates-field-locale = Мова сертифіката
certificates-field-locale-hint = Назву серії буде подано цією мовою, якщо для неї є переклад.
certificates-field-place = Місце видачі
certificates-issue-submit = Видати сертифікати й повідомити учасників і учасниць
certificates-revoked-heading = Відкликані сертифікати
flash-certificates-issued = Сертифікати видано; учасники й учасниці отримають електронний лист.
flash-certificates-none = Нових сертифікатів для видачі не було.
flash-certificate-revoked = Сертифікат відкликано. Ви можете видати новий.
certificate-heading = Сертифікат про участь
certificate-intro = за успішну участь у серії навчальних курсів
certificate-modules = Відвідані модулі
certificate-col-date = Дата
certificate-col-module = Модуль і теми
certificate-col-hours = Години
certificate-total = Усього навчальних годин
certificate-annex-heading = Додаток: відвідані модулі
certificate-annex-note = Відвідані модулі ({ $count }, разом { $hours } навчальних годин) наведено в додатку.
certificate-verify = Перевірити справжність:
registration-certificate-link = Завантажити Ваш сертифікат (PDF)
verify-title = Перевірка сертифіката
verify-code = Код перевірки
verify-code-hint = Код зазначено внизу сертифіката, наприклад K7P2-9XQM-4TRA.
verify-submit = Перевірити
verify-valid = Цей сертифікат дійсний.
verify-revoked = Цей сертифікат відкликано.
verify-revoked-on = Відкликано { $date }.
verify-unknown = Сертифіката з таким кодом не існує.
verify-unknown-hint = Перевірте, чи немає в коді помилок.
verify-participant = Кому видано
verify-series = Серія курсів
verify-issuer = Ким видано
verify-issued = Дата видачі
verify-hours = Навчальні години
mail-certificate-issued-subject = Ваш сертифікат: { $series }
mail-certificate-issued-body =
    Добрий день, { $name }!

    Щиро вітаємо: Ви завершили «{ $series }». Ваш сертифікат про участь можна завантажити тут:
    { $link }

## Speakers and the planning board
series-org-link = Планувати серії курсів і керувати ними
speakers-link = Тренери й тренерки
speakers-title = Тренери й тренерки: { $org }
speakers-empty = У довіднику ще немає тренерів і тренерок.
speakers-add-heading = Додати тренера/тренерку
speakers-edit-heading = Редагувати дані тренера/тренерки
speakers-field-email-hint = Запити надходитимуть на цю адресу. Обліковий запис не потрібен.
speakers-field-topics = Теми
speakers-field-bio = Коротка біографія
flash-speaker-added = Особу додано до довідника.
error-speaker-exists = Ця адреса електронної пошти вже є в довіднику.
module-speakers-title = Тренери й тренерки для «{ $title }»
module-speakers-requests = Запити
module-speakers-none = Ще нікому не надіслано запит.
module-speakers-deadline = Відповідь до { $date }
module-speakers-withdraw = Відкликати
module-speakers-ask = Надіслати запит тренеру/тренерці
module-speakers-directory-empty = Спершу додайте тренерів і тренерок до довідника.
module-speakers-field-speaker = Тренер/тренерка
module-speakers-field-deadline = Відповідь до
module-speakers-field-deadline-hint = До цієї дати кожні три дні надсилатиметься нагадування; після неї запит стане недійсним.
module-speakers-field-message = Особисте повідомлення
module-speakers-submit = Надіслати запит
flash-speaker-asked = Запит надіслано.
error-deadline-past = Ця дата вже минула.
error-module-cancelled = Цей модуль скасовано.
error-speaker-double-booked = Цій особі вже надіслано запит щодо іншого модуля в той самий час, або вона вже погодилася його провести.
error-speaker-already-asked = Цій особі вже надіслано запит щодо цього модуля.
request-status-asked = запит надіслано
request-status-confirmed = погоджено
request-status-declined = відмова
request-status-expired = термін минув без відповіді
request-status-withdrawn = відкликано
speaker-answer-title = Запит: { $title }
speaker-answer-deadline = Будь ласка, дайте відповідь до { $date }.
speaker-answer-confirm = Так, я проведу цей модуль
speaker-answer-decline = Ні, на жаль, не можу
speaker-answer-thanks = Щиро дякуємо за згоду! Організатори зв’яжуться з Вами щодо подробиць.
speaker-answer-closed = На цей запит уже відповіли, або він більше не актуальний.
flash-speaker-confirmed = Дякуємо за згоду!
flash-speaker-declined = Шкода – Вашу відмову отримано. Дякуємо за відповідь.
flash-speaker-closed = Цей запит більше не актуальний.
board-link = Дошка планування
board-title = Дошка планування: { $org }
board-intro = Усі модулі на наступні 24 місяці зі статусом тренерів і тренерок – так легко помітити прогалини.
board-gaps = { $count ->
    [0] Для всіх модулів є згода або відкритий запит.
    [one] { $count } модуль без тренера чи тренерки.
    [few] { $count } модулі без тренера чи тренерки.
    [many] { $count } модулів без тренера чи тренерки.
   *[other] { $count } модуля без тренера чи тренерки.
}
board-clashes = { $count ->
    [one] У { $count } модулі хтось має подвійне бронювання.
    [few] У { $count } модулях хтось має подвійне бронювання.
    [many] У { $count } модулях хтось має подвійне бронювання.
   *[other] У { $count } модуля хтось має подвійне бронювання.
}
board-show-gaps = Показати лише прогалини
board-show-all = Показати всі модулі
board-empty = На наступні 24 місяці модулів немає.
board-speakers = Тренери й тренерки
board-state = Статус
board-state-open = відкрито
board-state-asked = запит надіслано
board-state-confirmed = погоджено
board-state-declined = відмова – надішліть новий запит
board-clash = Увага: { $name } має інше бронювання на той самий час.
mail-speaker-request-subject = Запит: { $module } ({ $series })
mail-speaker-request-body =
    Добрий день, { $name }!

    { $asker } запитує, чи могли б Ви провести модуль «{ $module }» серії курсів «{ $series }», запланований на { $when }.
    { $message }
    Будь ласка, дайте згоду або відмовтеся за цим посиланням (обліковий запис не потрібен), за можливості до { $deadline }:
    { $link }
mail-speaker-reminder-subject = Нагадування: запит щодо { $module } ({ $series })
mail-speaker-reminder-body =
    Добрий день, { $name }!

    Ми ще не отримали відповіді на наш запит щодо модуля «{ $module }» серії «{ $series }», запланованого на { $when }.
    Будь ласка, дайте згоду або відмовтеся до { $deadline } за цим посиланням:
    { $link }
mail-speaker-confirmed-subject = Згода: { $speaker } – { $module }
mail-speaker-confirmed-body =
    Отримано згоду: { $speaker } проведе модуль «{ $module }», запланований на { $when }.
mail-speaker-declined-subject = Відмова: { $speaker } – { $module }
mail-speaker-declined-body =
    Отримано відмову: { $speaker } не зможе провести модуль «{ $module }», запланований на { $when }. Дошка планування показує цю прогалину.
certificates-none-completed = Ще ніхто не завершив цикл.
certificates-missing = Бракує:
certificates-missing-modules =
    { $count ->
        [one] { $count } модуля
       *[other] { $count } модулів
    }
certificates-missing-mandatory =
    { $count ->
        [one] { $count } обов’язкового модуля
       *[other] { $count } обов’язкових модулів
    }
certificates-missing-hours =
    { $count ->
        [one] { $count } години
       *[other] { $count } годин
    }
