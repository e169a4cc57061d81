# Qualification series: catalogue, series pages, registration, staff pages.

nav-series = Обучение
actions = Действия
back = Назад
cancel = Отмена
edit = Редактировать

## Kinds, visibility, status, target groups
series-kind-trainer = Подготовка тренеров
series-kind-volunteer = Курс для волонтёров
series-kind-apprentice = Воркшоп для учащихся профессионального обучения
series-kind-expert_day = Профильная конференция
series-visibility-public = Открытая
series-visibility-members = Только для участников организации
series-visibility-invitation = Только по ссылке-приглашению
series-status-active = Активна
series-status-cancelled = Отменена
target-group-administration = Сотрудники администрации
target-group-volunteers = Волонтёры
target-group-newcomers = Недавно прибывшие мигранты
target-group-trainers = Тренеры
target-group-apprentices = Учащиеся профессионального обучения
target-group-multipliers = Мультипликаторы

## Catalogue
catalogue-title = Учебные курсы
catalogue-filter-label = Фильтр курсов
catalogue-filter-group = Целевая группа
catalogue-filter-month = Месяц
catalogue-filter-language = Язык
catalogue-count = { $count ->
    [one] { $count } курс
    [few] { $count } курса
    [many] { $count } курсов
   *[other] { $count } курса
}
catalogue-empty = Ни один курс не соответствует этим фильтрам.
catalogue-modules = { $count ->
    [one] { $count } модуль
    [few] { $count } модуля
    [many] { $count } модулей
   *[other] { $count } модуля
}
catalogue-full = Мест нет – лист ожидания
catalogue-back = Назад к курсам

## Staff: series
series-heading = Серии курсов
series-org-title = Серии курсов: { $org }
series-org-empty = Пока нет ни одной серии курсов. Создайте первую.
series-new-title = Новая серия курсов
series-edit-title = Редактирование: { $title }
series-edit-link = Настройки и тексты
series-copy-link = Скопировать для следующего набора
series-public-link = Публичная страница
series-manage-link = Управлять серией
series-texts-heading = Название и описание
series-texts-hint = Немецкий язык обязателен. Остальные языки необязательны; если текста на каком-то языке нет, показывается немецкий текст.
series-field-title = Название
series-field-summary = Описание
series-settings-heading = Тип и целевые группы
series-field-kind = Тип
series-field-visibility = Видимость
series-field-visibility-hint = Серии с настройкой «Только по ссылке-приглашению» не отображаются в каталоге.
series-field-target-groups = Целевые группы
series-field-languages = Языки обучения
series-registration-heading = Регистрация
series-field-capacity = Места
series-field-capacity-hint = Кто регистрируется, когда все места заняты, попадает в лист ожидания.
series-field-deadline = Срок регистрации
series-field-deadline-hint = Зарегистрироваться можно до конца этого дня.
series-field-manual-approval = Подтверждать регистрации самостоятельно
series-field-manual-approval-hint = Новые регистрации ждут Вашего одобрения, прежде чем получить место.
series-rule-heading = Завершение
series-rule-hint = Когда участник считается завершившим серию. Если ничего не указано: посещены все модули.
series-field-min-modules = Не менее стольких модулей
series-field-all-mandatory = Посещены все обязательные модули
series-field-min-hours = Не менее стольких учебных часов
series-dates = Период
series-no-modules = Модулей пока нет
series-seats = Места
series-seats-taken = { $count ->
    [one] { $count } место занято
    [few] { $count } места занято
    [many] { $count } мест занято
   *[other] { $count } места занято
}
series-seats-left = Свободные места
series-waiting = Лист ожидания
series-pending = Ожидают одобрения
series-waiting-list-open = Можно записаться в лист ожидания
series-invite-link = Ссылка-приглашение
series-organiser = Организатор
series-copy-title = Копирование: { $title }
series-copy-intro = Копия содержит тексты, настройки и все модули (без регистраций). Модули сдвигаются на столько дней, чтобы первый из них начинался в выбранный день.
series-copy-first = Сейчас первый модуль начинается { $date }.
series-copy-field-starts = Первый день нового набора
series-copy-field-starts-hint = Время остаётся прежним.
series-copy-submit = Создать копию
flash-series-created = Серия курсов создана. Теперь добавьте модули.
flash-series-copied = Копия создана. Проверьте название и даты.

