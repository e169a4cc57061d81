# Leitbild processes: an administration writes its mission statement with all its staff.

nav-leitbild = بيان الرسالة
month-year = { $month ->
    [1] يناير
    [2] فبراير
    [3] مارس
    [4] أبريل
    [5] مايو
    [6] يونيو
    [7] يوليو
    [8] أغسطس
    [9] سبتمبر
    [10] أكتوبر
    [11] نوفمبر
   *[12] ديسمبر
} { $year }
percent = { $n }٪

## The list (/leitbild)
leitbild-title = عمليات إعداد بيان الرسالة
leitbild-lead = تُعِدّ الإدارة بيان رسالتها (مبادئها التوجيهية) بالاشتراك مع جميع العاملين فيها، سواء أكانوا من القيادات أم من المتطوعين. هنا يرافق فريق العملية الخطوات من التحضير حتى التقييم.
leitbild-empty = لا تنتمي بعدُ إلى أي عملية لإعداد بيان الرسالة. تظهر العملية هنا عندما تكون في فريق العملية أو عندما تنفّذ إدارتك عملية من هذا النوع.
leitbild-phase-current = المرحلة الحالية
leitbild-on-team = فريق العملية
leitbild-start-heading = بدء عملية
leitbild-start-for = بدء عملية إعداد بيان الرسالة في { $org }

## Phases
leitbild-phases = المراحل
leitbild-phase-preparation = التحضير
leitbild-phase-vision = الرؤية
leitbild-phase-values = القيم والمبادئ
leitbild-phase-goals = الأهداف والإجراءات
leitbild-phase-feedback = جولات الملاحظات
leitbild-phase-adoption = الاعتماد
leitbild-phase-evaluation = التقييم
leitbild-step-done = مكتملة
leitbild-step-current = المرحلة الحالية
leitbild-step-next = قادمة
leitbild-phase-set = تغيير المرحلة

## The process form
leitbild-new-title = عملية جديدة لإعداد بيان الرسالة
leitbild-edit-title = تعديل العملية
leitbild-administration = الإدارة
leitbild-field-title = عنوان العملية
leitbild-field-title-hint = مثلًا «بيان رسالتنا 2027».
leitbild-start = بدء العملية
leitbild-plan-legend = الجدول الزمني
leitbild-plan-hint = الشهر الذي يُفترض أن تبدأ فيه كل مرحلة، مثلًا 2027-03. اتركه فارغًا إذا لم يتحدد بعد.

## The overview
leitbild-figures = المشاركة
leitbild-departments = الأقسام
leitbild-headcount-total = إجمالي العاملين
leitbild-participants = المشاركون
leitbild-leaders = أعضاء القيادة
leitbild-coverage-caption = المشاركة حسب القسم
leitbild-department = القسم
leitbild-headcount = عدد العاملين
leitbild-coverage = النسبة
leitbild-team = فريق العملية

## The preparation (/leitbild/{id}/setup)
leitbild-setup-title = التحضير
leitbild-setup-lead = أضف الأقسام مع عدد العاملين في كل منها، والمشاركين ومنهم أعضاء القيادة، وفريق العملية. من أعداد العاملين تحسب ikoe النسبة التي تصل إليها العملية في كل قسم.
leitbild-contents = في هذه الصفحة
leitbild-remove = إزالة
leitbild-departments-hint = عدد العاملين هو أساس جميع أرقام المشاركة.
leitbild-departments-empty = لا توجد أقسام بعد.
leitbild-department-add = إضافة قسم
leitbild-headcount-hint = عدد صحيح أكبر من 0.
leitbild-department-edit-title = تعديل القسم
leitbild-department-taking-part = { $count ->
    [0] لا يشارك أحد من هذا القسم بعد.
    [one] يشارك شخص واحد من هذا القسم.
    [two] يشارك شخصان من هذا القسم.
    [few] يشارك { $count } أشخاص من هذا القسم.
    [many] يشارك { $count } شخصًا من هذا القسم.
   *[other] يشارك { $count } شخص من هذا القسم.
}
leitbild-people = المشاركون
leitbild-people-hint = لا يحتاج العاملون إلى حساب. من ينتمي إلى القيادة يوافق لاحقًا على الصيغة النهائية.
leitbild-people-empty = لا يوجد مشاركون بعد.
leitbild-people-count = { $count ->
    [zero] لا يوجد مشاركون
    [one] مشارك واحد
    [two] مشاركان
    [few] { $count } مشاركين
    [many] { $count } مشاركًا
   *[other] { $count } مشارك
}
leitbild-person-add = إضافة شخص
leitbild-person-email-hint = اتركه فارغًا للعاملين الذين ليس لديهم بريد إلكتروني للعمل.
leitbild-function = الوظيفة
leitbild-function-hint = مثلًا «رئيس الدائرة» أو «موظف مختص».
leitbild-leader = القيادة
leitbild-leader-hint = يوافق أعضاء القيادة على نص بيان الرسالة.
leitbild-no-department = بلا قسم
leitbild-team-hint = فريق العملية هو من يدير العملية: العاملون في البرنامج والأشخاص المسؤولون عن التواصل في الإدارة، ولكل منهم حسابه الخاص.
leitbild-team-email = عنوان البريد الإلكتروني للحساب
leitbild-team-email-hint = يحتاج الشخص إلى حساب في ikoe وأن ينتمي إلى إحدى مؤسساتك.
leitbild-team-add = إضافة إلى فريق العملية

