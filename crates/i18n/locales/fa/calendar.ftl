# Calendars: .ics files of modules and series, personal calendar feeds, reminders before modules.

## Links on the series page and on the personal registration page
calendar-links-download = افزودن تاریخ‌ها به تقویم
calendar-links-hint = یک فایل تقویم (.ics) برای Outlook، Google Calendar، Apple Calendar، Thunderbird و دیگر برنامه‌های تقویم.
calendar-links-feed-hint = همچنین می‌توانید نشانی این پیوند را در برنامهٔ تقویم خود مشترک شوید. در این صورت تغییرها و لغوها خودبه‌خود نمایش داده می‌شوند.

## The personal calendar feed (/profile/calendar)
calendar-title = تاریخ‌های من در تقویم
calendar-lead = همهٔ ماژول‌های مجموعه‌های آموزشی که در آن‌ها جای قطعی دارید، در یک تقویم شخصی قرار دارند. اگر در برنامهٔ تقویم خود مشترک آن شوید، تاریخ‌های تازه، تغییرها و لغوها خودبه‌خود نمایش داده می‌شوند.
calendar-url-label = نشانی تقویم شما
calendar-url-hint = این نشانی را کپی کنید و در برنامهٔ تقویم خود وارد کنید، برای مثال در بخش «اشتراک تقویم» یا «افزودن از اینترنت».
calendar-subscribe = اشتراک در برنامهٔ تقویم
calendar-download = دریافت به‌صورت فایل
calendar-secret = این نشانی محرمانه است: هر کس آن را بداند، بدون ورود به حساب تاریخ‌های شما را می‌بیند. لطفاً آن را در اختیار دیگران قرار ندهید.
calendar-reset-heading = ساختن نشانی تازه
calendar-reset-text = اگر ممکن است کس دیگری این نشانی را بداند، نشانی تازه‌ای بسازید. نشانی قبلی دیگر کار نمی‌کند؛ نشانی تازه را در برنامهٔ تقویم خود وارد کنید.
calendar-reset-submit = ساختن نشانی تازه
flash-calendar-reset = تقویم شما نشانی تازه‌ای دارد. نشانی قبلی دیگر کار نمی‌کند.
calendar-profile-link = اشتراک تاریخ‌های من در تقویم

## Inside the calendar files
calendar-ics-feed-name = ikoe – تاریخ‌های من
calendar-ics-topics = موضوع‌ها
calendar-ics-access = دسترس‌پذیری مکان
calendar-ics-online = شرکت آنلاین
calendar-ics-online-only = آنلاین
calendar-ics-online-after-registration = شرکت آنلاین امکان‌پذیر است؛ شرکت‌کنندگان پیوند را پس از ثبت‌نام دریافت می‌کنند.
calendar-ics-details = جزئیات

## Reminder mail before a module
mail-module-reminder-subject = یادآوری: { $module } در { $when }
mail-module-reminder-body =
    سلام { $name }،

    ماژول «{ $module }» از مجموعهٔ «{ $series }» را به شما یادآوری می‌کنیم.

    زمان: { $when }
    { $details }

    ثبت‌نام شما و همهٔ تاریخ‌ها:
    { $link }

    منتظر دیدار شما هستیم.
mail-module-reminder-venue = مکان: { $venue }
mail-module-reminder-online = شرکت آنلاین: { $url }
mail-module-reminder-access = دسترس‌پذیری مکان: { $access }
