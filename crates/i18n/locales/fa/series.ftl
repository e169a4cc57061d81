# Qualification series: catalogue, series pages, registration, staff pages.

nav-series = دوره‌های آموزشی
actions = اقدامات
back = بازگشت
cancel = لغو
edit = ویرایش

## Kinds, visibility, status, target groups
series-kind-trainer = آموزش مربیان
series-kind-volunteer = دوره برای داوطلبان
series-kind-apprentice = کارگاه برای کارآموزان
series-kind-expert_day = همایش تخصصی یک‌روزه
series-visibility-public = عمومی
series-visibility-members = فقط برای اعضای سازمان
series-visibility-invitation = فقط با پیوند دعوت
series-status-active = فعال
series-status-cancelled = لغوشده
target-group-administration = کارکنان اداری
target-group-volunteers = داوطلبان
target-group-newcomers = تازه‌واردان
target-group-trainers = مربیان
target-group-apprentices = کارآموزان
target-group-multipliers = انتقال‌دهندگان دانش

## Catalogue
catalogue-title = دوره‌های آموزشی
catalogue-filter-label = فیلتر کردن دوره‌های آموزشی
catalogue-filter-group = گروه هدف
catalogue-filter-month = ماه
catalogue-filter-language = زبان
catalogue-count = { $count ->
    [one] { $count } دورهٔ آموزشی
   *[other] { $count } دورهٔ آموزشی
}
catalogue-empty = هیچ دورهٔ آموزشی‌ای با این فیلترها مطابقت ندارد.
catalogue-modules = { $count ->
    [one] { $count } ماژول
   *[other] { $count } ماژول
}
catalogue-full = ظرفیت تکمیل – فهرست انتظار
catalogue-back = بازگشت به دوره‌های آموزشی

## Staff: series
series-heading = مجموعه‌های آموزشی
series-org-title = مجموعه‌های آموزشی { $org }
series-org-empty = هنوز هیچ مجموعهٔ آموزشی‌ای وجود ندارد. نخستین مجموعه را بسازید.
series-new-title = مجموعهٔ آموزشی جدید
series-edit-title = ویرایش { $title }
series-edit-link = تنظیمات و متن‌ها
series-copy-link = کپی برای گروه بعدی
series-public-link = صفحهٔ عمومی
series-manage-link = مدیریت مجموعه
series-texts-heading = عنوان و توضیحات
series-texts-hint = زبان آلمانی الزامی است. زبان‌های دیگر اختیاری‌اند؛ هر جا متنی نباشد، متن آلمانی نمایش داده می‌شود.
series-field-title = عنوان
series-field-summary = توضیحات
series-settings-heading = نوع و گروه‌های هدف
series-field-kind = نوع
series-field-visibility = نمایش
series-field-visibility-hint = مجموعه‌هایی که روی «فقط با پیوند دعوت» تنظیم شده‌اند در فهرست دوره‌ها نمایش داده نمی‌شوند.
series-field-target-groups = گروه‌های هدف
series-field-languages = زبان‌های آموزش
series-registration-heading = ثبت‌نام
series-field-capacity = ظرفیت
series-field-capacity-hint = کسی که پس از پر شدن همهٔ جاها ثبت‌نام کند، در فهرست انتظار قرار می‌گیرد.
series-field-deadline = مهلت ثبت‌نام
series-field-deadline-hint = ثبت‌نام تا پایان این روز امکان‌پذیر است.
series-field-manual-approval = تأیید دستی ثبت‌نام‌ها
series-field-manual-approval-hint = ثبت‌نام‌های جدید پیش از گرفتن جا، منتظر تأیید شما می‌مانند.
series-rule-heading = پایان دوره
series-rule-hint = چه زمانی کسی مجموعه را به پایان رسانده است. اگر چیزی وارد نشود: شرکت در همهٔ ماژول‌ها.
series-field-min-modules = دست‌کم این تعداد ماژول
series-field-all-mandatory = شرکت در همهٔ ماژول‌های اجباری
series-field-min-hours = دست‌کم این تعداد ساعت آموزشی
series-dates = بازهٔ زمانی
series-no-modules = هنوز هیچ ماژولی وجود ندارد
series-seats = جاها
series-seats-taken = { $count ->
    [one] { $count } جا پر شده
   *[other] { $count } جا پر شده
}
series-seats-left = جاهای خالی
series-waiting = فهرست انتظار
series-pending = در انتظار تأیید
series-waiting-list-open = ثبت‌نام در فهرست انتظار امکان‌پذیر است
series-invite-link = پیوند دعوت
series-organiser = برگزارکننده
series-copy-title = کپی { $title }
series-copy-intro = کپی شامل متن‌ها، تنظیمات و همهٔ ماژول‌ها است (بدون ثبت‌نام‌ها). تاریخ ماژول‌ها به همان تعداد روز جابه‌جا می‌شود که لازم است تا نخستین ماژول در روزی که انتخاب می‌کنید آغاز شود.
series-copy-first = نخستین ماژول در حال حاضر در تاریخ { $date } آغاز می‌شود.
series-copy-field-starts = نخستین روز گروه جدید
series-copy-field-starts-hint = ساعت‌ها تغییر نمی‌کنند.
series-copy-submit = ساختن کپی
flash-series-created = مجموعهٔ آموزشی ساخته شد. اکنون ماژول‌ها را اضافه کنید.
flash-series-copied = کپی ساخته شد. عنوان و تاریخ‌ها را بررسی کنید.

