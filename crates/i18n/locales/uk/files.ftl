# Files of a space, attachments, trash and search.
files-title = Файли
files-link = Файли
files-usage = Зайнято: { $used }
files-quota = з { $quota }.
files-empty = Тут ще немає файлів.
files-table-caption = Папки та файли
files-col-name = Назва
files-col-size = Розмір
files-col-changed = Змінено
files-folder = Папка
files-upload-heading = Завантажити файли
files-field-file = Файл
files-upload-submit = Завантажити
file-field-kinds = Дозволено: { $kinds }.
file-field-max = Не більше { $size } на файл.
file-version-n = Версія { $n }
file-version = Версія
file-kind = Тип
file-sha256 = Контрольна сума (SHA-256)
file-download = Скачати
file-versions-heading = Усі версії
file-new-version-heading = Завантажити нову версію
file-new-version-submit = Завантажити нову версію
file-trash = Перемістити в кошик
file-in-trash = Цей файл у кошику.
folder-new-heading = Нова папка
folder-field-name = Назва папки
folder-new-submit = Створити папку
folder-delete = Видалити папку
trash-title = Кошик
trash-lead = { $days ->
    [one] Видалені файли зберігаються тут { $days } день, і їх можна відновити. Після цього їх буде остаточно видалено.
    [few] Видалені файли зберігаються тут { $days } дні, і їх можна відновити. Після цього їх буде остаточно видалено.
    [many] Видалені файли зберігаються тут { $days } днів, і їх можна відновити. Після цього їх буде остаточно видалено.
   *[other] Видалені файли зберігаються тут { $days } дня, і їх можна відновити. Після цього їх буде остаточно видалено.
}
trash-empty = Кошик порожній.
trash-deleted-at = видалено
trash-restore = Відновити
post-field-files = Прикріпити файли
post-files = Прикріплені файли
post-file-details = Подробиці та версії
search-title = Пошук у просторі
search-field = Шукати в темах, дописах і назвах файлів
search-count = { $count ->
    [0] Нічого не знайдено. Спробуйте інші слова або менше слів.
    [one] { $count } результат.
    [few] { $count } результати.
    [many] { $count } результатів.
   *[other] { $count } результату.
}
search-kind-thread = Тема
search-kind-post = Допис
search-kind-file = Файл
flash-folder-created = Папку створено.
flash-folder-deleted = Папку видалено.
flash-files-uploaded = Завантажено.
flash-file-version = Нову версію збережено. Попередні версії залишаються доступними.
flash-file-trashed = Файл переміщено в кошик.
flash-file-restored = Файл відновлено.
error-file-type = Цей тип файлів не дозволено. Дозволено PDF, зображення (PNG, JPEG, GIF, WebP), файли Office та OpenDocument, а також текст (TXT, CSV, Markdown).
error-file-content = Вміст файлу не відповідає його назві. Перевірте, чи це правильний файл.
error-file-empty = Файл порожній.
error-file-too-large = Файл більший, ніж дозволено.
error-file-incomplete = Файл надійшов не повністю. Будь ласка, спробуйте ще раз.
error-file-store = Не вдалося зберегти файл. Будь ласка, спробуйте пізніше.
error-file-none = Виберіть файл.
error-file-one = Виберіть рівно один файл.
error-file-name-path = Назва файлу не може містити скісні риски або вказівки на папки, як-от «..».
error-file-name-chars = Назва файлу не може містити такі символи: < > : " | ? * і не може закінчуватися крапкою.
error-file-name-invisible = Назва містить невидимі символи (наприклад, пробіл нульової ширини). Будь ласка, введіть її знову.
error-file-name-taken = У цій папці вже є файл із такою назвою. Завантажте нову версію на його сторінці або перейменуйте файл.
error-file-version-kind = Нова версія має бути того самого типу, що й файл.
error-file-restore-taken = Інший файл у цій папці тепер має таку саму назву. Перейменуйте його або перемістіть у кошик, а потім відновіть цей файл.
error-quota = У цьому просторі недостатньо місця для зберігання. Видаліть старі файли чи версії або попросіть операторів платформи про додаткове місце.
error-folder-exists = Тут уже є папка з такою назвою.
error-folder-not-empty = Папка не порожня. Спочатку перемістіть або видаліть її вміст.
space-news-files = { $count ->
    [one] { $count } новий файл
    [few] { $count } нові файли
    [many] { $count } нових файлів
   *[other] { $count } нового файлу
}
