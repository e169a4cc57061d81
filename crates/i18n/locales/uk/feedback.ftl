# Anonymous feedback after a module, and its results for staff.

feedback-title = Відгук про «{ $title }»
feedback-intro = Ваш відгук анонімний: його зберігають без Вашого імені, і він допомагає покращити навчальний курс. Посилання можна використати лише один раз.
feedback-q-overall = Наскільки Ви загалом задоволені?
feedback-q-content = Наскільки корисним був зміст?
feedback-q-organisation = Наскільки добре все було організовано?
feedback-scale-1 = 1 – зовсім ні
feedback-scale-2 = 2
feedback-scale-3 = 3
feedback-scale-4 = 4
feedback-scale-5 = 5 – дуже
feedback-comment = Що ще Ви хотіли б нам сказати?
feedback-comment-hint = Будь ласка, не вказуйте імен інших людей.
feedback-publish = Мій коментар можна показати на сторінці курсу без мого імені.
feedback-publish-hint = Якщо Ви не поставите позначку, його бачитимуть лише організатори.
feedback-submit = Надіслати відгук
feedback-done = Щиро дякуємо! Ваш відгук надійшов.
flash-feedback-thanks = Щиро дякуємо за Ваш відгук!
error-feedback-twice = За цим посиланням уже залишили відгук.
feedback-link = Відгуки
feedback-results-title = Відгуки: { $title }
feedback-results-hint = Середнє значення за шкалою від 1 (зовсім ні) до 5 (дуже). Відповіді анонімні.
feedback-by-module = За модулями
feedback-by-speaker = За тренерами й тренерками
feedback-by-cohort = Порівняння наборів
feedback-col-name = Назва / ім’я
feedback-col-answers = Відповіді
feedback-none = Відгуків ще немає.
feedback-comments = Коментарі
feedback-published = опубліковано
feedback-not-published = лише для організаторів
feedback-public-heading = Що кажуть учасники й учасниці
mail-feedback-invite-subject = Ваш відгук: { $module }
mail-feedback-invite-body =
    Добрий день, { $name }!

    Дякуємо за участь у «{ $module }» ({ $series }). Як усе пройшло? Ваш відгук анонімний і займе дві хвилини:
    { $link }
