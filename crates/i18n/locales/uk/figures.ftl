# Figures and exports of a series (staff): counts, attendance, target groups,
# the anonymous figures, and the participant list as CSV and XLSX.

## Figures page
figures-page-link = Показники та експорт
figures-page-title = Показники та експорт: { $title }
figures-page-exports-heading = Завантажити список учасників
figures-page-exports-hint = Список містить імена, адреси електронної пошти, організації та відвідуваність усіх зареєстрованих (без непідтверджених реєстрацій). Зберігайте його лише там, де це потрібно для навчання, і видаліть, щойно він стане непотрібним. Кожне завантаження фіксується в журналі.
figures-page-download-xlsx = Завантажити як файл Excel (XLSX)
figures-page-download-csv = Завантажити як файл CSV
figures-page-download-csv-semicolon = CSV для Excel (з крапкою з комою)
figures-page-registrations = Реєстрації
figures-page-people = Осіб
figures-page-status-confirmed = Зареєстровані (місце гарантоване)
figures-page-status-waiting = У списку очікування
figures-page-status-pending = Очікують на схвалення
figures-page-status-cancelled = Скасували реєстрацію
figures-page-completed = Завершили серію
figures-page-completed-hint = «Завершили серію» — це особи з гарантованим місцем, які за зафіксованою відвідуваністю виконують умову завершення серії. Скасовані модулі не враховуються.
figures-page-attendance-heading = Відвідуваність за модулями
figures-page-attendance-present = Присутні
figures-page-attendance-absent = Відсутні
figures-page-attendance-excused = Відсутні з поважної причини
figures-page-groups-heading = За цільовою групою
figures-page-groups-hint = Особи з гарантованим місцем за цільовою групою, яку вони вказали під час реєстрації. Серія проходить у регіоні { $region }; регіон окремих учасників не фіксується.
figures-page-no-seats = Поки ні в кого немає гарантованого місця.
figures-page-anonymous-heading = Добровільні анонімні дані
figures-page-anonymous-hint = Учасники надають ці дані добровільно під час реєстрації. Їх лише підраховують, і вони не пов’язані з жодною особою; тому після скасувань вони можуть відрізнятися від інших показників.
figures-page-answer = Відповідь
figures-page-answers = Кількість відповідей

## Participant export (column headers and sheet name)
figures-export-name = Ім’я
figures-export-email = Електронна пошта
figures-export-affiliation = Організація
figures-export-target-group = Цільова група
figures-export-status = Статус
figures-export-registered = Дата реєстрації
figures-export-sheet = Учасники
