# Taking part in a Leitbild process through a link, feedback rounds and the team's answers.

## The page staff open with their link (/mitmachen/{token})
leitbild-participate-title = Участь
leitbild-participate-hello = Добрий день, { $name }! Раді, що Ви долучилися.
leitbild-participate-department = Ви берете участь за посиланням відділу «{ $department }». Ваша участь анонімна й зараховується цьому відділу.
leitbild-participate-privacy = Команда процесу бачить Ваші коментарі без Вашого імені, лише з назвою Вашого відділу.
leitbild-participate-signoff = Як член керівництва: до затвердження редакції
leitbild-participate-ended = Процес розроблення місії завершено. Дякуємо за Вашу участь! Тут Ви бачите текст і відповіді на Ваші коментарі.
leitbild-participate-no-text = Проєкту ще немає. Ви отримаєте повідомлення, коли його можна буде коментувати.
leitbild-round-open-until = Раунд зворотного зв’язку триває до { $date }. Підтримайте те, що для Вас важливо, і напишіть, чого бракує або що має бути інакше.
leitbild-round-upcoming = Наступний раунд зворотного зв’язку розпочнеться { $date }.
leitbild-round-none = Зараз раунд зворотного зв’язку не триває.
leitbild-support = Підтримую
leitbild-comment-this = Коментувати
leitbild-comment-heading = Ваш коментар
leitbild-comment-target = Чого стосується Ваш коментар?
leitbild-comment-body = Коментар
leitbild-comment-body-hint = Що Вам подобається, чого бракує, що Ви змінили б? Писати можна будь-якою мовою.
leitbild-comment-proposal = Ваше формулювання
leitbild-comment-proposal-hint = Якщо у Вас є краще формулювання, напишіть його тут.
leitbild-comment-send = Надіслати коментар
leitbild-questions = Короткі запитання
leitbild-questions-hint = До п’яти запитань, по одному в рядку, наприклад: «Що означає відкритість у Вашій роботі?»
leitbild-answers-save = Зберегти відповіді
leitbild-mine = Ваші коментарі та відповіді на них
leitbild-mine-empty = Ви ще нічого не коментували.
leitbild-target-general = Проєкт загалом
leitbild-target-principle = Принцип { $n }
leitbild-answer-taken = Враховано
leitbild-answer-changed = Враховано зі змінами
leitbild-answer-declined = Не враховано
leitbild-answer-pending = Ще без відповіді

flash-leitbild-comment = Дякуємо! Ваш коментар отримано. Команда процесу відповідає на кожен коментар.
flash-leitbild-supported = Ви підтримуєте цю частину.
flash-leitbild-unsupported = Вашу підтримку скасовано.
flash-leitbild-answers = Ваші відповіді збережено.
flash-leitbild-round-closed = Раунд зворотного зв’язку завершено.

error-leitbild-round-closed = Раунд зворотного зв’язку завершено; Ваш текст не надіслано. Збережіть його, якщо хочете запропонувати його в наступному раунді.
error-leitbild-questions-max = Будь ласка, щонайбільше п’ять запитань, по одному в рядку.

## Feedback rounds, for the process team (/leitbild/{id}/rounds)
leitbild-rounds-title = Раунди зворотного зв’язку
leitbild-rounds-lead = У раунді зворотного зв’язку всі працівники коментують редакцію тексту. Команда процесу відповідає на кожен коментар, перш ніж написати наступну редакцію.
leitbild-rounds-empty = Раундів зворотного зв’язку ще немає.
leitbild-round = Раунд
leitbild-round-title = Раунд зворотного зв’язку
leitbild-round-state = Стан
leitbild-round-state-upcoming = заплановано
leitbild-round-state-open = триває
leitbild-round-state-closed = завершено
leitbild-round-contributors = Взяли участь
leitbild-round-answered = З відповіддю
leitbild-round-start = Розпочати раунд зворотного зв’язку
leitbild-round-start-hint = Раунд стосується найновішої редакції ({ $version }).
leitbild-round-opens = Початок
leitbild-round-closes = Кінцевий термін
leitbild-round-closes-hint = Коментувати можна до кінця цього дня.
leitbild-round-remind = Нагадування (за скільки днів до кінцевого терміну)
leitbild-round-remind-hint = Тоді ті, хто ще не взяв участі й має адресу електронної пошти, отримають нагадування з новим посиланням.
leitbild-round-reminder = Нагадування
leitbild-round-reminded = надіслано { $date }
leitbild-round-close = Завершити раунд зараз
leitbild-round-unanswered = { $count ->
    [one] { $count } коментар ще без відповіді. Наступну редакцію можна написати лише тоді, коли на кожен коментар буде дано відповідь.
    [few] { $count } коментарі ще без відповіді. Наступну редакцію можна написати лише тоді, коли на кожен коментар буде дано відповідь.
    [many] { $count } коментарів ще без відповіді. Наступну редакцію можна написати лише тоді, коли на кожен коментар буде дано відповідь.
   *[other] { $count } коментаря ще без відповіді. Наступну редакцію можна написати лише тоді, коли на кожен коментар буде дано відповідь.
}
leitbild-comments = Коментарі
leitbild-comments-empty = Ще немає ні коментарів, ні підтримки.
leitbild-supports-count = { $count ->
    [one] { $count } голос підтримки
    [few] { $count } голоси підтримки
    [many] { $count } голосів підтримки
   *[other] { $count } голосу підтримки
}
leitbild-proposal = Запропоноване формулювання
leitbild-answer-legend = Відповідь команди процесу
leitbild-answer-reason = Обґрунтування
leitbild-answer-save = Зберегти відповідь
leitbild-answer-change = Змінити відповідь
leitbild-replies-empty = Відповідей ще немає.

