# Qualification series: catalogue, series pages, registration, staff pages.

nav-series = Навчання
actions = Дії
back = Назад
cancel = Скасувати
edit = Редагувати

## Kinds, visibility, status, target groups
series-kind-trainer = Підготовка тренерів
series-kind-volunteer = Курс для волонтерів
series-kind-apprentice = Воркшоп для учнів професійного навчання
series-kind-expert_day = Фахова конференція
series-visibility-public = Публічна
series-visibility-members = Лише для учасників організації
series-visibility-invitation = Лише за посиланням-запрошенням
series-status-active = Активна
series-status-cancelled = Скасована
target-group-administration = Працівники адміністрації
target-group-volunteers = Волонтери
target-group-newcomers = Новоприбулі мігранти
target-group-trainers = Тренери
target-group-apprentices = Учні професійного навчання
target-group-multipliers = Мультиплікатори

## Catalogue
catalogue-title = Навчальні курси
catalogue-filter-label = Фільтрувати курси
catalogue-filter-group = Цільова група
catalogue-filter-month = Місяць
catalogue-filter-language = Мова
catalogue-count = { $count ->
    [one] { $count } курс
    [few] { $count } курси
    [many] { $count } курсів
   *[other] { $count } курсу
}
catalogue-empty = Жоден курс не відповідає цим фільтрам.
catalogue-modules = { $count ->
    [one] { $count } модуль
    [few] { $count } модулі
    [many] { $count } модулів
   *[other] { $count } модуля
}
catalogue-full = Місць немає – список очікування
catalogue-back = Назад до курсів

## Staff: series
series-heading = Серії курсів
series-org-title = Серії курсів: { $org }
series-org-empty = Ще немає жодної серії курсів. Створіть першу.
series-new-title = Нова серія курсів
series-edit-title = Редагування: { $title }
series-edit-link = Налаштування й тексти
series-copy-link = Скопіювати для наступного набору
series-public-link = Публічна сторінка
series-manage-link = Керувати серією
series-texts-heading = Назва й опис
series-texts-hint = Німецька мова обов’язкова. Інші мови необов’язкові; якщо тексту якоюсь мовою немає, показується німецький текст.
series-field-title = Назва
series-field-summary = Опис
series-settings-heading = Тип і цільові групи
series-field-kind = Тип
series-field-visibility = Видимість
series-field-visibility-hint = Серії з налаштуванням «Лише за посиланням-запрошенням» не відображаються в каталозі.
series-field-target-groups = Цільові групи
series-field-languages = Мови навчання
series-registration-heading = Реєстрація
series-field-capacity = Місця
series-field-capacity-hint = Хто реєструється, коли всі місця зайняті, потрапляє до списку очікування.
series-field-deadline = Кінцевий термін реєстрації
series-field-deadline-hint = Зареєструватися можна до кінця цього дня.
series-field-manual-approval = Підтверджувати реєстрації самостійно
series-field-manual-approval-hint = Нові реєстрації чекають на Ваше схвалення, перш ніж отримати місце.
series-rule-heading = Завершення
series-rule-hint = Коли учасник вважається таким, що завершив серію. Якщо нічого не вказано: відвідано всі модулі.
series-field-min-modules = Щонайменше стільки модулів
series-field-all-mandatory = Відвідано всі обов’язкові модулі
series-field-min-hours = Щонайменше стільки навчальних годин
series-dates = Період
series-no-modules = Ще немає модулів
series-seats = Місця
series-seats-taken = { $count ->
    [one] { $count } місце зайнято
    [few] { $count } місця зайнято
    [many] { $count } місць зайнято
   *[other] { $count } місця зайнято
}
series-seats-left = Вільні місця
series-waiting = Список очікування
series-pending = Очікують на схвалення
series-waiting-list-open = Можна зареєструватися до списку очікування
series-invite-link = Посилання-запрошення
series-organiser = Організатор
series-copy-title = Копіювання: { $title }
series-copy-intro = Копія містить тексти, налаштування та всі модулі (без реєстрацій). Модулі буде зсунуто на стільки днів, щоб перший із них починався у вибраний день.
series-copy-first = Зараз перший модуль починається { $date }.
series-copy-field-starts = Перший день нового набору
series-copy-field-starts-hint = Час залишається незмінним.
series-copy-submit = Створити копію
flash-series-created = Серію курсів створено. Тепер додайте модулі.
flash-series-copied = Копію створено. Перевірте назву й дати.

