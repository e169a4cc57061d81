# The adoption of a Leitbild: sign-off by the leadership, publication, translations, poster.

## The sign-off through a personal link (/mitmachen/{token}/freigabe)
leitbild-signoff-title = تأیید بیانیهٔ مأموریت
leitbild-signoff-lead = تیم فرایند نسخهٔ { $number } بیانیهٔ مأموریت را برای تأیید گذاشته است. لطفاً متن را با حوصله بخوانید.
leitbild-signoff-older = شما نسخهٔ { $signed } را در تاریخ { $date } تأیید کردید. اکنون نسخهٔ { $offered } برای تأیید گذاشته شده است؛ تأیید پیشین شما برای نسخهٔ { $signed } ثبت باقی می‌ماند.
leitbild-signoff-heading = تأیید شما
leitbild-signoff-done = شما این نسخه را تأیید کردید در تاریخ
leitbild-signoff-explain = با تأیید خود، این متن را به عنوان عضو مدیریت ارشد تأیید می‌کنید. نام شما و زمان تأیید ثبت می‌شود و برای تیم فرایند قابل مشاهده است.
leitbild-signoff-as = تأیید توسط { $name }
leitbild-signoff-submit = این نسخه را تأیید می‌کنم
leitbild-signoff-adopted = این نسخه تصویب شده است.
leitbild-signoff-nothing = در حال حاضر هیچ نسخه‌ای برای تأیید گذاشته نشده است. تیم فرایند هر وقت زمانش برسد به شما خبر می‌دهد.
leitbild-signoff-refused-unknown-title = این پیوند معتبر نیست
leitbild-signoff-refused-unknown-text = این پیوند مشارکت وجود ندارد یا دیگر کار نمی‌کند: شاید با پیوند تازه‌ای جایگزین یا لغو شده باشد.
leitbild-signoff-refused-department-title = تأیید فقط با پیوند شخصی
leitbild-signoff-refused-department-text = این پیوند یک بخش است. اعضای مدیریت ارشد بیانیهٔ مأموریت را تأیید می‌کنند، هر کدام با پیوند شخصی خود.
leitbild-signoff-refused-not-leader-title = تأیید فقط توسط مدیریت ارشد
leitbild-signoff-refused-not-leader-text = تنها اعضای مدیریت ارشد بیانیهٔ مأموریت را تأیید می‌کنند. با این حال صدای شما اهمیت دارد: از راه پیوند مشارکت خود دربارهٔ پیش‌نویس‌ها نظر بدهید و از آن‌ها پشتیبانی کنید.
leitbild-signoff-refused-help = اگر پرسشی دارید، با تیم فرایند ادارهٔ خود تماس بگیرید. چیزی ثبت نشد.
flash-leitbild-signed = تأیید شما ثبت شد. بسیار سپاسگزاریم!
flash-leitbild-signed-adopted = تأیید شما ثبت شد. بدین ترتیب همهٔ اعضای مدیریت ارشد تأیید کرده‌اند: بیانیهٔ مأموریت تصویب شد.
flash-leitbild-signed-already = شما پیش‌تر این نسخه را تأیید کرده بودید؛ نخستین تأیید شما معتبر می‌ماند.
error-leitbild-offer-changed = در این فاصله نسخهٔ دیگری برای تأیید گذاشته شده است. لطفاً پیش از تأیید، آن نسخه را بخوانید. چیزی ثبت نشد.
error-leitbild-nothing-offered = در حال حاضر هیچ نسخه‌ای برای تأیید گذاشته نشده است. چیزی ثبت نشد.

