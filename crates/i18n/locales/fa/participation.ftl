# Taking part in a Leitbild process through a link, feedback rounds and the team's answers.

## The page staff open with their link (/mitmachen/{token})
leitbild-participate-title = مشارکت
leitbild-participate-hello = سلام { $name }، خوشحالیم که مشارکت می‌کنید.
leitbild-participate-department = شما از طریق پیوند بخش «{ $department }» مشارکت می‌کنید. مشارکت شما بی‌نام است و برای این بخش به حساب می‌آید.
leitbild-participate-privacy = تیم فرایند نظرهای شما را بدون نامتان و فقط همراه با بخش شما می‌بیند.
leitbild-participate-signoff = به‌عنوان عضو مدیریت: به تأیید نسخه
leitbild-participate-ended = فرایند تدوین بیانیهٔ مأموریت به پایان رسیده است. از مشارکت شما سپاسگزاریم! در اینجا متن و پاسخ‌ها به نظرهایتان را می‌بینید.
leitbild-participate-no-text = هنوز پیش‌نویسی وجود ندارد. هر وقت بتوانید دربارهٔ آن نظر بدهید، به شما خبر می‌دهیم.
leitbild-round-open-until = دور بازخورد تا { $date } ادامه دارد. از آنچه برایتان مهم است حمایت کنید و بنویسید چه چیزی کم است یا باید طور دیگری باشد.
leitbild-round-upcoming = دور بازخورد بعدی در { $date } آغاز می‌شود.
leitbild-round-none = در حال حاضر هیچ دور بازخوردی در جریان نیست.
leitbild-support = حمایت می‌کنم
leitbild-comment-this = نظر دادن
leitbild-comment-heading = نظر شما
leitbild-comment-target = نظر شما دربارهٔ کدام قسمت است؟
leitbild-comment-body = نظر
leitbild-comment-body-hint = چه چیزی را می‌پسندید، چه چیزی کم است، چه چیزی را تغییر می‌دادید؟ می‌توانید به هر زبانی بنویسید.
leitbild-comment-proposal = پیشنهاد شما برای متن
leitbild-comment-proposal-hint = اگر عبارت بهتری در نظر دارید، آن را اینجا بنویسید.
leitbild-comment-send = ارسال نظر
leitbild-questions = پرسش‌های کوتاه
leitbild-questions-hint = حداکثر پنج پرسش، هر پرسش در یک سطر، برای مثال «گشودگی در کار شما به چه معناست؟»
leitbild-answers-save = ذخیرهٔ پاسخ‌ها
leitbild-mine = نظرهای شما و پاسخ‌ها
leitbild-mine-empty = هنوز نظری نداده‌اید.
leitbild-target-general = کل پیش‌نویس
leitbild-target-principle = اصل راهنمای { $n }
leitbild-answer-taken = پذیرفته شد
leitbild-answer-changed = با تغییر پذیرفته شد
leitbild-answer-declined = پذیرفته نشد
leitbild-answer-pending = هنوز پاسخ داده نشده

flash-leitbild-comment = سپاسگزاریم! نظر شما رسید. تیم فرایند به همهٔ نظرها پاسخ می‌دهد.
flash-leitbild-supported = شما از این قسمت حمایت می‌کنید.
flash-leitbild-unsupported = حمایت شما پس گرفته شد.
flash-leitbild-answers = پاسخ‌های شما ذخیره شد.
flash-leitbild-round-closed = دور بازخورد به پایان رسیده است.

error-leitbild-round-closed = دور بازخورد به پایان رسیده است؛ متن شما ارسال نشد. اگر می‌خواهید آن را در دور بعدی مطرح کنید، آن را نزد خود نگه دارید.
error-leitbild-questions-max = لطفاً حداکثر پنج پرسش، هر پرسش در یک سطر.

