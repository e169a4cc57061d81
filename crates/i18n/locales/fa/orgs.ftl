orgs-title = سازمان‌ها
orgs-filter-label = فیلتر کردن سازمان‌ها
orgs-search = نام شامل
orgs-kind = نوع
orgs-region = منطقه
orgs-website = وب‌سایت
orgs-filter-submit = نمایش
orgs-empty = هیچ سازمانی با این مشخصات مطابقت ندارد. جست‌وجو یا فیلترها را تغییر دهید.
orgs-count = { $count ->
    [one] { $count } سازمان پیدا شد
   *[other] { $count } سازمان پیدا شد
}
orgs-member-count = { $count ->
    [one] { $count } عضو
   *[other] { $count } عضو
}
org-kind-programme-provider = مجری برنامه
org-kind-administration = ادارهٔ دولتی
org-kind-coordination-office = دفتر هماهنگی ادغام اجتماعی
org-kind-education = مؤسسهٔ آموزشی
org-kind-migrant-organisation = سازمان مهاجران
org-kind-association = انجمن یا اتحادیه
role-admin = مدیریت
role-member = عضو
org-edit-link = ویرایش اطلاعات
org-edit-title = ویرایش { $org }
org-field-name = نام سازمان
org-field-region-hint = ایالت، یا در زاکسن-آنهالت، شهرستان یا شهر مستقل.
org-field-description = توضیحات
org-field-website-hint = برای مثال https://www.beispiel.de
flash-org-saved = اطلاعات سازمان ذخیره شد.
members-title = اعضای { $org }
members-heading = اعضا
members-role = نقش
members-actions = اقدامات
members-make-admin = دادن نقش مدیریت به { $name }
members-make-member = تبدیل { $name } به عضو عادی
members-remove = حذف { $name }
members-open-invitations = دعوت‌نامه‌های باز
members-no-invitations = هیچ دعوت‌نامهٔ بازی وجود ندارد. در پایین می‌توانید کسی را دعوت کنید.
members-revoke = پس گرفتن دعوت‌نامهٔ { $email }
members-invite = دعوت از یک نفر
members-invite-language = زبان دعوت‌نامه
members-invite-language-hint = ایمیل به این زبان نوشته می‌شود.
members-invite-submit = فرستادن دعوت‌نامه
error-already-member = این شخص از قبل عضو است.
error-last-admin = هر سازمان دست‌کم به یک مدیر نیاز دارد.
flash-invitation-sent = دعوت‌نامه فرستاده شد.
flash-member-removed = عضو حذف شد.
flash-role-changed = نقش تغییر کرد.
flash-invitation-revoked = دعوت‌نامه پس گرفته شد.
error-already-invited = این شخص قبلاً دعوت شده است. برای ارسال دعوت جدید، دعوت باز را لغو کنید.
error-org-exists = سازمانی با این نام از قبل وجود دارد.
members-invite-lead = این شخص ایمیلی با پیوندی دریافت می‌کند که ۷ روز معتبر است. کسی که از قبل حساب دارد وارد می‌شود و دعوت را با آن می‌پذیرد.

# لوگوی سازمان
org-logo-heading = لوگو
org-logo-hint = ‏PNG یا JPEG، حداکثر ۱ مگابایت و حداکثر ۴۰۰۰ × ۴۰۰۰ پیکسل. در بالای گواهی‌های مجموعه‌های شما و در صفحهٔ سازمان نمایش داده می‌شود.
org-logo-field = فایل لوگو
org-logo-upload = بارگذاری لوگو
org-logo-current = لوگوی فعلی
org-logo-alt = لوگوی { $org }
org-logo-none = هنوز لوگویی نیست.
org-logo-remove = حذف لوگو
flash-org-logo-saved = لوگو ذخیره شد.
flash-org-logo-removed = لوگو حذف شد.
error-logo-type = این فایل تصویر PNG یا JPEG خوانایی نیست. لطفاً یک فایل PNG یا JPEG انتخاب کنید.
error-logo-too-large = این فایل بزرگ‌تر از ۱ مگابایت است.
error-logo-dimensions = عرض و ارتفاع تصویر باید بین ۱۶ تا ۴۰۰۰ پیکسل باشد.
error-logo-incomplete = فایل تصویر ناقص است: داده‌های تصویری آن کمتر از مقداری است که اندازهٔ اعلام‌شده‌اش لازم دارد. لطفاً تصویر را دوباره ذخیره کنید (مثلاً به‌صورت PNG) و دوباره بارگذاری کنید.
