## The openness self-assessment: indicator sets, waves, answering, results

openness-title = Самооцінка відкритості
openness-self-assessment = Самооцінка відкритості
openness-lead = Де перебуває адміністрація на шляху міжкультурної відкритості? Раунд за раундом керівництво, працівники та погляд ззовні оцінюють ті самі індикатори. Результати показують лише групи з достатньою кількістю відповідей, без імен; з роками стає видно розвиток.
openness-mine = Ваша оцінка
openness-mine-submitted = надіслано, дякуємо
openness-mine-until = відкрито до { $date }
openness-waves = Раунди
openness-waves-empty = Раундів ще немає.
openness-wave-title = Назва
openness-wave-title-hint = Наприклад, «Самооцінка 2027».
openness-wave-period = Період
openness-wave-state = Стан
openness-wave-responses = Надіслані відповіді
openness-wave-responses-of = Надіслано: { $count } з { $total }
openness-wave-manage = Керувати раундом
openness-wave-new = Розпочати новий раунд
openness-wave-new-hint = Потім Ви створюєте групи, вносите учасників оцінювання й надсилаєте їм персональні посилання.
openness-wave-set = Набір індикаторів
openness-wave-threshold = Мінімальна кількість для результатів
openness-wave-threshold-hint = Результати групи з’являються лише від такої кількості надісланих відповідей (не менше 3, рекомендовано 5).
openness-wave-create = Створити раунд
openness-wave-settings = Налаштування раунду
openness-wave-close = Завершити раунд зараз
openness-sets-link = Переглянути набори індикаторів
openness-org-link = Раунди та результати

openness-groups = Групи та учасники оцінювання
openness-groups-hint = Групу враховують у результатах, лише якщо з неї надіслали відповіді щонайменше { $n } осіб. Тож не робіть групи замалими.
openness-groups-empty = Груп ще немає. Створіть, наприклад, групу «Керівництво», по одній групі працівників для кожної установи та групу «Погляд ззовні».
openness-group-kind = Тип групи
openness-group-kind-leadership = Керівництво
openness-group-kind-staff = Працівники
openness-group-kind-outside = Погляд ззовні
openness-group-name = Назва групи
openness-group-name-hint = Наприклад, «Бюро обслуговування громадян» або «Організація мігрантів».
openness-group-add = Створити групу
openness-group-remove = Вилучити групу
openness-group-below = менше за мінімальну кількість { $n }, не показується
openness-raters-of = Учасники оцінювання: { $group }
openness-rater = Особа
openness-rater-link = Посилання
openness-rater-state = Стан
openness-rater-has-link = Посилання надіслано
openness-rater-no-link = посилання ще немає
openness-rater-account = має й обліковий запис
openness-rater-submitted = надіслано
openness-rater-open = не надіслано
openness-rater-remove = Вилучити
openness-rater-unnamed = без імені (картка)
openness-raters-add = Додати учасників оцінювання
openness-raters-lines = Імена та адреси електронної пошти
openness-raters-lines-hint = Одна особа в рядку: «Ім’я, електронна пошта», лише ім’я або лише адреса електронної пошти.
openness-raters-unnamed = Додаткові посилання без імен
openness-raters-unnamed-hint = Для друкованих карток, наприклад для учасників «маршруту різноманіття».
openness-links = Персональні посилання
openness-links-hint = Хто має адресу електронної пошти, отримує своє посилання електронною поштою; для всіх інших надрукуйте картки. За посиланням можна відповідати без входу в систему, робити паузу й продовжувати пізніше.
openness-links-mail = { $count ->
    [one] Надіслати посилання { $count } особі
    [few] Надіслати посилання { $count } особам
    [many] Надіслати посилання { $count } особам
   *[other] Надіслати посилання { $count } особам
}
openness-links-cards = { $count ->
    [one] Надрукувати картки для { $count } особи
    [few] Надрукувати картки для { $count } осіб
    [many] Надрукувати картки для { $count } осіб
   *[other] Надрукувати картки для { $count } особи
}
openness-card-heading = Самооцінка відкритості
openness-card-hint = Відскануйте код телефоном або введіть адресу. Ваші відповіді анонімні.