## Feedback rounds, for the process team (/leitbild/{id}/rounds)
leitbild-rounds-title = دورهای بازخورد
leitbild-rounds-lead = در هر دور بازخورد، همهٔ کارکنان دربارهٔ یک نسخه از متن نظر می‌دهند. تیم فرایند پیش از نوشتن نسخهٔ بعدی به همهٔ نظرها پاسخ می‌دهد.
leitbild-rounds-empty = هنوز هیچ دور بازخوردی وجود ندارد.
leitbild-round = دور
leitbild-round-title = دور بازخورد
leitbild-round-state = وضعیت
leitbild-round-state-upcoming = برنامه‌ریزی‌شده
leitbild-round-state-open = در جریان
leitbild-round-state-closed = پایان‌یافته
leitbild-round-contributors = مشارکت‌کنندگان
leitbild-round-answered = پاسخ‌داده‌شده
leitbild-round-start = آغاز دور بازخورد
leitbild-round-start-hint = این دور به جدیدترین نسخه ({ $version }) مربوط است.
leitbild-round-opens = آغاز
leitbild-round-closes = مهلت
leitbild-round-closes-hint = همه تا پایان این روز می‌توانند نظر بدهند.
leitbild-round-remind = یادآوری (چند روز پیش از مهلت)
leitbild-round-remind-hint = در آن روز، کسانی که هنوز مشارکت نکرده‌اند و نشانی ایمیل دارند، یادآوری‌ای همراه با پیوندی جدید دریافت می‌کنند.
leitbild-round-reminder = یادآوری
leitbild-round-reminded = ارسال‌شده در { $date }
leitbild-round-close = پایان فوری دور
leitbild-round-unanswered = { $count ->
    [one] { $count } نظر هنوز بی‌پاسخ مانده است. نسخهٔ بعدی را فقط وقتی می‌توان نوشت که به همهٔ نظرها پاسخ داده شده باشد.
   *[other] { $count } نظر هنوز بی‌پاسخ مانده است. نسخهٔ بعدی را فقط وقتی می‌توان نوشت که به همهٔ نظرها پاسخ داده شده باشد.
}
leitbild-comments = نظرها
leitbild-comments-empty = هنوز نه نظری ثبت شده و نه حمایتی.
leitbild-supports-count = { $count ->
    [one] { $count } حمایت
   *[other] { $count } حمایت
}
leitbild-proposal = پیشنهاد نگارش
leitbild-answer-legend = پاسخ تیم فرایند
leitbild-answer-reason = دلیل
leitbild-answer-save = ذخیرهٔ پاسخ
leitbild-answer-change = تغییر پاسخ
leitbild-replies-empty = هنوز پاسخی داده نشده است.

flash-leitbild-round-started = دور بازخورد ایجاد شد.
flash-leitbild-answered = پاسخ ذخیره شد. آن فرد پاسخ را از طریق پیوند خود می‌بیند.

error-leitbild-deadline-past = این مهلت در گذشته است. روز دیرتری را انتخاب کنید.
error-leitbild-round-too-long = هر دور حداکثر 120 روز طول می‌کشد.
error-leitbild-no-version = هنوز هیچ نسخه‌ای از متن وجود ندارد. نخست یک پیش‌نویس بنویسید.
error-leitbild-round-running = یک دور بازخورد هم‌اکنون در جریان است یا برنامه‌ریزی شده است. نخست آن را به پایان برسانید.
error-leitbild-answered-meanwhile = در این فاصله یکی از اعضای تیم فرایند به این نظر پاسخ داده است. پاسخ او را ببینید؛ متن شما هنوز در فیلد هست.
error-leitbild-round-open-save = یک دور بازخورد هنوز در جریان است یا برنامه‌ریزی شده است. نسخهٔ بعدی پس از پایان آن نوشته می‌شود.
error-leitbild-unanswered = هنوز به برخی نظرها پاسخ داده نشده است. نخست به همهٔ نظرها پاسخ دهید؛ متن شما اینجا می‌ماند.

confirm-leitbild-round-close-title = دور بازخورد همین حالا پایان یابد؟
confirm-leitbild-round-close-text = پس از آن، هیچ‌کس دیگر نمی‌تواند در «{ $process }» نظر بدهد، حمایت کند یا پاسخ دهد. این کار بازگشت‌پذیر نیست.
confirm-leitbild-round-close-submit = بله، پایان یابد

