# Planning of series: form errors, speakers, planning board, attendance.

## Form errors of series and modules
error-at-least-one = 1 على الأقل.
error-choose-at-least-one = يُرجى اختيار خيار واحد على الأقل.
error-date = يُرجى إدخال تاريخ مثل 04/03/2027.
error-datetime = يُرجى إدخال التاريخ والوقت.
error-end-before-start = يجب أن تكون النهاية بعد البداية.
error-number = يُرجى إدخال عدد صحيح.
error-number-range = هذا العدد كبير جدًا أو صغير جدًا.
error-venue-or-online = أدخِل مكان الانعقاد أو رابط المشاركة عبر الإنترنت.

## Attendance
attendance-link = الحضور
attendance-title = الحضور: { $title }
attendance-roll-heading = قائمة الحضور
attendance-empty = لم يحصل أحد على مقعد في هذه السلسلة بعد.
attendance-present = حضور
attendance-absent = غياب
attendance-excused = غياب بعذر
attendance-save = حفظ الحضور
flash-attendance-saved = تم حفظ الحضور.
attendance-checkin-heading = تسجيل الحضور الذاتي
attendance-checkin-hint = يمكن للمشاركين والمشاركات تسجيل حضورهم بأنفسهم عبر رابطهم الشخصي باستخدام رمز تعرضه في مكان الانعقاد – من ساعة قبل البداية حتى نهاية الوحدة.
attendance-checkin-start = إنشاء رمز
attendance-checkin-show = اعرض هذا الرمز في مكان الانعقاد، مثلًا عبر جهاز العرض:
attendance-checkin-new = إنشاء رمز جديد
attendance-checkin-off = إنهاء تسجيل الحضور
attendance-list-heading = قائمة الحضور للتوقيع
attendance-list-hint = اطبع القائمة واطلب توقيعها في مكان الانعقاد، ثم ارفع النسخة الممسوحة ضوئيًا هنا – كإثبات للجهات الممولة.
attendance-list-download = قائمة الحضور (PDF)
attendance-list-no = الرقم
attendance-list-signature = التوقيع
attendance-list-trainer = توقيع المدرّب/ة أو الجهة المنظِّمة
attendance-list-page = الصفحة
attendance-scan-present = تم الرفع:
attendance-scan-field = رفع القائمة الموقَّعة
attendance-scan-hint = ملف PDF أو JPEG أو PNG، بحد أقصى 10 ميغابايت. يحل الملف الجديد محل الملف السابق.
attendance-scan-submit = رفع
flash-scan-saved = تم حفظ القائمة الموقَّعة.
error-upload-too-large = حجم الملف أكبر من المسموح به.
error-upload-empty = يُرجى اختيار ملف.
error-upload-type = هذا الملف ليس بصيغة PDF أو JPEG أو PNG.
checkin-heading = تسجيل الحضور: { $title }
checkin-code = الرمز المعروض في مكان الانعقاد
checkin-code-hint = يُعرض الرمز في مكان الانعقاد، مثلًا عبر جهاز العرض.
checkin-submit = تسجيل الحضور
flash-checked-in = تم تسجيل حضورك.
flash-checkin-wrong-code = الرمز غير صحيح. يُرجى التحقق منه.
flash-checkin-closed = تسجيل الحضور غير ممكن لهذه الوحدة حاليًا.
flash-checkin-too-many = محاولات كثيرة جدًا. يُرجى التوجّه إلى الجهة المنظِّمة في مكان الانعقاد.

