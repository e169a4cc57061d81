# The adoption of a Leitbild: sign-off by the leadership, publication, translations, poster.

## The sign-off through a personal link (/mitmachen/{token}/freigabe)
leitbild-signoff-title = الموافقة على بيان الرسالة
leitbild-signoff-lead = عرض فريق العملية الصيغة { $number } من بيان الرسالة للموافقة. يُرجى قراءة النص بتأنٍّ.
leitbild-signoff-older = وافقتم على الصيغة { $signed } بتاريخ { $date }. والآن تُعرض الصيغة { $offered } للموافقة؛ وتبقى موافقتكم السابقة مسجّلة للصيغة { $signed }.
leitbild-signoff-heading = موافقتكم
leitbild-signoff-done = وافقتم على هذه الصيغة بتاريخ
leitbild-signoff-explain = بموافقتكم تؤكّدون هذا النص بصفتكم عضوًا في القيادة. يُسجَّل اسمكم ووقت الموافقة ويراهما فريق العملية.
leitbild-signoff-as = موافقة من { $name }
leitbild-signoff-submit = أوافق على هذه الصيغة
leitbild-signoff-adopted = اعتُمدت هذه الصيغة.
leitbild-signoff-nothing = لا توجد حاليًا صيغة معروضة للموافقة. سيتواصل معكم فريق العملية عندما يحين الوقت.
leitbild-signoff-refused-unknown-title = هذا الرابط غير صالح
leitbild-signoff-refused-unknown-text = رابط المشاركة هذا غير موجود أو لم يعد صالحًا: ربما استُبدل برابط جديد أو سُحب.
leitbild-signoff-refused-department-title = الموافقة بالرابط الشخصي فقط
leitbild-signoff-refused-department-text = هذا رابط قسم. يوافق أعضاء القيادة على بيان الرسالة، كلٌّ عبر رابطه الشخصي.
leitbild-signoff-refused-not-leader-title = الموافقة للقيادة فقط
leitbild-signoff-refused-not-leader-text = لا يوافق على بيان الرسالة إلا أعضاء القيادة. ومع ذلك فصوتكم مهم: علّقوا على المسودات وادعموها عبر رابط مشاركتكم.
leitbild-signoff-refused-help = إن كانت لديكم أسئلة فتواصلوا مع فريق العملية في إدارتكم. لم يُسجَّل شيء.
flash-leitbild-signed = سُجّلت موافقتكم. شكرًا جزيلًا!
flash-leitbild-signed-adopted = سُجّلت موافقتكم. وبذلك وافق جميع أعضاء القيادة: اعتُمد بيان الرسالة.
flash-leitbild-signed-already = سبق أن وافقتم على هذه الصيغة؛ تبقى موافقتكم الأولى هي المعتمدة.
error-leitbild-offer-changed = عُرضت في الأثناء صيغة أخرى للموافقة. يُرجى قراءة هذه الصيغة قبل الموافقة عليها. لم يُسجَّل شيء.
error-leitbild-nothing-offered = لا توجد حاليًا صيغة معروضة للموافقة. لم يُسجَّل شيء.