## Participation links (on the preparation page)
leitbild-link = پیوند
leitbild-link-none = بدون پیوند
leitbild-link-active = فعال
leitbild-link-made = ساخته‌شده در { $date }
leitbild-link-seen = بازشده در { $date }
leitbild-link-mail = ارسال پیوند با ایمیل
leitbild-link-revoke = غیرفعال کردن پیوند
leitbild-links = پیوندهای شخصی
leitbild-links-hint = هر فرد از طریق پیوند شخصی خود و بدون حساب کاربری مشارکت می‌کند. کسی که نشانی ایمیل دارد، پیوند را با ایمیل دریافت می‌کند؛ برای بقیه کارت‌هایی با کد QR چاپ کنید. پیوند جدید جای پیوند قبلی را می‌گیرد.
leitbild-links-mail-all = ارسال پیوند به همهٔ کسانی که هنوز پیوندی ندارند
leitbild-links-cards = چاپ کارت با کد QR (برای افراد بدون ایمیل)
leitbild-card-heading = در تدوین بیانیهٔ مأموریت ما مشارکت کنید
leitbild-card-hint = کد را با تلفن همراه خود اسکن کنید یا نشانی را وارد کنید. این پیوند فقط متعلق به شماست.
leitbild-department-link-make = ساختن پیوند برای اینترانت
leitbild-department-link-title = پیوند بخش
leitbild-department-link-made = پیوند جدید بخش «{ $department }»:
leitbild-department-link-hint = پیوند را همین حالا کپی کنید و در اینترانت بخش قرار دهید. این پیوند فقط همین یک بار نمایش داده می‌شود. هر کس آن را باز کند، بی‌نام مشارکت می‌کند؛ مشارکت‌ها برای این بخش به حساب می‌آیند.

flash-leitbild-link-sent = پیوند در راه است. پیوند قبلی این فرد دیگر اعتبار ندارد.
flash-leitbild-links-sent = پیوندها در راه‌اند.
flash-leitbild-links-none = همهٔ افرادی که نشانی ایمیل دارند، از قبل پیوند دارند.
flash-leitbild-link-revoked = پیوند غیرفعال شد.
flash-leitbild-cards-none = همهٔ مشارکت‌کنندگان نشانی ایمیل دارند؛ کارتی برای چاپ وجود ندارد.

confirm-leitbild-cards-title = کارت برای { $count } نفر چاپ شود؟
confirm-leitbild-cards-text = برای مشارکت‌کنندگان «{ $process }» که نشانی ایمیل ندارند، پیوندهای جدید ساخته می‌شود؛ کارت‌های قبلی دیگر اعتبار ندارند.
confirm-leitbild-cards-submit = بله، کارت‌ها ساخته شوند
confirm-leitbild-department-link-title = پیوند جدید برای «{ $name }» ساخته شود؟
confirm-leitbild-department-link-text = پس از آن، پیوند کنونی این بخش در «{ $process }» دیگر اعتبار ندارد. آن را در اینترانت هم جایگزین کنید.
confirm-leitbild-department-link-submit = بله، پیوند جدید ساخته شود

confirm-leitbild-link-revoke-title = پیوند { $name } مسدود شود؟
confirm-leitbild-link-revoke-text = پیوند در «{ $process }» دیگر کار نمی‌کند. مشارکت‌ها باقی می‌مانند. هر زمان می‌توانید پیوند تازه‌ای بسازید.
confirm-leitbild-link-revoke-submit = بله، مسدود شود

## Mails
mail-leitbild-link-subject = پیوند شما به بیانیهٔ مأموریت: { $process }
mail-leitbild-link-body =
    سلام { $name }،

    { $org } در حال تدوین یک بیانیهٔ مأموریت مشترک است – همراه با همهٔ کارکنان. نظر شما مهم است. با پیوند شخصی خود می‌توانید بدون ورود به حساب کاربری، پیش‌نویس را بخوانید، دربارهٔ آن نظر بدهید و از آن حمایت کنید:
    { $link }

    این پیوند فقط متعلق به شماست؛ لطفاً آن را به دیگران ندهید.
mail-leitbild-reminder-subject = یادآوری: دور بازخورد بیانیهٔ مأموریت تا { $date }
mail-leitbild-reminder-body =
    سلام { $name }،

    دور بازخورد بیانیهٔ مأموریت { $org } («{ $process }») تا { $date } ادامه دارد. به ما بگویید چه چیزی برایتان مهم است:
    { $link }

    این پیوند جای پیوند ایمیل قبلی را می‌گیرد.
