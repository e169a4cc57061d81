# Taking part in a Leitbild process through a link, feedback rounds and the team's answers.

## The page staff open with their link (/mitmachen/{token})
leitbild-participate-title = المشاركة
leitbild-participate-hello = مرحبًا { $name }، يسعدنا أن تشارك معنا.
leitbild-participate-department = مشاركتك هنا عبر رابط القسم «{ $department }». مساهماتك مجهولة الهوية وتُحتسب لهذا القسم.
leitbild-participate-privacy = يرى فريق العملية تعليقاتك دون اسمك، ولا يرى إلا قسمك.
leitbild-participate-signoff = بصفتك عضوًا في القيادة: إلى اعتماد الصيغة
leitbild-participate-ended = اكتملت عملية إعداد بيان الرسالة. شكرًا على مشاركتك! هنا تجد النص والردود على تعليقاتك.
leitbild-participate-no-text = لا توجد مسودة بعد. سنُعلمك عندما يصبح بإمكانك التعليق عليها.
leitbild-round-open-until = جولة الملاحظات مفتوحة حتى { $date }. أيِّد ما يهمك، واكتب ما ينقص أو ما ينبغي أن يكون مختلفًا.
leitbild-round-upcoming = تبدأ جولة الملاحظات التالية في { $date }.
leitbild-round-none = لا توجد جولة ملاحظات جارية حاليًا.
leitbild-support = أؤيِّد هذا
leitbild-comment-this = إضافة تعليق
leitbild-comment-heading = تعليقك
leitbild-comment-target = بمَ يتعلق تعليقك؟
leitbild-comment-body = التعليق
leitbild-comment-body-hint = ما الذي يعجبك، وما الذي ينقص، وما الذي تودّ تغييره؟ يمكنك الكتابة بأي لغة.
leitbild-comment-proposal = صياغتك المقترحة
leitbild-comment-proposal-hint = إذا كانت لديك صياغة أفضل، فاكتبها هنا.
leitbild-comment-send = إرسال التعليق
leitbild-questions = أسئلة قصيرة
leitbild-questions-hint = حتى خمسة أسئلة، سؤال واحد في كل سطر، مثلًا «ماذا يعني الانفتاح في عملك؟»
leitbild-answers-save = حفظ الإجابات
leitbild-mine = تعليقاتك والردود عليها
leitbild-mine-empty = لم تكتب أي تعليق بعد.
leitbild-target-general = المسودة ككل
leitbild-target-principle = المبدأ { $n }
leitbild-answer-taken = أُخِذ به
leitbild-answer-changed = أُخِذ به مع تعديل
leitbild-answer-declined = لم يُؤخَذ به
leitbild-answer-pending = لم يُرَدّ عليه بعد

flash-leitbild-comment = شكرًا! وصل تعليقك. يردّ فريق العملية على كل تعليق.
flash-leitbild-supported = تم تسجيل تأييدك لهذا الجزء.
flash-leitbild-unsupported = تم سحب تأييدك.
flash-leitbild-answers = تم حفظ إجاباتك.
flash-leitbild-round-closed = انتهت جولة الملاحظات.

error-leitbild-round-closed = انتهت جولة الملاحظات، ولم يُرسَل نصك. احتفظ به إذا أردت تقديمه في الجولة التالية.
error-leitbild-questions-max = يُرجى ألا تزيد الأسئلة على خمسة، سؤال واحد في كل سطر.

