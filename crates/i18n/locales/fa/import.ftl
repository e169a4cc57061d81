# My registrations and the CSV import of participants.

mine-title = ثبت‌نام‌های من
mine-empty = هنوز در هیچ دورهٔ آموزشی‌ای ثبت‌نام نکرده‌اید.
import-heading = وارد کردن شرکت‌کنندگان از فایل CSV
import-hint = برای هر نفر یک سطر. سطر نخست نام ستون‌ها را مشخص می‌کند: «Name»، «E-Mail»، «Organisation» (اختیاری)، «Zielgruppe» (اختیاری؛ در غیر این صورت نخستین گروه هدف مجموعه). سرستون‌های انگلیسی «name»، «email»، «organisation» و «target group» نیز پذیرفته می‌شوند. جداکننده کاما یا نقطه‌ویرگول، رمزگذاری UTF-8. فقط اگر همهٔ سطرها درست باشند، داده‌ها وارد می‌شوند؛ همه ایمیلی دریافت می‌کنند.
import-field-file = فایل CSV
import-field-file-hint = حداکثر 1 مگابایت.
import-submit = وارد کردن
import-errors-title = چیزی وارد نشد – لطفاً فایل را اصلاح کنید
import-line = سطر { $line }
import-field-name = نام
import-field-email = ایمیل
import-field-org = سازمان
import-field-group = گروه هدف
import-error-header = سطر نخست باید ستون‌های «Name» و «E-Mail» (یا «email») را نام ببرد.
import-error-encoding = فایل با رمزگذاری UTF-8 ذخیره نشده است.
import-error-row = این سطر قابل خواندن نیست.
import-error-duplicate = این نشانی بیش از یک بار در فایل آمده است.
import-error-empty = فایل هیچ شخصی را در بر ندارد.
flash-participants-imported = شرکت‌کنندگان وارد شدند و به آن‌ها اطلاع داده شد.
