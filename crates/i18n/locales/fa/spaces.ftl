# Network spaces: protected places for networks, steering groups and working groups; discussions.

nav-spaces = فضاها

## The list of spaces (/spaces)
spaces-title = فضاها
spaces-lead = فضاهای محافظت‌شده برای شبکه‌ها، گروه‌های راهبری و کارگروه‌ها: اعضا در اینجا میان نشست‌ها دربارهٔ موضوع‌های خود گفت‌وگو می‌کنند. فقط اعضای هر فضا محتوای آن را می‌خوانند.
spaces-new-title = فضای جدید
spaces-edit-title = ویرایش فضا
spaces-mine = فضاهای من
spaces-mine-empty = شما هنوز عضو هیچ فضایی نیستید. وقتی دعوت مدیران یک فضا را بپذیرید یا آنان درخواستتان را بپذیرند، شما یا سازمانتان عضو آن فضا می‌شوید.
spaces-listed = فضاهای دیگر
spaces-listed-hint = نام این فضاها برای همهٔ کسانی که وارد شده‌اند نمایش داده می‌شود. محتوای آن‌ها را فقط اعضا می‌بینند؛ شما می‌توانید درخواست عضویت بدهید.
space-kind-network = شبکه
space-kind-steering = گروه راهبری
space-kind-working = کارگروه
space-member-count = { $count ->
    [one] { $count } عضو
   *[other] { $count } عضو
}
space-new-posts = { $count ->
    [one] { $count } پیام جدید
   *[other] { $count } پیام جدید
}
space-requested = درخواست عضویت فرستاده شد

## The space form
space-field-name = نام فضا
space-field-kind = نوع فضا
space-field-description = این فضا دربارهٔ چیست
space-field-listed = نمایش نام به همهٔ کسانی که وارد شده‌اند
space-field-listed-hint = در این صورت دیگران می‌توانند درخواست عضویت بدهند. محتوا در هر حال فقط برای اعضا دیدنی است.
flash-space-created = فضا ایجاد شد. اکنون اعضا را اضافه کنید.

## A space's home
space-your-role = نقش شما
space-role-admin = مدیر
space-role-member = عضو
space-role-reader = فقط خواندن
space-members-link = اعضا
space-open-requests = { $count ->
    [one] { $count } درخواست در انتظار
   *[other] { $count } درخواست در انتظار
}
space-news-heading = تازه‌ها از آخرین بازدید شما
space-news-first = خوش آمدید! این نخستین بازدید شما از این فضاست.
space-news-nothing = از آخرین بازدید شما چیز تازه‌ای اضافه نشده است.
space-news-since = از آخرین بازدید شما در
space-news-threads = { $count ->
    [one] { $count } موضوع جدید
   *[other] { $count } موضوع جدید
}
space-news-posts = { $count ->
    [one] { $count } پیام جدید
   *[other] { $count } پیام جدید
}
space-news-members = { $count ->
    [one] { $count } عضو جدید
   *[other] { $count } عضو جدید
}
space-threads-heading = موضوع‌ها
space-threads-empty = هنوز هیچ موضوعی در اینجا نیست. نخستین موضوع را آغاز کنید.
thread-unread = { $count ->
    [one] { $count } خوانده‌نشده
   *[other] { $count } خوانده‌نشده
}
thread-posts = { $count ->
    [one] { $count } پیام
   *[other] { $count } پیام
}
thread-last-post = آخرین پیام در

## Asking to join a listed space
space-request-heading = درخواست عضویت
space-request-lead = مدیران فضا درخواست شما را دریافت می‌کنند و دربارهٔ آن تصمیم می‌گیرند. پاسخ را با ایمیل دریافت خواهید کرد.
space-field-message = پیام به مدیران فضا
space-request-submit = فرستادن درخواست
space-requested-text = شما درخواست عضویت داده‌اید. مدیران فضا دربارهٔ آن تصمیم می‌گیرند؛ ایمیلی دریافت خواهید کرد.
flash-space-requested = درخواست شما فرستاده شد.

