# Network spaces: protected places for networks, steering groups and working groups; discussions.

nav-spaces = Простори

## The list of spaces (/spaces)
spaces-title = Простори
spaces-lead = Захищені простори для мереж, керівних і робочих груп: тут учасники обговорюють свої теми між зустрічами. Читати вміст простору можуть лише його учасники.
spaces-new-title = Новий простір
spaces-edit-title = Редагувати простір
spaces-mine = Мої простори
spaces-mine-empty = Ви ще не належите до жодного простору. Вас або Вашу організацію приймають до простору, коли його адміністратори додають Вас або приймають Ваш запит.
spaces-listed = Інші простори
spaces-listed-hint = Ці простори показують свою назву всім, хто увійшов у систему. Їхній вміст бачать лише учасники; Ви можете подати запит на участь.
space-kind-network = Мережа
space-kind-steering = Керівна група
space-kind-working = Робоча група
space-member-count = { $count ->
    [one] { $count } учасник
    [few] { $count } учасники
    [many] { $count } учасників
   *[other] { $count } учасника
}
space-new-posts = { $count ->
    [one] { $count } новий допис
    [few] { $count } нові дописи
    [many] { $count } нових дописів
   *[other] { $count } нового допису
}
space-requested = Запит на участь надіслано

## The space form
space-field-name = Назва простору
space-field-kind = Тип простору
space-field-description = Про що цей простір
space-field-listed = Показувати назву всім, хто увійшов у систему
space-field-listed-hint = Тоді інші зможуть подати запит на участь. Вміст у будь-якому разі бачать лише учасники.
flash-space-created = Простір створено. Тепер додайте учасників.

## A space's home
space-your-role = Ваша роль
space-role-admin = Адміністратор
space-role-member = Учасник
space-role-reader = Лише читання
space-members-link = Учасники
space-open-requests = { $count ->
    [one] { $count } нерозглянутий запит
    [few] { $count } нерозглянуті запити
    [many] { $count } нерозглянутих запитів
   *[other] { $count } нерозглянутого запиту
}
space-news-heading = Нове від Вашого останнього відвідування
space-news-first = Вітаємо! Ви вперше в цьому просторі.
space-news-nothing = Від Вашого останнього відвідування нічого нового не з’явилося.
space-news-since = Від Вашого останнього відвідування
space-news-threads = { $count ->
    [one] { $count } нова тема
    [few] { $count } нові теми
    [many] { $count } нових тем
   *[other] { $count } нової теми
}
space-news-posts = { $count ->
    [one] { $count } новий допис
    [few] { $count } нові дописи
    [many] { $count } нових дописів
   *[other] { $count } нового допису
}
space-news-members = { $count ->
    [one] { $count } новий учасник
    [few] { $count } нові учасники
    [many] { $count } нових учасників
   *[other] { $count } нового учасника
}
space-threads-heading = Теми
space-threads-empty = Тут ще немає жодної теми. Почніть першу.
thread-unread = { $count ->
    [one] { $count } непрочитаний допис
    [few] { $count } непрочитані дописи
    [many] { $count } непрочитаних дописів
   *[other] { $count } непрочитаного допису
}
thread-posts = { $count ->
    [one] { $count } допис
    [few] { $count } дописи
    [many] { $count } дописів
   *[other] { $count } допису
}
thread-last-post = останній допис

## Asking to join a listed space
space-request-heading = Подати запит на участь
space-request-lead = Адміністратори простору отримають Ваш запит і ухвалять рішення. Відповідь Ви отримаєте електронною поштою.
space-field-message = Повідомлення адміністраторам
space-request-submit = Надіслати запит
space-requested-text = Ви подали запит на участь. Адміністратори простору ухвалять рішення; Ви отримаєте лист.
flash-space-requested = Ваш запит надіслано.