## Staff: modules
modules-heading = Модули
modules-empty = Модулей пока нет.
module-new-title = Добавить модуль
module-edit-title = Редактировать модуль
module-field-title = Название
module-field-topics = Темы
module-field-topics-hint = Одна тема в каждой строке.
module-field-starts = Начало
module-field-ends = Окончание
module-field-time-hint = Дата и время (по времени Германии).
module-field-venue = Место проведения
module-field-venue-hint = Адрес места проведения. Оставьте поле пустым, если модуль проходит только онлайн.
module-field-access = Доступность места проведения
module-field-access-hint = Например: вход без ступенек, туалет, приспособленный для инвалидной коляски, индукционная петля.
module-field-online = Онлайн-ссылка
module-field-online-hint = Только ссылки https. Участники видят её после регистрации.
module-field-hours = Учебные часы
module-field-hours-hint = Учитывается для правила завершения и сертификата.
module-field-mandatory = Обязательный модуль
module-when = Дата и время
module-hours = { $count ->
    [one] { $count } учебный час
    [few] { $count } учебных часа
    [many] { $count } учебных часов
   *[other] { $count } учебного часа
}
module-mandatory = Обязательный модуль
module-cancelled = Отменён
module-past = Прошёл
series-cta-seats =
    { $count ->
        [one] Осталось { $count } место
        [few] Осталось { $count } места
       *[other] Осталось { $count } мест
    }
series-cta-waiting-list = Все места заняты – вы попадёте в лист ожидания
series-cta-deadline = Регистрация до { $date }
series-cta-register = Зарегистрироваться
series-begun-reachable = Цикл уже начался: прошло { $past } из { $total } модулей. Если вы присоединитесь сейчас и посетите все оставшиеся модули, вы ещё можете получить сертификат.
series-begun-unreachable = Цикл уже начался: прошло { $past } из { $total } модулей. Вы можете посетить оставшиеся модули, но новым участникам сертификат этого цикла уже недоступен.
module-online = Онлайн
module-cancel-link = Отменить
module-cancel-title = Отменить модуль «{ $title }»
module-cancel-warning = { $count ->
    [0] На эту серию пока никто не зарегистрировался.
    [one] { $count } зарегистрированный участник получит уведомление об отмене по электронной почте.
    [few] { $count } зарегистрированных участника получат уведомление об отмене по электронной почте.
    [many] { $count } зарегистрированных участников получат уведомление об отмене по электронной почте.
   *[other] { $count } зарегистрированного участника получат уведомление об отмене по электронной почте.
}
module-cancel-submit = Отменить модуль
flash-module-added = Модуль добавлен.
flash-module-cancelled = Модуль отменён; зарегистрированные участники будут уведомлены.

