admin-users-title = حساب‌ها
admin-users-search = جست‌وجو در حساب‌ها
admin-users-count = { $count ->
    [one] { $count } حساب
   *[other] { $count } حساب
}
admin-users-since = تاریخ ایجاد
admin-users-platform-admin = مدیریت پلتفرم
admin-users-grant-admin = دادن نقش مدیریت پلتفرم به { $name }
admin-users-revoke-admin = گرفتن نقش مدیریت پلتفرم از { $name }
admin-invite-org = سازمان
admin-invite-no-org = بدون سازمان
admin-org-new-title = سازمان جدید
admin-org-create = ایجاد سازمان
flash-org-created = سازمان ایجاد شد. اکنون نخستین مدیر آن را دعوت کنید.
admin-audit-title = گزارش تغییرات
admin-audit-filter = فیلتر کردن گزارش
admin-audit-count = { $count ->
    [one] { $count } مدخل
   *[other] { $count } مدخل
}
admin-audit-when = زمان
admin-audit-who = چه کسی
admin-audit-action = اقدام
admin-audit-object = مورد
admin-audit-org = سازمان
admin-audit-detail = جزئیات
admin-audit-actor-id = شخص (شناسه)
admin-audit-org-id = سازمان (شناسه)
admin-audit-system = سامانه
admin-outbox-title = صندوق خروجی
admin-mail-title = ایمیل
admin-outbox-no-smtp = هیچ سرور SMTP راه‌اندازی نشده است. ایمیل‌ها فرستاده نمی‌شوند، بلکه در اینجا جمع‌آوری می‌شوند.
admin-outbox-empty = صندوق خروجی خالی است.
admin-outbox-count = { $count ->
    [one] { $count } ایمیل
   *[other] { $count } ایمیل
}
admin-outbox-created = تاریخ ایجاد
admin-outbox-to = گیرنده
admin-outbox-subject = موضوع
admin-outbox-status = وضعیت
admin-outbox-language = زبان
admin-outbox-back = بازگشت به صندوق خروجی
admin-outbox-status-pending = در انتظار
admin-outbox-status-sent = فرستاده شد
admin-outbox-status-failed = ناموفق
admin-barriers-title = مشکلات دسترس‌پذیری گزارش‌شده
admin-barriers-empty = هیچ مشکل دسترس‌پذیری گزارش نشده است.
admin-barriers-done = علامت‌گذاری به‌عنوان انجام‌شده
admin-barriers-reopen = باز کردن دوباره
admin-barriers-status-open = باز
admin-barriers-status-done = انجام‌شده
admin-texts-title = متن‌های حقوقی
admin-texts-lead = این متن‌ها در پانویس هر صفحه قرار دارند. متن آلمانی الزامی است؛ اگر ترجمه‌ای موجود نباشد، متن آلمانی نمایش داده می‌شود.
admin-texts-language = زبان
admin-texts-switch = تغییر زبان
admin-texts-body = متن
admin-texts-body-hint = خطوط خالی پاراگراف‌ها را از هم جدا می‌کنند. اگر متن را خالی بگذارید، متن پیش‌فرض برنامه بازگردانده می‌شود.
admin-orgs-title = سازمان‌ها
admin-orgs-members-of = اعضای { $org }
admin-mail-hidden = موضوع و متن ایمیل‌ها محتوای شخصی است و اینجا نمایش داده نمی‌شود.

# the outbox shows the kind of a mail, not its text
admin-mail-not-kept = متن ایمیل پس از ارسال نگه داشته نمی‌شود.
admin-outbox-text-shown = این نمونه موضوع و متن ایمیل‌ها را نشان می‌دهد، چون هیچ سرور SMTP راه‌اندازی نشده و تنظیم show_mail_text_in_outbox اجازه می‌دهد (فقط برای نمونه‌های نمایشی و آزمایشی).
admin-outbox-text-hidden = اینجا گیرنده، نوع و وضعیت هر ایمیل را می‌بینید. موضوع و متن محتوای شخصی است و نمایش داده نمی‌شود.
admin-outbox-kind = نوع
admin-outbox-kind-invitation = دعوت (حساب جدید)
admin-outbox-kind-invitation-existing = دعوت (حساب موجود)
admin-outbox-kind-reset = بازنشانی گذرواژه
admin-outbox-kind-registration-confirm = تأیید ثبت‌نام
admin-outbox-kind-registration-confirmed = ثبت‌نام تأیید شد
admin-outbox-kind-registration-waiting = فهرست انتظار
admin-outbox-kind-registration-pending = ثبت‌نام در انتظار تأیید
admin-outbox-kind-registration-moved-up = جابه‌جایی از فهرست انتظار
admin-outbox-kind-registration-again = ثبت‌نام دوبارهٔ همان نشانی
admin-outbox-kind-registration-cancelled = لغو ثبت‌نام
admin-outbox-kind-certificate-issued = صدور گواهی
admin-outbox-kind-speaker-request = درخواست از سخنران
admin-outbox-kind-speaker-reminder = یادآوری به سخنران
admin-outbox-kind-speaker-confirmed = سخنران پذیرفت
admin-outbox-kind-speaker-declined = سخنران نپذیرفت
admin-outbox-kind-module-cancelled = لغو بخش آموزشی
admin-outbox-kind-module-reminder = یادآوری بخش آموزشی
admin-outbox-kind-feedback-invite = درخواست بازخورد
admin-outbox-kind-space-invitation = دعوت به فضا
admin-outbox-kind-space-invitation-org = دعوت سازمان به فضا
admin-outbox-kind-space-request-new = درخواست عضویت جدید
admin-outbox-kind-space-request-accepted = درخواست عضویت پذیرفته شد
admin-outbox-kind-space-request-declined = درخواست عضویت رد شد
admin-outbox-kind-space-post = پست جدید
admin-outbox-kind-space-digest = خلاصهٔ روزانه
