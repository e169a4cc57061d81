# Network spaces: protected places for networks, steering groups and working groups; discussions.

nav-spaces = Простори

## The list of spaces (/spaces)
spaces-title = Простори
spaces-lead = Захищені простори для мереж, керівних і робочих груп: тут учасники обговорюють свої теми між зустрічами. Читати вміст простору можуть лише його учасники.
spaces-new-title = Новий простір
spaces-edit-title = Редагувати простір
spaces-mine = Мої простори
spaces-mine-empty = Ви ще не належите до жодного простору. Вас або Вашу організацію приймають до простору, коли Ви приймаєте запрошення його адміністраторів або вони приймають Ваш запит.
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
space-field-org = Назва організації
space-field-org-hint = Точно так, як у каталозі організацій.
flash-space-own-org-added = Ваша організація тепер належить до простору.
flash-space-member-removed = Вилучено з простору.
flash-space-request-accepted = Прийнято. Особа отримає лист.
flash-space-request-declined = Відхилено. Особа отримає лист.
error-space-no-such-org = Організації з такою назвою немає. Перевірте написання в каталозі.
error-space-already-member = Уже належить до цього простору.
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

## Invitations to a space
spaces-invitations = Запрошення
spaces-invitation-for-you = Вас запрошено.
spaces-invitation-for-org = Вашу організацію { $org } запрошено. Як її адміністратор ви приймаєте або відхиляєте.
spaces-invitation-from = Від { $who }
space-invitation-valid-until = Дійсне до
space-invitation-accept = Прийняти
space-invitation-decline = Відхилити
space-invitations-heading = Відкриті запрошення
space-invitations-empty = Немає відкритих запрошень.
space-invitations-caption = Запрошені, ще не прийняли
space-invited = Запрошено
space-invitation-pending = відкрите
space-invitation-revoke = Відкликати
space-invite-org-heading = Запросити організацію
space-invite-org-lead = Адміністратори організації отримують електронний лист і приймають або відхиляють. Лише тоді всі люди організації належать до простору, зокрема ті, хто приєднається пізніше.
space-invite-person-heading = Запросити особу
space-invite-person-lead = Особа отримує електронний лист із посиланням і приймає або відхиляє. Лише тоді вона належить до простору.
space-invite-submit = Запросити
flash-space-invited = Запрошення надіслано. Воно відображається в розділі «Відкриті запрошення», доки на нього не відповіли.
flash-space-invitation-revoked = Запрошення відкликано.
flash-space-invitation-accepted = Прийнято. Ласкаво просимо до простору!
flash-space-invitation-declined = Відхилено. Ви більше не отримуватимете листів про це.
error-space-invitation-pending = Для цього вже є відкрите запрошення до цього простору.
error-space-invitation-declined = Це запрошення нещодавно відхилили. Нове можливе лише через 30 днів після відхилення.
error-space-invitation-limit = Сьогодні для цього простору вже надіслано 30 запрошень. Спробуйте завтра.
error-space-invitation-invitee-limit = Ця адреса або організація сьогодні вже отримала кілька запрошень до просторів. Будь ласка, запросіть завтра.
space-invitation-title = Запрошення до простору
space-invitation-lead = { $who } запрошує вас до простору «{ $space }» з роллю «{ $role }».
space-invitation-other-account = Ви увійшли з іншою адресою. Прийняти може лише той, хто увійшов з адресою, на яку надіслано запрошення. Вийдіть і увійдіть з цією адресою.
space-invitation-sign-in = Увійдіть з адресою, на яку надіслано запрошення. Потім прийміть або відхиліть його тут.
space-invitation-no-account = Щоб приєднатися до простору, спершу потрібен обліковий запис в ikoe. Облікові записи створюються за запрошенням адміністраторів організації; зверніться до них.
space-invitation-stays-open = Запрошення залишається відкритим до завершення строку дії
space-invitation-have-account = У вас є обліковий запис? Увійти
space-invitation-not-for-me-heading = Не для вас?
space-invitation-not-for-me-text = Відхиліть — і запрошення завершиться. Обліковий запис для цього не потрібен.
space-invitation-not-for-me = Це не для мене – відхилити
space-invitation-was-accepted = Це запрошення вже прийнято.
space-invitation-was-declined = Це запрошення відхилено.
space-invitation-was-revoked = Це запрошення відкликано.
space-invitation-was-expired = Строк дії цього запрошення минув. Попросіть того, хто вас запросив, про нове.
space-invitation-unknown = Такого запрошення немає або вже немає. Перевірте, чи посилання повне.
mail-space-invitation-subject = Запрошення до простору в ikoe
mail-space-invitation-body =
    { $who } запрошує вас до простору «{ $space }» в ikoe з роллю «{ $role }».

    Прийняти або відхилити: { $link }

    Запрошення дійсне { $days } днів. Ви належите до простору лише після того, як приймете його. Якщо воно не для вас, відхиліть його за посиланням або проігноруйте цей лист.
mail-space-invitation-org-subject = Запрошення вашої організації до простору в ikoe
mail-space-invitation-org-body =
    { $who } запрошує вашу організацію { $org } до простору «{ $space }» в ikoe з роллю «{ $role }».

    Як адміністратор організації прийміть або відхиліть: { $link }

    Запрошення дійсне { $days } днів. Люди вашої організації належать до простору лише після того, як ви приймете його.
