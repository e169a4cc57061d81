# Taking part in a Leitbild process through a link, feedback rounds and the team's answers.

## The page staff open with their link (/mitmachen/{token})
leitbild-participate-title = Участие
leitbild-participate-hello = Здравствуйте, { $name }! Рады, что Вы участвуете.
leitbild-participate-department = Вы участвуете по ссылке отдела «{ $department }». Ваше участие анонимно и засчитывается этому отделу.
leitbild-participate-privacy = Команда процесса видит Ваши комментарии без Вашего имени, только с указанием Вашего отдела.
leitbild-participate-signoff = Как член руководства: к утверждению редакции
leitbild-participate-ended = Процесс разработки миссии завершён. Спасибо за участие! Здесь Вы видите текст и ответы на Ваши комментарии.
leitbild-participate-no-text = Проекта пока нет. Вы получите сообщение, когда его можно будет комментировать.
leitbild-round-open-until = Раунд обратной связи идёт до { $date }. Поддержите то, что для Вас важно, и напишите, чего не хватает или что должно быть иначе.
leitbild-round-upcoming = Следующий раунд обратной связи начнётся { $date }.
leitbild-round-none = Сейчас раунд обратной связи не идёт.
leitbild-support = Поддерживаю
leitbild-comment-this = Комментировать
leitbild-comment-heading = Ваш комментарий
leitbild-comment-target = К чему относится Ваш комментарий?
leitbild-comment-body = Комментарий
leitbild-comment-body-hint = Что Вам нравится, чего не хватает, что бы Вы изменили? Писать можно на любом языке.
leitbild-comment-proposal = Ваша формулировка
leitbild-comment-proposal-hint = Если у Вас есть формулировка лучше, напишите её здесь.
leitbild-comment-send = Отправить комментарий
leitbild-questions = Короткие вопросы
leitbild-questions-hint = До пяти вопросов, по одному в строке, например: «Что означает открытость в Вашей работе?»
leitbild-answers-save = Сохранить ответы
leitbild-mine = Ваши комментарии и ответы на них
leitbild-mine-empty = Вы пока ничего не комментировали.
leitbild-target-general = Проект в целом
leitbild-target-principle = Принцип { $n }
leitbild-answer-taken = Учтено
leitbild-answer-changed = Учтено с изменениями
leitbild-answer-declined = Не учтено
leitbild-answer-pending = Пока без ответа

flash-leitbild-comment = Спасибо! Ваш комментарий получен. Команда процесса отвечает на каждый комментарий.
flash-leitbild-supported = Вы поддерживаете эту часть.
flash-leitbild-unsupported = Ваша поддержка отозвана.
flash-leitbild-answers = Ваши ответы сохранены.
flash-leitbild-round-closed = Раунд обратной связи завершён.

error-leitbild-round-closed = Раунд обратной связи завершён; Ваш текст не отправлен. Сохраните его, если хотите предложить его в следующем раунде.
error-leitbild-questions-max = Пожалуйста, не более пяти вопросов, по одному в строке.

## Feedback rounds, for the process team (/leitbild/{id}/rounds)
leitbild-rounds-title = Раунды обратной связи
leitbild-rounds-lead = В раунде обратной связи все сотрудники комментируют редакцию текста. Команда процесса отвечает на каждый комментарий, прежде чем написать следующую редакцию.
leitbild-rounds-empty = Раундов обратной связи пока нет.
leitbild-round = Раунд
leitbild-round-title = Раунд обратной связи
leitbild-round-state = Статус
leitbild-round-state-upcoming = запланирован
leitbild-round-state-open = идёт
leitbild-round-state-closed = завершён
leitbild-round-contributors = Приняли участие
leitbild-round-answered = С ответом
leitbild-round-start = Начать раунд обратной связи
leitbild-round-start-hint = Раунд касается последней редакции ({ $version }).
leitbild-round-opens = Начало
leitbild-round-closes = Срок
leitbild-round-closes-hint = Комментировать можно до конца этого дня.
leitbild-round-remind = Напоминание (за сколько дней до срока)
leitbild-round-remind-hint = Тогда те, кто ещё не участвовал и у кого есть адрес электронной почты, получат напоминание с новой ссылкой.
leitbild-round-reminder = Напоминание
leitbild-round-reminded = отправлено { $date }
leitbild-round-close = Завершить раунд сейчас
leitbild-round-unanswered = { $count ->
    [one] { $count } комментарий пока без ответа. Следующую редакцию можно написать только тогда, когда на каждый комментарий будет дан ответ.
    [few] { $count } комментария пока без ответа. Следующую редакцию можно написать только тогда, когда на каждый комментарий будет дан ответ.
    [many] { $count } комментариев пока без ответа. Следующую редакцию можно написать только тогда, когда на каждый комментарий будет дан ответ.
   *[other] { $count } комментария пока без ответа. Следующую редакцию можно написать только тогда, когда на каждый комментарий будет дан ответ.
}
leitbild-comments = Комментарии
leitbild-comments-empty = Пока нет ни комментариев, ни поддержки.
leitbild-supports-count = { $count ->
    [one] { $count } голос поддержки
    [few] { $count } голоса поддержки
    [many] { $count } голосов поддержки
   *[other] { $count } голоса поддержки
}
leitbild-proposal = Предложенная формулировка
leitbild-answer-legend = Ответ команды процесса
leitbild-answer-reason = Обоснование
leitbild-answer-save = Сохранить ответ
leitbild-answer-change = Изменить ответ
leitbild-replies-empty = Ответов пока нет.

