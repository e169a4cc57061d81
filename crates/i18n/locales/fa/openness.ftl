## The openness self-assessment: indicator sets, waves, answering, results

openness-title = خودارزیابی گشودگی
openness-self-assessment = خودارزیابی گشودگی
openness-lead = اداره در گشایش میان‌فرهنگی کجا ایستاده است؟ در دورهای پیاپی، مدیریت ارشد، کارکنان و نگاهی از بیرون شاخص‌های یکسانی را ارزیابی می‌کنند. نتایج فقط گروه‌هایی را نشان می‌دهد که پاسخ کافی دارند، آن هم بدون نام؛ در طول سال‌ها روند پیشرفت دیده می‌شود.
openness-mine = ارزیابی شما
openness-mine-submitted = ارسال شد، سپاسگزاریم
openness-mine-until = باز تا { $date }
openness-waves = دورها
openness-waves-empty = هنوز هیچ دوری وجود ندارد.
openness-wave-title = عنوان
openness-wave-title-hint = برای مثال «خودارزیابی 2027».
openness-wave-period = بازهٔ زمانی
openness-wave-state = وضعیت
openness-wave-responses = پاسخ‌های ارسال‌شده
openness-wave-responses-of = { $count } از { $total } ارسال شده
openness-wave-manage = مدیریت دور
openness-wave-new = آغاز دور جدید
openness-wave-new-hint = پس از آن گروه‌ها را می‌سازید، ارزیابان را وارد می‌کنید و پیوندهای شخصی‌شان را برایشان می‌فرستید.
openness-wave-set = مجموعهٔ شاخص‌ها
openness-wave-threshold = حداقل تعداد برای نتایج
openness-wave-threshold-hint = نتایج هر گروه فقط وقتی نمایش داده می‌شود که دست‌کم این تعداد پاسخ ارسال شده باشد (حداقل 3، پیشنهادی 5).
openness-wave-create = ایجاد دور
openness-wave-settings = تنظیمات دور
openness-wave-close = پایان فوری دور
openness-sets-link = مشاهدهٔ مجموعه‌های شاخص
openness-org-link = دورها و نتایج

openness-groups = گروه‌ها و ارزیابان
openness-groups-hint = هر گروه فقط زمانی ارزیابی می‌شود که دست‌کم { $n } نفر از آن پاسخ خود را ارسال کرده باشند. پس گروه‌ها را خیلی کوچک نسازید.
openness-groups-empty = هنوز هیچ گروهی وجود ندارد. برای مثال یک گروه «مدیریت ارشد»، برای هر اداره یک گروه از کارکنان و یک گروه «نگاه بیرونی» بسازید.
openness-group-kind = نوع گروه
openness-group-kind-leadership = مدیریت ارشد
openness-group-kind-staff = کارکنان
openness-group-kind-outside = نگاه بیرونی
openness-group-name = نام گروه
openness-group-name-hint = برای مثال «ادارهٔ خدمات شهروندی» یا «سازمان مهاجران».
openness-group-add = ایجاد گروه
openness-group-remove = حذف گروه
openness-group-below = کمتر از حداقل تعداد ({ $n })، نمایش داده نمی‌شود
openness-raters-of = ارزیابان در { $group }
openness-rater = فرد
openness-rater-link = پیوند
openness-rater-state = وضعیت
openness-rater-has-link = پیوند ارسال شد
openness-rater-no-link = هنوز پیوندی ندارد
openness-rater-account = حساب کاربری هم دارد
openness-rater-submitted = ارسال شد
openness-rater-open = باز
openness-rater-remove = حذف
openness-rater-unnamed = بدون نام (کارت)
openness-raters-add = افزودن ارزیاب
openness-raters-lines = نام‌ها و نشانی‌های ایمیل
openness-raters-lines-hint = هر سطر یک نفر: «نام, ایمیل» (با ویرگول لاتین ,)، فقط نام یا فقط نشانی ایمیل.
openness-raters-unnamed = پیوندهای اضافی بدون نام
openness-raters-unnamed-hint = برای کارت‌های چاپی، مثلاً برای شرکت‌کنندگان یک «مسیر تنوع».
openness-links = پیوندهای شخصی
openness-links-hint = کسی که نشانی ایمیل دارد، پیوند خود را با ایمیل دریافت می‌کند؛ برای بقیه کارت چاپ کنید. با این پیوند می‌توان بدون ورود به حساب کاربری پاسخ داد، مکث کرد و بعداً ادامه داد.
openness-links-mail = { $count ->
    [one] ارسال پیوند به 1 نفر
   *[other] ارسال پیوند به { $count } نفر
}
openness-links-cards = { $count ->
    [one] چاپ کارت برای 1 نفر
   *[other] چاپ کارت برای { $count } نفر
}
openness-card-heading = خودارزیابی گشودگی
openness-card-hint = کد را با تلفن همراه خود اسکن کنید یا نشانی را وارد کنید. پاسخ‌های شما بی‌نام است.

