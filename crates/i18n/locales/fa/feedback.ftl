# Anonymous feedback after a module, and its results for staff.

feedback-title = بازخورد دربارهٔ «{ $title }»
feedback-intro = بازخورد شما بی‌نام است: بدون نام شما ذخیره می‌شود و به بهتر شدن دورهٔ آموزشی کمک می‌کند. این پیوند فقط یک بار اعتبار دارد.
feedback-q-overall = روی‌هم‌رفته چقدر راضی بودید؟
feedback-q-content = محتوا چقدر مفید بود؟
feedback-q-organisation = سازمان‌دهی چقدر خوب بود؟
feedback-scale-1 = 1 – اصلاً
feedback-scale-2 = 2
feedback-scale-3 = 3
feedback-scale-4 = 4
feedback-scale-5 = 5 – خیلی زیاد
feedback-comment = چه چیز دیگری می‌خواهید به ما بگویید؟
feedback-comment-hint = لطفاً نام افراد دیگر را ننویسید.
feedback-publish = نظر من می‌تواند بدون نامم در صفحهٔ دورهٔ آموزشی نمایش داده شود.
feedback-publish-hint = اگر این گزینه را علامت نزنید، فقط برگزارکنندگان آن را می‌بینند.
feedback-submit = فرستادن بازخورد
feedback-done = بسیار سپاسگزاریم! بازخورد شما دریافت شد.
flash-feedback-thanks = از بازخورد شما بسیار سپاسگزاریم!
error-feedback-twice = با این پیوند قبلاً بازخورد داده شده است.
feedback-link = بازخوردها
feedback-results-title = بازخوردها: { $title }
feedback-results-hint = میانگین در مقیاسی از 1 (اصلاً) تا 5 (خیلی زیاد). پاسخ‌ها بی‌نام هستند.
feedback-by-module = بر اساس ماژول
feedback-by-speaker = بر اساس مدرس
feedback-by-cohort = مقایسهٔ گروه‌ها
feedback-col-name = نام
feedback-col-answers = پاسخ‌ها
feedback-none = هنوز هیچ بازخوردی وجود ندارد.
feedback-comments = نظرها
feedback-published = منتشرشده
feedback-not-published = فقط برای برگزارکنندگان
feedback-public-heading = شرکت‌کنندگان چه می‌گویند
mail-feedback-invite-subject = بازخورد شما: { $module }
mail-feedback-invite-body =
    سلام { $name }،

    از شرکت شما در «{ $module }» ({ $series }) سپاسگزاریم. چطور بود؟ بازخورد شما بی‌نام است و فقط دو دقیقه وقت می‌گیرد:
    { $link }
