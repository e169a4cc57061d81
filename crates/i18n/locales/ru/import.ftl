# My registrations and the CSV import of participants.

mine-title = Мои регистрации
mine-empty = Вы пока не зарегистрированы ни на один курс.
import-heading = Импорт участников из файла CSV
import-hint = Одна строка на человека. В первой строке указаны названия столбцов: «Name», «E-Mail», «Organisation» (необязательно), «Zielgruppe» (необязательно, иначе – первая целевая группа серии). Английские заголовки «name», «email», «organisation» и «target group» тоже принимаются. Разделитель – запятая или точка с запятой, кодировка UTF-8. Данные импортируются, только если все строки верны; все получат письмо.
import-field-file = Файл CSV
import-field-file-hint = Не более 1 МБ.
import-submit = Импортировать
import-errors-title = Ничего не импортировано – пожалуйста, исправьте файл
import-line = Строка { $line }
import-field-name = Имя
import-field-email = Электронная почта
import-field-org = Организация
import-field-group = Целевая группа
import-error-header = В первой строке должны быть указаны столбцы «Name» и «E-Mail» (или «email»).
import-error-encoding = Файл сохранён не в кодировке UTF-8.
import-error-row = Эту строку невозможно прочитать.
import-error-duplicate = Этот адрес встречается в файле несколько раз.
import-error-empty = В файле нет ни одного человека.
flash-participants-imported = Участники импортированы и уведомлены.
