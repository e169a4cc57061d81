# My registrations and the CSV import of participants.

mine-title = تسجيلاتي
mine-empty = لم تسجّل بعد في أي دورة تدريبية.
import-heading = استيراد المشاركين من ملف CSV
import-hint = سطر واحد لكل شخص. يذكر السطر الأول أسماء الأعمدة: «Name» و«E-Mail» و«Organisation» (اختياري) و«Zielgruppe» (اختياري؛ وإن لم يُذكر فتُعتمد الفئة المستهدفة الأولى في السلسلة). تُقبل أيضًا العناوين الإنجليزية «name» و«email» و«organisation» و«target group». الفاصل فاصلة أو فاصلة منقوطة، والترميز UTF-8. لا يتم الاستيراد إلا إذا كانت جميع الأسطر صحيحة؛ ويتلقى الجميع رسالة بريد إلكتروني.
import-field-file = ملف CSV
import-field-file-hint = بحد أقصى 1 ميغابايت.
import-submit = استيراد
import-errors-title = لم يُستورد شيء – يُرجى تصحيح الملف
import-line = السطر { $line }
import-field-name = الاسم
import-field-email = البريد الإلكتروني
import-field-org = المنظمة
import-field-group = الفئة المستهدفة
import-error-header = يجب أن يذكر السطر الأول العمودين «Name» و«E-Mail» (أو «email»).
import-error-encoding = الملف غير محفوظ بترميز UTF-8.
import-error-row = تتعذّر قراءة هذا السطر.
import-error-duplicate = هذا العنوان مذكور أكثر من مرة في الملف.
import-error-empty = لا يحتوي الملف على أي أشخاص.
flash-participants-imported = تم استيراد المشاركين وإبلاغهم.
