# My registrations and the CSV import of participants.

mine-title = Мої реєстрації
mine-empty = Ви ще не зареєстровані на жоден курс.
import-heading = Імпорт учасників із файлу CSV
import-hint = Один рядок на особу. Перший рядок містить назви стовпців: «Name», «E-Mail», «Organisation» (необов’язково), «Zielgruppe» (необов’язково, інакше – перша цільова група серії). Також приймаються англійські заголовки «name», «email», «organisation» і «target group». Роздільник – кома або крапка з комою, кодування UTF-8. Дані імпортуються, лише якщо всі рядки правильні; усі отримають електронний лист.
import-field-file = Файл CSV
import-field-file-hint = Не більше 1 МБ.
import-submit = Імпортувати
import-errors-title = Нічого не імпортовано – будь ласка, виправте файл
import-line = Рядок { $line }
import-field-name = Ім’я
import-field-email = Електронна пошта
import-field-org = Організація
import-field-group = Цільова група
import-error-header = Перший рядок має містити стовпці «Name» і «E-Mail» (або «email»).
import-error-encoding = Файл збережено не в кодуванні UTF-8.
import-error-row = Цей рядок неможливо прочитати.
import-error-duplicate = Ця адреса трапляється у файлі кілька разів.
import-error-empty = У файлі немає жодної особи.
flash-participants-imported = Учасників імпортовано й повідомлено.