## Registration
register-heading = Регистрация
register-closed = Регистрация на эту серию больше невозможна.
register-full-hint = Все места заняты. Если Вы зарегистрируетесь сейчас, то попадёте в лист ожидания и автоматически получите место, как только оно освободится.
register-email-hint = Вы получите письмо со ссылкой для подтверждения регистрации.
register-field-affiliation = Организация или ведомство
register-field-target-group = Я участвую как
register-field-consent = Подтверждаю ознакомление с информацией о защите данных и даю согласие на обработку моих данных для этого учебного курса.
register-submit = Зарегистрироваться
figures-heading = Добровольные сведения для статистики
figures-hint = Эти сведения добровольны и анонимны: они только подсчитываются и не сохраняются вместе с Вашим именем. Спонсоры учебного курса получают только итоговые суммы.
figures-no-answer = Не указывать
figures-age-label = Возраст
figures-age-under_27 = до 27 лет
figures-age-27_49 = от 27 до 49 лет
figures-age-50_plus = 50 лет и старше
figures-migration-label = История иммиграции
figures-migration-own = собственная иммиграция
figures-migration-parents = хотя бы один из родителей иммигрировал
figures-migration-none = нет
error-registration-closed = Регистрация на эту серию закрыта.
error-already-registered = Этот адрес электронной почты уже зарегистрирован на эту серию. Вашу личную ссылку Вы найдёте в письме с подтверждением.
error-rate-limited = Слишком много регистраций с этого подключения. Пожалуйста, попробуйте снова через час.
registration-check-mail-title = Пожалуйста, подтвердите регистрацию
registration-check-mail-body = Мы отправили Вам письмо. Откройте ссылку в нём в течение { $hours ->
    [one] { $hours } часа
    [few] { $hours } часов
    [many] { $hours } часов
   *[other] { $hours } часа
}, чтобы подтвердить регистрацию. Только после этого она станет действительной.
registration-title = Ваша регистрация: { $title }
registration-status = Статус
registration-status-unconfirmed = Ещё не подтверждена
registration-status-pending = Подтверждена, ожидает одобрения организаторов
registration-status-confirmed = Место гарантировано
registration-status-waiting = В листе ожидания
registration-status-cancelled = Регистрация отменена
registration-confirm-hint = Пожалуйста, подтвердите, что Вы хотите зарегистрироваться.
registration-confirm-submit = Подтвердить регистрацию
registration-expired = Срок действия этой ссылки для подтверждения истёк. Пожалуйста, зарегистрируйтесь снова.
registration-again = Зарегистрироваться снова
registration-cancel-link = Отменить регистрацию на этот курс
registration-cancel-warning = Вы действительно хотите отменить регистрацию? Ваше место получит следующий человек из листа ожидания.
registration-cancel-submit = Да, отменить регистрацию
registration-series-link = К странице курса
flash-registered = Вы зарегистрированы.
flash-registration-confirmed = Спасибо! Ваше место гарантировано.
flash-registration-waiting = Спасибо! Вы в листе ожидания и автоматически получите место, как только оно освободится.
flash-registration-pending = Спасибо! Организаторы проверят Вашу регистрацию и свяжутся с Вами.
flash-registration-cancelled = Ваша регистрация отменена.

## Staff: participants
participants-link = Участники
participants-title = Участники: { $title }
participants-empty = Регистраций пока нет.
participants-approve = Одобрить
participants-cancel = Отменить регистрацию
participants-add-heading = Зарегистрировать человека вручную
participants-add-submit = Зарегистрировать
flash-participant-added = Человек зарегистрирован и получит письмо.
flash-participant-approved = Регистрация одобрена.
flash-participant-cancelled = Регистрация человека отменена.

## Mails
mail-registration-confirm-subject = Пожалуйста, подтвердите: регистрация на { $series }
mail-registration-confirm-body =
    Здравствуйте, { $name }!

    Вы зарегистрировались на «{ $series }». Пожалуйста, подтвердите регистрацию в течение { $hours ->
        [one] { $hours } часа
        [few] { $hours } часов
        [many] { $hours } часов
       *[other] { $hours } часа
    } по этой ссылке:
    { $link }

    По этой же ссылке Вы позже сможете посмотреть статус регистрации и отменить её.
    Если Вы не регистрировались, проигнорируйте это письмо; тогда ничего не будет сохранено.
mail-registration-confirmed-subject = Ваше место гарантировано: { $series }
mail-registration-confirmed-body =
    Здравствуйте, { $name }!

    Ваше место на «{ $series }» гарантировано. Даты, места проведения и возможность отменить регистрацию Вы найдёте здесь:
    { $link }
mail-registration-waiting-subject = Лист ожидания: { $series }
mail-registration-waiting-body =
    Здравствуйте, { $name }!

    Все места на «{ $series }» заняты. Вы в листе ожидания и автоматически получите место, как только кто-нибудь откажется от участия; тогда мы Вам напишем.
    Статус и отмена регистрации:
    { $link }
