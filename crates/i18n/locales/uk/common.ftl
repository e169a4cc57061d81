app-name = ikoe
skip-to-content = Перейти до основного вмісту
nav-label = Головна навігація
nav-home = Головна
nav-orgs = Організації
nav-profile = Мій обліковий запис
nav-admin = Адміністрування
nav-login = Увійти
nav-logout = Вийти
lang-switch-label = Вибрати мову
breadcrumbs-label = Навігаційний ланцюжок
footer-label = Нижня частина сторінки
footer-imprint = Вихідні дані
footer-privacy = Захист даних
footer-accessibility = Заява про доступність
footer-barrier-report = Повідомити про проблему доступності
pagination-label = Сторінки
pagination-prev = Попередня сторінка
pagination-next = Наступна сторінка
pagination-page = Сторінка
optional = необов’язково
choose = Будь ласка, виберіть
filter-any = Усі
save = Зберегти
yes = так
no = ні
home-title = Ласкаво просимо до ikoe
home-lead = Платформа для міжкультурної відкритості публічної адміністрації: підвищення кваліфікації, налагодження зв’язків і участь — в одному місці.
home-my-orgs = Мої організації
home-no-orgs = Ви ще не входите до жодної організації. Адміністратор Вашої організації може Вас запросити.
home-manage-members = Керувати учасниками
home-profile-link = Мій обліковий запис
home-about-title = Про платформу
home-org-count = { $count ->
    [one] { $count } організація в каталозі
    [few] { $count } організації в каталозі
    [many] { $count } організацій в каталозі
   *[other] { $count } організації в каталозі
}
error-summary-title = Виникла проблема
error-prefix = Помилка:
error-required = Будь ласка, заповніть це поле.
error-too-long = Текст задовгий.
error-control-chars = Будь ласка, не використовуйте розриви рядків або керувальні символи.
error-stacked-marks = Будь ласка, не ставте більше чотирьох наголосів чи діакритичних знаків над однією літерою.
error-email = Будь ласка, введіть адресу електронної пошти, наприклад name@beispiel.de.
error-url = Будь ласка, введіть вебадресу, що починається з https://.
error-choose-option = Будь ласка, виберіть один із варіантів.
error-internal = Не вдалося виконати дію. Будь ласка, спробуйте ще раз.
error-too-many-attempts = Забагато спроб. Будь ласка, зачекайте 15 хвилин і спробуйте ще раз.
error-stale = Тим часом хтось інший змінив ці дані. Перевірте введені дані та збережіть їх ще раз.
error-page-home-link = На головну сторінку
error-page-bad-request-title = Неповний запит
error-page-bad-request-text = Форма надійшла неповною. Поверніться, оновіть сторінку й надішліть її ще раз.
error-page-not-found-title = Сторінку не знайдено
error-page-not-found-text = Такої сторінки немає або вже немає. Перевірте адресу.
error-page-forbidden-title = Немає доступу
error-page-forbidden-text = У Вас немає дозволу на доступ до цієї сторінки. Зверніться до адміністратора Вашої організації.
error-page-csrf-title = Термін дії форми закінчився
error-page-csrf-text = Форма вже була недійсною, тому нічого не збережено. Поверніться назад, перезавантажте сторінку та надішліть форму ще раз — зазвичай введені Вами дані там ще є.
error-page-rate-limited-title = Забагато запитів
error-page-rate-limited-text = Будь ласка, зачекайте трохи й спробуйте ще раз.
error-page-internal-title = Сталася помилка
error-page-internal-text = Перепрошуємо, щось пішло не так. Нічого не змінено. Будь ласка, спробуйте пізніше.
flash-saved = Збережено.
error-page-too-large-title = Забагато даних
error-page-too-large-text = Форма містила більше тексту, ніж приймає ikoe. Нічого не збережено. Скоротіть текст і надішліть знову.

# start page, header menu, lists (issue 11)
home-personal-lead = Що на вас чекає далі.
home-tasks = Що на вас чекає
home-pending-total = { $count ->
    [one] { $count } реєстрація чекає на ваше схвалення.
    [few] { $count } реєстрації чекають на ваше схвалення.
   *[other] { $count } реєстрацій чекають на ваше схвалення.
}
home-pending = { $count ->
    [one] { $count } реєстрація чекає на схвалення
    [few] { $count } реєстрації чекають на схвалення
   *[other] { $count } реєстрацій чекають на схвалення
}
home-open-slots = { $count ->
    [one] { $count } модуль ще без доповідача
    [few] { $count } модулі ще без доповідача
   *[other] { $count } модулів ще без доповідача
}
home-next = Мої найближчі заняття
home-next-empty = Зараз ви не зареєстровані на жоден курс.
home-next-module = Наступний модуль:
home-all-registrations = Усі мої реєстрації
home-find-series = Знайти курси
home-spaces = Мої простори
home-spaces-empty = Ви ще не належите до жодного простору.
home-new-posts = { $count ->
    [one] { $count } новий допис
    [few] { $count } нові дописи
   *[other] { $count } нових дописів
}
home-search-label = Пошук курсів
home-search-submit = Шукати
home-open = Зараз відкрита реєстрація
home-open-empty = Зараз немає курсів із відкритою реєстрацією.
home-free-seats = { $count ->
    [one] Залишилося { $count } місце
    [few] Залишилося { $count } місця
   *[other] Залишилося { $count } місць
}
home-more-series = Переглянути всі курси
catalogue-search = Пошуковий запит
nav-menu = Меню
list-separator = {", "}
table-scroll-hint = Таблиця ширша за екран: гортайте вбік, щоб побачити всі стовпці.
# states, districts and district-free cities (crates/ikoe/src/regions.rs)
region-DE-BW = Баден-Вюртемберг
region-DE-BY = Баварія
region-DE-BE = Берлін
region-DE-BB = Бранденбург
region-DE-HB = Бремен
region-DE-HH = Гамбург
region-DE-HE = Гессен
region-DE-MV = Мекленбург-Передня Померанія
region-DE-NI = Нижня Саксонія
region-DE-NW = Північний Рейн-Вестфалія
region-DE-RP = Рейнланд-Пфальц
region-DE-SL = Саар
region-DE-SN = Саксонія
region-DE-ST = Саксонія-Ангальт
region-ST-SAW = Альтмарк-Зальцведель
region-ST-ABI = Ангальт-Біттерфельд
region-ST-BK = Берде
region-ST-BLK = Бургенланд
region-ST-HZ = Гарц
region-ST-JL = Єріховер-Ланд
region-ST-MSH = Мансфельд-Зюдгарц
region-ST-SK = Заалекрайс
region-ST-SLK = Зальцланд
region-ST-SDL = Штендаль
region-ST-WB = Віттенберг
region-ST-DE = Дессау-Рослау
region-ST-HAL = Галле (Заале)
region-ST-MD = Магдебург
region-DE-SH = Шлезвіг-Гольштейн
region-DE-TH = Тюрингія