## Feedback rounds, for the process team (/leitbild/{id}/rounds)
leitbild-rounds-title = جولات الملاحظات
leitbild-rounds-lead = في جولة الملاحظات يعلّق جميع العاملين على صيغة من النص، ويردّ فريق العملية على كل تعليق قبل أن يكتب الصيغة التالية.
leitbild-rounds-empty = لا توجد جولة ملاحظات بعد.
leitbild-round = الجولة
leitbild-round-title = جولة الملاحظات
leitbild-round-state = الحالة
leitbild-round-state-upcoming = مخطَّط لها
leitbild-round-state-open = جارية
leitbild-round-state-closed = منتهية
leitbild-round-contributors = المساهمون
leitbild-round-answered = تم الرد عليها
leitbild-round-start = بدء جولة ملاحظات
leitbild-round-start-hint = تتناول الجولة أحدث صيغة ({ $version }).
leitbild-round-opens = البداية
leitbild-round-closes = الموعد النهائي
leitbild-round-closes-hint = يمكن للجميع التعليق حتى نهاية هذا اليوم.
leitbild-round-remind = التذكير (عدد الأيام قبل الموعد النهائي)
leitbild-round-remind-hint = عندها يتلقى كل من لم يشارك بعد ولديه عنوان بريد إلكتروني تذكيرًا مع رابط جديد.
leitbild-round-reminder = التذكير
leitbild-round-reminded = أُرسل في { $date }
leitbild-round-close = إنهاء الجولة الآن
leitbild-round-unanswered = { $count ->
    [zero] لا توجد تعليقات بانتظار الرد.
    [one] تعليق واحد لم يُرَدّ عليه بعد. لا يمكن كتابة الصيغة التالية إلا بعد الرد على كل تعليق.
    [two] تعليقان لم يُرَدّ عليهما بعد. لا يمكن كتابة الصيغة التالية إلا بعد الرد على كل تعليق.
    [few] { $count } تعليقات لم يُرَدّ عليها بعد. لا يمكن كتابة الصيغة التالية إلا بعد الرد على كل تعليق.
    [many] { $count } تعليقًا لم يُرَدّ عليها بعد. لا يمكن كتابة الصيغة التالية إلا بعد الرد على كل تعليق.
   *[other] { $count } تعليق لم يُرَدّ عليها بعد. لا يمكن كتابة الصيغة التالية إلا بعد الرد على كل تعليق.
}
leitbild-comments = التعليقات
leitbild-comments-empty = لا توجد تعليقات ولا تأييد بعد.
leitbild-supports-count = { $count ->
    [zero] لا يوجد مؤيِّدون
    [one] مؤيِّد واحد
    [two] مؤيِّدان
    [few] { $count } مؤيِّدين
    [many] { $count } مؤيِّدًا
   *[other] { $count } مؤيِّد
}
leitbild-proposal = الصياغة المقترحة
leitbild-answer-legend = ردّ فريق العملية
leitbild-answer-reason = التعليل
leitbild-answer-save = حفظ الرد
leitbild-answer-change = تغيير الرد
leitbild-replies-empty = لا توجد ردود بعد.

flash-leitbild-round-started = تم إنشاء جولة الملاحظات.
flash-leitbild-answered = تم حفظ الرد. يراه الشخص عبر رابطه.

error-leitbild-deadline-past = الموعد النهائي في الماضي. اختر يومًا لاحقًا.
error-leitbild-round-too-long = لا تتجاوز مدة الجولة 120 يومًا.
error-leitbild-no-version = لا توجد صيغة من النص بعد. اكتب مسودة أولًا.
error-leitbild-round-running = توجد بالفعل جولة ملاحظات جارية أو مخطَّط لها. أنهِها أولًا.
error-leitbild-answered-meanwhile = ردّ شخص من فريق العملية على هذا التعليق في هذه الأثناء. اطّلع على ردّه؛ نصك لا يزال في الحقل.
error-leitbild-round-open-save = لا تزال هناك جولة ملاحظات جارية أو مخطَّط لها. تُكتب الصيغة التالية بعد انتهائها.
error-leitbild-unanswered = لا تزال هناك تعليقات لم يُرَدّ عليها. ردّ على كل تعليق أولًا؛ يبقى نصك هنا.

confirm-leitbild-round-close-title = إنهاء جولة الملاحظات الآن؟
confirm-leitbild-round-close-text = بعد ذلك لن يتمكن أحد من التعليق أو التأييد أو الرد في «{ $process }». لا يمكن التراجع عن ذلك.
confirm-leitbild-round-close-submit = نعم، إنهاء