mail-registration-pending-subject = Регистрация получена: { $series }
mail-registration-pending-body =
    Здравствуйте, { $name }!

    Ваша регистрация на «{ $series }» получена. Организаторы проверят её и свяжутся с Вами.
    Статус и отмена регистрации:
    { $link }
mail-registration-moved-up-subject = Освободилось место: { $series }
mail-registration-moved-up-body =
    Здравствуйте, { $name }!

    Хорошая новость: на «{ $series }» освободилось место, и Вы перешли из листа ожидания в число участников. Ваше место гарантировано.
    Если Вы больше не можете участвовать, пожалуйста, отмените регистрацию здесь, чтобы место получил кто-то другой:
    { $link }
mail-registration-cancelled-subject = Отмена регистрации подтверждена: { $series }
mail-registration-cancelled-body =
    Здравствуйте, { $name }!

    Ваша регистрация на «{ $series }» отменена.
    { $link }
mail-registration-again-subject = Вы уже зарегистрированы: { $series }
mail-registration-again-body =
    Здравствуйте, { $name }!

    Кто-то только что ещё раз зарегистрировал этот адрес электронной почты на «{ $series }». Вы там уже зарегистрированы; второй регистрации нет.
    Вашу регистрацию со статусом, отменой и календарём можно найти здесь:
    { $link }

    Если это были не вы, просто удалите это письмо.
mail-module-cancelled-subject = Отменено: { $module } ({ $series })
mail-module-cancelled-body =
    Здравствуйте, { $name }!

    К сожалению, модуль «{ $module }» серии «{ $series }», запланированный на { $when }, не состоится.
    Ваша регистрация на серию остаётся в силе. Статус и даты:
    { $link }

speaker-former = бывший докладчик
registration-data-heading = Ваши данные
registration-data-download = Скачать мои данные (JSON)
registration-data-delete = Удалить мои данные
delete-data-title = Удалить мои данные
delete-data-warning = Ваше имя, адрес электронной почты и данные этой регистрации будут удалены, регистрация отменена, а эта личная ссылка перестанет работать. Это действие нельзя отменить.
delete-data-others = С этим адресом есть ещё { $count } регистраций; они тоже будут удалены.
delete-data-kept = Остаются только анонимные цифры для статистики курса. Выданный сертификат можно проверить без вашего имени; его PDF потом уже не создать – скачайте его заранее.
delete-data-submit = Да, удалить мои данные
flash-data-deleted = Ваши данные удалены.
verify-name-not-kept = не сохранено (человек удалил свои данные)
verify-name-heading = Проверить имя
verify-name = Имя на сертификате
verify-name-hint = Так, как напечатано на сертификате. Мы сообщим только, совпадает ли оно.
verify-name-submit = Проверить имя
verify-name-matches = Имя совпадает с сертификатом.
verify-name-differs = Имя не совпадает с сертификатом.
verify-name-limited = Слишком много попыток. Попробуйте снова через час.

# Подпись и примечание о финансировании на свидетельствах
series-signing-heading = Свидетельство
series-signing-hint = Что стоит на свидетельствах этой серии под линией подписи и внизу страницы. Если ничего не указано, там печатается название организации.
series-field-signatory-name = Кто подписывает
series-field-signatory-name-hint = Имя так, как оно должно стоять под линией подписи, напр. «д-р Петра Шульц». Одна строка, не более 120 символов.
series-field-signatory-role = Должность
series-field-signatory-role-hint = Печатается под именем, напр. «Руководство проекта». Одна строка, не более 120 символов.
series-field-funding-notice = Примечание о финансировании
series-field-funding-notice-hint = Печатается мелко внизу каждого свидетельства, напр. «При финансовой поддержке земли Саксония-Анхальт». Не более 400 символов.
error-funding-notice-too-long = Примечание о финансировании не помещается на свидетельство целиком: там есть место не более чем для 8 строк мелким шрифтом. Пожалуйста, сократите его.
