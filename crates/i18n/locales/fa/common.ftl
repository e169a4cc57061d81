app-name = ikoe
skip-to-content = رفتن به محتوای اصلی
nav-label = منوی اصلی
nav-home = صفحهٔ اصلی
nav-orgs = سازمان‌ها
nav-profile = حساب من
nav-admin = مدیریت
nav-login = ورود
nav-logout = خروج
lang-switch-label = انتخاب زبان
breadcrumbs-label = مسیر صفحه
footer-label = پانویس
footer-imprint = اطلاعات حقوقی
footer-privacy = حفاظت از داده‌ها
footer-accessibility = بیانیهٔ دسترس‌پذیری
footer-barrier-report = گزارش مشکل دسترس‌پذیری
pagination-label = صفحه‌ها
pagination-prev = صفحهٔ قبلی
pagination-next = صفحهٔ بعدی
pagination-page = صفحه
optional = اختیاری
choose = لطفاً انتخاب کنید
filter-any = همه
save = ذخیره
yes = بله
no = خیر
home-title = به ikoe خوش آمدید
home-lead = پلتفرمی برای گشایش میان‌فرهنگی ادارات دولتی: آموزش و توانمندسازی، شبکه‌سازی و مشارکت در یک جا.
home-my-orgs = سازمان‌های من
home-no-orgs = شما هنوز عضو هیچ سازمانی نیستید. یکی از مدیران سازمانتان می‌تواند شما را دعوت کند.
home-manage-members = مدیریت اعضا
home-profile-link = حساب من
home-about-title = دربارهٔ ikoe
home-org-count = { $count ->
    [one] { $count } سازمان در فهرست
   *[other] { $count } سازمان در فهرست
}
error-summary-title = مشکلی وجود دارد
error-prefix = خطا:
error-required = لطفاً این فیلد را پر کنید.
error-too-long = متن بیش از حد طولانی است.
error-control-chars = لطفاً از شکستن خط یا نویسه‌های کنترلی استفاده نکنید.
error-stacked-marks = لطفاً بیش از چهار نشانه یا اِعراب روی یک حرف قرار ندهید.
error-email = لطفاً یک نشانی ایمیل مانند name@beispiel.de وارد کنید.
error-url = لطفاً نشانی وبی وارد کنید که با https:// شروع شود.
error-choose-option = لطفاً یکی از گزینه‌ها را انتخاب کنید.
error-internal = این کار انجام نشد. لطفاً دوباره تلاش کنید.
error-too-many-attempts = تعداد تلاش‌ها بیش از حد است. لطفاً 15 دقیقه صبر کنید و سپس دوباره تلاش کنید.
error-stale = در این فاصله شخص دیگری این اطلاعات را تغییر داده است. اطلاعاتی را که وارد کرده‌اید بررسی کنید و دوباره ذخیره کنید.
error-page-home-link = رفتن به صفحهٔ اصلی
error-page-bad-request-title = درخواست ناقص
error-page-bad-request-text = فرم ناقص رسید. برگردید، صفحه را دوباره بارگیری کنید و دوباره بفرستید.
error-page-not-found-title = صفحه پیدا نشد
error-page-not-found-text = این صفحه وجود ندارد یا دیگر وجود ندارد. نشانی را بررسی کنید.
error-page-forbidden-title = بدون دسترسی
error-page-forbidden-text = شما اجازهٔ دسترسی به این صفحه را ندارید. با مدیریت سازمان خود تماس بگیرید.
error-page-csrf-title = فرم منقضی شده است
error-page-csrf-text = فرم دیگر معتبر نبود، به همین دلیل چیزی ذخیره نشد. به صفحهٔ قبل برگردید، صفحه را دوباره بارگذاری کنید و فرم را دوباره بفرستید – معمولاً اطلاعاتی که وارد کرده‌اید هنوز آنجا هست.
error-page-rate-limited-title = درخواست‌های بیش از حد
error-page-rate-limited-text = لطفاً کمی صبر کنید و سپس دوباره تلاش کنید.
error-page-internal-title = خطایی رخ داد
error-page-internal-text = متأسفیم، مشکلی پیش آمد. هیچ چیزی تغییر نکرد. لطفاً بعداً دوباره تلاش کنید.
flash-saved = ذخیره شد.
error-page-too-large-title = حجم بیش از حد
error-page-too-large-text = فرم بیش از اندازه‌ای که ikoe می‌پذیرد متن داشت. چیزی ذخیره نشد. متن را کوتاه‌تر کنید و دوباره بفرستید.