## The team's page (/leitbild/{id}/adoption)
leitbild-adoption-title = الموافقة والنشر
leitbild-adoption-lead = اعرضوا صيغة للموافقة. عندما يوافق عليها جميع أعضاء القيادة تُعتمد. بعد ذلك انشروا بيان الرسالة وأضيفوا الترجمات ونزّلوا الملصق.
leitbild-adoption-offered = معروضة للموافقة
leitbild-adoption-offered-none = لا توجد صيغة بعد
leitbild-adoption-adopted = الاعتماد
leitbild-adoption-state-adopted = معتمدة
leitbild-adoption-state-open = غير معتمدة بعد
leitbild-adoption-declared = بإعلان من فريق العملية
leitbild-adoption-signoffs = موافقة القيادة
leitbild-adoption-no-version = لا توجد بعد صيغة من بيان الرسالة. اكتبوا المسودة أولًا.
leitbild-adoption-newer = نشأت الصيغة { $newest } منذ أن عُرضت الصيغة { $offered } للموافقة. اعرضوا الصيغة الجديدة للموافقة؛ تبقى الموافقات السابقة مسجّلة للصيغة { $offered }.
leitbild-adoption-offer-label = الصيغة المعروضة للموافقة
leitbild-adoption-offer-hint = يرى أعضاء القيادة هذه الصيغة كاملة عندما يفتحون روابطهم الشخصية.
leitbild-adoption-offer = اعرض للموافقة
leitbild-adoption-no-leaders = لم يُسجَّل بعد أي عضو في القيادة. سجّلوهم في التحضير.
leitbild-adoption-signed-count = وافق { $signed } من أصل { $leaders } من أعضاء القيادة على الصيغة المعروضة.
leitbild-adoption-leaders-caption = أعضاء القيادة وموافقاتهم
leitbild-adoption-signoff = الموافقة
leitbild-adoption-link = الرابط الشخصي
leitbild-adoption-signed = وافق
leitbild-adoption-open = مفتوحة
leitbild-adoption-older = صيغة أقدم
leitbild-adoption-link-yes = موجود
leitbild-adoption-link-no = غير موجود
leitbild-adoption-how = يوافق أعضاء القيادة عبر رابط المشاركة الشخصي، في صفحة «الموافقة». إن لم يوجد رابط فأنشئوه في التحضير.
leitbild-adoption-declare-heading = الإعلان عن الاعتماد
leitbild-adoption-declare-hint = إن لم يوافق بعد جميع أعضاء القيادة، يستطيع فريق العملية إعلان اعتماد الصيغة بعد موافقة عضو واحد على الأقل – مثلًا عندما يغيب أحدهم لمدة طويلة. ويبقى عدد الموافقين ظاهرًا.
leitbild-adoption-declare = إعلان اعتماد الصيغة
leitbild-adoption-adopted-heading = بيان الرسالة المعتمد
leitbild-adoption-read = قراءة بيان الرسالة المعتمد
leitbild-adoption-not-yet = عندما تُعتمد صيغة، تنشرونها هنا وتضيفون الترجمات وتنزّلون الملصق.
confirm-leitbild-declare-title = إعلان اعتماد الصيغة { $number }؟
confirm-leitbild-declare-text = تُعدّ الصيغة { $number } عندئذٍ بيان الرسالة المعتمد لـ«{ $process }»، حتى لو لم يوافق عليها جميع أعضاء القيادة. وتستمر الموافقات اللاحقة في التسجيل.
confirm-leitbild-declare-submit = نعم، أعلن الاعتماد
flash-leitbild-offered = الصيغة معروضة الآن للموافقة.
flash-leitbild-adopted = أُعلن اعتماد الصيغة.
error-leitbild-no-signoff = لم يوافق أي عضو في القيادة على هذه الصيغة بعد. لا يستطيع فريق العملية إعلان اعتمادها إلا بعد موافقة واحدة على الأقل.

## Publication
leitbild-publication = النشر
leitbild-publication-none = غير منشور
leitbild-publication-internal = داخلي
leitbild-publication-public = عام
leitbild-publication-legend = من يحق له قراءة بيان الرسالة؟
leitbild-publication-choice-internal = داخلي
leitbild-publication-internal-hint = أعضاء الإدارة في ikoe بعد تسجيل الدخول، وفريق العملية.
leitbild-publication-choice-public = عام
leitbild-publication-public-hint = الجميع دون تسجيل دخول، على عنوان خاص به – مثلًا لموقع الإدارة.
leitbild-publish = نشر
leitbild-publication-public-url = العنوان العام:
leitbild-publication-internal-url = العنوان للعاملين:
leitbild-publication-withdraw = سحب النشر
confirm-leitbild-publication-withdraw-title = سحب النشر؟
confirm-leitbild-publication-withdraw-text = سيصبح بيان الرسالة لـ«{ $process }» مرئيًا لفريق العملية فقط؛ ولن يعرض العنوان العام شيئًا بعد ذلك.
confirm-leitbild-publication-withdraw-submit = نعم، اسحب
flash-leitbild-published = نُشر بيان الرسالة.
flash-leitbild-unpublished = سُحب النشر.
error-leitbild-not-adopted = لم تُعتمد أي صيغة بعد. لا يمكن نشر إلا بيان رسالة معتمد.