flash-leitbild-created = تم إنشاء العملية. أضف الآن الأقسام والمشاركين.
flash-leitbild-phase = تم تغيير المرحلة.
flash-removed = تمت الإزالة.
flash-last-team-member = لا يمكن إزالة آخر شخص في فريق العملية. أضف شخصًا آخر أولًا.

error-headcount-positive = يُرجى إدخال عدد أكبر من 0.
error-headcount-below-participants = هذا العدد أقل من عدد المشاركين من هذا القسم. أدخل عددًا لا يقل عنه.
error-month = يُرجى إدخال شهر مثل 2027-03.
error-phase-order = هذا الشهر يسبق شهر مرحلة سابقة. اختر الشهر نفسه أو شهرًا لاحقًا.
error-department-exists = يوجد قسم بهذا الاسم بالفعل. اختر اسمًا آخر.
error-department-full = عدد المشاركين من هذا القسم يساوي بالفعل عدد العاملين فيه. ارفع عدد العاملين أولًا.
error-no-account = لا نجد حسابًا بهذا العنوان يمكنك إضافته. يمكنك إضافة أشخاص من مؤسساتك؛ أما غيرهم فتضيفهم تنسيقية البرنامج.
error-already-on-team = هذا الشخص موجود بالفعل في فريق العملية.

confirm-leitbild-department-remove-title = إزالة القسم «{ $name }»؟
confirm-leitbild-department-remove-text = يختفي القسم من «{ $process }». يبقى المشاركون منه، لكن دون قسم.
confirm-leitbild-department-remove-submit = نعم، إزالة
confirm-leitbild-person-remove-title = إزالة { $name }؟
confirm-leitbild-person-remove-text = لن يكون { $name } بعد ذلك مشاركًا في «{ $process }». لن يتم إشعار أحد.
confirm-leitbild-person-remove-submit = نعم، إزالة
confirm-leitbild-team-remove-title = إزالة { $name } من فريق العملية؟
confirm-leitbild-team-remove-text = لن يتمكن { $name } بعد ذلك من إدارة «{ $process }». لن يتم إشعار أحد.
confirm-leitbild-team-remove-submit = نعم، إزالة

## The text and its versions (/leitbild/{id}/draft)
leitbild-draft-title = نص بيان الرسالة
leitbild-draft-edit-title = تعديل النص
leitbild-draft-first = كتابة المسودة الأولى
leitbild-draft-empty = لا توجد مسودة بعد. يكتبها فريق العملية انطلاقًا من نتائج ورش العمل.
leitbild-draft-lead = كل حفظ ينشئ صيغة جديدة، وتبقى الصيغ السابقة محفوظة ويمكن مقارنتها. يُكتب النص باللغة الألمانية.
leitbild-slogan = الشعار
leitbild-slogan-hint = سطر واحد، مثلًا «معًا من أجل إلباون منفتحة».
leitbild-preamble = الديباجة
leitbild-preamble-hint = بضع جمل توضّح ما تمثّله الإدارة.
leitbild-principle = المبدأ
leitbild-principle-text = نص المبدأ
leitbild-goal = الهدف
leitbild-principles-hint = لا تُحفظ المبادئ الفارغة. بعد الحفظ تظهر حقول فارغة إضافية.
leitbild-version-save = حفظ كصيغة جديدة
leitbild-version = الصيغة
leitbild-versions = الصيغ
leitbild-versions-all = جميع الصيغ
leitbild-version-first = الصيغة الأولى.
leitbild-diff-lead = مقارنةً بالصيغة { $previous }.
leitbild-diff-legend-added = مُضاف
leitbild-diff-legend-removed = مشطوب
leitbild-diff-added = مُضاف
leitbild-diff-removed = مشطوب
leitbild-diff-end = نهاية التغيير
leitbild-principle-state-added = جديد
leitbild-principle-state-removed = مشطوب
leitbild-principle-state-changed = معدَّل
leitbild-principle-state-same = دون تغيير
flash-leitbild-version = تم حفظ الصيغة الجديدة.
error-version-stale = حفظ شخص آخر صيغة جديدة في هذه الأثناء. نصك موجود أدناه دون تغيير. اطّلع على الصيغة الجديدة في «الصيغ»، ثم إذا حفظت مرة أخرى يصبح نصك الصيغة التالية.
error-principle-required = يُرجى كتابة مبدأ واحد على الأقل.
error-too-many-principles = يُرجى الاختصار: 30 مبدأً على الأكثر.
leitbild-start-platform = بصفتك مسؤولاً عن المنصة، تبدأ العملية من صفحة الإدارة.
leitbild-start-directory = الإدارات في الدليل