# start page, header menu, lists (issue 11)
home-personal-lead = آنچه در پیش است و آنچه منتظر شماست.
home-tasks = آنچه منتظر شماست
home-pending-total = { $count ->
    [one] یک ثبت‌نام منتظر تأیید شماست.
   *[other] { $count } ثبت‌نام منتظر تأیید شماست.
}
home-pending = { $count ->
    [one] یک ثبت‌نام منتظر تأیید
   *[other] { $count } ثبت‌نام منتظر تأیید
}
home-open-slots = { $count ->
    [one] یک بخش هنوز مدرس ندارد
   *[other] { $count } بخش هنوز مدرس ندارند
}
home-next = قرارهای بعدی من
home-next-empty = شما در حال حاضر در هیچ دوره‌ای ثبت‌نام نکرده‌اید.
home-next-module = بخش بعدی:
home-all-registrations = همهٔ ثبت‌نام‌های من
home-find-series = یافتن دوره‌های آموزشی
home-spaces = فضاهای من
home-spaces-empty = شما هنوز عضو هیچ فضایی نیستید.
home-new-posts = { $count ->
    [one] یک پست جدید
   *[other] { $count } پست جدید
}
home-search-label = جستجو در دوره‌های آموزشی
home-search-submit = جستجو
home-open = اکنون برای ثبت‌نام باز است
home-open-empty = در حال حاضر هیچ دوره‌ای برای ثبت‌نام باز نیست.
home-free-seats = { $count ->
    [one] یک جای خالی باقی است
   *[other] { $count } جای خالی باقی است
}
home-more-series = دیدن همهٔ دوره‌های آموزشی
catalogue-search = عبارت جستجو
nav-menu = منو
list-separator = {"، "}
table-scroll-hint = جدول از صفحه پهن‌تر است: برای دیدن همهٔ ستون‌ها به پهلو بکشید.
# states, districts and district-free cities (crates/ikoe/src/regions.rs)
region-DE-BW = بادن-وورتمبرگ
region-DE-BY = بایرن
region-DE-BE = برلین
region-DE-BB = براندنبورگ
region-DE-HB = برمن
region-DE-HH = هامبورگ
region-DE-HE = هسن
region-DE-MV = مکلنبورگ-فورپومرن
region-DE-NI = نیدرزاکسن
region-DE-NW = نوردراین-وستفالن
region-DE-RP = راینلاند-فالتس
region-DE-SL = زارلاند
region-DE-SN = زاکسن
region-DE-ST = زاکسن-آنهالت
region-ST-SAW = بخش آلتمارک زالتسودل
region-ST-ABI = آنهالت-بیترفلد
region-ST-BK = بورده
region-ST-BLK = بخش بورگنلاند
region-ST-HZ = هارتس
region-ST-JL = یریشوور لاند
region-ST-MSH = مانسفلد-زودهارتس
region-ST-SK = بخش زاله
region-ST-SLK = بخش زالتسلاند
region-ST-SDL = اشتندال
region-ST-WB = ویتنبرگ
region-ST-DE = دساو-روسلاو
region-ST-HAL = هاله (زاله)
region-ST-MD = ماگدبورگ
region-DE-SH = شلسویگ-هولشتاین
region-DE-TH = تورینگن
