# Planning of series: form errors, speakers, planning board, attendance.

## Form errors of series and modules
error-at-least-one = دست‌کم 1.
error-choose-at-least-one = لطفاً دست‌کم یک گزینه را انتخاب کنید.
error-date = لطفاً تاریخی مانند 04/03/2027 وارد کنید.
error-datetime = لطفاً تاریخ و ساعت را وارد کنید.
error-end-before-start = پایان باید پس از آغاز باشد.
error-number = لطفاً یک عدد صحیح وارد کنید.
error-number-range = این عدد بیش از حد بزرگ یا کوچک است.
error-venue-or-online = یک مکان یا یک پیوند آنلاین وارد کنید.

## Attendance
attendance-link = حضور و غیاب
attendance-title = حضور و غیاب: { $title }
attendance-roll-heading = فهرست حضور
attendance-empty = هنوز هیچ‌کس در این مجموعه جا ندارد.
attendance-present = حاضر
attendance-absent = غایب
attendance-excused = غیبت موجه
attendance-save = ذخیرهٔ حضور و غیاب
flash-attendance-saved = حضور و غیاب ذخیره شد.
attendance-checkin-heading = ثبت حضور توسط خود شرکت‌کنندگان
attendance-checkin-hint = شرکت‌کنندگان می‌توانند با کدی که شما در محل نشان می‌دهید، از طریق پیوند شخصی خود حضورشان را ثبت کنند – از یک ساعت پیش از آغاز تا پایان ماژول.
attendance-checkin-start = ساختن کد
attendance-checkin-show = این کد را در محل نشان دهید، برای مثال با ویدئوپروژکتور:
attendance-checkin-new = ساختن کد جدید
attendance-checkin-off = پایان ثبت حضور
attendance-list-heading = فهرست حضور برای امضا
attendance-list-hint = فهرست را چاپ کنید، در محل به امضای حاضران برسانید و نسخهٔ اسکن‌شده را اینجا بارگذاری کنید – به‌عنوان مدرک برای حامیان مالی.
attendance-list-download = فهرست حضور (PDF)
attendance-list-no = ردیف
attendance-list-signature = امضا
attendance-list-trainer = امضای مدرس / برگزارکننده
attendance-list-page = صفحه
attendance-scan-present = بارگذاری‌شده:
attendance-scan-field = بارگذاری فهرست امضاشده
attendance-scan-hint = PDF، JPEG یا PNG، حداکثر 10 مگابایت. فایل جدید جایگزین فایل قبلی می‌شود.
attendance-scan-submit = بارگذاری
flash-scan-saved = فهرست امضاشده ذخیره شد.
error-upload-too-large = حجم فایل بیش از حد مجاز است.
error-upload-empty = لطفاً یک فایل انتخاب کنید.
error-upload-type = این فایل PDF، JPEG یا PNG نیست.
checkin-heading = ثبت حضور: { $title }
checkin-code = کد محل برگزاری
checkin-code-hint = کد در محل برگزاری نمایش داده می‌شود، برای مثال با ویدئوپروژکتور.
checkin-submit = ثبت حضور
flash-checked-in = حضور شما ثبت شد.
flash-checkin-wrong-code = کد درست نیست. لطفاً آن را بررسی کنید.
flash-checkin-closed = در حال حاضر ثبت حضور برای این ماژول امکان‌پذیر نیست.
flash-checkin-too-many = تلاش‌های بیش از حد. لطفاً به برگزارکنندگان در محل مراجعه کنید.

