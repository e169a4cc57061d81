# Qualification series: catalogue, series pages, registration, staff pages.

nav-series = الدورات التدريبية
actions = الإجراءات
back = رجوع
cancel = إلغاء
edit = تعديل

## Kinds, visibility, status, target groups
series-kind-trainer = تأهيل المدرّبين
series-kind-volunteer = دورة للمتطوعين
series-kind-apprentice = ورشة عمل لطلاب التدريب المهني
series-kind-expert_day = يوم تخصصي
series-visibility-public = عامة
series-visibility-members = لأعضاء المنظمة فقط
series-visibility-invitation = برابط الدعوة فقط
series-status-active = نشطة
series-status-cancelled = ملغاة
target-group-administration = العاملون في الإدارة
target-group-volunteers = المتطوعون
target-group-newcomers = القادمون الجدد
target-group-trainers = المدرّبون
target-group-apprentices = طلاب التدريب المهني
target-group-multipliers = ناقلو المعرفة

## Catalogue
catalogue-title = الدورات التدريبية
catalogue-filter-label = تصفية الدورات التدريبية
catalogue-filter-group = الفئة المستهدفة
catalogue-filter-month = الشهر
catalogue-filter-language = اللغة
catalogue-count = { $count ->
    [zero] لا توجد أي دورة تدريبية
    [one] دورة تدريبية واحدة
    [two] دورتان تدريبيتان
    [few] { $count } دورات تدريبية
    [many] { $count } دورة تدريبية
   *[other] { $count } دورة تدريبية
}
catalogue-empty = لا توجد دورة تدريبية تطابق عوامل التصفية هذه.
catalogue-modules = { $count ->
    [zero] لا توجد وحدات
    [one] وحدة واحدة
    [two] وحدتان
    [few] { $count } وحدات
    [many] { $count } وحدة
   *[other] { $count } وحدة
}
catalogue-full = محجوزة بالكامل – قائمة الانتظار
catalogue-back = العودة إلى الدورات التدريبية

## Staff: series
series-heading = السلاسل التدريبية
series-org-title = السلاسل التدريبية لـ { $org }
series-org-empty = لا توجد سلسلة تدريبية بعد. أنشئ السلسلة الأولى.
series-new-title = سلسلة تدريبية جديدة
series-edit-title = تعديل { $title }
series-edit-link = الإعدادات والنصوص
series-copy-link = نسخ للدفعة القادمة
series-public-link = الصفحة العامة
series-manage-link = إدارة السلسلة
series-texts-heading = العنوان والوصف
series-texts-hint = اللغة الألمانية إلزامية. أما اللغات الأخرى فاختيارية؛ وحيث لا يوجد نص بها يُعرض النص الألماني.
series-field-title = العنوان
series-field-summary = الوصف
series-settings-heading = النوع والفئات المستهدفة
series-field-kind = النوع
series-field-visibility = الظهور
series-field-visibility-hint = السلاسل المضبوطة على «برابط الدعوة فقط» لا تظهر في قائمة الدورات.
series-field-target-groups = الفئات المستهدفة
series-field-languages = لغات التدريس
series-registration-heading = التسجيل
series-field-capacity = المقاعد
series-field-capacity-hint = من يسجّل بعد حجز جميع المقاعد يُضاف إلى قائمة الانتظار.
series-field-deadline = آخر موعد للتسجيل
series-field-deadline-hint = التسجيل ممكن حتى نهاية هذا اليوم.
series-field-manual-approval = تأكيد التسجيلات بنفسي
series-field-manual-approval-hint = تنتظر التسجيلات الجديدة موافقتك قبل أن تحصل على مقعد.
series-rule-heading = الإتمام
series-rule-hint = متى يُعدّ الشخص قد أتمّ السلسلة. إذا لم يُحدَّد شيء: حضور جميع الوحدات.
series-field-min-modules = عدد الوحدات على الأقل
series-field-all-mandatory = حضور جميع الوحدات الإلزامية
series-field-min-hours = عدد الساعات التدريسية على الأقل
series-dates = الفترة
series-no-modules = لا توجد وحدات بعد
series-seats = المقاعد
series-seats-taken = { $count ->
    [zero] لا توجد مقاعد محجوزة
    [one] مقعد واحد محجوز
    [two] مقعدان محجوزان
    [few] { $count } مقاعد محجوزة
    [many] { $count } مقعدًا محجوزًا
   *[other] { $count } مقعد محجوز
}
series-seats-left = المقاعد المتاحة
series-waiting = قائمة الانتظار
series-pending = بانتظار الموافقة
series-waiting-list-open = التسجيل في قائمة الانتظار ممكن
series-invite-link = رابط الدعوة
series-organiser = الجهة المنظِّمة
series-copy-title = نسخ { $title }
series-copy-intro = تتضمن النسخة النصوص والإعدادات وجميع الوحدات (بدون التسجيلات). تُنقل الوحدات بعدد الأيام اللازم لكي تبدأ الوحدة الأولى في اليوم الذي تختاره.
series-copy-first = تبدأ الوحدة الأولى حاليًا في { $date }.
series-copy-field-starts = اليوم الأول للدفعة الجديدة
series-copy-field-starts-hint = تبقى الأوقات كما هي.
series-copy-submit = إنشاء نسخة
flash-series-created = تم إنشاء السلسلة التدريبية. أضف الوحدات الآن.
flash-series-copied = تم إنشاء النسخة. راجِع العنوان والمواعيد.