openness-answer-lead = Ви відповідаєте від імені групи «{ $group }». Будь ласка, оцініть щодо кожного твердження, наскільки просунулася Ваша адміністрація.
openness-answer-anonymous = Ваші відповіді анонімні: результати показують лише групи з достатньою кількістю відповідей, без імен. Ви можете будь-коли зробити паузу й продовжити за тим самим посиланням до { $date }.
openness-answer-progress = Дано відповідь на { $answered } з { $total } тверджень
openness-answer-progress-label = Прогрес
openness-answer-steps = Огляд: що ще залишилося
openness-step-done = готово
openness-step-left = { $answered } з { $total }
openness-answer-dimension = Сфера { $n } з { $total }
openness-answer-note = Примітка
openness-answer-note-hint = Без Вашого імені її бачать усі, хто переглядає результати.
openness-answer-next = Зберегти й продовжити
openness-answer-prev = Назад
openness-answer-pause = Зберегти й продовжити пізніше
openness-answer-submit-title = Надсилання
openness-answer-submit-text = На всі твердження дано відповіді. Після надсилання Ваші відповіді враховуються, і змінити їх більше не можна.
openness-answer-submit = Надіслати відповіді
openness-answer-left = { $count ->
    [one] Ще { $count } твердження без відповіді. Виберіть сферу вгорі.
    [few] Ще { $count } твердження без відповіді. Виберіть сферу вгорі.
    [many] Ще { $count } тверджень без відповіді. Виберіть сферу вгорі.
   *[other] Ще { $count } твердження без відповіді. Виберіть сферу вгорі.
}
openness-answer-submitted = Дякуємо, Ваші відповіді надіслано.
openness-answer-submitted-text = Результати адміністрація побачить після завершення раунду — лише для груп із достатньою кількістю відповідей і без імен.
openness-answer-upcoming = Оцінювання розпочнеться { $date }.
openness-level-0 = 0 – не розпочато
openness-level-1 = 1 – перші кроки
openness-level-2 = 2 – частково впроваджено
openness-level-3 = 3 – міцно закріплено
openness-choice-unknown = Не знаю
openness-choice-na = Нас не стосується

openness-results-title = Результати
openness-results-respondents = { $count ->
    [one] { $count } особа надіслала відповіді.
    [few] { $count } особи надіслали відповіді.
    [many] { $count } осіб надіслали відповіді.
   *[other] { $count } особи надіслали відповіді.
}
openness-results-threshold = Показано лише групи, у яких щонайменше { $n } відповідей.
openness-results-hidden = Замало відповідей, тому не враховано в жодному показнику:
openness-results-none = Жодна група не набрала мінімальної кількості відповідей. Тому результатів немає.
openness-results-after = Результати з’являться після завершення раунду { $date } — так жодну окрему відповідь не можна буде визначити за зміною.
openness-results-so-far = { $count ->
    [one] Наразі надіслано { $count } відповідь.
    [few] Наразі надіслано { $count } відповіді.
    [many] Наразі надіслано { $count } відповідей.
   *[other] Наразі надіслано { $count } відповіді.
}
openness-results-overview = Огляд за сферами
openness-results-scale = Медіана за шкалою від 0 (не розпочато) до 3 (міцно закріплено). Світлофор: червоний — нижче 1,5; жовтий — від 1,5 до значень нижче 2,5; зелений — від 2,5. Різниця: погляд зсередини мінус погляд ззовні.
openness-results-groups = За групами
openness-results-trend = Розвиток за раундами
openness-results-shared = { $count ->
    [one] Порівняння за { $count } індикатором, спільним для всіх раундів.
    [few] Порівняння за { $count } індикаторами, спільними для всіх раундів.
    [many] Порівняння за { $count } індикаторами, спільними для всіх раундів.
   *[other] Порівняння за { $count } індикаторами, спільними для всіх раундів.
}
openness-results-weakest = Найслабші індикатори
openness-results-weakest-hint = Саме тут варто почати.
openness-results-distribution = Відповіді: { $dimension }
openness-results-notes = Примітки (без імен)
openness-report-download = Звіт у PDF
openness-report-page = Сторінка
openness-dimension = Сфера
openness-dimensions = Сфери
openness-indicator = Індикатор
openness-median = Медіана
openness-light = Світлофор
openness-light-none = немає даних
openness-light-red = червоний: майже не впроваджено
openness-light-yellow = жовтий: частково
openness-light-green = зелений: закріплено
openness-gap = Різниця
openness-view-self = Погляд зсередини
openness-view-outside = Погляд ззовні
openness-slot-0 = 0
openness-slot-1 = 1
openness-slot-2 = 2
openness-slot-3 = 3
openness-slot-unknown = Не знаю
openness-slot-na = Не стосується
openness-chart-views = Погляд зсередини й погляд ззовні за сферами
openness-chart-views-desc = Медіана для кожної сфери, довжина смуги 3 = міцно закріплено. Ті самі числа наведено в таблиці нижче.
openness-chart-trend = Медіана за раундами
openness-chart-trend-desc = Медіана спільних індикаторів у кожному раунді, від 0 до 3. Ті самі числа наведено в таблиці нижче.

