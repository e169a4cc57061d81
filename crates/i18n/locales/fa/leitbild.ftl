# Leitbild processes: an administration writes its mission statement with all its staff.

nav-leitbild = بیانیهٔ مأموریت
month-year = { $month ->
    [1] ژانویه
    [2] فوریه
    [3] مارس
    [4] آوریل
    [5] مه
    [6] ژوئن
    [7] ژوئیه
    [8] اوت
    [9] سپتامبر
    [10] اکتبر
    [11] نوامبر
   *[12] دسامبر
} { $year }
percent = { $n }٪

## The list (/leitbild)
leitbild-title = فرایندهای تدوین بیانیهٔ مأموریت
leitbild-lead = یک اداره بیانیهٔ مأموریت خود (اصول راهنما) را همراه با همهٔ کارکنانش تدوین می‌کند، از مدیر گرفته تا نیروی داوطلب. در اینجا تیم فرایند گام‌ها را از آماده‌سازی تا ارزیابی همراهی می‌کند.
leitbild-empty = شما هنوز در هیچ فرایند تدوین بیانیهٔ مأموریت عضو نیستید. فرایند وقتی در اینجا نمایش داده می‌شود که شما در تیم فرایند باشید یا ادارهٔ شما فرایندی را پیش ببرد.
leitbild-phase-current = مرحلهٔ کنونی
leitbild-on-team = تیم فرایند
leitbild-start-heading = آغاز یک فرایند
leitbild-start-for = آغاز فرایند تدوین بیانیهٔ مأموریت برای { $org }

## Phases
leitbild-phases = مرحله‌ها
leitbild-phase-preparation = آماده‌سازی
leitbild-phase-vision = چشم‌انداز
leitbild-phase-values = ارزش‌ها و اصول راهنما
leitbild-phase-goals = اهداف و اقدامات
leitbild-phase-feedback = دورهای بازخورد
leitbild-phase-adoption = تصویب
leitbild-phase-evaluation = ارزیابی
leitbild-step-done = انجام‌شده
leitbild-step-current = مرحلهٔ کنونی
leitbild-step-next = در پیش
leitbild-phase-set = تغییر مرحله

## The process form
leitbild-new-title = فرایند جدید تدوین بیانیهٔ مأموریت
leitbild-edit-title = ویرایش فرایند
leitbild-administration = اداره
leitbild-field-title = عنوان فرایند
leitbild-field-title-hint = برای مثال «بیانیهٔ مأموریت ما 2027».
leitbild-start = آغاز فرایند
leitbild-plan-legend = زمان‌بندی
leitbild-plan-hint = ماهی که هر مرحله باید در آن آغاز شود، برای مثال 2027-03. اگر هنوز مشخص نیست، خالی بگذارید.

## The overview
leitbild-figures = مشارکت
leitbild-departments = بخش‌ها
leitbild-headcount-total = کل کارکنان
leitbild-participants = مشارکت‌کنندگان
leitbild-leaders = اعضای مدیریت ارشد
leitbild-coverage-caption = مشارکت به تفکیک بخش
leitbild-department = بخش
leitbild-headcount = تعداد کارکنان
leitbild-coverage = سهم
leitbild-team = تیم فرایند

## The preparation (/leitbild/{id}/setup)
leitbild-setup-title = آماده‌سازی
leitbild-setup-lead = بخش‌ها را با تعداد کارکنانشان، مشارکت‌کنندگان را همراه با اعضای مدیریت ارشد، و تیم فرایند را ثبت کنید. ikoe از روی تعداد کارکنان حساب می‌کند که فرایند به چه سهمی از هر بخش می‌رسد.
leitbild-contents = در این صفحه
leitbild-remove = حذف
leitbild-departments-hint = تعداد کارکنان پایهٔ همهٔ آمار مشارکت است.
leitbild-departments-empty = هنوز هیچ بخشی ثبت نشده است.
leitbild-department-add = افزودن بخش
leitbild-headcount-hint = یک عدد صحیح بزرگ‌تر از 0.
leitbild-department-edit-title = ویرایش بخش
leitbild-department-taking-part = { $count ->
    [0] هنوز هیچ‌کس از این بخش مشارکت ندارد.
    [one] { $count } نفر از این بخش مشارکت دارد.
   *[other] { $count } نفر از این بخش مشارکت دارند.
}
leitbild-people = مشارکت‌کنندگان
leitbild-people-hint = کارکنان به حساب کاربری نیاز ندارند. اعضای مدیریت ارشد بعداً متن نهایی را تأیید می‌کنند.
leitbild-people-empty = هنوز هیچ مشارکت‌کننده‌ای ثبت نشده است.
leitbild-people-count = { $count ->
    [one] { $count } مشارکت‌کننده
   *[other] { $count } مشارکت‌کننده
}
leitbild-person-add = افزودن فرد
leitbild-person-email-hint = برای کارکنانی که ایمیل کاری ندارند، خالی بگذارید.
leitbild-function = سمت
leitbild-function-hint = برای مثال «رئیس اداره» یا «کارشناس».
leitbild-leader = مدیریت ارشد
leitbild-leader-hint = اعضای مدیریت ارشد متن بیانیهٔ مأموریت را تأیید می‌کنند.
leitbild-no-department = بدون بخش
leitbild-team-hint = تیم فرایند، فرایند را پیش می‌برد: همکاران برنامه و رابطان اداره، هر کدام با حساب کاربری خود.
leitbild-team-email = نشانی ایمیل حساب کاربری
leitbild-team-email-hint = این فرد باید در ikoe حساب کاربری داشته باشد و عضو یکی از سازمان‌های شما باشد.
leitbild-team-add = افزودن به تیم فرایند

