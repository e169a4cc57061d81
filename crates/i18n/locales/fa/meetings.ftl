# The Ideenwerkstatt: host rotation, meetings, topics, agenda, sessions.
meetings-title = Ideenwerkstatt (کارگاه ایده‌ها)
meetings-lead = نشست منظم این فضا: میزبان، موضوع‌ها، برنامه و ثبت‌نام.
meetings-upcoming = نشست‌های پیش رو
meetings-past = نشست‌های گذشته
meetings-none = هنوز هیچ نشستی برنامه‌ریزی نشده است.
meeting-new-title = برنامه‌ریزی نشست
meeting-host = میزبان
meeting-when = زمان
meeting-field-title = عنوان
meeting-field-title-hint = برای مثال «Ideenwerkstatt بهار 2027».
meeting-field-starts = آغاز
meeting-field-ends = پایان
meeting-field-venue = مکان
meeting-field-host-hint = پیشنهاد: { $name } – که مدت بیشتری از دیگران میزبان نبوده است.
meeting-field-swap = دلیل جابه‌جایی
meeting-field-swap-hint = اگر سازمانی غیر از سازمان پیشنهادی دعوت می‌کند، لازم است. این جابه‌جایی در فهرست میزبان‌ها ثبت می‌شود.
meeting-field-votes = رأی برای هر نفر
meeting-field-votes-hint = تعداد موضوع‌هایی که هر نفر می‌تواند از آن‌ها حمایت کند (1 تا 20).
meeting-field-capacity = ظرفیت
meeting-field-capacity-hint = ثبت‌نام مانند ثبت‌نام دوره‌های آموزشی انجام می‌شود: با فهرست انتظار، یادآوری، حضور و غیاب و فایل تقویم.
meeting-submit = ایجاد نشست
meeting-series-summary = نشست شش‌ماهه فضای «{ $space }».
meeting-register = رفتن به ثبت‌نام
meeting-registered = شما ثبت‌نام کرده‌اید.
meeting-registration-details = ثبت‌نام شما
flash-meeting-created = نشست ایجاد شد. ثبت‌نام آغاز شده است.
error-meeting-host = یک سازمان میزبان از میان اعضای فضا انتخاب کنید.
error-meeting-swap-note = به‌طور کوتاه بنویسید چرا سازمان پیشنهادی دعوت نمی‌کند.
hosts-heading = میزبانی به نوبت
hosts-lead = سازمان‌های عضو که آمادهٔ میزبانی‌اند: چند بار میزبان بوده‌اند، آخرین بار کی، و میزبان کدام نشست برنامه‌ریزی‌شده هستند.
hosts-proposed = نوبت بعدی:
hosts-none-willing = هنوز هیچ سازمانی برای میزبانی اعلام آمادگی نکرده است.
hosts-no-orgs = هنوز هیچ سازمانی عضو این فضا نیست.
hosts-col-org = سازمان
hosts-col-willing = آماده
hosts-col-times = دفعات میزبانی
hosts-col-last = آخرین بار
hosts-col-change = تغییر
hosts-never = هرگز
hosts-set-willing = ثبت آمادگی
hosts-set-unwilling = دیگر آماده نیست
hosts-history = میزبان‌های پیشین
hosts-history-empty = هنوز هیچ نشستی برگزار نشده است.
hosts-swap = جابه‌جا شده با
hosts-planned = نشست‌های برنامه‌ریزی‌شده
hosts-col-planned = میزبان نشست
hosts-not-planned = ندارد
hosts-proposed-after = نوبت بعد از نشست‌های برنامه‌ریزی‌شده:
topics-heading = موضوع‌ها
topics-votes-left = { $count ->
    [0] شما همهٔ رأی‌های خود را داده‌اید.
    [one] شما هنوز یک رأی دارید.
   *[other] شما هنوز { $count } رأی دارید.
}
topics-votes-each = { $count ->
    [one] هر نفر یک رأی دارد.
   *[other] هر نفر { $count } رأی دارد.
}
topics-empty = هنوز موضوعی وجود ندارد. نخستین موضوع را پیشنهاد کنید.
topic-votes = { $count ->
    [0] هنوز بدون رأی
    [one] یک رأی
   *[other] { $count } رأی
}
topic-in-agenda = در برنامه
topic-vote = حمایت
topic-unvote = پس گرفتن رأی
topic-to-agenda = افزودن به برنامه
topic-propose-heading = پیشنهاد موضوع
topic-field-title = موضوع
topic-field-description = موضوع دربارهٔ چیست؟
topic-propose-submit = پیشنهاد
flash-topic-proposed = موضوع شما پیشنهاد شد.
flash-voted = رأی شما شمرده شد.
flash-unvoted = رأی شما پس گرفته شد.
error-votes-used = شما همهٔ رأی‌های خود را داده‌اید. ابتدا یک رأی را پس بگیرید.
error-voted-already = شما از این موضوع حمایت کرده‌اید.
agenda-heading = برنامه
agenda-empty = برنامه هنوز مشخص نشده است.
agenda-parallel-count = { $count ->
    [one] { $count } برنامه
   *[other] { $count } برنامهٔ هم‌زمان
}
agenda-choose-hint = اگر ثبت‌نام کرده‌اید، می‌توانید اینجا از میان کارگاه‌های هم‌زمان انتخاب کنید.
session-new-title = افزودن بخش برنامه
session-edit-title = ویرایش بخش برنامه
session-field-title = عنوان
session-field-format = قالب
session-field-starts = آغاز
session-field-ends = پایان
session-field-room = اتاق
session-field-track = مسیر
session-field-track-hint = بخش‌های هم‌زمان برنامه در مسیرهای مختلف برگزار می‌شوند، برای مثال «A» و «B».
session-field-capacity = ظرفیت
session-field-capacity-hint = اگر همه می‌توانند شرکت کنند، خالی بگذارید.
session-field-description = توضیحات
session-world-cafe = کافهٔ جهانی (World Café)
session-field-tables = میزها
session-field-rounds = دورها
session-field-table-hosts = میزبانان میزها
session-field-names-hint = نام‌ها را با ویرگول از هم جدا کنید.
session-case = مشاورهٔ همکارانه دربارهٔ یک مورد
session-field-case-owner = ارائه‌دهندهٔ مورد
session-field-moderator = تسهیل‌گری
session-field-advisers = مشاوران
session-delete = حذف بخش برنامه
session-format-talk = سخنرانی
session-format-workshop = کارگاه
session-format-world_cafe = کافهٔ جهانی (World Café)
session-format-case_consultation = مشاورهٔ همکارانه دربارهٔ یک مورد
session-format-best_practice = تجربهٔ موفق
session-format-plenary = نشست عمومی
case-phases-heading = مراحل مشاوره دربارهٔ مورد
case-phase-casting = تقسیم نقش‌ها
case-phase-report = شرح مورد
case-phase-questions = پرسش‌های روشن‌کننده
case-phase-hypotheses = طرح فرضیه‌ها
case-phase-ideas = گردآوری ایده‌ها برای راه‌حل
case-phase-closing = جمع‌بندی از سوی ارائه‌دهندهٔ مورد
session-seats = { $capacity ->
    [one] { $chosen } از ۱ جا انتخاب شده است
   *[other] { $chosen } از { $capacity } جا انتخاب شده است
}
session-choose = انتخاب
session-unchoose = پس گرفتن انتخاب
session-full = ظرفیت تکمیل است
session-chosen = انتخاب شما
session-documentation = مستندسازی
session-documentation-empty = هنوز مستندی وجود ندارد.
session-field-documentation = صورت‌جلسه و نتایج
session-files = عکس‌ها و فایل‌ها
session-files-empty = هنوز فایلی وجود ندارد.
flash-session-created = بخش برنامه به برنامه افزوده شد.
flash-session-deleted = بخش برنامه حذف شد.
flash-session-chosen = انتخاب شما ذخیره شد.
flash-session-unchosen = انتخاب شما پس گرفته شد.
error-session-full = ظرفیت این بخش برنامه تکمیل است. بخش دیگری را انتخاب کنید.
error-choose-register-first = ابتدا در نشست ثبت‌نام کنید؛ سپس می‌توانید انتخاب کنید.
error-topic-taken = این موضوع هم‌اکنون در بخش دیگری از برنامه قرار دارد.
meeting-edit-title = ویرایش نشست
meeting-edit-hint = میزبان و ثبت‌نام تغییر نمی‌کنند. زمان‌ها و مکان ثبت‌نام همراه با آن تغییر می‌کنند؛ ثبت‌نام‌شدگان آن‌ها را در فایل تقویم خود می‌یابند.
