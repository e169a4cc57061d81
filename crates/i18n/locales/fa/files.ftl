# Files of a space, attachments, trash and search.
files-title = فایل‌ها
files-link = فایل‌ها
files-usage = حجم استفاده‌شده: { $used }
files-quota = از { $quota }.
files-empty = هنوز هیچ فایلی اینجا نیست.
files-table-caption = پوشه‌ها و فایل‌ها
files-col-name = نام
files-col-size = اندازه
files-col-changed = آخرین تغییر
files-folder = پوشه
files-upload-heading = بارگذاری فایل‌ها
files-field-file = فایل
files-upload-submit = بارگذاری
file-field-kinds = مجاز: { $kinds }.
file-field-max = حداکثر { $size } برای هر فایل.
file-version-n = نسخهٔ { $n }
file-version = نسخه
file-kind = نوع
file-sha256 = چک‌سام (SHA-256)
file-download = دانلود
file-versions-heading = همهٔ نسخه‌ها
file-new-version-heading = بارگذاری نسخهٔ جدید
file-new-version-submit = بارگذاری نسخهٔ جدید
file-trash = انتقال به سطل زباله
file-in-trash = این فایل در سطل زباله است.
folder-new-heading = پوشهٔ جدید
folder-field-name = نام پوشه
folder-new-submit = ایجاد پوشه
folder-delete = حذف پوشه
trash-title = سطل زباله
trash-lead = { $days ->
    [one] فایل‌های حذف‌شده یک روز اینجا می‌مانند و می‌توان آن‌ها را بازیابی کرد. پس از آن برای همیشه پاک می‌شوند.
   *[other] فایل‌های حذف‌شده { $days } روز اینجا می‌مانند و می‌توان آن‌ها را بازیابی کرد. پس از آن برای همیشه پاک می‌شوند.
}
trash-empty = سطل زباله خالی است.
trash-deleted-at = حذف‌شده در
trash-restore = بازیابی
post-field-files = پیوست کردن فایل
post-files = فایل‌های پیوست‌شده
post-file-details = جزئیات و نسخه‌ها
search-title = جست‌وجو در فضا
search-field = جست‌وجو در موضوع‌ها، پیام‌ها و نام فایل‌ها
search-count = { $count ->
    [0] چیزی پیدا نشد. واژه‌های دیگر یا کمتری را امتحان کنید.
    [one] یک نتیجه.
   *[other] { $count } نتیجه.
}
search-kind-thread = موضوع
search-kind-post = پیام
search-kind-file = فایل
flash-folder-created = پوشه ایجاد شد.
flash-folder-deleted = پوشه حذف شد.
flash-files-uploaded = بارگذاری شد.
flash-file-version = نسخهٔ جدید ذخیره شد. نسخه‌های قبلی حفظ می‌شوند.
flash-file-trashed = فایل به سطل زباله منتقل شد.
flash-file-restored = فایل بازیابی شد.
error-file-type = این نوع فایل مجاز نیست. فایل‌های مجاز: PDF، تصویر (PNG، JPEG، GIF، WebP)، فایل‌های Office و OpenDocument و متن (TXT، CSV، Markdown).
error-file-content = محتوای فایل با نام آن مطابقت ندارد. بررسی کنید که فایل درست را انتخاب کرده باشید.
error-file-empty = فایل خالی است.
error-file-too-large = حجم فایل بیش از حد مجاز است.
error-file-incomplete = فایل به‌طور کامل نرسید. لطفاً دوباره تلاش کنید.
error-file-store = فایل ذخیره نشد. لطفاً بعداً دوباره تلاش کنید.
error-file-none = یک فایل انتخاب کنید.
error-file-one = دقیقاً یک فایل انتخاب کنید.
error-file-name-path = نام فایل نباید خط مورب یا نشانی پوشه مانند «..» داشته باشد.
error-file-name-chars = نام فایل نباید این نویسه‌ها را داشته باشد: < > : " | ? * و نباید با نقطه تمام شود.
error-file-name-invisible = نام شامل نویسه‌های نامرئی است (مانند فاصلهٔ بدون عرض). لطفاً آن را دوباره تایپ کنید.
error-file-name-taken = در این پوشه از قبل فایلی با همین نام وجود دارد. در صفحهٔ آن فایل نسخهٔ جدیدی بارگذاری کنید یا نام فایل را تغییر دهید.
error-file-version-kind = نسخهٔ جدید باید از همان نوع فایل باشد.
error-file-restore-taken = فایل دیگری در این پوشه اکنون همین نام را دارد. نام آن را تغییر دهید یا آن را به سطل زباله منتقل کنید، سپس این فایل را بازیابی کنید.
error-quota = حجم ذخیره‌سازی این فضا برای این کار کافی نیست. فایل‌ها یا نسخه‌های قدیمی را حذف کنید یا از گردانندگان حجم بیشتری بخواهید.
error-folder-exists = اینجا از قبل پوشه‌ای با همین نام وجود دارد.
error-folder-not-empty = پوشه خالی نیست. ابتدا محتوای آن را جابه‌جا یا حذف کنید.
space-news-files = { $count ->
    [one] یک فایل جدید
   *[other] { $count } فایل جدید
}
