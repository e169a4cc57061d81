# Calendars: .ics files of modules and series, personal calendar feeds, reminders before modules.

## Links on the series page and on the personal registration page
calendar-links-download = إضافة المواعيد إلى التقويم
calendar-links-hint = ملف تقويم (.ics) لبرامج Outlook وGoogle Calendar وApple Calendar وThunderbird وغيرها من تطبيقات التقويم.
calendar-links-feed-hint = يمكنك أيضًا الاشتراك في عنوان هذا الرابط في تطبيق التقويم لديك، فتظهر التغييرات والإلغاءات تلقائيًا.

## The personal calendar feed (/profile/calendar)
calendar-title = مواعيدي في التقويم
calendar-lead = جميع وحدات السلاسل التدريبية التي لديك فيها مقعد مضمون موجودة في تقويم شخصي. إذا اشتركت فيه في تطبيق التقويم لديك، تظهر المواعيد الجديدة والتغييرات والإلغاءات تلقائيًا.
calendar-url-label = عنوان تقويمك
calendar-url-hint = انسخ هذا العنوان وألصقه في تطبيق التقويم لديك، مثلًا تحت «الاشتراك في تقويم» أو «إضافة من الإنترنت».
calendar-subscribe = الاشتراك في تطبيق التقويم
calendar-download = التنزيل كملف
calendar-secret = هذا العنوان سري: من يعرفه يرى مواعيدك دون تسجيل الدخول. يُرجى عدم مشاركته مع أحد.
calendar-reset-heading = إنشاء عنوان جديد
calendar-reset-text = إذا كان من الممكن أن يعرف شخص آخر هذا العنوان، فأنشئ عنوانًا جديدًا. سيتوقف العنوان السابق عن العمل؛ أدخل العنوان الجديد في تطبيق التقويم لديك.
calendar-reset-submit = إنشاء عنوان جديد
flash-calendar-reset = لتقويمك الآن عنوان جديد. العنوان السابق لم يعد يعمل.
calendar-profile-link = الاشتراك في مواعيدي في التقويم

## Inside the calendar files
calendar-ics-feed-name = ikoe – مواعيدي
calendar-ics-topics = المواضيع
calendar-ics-access = إمكانية الوصول إلى المكان
calendar-ics-online = المشاركة عبر الإنترنت
calendar-ics-online-only = عبر الإنترنت
calendar-ics-online-after-registration = المشاركة عبر الإنترنت ممكنة؛ يحصل المشاركون على الرابط بعد التسجيل.
calendar-ics-details = التفاصيل

## Reminder mail before a module
mail-module-reminder-subject = تذكير: { $module } في { $when }
mail-module-reminder-body =
    مرحبًا { $name }،

    نودّ تذكيرك بالوحدة «{ $module }» من السلسلة «{ $series }».

    الموعد: { $when }
    { $details }

    تسجيلك وجميع المواعيد:
    { $link }

    نتطلع إلى لقائك.
mail-module-reminder-venue = المكان: { $venue }
mail-module-reminder-online = المشاركة عبر الإنترنت: { $url }
mail-module-reminder-access = إمكانية الوصول إلى المكان: { $access }