openness-answer-lead = شما از طرف گروه «{ $group }» پاسخ می‌دهید. لطفاً برای هر گزاره ارزیابی کنید که ادارهٔ شما تا کجا پیش رفته است.
openness-answer-anonymous = پاسخ‌های شما بی‌نام است: نتایج فقط گروه‌هایی را نشان می‌دهد که پاسخ کافی دارند، آن هم بدون نام. هر زمان می‌توانید مکث کنید و با همین پیوند تا { $date } ادامه دهید.
openness-answer-progress = به { $answered } از { $total } گزاره پاسخ داده شده است
openness-answer-progress-label = پیشرفت
openness-answer-steps = نمای کلی: چه چیزهایی هنوز باقی مانده است
openness-step-done = تمام
openness-step-left = { $answered } از { $total }
openness-answer-dimension = حوزهٔ { $n } از { $total }
openness-answer-note = یادداشت
openness-answer-note-hint = همهٔ کسانی که نتایج را می‌بینند، آن را بدون نام شما می‌خوانند.
openness-answer-next = ذخیره و ادامه
openness-answer-prev = بازگشت
openness-answer-pause = ذخیره و ادامه در زمانی دیگر
openness-answer-submit-title = ارسال
openness-answer-submit-text = به همهٔ گزاره‌ها پاسخ داده شده است. پس از ارسال، پاسخ‌های شما شمرده می‌شوند و دیگر قابل تغییر نیستند.
openness-answer-submit = ارسال پاسخ‌ها
openness-answer-left = { $count ->
    [one] هنوز 1 گزاره بی‌پاسخ مانده است. در بالا یک حوزه را انتخاب کنید.
   *[other] هنوز { $count } گزاره بی‌پاسخ مانده است. در بالا یک حوزه را انتخاب کنید.
}
openness-answer-submitted = سپاسگزاریم، پاسخ‌های شما ارسال شد.
openness-answer-submitted-text = اداره نتایج را پس از پایان دور می‌بیند – فقط برای گروه‌هایی که پاسخ کافی دارند و بدون نام.
openness-answer-upcoming = ارزیابی در { $date } آغاز می‌شود.
openness-level-0 = 0 – آغاز نشده
openness-level-1 = 1 – نخستین گام‌ها
openness-level-2 = 2 – تا حدی اجرا شده
openness-level-3 = 3 – کاملاً نهادینه شده
openness-choice-unknown = نمی‌دانم
openness-choice-na = در مورد ما صدق نمی‌کند