flash-leitbild-created = فرایند ایجاد شد. اکنون بخش‌ها و مشارکت‌کنندگان را اضافه کنید.
flash-leitbild-phase = مرحله تغییر کرد.
flash-removed = حذف شد.
flash-last-team-member = آخرین فرد تیم فرایند را نمی‌توان حذف کرد. نخست فرد دیگری را اضافه کنید.

error-headcount-positive = لطفاً عددی بزرگ‌تر از 0 وارد کنید.
error-headcount-below-participants = این عدد از تعداد مشارکت‌کنندگان این بخش کمتر است. دست‌کم همین تعداد را وارد کنید.
error-month = لطفاً ماهی مانند 2027-03 وارد کنید.
error-phase-order = این ماه پیش از ماه یک مرحلهٔ قبلی است. همان ماه یا ماهی پس از آن را انتخاب کنید.
error-department-exists = بخشی با این نام از پیش وجود دارد. نام دیگری انتخاب کنید.
error-department-full = از این بخش به تعداد کارکنانش مشارکت‌کننده ثبت شده است. نخست تعداد کارکنان را افزایش دهید.
error-no-account = با این نشانی حسابی پیدا نمی‌کنیم که بتوانید اضافه کنید. می‌توانید افراد سازمان‌های خودتان را اضافه کنید؛ دیگران را هماهنگی برنامه اضافه می‌کند.
error-already-on-team = این فرد از پیش در تیم فرایند است.

confirm-leitbild-department-remove-title = بخش «{ $name }» حذف شود؟
confirm-leitbild-department-remove-text = این بخش از «{ $process }» حذف می‌شود. مشارکت‌کنندگان آن بدون بخش باقی می‌مانند.
confirm-leitbild-department-remove-submit = بله، حذف شود
confirm-leitbild-person-remove-title = { $name } حذف شود؟
confirm-leitbild-person-remove-text = { $name } دیگر در «{ $process }» مشارکت ندارد. به هیچ‌کس اطلاع داده نمی‌شود.
confirm-leitbild-person-remove-submit = بله، حذف شود
confirm-leitbild-team-remove-title = { $name } از تیم فرایند حذف شود؟
confirm-leitbild-team-remove-text = { $name } دیگر نمی‌تواند «{ $process }» را پیش ببرد. به هیچ‌کس اطلاع داده نمی‌شود.
confirm-leitbild-team-remove-submit = بله، حذف شود

## The text and its versions (/leitbild/{id}/draft)
leitbild-draft-title = متن بیانیهٔ مأموریت
leitbild-draft-edit-title = ویرایش متن
leitbild-draft-first = نوشتن نخستین پیش‌نویس
leitbild-draft-empty = هنوز پیش‌نویسی وجود ندارد. تیم فرایند آن را بر پایهٔ نتایج کارگاه‌ها می‌نویسد.
leitbild-draft-lead = هر بار ذخیره کردن یک نسخهٔ جدید می‌سازد؛ نسخه‌های پیشین حفظ می‌شوند و می‌توان آن‌ها را با هم مقایسه کرد. متن به زبان آلمانی نوشته می‌شود.
leitbild-slogan = شعار
leitbild-slogan-hint = یک سطر، برای مثال «با هم برای الباونی باز».
leitbild-preamble = مقدمه
leitbild-preamble-hint = چند جمله دربارهٔ آنچه اداره به آن پایبند است.
leitbild-principle = اصل راهنما
leitbild-principle-text = متن اصل راهنما
leitbild-goal = هدف
leitbild-principles-hint = اصول راهنمای خالی ذخیره نمی‌شوند. پس از ذخیره، فیلدهای خالی بیشتری نمایش داده می‌شود.
leitbild-version-save = ذخیره به‌عنوان نسخهٔ جدید
leitbild-version = نسخه
leitbild-versions = نسخه‌ها
leitbild-versions-all = همهٔ نسخه‌ها
leitbild-version-first = نخستین نسخه.
leitbild-diff-lead = در مقایسه با نسخهٔ { $previous }.
leitbild-diff-legend-added = افزوده
leitbild-diff-legend-removed = خط‌خورده
leitbild-diff-added = افزوده
leitbild-diff-removed = خط‌خورده
leitbild-diff-end = پایان تغییر
leitbild-principle-state-added = جدید
leitbild-principle-state-removed = خط‌خورده
leitbild-principle-state-changed = تغییریافته
leitbild-principle-state-same = بدون تغییر
flash-leitbild-version = نسخهٔ جدید ذخیره شد.
error-version-stale = در این فاصله فرد دیگری نسخهٔ جدیدی ذخیره کرده است. متن شما بدون تغییر در پایین آمده است. نسخهٔ جدید را در «نسخه‌ها» ببینید؛ اگر سپس دوباره ذخیره کنید، متن شما نسخهٔ بعدی می‌شود.
error-principle-required = لطفاً دست‌کم یک اصل راهنما بنویسید.
error-too-many-principles = لطفاً کوتاه‌تر بنویسید: حداکثر 30 اصل راهنما.
leitbild-start-platform = به‌عنوان مدیر پلتفرم، فرایند را از صفحهٔ اداره آغاز می‌کنید.
leitbild-start-directory = اداره‌ها در فهرست
