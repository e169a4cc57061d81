## The openness self-assessment: indicator sets, waves, answering, results

openness-title = التقييم الذاتي للانفتاح
openness-self-assessment = التقييم الذاتي للانفتاح
openness-lead = أين تقف الإدارة في مسار الانفتاح بين الثقافات؟ في جولات متتالية، تقيّم القيادة والعاملون ونظرةٌ من الخارج المؤشراتِ نفسها. لا تعرض النتائج إلا المجموعات التي لديها إجابات كافية، ودون أسماء؛ ومع مرور السنين يتضح التطور.
openness-mine = تقييمك
openness-mine-submitted = أُرسل، شكرًا لك
openness-mine-until = مفتوح حتى { $date }
openness-waves = الجولات
openness-waves-empty = لا توجد جولة بعد.
openness-wave-title = العنوان
openness-wave-title-hint = مثلًا «التقييم الذاتي 2027».
openness-wave-period = الفترة
openness-wave-state = الحالة
openness-wave-responses = الإجابات المرسَلة
openness-wave-responses-of = أُرسلت { $count } من { $total }
openness-wave-manage = إدارة الجولة
openness-wave-new = بدء جولة جديدة
openness-wave-new-hint = بعد ذلك تنشئ المجموعات، وتُدخل المقيِّمين، وترسل إليهم روابطهم الشخصية.
openness-wave-set = حزمة المؤشرات
openness-wave-threshold = الحد الأدنى لعرض النتائج
openness-wave-threshold-hint = لا تظهر نتائج المجموعة إلا ابتداءً من هذا العدد من الإجابات المرسَلة (3 على الأقل، ويُوصى بـ 5).
openness-wave-create = إنشاء الجولة
openness-wave-settings = إعدادات الجولة
openness-wave-close = إنهاء الجولة الآن
openness-sets-link = عرض حزم المؤشرات
openness-org-link = الجولات والنتائج

openness-groups = المجموعات والمقيِّمون
openness-groups-hint = لا تدخل المجموعة في التقييم إلا إذا أرسل منها { $n } أشخاص على الأقل إجاباتهم. لذلك لا تجعل المجموعات صغيرة جدًا.
openness-groups-empty = لا توجد مجموعة بعد. أنشئ مثلًا مجموعة «القيادة»، ومجموعة للعاملين في كل دائرة، ومجموعة «الرؤية الخارجية».
openness-group-kind = نوع المجموعة
openness-group-kind-leadership = القيادة
openness-group-kind-staff = العاملون
openness-group-kind-outside = الرؤية الخارجية
openness-group-name = اسم المجموعة
openness-group-name-hint = مثلًا «مكتب خدمات المواطنين» أو «منظمة المهاجرين».
openness-group-add = إنشاء مجموعة
openness-group-remove = إزالة المجموعة
openness-group-below = أقل من الحد الأدنى ({ $n })، لا تُعرض
openness-raters-of = المقيِّمون في { $group }
openness-rater = الشخص
openness-rater-link = الرابط
openness-rater-state = الحالة
openness-rater-has-link = أُرسل الرابط
openness-rater-no-link = لا يوجد رابط بعد
openness-rater-account = لديه حساب أيضًا
openness-rater-submitted = أُرسلت الإجابات
openness-rater-open = لم تُرسَل بعد
openness-rater-remove = إزالة
openness-rater-unnamed = دون اسم (بطاقة)
openness-raters-add = إضافة مقيِّمين
openness-raters-lines = الأسماء وعناوين البريد الإلكتروني
openness-raters-lines-hint = شخص واحد في كل سطر: «الاسم, البريد الإلكتروني» (مع فاصلة لاتينية ,)، أو الاسم فقط، أو عنوان البريد الإلكتروني فقط.
openness-raters-unnamed = روابط إضافية دون أسماء
openness-raters-unnamed-hint = للبطاقات المطبوعة، مثلًا للمشاركين في مسار تفاعلي حول التنوع.
openness-links = الروابط الشخصية
openness-links-hint = من لديه عنوان بريد إلكتروني يتلقى رابطه بالبريد الإلكتروني؛ ولجميع الآخرين اطبع بطاقات. بالرابط يمكن الإجابة دون تسجيل الدخول، والتوقف مؤقتًا، ثم المتابعة لاحقًا.
openness-links-mail = { $count ->
    [zero] لا توجد روابط للإرسال
    [one] إرسال الرابط إلى شخص واحد
    [two] إرسال الروابط إلى شخصين
    [few] إرسال الروابط إلى { $count } أشخاص
    [many] إرسال الروابط إلى { $count } شخصًا
   *[other] إرسال الروابط إلى { $count } شخص
}
openness-links-cards = { $count ->
    [zero] لا توجد بطاقات للطباعة
    [one] طباعة بطاقة لشخص واحد
    [two] طباعة بطاقات لشخصين
    [few] طباعة بطاقات لـ { $count } أشخاص
    [many] طباعة بطاقات لـ { $count } شخصًا
   *[other] طباعة بطاقات لـ { $count } شخص
}
openness-card-heading = التقييم الذاتي للانفتاح
openness-card-hint = امسح الرمز بهاتفك أو أدخل العنوان. إجاباتك مجهولة الهوية.

