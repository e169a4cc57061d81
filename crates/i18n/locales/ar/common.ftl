app-name = ikoe
skip-to-content = الانتقال إلى المحتوى
nav-label = التنقل الرئيسي
nav-home = الصفحة الرئيسية
nav-orgs = المنظمات
nav-profile = حسابي
nav-admin = الإدارة
nav-login = تسجيل الدخول
nav-logout = تسجيل الخروج
lang-switch-label = اختيار اللغة
breadcrumbs-label = مسار التنقل
footer-label = تذييل الصفحة
footer-imprint = الإشعار القانوني
footer-privacy = حماية البيانات
footer-accessibility = بيان إمكانية الوصول
footer-barrier-report = الإبلاغ عن مشكلة في إمكانية الوصول
pagination-label = الصفحات
pagination-prev = الصفحة السابقة
pagination-next = الصفحة التالية
pagination-page = صفحة
optional = اختياري
choose = يُرجى الاختيار
filter-any = الكل
save = حفظ
yes = نعم
no = لا
home-title = مرحبًا بكم في ikoe
home-lead = منصة الانفتاح بين الثقافات في الإدارة العامة: التأهيل والتشبيك والمشاركة في مكان واحد.
home-my-orgs = منظماتي
home-no-orgs = لا تنتمي بعدُ إلى أي منظمة. يمكن لمن يتولى الإدارة في منظمتك أن يرسل إليك دعوة.
home-manage-members = إدارة الأعضاء
home-profile-link = حسابي
home-about-title = نبذة عن المنصة
home-org-count = { $count ->
    [zero] لا توجد أي منظمة في الدليل
    [one] منظمة واحدة في الدليل
    [two] منظمتان في الدليل
    [few] { $count } منظمات في الدليل
    [many] { $count } منظمة في الدليل
   *[other] { $count } منظمة في الدليل
}
error-summary-title = توجد مشكلة
error-prefix = خطأ:
error-required = يُرجى ملء هذا الحقل.
error-too-long = النص طويل جدًا.
error-control-chars = يُرجى عدم استخدام فواصل الأسطر أو أحرف التحكم.
error-stacked-marks = يُرجى عدم وضع أكثر من أربع علامات أو حركات فوق حرف واحد.
error-email = يُرجى إدخال عنوان بريد إلكتروني مثل name@beispiel.de.
error-url = يُرجى إدخال عنوان ويب يبدأ بـ https://.
error-choose-option = يُرجى اختيار أحد الخيارات.
error-internal = لم تنجح العملية. يُرجى المحاولة مرة أخرى.
error-too-many-attempts = محاولات كثيرة جدًا. يُرجى الانتظار 15 دقيقة ثم المحاولة مرة أخرى.
error-stale = قام شخص آخر بتغيير هذه البيانات في هذه الأثناء. راجِع ما أدخلته ثم احفظه مرة أخرى.
error-page-home-link = الذهاب إلى الصفحة الرئيسية
error-page-bad-request-title = طلب غير مكتمل
error-page-bad-request-text = وصل النموذج غير مكتمل. ارجع، وأعد تحميل الصفحة، ثم أرسله مرة أخرى.
error-page-not-found-title = الصفحة غير موجودة
error-page-not-found-text = هذه الصفحة غير موجودة أو لم تعد موجودة. تحقّق من العنوان.
error-page-forbidden-title = لا توجد صلاحية وصول
error-page-forbidden-text = ليست لديك صلاحية للوصول إلى هذه الصفحة. تواصَل مع إدارة منظمتك.
error-page-csrf-title = انتهت صلاحية النموذج
error-page-csrf-text = لم يعد النموذج صالحًا، لذلك لم يُحفظ أي شيء. ارجع إلى الصفحة السابقة وأعد تحميلها ثم أرسل النموذج مرة أخرى – غالبًا ما تكون البيانات التي أدخلتها لا تزال موجودة هناك.
error-page-rate-limited-title = طلبات كثيرة جدًا
error-page-rate-limited-text = يُرجى الانتظار قليلًا ثم المحاولة مرة أخرى.
error-page-internal-title = حدث خطأ
error-page-internal-text = نأسف، حدث خطأ ما. لم يتغير أي شيء. يُرجى المحاولة مرة أخرى لاحقًا.
flash-saved = تم الحفظ.
error-page-too-large-title = محتوى كبير جدًا
error-page-too-large-text = احتوى النموذج على نص أكثر مما يقبله ikoe. لم يُحفظ أي شيء. اختصر النص وأرسله مرة أخرى.

