# Files of a space, attachments, trash and search.
files-title = Файлы
files-link = Файлы
files-usage = Занято: { $used }
files-quota = из { $quota }.
files-empty = Здесь пока нет файлов.
files-table-caption = Папки и файлы
files-col-name = Имя
files-col-size = Размер
files-col-changed = Изменено
files-folder = Папка
files-upload-heading = Загрузить файлы
files-field-file = Файл
files-upload-submit = Загрузить
file-field-kinds = Разрешено: { $kinds }.
file-field-max = Не более { $size } на файл.
file-version-n = Версия { $n }
file-version = Версия
file-kind = Тип
file-sha256 = Контрольная сумма (SHA-256)
file-download = Скачать
file-versions-heading = Все версии
file-new-version-heading = Загрузить новую версию
file-new-version-submit = Загрузить новую версию
file-trash = Переместить в корзину
file-in-trash = Этот файл находится в корзине.
folder-new-heading = Новая папка
folder-field-name = Название папки
folder-new-submit = Создать папку
folder-delete = Удалить папку
trash-title = Корзина
trash-lead = { $days ->
    [one] Удалённые файлы хранятся здесь { $days } день, и их можно восстановить. После этого они удаляются безвозвратно.
    [few] Удалённые файлы хранятся здесь { $days } дня, и их можно восстановить. После этого они удаляются безвозвратно.
    [many] Удалённые файлы хранятся здесь { $days } дней, и их можно восстановить. После этого они удаляются безвозвратно.
   *[other] Удалённые файлы хранятся здесь { $days } дня, и их можно восстановить. После этого они удаляются безвозвратно.
}
trash-empty = Корзина пуста.
trash-deleted-at = удалено
trash-restore = Восстановить
post-field-files = Прикрепить файлы
post-files = Прикреплённые файлы
post-file-details = Подробности и версии
search-title = Поиск в пространстве
search-field = Искать в темах, сообщениях и именах файлов
search-count = { $count ->
    [0] Ничего не найдено. Попробуйте другие слова или меньше слов.
    [one] { $count } результат.
    [few] { $count } результата.
    [many] { $count } результатов.
   *[other] { $count } результата.
}
search-kind-thread = Тема
search-kind-post = Сообщение
search-kind-file = Файл
flash-folder-created = Папка создана.
flash-folder-deleted = Папка удалена.
flash-files-uploaded = Загружено.
flash-file-version = Новая версия сохранена. Прежние версии остаются доступными.
flash-file-trashed = Файл перемещён в корзину.
flash-file-restored = Файл восстановлен.
error-file-type = Этот тип файлов не разрешён. Разрешены PDF, изображения (PNG, JPEG, GIF, WebP), файлы Office и OpenDocument, а также текст (TXT, CSV, Markdown).
error-file-content = Содержимое файла не соответствует его имени. Проверьте, тот ли это файл.
error-file-empty = Файл пуст.
error-file-too-large = Файл больше допустимого размера.
error-file-incomplete = Файл получен не полностью. Пожалуйста, попробуйте ещё раз.
error-file-store = Не удалось сохранить файл. Пожалуйста, попробуйте позже.
error-file-none = Выберите файл.
error-file-one = Выберите ровно один файл.
error-file-name-path = Имя файла не должно содержать косые черты и указания на папки, например «..».
error-file-name-chars = Имя файла не должно содержать эти символы: < > : " | ? * и не должно заканчиваться точкой.
error-file-name-invisible = Название содержит невидимые символы (например, пробел нулевой ширины). Пожалуйста, введите его заново.
error-file-name-taken = В этой папке уже есть файл с таким именем. Загрузите новую версию на его странице или переименуйте файл.
error-file-version-kind = Новая версия должна быть того же типа, что и файл.
error-file-restore-taken = Другой файл в этой папке теперь носит то же имя. Переименуйте его или переместите в корзину, а затем восстановите этот файл.
error-quota = В этом пространстве недостаточно места для хранения. Удалите старые файлы или версии либо попросите операторов платформы выделить больше места.
error-folder-exists = Здесь уже есть папка с таким названием.
error-folder-not-empty = Папка не пуста. Сначала переместите или удалите её содержимое.
space-news-files = { $count ->
    [one] { $count } новый файл
    [few] { $count } новых файла
    [many] { $count } новых файлов
   *[other] { $count } нового файла
}
