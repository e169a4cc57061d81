# The adoption of a Leitbild: sign-off by the leadership, publication, translations, poster.

## The sign-off through a personal link (/mitmachen/{token}/freigabe)
leitbild-signoff-title = Погодження місії
leitbild-signoff-lead = Команда процесу подала редакцію { $number } місії на погодження. Будь ласка, уважно прочитайте текст.
leitbild-signoff-older = Ви погодили редакцію { $signed } { $date }. Тепер на погодженні редакція { $offered }; ваше попереднє погодження залишається зафіксованим для редакції { $signed }.
leitbild-signoff-heading = Ваше погодження
leitbild-signoff-done = Ви погодили цю редакцію
leitbild-signoff-explain = Своїм погодженням ви як член керівництва підтверджуєте цей текст. Ваше ім’я та час фіксуються, їх бачить команда процесу.
leitbild-signoff-as = Погоджує { $name }
leitbild-signoff-submit = Я погоджую цю редакцію
leitbild-signoff-adopted = Цю редакцію ухвалено.
leitbild-signoff-nothing = Наразі немає редакції на погодженні. Команда процесу повідомить вас, коли настане час.
leitbild-signoff-refused-unknown-title = Це посилання недійсне
leitbild-signoff-refused-unknown-text = Такого посилання для участі немає або воно більше не діє: можливо, його замінили новим або відкликали.
leitbild-signoff-refused-department-title = Погодження лише через особисте посилання
leitbild-signoff-refused-department-text = Це посилання відділу. Місію погоджують члени керівництва, кожен через своє особисте посилання.
leitbild-signoff-refused-not-leader-title = Погоджує лише керівництво
leitbild-signoff-refused-not-leader-text = Місію погоджують лише члени керівництва. Проте ваш голос важливий: коментуйте та підтримуйте проєкти через своє посилання для участі.
leitbild-signoff-refused-help = Якщо маєте запитання, зверніться до команди процесу вашої установи. Нічого не зафіксовано.
flash-leitbild-signed = Ваше погодження зафіксовано. Щиро дякуємо!
flash-leitbild-signed-adopted = Ваше погодження зафіксовано. Тепер погодили всі члени керівництва: місію ухвалено.
flash-leitbild-signed-already = Ви вже погодили цю редакцію; чинним залишається ваше перше погодження.
error-leitbild-offer-changed = Тим часом на погодження подано іншу редакцію. Будь ласка, прочитайте її, перш ніж погоджувати. Нічого не зафіксовано.
error-leitbild-nothing-offered = Наразі немає редакції на погодженні. Нічого не зафіксовано.

## The team's page (/leitbild/{id}/adoption)
leitbild-adoption-title = Погодження й оприлюднення
leitbild-adoption-lead = Подайте редакцію на погодження. Коли всі члени керівництва її погодять, її ухвалено. Потім оприлюдніть місію, додайте переклади й завантажте плакат.
leitbild-adoption-offered = На погодженні
leitbild-adoption-offered-none = ще немає редакції
leitbild-adoption-adopted = Ухвалення
leitbild-adoption-state-adopted = ухвалено
leitbild-adoption-state-open = ще не ухвалено
leitbild-adoption-declared = за рішенням команди процесу
leitbild-adoption-signoffs = Погодження керівництвом
leitbild-adoption-no-version = Ще немає жодної редакції місії. Спершу напишіть проєкт.
leitbild-adoption-newer = Відтоді як редакцію { $offered } подано на погодження, з’явилася редакція { $newest }. Подайте нову редакцію на погодження; попередні погодження залишаються зафіксованими для редакції { $offered }.
leitbild-adoption-offer-label = Редакція на погодження
leitbild-adoption-offer-hint = Члени керівництва бачать цю редакцію повністю, коли відкривають своє особисте посилання.
leitbild-adoption-offer = Подати на погодження
leitbild-adoption-no-leaders = Ще не внесено жодного члена керівництва. Внесіть їх у підготовці.
leitbild-adoption-signed-count = Редакцію на погодженні погодили { $signed } із { $leaders ->
    [one] { $leaders } члена
   *[other] { $leaders } членів
} керівництва.
leitbild-adoption-leaders-caption = Члени керівництва та їхнє погодження
leitbild-adoption-signoff = Погодження
leitbild-adoption-link = Особисте посилання
leitbild-adoption-signed = погоджено
leitbild-adoption-open = очікується
leitbild-adoption-older = старіша редакція
leitbild-adoption-link-yes = є
leitbild-adoption-link-no = немає
leitbild-adoption-how = Члени керівництва погоджують через своє особисте посилання для участі, на сторінці «Погодження». Якщо посилання немає, створіть його в підготовці.
leitbild-adoption-declare-heading = Оголосити ухваленим
leitbild-adoption-declare-hint = Якщо ще не всі члени керівництва погодили, команда процесу може оголосити редакцію ухваленою, щойно її погодив принаймні один із них – наприклад, коли хтось тривалий час відсутній. Кількість погоджень залишається видимою.
leitbild-adoption-declare = Оголосити редакцію ухваленою
leitbild-adoption-adopted-heading = Ухвалена місія
leitbild-adoption-read = Читати ухвалену місію
leitbild-adoption-not-yet = Щойно редакцію буде ухвалено, ви оприлюдните її тут, додасте переклади й завантажите плакат.
confirm-leitbild-declare-title = Оголосити редакцію { $number } ухваленою?
confirm-leitbild-declare-text = Тоді редакція { $number } вважатиметься ухваленою місією «{ $process }», хоча її погодили ще не всі члени керівництва. Подальші погодження й далі фіксуються.
confirm-leitbild-declare-submit = Так, оголосити ухваленою
flash-leitbild-offered = Редакцію подано на погодження.
flash-leitbild-adopted = Редакцію оголошено ухваленою.
error-leitbild-no-signoff = Жоден член керівництва ще не погодив цю редакцію. Команда процесу може оголосити її ухваленою лише після принаймні одного погодження.

