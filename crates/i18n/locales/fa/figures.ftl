# Figures and exports of a series (staff): counts, attendance, target groups,
# the anonymous figures, and the participant list as CSV and XLSX.

## Figures page
figures-page-link = آمار و خروجی‌ها
figures-page-title = آمار و خروجی‌ها: { $title }
figures-page-exports-heading = دریافت فهرست شرکت‌کنندگان
figures-page-exports-hint = این فهرست شامل نام، نشانی ایمیل، سازمان و حضور همهٔ ثبت‌نام‌شدگان است (بدون ثبت‌نام‌های تأییدنشده). آن را فقط جایی نگه دارید که برای دوره لازم است و به محض اینکه دیگر نیازی به آن نیست، پاکش کنید. هر دریافت ثبت می‌شود.
figures-page-download-xlsx = دریافت به‌صورت فایل Excel (XLSX)
figures-page-download-csv = دریافت به‌صورت فایل CSV
figures-page-download-csv-semicolon = CSV برای Excel (با نقطه‌ویرگول)
figures-page-registrations = ثبت‌نام‌ها
figures-page-people = نفر
figures-page-status-confirmed = ثبت‌نام‌شده (جا قطعی)
figures-page-status-waiting = در فهرست انتظار
figures-page-status-pending = در انتظار تأیید
figures-page-status-cancelled = انصراف داده
figures-page-completed = دوره را به پایان رسانده
figures-page-completed-hint = «دوره را به پایان رسانده» کسانی را می‌شمارد که جای قطعی دارند و بر اساس حضور ثبت‌شده، شرط پایان دوره را برآورده می‌کنند. ماژول‌های لغوشده شمرده نمی‌شوند.
figures-page-attendance-heading = حضور در هر ماژول
figures-page-attendance-present = حاضر
figures-page-attendance-absent = غایب
figures-page-attendance-excused = غیبت موجه
figures-page-groups-heading = بر اساس گروه هدف
figures-page-groups-hint = کسانی که جای قطعی دارند، بر اساس گروه هدفی که هنگام ثبت‌نام اعلام کرده‌اند. این دوره در منطقهٔ { $region } برگزار می‌شود؛ منطقهٔ تک‌تک شرکت‌کنندگان ثبت نمی‌شود.
figures-page-no-seats = هنوز هیچ‌کس جای قطعی ندارد.
figures-page-anonymous-heading = اطلاعات داوطلبانه و بی‌نام
figures-page-anonymous-hint = شرکت‌کنندگان این اطلاعات را هنگام ثبت‌نام به‌طور داوطلبانه می‌دهند. این اطلاعات فقط شمرده می‌شوند و به هیچ فردی مربوط نیستند؛ بنابراین پس از انصراف‌ها ممکن است با آمار دیگر تفاوت داشته باشند.
figures-page-answer = پاسخ
figures-page-answers = تعداد پاسخ‌ها

## Participant export (column headers and sheet name)
figures-export-name = نام
figures-export-email = ایمیل
figures-export-affiliation = سازمان
figures-export-target-group = گروه هدف
figures-export-status = وضعیت
figures-export-registered = تاریخ ثبت‌نام
figures-export-sheet = شرکت‌کنندگان