## Staff: modules
modules-heading = ماژول‌ها
modules-empty = هنوز هیچ ماژولی وجود ندارد.
module-new-title = افزودن ماژول
module-edit-title = ویرایش ماژول
module-field-title = عنوان
module-field-topics = موضوع‌ها
module-field-topics-hint = در هر خط یک موضوع.
module-field-starts = آغاز
module-field-ends = پایان
module-field-time-hint = تاریخ و ساعت (به وقت آلمان).
module-field-venue = مکان
module-field-venue-hint = نشانی محل برگزاری. اگر ماژول فقط به‌صورت آنلاین برگزار می‌شود، خالی بگذارید.
module-field-access = دسترس‌پذیری مکان
module-field-access-hint = برای مثال: ورودی بدون پله، سرویس بهداشتی مناسب ویلچر، حلقهٔ القایی برای سمعک.
module-field-online = پیوند آنلاین
module-field-online-hint = فقط پیوندهای https. شرکت‌کنندگان آن را پس از ثبت‌نام می‌بینند.
module-field-hours = ساعت‌های آموزشی
module-field-hours-hint = برای قاعدهٔ پایان دوره و گواهی حساب می‌شود.
module-field-mandatory = ماژول اجباری
module-when = زمان
module-hours = { $count ->
    [one] { $count } ساعت آموزشی
   *[other] { $count } ساعت آموزشی
}
module-mandatory = ماژول اجباری
module-cancelled = لغوشده
module-past = گذشته
series-cta-seats =
    { $count ->
        [one] ۱ جای خالی مانده است
       *[other] { $count } جای خالی مانده است
    }
series-cta-waiting-list = همهٔ جاها پر شده است – در فهرست انتظار قرار می‌گیرید
series-cta-deadline = مهلت ثبت‌نام { $date }
series-cta-register = همین حالا ثبت‌نام کنید
series-begun-reachable = این دوره آغاز شده است: { $past } از { $total } بخش برگزار شده است. اگر اکنون بپیوندید و در همهٔ بخش‌های باقی‌مانده شرکت کنید، هنوز می‌توانید گواهی را دریافت کنید.
series-begun-unreachable = این دوره آغاز شده است: { $past } از { $total } بخش برگزار شده است. می‌توانید در بخش‌های باقی‌مانده شرکت کنید، اما تازه‌واردان دیگر نمی‌توانند گواهی این دوره را دریافت کنند.
module-online = آنلاین
module-cancel-link = لغو
module-cancel-title = لغو ماژول «{ $title }»
module-cancel-warning = { $count ->
    [0] هنوز هیچ‌کس در این مجموعه ثبت‌نام نکرده است.
    [one] { $count } نفر ثبت‌نام‌شده از طریق ایمیل از لغو باخبر می‌شود.
   *[other] { $count } نفر ثبت‌نام‌شده از طریق ایمیل از لغو باخبر می‌شوند.
}
module-cancel-submit = لغو ماژول
flash-module-added = ماژول اضافه شد.
flash-module-cancelled = ماژول لغو شد؛ به ثبت‌نام‌شدگان اطلاع داده می‌شود.