admin-outbox-kind-leitbild-link = بیانیهٔ مأموریت: پیوند شخصی
admin-outbox-kind-leitbild-reminder = بیانیهٔ مأموریت: یادآوری دور بازخورد

## The evaluation: an anonymous survey per principle (/leitbild/{id}/evaluation and the link page)
leitbild-survey-heading = آیا بیانیهٔ مأموریت ما در عمل رعایت می‌شود؟
leitbild-survey-lead = تا { $date } به ما بگویید که هر اصل راهنما تا چه اندازه در کار روزانهٔ شما رعایت می‌شود. پاسخ‌های شما بی‌نام است؛ تا آن زمان می‌توانید آن‌ها را تغییر دهید.
leitbild-survey-question = آیا این اصل راهنما در کار روزانهٔ ما رعایت می‌شود؟
leitbild-survey-rating-1 = اصلاً
leitbild-survey-rating-2 = خیلی کم
leitbild-survey-rating-3 = تا حدی
leitbild-survey-rating-4 = تا حد زیادی
leitbild-survey-rating-5 = کاملاً
leitbild-survey-note = از کجا متوجه این موضوع می‌شوید؟
leitbild-survey-save = ذخیرهٔ پاسخ‌ها
flash-leitbild-survey-saved = سپاسگزاریم! پاسخ‌های شما ذخیره شد.
error-leitbild-survey-closed = نظرسنجی به پایان رسیده است؛ پاسخ‌های شما ذخیره نشد.
leitbild-evaluation-title = ارزیابی
leitbild-evaluation-lead = چند ماه پس از تصویب، از همهٔ کارکنان به‌صورت بی‌نام بپرسید که آیا اصول راهنما در عمل رعایت می‌شوند. نظرسنجی را تکرار کنید تا روند تغییر را ببینید.
leitbild-survey-of = نظرسنجی مورخ { $date }
leitbild-survey-responses = پاسخ‌دهندگان
leitbild-survey-responses-count = { $count ->
    [one] { $count } پاسخ
   *[other] { $count } پاسخ
}
leitbild-survey-close = پایان فوری نظرسنجی
leitbild-survey-anonymous = پاسخ‌ها بی‌نام هستند: بدون نام و بدون زمان ثبت. نتایج هر اصل راهنما فقط از سه امتیاز به بالا نمایش داده می‌شود.
leitbild-survey-mean = میانگین { $mean } از 5
leitbild-survey-rated = { $count ->
    [one] { $count } امتیاز
   *[other] { $count } امتیاز
}
leitbild-survey-chart = توزیع امتیازها از «اصلاً» تا «کاملاً»؛ اعداد در جدول آمده است.
leitbild-survey-table = امتیازها
leitbild-survey-rating-col = امتیاز
leitbild-survey-count-col = تعداد
leitbild-survey-notes = آنچه کارکنان می‌نویسند
leitbild-survey-too-few = هنوز تعداد امتیازها برای نمایش بی‌نام کافی نیست.
leitbild-survey-results-after = نتایج پس از پایان نظرسنجی نمایش داده می‌شود؛ پیش از آن، هر تغییر می‌توانست پاسخ یک فرد را آشکار کند.
leitbild-surveys = همهٔ نظرسنجی‌ها
leitbild-survey-start = آغاز نظرسنجی
leitbild-survey-start-hint = این نظرسنجی به جدیدترین نسخه مربوط است. همهٔ کسانی که پیوند دارند می‌توانند شرکت کنند.
flash-leitbild-survey-started = نظرسنجی ایجاد شد.
flash-leitbild-survey-closed = نظرسنجی به پایان رسیده است.
error-leitbild-survey-running = یک نظرسنجی هم‌اکنون در جریان است یا برنامه‌ریزی شده است. نخست آن را به پایان برسانید.
confirm-leitbild-survey-close-title = نظرسنجی همین حالا پایان یابد؟
confirm-leitbild-survey-close-text = پس از آن، هیچ‌کس دیگر نمی‌تواند در «{ $process }» پاسخ دهد. این کار بازگشت‌پذیر نیست.
confirm-leitbild-survey-close-submit = بله، پایان یابد