## Publication
leitbild-publication = Оприлюднення
leitbild-publication-none = не оприлюднено
leitbild-publication-internal = внутрішньо
leitbild-publication-public = публічно
leitbild-publication-legend = Хто може читати місію?
leitbild-publication-choice-internal = Внутрішньо
leitbild-publication-internal-hint = Члени установи в ikoe після входу та команда процесу.
leitbild-publication-choice-public = Публічно
leitbild-publication-public-hint = Усі, без входу, за окремою адресою – наприклад, для вебсайту установи.
leitbild-publish = Оприлюднити
leitbild-publication-public-url = Публічна адреса:
leitbild-publication-internal-url = Адреса для працівників:
leitbild-publication-withdraw = Скасувати оприлюднення
confirm-leitbild-publication-withdraw-title = Скасувати оприлюднення?
confirm-leitbild-publication-withdraw-text = Місію «{ $process }» тоді бачитиме лише команда процесу; публічна адреса більше нічого не показуватиме.
confirm-leitbild-publication-withdraw-submit = Так, скасувати
flash-leitbild-published = Місію оприлюднено.
flash-leitbild-unpublished = Оприлюднення скасовано.
error-leitbild-not-adopted = Жодну редакцію ще не ухвалено. Оприлюднити можна лише ухвалену місію.

## Translations
leitbild-translations = Переклади
leitbild-translations-hint = Переклади допомагають усім, кому легше читати іншою мовою. Чинним залишається німецький текст. Коли ухвалюють нову редакцію, переклад вважається застарілим, доки його не збережуть знову.
leitbild-translation-language = Мова
leitbild-translation-state = Стан
leitbild-translation-actions = Дії
leitbild-translation-current = актуальний
leitbild-translation-outdated = застарілий
leitbild-translation-none = перекладу ще немає
leitbild-translation-edit = Редагувати
leitbild-translation-add = Додати
leitbild-translation-title = Переклад
leitbild-translation-lead = Перекладіть редакцію { $number }, ухвалену місію. Біля кожного поля наведено німецький текст.
leitbild-translation-outdated-note = Цей переклад належить до редакції { $old }. Відтоді ухвалено редакцію { $number }: оновіть переклад і збережіть його, тоді він вважатиметься актуальним.
leitbild-translation-original = Німецькою
leitbild-translation-principle = Принцип { $n }
leitbild-translation-goal = Ціль принципу { $n }
leitbild-translation-save = Зберегти переклад
flash-leitbild-translation-saved = Переклад збережено.
error-leitbild-translation-stale = Тим часом хтось інший зберіг цей переклад або ухвалено нову редакцію. Ваш текст нижче без змін; перевірте його та збережіть знову.
error-translation-nothing-to-translate = У німецькому тексті тут нічого немає. Будь ласка, залиште це поле порожнім.
confirm-leitbild-translation-remove-title = Вилучити переклад ({ $language })?
confirm-leitbild-translation-remove-text = Переклад зникне зі сторінки місії та з плакатів. Німецький текст залишиться.
confirm-leitbild-translation-remove-submit = Так, вилучити

## The poster
leitbild-poster = Плакат
leitbild-poster-hint = Плакат показує гасло великими літерами й принципи з їхніми цілями, у друкарській якості. Без перекладу він німецькою.
leitbild-poster-a3 = Плакат A3 (PDF)
leitbild-poster-a2 = Плакат A2 (PDF)
leitbild-poster-heading = Наша місія
leitbild-poster-footer = Ухвалено { $date } · редакція { $number }

## The published text (/leitbild/{id}/text, /l/{id})
leitbild-published-title = Місія
leitbild-published-languages = Мови місії
leitbild-published-missing = Цією мовою місії ще немає. Тут наведено німецький текст.
leitbild-published-outdated = Цей переклад належить до попередньої редакції місії. Чинним є німецький текст:
leitbild-published-adopted = Ухвалено { $date }
leitbild-published-team-none = Ще не оприлюднено: цю сторінку бачить лише команда процесу.
leitbild-published-team-internal = Оприлюднено внутрішньо: цю сторінку бачать члени установи.
leitbild-published-team-public = Оприлюднено для всіх, без входу, за адресою
