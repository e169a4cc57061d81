# Network spaces: protected places for networks, steering groups and working groups; discussions.

nav-spaces = المساحات

## The list of spaces (/spaces)
spaces-title = المساحات
spaces-lead = مساحات محمية للشبكات والمجموعات التوجيهية ومجموعات العمل: هنا يناقش الأعضاء مواضيعهم بين الاجتماعات. لا يقرأ محتوى المساحة إلا أعضاؤها.
spaces-new-title = مساحة جديدة
spaces-edit-title = تعديل المساحة
spaces-mine = مساحاتي
spaces-mine-empty = لا تنتمي إلى أي مساحة بعد. تنضم أنت أو منظمتك إلى مساحة عندما تقبل دعوة من المسؤولين عنها أو يقبلون طلبك.
spaces-listed = مساحات أخرى
spaces-listed-hint = تُظهر هذه المساحات اسمها لكل من سجّل الدخول. لا يرى محتواها إلا أعضاؤها، ويمكنك طلب الانضمام إليها.
space-kind-network = شبكة
space-kind-steering = مجموعة توجيهية
space-kind-working = مجموعة عمل
space-member-count = { $count ->
    [zero] لا يوجد أعضاء
    [one] عضو واحد
    [two] عضوان
    [few] { $count } أعضاء
    [many] { $count } عضوًا
   *[other] { $count } عضو
}
space-new-posts = { $count ->
    [zero] لا توجد مشاركات جديدة
    [one] مشاركة جديدة واحدة
    [two] مشاركتان جديدتان
    [few] { $count } مشاركات جديدة
    [many] { $count } مشاركة جديدة
   *[other] { $count } مشاركة جديدة
}
space-requested = تم طلب الانضمام

## The space form
space-field-name = اسم المساحة
space-field-kind = نوع المساحة
space-field-description = موضوع هذه المساحة
space-field-listed = إظهار الاسم لكل من سجّل الدخول
space-field-listed-hint = عندها يمكن للآخرين طلب الانضمام. يبقى المحتوى في جميع الأحوال مرئيًا للأعضاء فقط.
flash-space-created = تم إنشاء المساحة. أضف الآن الأعضاء.

## A space's home
space-your-role = دورك
space-role-admin = مسؤول
space-role-member = عضو
space-role-reader = قراءة فقط
space-members-link = الأعضاء
space-open-requests = { $count ->
    [zero] لا توجد طلبات مفتوحة
    [one] طلب مفتوح واحد
    [two] طلبان مفتوحان
    [few] { $count } طلبات مفتوحة
    [many] { $count } طلبًا مفتوحًا
   *[other] { $count } طلب مفتوح
}
space-news-heading = الجديد منذ زيارتك الأخيرة
space-news-first = أهلًا بك! هذه زيارتك الأولى لهذه المساحة.
space-news-nothing = لم يُضَف شيء جديد منذ زيارتك الأخيرة.
space-news-since = منذ زيارتك الأخيرة في
space-news-threads = { $count ->
    [zero] لا توجد مواضيع جديدة
    [one] موضوع جديد واحد
    [two] موضوعان جديدان
    [few] { $count } مواضيع جديدة
    [many] { $count } موضوعًا جديدًا
   *[other] { $count } موضوع جديد
}
space-news-posts = { $count ->
    [zero] لا توجد مشاركات جديدة
    [one] مشاركة جديدة واحدة
    [two] مشاركتان جديدتان
    [few] { $count } مشاركات جديدة
    [many] { $count } مشاركة جديدة
   *[other] { $count } مشاركة جديدة
}
space-news-members = { $count ->
    [zero] لا يوجد أعضاء جدد
    [one] عضو جديد واحد
    [two] عضوان جديدان
    [few] { $count } أعضاء جدد
    [many] { $count } عضوًا جديدًا
   *[other] { $count } عضو جديد
}
space-threads-heading = المواضيع
space-threads-empty = لا توجد مواضيع هنا بعد. ابدأ الموضوع الأول.
thread-unread = { $count ->
    [zero] لا توجد مشاركات غير مقروءة
    [one] مشاركة واحدة غير مقروءة
    [two] مشاركتان غير مقروءتين
    [few] { $count } مشاركات غير مقروءة
    [many] { $count } مشاركة غير مقروءة
   *[other] { $count } مشاركة غير مقروءة
}
thread-posts = { $count ->
    [zero] لا توجد مشاركات
    [one] مشاركة واحدة
    [two] مشاركتان
    [few] { $count } مشاركات
    [many] { $count } مشاركة
   *[other] { $count } مشاركة
}
thread-last-post = آخر مشاركة في

