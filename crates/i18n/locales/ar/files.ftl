# Files of a space, attachments, trash and search.
files-title = الملفات
files-link = الملفات
files-usage = السعة المستخدمة: { $used }
files-quota = من أصل { $quota }.
files-empty = لا توجد ملفات هنا بعد.
files-table-caption = المجلدات والملفات
files-col-name = الاسم
files-col-size = الحجم
files-col-changed = آخر تعديل
files-folder = مجلد
files-upload-heading = رفع الملفات
files-field-file = الملف
files-upload-submit = رفع
file-field-kinds = المسموح به: { $kinds }.
file-field-max = الحد الأقصى لكل ملف: { $size }.
file-version-n = الإصدار { $n }
file-version = الإصدار
file-kind = النوع
file-sha256 = المجموع الاختباري (SHA-256)
file-download = تنزيل
file-versions-heading = جميع الإصدارات
file-new-version-heading = رفع إصدار جديد
file-new-version-submit = رفع إصدار جديد
file-trash = نقل إلى سلة المحذوفات
file-in-trash = هذا الملف موجود في سلة المحذوفات.
folder-new-heading = مجلد جديد
folder-field-name = اسم المجلد
folder-new-submit = إنشاء المجلد
folder-delete = حذف المجلد
trash-title = سلة المحذوفات
trash-lead = { $days ->
    [zero] تُزال الملفات المحذوفة نهائيًا على الفور ولا يمكن استعادتها.
    [one] تبقى الملفات المحذوفة هنا يومًا واحدًا ويمكن استعادتها. بعد ذلك تُزال نهائيًا.
    [two] تبقى الملفات المحذوفة هنا يومين ويمكن استعادتها. بعد ذلك تُزال نهائيًا.
    [few] تبقى الملفات المحذوفة هنا { $days } أيام ويمكن استعادتها. بعد ذلك تُزال نهائيًا.
    [many] تبقى الملفات المحذوفة هنا { $days } يومًا ويمكن استعادتها. بعد ذلك تُزال نهائيًا.
   *[other] تبقى الملفات المحذوفة هنا { $days } يوم ويمكن استعادتها. بعد ذلك تُزال نهائيًا.
}
trash-empty = سلة المحذوفات فارغة.
trash-deleted-at = حُذف في
trash-restore = استعادة
post-field-files = إرفاق ملفات
post-files = الملفات المرفقة
post-file-details = التفاصيل والإصدارات
search-title = البحث في المساحة
search-field = البحث في المواضيع والمشاركات وأسماء الملفات
search-count = { $count ->
    [0] لم يُعثر على شيء. جرّب كلمات أخرى أو عددًا أقل من الكلمات.
    [one] نتيجة واحدة.
    [two] نتيجتان.
    [few] { $count } نتائج.
    [many] { $count } نتيجة.
   *[other] { $count } نتيجة.
}
search-kind-thread = موضوع
search-kind-post = مشاركة
search-kind-file = ملف
flash-folder-created = تم إنشاء المجلد.
flash-folder-deleted = تم حذف المجلد.
flash-files-uploaded = تم الرفع.
flash-file-version = تم حفظ الإصدار الجديد. تبقى الإصدارات السابقة محفوظة.
flash-file-trashed = الملف الآن في سلة المحذوفات.
flash-file-restored = تمت استعادة الملف.
error-file-type = نوع الملف هذا غير مسموح به. المسموح به: ملفات PDF، والصور (PNG وJPEG وGIF وWebP)، وملفات Office وOpenDocument، والنصوص (TXT وCSV وMarkdown).
error-file-content = محتوى الملف لا يتطابق مع اسمه. تحقّق من أنه الملف الصحيح.
error-file-empty = الملف فارغ.
error-file-too-large = حجم الملف أكبر من المسموح به.
error-file-incomplete = لم يصل الملف كاملًا. يُرجى المحاولة مرة أخرى.
error-file-store = تعذّر حفظ الملف. يُرجى المحاولة مرة أخرى لاحقًا.
error-file-none = اختر ملفًا.
error-file-one = اختر ملفًا واحدًا فقط.
error-file-name-path = يجب ألا يحتوي اسم الملف على شرطات مائلة أو على إشارات إلى مجلدات مثل «..».
error-file-name-chars = يجب ألا يحتوي اسم الملف على هذه الأحرف: < > : " | ? * وألا ينتهي بنقطة.
error-file-name-invisible = يحتوي الاسم على أحرف غير مرئية (مثل مسافة بعرض صفري). يرجى كتابته من جديد.
error-file-name-taken = يوجد بالفعل ملف بهذا الاسم في هذا المجلد. ارفع إصدارًا جديدًا من صفحته أو غيّر اسم الملف.
error-file-version-kind = يجب أن يكون الإصدار الجديد من نوع الملف نفسه.
error-file-restore-taken = يحمل ملف آخر في هذا المجلد الآن الاسم نفسه. غيّر اسمه أو انقله إلى سلة المحذوفات، ثم استعد هذا الملف.
error-quota = سعة التخزين في هذه المساحة لا تكفي لذلك. احذف ملفات أو إصدارات قديمة، أو اطلب من الجهة المشغِّلة سعة إضافية.
error-folder-exists = يوجد هنا بالفعل مجلد بهذا الاسم.
error-folder-not-empty = المجلد ليس فارغًا. انقل محتواه أو احذفه أولًا.
space-news-files = { $count ->
    [zero] لا توجد ملفات جديدة
    [one] ملف جديد واحد
    [two] ملفان جديدان
    [few] { $count } ملفات جديدة
    [many] { $count } ملفًا جديدًا
   *[other] { $count } ملف جديد
}
