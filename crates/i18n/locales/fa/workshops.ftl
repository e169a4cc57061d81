# The workshops of a Leitbild process and their results.

## The list (/leitbild/{id}/workshops)
workshops-title = کارگاه‌ها
workshops-link = کارگاه‌ها
workshops-lead = سه کارگاه روش و هر تعداد کارگاه کوچک دوساعته. دعوت‌ها، ثبت‌نام‌ها و حضور از طریق یک دوره فقط با دعوت انجام می‌شود؛ مشارکت در پایین کسانی را می‌شمارد که واقعاً حاضر بودند.
workshops-list = کارگاه‌های برنامه‌ریزی‌شده
workshops-participation = مشارکت در کارگاه‌ها
workshops-assignments = مأموریت‌ها
workshops-plan = برنامه‌ریزی کارگاه
workshops-series-hint = همه کارگاه‌ها به یک دوره فقط با دعوت تعلق دارند. در آنجا کارکنان را دعوت می‌کنید، ثبت‌نام‌ها را می‌بینید و حضور را ثبت می‌کنید.
workshops-invite = دعوت‌ها و ثبت‌نام‌ها
workshops-series-manage = مدیریت دوره
workshops-series-members-only = اعضای اداره دعوت‌ها، ثبت‌نام‌ها و حضور را در صفحه‌های دوره انجام می‌دهند.
workshops-empty = هنوز هیچ کارگاهی برنامه‌ریزی نشده است. اولین را در پایین برنامه‌ریزی کنید؛ با این کار دوره برای دعوت‌ها و ثبت‌نام‌ها ساخته می‌شود.
workshops-participation-hint = هر کسی که دست‌کم در یک کارگاه حاضر بوده، یک بار شمرده می‌شود – در بخش فرد مشارکت‌کننده‌ای که همان نشانی ایمیل را دارد.
workshops-attendees-total = افراد حاضر
workshops-leaders-total = مدیریت در کارگاه‌ها
workshops-leaders-of = { $count } از { $total } عضو مدیریت
workshops-participation-caption = مشارکت در کارگاه‌ها بر اساس بخش
workshops-attendees = حاضر
workshops-leaders = از آنها مدیریت
workshops-without-department = بدون بخش
workshops-assignments-empty = هنوز مأموریتی نیست. کارگاه‌های کوچک آنها را به گروه‌ها می‌سپارند.
workshops-assignments-open = { $count ->
    [0] همه مأموریت‌ها انجام شده‌اند.
    [one] { $count } مأموریت باز است.
   *[other] { $count } مأموریت باز است.
}
workshops-plan-hint = هر کارگاه یک نوبت از دوره دعوت می‌شود. کارگاه‌های ۱ تا ۳ هر کدام یک بار برگزار می‌شوند، کارگاه‌های کوچک هر چند بار که بخواهید.
workshops-plan-submit = برنامه‌ریزی کارگاه
workshops-back = بازگشت به کارگاه‌ها
workshops-series-title = کارگاه‌های بیانیه مأموریت:
workshops-series-summary = کارگاه‌های بیانیه مأموریت { $org }. فقط با دعوت.

workshop-kind = کارگاه
workshop-kind-vision = کارگاه ۱: کار روی چشم‌انداز
workshop-kind-values = کارگاه ۲: ارزش‌ها و اصول راهنما
workshop-kind-goals = کارگاه ۳: از اهداف تا اقدامات
workshop-kind-mini = کارگاه کوچک
workshop-title-hint = برای استفاده از نام کارگاه خالی بگذارید.
workshop-ends-hint = یک کارگاه کوچک حدود دو ساعت طول می‌کشد.
workshop-cancelled = لغو شده
workshop-attendees = { $count ->
    [0] هنوز کسی حاضر ثبت نشده است
    [one] { $count } نفر حاضر
   *[other] { $count } نفر حاضر
}
workshop-leaders-present = { $count ->
    [0] بدون مدیریت
   *[other] { $count } نفر از مدیریت
}
workshop-attendance = ثبت حضور
workshop-edit-time = تغییر زمان و مکان