## Translations
leitbild-translations = الترجمات
leitbild-translations-hint = تساعد الترجمات كل من يقرأ لغة أخرى بسهولة أكبر. يبقى النص الألماني هو المرجع. عندما تُعتمد صيغة جديدة تُعدّ الترجمة قديمة حتى تُحفظ من جديد.
leitbild-translation-language = اللغة
leitbild-translation-state = الحالة
leitbild-translation-actions = الإجراءات
leitbild-translation-current = محدّثة
leitbild-translation-outdated = قديمة
leitbild-translation-none = لا توجد ترجمة بعد
leitbild-translation-edit = تعديل
leitbild-translation-add = إضافة
leitbild-translation-title = الترجمة
leitbild-translation-lead = ترجموا الصيغة { $number }، أي بيان الرسالة المعتمد. بجانب كل حقل يظهر النص الألماني.
leitbild-translation-outdated-note = تعود هذه الترجمة إلى الصيغة { $old }. وقد اعتُمدت منذ ذلك الحين الصيغة { $number }: عدّلوا الترجمة واحفظوها، فتُعدّ محدّثة.
leitbild-translation-original = الألمانية
leitbild-translation-principle = المبدأ { $n }
leitbild-translation-goal = هدف المبدأ { $n }
leitbild-translation-save = حفظ الترجمة
flash-leitbild-translation-saved = حُفظت الترجمة.
error-leitbild-translation-stale = في الأثناء حفظ شخص آخر هذه الترجمة أو اعتُمدت صيغة جديدة. نصّكم موجود أدناه دون تغيير؛ راجعوه واحفظوه من جديد.
error-translation-nothing-to-translate = لا يحتوي النص الألماني على شيء هنا. يُرجى ترك هذا الحقل فارغًا.
confirm-leitbild-translation-remove-title = إزالة الترجمة ({ $language })؟
confirm-leitbild-translation-remove-text = تختفي الترجمة من صفحة بيان الرسالة ومن الملصقات. ويبقى النص الألماني.
confirm-leitbild-translation-remove-submit = نعم، أزِل

## The poster
leitbild-poster = الملصق
leitbild-poster-hint = يعرض الملصق الشعار بخط كبير والمبادئ مع أهدافها، بجودة طباعة. إن لم توجد ترجمة فهو بالألمانية.
leitbild-poster-a3 = ملصق A3 (PDF)
leitbild-poster-a2 = ملصق A2 (PDF)
leitbild-poster-heading = بيان رسالتنا
leitbild-poster-footer = اعتُمد بتاريخ { $date } · الصيغة { $number }

## The published text (/leitbild/{id}/text, /l/{id})
leitbild-published-title = بيان الرسالة
leitbild-published-languages = لغات بيان الرسالة
leitbild-published-missing = بيان الرسالة غير متوفر بهذه اللغة بعد. هنا النص الألماني.
leitbild-published-outdated = تعود هذه الترجمة إلى صيغة سابقة من بيان الرسالة. النص الألماني هو المرجع:
leitbild-published-adopted = اعتُمد بتاريخ { $date }
leitbild-published-team-none = غير منشور بعد: لا يرى هذه الصفحة إلا فريق العملية.
leitbild-published-team-internal = منشور داخليًا: يرى أعضاء الإدارة هذه الصفحة.
leitbild-published-team-public = منشور للجميع، دون تسجيل دخول، على
