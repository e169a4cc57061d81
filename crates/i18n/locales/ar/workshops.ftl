# The workshops of a Leitbild process and their results.

## The list (/leitbild/{id}/workshops)
workshops-title = ورش العمل
workshops-link = ورش العمل
workshops-lead = ورش العمل الثلاث في المنهجية وأي عدد من ورش العمل المصغّرة لمدة ساعتين. تتم الدعوات والتسجيلات والحضور عبر سلسلة بالدعوة فقط؛ والمشاركة أدناه تحسب من حضر فعلًا.
workshops-list = ورش العمل المخطط لها
workshops-participation = المشاركة في ورش العمل
workshops-assignments = المهام
workshops-plan = تخطيط ورشة عمل
workshops-series-hint = تنتمي جميع ورش العمل إلى سلسلة واحدة بالدعوة فقط. هناك تدعو الموظفين وترى التسجيلات وتسجّل الحضور.
workshops-invite = الدعوات والتسجيلات
workshops-series-manage = إدارة السلسلة
workshops-series-members-only = يتولى أعضاء الإدارة الدعوات والتسجيلات والحضور في صفحات السلسلة.
workshops-empty = لم يتم تخطيط أي ورشة عمل بعد. خطّط الأولى أدناه؛ وبذلك تُنشأ السلسلة للدعوات والتسجيلات.
workshops-participation-hint = يُحسب كل من حضر ورشة عمل واحدة على الأقل مرة واحدة – في قسم المشارك الذي له عنوان البريد الإلكتروني نفسه.
workshops-attendees-total = الأشخاص الحاضرون
workshops-leaders-total = القيادة في ورش العمل
workshops-leaders-of = { $count } من أصل { $total } من أعضاء القيادة
workshops-participation-caption = المشاركة في ورش العمل حسب القسم
workshops-attendees = حاضرون
workshops-leaders = منهم من القيادة
workshops-without-department = بدون قسم
workshops-assignments-empty = لا توجد مهام بعد. توزّعها ورش العمل المصغّرة على المجموعات.
workshops-assignments-open = { $count ->
    [0] أُنجزت جميع المهام.
    [one] مهمة واحدة مفتوحة.
    [two] مهمتان مفتوحتان.
    [few] { $count } مهام مفتوحة.
    [many] { $count } مهمة مفتوحة.
   *[other] { $count } مهمة مفتوحة.
}
workshops-plan-hint = تصبح كل ورشة عمل موعدًا في سلسلة الدعوة. تُعقد ورش العمل من 1 إلى 3 مرة واحدة لكل منها، والورش المصغّرة بقدر ما تشاء.
workshops-plan-submit = تخطيط ورشة العمل
workshops-back = العودة إلى ورش العمل
workshops-series-title = ورش عمل الرؤية التوجيهية:
workshops-series-summary = ورش عمل حول الرؤية التوجيهية لـ { $org }. بالدعوة فقط.

workshop-kind = ورشة العمل
workshop-kind-vision = ورشة العمل 1: العمل على الرؤية
workshop-kind-values = ورشة العمل 2: القيم والمبادئ التوجيهية
workshop-kind-goals = ورشة العمل 3: من الأهداف إلى الإجراءات
workshop-kind-mini = ورشة عمل مصغّرة
workshop-title-hint = اتركه فارغًا لاستخدام اسم ورشة العمل.
workshop-ends-hint = تستغرق ورشة العمل المصغّرة نحو ساعتين.
workshop-cancelled = ملغاة
workshop-attendees = { $count ->
    [0] لم يُسجَّل أحد حاضرًا بعد
    [one] شخص واحد حاضر
    [two] شخصان حاضران
    [few] { $count } أشخاص حاضرون
    [many] { $count } شخصًا حاضرًا
   *[other] { $count } شخص حاضر
}
workshop-leaders-present = { $count ->
    [0] لا أحد من القيادة
   *[other] { $count } من القيادة
}
workshop-attendance = تسجيل الحضور
workshop-edit-time = تغيير الموعد والمكان