openness-sets-title = Набори індикаторів
openness-sets-lead = Набір індикаторів описує для кожної сфери, у чому виявляється міжкультурна відкритість, за чотирма рівнями. Працівники програми копіюють і адаптують набори; набір, який використовує раунд, залишається незмінним — зміни створюють нову версію.
openness-set = Набір
openness-set-version = Версія { $n }
openness-set-version-col = Версія
openness-set-owner = Хто адаптував
openness-set-shipped = вбудований
openness-set-waves = Раунди
openness-set-older = старіша версія
openness-set-frozen = Цей набір використовує раунд, тому він залишається незмінним. Щоб унести зміни, створіть нову версію.
openness-set-new-version = Створити нову версію
openness-set-copy = Скопіювати як власний набір
openness-set-no-translation = Цей набір не має текстів Вашою мовою; вони показуються німецькою.
openness-set-languages = Мови
openness-set-language = Мова
openness-set-language-status = Стан перекладу
openness-text-status-draft = чернетка, ще не перевірено
openness-text-status-reviewed = перевірено
openness-text-mark-reviewed = Позначити як перевірене
openness-text-mark-draft = Позначити як чернетку
openness-indicator-edit = Редагувати індикатор
openness-indicator-new = Додати індикатор
openness-indicator-remove = Вилучити індикатор
openness-indicator-lang = Мова текстів
openness-indicator-lang-hint = Основа — німецька; інші мови — переклади.
openness-indicator-lang-switch = Вибрати мову
openness-indicator-base = Німецька версія
openness-indicator-statement = Твердження
openness-indicator-statement-hint = Речення, яке учасники оцінювання оцінюють щодо своєї адміністрації.

error-openness-closed = Раунд завершено або він ще не розпочався; відповіді не приймаються.
error-openness-incomplete = Будь ласка, спершу дайте відповіді на всі твердження.
error-openness-note-needs-choice = Будь ласка, виберіть також відповідь (або «Не знаю»).
error-openness-rater-line = Один із рядків не є ні ім’ям, ні адресою електронної пошти. Пишіть «Ім’я, електронна пошта».
error-openness-too-many-raters = Будь ласка, не більше 500 осіб за один раз.
error-openness-threshold-low = Щонайменше 3, щоб нікого не можна було впізнати.
error-openness-wave-too-long = Раунд триває не довше одного року.
error-openness-group-taken = У цьому раунді вже є група з такою назвою.
error-openness-group-answered = Хтось із цієї групи вже відповів; група залишається.
error-openness-set-frozen = Цей набір використовує раунд; він залишається незмінним. Створіть нову версію.
flash-openness-wave-created = Раунд створено. Тепер створіть групи.
flash-openness-wave-closed = Раунд завершено.
flash-openness-group-added = Групу створено.
flash-openness-group-removed = Групу вилучено.
flash-openness-raters-added = Учасників оцінювання внесено.
flash-openness-rater-removed = Особу вилучено.
flash-openness-links-sent = Посилання надсилаються.
flash-openness-links-none = Усі, хто має адресу електронної пошти, уже мають посилання.
flash-openness-saved = Збережено.
flash-openness-paused = Збережено. Ви можете будь-коли продовжити за тим самим посиланням.
flash-openness-submitted = Дякуємо! Ваші відповіді надіслано.
flash-openness-already-submitted = Ваші відповіді вже надіслано.
flash-openness-set-copied = Набір скопійовано. Тепер його можна адаптувати.
flash-openness-set-versioned = Нову версію створено.
flash-openness-indicator-added = Індикатор додано.
flash-openness-indicator-removed = Індикатор вилучено.

