# Figures and exports of a series (staff): counts, attendance, target groups,
# the anonymous figures, and the participant list as CSV and XLSX.

## Figures page
figures-page-link = Показатели и экспорт
figures-page-title = Показатели и экспорт: { $title }
figures-page-exports-heading = Скачать список участников
figures-page-exports-hint = Список содержит имена, адреса электронной почты, организации и посещаемость всех зарегистрированных (без неподтверждённых регистраций). Храните его только там, где это нужно для обучения, и удалите, как только он станет не нужен. Каждое скачивание записывается в журнал.
figures-page-download-xlsx = Скачать как файл Excel (XLSX)
figures-page-download-csv = Скачать как файл CSV
figures-page-download-csv-semicolon = CSV для Excel (с точкой с запятой)
figures-page-registrations = Регистрации
figures-page-people = Человек
figures-page-status-confirmed = Зарегистрированы (место гарантировано)
figures-page-status-waiting = В листе ожидания
figures-page-status-pending = Ожидают одобрения
figures-page-status-cancelled = Отменили регистрацию
figures-page-completed = Завершили серию
figures-page-completed-hint = «Завершили серию» — это люди с гарантированным местом, которые по записанной посещаемости выполняют условие завершения серии. Отменённые модули не учитываются.
figures-page-attendance-heading = Посещаемость по модулям
figures-page-attendance-present = Присутствовали
figures-page-attendance-absent = Отсутствовали
figures-page-attendance-excused = Отсутствовали по уважительной причине
figures-page-groups-heading = По целевой группе
figures-page-groups-hint = Люди с гарантированным местом по целевой группе, которую они указали при регистрации. Серия проходит в регионе { $region }; регион отдельных участников не записывается.
figures-page-no-seats = Пока ни у кого нет гарантированного места.
figures-page-anonymous-heading = Добровольные анонимные данные
figures-page-anonymous-hint = Участники сообщают эти данные добровольно при регистрации. Они только подсчитываются и не связаны ни с одним человеком, поэтому после отмен они могут отличаться от других показателей.
figures-page-answer = Ответ
figures-page-answers = Число ответов

## Participant export (column headers and sheet name)
figures-export-name = Имя
figures-export-email = Электронная почта
figures-export-affiliation = Организация
figures-export-target-group = Целевая группа
figures-export-status = Статус
figures-export-registered = Дата регистрации
figures-export-sheet = Участники