## Staff: modules
modules-heading = Модулі
modules-empty = Ще немає модулів.
module-new-title = Додати модуль
module-edit-title = Редагувати модуль
module-field-title = Назва
module-field-topics = Теми
module-field-topics-hint = Одна тема в кожному рядку.
module-field-starts = Початок
module-field-ends = Кінець
module-field-time-hint = Дата й час (за німецьким часом).
module-field-venue = Місце проведення
module-field-venue-hint = Адреса місця проведення. Залиште поле порожнім, якщо модуль проходить лише онлайн.
module-field-access = Доступність місця проведення
module-field-access-hint = Наприклад: вхід без сходинок, туалет, пристосований для крісла колісного, індукційна петля.
module-field-online = Онлайн-посилання
module-field-online-hint = Лише посилання https. Учасники бачать його після реєстрації.
module-field-hours = Навчальні години
module-field-hours-hint = Враховується для правила завершення та сертифіката.
module-field-mandatory = Обов’язковий модуль
module-when = Дата й час
module-hours = { $count ->
    [one] { $count } навчальна година
    [few] { $count } навчальні години
    [many] { $count } навчальних годин
   *[other] { $count } навчальної години
}
module-mandatory = Обов’язковий модуль
module-cancelled = Скасовано
module-past = Минув
series-cta-seats =
    { $count ->
        [one] Залишилося { $count } місце
        [few] Залишилося { $count } місця
       *[other] Залишилося { $count } місць
    }
series-cta-waiting-list = Усі місця зайнято – вас буде внесено до списку очікування
series-cta-deadline = Реєстрація до { $date }
series-cta-register = Зареєструватися
series-begun-reachable = Цикл уже розпочався: відбулося { $past } з { $total } модулів. Якщо ви приєднаєтеся зараз і відвідаєте всі наступні модулі, ви ще можете отримати сертифікат.
series-begun-unreachable = Цикл уже розпочався: відбулося { $past } з { $total } модулів. Ви можете відвідати наступні модулі, але новим учасникам сертифікат цього циклу вже недоступний.
module-online = Онлайн
module-cancel-link = Скасувати
module-cancel-title = Скасувати модуль «{ $title }»
module-cancel-warning = { $count ->
    [0] На цю серію ще ніхто не зареєструвався.
    [one] { $count } зареєстрований учасник отримає повідомлення про скасування електронною поштою.
    [few] { $count } зареєстровані учасники отримають повідомлення про скасування електронною поштою.
    [many] { $count } зареєстрованих учасників отримають повідомлення про скасування електронною поштою.
   *[other] { $count } зареєстрованого учасника отримають повідомлення про скасування електронною поштою.
}
module-cancel-submit = Скасувати модуль
flash-module-added = Модуль додано.
flash-module-cancelled = Модуль скасовано; зареєстрованих учасників буде повідомлено.