openness-answer-lead = أنت تجيب باسم مجموعة «{ $group }». يُرجى أن تقدّر لكل عبارة إلى أي مدى وصلت إدارتك.
openness-answer-anonymous = إجاباتك مجهولة الهوية: لا تعرض النتائج إلا المجموعات التي لديها إجابات كافية، ودون أسماء. يمكنك التوقف مؤقتًا في أي وقت والمتابعة بالرابط نفسه حتى { $date }.
openness-answer-progress = العبارات المُجاب عنها: { $answered } من { $total }
openness-answer-progress-label = التقدّم
openness-answer-steps = نظرة عامة: ما الذي لم يُنجَز بعد
openness-step-done = مكتمل
openness-step-left = { $answered } من { $total }
openness-answer-dimension = المجال { $n } من { $total }
openness-answer-note = ملاحظة
openness-answer-note-hint = يقرؤها دون اسمك كلُّ من يطّلع على النتائج.
openness-answer-next = حفظ ومتابعة
openness-answer-prev = رجوع
openness-answer-pause = حفظ والمتابعة لاحقًا
openness-answer-submit-title = الإرسال
openness-answer-submit-text = تمت الإجابة عن جميع العبارات. بعد الإرسال تُحتسب إجاباتك ولا يمكن تغييرها.
openness-answer-submit = إرسال الإجابات
openness-answer-left = { $count ->
    [zero] لم تتبقَّ أي عبارة دون إجابة.
    [one] لا تزال عبارة واحدة دون إجابة. اختر مجالًا في الأعلى.
    [two] لا تزال عبارتان دون إجابة. اختر مجالًا في الأعلى.
    [few] لا تزال { $count } عبارات دون إجابة. اختر مجالًا في الأعلى.
    [many] لا تزال { $count } عبارةً دون إجابة. اختر مجالًا في الأعلى.
   *[other] لا تزال { $count } عبارة دون إجابة. اختر مجالًا في الأعلى.
}
openness-answer-submitted = شكرًا، تم إرسال إجاباتك.
openness-answer-submitted-text = ترى الإدارة النتائج بعد انتهاء الجولة – للمجموعات التي لديها إجابات كافية فقط، ودون أسماء.
openness-answer-upcoming = يبدأ التقييم في { $date }.
openness-level-0 = 0 – لم يبدأ بعد
openness-level-1 = 1 – خطوات أولى
openness-level-2 = 2 – مطبَّق جزئيًا
openness-level-3 = 3 – راسخ تمامًا
openness-choice-unknown = لا أعرف
openness-choice-na = لا ينطبق علينا