flash-leitbild-round-started = Раунд обратной связи создан.
flash-leitbild-answered = Ответ сохранён. Человек увидит его по своей ссылке.

error-leitbild-deadline-past = Срок уже прошёл. Выберите более поздний день.
error-leitbild-round-too-long = Раунд длится не более 120 дней.
error-leitbild-no-version = Редакции текста пока нет. Сначала напишите проект.
error-leitbild-round-running = Раунд обратной связи уже идёт или запланирован. Сначала завершите его.
error-leitbild-answered-meanwhile = Тем временем кто-то из команды процесса уже ответил на этот комментарий. Посмотрите ответ; Ваш текст по-прежнему в поле.
error-leitbild-round-open-save = Раунд обратной связи ещё идёт или запланирован. Следующая редакция появится после его завершения.
error-leitbild-unanswered = Некоторые комментарии ещё без ответа. Сначала ответьте на каждый комментарий; Ваш текст останется здесь.

confirm-leitbild-round-close-title = Завершить раунд обратной связи сейчас?
confirm-leitbild-round-close-text = После этого в «{ $process }» никто больше не сможет комментировать, поддерживать или отвечать. Это действие нельзя отменить.
confirm-leitbild-round-close-submit = Да, завершить

## Participation links (on the preparation page)
leitbild-link = Ссылка
leitbild-link-none = нет ссылки
leitbild-link-active = активна
leitbild-link-made = создана { $date }
leitbild-link-seen = открыта { $date }
leitbild-link-mail = Отправить ссылку по электронной почте
leitbild-link-revoke = Заблокировать ссылку
leitbild-links = Персональные ссылки
leitbild-links-hint = Каждый участвует по своей персональной ссылке, без учётной записи. Те, у кого есть адрес электронной почты, получают ссылку по почте; для всех остальных распечатайте карточки с QR-кодом. Новая ссылка заменяет старую.
leitbild-links-mail-all = Отправить ссылки всем, у кого их ещё нет
leitbild-links-cards = Распечатать карточки с QR-кодом (для людей без электронной почты)
leitbild-card-heading = Примите участие в разработке нашей миссии
leitbild-card-hint = Отсканируйте код телефоном или введите адрес. Эта ссылка принадлежит только Вам.
leitbild-department-link-make = Создать ссылку для интранета
leitbild-department-link-title = Ссылка отдела
leitbild-department-link-made = Новая ссылка отдела «{ $department }»:
leitbild-department-link-hint = Скопируйте ссылку сейчас и разместите её в интранете отдела. Она показывается только этот один раз. Кто её откроет, участвует анонимно; участие засчитывается отделу.

flash-leitbild-link-sent = Ссылка отправляется. Прежняя ссылка этого человека больше не действует.
flash-leitbild-links-sent = Ссылки отправляются.
flash-leitbild-links-none = У всех, у кого есть адрес электронной почты, уже есть ссылка.
flash-leitbild-link-revoked = Ссылка заблокирована.
flash-leitbild-cards-none = У всех участников есть адрес электронной почты; печатать карточки не нужно.

confirm-leitbild-cards-title = Распечатать карточки для участников без электронной почты ({ $count })?
confirm-leitbild-cards-text = Для участников «{ $process }» без адреса электронной почты будут созданы новые ссылки; прежние карточки тогда перестанут действовать.
confirm-leitbild-cards-submit = Да, создать карточки
confirm-leitbild-department-link-title = Создать новую ссылку для «{ $name }»?
confirm-leitbild-department-link-text = Тогда нынешняя ссылка этого отдела в «{ $process }» перестанет действовать. Замените её и в интранете.
confirm-leitbild-department-link-submit = Да, создать новую ссылку