## Staff: modules
modules-heading = الوحدات
modules-empty = لا توجد وحدات بعد.
module-new-title = إضافة وحدة
module-edit-title = تعديل الوحدة
module-field-title = العنوان
module-field-topics = المواضيع
module-field-topics-hint = موضوع واحد في كل سطر.
module-field-starts = البداية
module-field-ends = النهاية
module-field-time-hint = التاريخ والوقت (بتوقيت ألمانيا).
module-field-venue = المكان
module-field-venue-hint = عنوان مكان الانعقاد. اتركه فارغًا إذا كانت الوحدة تُعقد عبر الإنترنت فقط.
module-field-access = إمكانية الوصول إلى المكان
module-field-access-hint = مثلًا: مدخل بدون درجات، دورة مياه مهيأة للكراسي المتحركة، حلقة سمعية.
module-field-online = رابط المشاركة عبر الإنترنت
module-field-online-hint = روابط https فقط. يراه المشاركون بعد التسجيل.
module-field-hours = الساعات التدريسية
module-field-hours-hint = تُحتسب لقاعدة الإتمام وللشهادة.
module-field-mandatory = وحدة إلزامية
module-when = الموعد
module-hours = { $count ->
    [zero] لا توجد ساعات تدريسية
    [one] ساعة تدريسية واحدة
    [two] ساعتان تدريسيتان
    [few] { $count } ساعات تدريسية
    [many] { $count } ساعة تدريسية
   *[other] { $count } ساعة تدريسية
}
module-mandatory = وحدة إلزامية
module-cancelled = ملغاة
module-past = انتهت
series-cta-seats =
    { $count ->
        [zero] لا توجد مقاعد شاغرة
        [one] بقي مقعد واحد شاغر
        [two] بقي مقعدان شاغران
        [few] بقيت { $count } مقاعد شاغرة
       *[other] بقي { $count } مقعدًا شاغرًا
    }
