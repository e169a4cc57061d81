# Figures and exports of a series (staff): counts, attendance, target groups,
# the anonymous figures, and the participant list as CSV and XLSX.

## Figures page
figures-page-link = الأرقام والتصدير
figures-page-title = الأرقام والتصدير: { $title }
figures-page-exports-heading = تنزيل قائمة المشاركين
figures-page-exports-hint = تحتوي القائمة على أسماء جميع المسجّلين وعناوين بريدهم الإلكتروني ومؤسساتهم وحضورهم (دون التسجيلات غير المؤكَّدة). احفظها فقط حيث تحتاجها الدورة، واحذفها عندما لا تعود هناك حاجة إليها. يُسجَّل كل تنزيل.
figures-page-download-xlsx = تنزيل كملف Excel (XLSX)
figures-page-download-csv = تنزيل كملف CSV
figures-page-download-csv-semicolon = CSV لبرنامج Excel (بفاصلة منقوطة)
figures-page-registrations = التسجيلات
figures-page-people = الأشخاص
figures-page-status-confirmed = مسجَّل (المقعد مؤكَّد)
figures-page-status-waiting = على قائمة الانتظار
figures-page-status-pending = بانتظار الموافقة
figures-page-status-cancelled = ألغى التسجيل
figures-page-completed = أتمّ السلسلة
figures-page-completed-hint = يَعُدّ بند «أتمّ السلسلة» الأشخاص ذوي المقاعد المؤكَّدة الذين يستوفون شرط إتمام السلسلة وفقًا للحضور المسجَّل. لا تُحتسب الوحدات الملغاة.
figures-page-attendance-heading = الحضور في كل وحدة
figures-page-attendance-present = حاضر
figures-page-attendance-absent = غائب
figures-page-attendance-excused = غائب بعذر
figures-page-groups-heading = حسب الفئة المستهدفة
figures-page-groups-hint = الأشخاص ذوو المقاعد المؤكَّدة حسب الفئة المستهدفة التي ذكروها عند التسجيل. تُقام السلسلة في منطقة { $region }؛ ولا تُسجَّل منطقة كل مشارك على حدة.
figures-page-no-seats = لا أحد لديه مقعد مؤكَّد بعد.
figures-page-anonymous-heading = معلومات طوعية مجهولة الهوية
figures-page-anonymous-hint = يقدّم المشاركون هذه المعلومات طوعًا عند التسجيل. وهي تُعَدّ فقط ولا ترتبط بأي شخص، لذلك قد تختلف عن الأرقام الأخرى بعد إلغاء التسجيلات.
figures-page-answer = الإجابة
figures-page-answers = عدد الإجابات

## Participant export (column headers and sheet name)
figures-export-name = الاسم
figures-export-email = البريد الإلكتروني
figures-export-affiliation = المؤسسة
figures-export-target-group = الفئة المستهدفة
figures-export-status = الحالة
figures-export-registered = تاريخ التسجيل
figures-export-sheet = المشاركون
