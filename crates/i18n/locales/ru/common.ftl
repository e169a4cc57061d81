app-name = ikoe
skip-to-content = Перейти к основному содержимому
nav-label = Главная навигация
nav-home = Главная
nav-orgs = Организации
nav-profile = Моя учётная запись
nav-admin = Администрирование
nav-login = Войти
nav-logout = Выйти
lang-switch-label = Выбрать язык
breadcrumbs-label = Навигационная цепочка
footer-label = Нижняя часть страницы
footer-imprint = Выходные данные
footer-privacy = Защита данных
footer-accessibility = Заявление о доступности
footer-barrier-report = Сообщить о проблеме доступности
pagination-label = Страницы
pagination-prev = Предыдущая страница
pagination-next = Следующая страница
pagination-page = Страница
optional = необязательно
choose = Пожалуйста, выберите
filter-any = Все
save = Сохранить
yes = да
no = нет
home-title = Добро пожаловать в ikoe
home-lead = Платформа для межкультурной открытости органов публичного управления: повышение квалификации, налаживание связей и участие — в одном месте.
home-my-orgs = Мои организации
home-no-orgs = Вы пока не состоите ни в одной организации. Администратор Вашей организации может Вас пригласить.
home-manage-members = Управлять участниками
home-profile-link = Моя учётная запись
home-about-title = О платформе
home-org-count = { $count ->
    [one] { $count } организация в каталоге
    [few] { $count } организации в каталоге
    [many] { $count } организаций в каталоге
   *[other] { $count } организации в каталоге
}
error-summary-title = Возникла проблема
error-prefix = Ошибка:
error-required = Пожалуйста, заполните это поле.
error-too-long = Текст слишком длинный.
error-control-chars = Пожалуйста, не используйте переносы строк и управляющие символы.
error-stacked-marks = Пожалуйста, не ставьте больше четырёх ударений или диакритических знаков над одной буквой.
error-email = Пожалуйста, введите адрес электронной почты, например name@beispiel.de.
error-url = Пожалуйста, введите веб-адрес, начинающийся с https://.
error-choose-option = Пожалуйста, выберите один из вариантов.
error-internal = Не удалось выполнить действие. Пожалуйста, попробуйте ещё раз.
error-too-many-attempts = Слишком много попыток. Пожалуйста, подождите 15 минут и попробуйте снова.
error-stale = Тем временем кто-то другой изменил эти данные. Проверьте введённые данные и сохраните их снова.
error-page-home-link = На главную страницу
error-page-bad-request-title = Неполный запрос
error-page-bad-request-text = Форма пришла неполной. Вернитесь, обновите страницу и отправьте её ещё раз.
error-page-not-found-title = Страница не найдена
error-page-not-found-text = Такой страницы нет или больше нет. Проверьте адрес.
error-page-forbidden-title = Нет доступа
error-page-forbidden-text = У Вас нет прав доступа к этой странице. Обратитесь к администратору Вашей организации.
error-page-csrf-title = Срок действия формы истёк
error-page-csrf-text = Форма больше не была действительной, поэтому ничего не сохранено. Вернитесь назад, обновите страницу и отправьте форму снова — обычно введённые Вами данные там ещё сохранены.
error-page-rate-limited-title = Слишком много запросов
error-page-rate-limited-text = Пожалуйста, подождите немного и попробуйте снова.
error-page-internal-title = Произошла ошибка
error-page-internal-text = Приносим извинения, что-то пошло не так. Ничего не изменено. Пожалуйста, попробуйте позже.
flash-saved = Сохранено.
error-page-too-large-title = Слишком много данных
error-page-too-large-text = Форма содержала больше текста, чем принимает ikoe. Ничего не сохранено. Сократите текст и отправьте снова.

# start page, header menu, lists (issue 11)
home-personal-lead = Что вас ждёт дальше.
home-tasks = Что вас ждёт
home-pending-total = { $count ->
    [one] { $count } регистрация ждёт вашего одобрения.
    [few] { $count } регистрации ждут вашего одобрения.
   *[other] { $count } регистраций ждут вашего одобрения.
}
home-pending = { $count ->
    [one] { $count } регистрация ждёт одобрения
    [few] { $count } регистрации ждут одобрения
   *[other] { $count } регистраций ждут одобрения
}
home-open-slots = { $count ->
    [one] { $count } модуль ещё без докладчика
    [few] { $count } модуля ещё без докладчика
   *[other] { $count } модулей ещё без докладчика
}
home-next = Мои ближайшие занятия
home-next-empty = Сейчас вы не зарегистрированы ни на один курс.
home-next-module = Следующий модуль:
home-all-registrations = Все мои регистрации
home-find-series = Найти курсы
home-spaces = Мои пространства
home-spaces-empty = Вы пока не состоите ни в одном пространстве.
home-new-posts = { $count ->
    [one] { $count } новое сообщение
    [few] { $count } новых сообщения
   *[other] { $count } новых сообщений
}
home-search-label = Поиск курсов
home-search-submit = Искать
home-open = Сейчас открыта регистрация
home-open-empty = Сейчас нет курсов с открытой регистрацией.
home-free-seats = { $count ->
    [one] Осталось { $count } место
    [few] Осталось { $count } места
   *[other] Осталось { $count } мест
}
home-more-series = Все курсы
catalogue-search = Поисковый запрос
nav-menu = Меню
list-separator = {", "}
table-scroll-hint = Таблица шире экрана: прокрутите вбок, чтобы увидеть все столбцы.
# states, districts and district-free cities (crates/ikoe/src/regions.rs)
region-DE-BW = Баден-Вюртемберг
region-DE-BY = Бавария
region-DE-BE = Берлин
region-DE-BB = Бранденбург
region-DE-HB = Бремен
region-DE-HH = Гамбург
region-DE-HE = Гессен
region-DE-MV = Мекленбург — Передняя Померания
region-DE-NI = Нижняя Саксония
region-DE-NW = Северный Рейн — Вестфалия
region-DE-RP = Рейнланд-Пфальц
region-DE-SL = Саар
region-DE-SN = Саксония
region-DE-ST = Саксония-Анхальт
region-ST-SAW = Альтмарк-Зальцведель
region-ST-ABI = Анхальт-Биттерфельд
region-ST-BK = Бёрде
region-ST-BLK = Бургенланд
region-ST-HZ = Гарц
region-ST-JL = Иерихов
region-ST-MSH = Мансфельд-Зюдгарц
region-ST-SK = Заалекрайс
region-ST-SLK = Зальцланд
region-ST-SDL = Штендаль
region-ST-WB = Виттенберг
region-ST-DE = Дессау-Рослау
region-ST-HAL = Галле (Заале)
region-ST-MD = Магдебург
region-DE-SH = Шлезвиг-Гольштейн
region-DE-TH = Тюрингия