## Registration
register-heading = Реєстрація
register-closed = Реєстрація на цю серію більше неможлива.
register-full-hint = Усі місця зайнято. Якщо Ви зареєструєтеся зараз, то потрапите до списку очікування й автоматично отримаєте місце, щойно воно звільниться.
register-email-hint = Ви отримаєте електронний лист із посиланням для підтвердження реєстрації.
register-field-affiliation = Організація або установа
register-field-target-group = Я беру участь як
register-field-consent = Підтверджую ознайомлення з інформацією про захист даних і погоджуюся на обробку моїх даних для цього навчального курсу.
register-submit = Зареєструватися
figures-heading = Добровільні дані для статистики
figures-hint = Ці дані добровільні й анонімні: їх лише підраховують і не зберігають разом із Вашим ім’ям. Спонсори навчального курсу отримують лише загальні суми.
figures-no-answer = Не вказувати
figures-age-label = Вік
figures-age-under_27 = до 27 років
figures-age-27_49 = від 27 до 49 років
figures-age-50_plus = 50 років і більше
figures-migration-label = Історія імміграції
figures-migration-own = власна імміграція
figures-migration-parents = щонайменше один із батьків іммігрував
figures-migration-none = немає
error-registration-closed = Реєстрацію на цю серію закрито.
error-already-registered = Цю адресу електронної пошти вже зареєстровано на цю серію. Ваше особисте посилання є в листі з підтвердженням.
error-rate-limited = Забагато реєстрацій із цього підключення. Будь ласка, спробуйте ще раз за годину.
registration-check-mail-title = Будь ласка, підтвердьте реєстрацію
registration-check-mail-body = Ми надіслали Вам електронний лист. Відкрийте посилання в ньому протягом { $hours ->
    [one] { $hours } години
    [few] { $hours } годин
    [many] { $hours } годин
   *[other] { $hours } години
}, щоб підтвердити реєстрацію. Лише після цього вона буде дійсною.
registration-title = Ваша реєстрація: { $title }
registration-status = Статус
registration-status-unconfirmed = Ще не підтверджено
registration-status-pending = Підтверджено, очікує на схвалення організаторів
registration-status-confirmed = Місце гарантовано
registration-status-waiting = У списку очікування
registration-status-cancelled = Реєстрацію скасовано
registration-confirm-hint = Будь ласка, підтвердьте, що Ви бажаєте зареєструватися.
registration-confirm-submit = Підтвердити реєстрацію
registration-expired = Термін дії цього посилання для підтвердження закінчився. Будь ласка, зареєструйтеся ще раз.
registration-again = Зареєструватися ще раз
registration-cancel-link = Скасувати реєстрацію на цей курс
registration-cancel-warning = Ви справді бажаєте скасувати реєстрацію? Ваше місце отримає наступна особа зі списку очікування.
registration-cancel-submit = Так, скасувати реєстрацію
registration-series-link = До сторінки курсу
flash-registered = Вас зареєстровано.
flash-registration-confirmed = Дякуємо! Ваше місце гарантовано.
flash-registration-waiting = Дякуємо! Ви в списку очікування й автоматично отримаєте місце, щойно воно звільниться.
flash-registration-pending = Дякуємо! Організатори перевірять Вашу реєстрацію та зв’яжуться з Вами.
flash-registration-cancelled = Вашу реєстрацію скасовано.

## Staff: participants
participants-link = Учасники
participants-title = Учасники: { $title }
participants-empty = Ще немає реєстрацій.
participants-approve = Схвалити
participants-cancel = Скасувати реєстрацію
participants-add-heading = Зареєструвати особу вручну
participants-add-submit = Зареєструвати
flash-participant-added = Особу зареєстровано, вона отримає електронний лист.
flash-participant-approved = Реєстрацію схвалено.
flash-participant-cancelled = Реєстрацію особи скасовано.

## Mails
mail-registration-confirm-subject = Будь ласка, підтвердьте: реєстрація на { $series }
mail-registration-confirm-body =
    Добрий день, { $name }!

    Ви зареєструвалися на «{ $series }». Будь ласка, підтвердьте реєстрацію протягом { $hours ->
        [one] { $hours } години
        [few] { $hours } годин
        [many] { $hours } годин
       *[other] { $hours } години
    } за цим посиланням:
    { $link }

    За цим самим посиланням Ви згодом зможете переглянути статус реєстрації та скасувати її.
    Якщо Ви не реєструвалися, проігноруйте цей лист; тоді нічого не буде збережено.
mail-registration-confirmed-subject = Ваше місце гарантовано: { $series }
mail-registration-confirmed-body =
    Добрий день, { $name }!

    Ваше місце на «{ $series }» гарантовано. Дати, місця проведення та можливість скасувати реєстрацію Ви знайдете тут:
    { $link }
mail-registration-waiting-subject = Список очікування: { $series }
mail-registration-waiting-body =
    Добрий день, { $name }!

    Усі місця на «{ $series }» зайнято. Ви в списку очікування й автоматично отримаєте місце, щойно хтось скасує участь; тоді ми Вам напишемо.
    Статус і скасування реєстрації:
    { $link }
