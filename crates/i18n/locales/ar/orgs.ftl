orgs-title = المنظمات
orgs-filter-label = تصفية المنظمات
orgs-search = الاسم يحتوي على
orgs-kind = النوع
orgs-region = المنطقة
orgs-website = الموقع الإلكتروني
orgs-filter-submit = عرض
orgs-empty = لا توجد منظمة تطابق هذه البيانات. غيِّر البحث أو عوامل التصفية.
orgs-count = { $count ->
    [zero] لم يُعثر على أي منظمة
    [one] تم العثور على منظمة واحدة
    [two] تم العثور على منظمتين
    [few] تم العثور على { $count } منظمات
    [many] تم العثور على { $count } منظمة
   *[other] تم العثور على { $count } منظمة
}
orgs-member-count = { $count ->
    [zero] لا يوجد أعضاء
    [one] عضو واحد
    [two] عضوان
    [few] { $count } أعضاء
    [many] { $count } عضوًا
   *[other] { $count } عضو
}
org-kind-programme-provider = جهة منفِّذة للبرامج
org-kind-administration = إدارة عامة
org-kind-coordination-office = مكتب تنسيق الاندماج
org-kind-education = مؤسسة تعليمية
org-kind-migrant-organisation = منظمة مهاجرين
org-kind-association = جمعية أو اتحاد
role-admin = الإدارة
role-member = عضو
org-edit-link = تعديل البيانات
org-edit-title = تعديل { $org }
org-field-name = اسم المنظمة
org-field-region-hint = الولاية الاتحادية، أو في ولاية ساكسونيا أنهالت: المقاطعة أو المدينة المستقلة.
org-field-description = الوصف
org-field-website-hint = مثلًا https://www.beispiel.de
flash-org-saved = تم حفظ بيانات المنظمة.
members-title = أعضاء { $org }
members-heading = الأعضاء
members-role = الدور
members-actions = الإجراءات
members-make-admin = منح { $name } صلاحية الإدارة
members-make-member = تحويل { $name } إلى عضو
members-remove = إزالة { $name }
members-open-invitations = الدعوات المفتوحة
members-no-invitations = لا توجد دعوات مفتوحة. يمكنك دعوة شخص ما أدناه.
members-revoke = سحب الدعوة الموجهة إلى { $email }
members-invite = دعوة شخص
members-invite-language = لغة الدعوة
members-invite-language-hint = ستُكتب رسالة البريد الإلكتروني بهذه اللغة.
members-invite-submit = إرسال الدعوة
error-already-member = هذا الشخص عضو بالفعل.
error-last-admin = يجب أن يكون في كل منظمة شخص واحد على الأقل لديه صلاحية الإدارة.
flash-invitation-sent = تم إرسال الدعوة.
flash-member-removed = تمت إزالة العضو.
flash-role-changed = تم تغيير الدور.
flash-invitation-revoked = تم سحب الدعوة.
error-already-invited = تمت دعوة هذا الشخص بالفعل. اسحب الدعوة المفتوحة لإرسال دعوة جديدة.
error-org-exists = توجد بالفعل منظمة بهذا الاسم.
members-invite-lead = سيتلقى الشخص رسالة بريد إلكتروني تحتوي على رابط صالح لمدة 7 أيام. من لديه حساب بالفعل يسجّل الدخول ويقبل الدعوة به.

# شعار المنظمة
org-logo-heading = الشعار
org-logo-hint = ‏PNG أو JPEG، بحجم 1 ميغابايت على الأكثر و4000 × 4000 بكسل على الأكثر. يظهر في أعلى شهادات سلاسلكم وعلى صفحة المنظمة.
org-logo-field = ملف الشعار
org-logo-upload = رفع الشعار
org-logo-current = الشعار الحالي
org-logo-alt = شعار { $org }
org-logo-none = لا يوجد شعار بعد.
org-logo-remove = إزالة الشعار
flash-org-logo-saved = تم حفظ الشعار.
flash-org-logo-removed = تمت إزالة الشعار.
error-logo-type = هذا الملف ليس صورة PNG أو JPEG قابلة للقراءة. يرجى اختيار ملف PNG أو JPEG.
error-logo-too-large = الملف أكبر من 1 ميغابايت.
error-logo-dimensions = يجب أن يكون عرض الصورة وارتفاعها بين 16 و4000 بكسل.
error-logo-incomplete = ملف الصورة غير مكتمل: يحتوي على بيانات صورة أقل مما يتطلبه حجمها المذكور فيه. يرجى حفظ الصورة من جديد (مثلاً بصيغة PNG) ثم رفعها مرة أخرى.