## Completion and certificates
certificates-link = پایان دوره و گواهی‌ها
certificates-title = گواهی‌ها: { $title }
certificates-rule = قاعدهٔ پایان دوره: { $rules }.
certificates-rule-modules = { $count ->
    [one] شرکت در دست‌کم { $count } ماژول
   *[other] شرکت در دست‌کم { $count } ماژول
}
certificates-rule-mandatory = شرکت در همهٔ ماژول‌های اجباری
certificates-rule-hours = { $count ->
    [one] دست‌کم { $count } ساعت آموزشی
   *[other] دست‌کم { $count } ساعت آموزشی
}
certificates-rule-all = شرکت در همهٔ ماژول‌ها
certificates-progress = وضعیت شرکت‌کنندگان
certificates-completed = پایان دوره
certificates-certificate = گواهی
certificates-revoke-reason = دلیل ابطال
certificates-revoke = ابطال
certificates-issue-heading = صدور گواهی‌ها
certificates-to-issue = { $count ->
    [0] همهٔ کسانی که دوره را به پایان رسانده‌اند، گواهی خود را گرفته‌اند.
    [one] { $count } نفر دوره را به پایان رسانده و هنوز گواهی ندارد.
   *[other] { $count } نفر دوره را به پایان رسانده‌اند و هنوز گواهی ندارند.
}
certificates-field-locale = زبان گواهی
certificates-field-locale-hint = اگر عنوان مجموعه به این زبان موجود باشد، به همین زبان نوشته می‌شود.
certificates-field-place = محل صدور
certificates-issue-submit = صدور گواهی‌ها و اطلاع‌رسانی به شرکت‌کنندگان
certificates-revoked-heading = گواهی‌های ابطال‌شده
flash-certificates-issued = گواهی‌ها صادر شدند؛ شرکت‌کنندگان ایمیلی دریافت می‌کنند.
flash-certificates-none = گواهی جدیدی برای صدور وجود نداشت.
flash-certificate-revoked = گواهی ابطال شد. می‌توانید گواهی جدیدی صادر کنید.
certificate-heading = گواهی‌نامهٔ شرکت در دوره
certificate-intro = با موفقیت در مجموعهٔ آموزشی زیر شرکت کرده است
certificate-modules = ماژول‌های گذرانده‌شده
certificate-col-date = تاریخ
certificate-col-module = ماژول و موضوع‌ها
certificate-col-hours = ساعت
certificate-total = مجموع ساعت‌های آموزشی
certificate-annex-heading = پیوست: واحدهای گذرانده‌شده
certificate-annex-note = واحدهای گذرانده‌شده ({ $count } واحد، { $hours } ساعت آموزشی) در پیوست آمده‌اند.
certificate-verify = بررسی اصالت:
registration-certificate-link = دانلود گواهی شما (PDF)
verify-title = بررسی گواهی
verify-code = کد راستی‌آزمایی
verify-code-hint = این کد در پایین گواهی آمده است، برای مثال K7P2-9XQM-4TRA.
verify-submit = بررسی
verify-valid = این گواهی معتبر است.
verify-revoked = این گواهی ابطال شده است.
verify-revoked-on = ابطال‌شده در تاریخ { $date }.
verify-unknown = برای این کد هیچ گواهی‌ای وجود ندارد.
verify-unknown-hint = کد را از نظر اشتباه تایپی بررسی کنید.
verify-participant = صادرشده برای
verify-series = مجموعهٔ آموزشی
verify-issuer = صادرکننده
verify-issued = تاریخ صدور
verify-hours = ساعت‌های آموزشی
mail-certificate-issued-subject = گواهی شما: { $series }
mail-certificate-issued-body =
    سلام { $name }،

    تبریک می‌گوییم: شما «{ $series }» را به پایان رسانده‌اید. گواهی شرکت در دورهٔ خود را می‌توانید از اینجا دانلود کنید:
    { $link }