## Completion and certificates
certificates-link = الإتمام والشهادات
certificates-title = الشهادات: { $title }
certificates-rule = قاعدة الإتمام: { $rules }.
certificates-rule-modules = { $count ->
    [zero] حضور { $count } وحدة على الأقل
    [one] حضور وحدة واحدة على الأقل
    [two] حضور وحدتين على الأقل
    [few] حضور { $count } وحدات على الأقل
    [many] حضور { $count } وحدة على الأقل
   *[other] حضور { $count } وحدة على الأقل
}
certificates-rule-mandatory = حضور جميع الوحدات الإلزامية
certificates-rule-hours = { $count ->
    [zero] { $count } ساعة تدريسية على الأقل
    [one] ساعة تدريسية واحدة على الأقل
    [two] ساعتان تدريسيتان على الأقل
    [few] { $count } ساعات تدريسية على الأقل
    [many] { $count } ساعة تدريسية على الأقل
   *[other] { $count } ساعة تدريسية على الأقل
}
certificates-rule-all = حضور جميع الوحدات
certificates-progress = تقدّم المشاركين والمشاركات
certificates-completed = الإتمام
certificates-certificate = الشهادة
certificates-revoke-reason = سبب الإبطال
certificates-revoke = إبطال
certificates-issue-heading = إصدار الشهادات
certificates-to-issue = { $count ->
    [0] كل من أتمّ السلسلة حصل على شهادته بالفعل.
    [zero] كل من أتمّ السلسلة حصل على شهادته بالفعل.
    [one] شخص واحد أتمّ السلسلة ولم يحصل على شهادة بعد.
    [two] شخصان أتمّا السلسلة ولم يحصلا على شهادة بعد.
    [few] { $count } أشخاص أتمّوا السلسلة ولم يحصلوا على شهادة بعد.
    [many] { $count } شخصًا أتمّوا السلسلة ولم يحصلوا على شهادة بعد.
   *[other] { $count } شخص أتمّوا السلسلة ولم يحصلوا على شهادة بعد.
}
certificates-field-locale = لغة الشهادة
certificates-field-locale-hint = يظهر عنوان السلسلة بهذه اللغة إذا كان متوفرًا بها.
certificates-field-place = مكان الإصدار
certificates-issue-submit = إصدار الشهادات وإبلاغ المشاركين والمشاركات
certificates-revoked-heading = الشهادات المُبطَلة
flash-certificates-issued = تم إصدار الشهادات؛ وسيتلقى المشاركون والمشاركات رسالة بريد إلكتروني.
flash-certificates-none = لم تكن هناك شهادات جديدة لإصدارها.
flash-certificate-revoked = تم إبطال الشهادة. يمكنك إصدار شهادة جديدة.
certificate-heading = شهادة حضور
certificate-intro = تقديرًا للمشاركة بنجاح في السلسلة التدريبية
certificate-modules = الوحدات التي تم حضورها
certificate-col-date = التاريخ
certificate-col-module = الوحدة والمواضيع
certificate-col-hours = الساعات
certificate-total = مجموع الساعات التدريسية
certificate-annex-heading = ملحق: الوحدات التي تم حضورها
certificate-annex-note = الوحدات التي تم حضورها ({ $count }، بمجموع { $hours } ساعة تدريسية) مذكورة في الملحق.
certificate-verify = التحقق من صحة الشهادة:
registration-certificate-link = تنزيل شهادتك (PDF)
verify-title = التحقق من شهادة
verify-code = رمز التحقق
verify-code-hint = يوجد الرمز في أسفل الشهادة، مثلًا K7P2-9XQM-4TRA.
verify-submit = تحقّق
verify-valid = هذه الشهادة صالحة.
verify-revoked = تم إبطال هذه الشهادة.
verify-revoked-on = أُبطلت في { $date }.
verify-unknown = لا توجد شهادة بهذا الرمز.
verify-unknown-hint = تحقّق من خلوّ الرمز من الأخطاء الكتابية.
verify-participant = صادرة باسم
verify-series = السلسلة التدريبية
verify-issuer = صادرة عن
verify-issued = تاريخ الإصدار
verify-hours = الساعات التدريسية
mail-certificate-issued-subject = شهادتك: { $series }
mail-certificate-issued-body =
    مرحبًا { $name }،

    تهانينا: لقد أتممت «{ $series }». يمكنك تنزيل شهادة الحضور الخاصة بك من هنا:
    { $link }