openness-results-title = النتائج
openness-results-respondents = { $count ->
    [zero] لم يُرسل أحد إجاباته بعد.
    [one] أرسل شخص واحد إجاباته.
    [two] أرسل شخصان إجاباتهما.
    [few] أرسل { $count } أشخاص إجاباتهم.
    [many] أرسل { $count } شخصًا إجاباتهم.
   *[other] أرسل { $count } شخص إجاباتهم.
}
openness-results-threshold = لا تُعرض إلا المجموعات التي لديها { $n } إجابات على الأقل.
openness-results-hidden = إجاباتها قليلة جدًا، لذا لم تدخل في أي رقم:
openness-results-none = لم تبلغ أي مجموعة الحد الأدنى من الإجابات. لذلك لا توجد نتائج.
openness-results-after = تظهر النتائج بعد انتهاء الجولة في { $date } – وبذلك لا يمكن استنتاج أي إجابة فردية من تغيّر ما.
openness-results-so-far = { $count ->
    [zero] لم تُرسَل أي إجابة حتى الآن.
    [one] أُرسلت إجابة واحدة حتى الآن.
    [two] أُرسلت إجابتان حتى الآن.
    [few] أُرسلت { $count } إجابات حتى الآن.
    [many] أُرسلت { $count } إجابةً حتى الآن.
   *[other] أُرسلت { $count } إجابة حتى الآن.
}
openness-results-overview = نظرة عامة حسب المجالات
openness-results-scale = الوسيط على مقياس من 0 (لم يبدأ بعد) إلى 3 (راسخ تمامًا). الإشارة الضوئية: أحمر دون 1.5؛ أصفر من 1.5 إلى ما دون 2.5؛ أخضر من 2.5 فما فوق. الفارق: الرؤية الذاتية ناقص الرؤية الخارجية.
openness-results-groups = حسب المجموعات
openness-results-trend = التطور عبر الجولات
openness-results-shared = { $count ->
    [zero] لا يوجد مؤشر مشترك بين جميع الجولات للمقارنة.
    [one] المقارنة على أساس مؤشر واحد مشترك بين جميع الجولات.
    [two] المقارنة على أساس مؤشرين مشتركين بين جميع الجولات.
    [few] المقارنة على أساس { $count } مؤشرات مشتركة بين جميع الجولات.
    [many] المقارنة على أساس { $count } مؤشرًا مشتركًا بين جميع الجولات.
   *[other] المقارنة على أساس { $count } مؤشر مشترك بين جميع الجولات.
}
openness-results-weakest = أضعف المؤشرات
openness-results-weakest-hint = من هنا يحسُن أن تبدأ.
openness-results-distribution = الإجابات في { $dimension }
openness-results-notes = الملاحظات (دون أسماء)
openness-report-download = التقرير بصيغة PDF
openness-report-page = الصفحة
openness-dimension = المجال
openness-dimensions = المجالات
openness-indicator = المؤشر
openness-median = الوسيط
openness-light = الإشارة الضوئية
openness-light-none = لا توجد بيانات
openness-light-red = أحمر: يكاد لا يُطبَّق
openness-light-yellow = أصفر: جزئيًا
openness-light-green = أخضر: راسخ
openness-gap = الفارق
openness-view-self = الرؤية الذاتية
openness-view-outside = الرؤية الخارجية
openness-slot-0 = 0
openness-slot-1 = 1
openness-slot-2 = 2
openness-slot-3 = 3
openness-slot-unknown = لا أعرف
openness-slot-na = لا ينطبق
openness-chart-views = الرؤية الذاتية والرؤية الخارجية حسب المجال
openness-chart-views-desc = الوسيط لكل مجال، وطول العمود 3 = راسخ تمامًا. الأرقام نفسها موجودة في الجدول أدناه.
openness-chart-trend = الوسيط عبر الجولات
openness-chart-trend-desc = وسيط المؤشرات المشتركة في كل جولة، من 0 إلى 3. الأرقام نفسها موجودة في الجدول أدناه.

