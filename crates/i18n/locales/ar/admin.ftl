admin-users-title = الحسابات
admin-users-search = البحث في الحسابات
admin-users-count = { $count ->
    [zero] لا توجد حسابات
    [one] حساب واحد
    [two] حسابان
    [few] { $count } حسابات
    [many] { $count } حسابًا
   *[other] { $count } حساب
}
admin-users-since = تاريخ الإنشاء
admin-users-platform-admin = إدارة المنصة
admin-users-grant-admin = منح { $name } صلاحية إدارة المنصة
admin-users-revoke-admin = سحب صلاحية إدارة المنصة من { $name }
admin-invite-org = المنظمة
admin-invite-no-org = بدون منظمة
admin-org-new-title = منظمة جديدة
admin-org-create = إنشاء منظمة
flash-org-created = تم إنشاء المنظمة. ادعُ الآن أول شخص يتولى إدارتها.
admin-audit-title = سجل التغييرات
admin-audit-filter = تصفية السجل
admin-audit-count = { $count ->
    [zero] لا توجد إدخالات
    [one] إدخال واحد
    [two] إدخالان
    [few] { $count } إدخالات
    [many] { $count } إدخالًا
   *[other] { $count } إدخال
}
admin-audit-when = الوقت
admin-audit-who = مَن
admin-audit-action = الإجراء
admin-audit-object = العنصر
admin-audit-org = المنظمة
admin-audit-detail = التفاصيل
admin-audit-actor-id = الشخص (الرقم)
admin-audit-org-id = المنظمة (الرقم)
admin-audit-system = النظام
admin-outbox-title = صندوق الصادر
admin-mail-title = البريد الإلكتروني
admin-outbox-no-smtp = لم يتم إعداد خادم SMTP. لا تُرسَل رسائل البريد الإلكتروني، بل تُجمع هنا.
admin-outbox-empty = صندوق الصادر فارغ.
admin-outbox-count = { $count ->
    [zero] لا توجد رسائل بريد إلكتروني
    [one] رسالة بريد إلكتروني واحدة
    [two] رسالتا بريد إلكتروني
    [few] { $count } رسائل بريد إلكتروني
    [many] { $count } رسالة بريد إلكتروني
   *[other] { $count } رسالة بريد إلكتروني
}
admin-outbox-created = تاريخ الإنشاء
admin-outbox-to = إلى
admin-outbox-subject = الموضوع
admin-outbox-status = الحالة
admin-outbox-language = اللغة
admin-outbox-back = العودة إلى صندوق الصادر
admin-outbox-status-pending = قيد الانتظار
admin-outbox-status-sent = أُرسلت
admin-outbox-status-failed = فشل الإرسال
admin-barriers-title = مشكلات إمكانية الوصول المُبلَّغ عنها
admin-barriers-empty = لم يتم الإبلاغ عن أي مشكلات في إمكانية الوصول.
admin-barriers-done = وضع علامة «تمت المعالجة»
admin-barriers-reopen = إعادة الفتح
admin-barriers-status-open = مفتوحة
admin-barriers-status-done = تمت المعالجة
admin-texts-title = النصوص القانونية
admin-texts-lead = تظهر هذه النصوص في تذييل كل صفحة. النص الألماني إلزامي؛ وإذا لم تتوفر ترجمة، يظهر النص الألماني.
admin-texts-language = اللغة
admin-texts-switch = تغيير اللغة
admin-texts-body = النص
admin-texts-body-hint = الأسطر الفارغة تفصل بين الفقرات. إذا تُرك النص فارغًا، يُستعاد النص الافتراضي المرفق بالبرنامج.
admin-orgs-title = المنظمات
admin-orgs-members-of = أعضاء { $org }
admin-mail-hidden = موضوع رسائل البريد الإلكتروني ونصها محتوى شخصي ولا يُعرضان هنا.

# the outbox shows the kind of a mail, not its text
admin-mail-not-kept = لا يُحتفظ بنص الرسالة بعد إرسالها.
admin-outbox-text-shown = يعرض هذا النظام موضوع الرسائل ونصها لأنه لم يتم إعداد خادم SMTP ولأن الإعداد show_mail_text_in_outbox يسمح بذلك (لأنظمة العرض والاختبار فقط).
admin-outbox-text-hidden = تجد هنا المستلم والنوع والحالة لكل رسالة. الموضوع والنص محتوى شخصي ولا يُعرضان.
admin-outbox-kind = النوع
admin-outbox-kind-invitation = دعوة (حساب جديد)
admin-outbox-kind-invitation-existing = دعوة (حساب موجود)
admin-outbox-kind-reset = إعادة تعيين كلمة المرور
admin-outbox-kind-registration-confirm = تأكيد التسجيل
admin-outbox-kind-registration-confirmed = تم تأكيد التسجيل
admin-outbox-kind-registration-waiting = قائمة الانتظار
admin-outbox-kind-registration-pending = التسجيل بانتظار الموافقة
admin-outbox-kind-registration-moved-up = الانتقال من قائمة الانتظار
admin-outbox-kind-registration-again = تسجيل العنوان نفسه مرة أخرى
admin-outbox-kind-registration-cancelled = إلغاء التسجيل
admin-outbox-kind-certificate-issued = إصدار شهادة
admin-outbox-kind-speaker-request = طلب إلى محاضر
admin-outbox-kind-speaker-reminder = تذكير لمحاضر
admin-outbox-kind-speaker-confirmed = وافق المحاضر
admin-outbox-kind-speaker-declined = اعتذر المحاضر
admin-outbox-kind-module-cancelled = إلغاء وحدة
admin-outbox-kind-module-reminder = تذكير بوحدة
admin-outbox-kind-feedback-invite = طلب تقييم
admin-outbox-kind-space-invitation = دعوة إلى مساحة
admin-outbox-kind-space-invitation-org = دعوة مؤسسة إلى مساحة
admin-outbox-kind-space-request-new = طلب انضمام جديد
admin-outbox-kind-space-request-accepted = قبول طلب الانضمام
admin-outbox-kind-space-request-declined = رفض طلب الانضمام
admin-outbox-kind-space-post = مشاركة جديدة
admin-outbox-kind-space-digest = ملخص يومي