openness-results-title = نتایج
openness-results-respondents = { $count ->
    [one] 1 نفر پاسخ خود را ارسال کرده است.
   *[other] { $count } نفر پاسخ خود را ارسال کرده‌اند.
}
openness-results-threshold = فقط گروه‌هایی نمایش داده می‌شوند که دست‌کم { $n } پاسخ دارند.
openness-results-hidden = به دلیل کمبود پاسخ، در هیچ عددی به حساب نیامده‌اند:
openness-results-none = هیچ گروهی به حداقل تعداد پاسخ نرسیده است. بنابراین نتیجه‌ای وجود ندارد.
openness-results-after = نتایج پس از پایان دور در { $date } نمایش داده می‌شود – به این ترتیب از هیچ تغییری نمی‌توان پاسخ یک فرد را تشخیص داد.
openness-results-so-far = { $count ->
    [one] تاکنون 1 پاسخ ارسال شده است.
   *[other] تاکنون { $count } پاسخ ارسال شده است.
}
openness-results-overview = نمای کلی بر اساس حوزه
openness-results-scale = میانه در مقیاس 0 (آغاز نشده) تا 3 (کاملاً نهادینه شده). چراغ وضعیت: قرمز زیر 1.5؛ زرد از 1.5 تا کمتر از 2.5؛ سبز از 2.5 به بالا. فاصله: نگاه درونی منهای نگاه بیرونی.
openness-results-groups = بر اساس گروه
openness-results-trend = روند در طول دورها
openness-results-shared = { $count ->
    [one] مقایسه بر پایهٔ 1 شاخص که در همهٔ دورها مشترک است.
   *[other] مقایسه بر پایهٔ { $count } شاخص که در همهٔ دورها مشترک‌اند.
}
openness-results-weakest = ضعیف‌ترین شاخص‌ها
openness-results-weakest-hint = شروع کار از اینجا ارزشمند است.
openness-results-distribution = پاسخ‌ها در { $dimension }
openness-results-notes = یادداشت‌ها (بدون نام)
openness-report-download = گزارش به‌صورت PDF
openness-report-page = صفحه
openness-dimension = حوزه
openness-dimensions = حوزه‌ها
openness-indicator = شاخص
openness-median = میانه
openness-light = چراغ وضعیت
openness-light-none = بدون داده
openness-light-red = قرمز: تقریباً اجرا نشده
openness-light-yellow = زرد: تا حدی
openness-light-green = سبز: نهادینه شده
openness-gap = فاصله
openness-view-self = نگاه درونی
openness-view-outside = نگاه بیرونی
openness-slot-0 = 0
openness-slot-1 = 1
openness-slot-2 = 2
openness-slot-3 = 3
openness-slot-unknown = نمی‌دانم
openness-slot-na = صدق نمی‌کند
openness-chart-views = نگاه درونی و نگاه بیرونی در هر حوزه
openness-chart-views-desc = میانهٔ هر حوزه، طول نوار 3 = کاملاً نهادینه شده. همین اعداد در جدول زیر آمده است.
openness-chart-trend = میانه در طول دورها
openness-chart-trend-desc = میانهٔ شاخص‌های مشترک در هر دور، از 0 تا 3. همین اعداد در جدول زیر آمده است.