## Participation links (on the preparation page)
leitbild-link = الرابط
leitbild-link-none = لا يوجد رابط
leitbild-link-active = فعّال
leitbild-link-made = أُنشئ في { $date }
leitbild-link-seen = فُتح في { $date }
leitbild-link-mail = إرسال الرابط بالبريد الإلكتروني
leitbild-link-revoke = تعطيل الرابط
leitbild-links = الروابط الشخصية
leitbild-links-hint = يشارك كل شخص عبر رابطه الشخصي دون حساب. من لديه عنوان بريد إلكتروني يتلقى الرابط بالبريد الإلكتروني؛ ولجميع الآخرين اطبع بطاقات برمز QR. الرابط الجديد يحل محل القديم.
leitbild-links-mail-all = إرسال الروابط إلى كل من ليس لديه رابط بعد
leitbild-links-cards = طباعة بطاقات برمز QR (للأشخاص الذين ليس لديهم بريد إلكتروني)
leitbild-card-heading = شارك في إعداد بيان رسالتنا
leitbild-card-hint = امسح الرمز بهاتفك أو أدخل العنوان. هذا الرابط خاص بك وحدك.
leitbild-department-link-make = إنشاء رابط للشبكة الداخلية (الإنترانت)
leitbild-department-link-title = رابط القسم
leitbild-department-link-made = الرابط الجديد للقسم «{ $department }»:
leitbild-department-link-hint = انسخ الرابط الآن وضعه على الشبكة الداخلية (الإنترانت) للقسم. لن يُعرض إلا هذه المرة فقط. من يفتحه يشارك دون الكشف عن هويته، وتُحتسب المساهمات للقسم.

flash-leitbild-link-sent = الرابط في طريقه. لم يعد أي رابط سابق لهذا الشخص صالحًا.
flash-leitbild-links-sent = الروابط في طريقها.
flash-leitbild-links-none = كل من لديه عنوان بريد إلكتروني لديه رابط بالفعل.
flash-leitbild-link-revoked = تم تعطيل الرابط.
flash-leitbild-cards-none = جميع المشاركين لديهم عنوان بريد إلكتروني؛ لا توجد بطاقات للطباعة.

confirm-leitbild-cards-title = طباعة بطاقات للمشاركين الذين ليس لديهم بريد إلكتروني ({ $count })؟
confirm-leitbild-cards-text = تُنشأ روابط جديدة للمشاركين في «{ $process }» الذين ليس لديهم عنوان بريد إلكتروني، وعندها لا تعود البطاقات السابقة صالحة.
confirm-leitbild-cards-submit = نعم، إنشاء البطاقات
confirm-leitbild-department-link-title = إنشاء رابط جديد لـ«{ $name }»؟
confirm-leitbild-department-link-text = عندها لا يعود الرابط الحالي لهذا القسم في «{ $process }» صالحًا. استبدله في الشبكة الداخلية أيضًا.
confirm-leitbild-department-link-submit = نعم، إنشاء رابط جديد

confirm-leitbild-link-revoke-title = هل تريد حظر رابط { $name }؟
confirm-leitbild-link-revoke-text = لن يعمل الرابط في «{ $process }» بعد ذلك. تبقى المساهمات محفوظة. يمكنك إنشاء رابط جديد في أي وقت.
confirm-leitbild-link-revoke-submit = نعم، احظره

## Mails
mail-leitbild-link-subject = رابطك إلى بيان الرسالة: { $process }
mail-leitbild-link-body =
    مرحبًا { $name }،

    يجري في { $org } إعداد بيان رسالة مشترك – بمشاركة جميع العاملين. رأيك مهم. عبر رابطك الشخصي يمكنك قراءة المسودة والتعليق عليها وتأييدها، دون تسجيل الدخول:
    { $link }

    هذا الرابط خاص بك وحدك؛ يُرجى عدم مشاركته مع غيرك.
mail-leitbild-reminder-subject = تذكير: جولة الملاحظات على بيان الرسالة حتى { $date }
mail-leitbild-reminder-body =
    مرحبًا { $name }،

    جولة الملاحظات على بيان رسالة { $org } («{ $process }») مفتوحة حتى { $date }. أخبرنا بما يهمك:
    { $link }

    هذا الرابط يحل محل الرابط الوارد في رسالة البريد الإلكتروني السابقة.