openness-sets-title = حزم المؤشرات
openness-sets-lead = تصف حزمة المؤشرات لكل مجال ما يدل على الانفتاح بين الثقافات، بأربعة مستويات. ينسخ العاملون في البرنامج الحزم ويكيّفونها؛ والحزمة التي تستخدمها جولةٌ تبقى دون تغيير – فأي تعديل ينتج إصدارًا جديدًا.
openness-set = الحزمة
openness-set-version = الإصدار { $n }
openness-set-version-col = الإصدار
openness-set-owner = كيّفها
openness-set-shipped = مرفقة مع المنصة
openness-set-waves = الجولات
openness-set-older = إصدار أقدم
openness-set-frozen = تستخدم جولةٌ هذه الحزمة، لذا تبقى دون تغيير. لإجراء تعديلات أنشئ إصدارًا جديدًا.
openness-set-new-version = إنشاء إصدار جديد
openness-set-copy = نسخها كحزمة خاصة بك
openness-set-no-translation = لا تحتوي هذه الحزمة على نصوص بلغتك؛ ستظهر النصوص باللغة الألمانية.
openness-set-languages = اللغات
openness-set-language = اللغة
openness-set-language-status = حالة الترجمة
openness-text-status-draft = مسودة، لم تُراجَع بعد
openness-text-status-reviewed = مُراجَعة
openness-text-mark-reviewed = وضع علامة «مُراجَعة»
openness-text-mark-draft = وضع علامة «مسودة»
openness-indicator-edit = تعديل المؤشر
openness-indicator-new = إضافة مؤشر
openness-indicator-remove = إزالة المؤشر
openness-indicator-lang = لغة النصوص
openness-indicator-lang-hint = الألمانية هي الأساس؛ واللغات الأخرى ترجمات.
openness-indicator-lang-switch = اختيار اللغة
openness-indicator-base = النسخة الألمانية
openness-indicator-statement = العبارة
openness-indicator-statement-hint = جملة يقدّر المقيِّمون مدى انطباقها على إدارتهم.

error-openness-closed = الجولة منتهية أو لم تبدأ بعد؛ لا تُقبَل الإجابات.
error-openness-incomplete = يُرجى الإجابة عن جميع العبارات أولًا.
error-openness-note-needs-choice = يُرجى اختيار إجابة أيضًا (أو «لا أعرف»).
error-openness-rater-line = أحد الأسطر ليس اسمًا ولا عنوان بريد إلكتروني. اكتب «الاسم, البريد الإلكتروني» مع فاصلة لاتينية.
error-openness-too-many-raters = يُرجى ألا يزيد العدد على 500 شخص في المرة الواحدة.
error-openness-threshold-low = 3 على الأقل، حتى لا يمكن التعرف على أحد.
error-openness-wave-too-long = لا تتجاوز مدة الجولة سنة واحدة.
error-openness-group-taken = توجد في هذه الجولة مجموعة بهذا الاسم بالفعل.
error-openness-group-answered = أجاب أحد أفراد هذه المجموعة بالفعل؛ لذا تبقى المجموعة.
error-openness-set-frozen = تستخدم جولةٌ هذه الحزمة؛ لذا تبقى دون تغيير. أنشئ إصدارًا جديدًا.
flash-openness-wave-created = تم إنشاء الجولة. أنشئ الآن المجموعات.
flash-openness-wave-closed = انتهت الجولة.
flash-openness-group-added = تم إنشاء المجموعة.
flash-openness-group-removed = تمت إزالة المجموعة.
flash-openness-raters-added = تم تسجيل المقيِّمين.
flash-openness-rater-removed = تمت إزالة الشخص.
flash-openness-links-sent = الروابط في طريقها.
flash-openness-links-none = كل من لديه عنوان بريد إلكتروني لديه رابط بالفعل.
flash-openness-saved = تم الحفظ.
flash-openness-paused = تم الحفظ. يمكنك المتابعة في أي وقت بالرابط نفسه.
flash-openness-submitted = شكرًا! تم إرسال إجاباتك.
flash-openness-already-submitted = سبق أن أُرسلت إجاباتك.
flash-openness-set-copied = تم نسخ الحزمة. يمكنك الآن تكييفها.
flash-openness-set-versioned = تم إنشاء الإصدار الجديد.
flash-openness-indicator-added = تمت إضافة المؤشر.
flash-openness-indicator-removed = تمت إزالة المؤشر.