mail-registration-pending-subject = Реєстрацію отримано: { $series }
mail-registration-pending-body =
    Добрий день, { $name }!

    Вашу реєстрацію на «{ $series }» отримано. Організатори перевірять її та зв’яжуться з Вами.
    Статус і скасування реєстрації:
    { $link }
mail-registration-moved-up-subject = Звільнилося місце: { $series }
mail-registration-moved-up-body =
    Добрий день, { $name }!

    Гарна новина: на «{ $series }» звільнилося місце, і Ви перейшли зі списку очікування до учасників. Ваше місце гарантовано.
    Якщо Ви більше не можете взяти участь, будь ласка, скасуйте реєстрацію тут, щоб місце отримав хтось інший:
    { $link }
mail-registration-cancelled-subject = Скасування реєстрації підтверджено: { $series }
mail-registration-cancelled-body =
    Добрий день, { $name }!

    Вашу реєстрацію на «{ $series }» скасовано.
    { $link }
mail-registration-again-subject = Ви вже зареєстровані: { $series }
mail-registration-again-body =
    Вітаємо, { $name }!

    Хтось щойно ще раз зареєстрував цю адресу електронної пошти на «{ $series }». Ви там уже зареєстровані; другої реєстрації немає.
    Вашу реєстрацію зі статусом, скасуванням і календарем можна знайти тут:
    { $link }

    Якщо це були не ви, просто видаліть цей лист.
mail-module-cancelled-subject = Скасовано: { $module } ({ $series })
mail-module-cancelled-body =
    Добрий день, { $name }!

    На жаль, модуль «{ $module }» серії «{ $series }», запланований на { $when }, не відбудеться.
    Ваша реєстрація на серію залишається чинною. Статус і дати:
    { $link }

speaker-former = колишній доповідач
registration-data-heading = Ваші дані
registration-data-download = Завантажити мої дані (JSON)
registration-data-delete = Видалити мої дані
delete-data-title = Видалити мої дані
delete-data-warning = Ваше ім'я, адресу електронної пошти та дані цієї реєстрації буде видалено, реєстрацію скасовано, а це особисте посилання більше не працюватиме. Це не можна скасувати.
delete-data-others = З цією адресою є ще { $count } реєстрацій; їх теж буде видалено.
delete-data-kept = Залишаються лише анонімні цифри для статистики курсу. Виданий сертифікат можна перевірити без вашого імені; його PDF потім уже не створити – завантажте його заздалегідь.
delete-data-submit = Так, видалити мої дані
flash-data-deleted = Ваші дані видалено.
verify-name-not-kept = не збережено (особа видалила свої дані)
verify-name-heading = Перевірити ім'я
verify-name = Ім'я на сертифікаті
verify-name-hint = Так, як надруковано на сертифікаті. Ми повідомимо лише, чи воно збігається.
verify-name-submit = Перевірити ім'я
verify-name-matches = Ім'я збігається із сертифікатом.
verify-name-differs = Ім'я не збігається із сертифікатом.
verify-name-limited = Забагато спроб. Спробуйте знову за годину.

# Підпис і примітка про фінансування на свідоцтвах
series-signing-heading = Свідоцтво
series-signing-hint = Що стоїть на свідоцтвах цієї серії під лінією підпису та внизу сторінки. Якщо нічого не вказано, там друкується назва організації.
series-field-signatory-name = Хто підписує
series-field-signatory-name-hint = Ім’я так, як воно має стояти під лінією підпису, напр. «д-р Петра Шульц». Один рядок, не більше 120 символів.
series-field-signatory-role = Посада
series-field-signatory-role-hint = Друкується під ім’ям, напр. «Керівництво проєкту». Один рядок, не більше 120 символів.
series-field-funding-notice = Примітка про фінансування
series-field-funding-notice-hint = Друкується дрібно внизу кожного свідоцтва, напр. «За фінансової підтримки землі Саксонія-Ангальт». Не більше 400 символів.
error-funding-notice-too-long = Примітка про фінансування не вміщується на свідоцтво повністю: там є місце щонайбільше для 8 рядків дрібним шрифтом. Будь ласка, скоротіть її.
