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
admin-audit-when = الوقت (UTC)
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
admin-outbox-created = تاريخ الإنشاء (UTC)
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
admin-mail-hidden = تحتوي هذه الرسالة على رابط شخصي لإعادة تعيين كلمة المرور. بما أن الرسائل تُرسل عبر SMTP، فلا يُعرض نصها هنا.