## Registration
register-heading = ثبت‌نام
register-closed = ثبت‌نام در این مجموعه دیگر امکان‌پذیر نیست.
register-full-hint = همهٔ جاها پر شده است. اگر اکنون ثبت‌نام کنید، در فهرست انتظار قرار می‌گیرید و به‌محض خالی شدن یک جا، به‌طور خودکار جای آن را می‌گیرید.
register-email-hint = ایمیلی با یک پیوند برای تأیید ثبت‌نام دریافت می‌کنید.
register-field-affiliation = سازمان یا ادارهٔ دولتی
register-field-target-group = شرکت به عنوان
register-field-consent = اطلاعیهٔ حفاظت از داده‌ها را خوانده‌ام و موافقم که اطلاعاتم برای این دورهٔ آموزشی پردازش شود.
register-submit = ثبت‌نام
figures-heading = اطلاعات اختیاری برای آمار
figures-hint = این اطلاعات اختیاری و بی‌نام است: فقط شمرده می‌شود و همراه با نام شما ذخیره نمی‌شود. حامیان مالی دورهٔ آموزشی فقط جمع کل را دریافت می‌کنند.
figures-no-answer = ترجیح می‌دهم پاسخ ندهم
figures-age-label = سن
figures-age-under_27 = کمتر از 27 سال
figures-age-27_49 = 27 تا 49 سال
figures-age-50_plus = 50 سال و بیشتر
figures-migration-label = پیشینهٔ مهاجرت
figures-migration-own = خودم مهاجرت کرده‌ام
figures-migration-parents = دست‌کم یکی از والدینم مهاجرت کرده است
figures-migration-none = هیچ‌کدام
error-registration-closed = ثبت‌نام در این مجموعه بسته شده است.
error-already-registered = این نشانی ایمیل از قبل در این مجموعه ثبت‌نام شده است. پیوند شخصی خود را در ایمیل تأیید پیدا می‌کنید.
error-rate-limited = ثبت‌نام‌های بیش از حد از این اتصال. لطفاً یک ساعت دیگر دوباره تلاش کنید.
registration-check-mail-title = لطفاً ثبت‌نام خود را تأیید کنید
registration-check-mail-body = ایمیلی برایتان فرستادیم. برای تأیید ثبت‌نام، پیوند داخل آن را ظرف { $hours } ساعت باز کنید. ثبت‌نام فقط پس از آن معتبر است.
registration-title = ثبت‌نام شما: { $title }
registration-status = وضعیت
registration-status-unconfirmed = هنوز تأیید نشده
registration-status-pending = تأییدشده، در انتظار تأیید برگزارکنندگان
registration-status-confirmed = جای شما قطعی است
registration-status-waiting = در فهرست انتظار
registration-status-cancelled = ثبت‌نام لغو شد
registration-confirm-hint = لطفاً تأیید کنید که می‌خواهید ثبت‌نام کنید.
registration-confirm-submit = تأیید ثبت‌نام
registration-expired = این پیوند تأیید منقضی شده است. لطفاً دوباره ثبت‌نام کنید.
registration-again = ثبت‌نام دوباره
registration-cancel-link = لغو ثبت‌نام من در این دورهٔ آموزشی
registration-cancel-warning = آیا واقعاً می‌خواهید ثبت‌نام خود را لغو کنید؟ جای شما به نفر بعدی در فهرست انتظار داده می‌شود.
registration-cancel-submit = بله، ثبت‌نام لغو شود
registration-series-link = رفتن به صفحهٔ دورهٔ آموزشی
flash-registered = ثبت‌نام شما انجام شد.
flash-registration-confirmed = سپاسگزاریم! جای شما قطعی است.
flash-registration-waiting = سپاسگزاریم! شما در فهرست انتظار هستید و به‌طور خودکار جایگزین می‌شوید.
flash-registration-pending = سپاسگزاریم! برگزارکنندگان ثبت‌نام شما را بررسی می‌کنند و با شما تماس می‌گیرند.
flash-registration-cancelled = ثبت‌نام شما لغو شد.