## Speakers and the planning board
series-org-link = تخطيط السلاسل التدريبية وإدارتها
speakers-link = المدرّبون والمدرّبات
speakers-title = المدرّبون والمدرّبات لدى { $org }
speakers-empty = لا يوجد مدرّبون أو مدرّبات في الدليل بعد.
speakers-add-heading = إضافة مدرّب/ة
speakers-edit-heading = تعديل بيانات المدرّب/ة
speakers-field-email-hint = تُرسل الطلبات إلى هذا العنوان. لا حاجة إلى حساب.
speakers-field-topics = المواضيع
speakers-field-bio = نبذة تعريفية قصيرة
flash-speaker-added = تمت إضافة الشخص إلى الدليل.
error-speaker-exists = عنوان البريد الإلكتروني هذا موجود بالفعل في الدليل.
module-speakers-title = المدرّبون والمدرّبات للوحدة «{ $title }»
module-speakers-requests = الطلبات
module-speakers-none = لم يُرسَل أي طلب بعد.
module-speakers-deadline = الرد حتى { $date }
module-speakers-withdraw = سحب الطلب
module-speakers-ask = إرسال طلب إلى مدرّب/ة
module-speakers-directory-empty = أضف أولًا مدرّبين ومدرّبات إلى الدليل.
module-speakers-field-speaker = المدرّب/ة
module-speakers-field-deadline = الرد حتى
module-speakers-field-deadline-hint = حتى ذلك الموعد يُرسَل تذكير كل ثلاثة أيام؛ وبعده تنتهي صلاحية الطلب.
module-speakers-field-message = رسالة شخصية
module-speakers-submit = إرسال الطلب
flash-speaker-asked = تم إرسال الطلب.
error-deadline-past = هذا التاريخ في الماضي.
error-module-cancelled = هذه الوحدة ملغاة.
error-speaker-double-booked = أُرسل إلى هذا الشخص بالفعل طلب لوحدة أخرى في الوقت نفسه، أو وافق على تولّيها.
error-speaker-already-asked = أُرسل إلى هذا الشخص بالفعل طلب لهذه الوحدة.
request-status-asked = أُرسل الطلب
request-status-confirmed = تمت الموافقة
request-status-declined = تم الاعتذار
request-status-expired = انتهت الصلاحية دون رد
request-status-withdrawn = سُحب الطلب
speaker-answer-title = طلب: { $title }
speaker-answer-deadline = يُرجى الرد حتى { $date }.
speaker-answer-confirm = نعم، سأتولّى هذه الوحدة
speaker-answer-decline = لا، للأسف لا أستطيع
speaker-answer-thanks = شكرًا جزيلًا على موافقتك! ستتواصل معك الجهة المنظِّمة بشأن التفاصيل.
speaker-answer-closed = تم الرد على هذا الطلب أو لم يعد مفتوحًا.
flash-speaker-confirmed = شكرًا على موافقتك!
flash-speaker-declined = نأسف لذلك – وصلنا اعتذارك. شكرًا على ردّك.
flash-speaker-closed = هذا الطلب لم يعد مفتوحًا.
board-link = لوحة التخطيط
board-title = لوحة التخطيط لـ { $org }
board-intro = جميع وحدات الأشهر الـ24 القادمة مع حالة المدرّبين والمدرّبات – حتى تظهر الثغرات بوضوح.
board-gaps = { $count ->
    [0] لكل الوحدات موافقة أو طلب مفتوح.
    [zero] لكل الوحدات موافقة أو طلب مفتوح.
    [one] وحدة واحدة بدون مدرّب/ة.
    [two] وحدتان بدون مدرّب/ة.
    [few] { $count } وحدات بدون مدرّب/ة.
    [many] { $count } وحدة بدون مدرّب/ة.
   *[other] { $count } وحدة بدون مدرّب/ة.
}
board-clashes = { $count ->
    [zero] يوجد حجز مزدوج لأحد الأشخاص في { $count } وحدة.
    [one] يوجد حجز مزدوج لأحد الأشخاص في وحدة واحدة.
    [two] يوجد حجز مزدوج لأحد الأشخاص في وحدتين.
    [few] يوجد حجز مزدوج لأحد الأشخاص في { $count } وحدات.
    [many] يوجد حجز مزدوج لأحد الأشخاص في { $count } وحدة.
   *[other] يوجد حجز مزدوج لأحد الأشخاص في { $count } وحدة.
}
board-show-gaps = عرض الثغرات فقط
board-show-all = عرض جميع الوحدات
board-empty = لا توجد وحدات في الأشهر الـ24 القادمة.
board-speakers = المدرّبون والمدرّبات
board-state = الحالة
board-state-open = مفتوحة
board-state-asked = أُرسل طلب
board-state-confirmed = تمت الموافقة
board-state-declined = تم الاعتذار – أرسِل طلبًا جديدًا
board-clash = تنبيه: لدى { $name } حجز آخر في الوقت نفسه.
mail-speaker-request-subject = طلب: { $module } ({ $series })
mail-speaker-request-body =
    مرحبًا { $name }،

    تلقّيت طلبًا من { $asker } لتولّي الوحدة «{ $module }» من السلسلة التدريبية «{ $series }» في { $when }.
    { $message }
    يُرجى الموافقة أو الاعتذار عبر هذا الرابط (لا حاجة إلى حساب)، ويُفضَّل أن يكون ذلك حتى { $deadline }:
    { $link }
mail-speaker-reminder-subject = تذكير: طلب بشأن { $module } ({ $series })
mail-speaker-reminder-body =
    مرحبًا { $name }،

    لم نتلقَّ بعدُ ردًّا على طلبنا بشأن الوحدة «{ $module }» من السلسلة «{ $series }» في { $when }.
    يُرجى الموافقة أو الاعتذار حتى { $deadline } عبر هذا الرابط:
    { $link }
mail-speaker-confirmed-subject = موافقة: { $speaker } – { $module }
mail-speaker-confirmed-body =
    وصلت موافقة { $speaker } على تولّي الوحدة «{ $module }» في { $when }.
mail-speaker-declined-subject = اعتذار: { $speaker } – { $module }
mail-speaker-declined-body =
    وصل اعتذار { $speaker } عن تولّي الوحدة «{ $module }» في { $when }. تُظهر لوحة التخطيط هذه الثغرة.
certificates-none-completed = لم يُكمل أحد الدورة بعد.
certificates-missing = ينقص:
certificates-missing-modules =
    { $count ->
        [one] وحدة واحدة
        [two] وحدتان
        [few] { $count } وحدات
       *[other] { $count } وحدة
    }
certificates-missing-mandatory =
    { $count ->
        [one] وحدة إلزامية واحدة
        [two] وحدتان إلزاميتان
        [few] { $count } وحدات إلزامية
       *[other] { $count } وحدة إلزامية
    }
certificates-missing-hours =
    { $count ->
        [one] ساعة واحدة
        [two] ساعتان
        [few] { $count } ساعات
       *[other] { $count } ساعة
    }