## A workshop's results (/leitbild/{id}/workshops/{item})
workshop-about-vision = «روزی روزگاری…»: داستان ما، آنچه خوب بود، ارزش‌هایی که می‌خواهیم نگه داریم، وظیفه اصلی مشترک.
workshop-about-values = از ارزش‌ها تا اهداف؛ نوشتن اصول راهنما در گروه‌ها.
workshop-about-goals = کدام شعار بالای همه چیز است؟ پشت هر اصل کدام هدف است؟
workshop-about-mini = دو ساعت با ایده‌ها و مأموریت‌هایی که گروه‌ها با خود می‌برند.
workshop-results = نتایج
workshop-section-notes = یادداشت‌ها
workshop-section-notes-hint = آنچه روی دیوار است، کوتاه ثبت‌شده – هر کدام با دسته‌اش.
workshop-section-notes-empty = هنوز یادداشتی نیست.
workshop-section-values = کارت‌های ارزش
workshop-section-values-hint = یک ارزش در هر کارت؛ امتیازها را هر زمان می‌توانید تغییر دهید. بیشترین امتیاز در بالا است.
workshop-section-values-empty = هنوز کارت ارزشی نیست.
workshop-section-slogans = پیشنهادهای شعار
workshop-section-slogans-hint = هر پیشنهاد با امتیازهایش؛ بیشترین امتیاز در بالا است.
workshop-section-slogans-empty = هنوز پیشنهادی نیست.
workshop-section-principles = پیش‌نویس اصول راهنما
workshop-section-principles-hint = اصولی که گروه‌ها نوشته‌اند، با هدفی که پشت آنهاست. با یک کلیک به‌عنوان نسخه جدید وارد متن بیانیه مأموریت می‌شوند.
workshop-section-principles-empty = هنوز اصلی نیست.
workshop-section-assignments = مأموریت‌ها
workshop-section-assignments-hint = اینکه یک گروه چه کاری را تا چه زمانی انجام می‌دهد. مأموریت‌های باز در بالا هستند.
workshop-section-assignments-empty = هنوز مأموریتی نیست.
workshop-votes = { $count ->
    [0] بدون امتیاز
    [one] { $count } امتیاز
   *[other] { $count } امتیاز
}
workshop-vote = افزودن یک امتیاز
workshop-votes-label = امتیازها
workshop-votes-hint = یک عدد صحیح از 0 تا 999.
workshop-votes-new-hint = برای صفر امتیاز خالی بگذارید.
workshop-card-value-text = ارزش
workshop-card-value-add = افزودن کارت ارزش
workshop-card-slogan-text = پیشنهاد
workshop-card-slogan-add = افزودن پیشنهاد
workshop-note-category = دسته
workshop-note-text = یادداشت
workshop-note-add = افزودن یادداشت
workshop-note-story = روزی روزگاری…
workshop-note-good = چه چیزی خوب بود؟
workshop-note-keep = ارزش‌هایی که نگه می‌داریم
workshop-note-core_task = وظیفه اصلی مشترک
workshop-note-other = سایر
workshop-goal-hint = پشت این اصل کدام هدف است؟ می‌توان بعداً افزود.
workshop-drafted-add = افزودن اصل
workshop-drafted-take = انتقال به پیش‌نویس
workshop-drafted-taken = منتقل‌شده به
assignment-group = گروه
assignment-group-hint = برای مثال «گروه کاری پذیرش» یا نام اعضای گروه.
assignment-task = مأموریت
assignment-due = مهلت
assignment-due-label = مهلت
assignment-due-hint = یک تاریخ، برای مثال 2027/03/31.
assignment-status = وضعیت
assignment-status-open = باز
assignment-status-done = انجام‌شده
assignment-add = افزودن مأموریت
assignment-from = از
assignment-mark-done = علامت‌گذاری به‌عنوان انجام‌شده
assignment-reopen = بازکردن دوباره

flash-workshop-planned = کارگاه برنامه‌ریزی شد. اکنون از طریق دوره دعوت کنید.
flash-vote-counted = امتیاز شمرده شد.
flash-drafted-taken = این اصل اکنون در نسخه جدیدی از متن بیانیه مأموریت است.
flash-assignment-done = به‌عنوان انجام‌شده علامت خورد.
flash-assignment-open = دوباره باز شد.

error-workshop-planned = این کارگاه قبلاً برنامه‌ریزی شده است. زمان آن را در فهرست بالا تغییر دهید، یا یک کارگاه کوچک برنامه‌ریزی کنید.
error-workshop-twice = یک کارگاه کوچک با این عنوان در همین زمان آغاز می‌شود.
error-votes-range = لطفاً عددی از 0 تا 999 وارد کنید.
error-drafted-taken = این اصل از قبل در پیش‌نویس است.
error-drafted-no-draft = متن بیانیه مأموریت هنوز نسخه‌ای ندارد. ابتدا نسخه اول را با شعار بنویسید؛ سپس می‌توانید اصول را منتقل کنید.
error-version-stale-take = همین الان فرد دیگری نسخه جدیدی ذخیره کرد. لطفاً اصل را دوباره به پیش‌نویس منتقل کنید.

confirm-leitbild-card-remove-title = کارت «{ $name }» حذف شود؟
confirm-leitbild-card-remove-text = کارت و امتیازهایش از نتایج کارگاه حذف می‌شوند.
confirm-leitbild-card-remove-submit = بله، حذف شود
confirm-leitbild-note-remove-title = یادداشت حذف شود؟
confirm-leitbild-note-remove-text = یادداشت «{ $name }» از نتایج کارگاه حذف می‌شود.
confirm-leitbild-note-remove-submit = بله، حذف شود
confirm-leitbild-drafted-remove-title = اصل حذف شود؟
confirm-leitbild-drafted-remove-text = اصل «{ $name }» از نتایج کارگاه حذف می‌شود. نسخه‌هایی از متن بیانیه مأموریت که به آنها منتقل شده بدون تغییر می‌مانند.
confirm-leitbild-drafted-remove-submit = بله، حذف شود
confirm-leitbild-assignment-remove-title = مأموریت حذف شود؟
confirm-leitbild-assignment-remove-text = مأموریت «{ $name }» از فهرست مأموریت‌ها حذف می‌شود.
confirm-leitbild-assignment-remove-submit = بله، حذف شود