## Asking to join a listed space
space-request-heading = طلب الانضمام
space-request-lead = يتلقى المسؤولون عن المساحة طلبك ويقررون بشأنه. ستصلك رسالة بريد إلكتروني بالرد.
space-field-message = رسالة إلى المسؤولين عن المساحة
space-request-submit = إرسال الطلب
space-requested-text = لقد طلبت الانضمام. يقرر المسؤولون عن المساحة بشأن طلبك، وستصلك رسالة بريد إلكتروني.
flash-space-requested = تم إرسال طلبك.

## Members (/spaces/{id}/members)
space-members-title = أعضاء { $space }
space-member-kind = النوع
space-member-org = منظمة (جميع أفرادها)
space-member-person = شخص
space-role-of = دور { $name }
space-role-change = تغيير الدور
space-remove = إزالة
space-requests-heading = الطلبات
space-requests-empty = لا توجد طلبات مفتوحة.
space-request-accept = قبول
space-request-decline = رفض
space-field-org = اسم المنظمة
space-field-org-hint = تمامًا كما يظهر في دليل المنظمات.
flash-space-own-org-added = منظمتك تنتمي الآن إلى المساحة.
flash-space-member-removed = تمت الإزالة من المساحة.
flash-space-request-accepted = تم القبول. ستصل الشخصَ رسالة بريد إلكتروني.
flash-space-request-declined = تم الرفض. ستصل الشخصَ رسالة بريد إلكتروني.
error-space-no-such-org = لا توجد منظمة بهذا الاسم. تحقق من طريقة الكتابة في الدليل.
error-space-already-member = ينتمي بالفعل إلى هذه المساحة.
error-space-last-admin = تحتاج كل مساحة إلى مسؤول واحد على الأقل. امنح هذا الدور لشخص آخر أولًا.

