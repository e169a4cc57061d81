# The Ideenwerkstatt: host rotation, meetings, topics, agenda, sessions.
meetings-title = Ideenwerkstatt (ورشة الأفكار)
meetings-lead = اللقاء الدوري لهذه المساحة: الجهة المضيفة والمواضيع والبرنامج والتسجيل.
meetings-upcoming = اللقاءات القادمة
meetings-past = اللقاءات السابقة
meetings-none = لم يُخطَّط لأي لقاء بعد.
meeting-new-title = تخطيط لقاء
meeting-host = الجهة المضيفة
meeting-when = الموعد
meeting-field-title = العنوان
meeting-field-title-hint = مثلًا «Ideenwerkstatt ربيع 2027».
meeting-field-starts = البداية
meeting-field-ends = النهاية
meeting-field-venue = المكان
meeting-field-host-hint = المقترح: { $name } – وهي الجهة التي مضى أطول وقت منذ استضافتها الأخيرة.
meeting-field-swap = سبب التبديل
meeting-field-swap-hint = مطلوب إذا كانت الجهة الداعية منظمة غير المنظمة المقترحة. يُسجَّل التبديل في قائمة الجهات المضيفة.
meeting-field-votes = عدد الأصوات لكل شخص
meeting-field-votes-hint = عدد المواضيع التي يمكن لكل شخص دعمها (من 1 إلى 20).
meeting-field-capacity = المقاعد
meeting-field-capacity-hint = يعمل التسجيل بالطريقة نفسها المتبعة في الدورات التدريبية: مع قائمة انتظار وتذكير وتسجيل الحضور وملف تقويم.
meeting-submit = إنشاء اللقاء
meeting-series-summary = اللقاء نصف السنوي للمساحة «{ $space }».
meeting-register = إلى التسجيل
meeting-registered = أنت مسجَّل.
meeting-registration-details = تسجيلك
flash-meeting-created = تم إنشاء اللقاء. التسجيل مفتوح الآن.
error-meeting-host = اختر منظمة مضيفة من بين أعضاء المساحة.
error-meeting-swap-note = اذكر باختصار لماذا لا تستضيف المنظمة المقترحة اللقاء.
hosts-heading = الاستضافة بالتناوب
hosts-lead = المنظمات الأعضاء المستعدة للاستضافة: عدد مرات استضافتها، وموعد آخر استضافة لها، واللقاء المخطط له الذي تستضيفه.
hosts-proposed = الدور التالي:
hosts-none-willing = لم تُبدِ أي منظمة استعدادها للاستضافة بعد.
hosts-no-orgs = لا تنتمي أي منظمة إلى هذه المساحة بعد.
hosts-col-org = المنظمة
hosts-col-willing = مستعدة
hosts-col-times = مرات الاستضافة
hosts-col-last = آخر مرة
hosts-col-change = تغيير
hosts-never = لم تستضف قط
hosts-set-willing = تسجيل الاستعداد
hosts-set-unwilling = لم تعد مستعدة
hosts-history = الجهات المضيفة السابقة
hosts-history-empty = لم يُعقد أي لقاء بعد.
hosts-swap = بالتبديل مع
hosts-planned = اللقاءات المخطط لها
hosts-col-planned = تستضيف
hosts-not-planned = لا يوجد
hosts-proposed-after = الدور التالي بعد اللقاءات المخطط لها:
topics-heading = المواضيع
topics-votes-left = { $count ->
    [0] لقد منحت جميع أصواتك.
    [one] بقي لديك صوت واحد.
    [two] بقي لديك صوتان.
    [few] بقي لديك { $count } أصوات.
    [many] بقي لديك { $count } صوتًا.
   *[other] بقي لديك { $count } صوت.
}
topics-votes-each = { $count ->
    [zero] ليس لدى أي شخص أصوات.
    [one] لكل شخص صوت واحد.
    [two] لكل شخص صوتان.
    [few] لكل شخص { $count } أصوات.
    [many] لكل شخص { $count } صوتًا.
   *[other] لكل شخص { $count } صوت.
}
topics-empty = لا توجد مواضيع بعد. اقترح الموضوع الأول.
topic-votes = { $count ->
    [0] لا توجد أصوات بعد
    [one] صوت واحد
    [two] صوتان
    [few] { $count } أصوات
    [many] { $count } صوتًا
   *[other] { $count } صوت
}
topic-in-agenda = في البرنامج
topic-vote = دعم
topic-unvote = سحب الصوت
topic-to-agenda = إضافة إلى البرنامج
topic-propose-heading = اقتراح موضوع
topic-field-title = الموضوع
topic-field-description = عمَّ يدور الموضوع؟
topic-propose-submit = اقتراح
flash-topic-proposed = تم اقتراح موضوعك.
flash-voted = تم احتساب صوتك.
flash-unvoted = تم سحب صوتك.
error-votes-used = لقد منحت جميع أصواتك بالفعل. اسحب أحد أصواتك أولًا.
error-voted-already = أنت تدعم هذا الموضوع بالفعل.
agenda-heading = البرنامج
agenda-empty = لم يُحدَّد البرنامج بعد.
agenda-parallel-count = { $count ->
    [one] فقرة واحدة
    [two] فقرتان في الوقت نفسه
    [few] { $count } فقرات في الوقت نفسه
    [many] { $count } فقرةً في الوقت نفسه
   *[other] { $count } فقرة في الوقت نفسه
}
agenda-choose-hint = إذا كنت مسجَّلًا، يمكنك هنا الاختيار بين ورش العمل المتوازية.
session-new-title = إضافة فقرة إلى البرنامج
session-edit-title = تعديل فقرة البرنامج
session-field-title = العنوان
session-field-format = الشكل
session-field-starts = البداية
session-field-ends = النهاية
session-field-room = القاعة
session-field-track = المسار
session-field-track-hint = تجري فقرات البرنامج المتوازية في مسارات مختلفة، مثلًا «A» و«B».
session-field-capacity = المقاعد
session-field-capacity-hint = اتركه فارغًا إذا كان بإمكان الجميع المشاركة.
session-field-description = الوصف
session-world-cafe = المقهى العالمي (World Café)
session-field-tables = الطاولات
session-field-rounds = الجولات
session-field-table-hosts = مضيفو الطاولات
session-field-names-hint = أسماء مفصولة بفواصل.
session-case = الاستشارة الجماعية بين الزملاء
session-field-case-owner = صاحب الحالة أو صاحبتها
session-field-moderator = التيسير
session-field-advisers = المستشارون
session-delete = حذف فقرة البرنامج
session-format-talk = محاضرة
session-format-workshop = ورشة عمل
session-format-world_cafe = المقهى العالمي (World Café)
session-format-case_consultation = الاستشارة الجماعية بين الزملاء
session-format-best_practice = ممارسة جيدة
session-format-plenary = جلسة عامة
case-phases-heading = مراحل الاستشارة
case-phase-casting = توزيع الأدوار
case-phase-report = عرض الحالة
case-phase-questions = أسئلة للفهم
case-phase-hypotheses = صياغة الفرضيات
case-phase-ideas = جمع أفكار للحلول
case-phase-closing = الختام من قِبل صاحب الحالة أو صاحبتها
session-seats = { $capacity ->
    [one] تم اختيار { $chosen } من أصل مقعد واحد
    [two] تم اختيار { $chosen } من أصل مقعدين
    [few] تم اختيار { $chosen } من أصل { $capacity } مقاعد
    [many] تم اختيار { $chosen } من أصل { $capacity } مقعدًا
   *[other] تم اختيار { $chosen } من أصل { $capacity } مقعد
}
session-choose = اختيار
session-unchoose = سحب الاختيار
session-full = مكتمل الحجز
session-chosen = اختيارك
session-documentation = التوثيق
session-documentation-empty = لا يوجد توثيق بعد.
session-field-documentation = المحضر والنتائج
session-files = الصور والملفات
session-files-empty = لا توجد ملفات بعد.
flash-session-created = أُضيفت فقرة البرنامج إلى البرنامج.
flash-session-deleted = تم حذف فقرة البرنامج.
flash-session-chosen = تم حفظ اختيارك.
flash-session-unchosen = تم سحب اختيارك.
error-session-full = فقرة البرنامج هذه مكتملة الحجز. يُرجى اختيار فقرة أخرى.
error-choose-register-first = سجِّل أولًا في اللقاء، ثم يمكنك الاختيار.
error-topic-taken = هذا الموضوع مدرج بالفعل في فقرة أخرى من البرنامج.
meeting-edit-title = تعديل اللقاء
meeting-edit-hint = تبقى الجهة المضيفة والتسجيل كما هما. تتغير مواعيد التسجيل ومكانه معه؛ ويجدها المسجلون في ملف التقويم الخاص بهم.