## Staff: participants
participants-link = شرکت‌کنندگان
participants-title = شرکت‌کنندگان: { $title }
participants-empty = هنوز هیچ ثبت‌نامی وجود ندارد.
participants-approve = تأیید
participants-cancel = لغو ثبت‌نام
participants-add-heading = ثبت‌نام دستی یک نفر
participants-add-submit = ثبت‌نام
flash-participant-added = این شخص ثبت‌نام شد و ایمیلی دریافت می‌کند.
flash-participant-approved = ثبت‌نام تأیید شد.
flash-participant-cancelled = ثبت‌نام این شخص لغو شد.

## Mails
mail-registration-confirm-subject = لطفاً تأیید کنید: ثبت‌نام در { $series }
mail-registration-confirm-body =
    سلام { $name }،

    شما در «{ $series }» ثبت‌نام کرده‌اید. لطفاً ثبت‌نام را ظرف { $hours } ساعت با این پیوند تأیید کنید:
    { $link }

    با همین پیوند بعداً می‌توانید وضعیت ثبت‌نام خود را ببینید و ثبت‌نام را لغو کنید.
    اگر ثبت‌نام نکرده‌اید، این ایمیل را نادیده بگیرید؛ در این صورت چیزی ذخیره نمی‌شود.
mail-registration-confirmed-subject = جای شما قطعی است: { $series }
mail-registration-confirmed-body =
    سلام { $name }،

    جای شما در «{ $series }» قطعی است. تاریخ‌ها، مکان‌ها و امکان لغو ثبت‌نام را اینجا می‌یابید:
    { $link }
mail-registration-waiting-subject = فهرست انتظار: { $series }
mail-registration-waiting-body =
    سلام { $name }،

    همهٔ جاهای «{ $series }» پر شده است. شما در فهرست انتظار هستید و به‌محض اینکه کسی انصراف دهد، به‌طور خودکار جای او را می‌گیرید؛ در آن صورت به شما ایمیل می‌زنیم.
    وضعیت و لغو ثبت‌نام:
    { $link }
mail-registration-pending-subject = ثبت‌نام دریافت شد: { $series }
mail-registration-pending-body =
    سلام { $name }،

    ثبت‌نام شما در «{ $series }» دریافت شد. برگزارکنندگان آن را بررسی می‌کنند و با شما تماس می‌گیرند.
    وضعیت و لغو ثبت‌نام:
    { $link }
mail-registration-moved-up-subject = یک جا خالی شد: { $series }
mail-registration-moved-up-body =
    سلام { $name }،

    خبر خوب: در «{ $series }» یک جا خالی شد و شما از فهرست انتظار جایگزین شدید. جای شما قطعی است.
    اگر دیگر نمی‌توانید شرکت کنید، لطفاً ثبت‌نام خود را اینجا لغو کنید تا این جا به شخص دیگری داده شود:
    { $link }
mail-registration-cancelled-subject = لغو ثبت‌نام تأیید شد: { $series }
mail-registration-cancelled-body =
    سلام { $name }،

    ثبت‌نام شما در «{ $series }» لغو شد.
    { $link }