flash-leitbild-round-started = Раунд зворотного зв’язку створено.
flash-leitbild-answered = Відповідь збережено. Особа побачить її за своїм посиланням.

error-leitbild-deadline-past = Кінцевий термін уже минув. Виберіть пізніший день.
error-leitbild-round-too-long = Раунд триває щонайбільше 120 днів.
error-leitbild-no-version = Редакції тексту ще немає. Спершу напишіть проєкт.
error-leitbild-round-running = Раунд зворотного зв’язку вже триває або запланований. Спершу завершіть його.
error-leitbild-answered-meanwhile = Тим часом хтось із команди процесу вже відповів на цей коментар. Перегляньте відповідь; Ваш текст досі в полі.
error-leitbild-round-open-save = Раунд зворотного зв’язку ще триває або запланований. Наступна редакція з’явиться після його завершення.
error-leitbild-unanswered = Деякі коментарі ще без відповіді. Спершу дайте відповідь на кожен коментар; Ваш текст залишиться тут.

confirm-leitbild-round-close-title = Завершити раунд зворотного зв’язку зараз?
confirm-leitbild-round-close-text = Після цього в «{ $process }» ніхто більше не зможе коментувати, підтримувати чи відповідати. Цю дію неможливо скасувати.
confirm-leitbild-round-close-submit = Так, завершити

## Participation links (on the preparation page)
leitbild-link = Посилання
leitbild-link-none = немає посилання
leitbild-link-active = активне
leitbild-link-made = створено { $date }
leitbild-link-seen = відкрито { $date }
leitbild-link-mail = Надіслати посилання електронною поштою
leitbild-link-revoke = Заблокувати посилання
leitbild-links = Персональні посилання
leitbild-links-hint = Кожна особа бере участь за своїм персональним посиланням, без облікового запису. Хто має адресу електронної пошти, отримує посилання електронною поштою; для всіх інших надрукуйте картки з QR-кодом. Нове посилання замінює старе.
leitbild-links-mail-all = Надіслати посилання всім, хто його ще не має
leitbild-links-cards = Надрукувати картки з QR-кодом (для осіб без електронної пошти)
leitbild-card-heading = Долучайтеся до розроблення нашої місії
leitbild-card-hint = Відскануйте код телефоном або введіть адресу. Це посилання належить лише Вам.
leitbild-department-link-make = Створити посилання для інтранету
leitbild-department-link-title = Посилання відділу
leitbild-department-link-made = Нове посилання відділу «{ $department }»:
leitbild-department-link-hint = Скопіюйте посилання зараз і розмістіть його в інтранеті відділу. Його буде показано лише цей один раз. Хто його відкриє, бере участь анонімно; участь зараховується відділу.

flash-leitbild-link-sent = Посилання надсилається. Попереднє посилання цієї особи більше не діє.
flash-leitbild-links-sent = Посилання надсилаються.
flash-leitbild-links-none = Усі особи з адресою електронної пошти вже мають посилання.
flash-leitbild-link-revoked = Посилання заблоковано.
flash-leitbild-cards-none = Усі учасники мають адресу електронної пошти; друкувати картки не потрібно.

confirm-leitbild-cards-title = Надрукувати картки для учасників без електронної пошти ({ $count })?
confirm-leitbild-cards-text = Для учасників «{ $process }» без адреси електронної пошти буде створено нові посилання; попередні картки тоді більше не діятимуть.
confirm-leitbild-cards-submit = Так, створити картки
confirm-leitbild-department-link-title = Створити нове посилання для «{ $name }»?
confirm-leitbild-department-link-text = Тоді нинішнє посилання цього відділу в «{ $process }» більше не діятиме. Замініть його також в інтранеті.
confirm-leitbild-department-link-submit = Так, створити нове посилання

