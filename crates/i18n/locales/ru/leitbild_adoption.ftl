# The adoption of a Leitbild: sign-off by the leadership, publication, translations, poster.

## The sign-off through a personal link (/mitmachen/{token}/freigabe)
leitbild-signoff-title = Согласование миссии
leitbild-signoff-lead = Команда процесса представила редакцию { $number } миссии на согласование. Пожалуйста, внимательно прочитайте текст.
leitbild-signoff-older = Вы согласовали редакцию { $signed } { $date }. Теперь на согласовании редакция { $offered }; ваше прежнее согласование остаётся зафиксированным для редакции { $signed }.
leitbild-signoff-heading = Ваше согласование
leitbild-signoff-done = Вы согласовали эту редакцию
leitbild-signoff-explain = Своим согласованием вы как член руководства подтверждаете этот текст. Ваше имя и время фиксируются, их видит команда процесса.
leitbild-signoff-as = Согласует { $name }
leitbild-signoff-submit = Я согласую эту редакцию
leitbild-signoff-adopted = Эта редакция принята.
leitbild-signoff-nothing = Сейчас нет редакции на согласовании. Команда процесса сообщит вам, когда придёт время.
leitbild-signoff-refused-unknown-title = Эта ссылка недействительна
leitbild-signoff-refused-unknown-text = Такой ссылки для участия нет или она больше не действует: возможно, её заменили новой или отозвали.
leitbild-signoff-refused-department-title = Согласование только по личной ссылке
leitbild-signoff-refused-department-text = Это ссылка отдела. Миссию согласуют члены руководства, каждый по своей личной ссылке.
leitbild-signoff-refused-not-leader-title = Согласует только руководство
leitbild-signoff-refused-not-leader-text = Миссию согласуют только члены руководства. Но ваш голос важен: комментируйте и поддерживайте проекты по своей ссылке для участия.
leitbild-signoff-refused-help = Если у вас есть вопросы, обратитесь к команде процесса вашего учреждения. Ничего не зафиксировано.
flash-leitbild-signed = Ваше согласование зафиксировано. Большое спасибо!
flash-leitbild-signed-adopted = Ваше согласование зафиксировано. Теперь согласовали все члены руководства: миссия принята.
flash-leitbild-signed-already = Вы уже согласовали эту редакцию; в силе остаётся ваше первое согласование.
error-leitbild-offer-changed = Тем временем на согласование представлена другая редакция. Пожалуйста, прочитайте её, прежде чем согласовывать. Ничего не зафиксировано.
error-leitbild-nothing-offered = Сейчас нет редакции на согласовании. Ничего не зафиксировано.

## The team's page (/leitbild/{id}/adoption)
leitbild-adoption-title = Согласование и публикация
leitbild-adoption-lead = Представьте редакцию на согласование. Когда её согласуют все члены руководства, она принята. Затем опубликуйте миссию, добавьте переводы и скачайте плакат.
leitbild-adoption-offered = На согласовании
leitbild-adoption-offered-none = редакции ещё нет
leitbild-adoption-adopted = Принятие
leitbild-adoption-state-adopted = принята
leitbild-adoption-state-open = ещё не принята
leitbild-adoption-declared = по решению команды процесса
leitbild-adoption-signoffs = Согласование руководством
leitbild-adoption-no-version = Пока нет ни одной редакции миссии. Сначала напишите проект.
leitbild-adoption-newer = С тех пор как редакция { $offered } представлена на согласование, появилась редакция { $newest }. Представьте новую редакцию на согласование; прежние согласования остаются зафиксированными для редакции { $offered }.
leitbild-adoption-offer-label = Редакция на согласование
leitbild-adoption-offer-hint = Члены руководства видят эту редакцию полностью, когда открывают свою личную ссылку.
leitbild-adoption-offer = Представить на согласование
leitbild-adoption-no-leaders = Пока не внесён ни один член руководства. Внесите их в подготовке.
leitbild-adoption-signed-count = Редакцию на согласовании согласовали { $signed } из { $leaders ->
    [one] { $leaders } члена
   *[other] { $leaders } членов
} руководства.
leitbild-adoption-leaders-caption = Члены руководства и их согласование
leitbild-adoption-signoff = Согласование
leitbild-adoption-link = Личная ссылка
leitbild-adoption-signed = согласовано
leitbild-adoption-open = ожидается
leitbild-adoption-older = более ранняя редакция
leitbild-adoption-link-yes = есть
leitbild-adoption-link-no = нет
leitbild-adoption-how = Члены руководства согласуют по своей личной ссылке для участия, на странице «Согласование». Если ссылки нет, создайте её в подготовке.
leitbild-adoption-declare-heading = Объявить принятой
leitbild-adoption-declare-hint = Если ещё не все члены руководства согласовали, команда процесса может объявить редакцию принятой, как только её согласовал хотя бы один из них – например, когда кто-то долго отсутствует. Число согласований остаётся видимым.
leitbild-adoption-declare = Объявить редакцию принятой
leitbild-adoption-adopted-heading = Принятая миссия
leitbild-adoption-read = Читать принятую миссию
leitbild-adoption-not-yet = Как только редакция будет принята, вы опубликуете её здесь, добавите переводы и скачаете плакат.
confirm-leitbild-declare-title = Объявить редакцию { $number } принятой?
confirm-leitbild-declare-text = Тогда редакция { $number } будет считаться принятой миссией «{ $process }», хотя её согласовали ещё не все члены руководства. Последующие согласования по-прежнему фиксируются.
confirm-leitbild-declare-submit = Да, объявить принятой
flash-leitbild-offered = Редакция представлена на согласование.
flash-leitbild-adopted = Редакция объявлена принятой.
error-leitbild-no-signoff = Ни один член руководства ещё не согласовал эту редакцию. Команда процесса может объявить её принятой только после хотя бы одного согласования.