## Members (/spaces/{id}/members)
space-members-title = اعضای { $space }
space-member-kind = نوع
space-member-org = سازمان (همهٔ افراد آن)
space-member-person = شخص
space-role-of = نقش { $name }
space-role-change = تغییر نقش
space-remove = حذف
space-requests-heading = درخواست‌ها
space-requests-empty = درخواستی در انتظار نیست.
space-request-accept = پذیرفتن
space-request-decline = رد کردن
space-field-org = نام سازمان
space-field-org-hint = دقیقاً همان‌طور که در فهرست سازمان‌ها آمده است.
flash-space-own-org-added = سازمان شما اکنون عضو فضا است.
flash-space-member-removed = از فضا حذف شد.
flash-space-request-accepted = پذیرفته شد. این شخص ایمیلی دریافت می‌کند.
flash-space-request-declined = رد شد. این شخص ایمیلی دریافت می‌کند.
error-space-no-such-org = سازمانی با این نام وجود ندارد. املای نام را در فهرست بررسی کنید.
error-space-already-member = از قبل عضو این فضاست.
error-space-last-admin = هر فضا دست‌کم به یک مدیر نیاز دارد. ابتدا این نقش را به شخص دیگری بدهید.

## Threads and posts
thread-new-title = موضوع جدید
thread-field-title = عنوان
post-field-body = متن
post-field-body-hint = می‌توانید از Markdown استفاده کنید: **پررنگ**، *کج*، [متن پیوند](https://…)، فهرست با «-». تصویرها و HTML نمایش داده نمی‌شوند.
thread-submit = آغاز موضوع
flash-thread-created = موضوع آغاز شد.
thread-reply-heading = پاسخ
thread-reply-submit = فرستادن پاسخ
post-new = جدید
post-edited = ویرایش‌شده در
post-edit = ویرایش
post-by = پیام { $name }
post-edit-title = ویرایش پیام
post-current-heading = متن کنونی پیام
post-history-title = نسخه‌های پیشین
post-history-now = نسخهٔ کنونی
post-history-until = نسخه تا

## E-mails
mail-space-request-new-subject = درخواست عضویت در فضای «{ $space }»
mail-space-request-new-body =
    { $who } درخواست عضویت در فضای «{ $space }» را دارد.

    دیدن درخواست و تصمیم‌گیری: { $link }
mail-space-request-accepted-subject = به فضای «{ $space }» خوش آمدید
mail-space-request-accepted-body =
    درخواست شما پذیرفته شد: اکنون عضو فضای «{ $space }» هستید.

    رفتن به فضا: { $link }
mail-space-request-declined-subject = درخواست شما برای فضای «{ $space }»
mail-space-request-declined-body =
    متأسفانه درخواست شما برای فضای «{ $space }» پذیرفته نشد. اگر پرسشی دارید، با { $who } تماس بگیرید.

## Following threads and notifications
thread-follow = دنبال کردن موضوع
thread-unfollow = لغو دنبال کردن
thread-following = شما این موضوع را دنبال می‌کنید و از پیام‌های جدید آن باخبر می‌شوید.
flash-thread-followed = اکنون این موضوع را دنبال می‌کنید.
flash-thread-unfollowed = دیگر این موضوع را دنبال نمی‌کنید.
notify-heading = اعلان‌ها
notify-legend = وقتی کسی در موضوعی که دنبال می‌کنید چیزی می‌نویسد:
notify-mode-immediate = فوراً یک ایمیل
notify-mode-digest = روزی یک ایمیل خلاصه
notify-mode-off = هیچ ایمیلی
notify-submit = ذخیرهٔ انتخاب
mail-space-post-subject = پاسخ جدید: { $thread }
mail-space-post-body =
    { $who } در فضای «{ $space }» در موضوع «{ $thread }» نوشته است:

    { $excerpt }

    رفتن به پیام: { $link }

    تغییر اعلان‌ها: { $settings }
mail-space-digest-subject = { $count ->
    [one] { $count } پیام جدید در فضاهای شما
   *[other] { $count } پیام جدید در فضاهای شما
}
mail-space-digest-line = { $space } – { $thread } ({ $who }): { $link }
mail-space-digest-body =
    تازه‌ها در موضوع‌هایی که دنبال می‌کنید:

    { $lines }

    تغییر اعلان‌ها: { $settings }

## Invitations to a space
spaces-invitations = دعوت‌ها
spaces-invitation-for-you = شما دعوت شده‌اید.
spaces-invitation-for-org = سازمان شما { $org } دعوت شده است. شما به‌عنوان مدیر آن می‌پذیرید یا رد می‌کنید.
spaces-invitation-from = از { $who }
space-invitation-valid-until = معتبر تا
space-invitation-accept = پذیرفتن
space-invitation-decline = رد کردن
space-invitations-heading = دعوت‌های باز
space-invitations-empty = دعوت بازی وجود ندارد.
space-invitations-caption = دعوت‌شده، هنوز پذیرفته نشده
space-invited = دعوت‌شده
space-invitation-pending = باز
space-invitation-revoke = پس گرفتن
space-invite-org-heading = دعوت از سازمان
space-invite-org-lead = مدیران سازمان ایمیلی دریافت می‌کنند و می‌پذیرند یا رد می‌کنند. تنها پس از آن همهٔ افراد سازمان، از جمله کسانی که بعداً می‌پیوندند، عضو فضا می‌شوند.
space-invite-person-heading = دعوت از یک نفر
space-invite-person-lead = فرد ایمیلی با یک پیوند دریافت می‌کند و می‌پذیرد یا رد می‌کند. تنها پس از آن عضو فضا می‌شود.
space-invite-submit = دعوت
flash-space-invited = دعوت ارسال شد. تا زمان پاسخ، زیر «دعوت‌های باز» دیده می‌شود.
flash-space-invitation-revoked = دعوت پس گرفته شد.
flash-space-invitation-accepted = پذیرفته شد. به فضا خوش آمدید!
flash-space-invitation-declined = رد شد. دیگر ایمیلی در این باره دریافت نمی‌کنید.
error-space-invitation-pending = برای این مورد از قبل یک دعوت باز به این فضا وجود دارد.
error-space-invitation-declined = این دعوت به‌تازگی رد شده است. دعوت تازه تنها ۳۰ روز پس از رد ممکن است.
error-space-invitation-limit = امروز ۳۰ دعوت برای این فضا فرستاده شده است. لطفاً فردا دوباره تلاش کنید.
error-space-invitation-invitee-limit = این نشانی یا سازمان امروز چند دعوت به فضاها دریافت کرده است. لطفاً فردا دعوت کنید.
space-invitation-title = دعوت به یک فضا
space-invitation-lead = { $who } شما را با نقش «{ $role }» به فضای «{ $space }» دعوت می‌کند.
space-invitation-other-account = شما با نشانی دیگری وارد شده‌اید. فقط کسی که با نشانی گیرندهٔ دعوت وارد شده باشد می‌تواند آن را بپذیرد. خارج شوید و با آن نشانی وارد شوید.
space-invitation-sign-in = با نشانی‌ای که دعوت به آن فرستاده شده وارد شوید. سپس اینجا بپذیرید یا رد کنید.
space-invitation-no-account = برای پیوستن به یک فضا ابتدا به حساب کاربری در ikoe نیاز دارید. حساب‌ها با دعوت مدیران یک سازمان ساخته می‌شوند؛ از آنان بپرسید.
space-invitation-stays-open = دعوت تا زمان انقضا باز می‌ماند، در تاریخ
space-invitation-have-account = حساب دارید؟ ورود
space-invitation-not-for-me-heading = برای شما نیست؟
space-invitation-not-for-me-text = رد کنید تا دعوت پایان یابد. برای این کار به حساب نیاز ندارید.
space-invitation-not-for-me = این برای من نیست – رد کردن
space-invitation-was-accepted = این دعوت قبلاً پذیرفته شده است.
space-invitation-was-declined = این دعوت رد شده است.
space-invitation-was-revoked = این دعوت پس گرفته شده است.
space-invitation-was-expired = این دعوت منقضی شده است. از کسی که شما را دعوت کرده دعوت تازه‌ای بخواهید.
space-invitation-unknown = این دعوت وجود ندارد یا دیگر وجود ندارد. کامل بودن پیوند را بررسی کنید.
mail-space-invitation-subject = دعوت به یک فضا در ikoe
mail-space-invitation-body =
    { $who } شما را با نقش «{ $role }» به فضای «{ $space }» در ikoe دعوت می‌کند.

    پذیرفتن یا رد کردن: { $link }

    این دعوت { $days } روز معتبر است. تنها پس از پذیرفتن عضو فضا می‌شوید. اگر برای شما نیست، از طریق پیوند رد کنید یا این ایمیل را نادیده بگیرید.
mail-space-invitation-org-subject = دعوت سازمان شما به یک فضا در ikoe
mail-space-invitation-org-body =
    { $who } سازمان شما { $org } را با نقش «{ $role }» به فضای «{ $space }» در ikoe دعوت می‌کند.

    به‌عنوان مدیر سازمان بپذیرید یا رد کنید: { $link }

    این دعوت { $days } روز معتبر است. تنها پس از پذیرفتن شما، افراد سازمانتان عضو فضا می‌شوند.