confirm-openness-wave-close-title = Завершити раунд «{ $wave }» зараз?
confirm-openness-wave-close-text = Після цього він більше не прийматиме відповідей, і з’являться результати.
confirm-openness-wave-close-submit = Так, завершити
confirm-openness-group-remove-title = Вилучити групу «{ $group }»?
confirm-openness-group-remove-text = Її учасників оцінювання та їхні посилання також буде вилучено.
confirm-openness-group-remove-submit = Так, вилучити
confirm-openness-rater-remove-title = Вилучити { $name }?
confirm-openness-rater-remove-text = Посилання тоді більше не працюватиме. Уже надіслані відповіді й далі враховуються; вони не пов’язані з цією особою.
confirm-openness-rater-remove-submit = Так, вилучити
confirm-openness-cards-title = Надрукувати картки для «{ $wave }»?
confirm-openness-cards-text = Усі, хто не має адреси електронної пошти й ще не надіслав відповіді, отримають нові посилання; раніше надруковані картки тоді більше не діятимуть. Розпочаті відповіді збережуться.
confirm-openness-cards-submit = Так, надрукувати картки
confirm-openness-indicator-remove-title = Вилучити індикатор?
confirm-openness-indicator-remove-text = «{ $statement }» буде вилучено з набору разом з усіма перекладами.
confirm-openness-indicator-remove-submit = Так, вилучити

mail-openness-link-subject = Ваша оцінка: { $wave }
mail-openness-link-body =
    Добрий день, { $name }!

    { $org } запитує, наскільки просунулася міжкультурна відкритість адміністрації. Ваша оцінка важлива. За своїм персональним посиланням Ви відповідаєте без входу в систему до { $date }; можна зробити паузу й продовжити пізніше:
    { $link }

    Ваші відповіді анонімні. Посилання належить лише Вам; будь ласка, не передавайте його іншим.
admin-outbox-kind-openness-link = Самооцінка: персональне посилання

## Weak indicators proposed as measures of the annual planner
openness-measure-hint = Запропонуйте індикатор як захід: він з’явиться в річному плані
openness-measure-propose = Запропонувати як захід
openness-measure-in-planner = є в річному плані
openness-measure-from = Із самооцінювання «{ $wave }»:
error-openness-no-planner = Пропозиції стають заходами в річному плані процесу створення місії. У цієї адміністрації ще немає річного плану; команда місії створює його в планувальнику.
flash-openness-measure-proposed = Захід додано до річного плану. Команда вирішує там, хто за нього відповідає.
flash-openness-measure-there = Цей індикатор уже є в річному плані.
error-openness-set-shipped = Набір, що постачається з ikoe, залишається незмінним. Скопіюйте його, щоб адаптувати.
error-openness-set-empty = У цьому наборі немає індикаторів.
error-openness-wave-ended = Раунд завершено, і він залишається незмінним: жодних нових груп, оцінювачів чи посилань, жодного нового періоду.
error-openness-threshold-answered = Відповіді вже надходили: мінімальна кількість може зрости, але не зменшитися.