mail-registration-again-subject = شما قبلاً ثبت‌نام کرده‌اید: { $series }
mail-registration-again-body =
    سلام { $name }،

    کسی همین حالا این نشانی ایمیل را دوباره برای «{ $series }» ثبت‌نام کرد. شما قبلاً آنجا ثبت‌نام کرده‌اید؛ ثبت‌نام دومی وجود ندارد.
    ثبت‌نام خود را، با وضعیت، امکان لغو و تقویم، اینجا می‌یابید:
    { $link }

    اگر این کار شما نبوده است، می‌توانید این ایمیل را به‌سادگی حذف کنید.
mail-module-cancelled-subject = لغو شد: { $module } ({ $series })
mail-module-cancelled-body =
    سلام { $name }،

    متأسفانه ماژول «{ $module }» از مجموعهٔ «{ $series }» در تاریخ { $when } برگزار نمی‌شود.
    ثبت‌نام شما در این مجموعه همچنان معتبر است. وضعیت و تاریخ‌ها:
    { $link }

speaker-former = سخنران پیشین
registration-data-heading = داده‌های شما
registration-data-download = دریافت داده‌های من (JSON)
registration-data-delete = حذف داده‌های من
delete-data-title = حذف داده‌های من
delete-data-warning = نام، نشانی ایمیل و جزئیات این ثبت‌نام شما حذف می‌شوند، ثبت‌نام لغو می‌شود و این پیوند شخصی دیگر کار نمی‌کند. این کار برگشت‌پذیر نیست.
delete-data-others = { $count } ثبت‌نام دیگر با این نشانی ایمیل وجود دارد؛ آن‌ها نیز حذف می‌شوند.
delete-data-kept = فقط آمار ناشناس برای دوره باقی می‌ماند. گواهی صادرشده بدون نام شما قابل بررسی می‌ماند؛ فایل PDF آن پس از این دیگر ساخته نمی‌شود – پیش از آن دریافتش کنید.
delete-data-submit = بله، داده‌هایم را حذف کن
flash-data-deleted = داده‌های شما حذف شد.
verify-name-not-kept = ذخیره نشده (این شخص داده‌هایش را حذف کرده است)
verify-name-heading = بررسی نام
verify-name = نام روی گواهی
verify-name-hint = همان‌طور که روی گواهی چاپ شده است. فقط می‌گوییم که مطابقت دارد یا نه.
verify-name-submit = بررسی نام
verify-name-matches = نام با گواهی مطابقت دارد.
verify-name-differs = نام با گواهی مطابقت ندارد.
verify-name-limited = تلاش‌های بیش از حد. لطفاً یک ساعت دیگر دوباره امتحان کنید.

# امضا و اطلاعیهٔ حمایت مالی روی گواهی‌ها
series-signing-heading = گواهی
series-signing-hint = آنچه روی گواهی‌های این مجموعه زیر خط امضا و در پایین صفحه می‌آید. اگر چیزی وارد نشود، نام سازمان آنجا چاپ می‌شود.
series-field-signatory-name = امضاکننده
series-field-signatory-name-hint = نام، همان‌طور که باید زیر خط امضا بیاید، مثلاً «دکتر پترا شولتس». یک خط، حداکثر ۱۲۰ نویسه.
series-field-signatory-role = سمت
series-field-signatory-role-hint = زیر نام چاپ می‌شود، مثلاً «مدیریت پروژه». یک خط، حداکثر ۱۲۰ نویسه.
series-field-funding-notice = اطلاعیهٔ حمایت مالی
series-field-funding-notice-hint = با حروف کوچک در پایین هر گواهی چاپ می‌شود، مثلاً «با حمایت مالی ایالت زاکسن-آنهالت». حداکثر ۴۰۰ نویسه.
error-funding-notice-too-long = اطلاعیهٔ حمایت مالی به‌طور کامل روی گواهی جا نمی‌شود: آنجا حداکثر برای ۸ سطر با حروف کوچک جا هست. لطفاً آن را کوتاه‌تر کنید.