confirm-leitbild-link-revoke-title = Заблокувати посилання { $name }?
confirm-leitbild-link-revoke-text = Посилання в «{ $process }» більше не працюватиме. Внески залишаться. Нове посилання можна створити будь-коли.
confirm-leitbild-link-revoke-submit = Так, заблокувати

## Mails
mail-leitbild-link-subject = Ваше посилання для участі в розробленні місії: { $process }
mail-leitbild-link-body =
    Добрий день, { $name }!

    { $org } розробляє спільну місію — разом з усіма працівниками. Ваша думка важлива. За своїм персональним посиланням Ви можете без входу в систему прочитати проєкт, прокоментувати й підтримати його:
    { $link }

    Посилання належить лише Вам; будь ласка, не передавайте його іншим.
mail-leitbild-reminder-subject = Нагадування: раунд зворотного зв’язку щодо місії триває до { $date }
mail-leitbild-reminder-body =
    Добрий день, { $name }!

    Раунд зворотного зв’язку щодо місії { $org } («{ $process }») триває до { $date }. Розкажіть нам, що для Вас важливо:
    { $link }

    Це посилання замінює посилання з попереднього листа.
admin-outbox-kind-leitbild-link = Місія: персональне посилання
admin-outbox-kind-leitbild-reminder = Місія: нагадування про раунд зворотного зв’язку

## The evaluation: an anonymous survey per principle (/leitbild/{id}/evaluation and the link page)
leitbild-survey-heading = Чи втілюється наша місія на практиці?
leitbild-survey-lead = Повідомте нам до { $date }, наскільки кожен принцип утілюється у Вашій щоденній роботі. Ваші відповіді анонімні; до цього часу Ви можете їх змінити.
leitbild-survey-question = Чи втілюється цей принцип у нашій щоденній роботі?
leitbild-survey-rating-1 = зовсім ні
leitbild-survey-rating-2 = майже ні
leitbild-survey-rating-3 = частково
leitbild-survey-rating-4 = переважно
leitbild-survey-rating-5 = повністю
leitbild-survey-note = У чому це проявляється?
leitbild-survey-save = Зберегти відповіді
flash-leitbild-survey-saved = Дякуємо! Ваші відповіді збережено.
error-leitbild-survey-closed = Опитування завершено; Ваші відповіді не збережено.
leitbild-evaluation-title = Оцінювання
leitbild-evaluation-lead = Через кілька місяців після ухвалення анонімно запитайте всіх працівників, чи втілюються принципи на практиці. Повторіть опитування, щоб побачити зміни.
leitbild-survey-of = Опитування від { $date }
leitbild-survey-responses = Респонденти
leitbild-survey-responses-count = { $count ->
    [one] { $count } відповідь
    [few] { $count } відповіді
    [many] { $count } відповідей
   *[other] { $count } відповіді
}
leitbild-survey-close = Завершити опитування зараз
leitbild-survey-anonymous = Відповіді анонімні: без імен і без часу. Результати щодо принципу з’являються лише від трьох оцінок.
leitbild-survey-mean = Середнє значення { $mean } з 5
leitbild-survey-rated = { $count ->
    [one] { $count } оцінка
    [few] { $count } оцінки
    [many] { $count } оцінок
   *[other] { $count } оцінки
}
leitbild-survey-chart = Розподіл оцінок від «зовсім ні» до «повністю»; числа наведено в таблиці.
leitbild-survey-table = Оцінки
leitbild-survey-rating-col = Оцінка
leitbild-survey-count-col = Кількість
leitbild-survey-notes = Що пишуть працівники
leitbild-survey-too-few = Оцінок поки замало, щоб показати їх анонімно.
leitbild-survey-results-after = Результати з’являться, щойно опитування завершиться: раніше з кожної зміни можна було б зрозуміти, що відповіла окрема людина.
leitbild-surveys = Усі опитування
leitbild-survey-start = Розпочати опитування
leitbild-survey-start-hint = Опитування стосується найновішої редакції. Узяти участь може кожен, хто має посилання.
flash-leitbild-survey-started = Опитування створено.
flash-leitbild-survey-closed = Опитування завершено.
error-leitbild-survey-running = Опитування вже триває або заплановане. Спершу завершіть його.
confirm-leitbild-survey-close-title = Завершити опитування зараз?
confirm-leitbild-survey-close-text = Після цього в «{ $process }» ніхто більше не зможе відповідати. Цю дію неможливо скасувати.
confirm-leitbild-survey-close-submit = Так, завершити