confirm-leitbild-link-revoke-title = Заблокировать ссылку { $name }?
confirm-leitbild-link-revoke-text = Ссылка в «{ $process }» перестанет работать. Вклады сохранятся. Новую ссылку можно создать в любое время.
confirm-leitbild-link-revoke-submit = Да, заблокировать

## Mails
mail-leitbild-link-subject = Ваша ссылка для участия в разработке миссии: { $process }
mail-leitbild-link-body =
    Здравствуйте, { $name }!

    { $org } разрабатывает общую миссию — вместе со всеми сотрудниками. Ваше мнение важно. По своей персональной ссылке Вы можете без входа в систему прочитать проект, прокомментировать и поддержать его:
    { $link }

    Ссылка принадлежит только Вам; пожалуйста, не передавайте её другим.
mail-leitbild-reminder-subject = Напоминание: раунд обратной связи по миссии идёт до { $date }
mail-leitbild-reminder-body =
    Здравствуйте, { $name }!

    Раунд обратной связи по миссии { $org } («{ $process }») идёт до { $date }. Расскажите нам, что для Вас важно:
    { $link }

    Эта ссылка заменяет ссылку из предыдущего письма.
admin-outbox-kind-leitbild-link = Миссия: персональная ссылка
admin-outbox-kind-leitbild-reminder = Миссия: напоминание о раунде обратной связи

## The evaluation: an anonymous survey per principle (/leitbild/{id}/evaluation and the link page)
leitbild-survey-heading = Воплощается ли наша миссия на практике?
leitbild-survey-lead = Сообщите нам до { $date }, насколько каждый принцип воплощается в Вашей повседневной работе. Ваши ответы анонимны; до этого срока Вы можете их изменить.
leitbild-survey-question = Воплощается ли этот принцип в нашей повседневной работе?
leitbild-survey-rating-1 = совсем нет
leitbild-survey-rating-2 = почти нет
leitbild-survey-rating-3 = частично
leitbild-survey-rating-4 = в основном
leitbild-survey-rating-5 = полностью
leitbild-survey-note = В чём это проявляется?
leitbild-survey-save = Сохранить ответы
flash-leitbild-survey-saved = Спасибо! Ваши ответы сохранены.
error-leitbild-survey-closed = Опрос завершён; Ваши ответы не сохранены.
leitbild-evaluation-title = Оценка
leitbild-evaluation-lead = Через несколько месяцев после принятия анонимно спросите всех сотрудников, воплощаются ли принципы на практике. Повторите опрос, чтобы увидеть изменения.
leitbild-survey-of = Опрос от { $date }
leitbild-survey-responses = Респонденты
leitbild-survey-responses-count = { $count ->
    [one] { $count } ответ
    [few] { $count } ответа
    [many] { $count } ответов
   *[other] { $count } ответа
}
leitbild-survey-close = Завершить опрос сейчас
leitbild-survey-anonymous = Ответы анонимны: без имён и без времени. Результаты по принципу появляются только начиная с трёх оценок.
leitbild-survey-mean = Среднее значение { $mean } из 5
leitbild-survey-rated = { $count ->
    [one] { $count } оценка
    [few] { $count } оценки
    [many] { $count } оценок
   *[other] { $count } оценки
}
leitbild-survey-chart = Распределение оценок от «совсем нет» до «полностью»; числа приведены в таблице.
leitbild-survey-table = Оценки
leitbild-survey-rating-col = Оценка
leitbild-survey-count-col = Количество
leitbild-survey-notes = Что пишут сотрудники
leitbild-survey-too-few = Оценок пока слишком мало, чтобы показать их анонимно.
leitbild-survey-results-after = Результаты появятся, как только опрос завершится: раньше по каждому изменению можно было бы понять, что ответил отдельный человек.
leitbild-surveys = Все опросы
leitbild-survey-start = Начать опрос
leitbild-survey-start-hint = Опрос касается последней редакции. Принять участие может каждый, у кого есть ссылка.
flash-leitbild-survey-started = Опрос создан.
flash-leitbild-survey-closed = Опрос завершён.
error-leitbild-survey-running = Опрос уже идёт или запланирован. Сначала завершите его.
confirm-leitbild-survey-close-title = Завершить опрос сейчас?
confirm-leitbild-survey-close-text = После этого в «{ $process }» никто больше не сможет отвечать. Это действие нельзя отменить.
confirm-leitbild-survey-close-submit = Да, завершить