## The team's page (/leitbild/{id}/adoption)
leitbild-adoption-title = تأیید و انتشار
leitbild-adoption-lead = یک نسخه را برای تأیید بگذارید. وقتی همهٔ اعضای مدیریت ارشد آن را تأیید کنند، تصویب می‌شود. سپس بیانیهٔ مأموریت را منتشر کنید، ترجمه‌ها را بیفزایید و پوستر را بارگیری کنید.
leitbild-adoption-offered = گذاشته‌شده برای تأیید
leitbild-adoption-offered-none = هنوز هیچ نسخه‌ای
leitbild-adoption-adopted = تصویب
leitbild-adoption-state-adopted = تصویب‌شده
leitbild-adoption-state-open = هنوز تصویب نشده
leitbild-adoption-declared = با اعلام تیم فرایند
leitbild-adoption-signoffs = تأیید مدیریت ارشد
leitbild-adoption-no-version = هنوز هیچ نسخه‌ای از بیانیهٔ مأموریت وجود ندارد. نخست پیش‌نویس را بنویسید.
leitbild-adoption-newer = از زمانی که نسخهٔ { $offered } برای تأیید گذاشته شد، نسخهٔ { $newest } پدید آمده است. نسخهٔ تازه را برای تأیید بگذارید؛ تأییدهای تاکنونی برای نسخهٔ { $offered } ثبت می‌مانند.
leitbild-adoption-offer-label = نسخه برای تأیید
leitbild-adoption-offer-hint = اعضای مدیریت ارشد وقتی پیوند شخصی خود را باز کنند، این نسخه را به طور کامل می‌بینند.
leitbild-adoption-offer = گذاشتن برای تأیید
leitbild-adoption-no-leaders = هنوز هیچ عضوی از مدیریت ارشد ثبت نشده است. آن‌ها را در آماده‌سازی ثبت کنید.
leitbild-adoption-signed-count = { $signed } نفر از { $leaders } عضو مدیریت ارشد نسخهٔ گذاشته‌شده را تأیید کرده‌اند.
leitbild-adoption-leaders-caption = اعضای مدیریت ارشد و تأیید آن‌ها
leitbild-adoption-signoff = تأیید
leitbild-adoption-link = پیوند شخصی
leitbild-adoption-signed = تأیید شده
leitbild-adoption-open = باز
leitbild-adoption-older = نسخهٔ قدیمی‌تر
leitbild-adoption-link-yes = موجود
leitbild-adoption-link-no = ندارد
leitbild-adoption-how = اعضای مدیریت ارشد از راه پیوند مشارکت شخصی خود، در صفحهٔ «تأیید»، تأیید می‌کنند. اگر پیوندی نیست، آن را در آماده‌سازی بسازید.
leitbild-adoption-declare-heading = اعلام تصویب
leitbild-adoption-declare-hint = اگر هنوز همهٔ اعضای مدیریت ارشد تأیید نکرده‌اند، تیم فرایند می‌تواند پس از دست‌کم یک تأیید، نسخه را تصویب‌شده اعلام کند – مثلاً وقتی کسی مدتی طولانی غایب است. شمار تأییدها همچنان دیده می‌شود.
leitbild-adoption-declare = اعلام تصویب نسخه
leitbild-adoption-adopted-heading = بیانیهٔ مأموریت تصویب‌شده
leitbild-adoption-read = خواندن بیانیهٔ مأموریت تصویب‌شده
leitbild-adoption-not-yet = وقتی نسخه‌ای تصویب شد، آن را اینجا منتشر می‌کنید، ترجمه‌ها را می‌افزایید و پوستر را بارگیری می‌کنید.
confirm-leitbild-declare-title = نسخهٔ { $number } تصویب‌شده اعلام شود؟
confirm-leitbild-declare-text = در این صورت نسخهٔ { $number } بیانیهٔ مأموریت تصویب‌شدهٔ «{ $process }» به شمار می‌آید، حتی اگر همهٔ اعضای مدیریت ارشد آن را تأیید نکرده باشند. تأییدهای بعدی همچنان ثبت می‌شوند.
confirm-leitbild-declare-submit = بله، تصویب را اعلام کن
flash-leitbild-offered = اکنون نسخه برای تأیید گذاشته شده است.
flash-leitbild-adopted = تصویب نسخه اعلام شد.
error-leitbild-no-signoff = هنوز هیچ عضوی از مدیریت ارشد این نسخه را تأیید نکرده است. تیم فرایند تنها پس از دست‌کم یک تأیید می‌تواند آن را تصویب‌شده اعلام کند.

## Publication
leitbild-publication = انتشار
leitbild-publication-none = منتشر نشده
leitbild-publication-internal = درونی
leitbild-publication-public = همگانی
leitbild-publication-legend = چه کسی می‌تواند بیانیهٔ مأموریت را بخواند؟
leitbild-publication-choice-internal = درونی
leitbild-publication-internal-hint = اعضای اداره در ikoe، پس از ورود، و تیم فرایند.
leitbild-publication-choice-public = همگانی
leitbild-publication-public-hint = همه، بدون ورود، در نشانی ویژهٔ خود – مثلاً برای وب‌سایت اداره.
leitbild-publish = انتشار
leitbild-publication-public-url = نشانی همگانی:
leitbild-publication-internal-url = نشانی برای کارکنان:
leitbild-publication-withdraw = پس گرفتن انتشار
confirm-leitbild-publication-withdraw-title = انتشار پس گرفته شود؟
confirm-leitbild-publication-withdraw-text = در این صورت بیانیهٔ مأموریت «{ $process }» تنها برای تیم فرایند دیده می‌شود؛ نشانی همگانی دیگر چیزی نشان نمی‌دهد.
confirm-leitbild-publication-withdraw-submit = بله، پس بگیر
flash-leitbild-published = بیانیهٔ مأموریت منتشر شد.
flash-leitbild-unpublished = انتشار پس گرفته شد.
error-leitbild-not-adopted = هنوز هیچ نسخه‌ای تصویب نشده است. تنها بیانیهٔ مأموریت تصویب‌شده را می‌توان منتشر کرد.

