# Anonymous feedback after a module, and its results for staff.

feedback-title = Отзыв о «{ $title }»
feedback-intro = Ваш отзыв анонимен: он сохраняется без Вашего имени и помогает улучшить учебный курс. Ссылка действует только один раз.
feedback-q-overall = Насколько Вы в целом довольны?
feedback-q-content = Насколько полезным было содержание?
feedback-q-organisation = Насколько хорошо всё было организовано?
feedback-scale-1 = 1 – совсем нет
feedback-scale-2 = 2
feedback-scale-3 = 3
feedback-scale-4 = 4
feedback-scale-5 = 5 – очень
feedback-comment = Что ещё Вы хотели бы нам сказать?
feedback-comment-hint = Пожалуйста, не указывайте имена других людей.
feedback-publish = Мой комментарий можно показать на странице курса без моего имени.
feedback-publish-hint = Без Вашей отметки его увидят только организаторы.
feedback-submit = Отправить отзыв
feedback-done = Большое спасибо! Ваш отзыв получен.
flash-feedback-thanks = Большое спасибо за Ваш отзыв!
error-feedback-twice = По этой ссылке уже был оставлен отзыв.
feedback-link = Отзывы
feedback-results-title = Отзывы: { $title }
feedback-results-hint = Среднее значение по шкале от 1 (совсем нет) до 5 (очень). Ответы анонимны.
feedback-by-module = По модулям
feedback-by-speaker = По тренерам
feedback-by-cohort = Сравнение наборов
feedback-col-name = Название / имя
feedback-col-answers = Ответы
feedback-none = Отзывов пока нет.
feedback-comments = Комментарии
feedback-published = опубликовано
feedback-not-published = только для организаторов
feedback-public-heading = Что говорят участники и участницы
mail-feedback-invite-subject = Ваш отзыв: { $module }
mail-feedback-invite-body =
    Здравствуйте, { $name }!

    Спасибо за участие в «{ $module }» ({ $series }). Как всё прошло? Ваш отзыв анонимен и займёт две минуты:
    { $link }