# start page, header menu, lists (issue 11)
home-personal-lead = ما هو قادم وما ينتظرك.
home-tasks = ما ينتظرك
home-pending-total = { $count ->
    [one] تسجيل واحد ينتظر موافقتك.
    [two] تسجيلان ينتظران موافقتك.
    [few] { $count } تسجيلات تنتظر موافقتك.
   *[other] { $count } تسجيلًا تنتظر موافقتك.
}
home-pending = { $count ->
    [one] تسجيل واحد ينتظر الموافقة
    [two] تسجيلان ينتظران الموافقة
    [few] { $count } تسجيلات تنتظر الموافقة
   *[other] { $count } تسجيلًا تنتظر الموافقة
}
home-open-slots = { $count ->
    [one] وحدة واحدة بلا مدرّب بعد
    [two] وحدتان بلا مدرّب بعد
    [few] { $count } وحدات بلا مدرّب بعد
   *[other] { $count } وحدة بلا مدرّب بعد
}
home-next = مواعيدي القادمة
home-next-empty = أنت غير مسجَّل حاليًا في أي دورة تدريبية.
home-next-module = الوحدة التالية:
home-all-registrations = كل تسجيلاتي
home-find-series = البحث عن دورات تدريبية
home-spaces = مساحاتي
home-spaces-empty = أنت لا تنتمي إلى أي مساحة بعد.
home-new-posts = { $count ->
    [one] مشاركة جديدة واحدة
    [two] مشاركتان جديدتان
    [few] { $count } مشاركات جديدة
   *[other] { $count } مشاركة جديدة
}
home-search-label = البحث في الدورات التدريبية
home-search-submit = بحث
home-open = مفتوحة للتسجيل الآن
home-open-empty = لا توجد حاليًا أي دورة تدريبية مفتوحة للتسجيل.
home-free-seats = { $count ->
    [one] بقي مقعد واحد
    [two] بقي مقعدان
    [few] بقيت { $count } مقاعد
   *[other] بقي { $count } مقعدًا
}
home-more-series = عرض كل الدورات التدريبية
catalogue-search = كلمة البحث
nav-menu = القائمة
list-separator = {"، "}
table-scroll-hint = الجدول أعرض من الشاشة: اسحب جانبيًا لرؤية كل الأعمدة.
# states, districts and district-free cities (crates/ikoe/src/regions.rs)
region-DE-BW = بادن-فورتمبيرغ
region-DE-BY = بافاريا
region-DE-BE = برلين
region-DE-BB = براندنبورغ
region-DE-HB = بريمن
region-DE-HH = هامبورغ
region-DE-HE = هسن
region-DE-MV = مكلنبورغ-فوربومرن
region-DE-NI = سكسونيا السفلى
region-DE-NW = شمال الراين-وستفاليا
region-DE-RP = راينلاند-بفالتس
region-DE-SL = زارلاند
region-DE-SN = سكسونيا
region-DE-ST = سكسونيا-أنهالت
region-ST-SAW = دائرة ألتمارك زالتسفيدل
region-ST-ABI = أنهالت-بيترفيلد
region-ST-BK = بورده
region-ST-BLK = دائرة بورغنلاند
region-ST-HZ = هارتس
region-ST-JL = يريخوفر لاند
region-ST-MSH = مانسفيلد-زودهارتس
region-ST-SK = دائرة زاله
region-ST-SLK = دائرة زالتسلاند
region-ST-SDL = شتندال
region-ST-WB = فيتنبرغ
region-ST-DE = ديساو-روسلاو
region-ST-HAL = هاله (زاله)
region-ST-MD = ماغدبورغ
region-DE-SH = شليسفيغ-هولشتاين
region-DE-TH = تورينغن