openness-sets-title = مجموعه‌های شاخص
openness-sets-lead = هر مجموعهٔ شاخص برای هر حوزه، در چهار سطح، توصیف می‌کند که گشایش میان‌فرهنگی در چه چیزهایی نمایان می‌شود. همکاران برنامه مجموعه‌ها را کپی و تنظیم می‌کنند؛ مجموعه‌ای که یک دور از آن استفاده می‌کند بدون تغییر می‌ماند – تغییرات به یک نسخهٔ جدید می‌انجامند.
openness-set = مجموعه
openness-set-version = نسخهٔ { $n }
openness-set-version-col = نسخه
openness-set-owner = تنظیم‌شده توسط
openness-set-shipped = همراه پلتفرم
openness-set-waves = دورها
openness-set-older = نسخهٔ قدیمی‌تر
openness-set-frozen = یک دور از این مجموعه استفاده می‌کند؛ بنابراین بدون تغییر می‌ماند. برای تغییر، یک نسخهٔ جدید بسازید.
openness-set-new-version = ساختن نسخهٔ جدید
openness-set-copy = کپی به‌عنوان مجموعهٔ خودتان
openness-set-no-translation = این مجموعه متنی به زبان شما ندارد؛ متن‌ها به آلمانی نمایش داده می‌شوند.
openness-set-languages = زبان‌ها
openness-set-language = زبان
openness-set-language-status = وضعیت ترجمه
openness-text-status-draft = پیش‌نویس، هنوز بررسی نشده
openness-text-status-reviewed = بررسی‌شده
openness-text-mark-reviewed = علامت‌گذاری به‌عنوان بررسی‌شده
openness-text-mark-draft = علامت‌گذاری به‌عنوان پیش‌نویس
openness-indicator-edit = ویرایش شاخص
openness-indicator-new = افزودن شاخص
openness-indicator-remove = حذف شاخص
openness-indicator-lang = زبان متن‌ها
openness-indicator-lang-hint = آلمانی مبنا است؛ زبان‌های دیگر ترجمه هستند.
openness-indicator-lang-switch = انتخاب زبان
openness-indicator-base = نسخهٔ آلمانی
openness-indicator-statement = گزاره
openness-indicator-statement-hint = جمله‌ای که ارزیابان آن را برای ادارهٔ خود ارزیابی می‌کنند.

error-openness-closed = این دور به پایان رسیده یا هنوز آغاز نشده است؛ پاسخی پذیرفته نمی‌شود.
error-openness-incomplete = لطفاً نخست به همهٔ گزاره‌ها پاسخ دهید.
error-openness-note-needs-choice = لطفاً یک پاسخ هم انتخاب کنید (یا «نمی‌دانم»).
error-openness-rater-line = یکی از سطرها نه نام است و نه نشانی ایمیل. بنویسید «نام, ایمیل» (با ویرگول لاتین).
error-openness-too-many-raters = لطفاً هر بار حداکثر 500 نفر.
error-openness-threshold-low = دست‌کم 3، تا هیچ‌کس قابل شناسایی نباشد.
error-openness-wave-too-long = هر دور حداکثر یک سال طول می‌کشد.
error-openness-group-taken = این دور از قبل گروهی با همین نام دارد.
error-openness-group-answered = یکی از اعضای این گروه پیش‌تر پاسخ داده است؛ گروه باقی می‌ماند.
error-openness-set-frozen = یک دور از این مجموعه استفاده می‌کند؛ بدون تغییر می‌ماند. یک نسخهٔ جدید بسازید.
flash-openness-wave-created = دور ایجاد شد. اکنون گروه‌ها را بسازید.
flash-openness-wave-closed = دور به پایان رسیده است.
flash-openness-group-added = گروه ایجاد شد.
flash-openness-group-removed = گروه حذف شد.
flash-openness-raters-added = ارزیابان ثبت شدند.
flash-openness-rater-removed = فرد حذف شد.
flash-openness-links-sent = پیوندها در راه‌اند.
flash-openness-links-none = همهٔ کسانی که نشانی ایمیل دارند، از قبل پیوند دارند.
flash-openness-saved = ذخیره شد.
flash-openness-paused = ذخیره شد. هر زمان می‌توانید با همین پیوند ادامه دهید.
flash-openness-submitted = سپاسگزاریم! پاسخ‌های شما ارسال شد.
flash-openness-already-submitted = پاسخ‌های شما پیش‌تر ارسال شده است.
flash-openness-set-copied = مجموعه کپی شد. اکنون می‌توانید آن را تنظیم کنید.
flash-openness-set-versioned = نسخهٔ جدید ساخته شد.
flash-openness-indicator-added = شاخص افزوده شد.
flash-openness-indicator-removed = شاخص حذف شد.