## Threads and posts
thread-new-title = موضوع جديد
thread-field-title = العنوان
post-field-body = النص
post-field-body-hint = يمكنك استخدام Markdown: **غامق**، *مائل*، [نص الرابط](https://…)، وقوائم بعلامة «-». لا تُعرض الصور ولا HTML.
thread-submit = بدء الموضوع
flash-thread-created = تم فتح الموضوع.
thread-reply-heading = الرد
thread-reply-submit = إرسال الرد
post-new = جديد
post-edited = عُدِّلت في
post-edit = تعديل
post-by = مشاركة من { $name }
post-edit-title = تعديل المشاركة
post-current-heading = نص المشاركة الحالي
post-history-title = النسخ السابقة
post-history-now = النسخة الحالية
post-history-until = النسخة حتى

## E-mails
mail-space-request-new-subject = طلب انضمام إلى المساحة «{ $space }»
mail-space-request-new-body =
    وصل طلب من { $who } للانضمام إلى المساحة «{ $space }».

    عرض الطلب واتخاذ القرار: { $link }
mail-space-request-accepted-subject = أهلًا بك في المساحة «{ $space }»
mail-space-request-accepted-body =
    تم قبول طلبك: أنت الآن ضمن المساحة «{ $space }».

    الانتقال إلى المساحة: { $link }
mail-space-request-declined-subject = طلبك للانضمام إلى المساحة «{ $space }»
mail-space-request-declined-body =
    للأسف لم يُقبل طلبك للانضمام إلى المساحة «{ $space }». إذا كانت لديك أسئلة، فتواصل مع { $who }.

## Following threads and notifications
thread-follow = متابعة الموضوع
thread-unfollow = إلغاء المتابعة
thread-following = أنت تتابع هذا الموضوع، وسيصلك إشعار بالمشاركات الجديدة فيه.
flash-thread-followed = أنت تتابع الموضوع الآن.
flash-thread-unfollowed = لم تعد تتابع الموضوع.
notify-heading = الإشعارات
notify-legend = عندما يكتب أحد في موضوع تتابعه:
notify-mode-immediate = إرسال رسالة بريد إلكتروني فورًا
notify-mode-digest = إرسال ملخص مرة واحدة في اليوم
notify-mode-off = عدم إرسال أي رسالة بريد إلكتروني
notify-submit = حفظ الاختيار
mail-space-post-subject = رد جديد: { $thread }
mail-space-post-body =
    مشاركة جديدة من { $who } في الموضوع «{ $thread }» ضمن المساحة «{ $space }»:

    { $excerpt }

    الانتقال إلى المشاركة: { $link }

    تغيير الإشعارات: { $settings }
mail-space-digest-subject = { $count ->
    [zero] لا توجد مشاركات جديدة في مساحاتك
    [one] مشاركة جديدة واحدة في مساحاتك
    [two] مشاركتان جديدتان في مساحاتك
    [few] { $count } مشاركات جديدة في مساحاتك
    [many] { $count } مشاركة جديدة في مساحاتك
   *[other] { $count } مشاركة جديدة في مساحاتك
}
mail-space-digest-line = { $space } – { $thread } ({ $who }): { $link }
mail-space-digest-body =
    الجديد في المواضيع التي تتابعها:

    { $lines }

    تغيير الإشعارات: { $settings }

## Invitations to a space
spaces-invitations = الدعوات
spaces-invitation-for-you = أنت مدعو.
spaces-invitation-for-org = منظمتك { $org } مدعوة. بصفتك من إدارتها تقبل الدعوة أو ترفضها.
spaces-invitation-from = من { $who }
space-invitation-valid-until = صالحة حتى
space-invitation-accept = قبول
space-invitation-decline = رفض
space-invitations-heading = الدعوات المفتوحة
space-invitations-empty = لا توجد دعوات مفتوحة.
space-invitations-caption = مدعوون لم يقبلوا بعد
space-invited = المدعو
space-invitation-pending = مفتوحة
space-invitation-revoke = سحب
space-invite-org-heading = دعوة منظمة
space-invite-org-lead = تتلقى إدارة المنظمة رسالة بريد إلكتروني وتقبل أو ترفض. عندها فقط ينتمي جميع أفراد المنظمة إلى المساحة، بمن فيهم من ينضم لاحقًا.
space-invite-person-heading = دعوة شخص
space-invite-person-lead = يتلقى الشخص رسالة بريد إلكتروني فيها رابط ويقبل أو يرفض. عندها فقط ينتمي إلى المساحة.
space-invite-submit = دعوة
flash-space-invited = تم إرسال الدعوة. تظهر تحت «الدعوات المفتوحة» حتى يتم الرد عليها.
flash-space-invitation-revoked = تم سحب الدعوة.
flash-space-invitation-accepted = تم القبول. مرحبًا بك في المساحة!
flash-space-invitation-declined = تم الرفض. لن تصلك رسائل أخرى بشأنها.
error-space-invitation-pending = توجد بالفعل دعوة مفتوحة إلى هذه المساحة لهذا العنوان أو لهذه المنظمة.
error-space-invitation-declined = رُفضت هذه الدعوة مؤخرًا. يمكن إرسال دعوة جديدة بعد 30 يومًا من الرفض.
error-space-invitation-limit = أُرسلت اليوم 30 دعوة لهذه المساحة. يرجى المحاولة غدًا.
error-space-invitation-invitee-limit = تلقّى هذا العنوان أو هذه المؤسسة اليوم عدة دعوات إلى مساحات. يرجى دعوتهم غدًا.
space-invitation-title = دعوة إلى مساحة
space-invitation-lead = يدعوك { $who } إلى المساحة «{ $space }» بدور «{ $role }».
space-invitation-other-account = أنت مسجّل الدخول بعنوان آخر. لا يقبل الدعوة إلا من سجّل الدخول بالعنوان الذي أُرسلت إليه. سجّل الخروج ثم ادخل بذلك العنوان.
space-invitation-sign-in = سجّل الدخول بالعنوان الذي أُرسلت إليه الدعوة، ثم اقبلها أو ارفضها هنا.
space-invitation-no-account = للانضمام إلى مساحة تحتاج أولًا إلى حساب في ikoe. تُنشأ الحسابات بدعوة من إدارة إحدى المنظمات؛ اسألهم.
space-invitation-stays-open = تبقى الدعوة مفتوحة حتى انتهاء صلاحيتها في
space-invitation-have-account = لديك حساب؟ تسجيل الدخول
space-invitation-not-for-me-heading = ليست لك؟
space-invitation-not-for-me-text = ارفضها فتنتهي الدعوة. لا تحتاج إلى حساب لذلك.
space-invitation-not-for-me = هذه ليست لي – رفض
space-invitation-was-accepted = تم قبول هذه الدعوة بالفعل.
space-invitation-was-declined = رُفضت هذه الدعوة.
space-invitation-was-revoked = سُحبت هذه الدعوة.
space-invitation-was-expired = انتهت صلاحية هذه الدعوة. اطلب دعوة جديدة ممن دعاك.
space-invitation-unknown = هذه الدعوة غير موجودة أو لم تعد موجودة. تحقق من اكتمال الرابط.
mail-space-invitation-subject = دعوة إلى مساحة في ikoe
mail-space-invitation-body =
    يدعوك { $who } إلى المساحة «{ $space }» في ikoe بدور «{ $role }».

    القبول أو الرفض: { $link }

    الدعوة صالحة لمدة { $days } يومًا. لا تنتمي إلى المساحة إلا بعد قبولك. إن لم تكن لك فارفضها عبر الرابط أو تجاهل هذه الرسالة.
mail-space-invitation-org-subject = دعوة منظمتك إلى مساحة في ikoe
mail-space-invitation-org-body =
    يدعو { $who } منظمتك { $org } إلى المساحة «{ $space }» في ikoe بدور «{ $role }».

    بصفتك من إدارة المنظمة، اقبل أو ارفض: { $link }

    الدعوة صالحة لمدة { $days } يومًا. لا ينتمي أفراد منظمتك إلى المساحة إلا بعد قبولك.
