# The annual planner of a Leitbild process (Jahresplaner): measures with owner, month, status and evidence.

measures-title = المخطط السنوي
measures-lead = الإجراءات المتفق عليها في ورشة العمل الثالثة – لكل منها شخص مسؤول وشهر والمبدأ الذي تخدمه – تُتابَع حتى تُنجَز.
measures-year = سنة الخطة
measures-no-plan = ليس للمخطط السنوي سنة خطة بعد. يحدد فريق العملية أدناه الشهر الذي تبدأ فيه، وبعدها يمكن إدخال الإجراءات.
measures-empty = لا توجد إجراءات في المخطط السنوي بعد.
measures-empty-filtered = لا يوجد إجراء يطابق هذه التصفية.

## Status
measures-status-open = مفتوح
measures-status-progress = قيد التنفيذ
measures-status-done = منجز
measures-status-now = الحالة الحالية
measures-status-change = تغيير الحالة
measures-status-title = تغيير الحالة

## Actions and files
measures-add = إدخال إجراء
measures-pdf = تقويم حائطي (PDF، A3)
measures-ics = إضافة إلى التقويم (.ics)
measures-feed = الاشتراك في المخطط السنوي في تقويمك
measures-feed-hint = أدخل هذا العنوان في برنامج التقويم لديك كاشتراك. العنوان شخصي: لا تعطه لغيرك. يعمل ما دام يحق لك الاطلاع على هذه العملية.
measures-feed-reset = تجديد العنوان (في صفحة تقويمك)

## Filters
measures-filter = تصفية الإجراءات
measures-filter-all = الكل
measures-filter-submit = تصفية
measures-filter-clear = عرض كل الإجراءات

## Fields
measures-field-title = الإجراء
measures-field-title-hint = قصير ومحدد، مثلاً «ملف ترحيب بخمس لغات».
measures-field-description = الوصف
measures-field-owner = المسؤول
measures-field-owner-hint = اسم الشخص الذي يتولى الأمر. لا يحتاج إلى حساب.
measures-field-owner-email = البريد الإلكتروني للشخص المسؤول
measures-field-owner-email-hint = يتلقى عندها تذكيراً في بداية شهره.
measures-field-month = الشهر
measures-field-month-hint = أحد الأشهر الاثني عشر لسنة الخطة.
measures-field-principle = المبدأ
measures-field-principle-hint = المبدأ من أحدث نسخة الذي يخدمه الإجراء.
measures-field-status = الحالة
measures-field-evidence = الدليل
measures-field-evidence-hint = ما يُظهر أن الإجراء نُفِّذ – مثلاً محضر أو صورة أو رابط. مطلوب عندما يُنجَز.
measures-choose-month = يرجى الاختيار
measures-principle-none = بيان الرسالة ككل
measures-principle-gone = لم يعد هذا المبدأ موجوداً في أحدث نسخة.
measures-principle-n = المبدأ { $n }
measures-owner-missing = لم يُسجَّل أحد

## Forms
measures-new-title = إدخال إجراء
measures-edit-title = تعديل الإجراء
measures-plan-title = سنة الخطة
measures-plan-start = الشهر الأول من سنة الخطة
measures-plan-start-hint = مثلاً 2027-03 لسنة تمتد من مارس 2027 حتى فبراير 2028.
measures-plan-save = حفظ سنة الخطة

## The wall calendar (PDF)
measures-pdf-subtitle = المخطط السنوي { $from } – { $to }
measures-pdf-empty = لا توجد إجراءات
measures-pdf-continued = تتمة
measures-pdf-continues = يتبع في الصفحة التالية

## Messages
flash-measure-added = أصبح الإجراء في المخطط السنوي.
flash-measure-status = تم حفظ الحالة.
error-measure-owner-required = يرجى إدخال الشخص المسؤول عن الإجراء.
error-evidence-required = الإجراء المنجز يحتاج إلى دليل: ما الذي يُظهر أنه نُفِّذ؟
error-month-outside-plan = يرجى اختيار أحد الأشهر الاثني عشر لسنة الخطة.
error-plan-measures-outside = بعض الإجراءات ستقع خارج هذه الأشهر الاثني عشر. انقلها أولاً إلى سنة الخطة الجديدة.
error-measure-stale = قام شخص آخر بتغيير هذا الإجراء في هذه الأثناء. ما أدخلته ما زال هنا؛ راجعه ثم احفظه مرة أخرى.
confirm-measure-remove-title = إزالة الإجراء «{ $title }»؟
confirm-measure-remove-text = يختفي الإجراء من المخطط السنوي لـ «{ $process }»، ومن التقويم الحائطي واشتراكات التقويم أيضاً. لن يتم إشعار أحد.
confirm-measure-remove-submit = نعم، إزالة

## Reminder mail to an owner when the month of their measure begins
mail-measure-due-subject = المخطط السنوي: موعد «{ $title }» في { $month }
mail-measure-due-body =
    مرحباً { $name }،

    في المخطط السنوي لـ { $org } أنت مسؤول عن هذا الإجراء المقرر في { $month }:

    { $title }
    { $details }

    عندما يُنجَز، يرجى إبلاغ فريق العملية وذكر دليل – مثلاً محضر أو صورة أو رابط.

    يُرسَل هذا التذكير مرة واحدة، في بداية الشهر.
mail-measure-due-principle = المبدأ { $n }: { $text }
admin-outbox-kind-measure-due = تذكير بإجراء في المخطط السنوي