confirm-openness-wave-close-title = دور «{ $wave }» همین حالا پایان یابد؟
confirm-openness-wave-close-text = پس از آن، دیگر پاسخی پذیرفته نمی‌شود و نتایج نمایش داده می‌شوند.
confirm-openness-wave-close-submit = بله، پایان یابد
confirm-openness-group-remove-title = گروه «{ $group }» حذف شود؟
confirm-openness-group-remove-text = ارزیابان این گروه و پیوندهایشان نیز حذف می‌شوند.
confirm-openness-group-remove-submit = بله، حذف شود
confirm-openness-rater-remove-title = { $name } حذف شود؟
confirm-openness-rater-remove-text = پس از آن، پیوند دیگر کار نمی‌کند. پاسخ‌هایی که پیش‌تر ارسال شده‌اند همچنان شمرده می‌شوند؛ آن‌ها به این فرد مرتبط نیستند.
confirm-openness-rater-remove-submit = بله، حذف شود
confirm-openness-cards-title = کارت‌ها برای «{ $wave }» چاپ شوند؟
confirm-openness-cards-text = همهٔ کسانی که نشانی ایمیل ندارند و هنوز پاسخ خود را ارسال نکرده‌اند، پیوند جدید می‌گیرند؛ کارت‌هایی که پیش‌تر چاپ شده‌اند دیگر کار نمی‌کنند. پاسخ‌های نیمه‌کاره حفظ می‌شوند.
confirm-openness-cards-submit = بله، کارت‌ها چاپ شوند
confirm-openness-indicator-remove-title = شاخص حذف شود؟
confirm-openness-indicator-remove-text = «{ $statement }» همراه با همهٔ ترجمه‌هایش از مجموعه حذف می‌شود.
confirm-openness-indicator-remove-submit = بله، حذف شود

mail-openness-link-subject = ارزیابی شما: { $wave }
mail-openness-link-body =
    سلام { $name }،

    { $org } می‌پرسد که گشایش میان‌فرهنگی اداره تا کجا پیش رفته است. ارزیابی شما مهم است. با پیوند شخصی خود می‌توانید تا { $date } بدون ورود به حساب کاربری پاسخ دهید؛ می‌توانید مکث کنید و بعداً ادامه دهید:
    { $link }

    پاسخ‌های شما بی‌نام است. این پیوند فقط متعلق به شماست؛ لطفاً آن را به دیگران ندهید.
admin-outbox-kind-openness-link = خودارزیابی: پیوند شخصی

## Weak indicators proposed as measures of the annual planner
openness-measure-hint = یک شاخص را به‌عنوان اقدام پیشنهاد کنید: در برنامه‌ریز سالانه نمایش داده می‌شود
openness-measure-propose = پیشنهاد به‌عنوان اقدام
openness-measure-in-planner = در برنامه‌ریز سالانه است
openness-measure-from = از خودارزیابی «{ $wave }»:
error-openness-no-planner = پیشنهادها به اقدام‌هایی در برنامه‌ریز سالانهٔ فرایند بیانیهٔ چشم‌انداز تبدیل می‌شوند. این اداره هنوز برنامه‌ریز سالانه ندارد؛ تیم بیانیهٔ چشم‌انداز آن را در برنامه‌ریز ایجاد می‌کند.
flash-openness-measure-proposed = اقدام در برنامه‌ریز سالانه ثبت شد. تیم در آنجا تعیین می‌کند چه کسی آن را بر عهده می‌گیرد.
flash-openness-measure-there = این شاخص از قبل در برنامه‌ریز سالانه است.
error-openness-set-shipped = مجموعهٔ همراه ikoe همان‌طور که هست می‌ماند. برای تطبیق، از آن کپی بگیرید.
error-openness-set-empty = این مجموعه هیچ شاخصی ندارد.
error-openness-wave-ended = این دور پایان یافته و همان‌طور می‌ماند: گروه، ارزیاب یا پیوند تازه و بازهٔ زمانی تازه ممکن نیست.
error-openness-threshold-answered = تاکنون کسانی پاسخ داده‌اند: حداقل تعداد می‌تواند بالا برود، اما پایین نمی‌آید.