admin-outbox-kind-leitbild-link = بيان الرسالة: رابط شخصي
admin-outbox-kind-leitbild-reminder = بيان الرسالة: تذكير بجولة الملاحظات

## The evaluation: an anonymous survey per principle (/leitbild/{id}/evaluation and the link page)
leitbild-survey-heading = هل يُطبَّق بيان رسالتنا فعلًا؟
leitbild-survey-lead = أخبرنا حتى { $date } إلى أي مدى يُطبَّق كل مبدأ في عملك اليومي. إجاباتك مجهولة الهوية، ويمكنك تغييرها حتى ذلك الحين.
leitbild-survey-question = هل يُطبَّق هذا المبدأ في عملنا اليومي؟
leitbild-survey-rating-1 = لا على الإطلاق
leitbild-survey-rating-2 = قليلًا
leitbild-survey-rating-3 = جزئيًا
leitbild-survey-rating-4 = في الغالب
leitbild-survey-rating-5 = تمامًا
leitbild-survey-note = ما الذي يدلّك على ذلك؟
leitbild-survey-save = حفظ الإجابات
flash-leitbild-survey-saved = شكرًا! تم حفظ إجاباتك.
error-leitbild-survey-closed = انتهى الاستبيان، ولم تُحفَظ إجاباتك.
leitbild-evaluation-title = التقييم
leitbild-evaluation-lead = بعد بضعة أشهر من الاعتماد، اسأل جميع العاملين دون الكشف عن هويتهم عمّا إذا كانت المبادئ تُطبَّق فعلًا. كرّر الاستبيان لترى التطور.
leitbild-survey-of = استبيان بتاريخ { $date }
leitbild-survey-responses = المجيبون
leitbild-survey-responses-count = { $count ->
    [zero] لا توجد إجابات
    [one] إجابة واحدة
    [two] إجابتان
    [few] { $count } إجابات
    [many] { $count } إجابة
   *[other] { $count } إجابة
}
leitbild-survey-close = إنهاء الاستبيان الآن
leitbild-survey-anonymous = الإجابات مجهولة الهوية: دون أسماء ودون توقيت. لا تظهر نتائج المبدأ إلا ابتداءً من ثلاثة تقييمات.
leitbild-survey-mean = المتوسط { $mean } من 5
leitbild-survey-rated = { $count ->
    [zero] لا توجد تقييمات
    [one] تقييم واحد
    [two] تقييمان
    [few] { $count } تقييمات
    [many] { $count } تقييمًا
   *[other] { $count } تقييم
}
leitbild-survey-chart = توزيع التقييمات من «لا على الإطلاق» إلى «تمامًا»؛ الأرقام موجودة في الجدول.
leitbild-survey-table = التقييمات
leitbild-survey-rating-col = التقييم
leitbild-survey-count-col = العدد
leitbild-survey-notes = ما يكتبه العاملون
leitbild-survey-too-few = لا توجد بعدُ تقييمات كافية لعرضها دون الكشف عن الهوية.
leitbild-survey-results-after = تظهر النتائج بعد انتهاء الاستبيان، لأن أي تغيّر قبل ذلك قد يكشف ما أجاب به شخص بعينه.
leitbild-surveys = جميع الاستبيانات
leitbild-survey-start = بدء استبيان
leitbild-survey-start-hint = يتناول الاستبيان أحدث صيغة. يمكن لكل من لديه رابط أن يشارك.
flash-leitbild-survey-started = تم إنشاء الاستبيان.
flash-leitbild-survey-closed = انتهى الاستبيان.
error-leitbild-survey-running = يوجد بالفعل استبيان جارٍ أو مخطَّط له. أنهِه أولًا.
confirm-leitbild-survey-close-title = إنهاء الاستبيان الآن؟
confirm-leitbild-survey-close-text = بعد ذلك لن يتمكن أحد من الإجابة في «{ $process }». لا يمكن التراجع عن ذلك.
confirm-leitbild-survey-close-submit = نعم، إنهاء