series-cta-waiting-list = جميع المقاعد محجوزة – ستُدرج في قائمة الانتظار
series-cta-deadline = آخر موعد للتسجيل { $date }
series-cta-register = سجّل الآن
series-begun-reachable = بدأت هذه الدورة بالفعل: عُقدت { $past } من أصل { $total } وحدات. إذا انضممت الآن وحضرت جميع الوحدات المتبقية، يمكنك الحصول على الشهادة.
series-begun-unreachable = بدأت هذه الدورة بالفعل: عُقدت { $past } من أصل { $total } وحدات. يمكنك حضور الوحدات المتبقية، لكن لم يعد بإمكان المنضمين الجدد الحصول على شهادة هذه الدورة.
module-online = عبر الإنترنت
module-cancel-link = إلغاء
module-cancel-title = إلغاء الوحدة «{ $title }»
module-cancel-warning = { $count ->
    [0] لم يسجّل أحد في هذه السلسلة بعد.
    [zero] لم يسجّل أحد في هذه السلسلة بعد.
    [one] سيتم إبلاغ شخص واحد مسجَّل بالإلغاء عبر البريد الإلكتروني.
    [two] سيتم إبلاغ شخصين مسجَّلين بالإلغاء عبر البريد الإلكتروني.
    [few] سيتم إبلاغ { $count } أشخاص مسجَّلين بالإلغاء عبر البريد الإلكتروني.
    [many] سيتم إبلاغ { $count } شخصًا مسجَّلًا بالإلغاء عبر البريد الإلكتروني.
   *[other] سيتم إبلاغ { $count } شخص مسجَّل بالإلغاء عبر البريد الإلكتروني.
}
module-cancel-submit = إلغاء الوحدة
flash-module-added = تمت إضافة الوحدة.
flash-module-cancelled = تم إلغاء الوحدة؛ وسيتم إبلاغ المسجَّلين.

## Registration
register-heading = التسجيل
register-closed = لم يعد التسجيل في هذه السلسلة ممكنًا.
register-full-hint = جميع المقاعد محجوزة. إذا سجّلت الآن، فستُضاف إلى قائمة الانتظار وستنتقل تلقائيًا إلى مقعد بمجرد أن يصبح أحد المقاعد متاحًا.
register-email-hint = ستتلقى رسالة بريد إلكتروني تحتوي على رابط لتأكيد التسجيل.
register-field-affiliation = المنظمة أو الجهة الحكومية
register-field-target-group = أشارك بصفتي
register-field-consent = لقد قرأت إشعار حماية البيانات وأوافق على معالجة بياناتي لأغراض هذه الدورة التدريبية.
register-submit = التسجيل
figures-heading = بيانات اختيارية لأغراض الإحصاء
figures-hint = هذه البيانات اختيارية ومجهولة الهوية: تُحصى فقط ولا تُحفظ مع اسمك. ولا تحصل الجهات الممولة للدورة التدريبية إلا على المجاميع.
figures-no-answer = لا أرغب في الإجابة
figures-age-label = العمر
figures-age-under_27 = أقل من 27 سنة
figures-age-27_49 = من 27 إلى 49 سنة
figures-age-50_plus = 50 سنة فأكثر
figures-migration-label = تاريخ الهجرة
figures-migration-own = هاجرت بنفسي
figures-migration-parents = هاجر أحد الوالدين على الأقل
figures-migration-none = لا يوجد
error-registration-closed = التسجيل في هذه السلسلة مغلق.
error-already-registered = عنوان البريد الإلكتروني هذا مسجَّل بالفعل في هذه السلسلة. ستجد رابطك الشخصي في رسالة التأكيد.
error-rate-limited = عدد كبير جدًا من التسجيلات من هذا الاتصال. يُرجى المحاولة مرة أخرى بعد ساعة.
registration-check-mail-title = يُرجى تأكيد تسجيلك
registration-check-mail-body = أرسلنا إليك رسالة بريد إلكتروني. افتح الرابط الموجود فيها خلال { $hours } ساعة لتأكيد التسجيل. لا يصبح التسجيل ساريًا إلا بعد ذلك.
registration-title = تسجيلك: { $title }
registration-status = الحالة
registration-status-unconfirmed = لم يُؤكَّد بعد
registration-status-pending = مؤكَّد، بانتظار موافقة الجهة المنظِّمة
registration-status-confirmed = المقعد مضمون
registration-status-waiting = في قائمة الانتظار
registration-status-cancelled = أُلغي التسجيل
registration-confirm-hint = يُرجى تأكيد رغبتك في التسجيل.
registration-confirm-submit = تأكيد التسجيل
registration-expired = انتهت صلاحية رابط التأكيد هذا. يُرجى التسجيل مرة أخرى.
registration-again = التسجيل مرة أخرى
registration-cancel-link = إلغاء تسجيلي في هذه الدورة التدريبية
registration-cancel-warning = هل تريد فعلًا إلغاء تسجيلك؟ سينتقل مقعدك إلى الشخص التالي في قائمة الانتظار.
registration-cancel-submit = نعم، إلغاء التسجيل
registration-series-link = الذهاب إلى صفحة الدورة التدريبية
flash-registered = تم تسجيلك.
flash-registration-confirmed = شكرًا! مقعدك مضمون.
flash-registration-waiting = شكرًا! أنت الآن في قائمة الانتظار وستنتقل تلقائيًا إلى مقعد عندما يصبح متاحًا.
flash-registration-pending = شكرًا! ستراجع الجهة المنظِّمة تسجيلك وتتواصل معك.
flash-registration-cancelled = تم إلغاء تسجيلك.