## Speakers and the planning board
series-org-link = برنامه‌ریزی و مدیریت مجموعه‌های آموزشی
speakers-link = مدرسان
speakers-title = مدرسان { $org }
speakers-empty = هنوز هیچ مدرسی در فهرست نیست.
speakers-add-heading = افزودن مدرس
speakers-edit-heading = ویرایش مدرس
speakers-field-email-hint = درخواست‌ها به این نشانی فرستاده می‌شوند. داشتن حساب لازم نیست.
speakers-field-topics = موضوع‌ها
speakers-field-bio = زندگی‌نامهٔ کوتاه
flash-speaker-added = این شخص به فهرست اضافه شد.
error-speaker-exists = این نشانی ایمیل از قبل در فهرست هست.
module-speakers-title = مدرسان «{ $title }»
module-speakers-requests = درخواست‌ها
module-speakers-none = هنوز از کسی درخواست نشده است.
module-speakers-deadline = پاسخ تا { $date }
module-speakers-withdraw = پس گرفتن
module-speakers-ask = درخواست از مدرس
module-speakers-directory-empty = ابتدا مدرسان را به فهرست اضافه کنید.
module-speakers-field-speaker = مدرس
module-speakers-field-deadline = پاسخ تا
module-speakers-field-deadline-hint = تا آن تاریخ هر سه روز یک بار یادآوری فرستاده می‌شود؛ پس از آن درخواست منقضی می‌شود.
module-speakers-field-message = پیام شخصی
module-speakers-submit = فرستادن درخواست
flash-speaker-asked = درخواست فرستاده شد.
error-deadline-past = این تاریخ در گذشته است.
error-module-cancelled = این ماژول لغو شده است.
error-speaker-double-booked = از این شخص برای ماژول دیگری در همان زمان درخواست شده است یا او آن را پذیرفته است.
error-speaker-already-asked = از این شخص برای این ماژول قبلاً درخواست شده است.
request-status-asked = درخواست‌شده
request-status-confirmed = پذیرفته
request-status-declined = نپذیرفته
request-status-expired = بدون پاسخ منقضی شد
request-status-withdrawn = پس گرفته شد
speaker-answer-title = درخواست: { $title }
speaker-answer-deadline = لطفاً تا { $date } پاسخ دهید.
speaker-answer-confirm = بله، تدریس این ماژول را می‌پذیرم
speaker-answer-decline = نه، متأسفانه نمی‌توانم
speaker-answer-thanks = از پذیرش شما بسیار سپاسگزاریم! برگزارکنندگان برای جزئیات با شما تماس می‌گیرند.
speaker-answer-closed = به این درخواست پاسخ داده شده است یا دیگر باز نیست.
flash-speaker-confirmed = از پذیرش شما سپاسگزاریم!
flash-speaker-declined = متأسفیم – پاسخ منفی شما دریافت شد. از اینکه خبر دادید سپاسگزاریم.
flash-speaker-closed = این درخواست دیگر باز نیست.
board-link = نمای کلی برنامه‌ریزی
board-title = نمای کلی برنامه‌ریزی { $org }
board-intro = همهٔ ماژول‌های 24 ماه آینده همراه با وضعیت مدرسان – تا کمبودها به چشم بیایند.
board-gaps = { $count ->
    [0] همهٔ ماژول‌ها یک پذیرش یا یک درخواست باز دارند.
    [one] { $count } ماژول بدون مدرس.
   *[other] { $count } ماژول بدون مدرس.
}
board-clashes = { $count ->
    [one] در { $count } ماژول، کسی هم‌زمان در دو جا رزرو شده است.
   *[other] در { $count } ماژول، کسی هم‌زمان در دو جا رزرو شده است.
}
board-show-gaps = فقط نمایش کمبودها
board-show-all = نمایش همهٔ ماژول‌ها
board-empty = در 24 ماه آینده هیچ ماژولی وجود ندارد.
board-speakers = مدرسان
board-state = وضعیت
board-state-open = باز
board-state-asked = درخواست‌شده
board-state-confirmed = پذیرفته
board-state-declined = نپذیرفته – درخواست دوباره
board-clash = توجه: { $name } در همان زمان جای دیگری رزرو شده است.
mail-speaker-request-subject = درخواست: { $module } ({ $series })
mail-speaker-request-body =
    سلام { $name }،

    { $asker } از شما درخواست می‌کند که تدریس ماژول «{ $module }» از مجموعهٔ آموزشی «{ $series }» را در تاریخ { $when } بر عهده بگیرید.
    { $message }
    لطفاً از طریق این پیوند (نیازی به حساب نیست)، ترجیحاً تا { $deadline }، پاسخ مثبت یا منفی خود را اعلام کنید:
    { $link }
mail-speaker-reminder-subject = یادآوری: درخواست { $module } ({ $series })
mail-speaker-reminder-body =
    سلام { $name }،

    هنوز پاسخی به درخواست ما برای ماژول «{ $module }» از مجموعهٔ «{ $series }» در تاریخ { $when } دریافت نکرده‌ایم.
    لطفاً تا { $deadline } از طریق این پیوند پاسخ مثبت یا منفی خود را اعلام کنید:
    { $link }
mail-speaker-confirmed-subject = پذیرش: { $speaker } – { $module }
mail-speaker-confirmed-body =
    { $speaker } تدریس ماژول «{ $module }» در تاریخ { $when } را پذیرفته است.
mail-speaker-declined-subject = پاسخ منفی: { $speaker } – { $module }
mail-speaker-declined-body =
    { $speaker } تدریس ماژول «{ $module }» در تاریخ { $when } را نپذیرفته است. نمای کلی برنامه‌ریزی این کمبود را نشان می‌دهد.
certificates-none-completed = هنوز کسی دوره را به پایان نرسانده است.
certificates-missing = کم است:
certificates-missing-modules =
    { $count ->
        [one] ۱ بخش
       *[other] { $count } بخش
    }
certificates-missing-mandatory =
    { $count ->
        [one] ۱ بخش اجباری
       *[other] { $count } بخش اجباری
    }
certificates-missing-hours =
    { $count ->
        [one] ۱ ساعت
       *[other] { $count } ساعت
    }
