# The annual planner of a Leitbild process (Jahresplaner): measures with owner, month, status and evidence.

measures-title = برنامهٔ سالانه
measures-lead = اقدام‌های کارگاه سوم – هر کدام با یک مسئول، یک ماه و اصل راهنمایی که به آن خدمت می‌کند – تا انجام شدن پیگیری می‌شوند.
measures-year = سال برنامه
measures-no-plan = برنامهٔ سالانه هنوز سال برنامه ندارد. تیم فرایند در پایین تعیین می‌کند که از کدام ماه شروع شود؛ پس از آن می‌توان اقدام‌ها را وارد کرد.
measures-empty = هنوز اقدامی در برنامهٔ سالانه نیست.
measures-empty-filtered = هیچ اقدامی با این فیلتر مطابقت ندارد.

## Status
measures-status-open = باز
measures-status-progress = در حال انجام
measures-status-done = انجام‌شده
measures-status-now = وضعیت کنونی
measures-status-change = تغییر وضعیت
measures-status-title = تغییر وضعیت

## Actions and files
measures-add = افزودن اقدام
measures-pdf = تقویم دیواری (PDF، A3)
measures-ics = افزودن به تقویم (.ics)
measures-feed = اشتراک برنامهٔ سالانه در تقویم
measures-feed-hint = این نشانی را در برنامهٔ تقویم خود به‌عنوان اشتراک وارد کنید. این نشانی شخصی است: آن را به دیگران ندهید. تا وقتی اجازهٔ دیدن این فرایند را دارید کار می‌کند.
measures-feed-reset = نوسازی نشانی (در صفحهٔ تقویم شما)

## Filters
measures-filter = فیلتر اقدام‌ها
measures-filter-all = همه
measures-filter-submit = فیلتر
measures-filter-clear = نمایش همهٔ اقدام‌ها

## Fields
measures-field-title = اقدام
measures-field-title-hint = کوتاه و مشخص، مثلاً «بستهٔ خوشامدگویی به پنج زبان».
measures-field-description = توضیح
measures-field-owner = مسئول
measures-field-owner-hint = نام کسی که به آن رسیدگی می‌کند. به حساب کاربری نیاز ندارد.
measures-field-owner-email = نشانی ایمیل شخص مسئول
measures-field-owner-email-hint = در این صورت در آغاز ماهش یادآوری دریافت می‌کند.
measures-field-month = ماه
measures-field-month-hint = یکی از دوازده ماه سال برنامه.
measures-field-principle = اصل راهنما
measures-field-principle-hint = اصل راهنمای تازه‌ترین نسخه که اقدام به آن خدمت می‌کند.
measures-field-status = وضعیت
measures-field-evidence = مدرک
measures-field-evidence-hint = آنچه نشان می‌دهد اقدام اجرا شده است – مثلاً صورت‌جلسه، عکس یا پیوند. وقتی انجام شد لازم است.
measures-choose-month = لطفاً انتخاب کنید
measures-principle-none = بیانیهٔ مأموریت به‌طور کلی
measures-principle-gone = این اصل راهنما دیگر در تازه‌ترین نسخه نیست.
measures-principle-n = اصل راهنمای { $n }
measures-owner-missing = کسی ثبت نشده است

## Forms
measures-new-title = افزودن اقدام
measures-edit-title = ویرایش اقدام
measures-plan-title = سال برنامه
measures-plan-start = نخستین ماه سال برنامه
measures-plan-start-hint = مثلاً 2027-03 برای مارس ۲۰۲۷ تا فوریهٔ ۲۰۲۸.
measures-plan-save = ذخیرهٔ سال برنامه

## The wall calendar (PDF)
measures-pdf-subtitle = برنامهٔ سالانه { $from } – { $to }
measures-pdf-empty = بدون اقدام
measures-pdf-continued = ادامه
measures-pdf-continues = ادامه در صفحهٔ بعد

## Messages
flash-measure-added = اقدام در برنامهٔ سالانه ثبت شد.
flash-measure-status = وضعیت ذخیره شد.
error-measure-owner-required = لطفاً وارد کنید چه کسی مسئول این اقدام است.
error-evidence-required = اقدام انجام‌شده به مدرک نیاز دارد: چه چیزی نشان می‌دهد که اجرا شده است؟
error-month-outside-plan = لطفاً یکی از دوازده ماه سال برنامه را انتخاب کنید.
error-plan-measures-outside = برخی اقدام‌ها بیرون از این دوازده ماه می‌افتند. نخست آن‌ها را به سال برنامهٔ جدید منتقل کنید.
error-measure-stale = در این فاصله شخص دیگری این اقدام را تغییر داده است. آنچه وارد کرده‌اید هنوز اینجاست؛ آن را بررسی کنید و دوباره ذخیره کنید.
confirm-measure-remove-title = اقدام «{ $title }» حذف شود؟
confirm-measure-remove-text = اقدام از برنامهٔ سالانهٔ «{ $process }» حذف می‌شود، از جمله از تقویم دیواری و اشتراک‌های تقویم. به کسی اطلاع داده نمی‌شود.
confirm-measure-remove-submit = بله، حذف شود

## Reminder mail to an owner when the month of their measure begins
mail-measure-due-subject = برنامهٔ سالانه: موعد «{ $title }» در { $month }
mail-measure-due-body =
    سلام { $name }،

    در برنامهٔ سالانهٔ { $org } شما مسئول این اقدام هستید که موعد آن { $month } است:

    { $title }
    { $details }

    وقتی انجام شد، لطفاً به تیم فرایند خبر دهید و مدرکی نام ببرید – مثلاً صورت‌جلسه، عکس یا پیوند.

    این یادآوری یک بار، در آغاز ماه، فرستاده می‌شود.
mail-measure-due-principle = اصل راهنمای { $n }: { $text }
admin-outbox-kind-measure-due = یادآوری یک اقدام در برنامهٔ سالانه