## Staff: participants
participants-link = المشاركون
participants-title = المشاركون: { $title }
participants-empty = لا توجد تسجيلات بعد.
participants-approve = الموافقة
participants-cancel = إلغاء التسجيل
participants-add-heading = تسجيل شخص يدويًا
participants-add-submit = التسجيل
flash-participant-added = تم تسجيل الشخص وسيتلقى رسالة بريد إلكتروني.
flash-participant-approved = تمت الموافقة على التسجيل.
flash-participant-cancelled = تم إلغاء تسجيل الشخص.

## Mails
mail-registration-confirm-subject = يُرجى التأكيد: التسجيل في { $series }
mail-registration-confirm-body =
    مرحبًا { $name }،

    لقد سجّلت في «{ $series }». يُرجى تأكيد التسجيل خلال { $hours } ساعة باستخدام هذا الرابط:
    { $link }

    يمكنك لاحقًا عبر الرابط نفسه الاطلاع على حالة تسجيلك وإلغاء التسجيل.
    إذا لم تسجّل بنفسك، فتجاهل هذه الرسالة؛ ولن يُحفظ أي شيء.
mail-registration-confirmed-subject = مقعدك مضمون: { $series }
mail-registration-confirmed-body =
    مرحبًا { $name }،

    مقعدك في «{ $series }» مضمون. ستجد المواعيد والأماكن وإمكانية إلغاء التسجيل هنا:
    { $link }
mail-registration-waiting-subject = قائمة الانتظار: { $series }
mail-registration-waiting-body =
    مرحبًا { $name }،

    جميع المقاعد في «{ $series }» محجوزة. أنت الآن في قائمة الانتظار، وستنتقل تلقائيًا إلى مقعد بمجرد أن يلغي أحدهم تسجيله؛ وسنراسلك حينها.
    حالة التسجيل وإلغاؤه:
    { $link }
mail-registration-pending-subject = تم استلام التسجيل: { $series }
mail-registration-pending-body =
    مرحبًا { $name }،

    تم استلام تسجيلك في «{ $series }». ستراجعه الجهة المنظِّمة وتتواصل معك.
    حالة التسجيل وإلغاؤه:
    { $link }
mail-registration-moved-up-subject = أصبح مقعد متاحًا: { $series }
mail-registration-moved-up-body =
    مرحبًا { $name }،

    خبر سار: أصبح مقعد متاحًا في «{ $series }»، وقد انتقلت من قائمة الانتظار إليه. مقعدك مضمون.
    إذا لم تعد قادرًا على المشاركة، فيُرجى إلغاء تسجيلك من هنا حتى يُمنح المقعد لشخص آخر:
    { $link }