## A workshop's results (/leitbild/{id}/workshops/{item})
workshop-about-vision = «كان يا ما كان…»: قصتنا، وما كان جيدًا، والقيم التي نريد الاحتفاظ بها، والمهمة الأساسية المشتركة.
workshop-about-values = من القيم إلى الأهداف؛ صياغة المبادئ التوجيهية في مجموعات.
workshop-about-goals = أي شعار يعلو كل شيء؟ وأي هدف يقف وراء كل مبدأ؟
workshop-about-mini = ساعتان من الأفكار والمهام التي تأخذها المجموعات معها.
workshop-results = النتائج
workshop-section-notes = الملاحظات
workshop-section-notes-hint = ما هو معلّق على الجدار، مدوّنًا باختصار – كلٌّ مع فئته.
workshop-section-notes-empty = لا توجد ملاحظات بعد.
workshop-section-values = بطاقات القيم
workshop-section-values-hint = قيمة واحدة لكل بطاقة؛ يمكنك تغيير النقاط في أي وقت. الأكثر نقاطًا في الأعلى.
workshop-section-values-empty = لا توجد بطاقات قيم بعد.
workshop-section-slogans = مقترحات الشعار
workshop-section-slogans-hint = كل مقترح مع نقاطه؛ الأكثر نقاطًا في الأعلى.
workshop-section-slogans-empty = لا توجد مقترحات بعد.
workshop-section-principles = مسودات المبادئ التوجيهية
workshop-section-principles-hint = مبادئ صاغتها المجموعات مع الهدف الذي يقف وراءها. بنقرة واحدة تدخل نص الرؤية التوجيهية كنسخة جديدة.
workshop-section-principles-empty = لا توجد مبادئ بعد.
workshop-section-assignments = المهام
workshop-section-assignments-hint = ما تنجزه مجموعة وحتى متى. المهام المفتوحة في الأعلى.
workshop-section-assignments-empty = لا توجد مهام بعد.
workshop-votes = { $count ->
    [0] لا نقاط
    [one] نقطة واحدة
    [two] نقطتان
    [few] { $count } نقاط
    [many] { $count } نقطة
   *[other] { $count } نقطة
}
workshop-vote = إضافة نقطة
workshop-votes-label = النقاط
workshop-votes-hint = عدد صحيح من 0 إلى 999.
workshop-votes-new-hint = اتركه فارغًا لصفر نقاط.
workshop-card-value-text = القيمة
workshop-card-value-add = إضافة بطاقة قيمة
workshop-card-slogan-text = المقترح
workshop-card-slogan-add = إضافة مقترح
workshop-note-category = الفئة
workshop-note-text = الملاحظة
workshop-note-add = إضافة ملاحظة
workshop-note-story = كان يا ما كان…
workshop-note-good = ما الذي كان جيدًا؟
workshop-note-keep = قيم نحتفظ بها
workshop-note-core_task = المهمة الأساسية المشتركة
workshop-note-other = أخرى
workshop-goal-hint = أي هدف يقف وراء المبدأ؟ يمكن إضافته لاحقًا.
workshop-drafted-add = إضافة مبدأ
workshop-drafted-take = نقله إلى المسودة
workshop-drafted-taken = نُقل إلى
assignment-group = المجموعة
assignment-group-hint = مثلًا «فريق الاستقبال» أو أسماء أفراد المجموعة.
assignment-task = المهمة
assignment-due = موعد الإنجاز
assignment-due-label = موعد الإنجاز
assignment-due-hint = تاريخ، مثلًا 31/03/2027.
assignment-status = الحالة
assignment-status-open = مفتوحة
assignment-status-done = منجزة
assignment-add = إضافة مهمة
assignment-from = من
assignment-mark-done = وضع علامة «منجزة»
assignment-reopen = إعادة فتح

flash-workshop-planned = تم تخطيط ورشة العمل. ادعُ الآن عبر السلسلة.
flash-vote-counted = احتُسبت النقطة.
flash-drafted-taken = أصبح المبدأ الآن جزءًا من نسخة جديدة من نص الرؤية التوجيهية.
flash-assignment-done = وُضعت علامة «منجزة».
flash-assignment-open = أُعيد فتحها.

error-workshop-planned = ورشة العمل هذه مخطط لها بالفعل. غيّر موعدها في القائمة أعلاه، أو خطّط ورشة عمل مصغّرة.
error-workshop-twice = تبدأ ورشة عمل مصغّرة بهذا العنوان في هذا الوقت بالفعل.
error-votes-range = يرجى إدخال عدد من 0 إلى 999.
error-drafted-taken = هذا المبدأ موجود في المسودة بالفعل.
error-drafted-no-draft = لا يوجد لنص الرؤية التوجيهية أي نسخة بعد. اكتب أولًا النسخة الأولى مع الشعار؛ بعدها يمكنك نقل المبادئ إليها.
error-version-stale-take = حفظ شخص آخر نسخة جديدة للتو. يرجى نقل المبدأ إلى المسودة مرة أخرى.

confirm-leitbild-card-remove-title = إزالة البطاقة «{ $name }»؟
confirm-leitbild-card-remove-text = تختفي البطاقة ونقاطها من نتائج ورشة العمل.
confirm-leitbild-card-remove-submit = نعم، إزالة
confirm-leitbild-note-remove-title = إزالة الملاحظة؟
confirm-leitbild-note-remove-text = تختفي الملاحظة «{ $name }» من نتائج ورشة العمل.
confirm-leitbild-note-remove-submit = نعم، إزالة
confirm-leitbild-drafted-remove-title = إزالة المبدأ؟
confirm-leitbild-drafted-remove-text = يختفي المبدأ «{ $name }» من نتائج ورشة العمل. تبقى نسخ نص الرؤية التوجيهية التي نُقل إليها دون تغيير.
confirm-leitbild-drafted-remove-submit = نعم، إزالة
confirm-leitbild-assignment-remove-title = إزالة المهمة؟
confirm-leitbild-assignment-remove-text = تختفي المهمة الموكلة إلى «{ $name }» من قائمة المهام.
confirm-leitbild-assignment-remove-submit = نعم، إزالة