## Members (/spaces/{id}/members)
space-members-title = Учасники простору { $space }
space-member-kind = Тип
space-member-org = Організація (усі, хто до неї належить)
space-member-person = Особа
space-role-of = Роль: { $name }
space-role-change = Змінити роль
space-remove = Вилучити
space-requests-heading = Запити
space-requests-empty = Немає нерозглянутих запитів.
space-request-accept = Прийняти
space-request-decline = Відхилити
space-add-org-heading = Додати організацію
space-add-org-lead = Тоді до простору належатимуть усі особи організації, зокрема й ті, хто приєднається пізніше. Адміністратори організації отримають лист.
space-field-org = Назва організації
space-field-org-hint = Точно так, як у каталозі організацій.
space-add-person-heading = Додати особу
space-add-person-lead = Ця особа повинна мати обліковий запис в ikoe. Вона отримає лист.
space-add-submit = Додати
flash-space-member-added = Додано. Лист уже надсилається.
flash-space-member-removed = Вилучено з простору.
flash-space-request-accepted = Прийнято. Особа отримає лист.
flash-space-request-declined = Відхилено. Особа отримає лист.
error-space-no-such-org = Організації з такою назвою немає. Перевірте написання в каталозі.
error-space-already-member = Уже належить до цього простору.
error-space-no-account = Для цієї адреси немає облікового запису. Спочатку запросіть цю особу до її організації.
error-space-last-admin = Простору потрібен щонайменше один адміністратор. Спочатку надайте цю роль комусь іншому.

## Threads and posts
thread-new-title = Нова тема
thread-field-title = Заголовок
post-field-body = Текст
post-field-body-hint = Можна використовувати Markdown: **жирний**, *курсив*, [текст посилання](https://…), списки з «-». Зображення та HTML не відображаються.
thread-submit = Почати тему
flash-thread-created = Тему створено.
thread-reply-heading = Відповісти
thread-reply-submit = Надіслати відповідь
post-new = Нове
post-edited = змінено
post-edit = Редагувати
post-by = Допис від { $name }
post-edit-title = Редагувати допис
post-current-heading = Поточний текст допису
post-history-title = Попередні версії
post-history-now = Поточна версія
post-history-until = Версія до

## E-mails
mail-space-added-subject = Додавання до простору «{ $space }»
mail-space-added-body =
    { $who } тепер належить до простору «{ $space }» в ikoe.

    Перейти до простору: { $link }
mail-space-request-new-subject = Запит на участь у просторі «{ $space }»
mail-space-request-new-body =
    { $who } просить прийняти до простору «{ $space }».

    Переглянути запит і ухвалити рішення: { $link }
mail-space-request-accepted-subject = Ласкаво просимо до простору «{ $space }»
mail-space-request-accepted-body =
    Ваш запит прийнято: тепер Ви належите до простору «{ $space }».

    Перейти до простору: { $link }
mail-space-request-declined-subject = Ваш запит на участь у просторі «{ $space }»
mail-space-request-declined-body =
    На жаль, Ваш запит на участь у просторі «{ $space }» не прийнято. Якщо у Вас є запитання, зверніться, будь ласка, до контактної особи: { $who }.

## Following threads and notifications
thread-follow = Стежити за темою
thread-unfollow = Більше не стежити
thread-following = Ви стежите за цією темою й отримуватимете сповіщення про нові дописи.
flash-thread-followed = Тепер Ви стежите за темою.
flash-thread-unfollowed = Ви більше не стежите за темою.
notify-heading = Сповіщення
notify-legend = Коли хтось пише в темі, за якою Ви стежите:
notify-mode-immediate = одразу надсилати лист
notify-mode-digest = надсилати підсумок раз на день
notify-mode-off = не надсилати листів
notify-submit = Зберегти вибір
mail-space-post-subject = Нова відповідь: { $thread }
mail-space-post-body =
    Новий допис від { $who } у темі «{ $thread }» у просторі «{ $space }»:

    { $excerpt }

    Перейти до допису: { $link }

    Налаштувати сповіщення: { $settings }
mail-space-digest-subject = { $count ->
    [one] { $count } новий допис у Ваших просторах
    [few] { $count } нові дописи у Ваших просторах
    [many] { $count } нових дописів у Ваших просторах
   *[other] { $count } нового допису у Ваших просторах
}
mail-space-digest-line = { $space } – { $thread } ({ $who }): { $link }
mail-space-digest-body =
    Нове в темах, за якими Ви стежите:

    { $lines }

    Налаштувати сповіщення: { $settings }