confirm-openness-wave-close-title = إنهاء الجولة «{ $wave }» الآن؟
confirm-openness-wave-close-text = بعد ذلك لن تقبل الجولة أي إجابات، وستظهر النتائج.
confirm-openness-wave-close-submit = نعم، إنهاء
confirm-openness-group-remove-title = إزالة المجموعة «{ $group }»؟
confirm-openness-group-remove-text = سيُزال معها مقيِّموها وروابطهم.
confirm-openness-group-remove-submit = نعم، إزالة
confirm-openness-rater-remove-title = إزالة { $name }؟
confirm-openness-rater-remove-text = عندها لن يعمل الرابط بعد الآن. تبقى الإجابات المرسَلة سابقًا محتسبة؛ فهي غير مرتبطة بالشخص.
confirm-openness-rater-remove-submit = نعم، إزالة
confirm-openness-cards-title = طباعة بطاقات لـ«{ $wave }»؟
confirm-openness-cards-text = يحصل كل من ليس لديه عنوان بريد إلكتروني ولم يرسل إجاباته بعد على رابط جديد؛ وعندها لا تعود البطاقات المطبوعة سابقًا صالحة. تبقى الإجابات التي بُدئ بها محفوظة.
confirm-openness-cards-submit = نعم، طباعة البطاقات
confirm-openness-indicator-remove-title = إزالة المؤشر؟
confirm-openness-indicator-remove-text = ستُزال العبارة «{ $statement }» من الحزمة مع جميع ترجماتها.
confirm-openness-indicator-remove-submit = نعم، إزالة

mail-openness-link-subject = تقييمك: { $wave }
mail-openness-link-body =
    مرحبًا { $name }،

    في { $org } نسأل: إلى أي مدى وصل الانفتاح بين الثقافات في الإدارة؟ تقييمك مهم. عبر رابطك الشخصي تجيب دون تسجيل الدخول حتى { $date }؛ ويمكنك التوقف مؤقتًا والمتابعة لاحقًا:
    { $link }

    إجاباتك مجهولة الهوية. هذا الرابط خاص بك وحدك؛ يُرجى عدم مشاركته مع غيرك.
admin-outbox-kind-openness-link = التقييم الذاتي: رابط شخصي

## Weak indicators proposed as measures of the annual planner
openness-measure-hint = اقترح مؤشرًا كإجراء: سيظهر في المخطط السنوي
openness-measure-propose = اقتراح كإجراء
openness-measure-in-planner = موجود في المخطط السنوي
openness-measure-from = من التقييم الذاتي «{ $wave }»:
error-openness-no-planner = تصبح الاقتراحات إجراءات في المخطط السنوي لعملية بيان الرؤية. لا يوجد لهذه الإدارة مخطط سنوي بعد؛ يُنشئه فريق بيان الرؤية في المخطط.
flash-openness-measure-proposed = أصبح الإجراء في المخطط السنوي. يحدد الفريق هناك من يتولاه.
flash-openness-measure-there = هذا المؤشر موجود بالفعل في المخطط السنوي.
error-openness-set-shipped = تبقى الحزمة المرفقة مع ikoe كما هي. انسخها لتعديلها.
error-openness-set-empty = لا تحتوي هذه الحزمة على مؤشرات.
error-openness-wave-ended = انتهت الجولة وتبقى كما هي: لا مجموعات ولا مقيّمين ولا روابط جديدة، ولا فترة جديدة.
error-openness-threshold-answered = سبق أن أجاب أشخاص: يمكن أن يرتفع الحد الأدنى لكن لا يمكن أن ينخفض.