## Translations
leitbild-translations = ترجمه‌ها
leitbild-translations-hint = ترجمه‌ها به همهٔ کسانی کمک می‌کنند که زبان دیگری را آسان‌تر می‌خوانند. متن آلمانی مرجع می‌ماند. وقتی نسخهٔ تازه‌ای تصویب شود، ترجمه تا ذخیرهٔ دوباره قدیمی به شمار می‌آید.
leitbild-translation-language = زبان
leitbild-translation-state = وضعیت
leitbild-translation-actions = کارها
leitbild-translation-current = به‌روز
leitbild-translation-outdated = قدیمی
leitbild-translation-none = هنوز ترجمه‌ای نیست
leitbild-translation-edit = ویرایش
leitbild-translation-add = افزودن
leitbild-translation-title = ترجمه
leitbild-translation-lead = نسخهٔ { $number }، یعنی بیانیهٔ مأموریت تصویب‌شده، را ترجمه کنید. کنار هر فیلد متن آلمانی آمده است.
leitbild-translation-outdated-note = این ترجمه به نسخهٔ { $old } تعلق دارد. از آن زمان نسخهٔ { $number } تصویب شده است: ترجمه را به‌روز و ذخیره کنید تا به‌روز به شمار آید.
leitbild-translation-original = آلمانی
leitbild-translation-principle = اصل راهنمای { $n }
leitbild-translation-goal = هدف اصل راهنمای { $n }
leitbild-translation-save = ذخیرهٔ ترجمه
flash-leitbild-translation-saved = ترجمه ذخیره شد.
error-leitbild-translation-stale = در این فاصله کس دیگری این ترجمه را ذخیره کرده یا نسخهٔ تازه‌ای تصویب شده است. متن شما بدون تغییر در پایین است؛ آن را بررسی و دوباره ذخیره کنید.
error-translation-nothing-to-translate = متن آلمانی اینجا چیزی ندارد. لطفاً این فیلد را خالی بگذارید.
confirm-leitbild-translation-remove-title = ترجمه ({ $language }) حذف شود؟
confirm-leitbild-translation-remove-text = ترجمه از صفحهٔ بیانیهٔ مأموریت و از پوسترها حذف می‌شود. متن آلمانی می‌ماند.
confirm-leitbild-translation-remove-submit = بله، حذف کن

## The poster
leitbild-poster = پوستر
leitbild-poster-hint = پوستر شعار را بزرگ و اصول راهنما را با هدف‌هایشان، با کیفیت چاپی نشان می‌دهد. بدون ترجمه، آلمانی است.
leitbild-poster-a3 = پوستر A3 (PDF)
leitbild-poster-a2 = پوستر A2 (PDF)
leitbild-poster-heading = بیانیهٔ مأموریت ما
leitbild-poster-footer = تصویب‌شده در { $date } · نسخهٔ { $number }

## The published text (/leitbild/{id}/text, /l/{id})
leitbild-published-title = بیانیهٔ مأموریت
leitbild-published-languages = زبان‌های بیانیهٔ مأموریت
leitbild-published-missing = بیانیهٔ مأموریت هنوز به این زبان موجود نیست. اینجا متن آلمانی آمده است.
leitbild-published-outdated = این ترجمه به نسخهٔ پیشینی از بیانیهٔ مأموریت تعلق دارد. متن آلمانی مرجع است:
leitbild-published-adopted = تصویب‌شده در { $date }
leitbild-published-team-none = هنوز منتشر نشده: تنها تیم فرایند این صفحه را می‌بیند.
leitbild-published-team-internal = به صورت درونی منتشر شده: اعضای اداره این صفحه را می‌بینند.
leitbild-published-team-public = برای همه، بدون ورود، منتشر شده در