## Publication
leitbild-publication = Публикация
leitbild-publication-none = не опубликована
leitbild-publication-internal = внутренняя
leitbild-publication-public = публичная
leitbild-publication-legend = Кто может читать миссию?
leitbild-publication-choice-internal = Внутренняя
leitbild-publication-internal-hint = Члены учреждения в ikoe после входа и команда процесса.
leitbild-publication-choice-public = Публичная
leitbild-publication-public-hint = Все, без входа, по отдельному адресу – например, для сайта учреждения.
leitbild-publish = Опубликовать
leitbild-publication-public-url = Публичный адрес:
leitbild-publication-internal-url = Адрес для сотрудников:
leitbild-publication-withdraw = Отменить публикацию
confirm-leitbild-publication-withdraw-title = Отменить публикацию?
confirm-leitbild-publication-withdraw-text = Миссию «{ $process }» тогда будет видеть только команда процесса; публичный адрес больше ничего не покажет.
confirm-leitbild-publication-withdraw-submit = Да, отменить
flash-leitbild-published = Миссия опубликована.
flash-leitbild-unpublished = Публикация отменена.
error-leitbild-not-adopted = Ни одна редакция ещё не принята. Опубликовать можно только принятую миссию.

## Translations
leitbild-translations = Переводы
leitbild-translations-hint = Переводы помогают всем, кому легче читать на другом языке. Определяющим остаётся немецкий текст. Когда принимают новую редакцию, перевод считается устаревшим, пока его не сохранят снова.
leitbild-translation-language = Язык
leitbild-translation-state = Состояние
leitbild-translation-actions = Действия
leitbild-translation-current = актуальный
leitbild-translation-outdated = устаревший
leitbild-translation-none = перевода ещё нет
leitbild-translation-edit = Редактировать
leitbild-translation-add = Добавить
leitbild-translation-title = Перевод
leitbild-translation-lead = Переведите редакцию { $number }, принятую миссию. Рядом с каждым полем приведён немецкий текст.
leitbild-translation-outdated-note = Этот перевод относится к редакции { $old }. С тех пор принята редакция { $number }: обновите перевод и сохраните его, тогда он будет считаться актуальным.
leitbild-translation-original = По-немецки
leitbild-translation-principle = Принцип { $n }
leitbild-translation-goal = Цель принципа { $n }
leitbild-translation-save = Сохранить перевод
flash-leitbild-translation-saved = Перевод сохранён.
error-leitbild-translation-stale = Тем временем кто-то другой сохранил этот перевод или принята новая редакция. Ваш текст ниже без изменений; проверьте его и сохраните снова.
error-translation-nothing-to-translate = В немецком тексте здесь ничего нет. Пожалуйста, оставьте это поле пустым.
confirm-leitbild-translation-remove-title = Удалить перевод ({ $language })?
confirm-leitbild-translation-remove-text = Перевод исчезнет со страницы миссии и с плакатов. Немецкий текст останется.
confirm-leitbild-translation-remove-submit = Да, удалить

## The poster
leitbild-poster = Плакат
leitbild-poster-hint = Плакат показывает девиз крупно и принципы с их целями, в типографском качестве. Без перевода он на немецком.
leitbild-poster-a3 = Плакат A3 (PDF)
leitbild-poster-a2 = Плакат A2 (PDF)
leitbild-poster-heading = Наша миссия
leitbild-poster-footer = Принята { $date } · редакция { $number }

## The published text (/leitbild/{id}/text, /l/{id})
leitbild-published-title = Миссия
leitbild-published-languages = Языки миссии
leitbild-published-missing = На этом языке миссии пока нет. Здесь приведён немецкий текст.
leitbild-published-outdated = Этот перевод относится к прежней редакции миссии. Определяющим является немецкий текст:
leitbild-published-adopted = Принята { $date }
leitbild-published-team-none = Ещё не опубликована: эту страницу видит только команда процесса.
leitbild-published-team-internal = Опубликована внутри: эту страницу видят члены учреждения.
leitbild-published-team-public = Опубликована для всех, без входа, по адресу
