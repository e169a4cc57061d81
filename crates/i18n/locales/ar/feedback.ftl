# Anonymous feedback after a module, and its results for staff.

feedback-title = تقييم «{ $title }»
feedback-intro = تقييمك مجهول الهوية: يُحفظ دون اسمك ويساعد على تحسين الدورة التدريبية. لا يصلح الرابط إلا لمرة واحدة.
feedback-q-overall = ما مدى رضاك بشكل عام؟
feedback-q-content = ما مدى فائدة المحتوى؟
feedback-q-organisation = ما مدى جودة التنظيم؟
feedback-scale-1 = 1 – لا على الإطلاق
feedback-scale-2 = 2
feedback-scale-3 = 3
feedback-scale-4 = 4
feedback-scale-5 = 5 – بدرجة كبيرة جدًا
feedback-comment = هل تودّ أن تخبرنا بشيء آخر؟
feedback-comment-hint = يُرجى عدم ذكر أسماء أشخاص آخرين.
feedback-publish = أوافق على أن يظهر تعليقي دون اسمي على صفحة الدورة التدريبية.
feedback-publish-hint = إذا لم تضع علامة في هذا المربع، فلن تراه إلا الجهة المنظِّمة.
feedback-submit = إرسال التقييم
feedback-done = شكرًا جزيلًا! وصلنا تقييمك.
flash-feedback-thanks = شكرًا جزيلًا على تقييمك!
error-feedback-twice = سبق إرسال تقييم عبر هذا الرابط.
feedback-link = التقييمات
feedback-results-title = التقييمات: { $title }
feedback-results-hint = المتوسط على مقياس من 1 (لا على الإطلاق) إلى 5 (بدرجة كبيرة جدًا). الإجابات مجهولة الهوية.
feedback-by-module = حسب الوحدة
feedback-by-speaker = حسب المدرّب/ة
feedback-by-cohort = مقارنة الدفعات
feedback-col-name = الاسم
feedback-col-answers = الإجابات
feedback-none = لا توجد تقييمات بعد.
feedback-comments = التعليقات
feedback-published = منشور
feedback-not-published = للجهة المنظِّمة فقط
feedback-public-heading = ماذا يقول المشاركون والمشاركات
mail-feedback-invite-subject = تقييمك: { $module }
mail-feedback-invite-body =
    مرحبًا { $name }،

    شكرًا على مشاركتك في «{ $module }» ({ $series }). كيف كانت تجربتك؟ تقييمك مجهول الهوية ولا يستغرق سوى دقيقتين:
    { $link }