mail-registration-cancelled-subject = تأكيد إلغاء التسجيل: { $series }
mail-registration-cancelled-body =
    مرحبًا { $name }،

    تم إلغاء تسجيلك في «{ $series }».
    { $link }
mail-registration-again-subject = أنت مسجّل بالفعل: { $series }
mail-registration-again-body =
    مرحبًا { $name }،

    قام شخص ما للتو بتسجيل عنوان البريد الإلكتروني هذا مرة أخرى في «{ $series }». أنت مسجّل هناك بالفعل، ولا يوجد تسجيل ثانٍ.
    تجد تسجيلك، مع حالته وإمكانية إلغائه والتقويم، هنا:
    { $link }

    إذا لم تكن أنت من فعل ذلك، يمكنك ببساطة حذف هذه الرسالة.
mail-module-cancelled-subject = أُلغيت: { $module } ({ $series })
mail-module-cancelled-body =
    مرحبًا { $name }،

    نأسف لإبلاغك بأن الوحدة «{ $module }» من السلسلة «{ $series }» المقررة في { $when } لن تُعقد.
    يبقى تسجيلك في السلسلة ساريًا. الحالة والمواعيد:
    { $link }

speaker-former = متحدث سابق
registration-data-heading = بياناتك
registration-data-download = تنزيل بياناتي (JSON)
registration-data-delete = حذف بياناتي
delete-data-title = حذف بياناتي
delete-data-warning = سيتم حذف اسمك وعنوان بريدك الإلكتروني وتفاصيل هذا التسجيل، وإلغاء التسجيل، ولن يعمل هذا الرابط الشخصي بعد ذلك. لا يمكن التراجع عن ذلك.
delete-data-others = توجد { $count } تسجيلات أخرى بعنوان البريد هذا؛ وستُحذف أيضًا.
delete-data-kept = تبقى أرقام مجهولة الهوية فقط لإحصاءات السلسلة. تبقى الشهادة الصادرة قابلة للتحقق دون اسمك؛ ولا يمكن إنشاء ملف PDF الخاص بها بعد ذلك – نزّله أولًا.
delete-data-submit = نعم، احذف بياناتي
flash-data-deleted = تم حذف بياناتك.
verify-name-not-kept = غير محفوظ (حذف الشخص بياناته)
verify-name-heading = التحقق من الاسم
verify-name = الاسم على الشهادة
verify-name-hint = كما هو مطبوع على الشهادة. نخبرك فقط إن كان مطابقًا.
verify-name-submit = التحقق من الاسم
verify-name-matches = الاسم مطابق للشهادة.
verify-name-differs = الاسم غير مطابق للشهادة.
verify-name-limited = محاولات كثيرة جدًا. يرجى المحاولة بعد ساعة.

# التوقيع وإشعار التمويل على الشهادات
series-signing-heading = الشهادة
series-signing-hint = ما يظهر على شهادات هذه السلسلة تحت خط التوقيع وفي أسفل الصفحة. إذا لم يُدخَل شيء يُطبع اسم المنظمة هناك.
series-field-signatory-name = من يوقّع
series-field-signatory-name-hint = الاسم كما يجب أن يظهر تحت خط التوقيع، مثلاً «د. بترا شولتس». سطر واحد، 120 حرفاً على الأكثر.
series-field-signatory-role = الصفة
series-field-signatory-role-hint = تُطبع تحت الاسم، مثلاً «إدارة المشروع». سطر واحد، 120 حرفاً على الأكثر.
series-field-funding-notice = إشعار التمويل
series-field-funding-notice-hint = يُطبع بخط صغير في أسفل كل شهادة، مثلاً «بتمويل من ولاية ساكسونيا-أنهالت». 400 حرف على الأكثر.
error-funding-notice-too-long = لا يتسع إشعار التمويل بالكامل على الشهادة: فالمساحة المتاحة هناك 8 أسطر على الأكثر بخط صغير. يرجى اختصاره.
