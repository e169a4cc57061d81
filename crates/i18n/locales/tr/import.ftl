# My registrations and the CSV import of participants.

mine-title = Kayıtlarım
mine-empty = Henüz hiçbir eğitime kaydınız yok.
import-heading = Katılımcıları CSV dosyasından aktar
import-hint = Her kişi için bir satır. İlk satır sütunları belirtir: “Name”, “E-Mail”, “Organisation” (isteğe bağlı), “Zielgruppe” (isteğe bağlı; belirtilmezse serinin ilk hedef grubu). İngilizce “name”, “email”, “organisation” ve “target group” başlıkları da kabul edilir. Ayırıcı olarak virgül veya noktalı virgül, UTF-8. Yalnızca tüm satırlar doğruysa aktarılır; herkes bir e-posta alır.
import-field-file = CSV dosyası
import-field-file-hint = En fazla 1 MB.
import-submit = Aktar
import-errors-title = Hiçbir şey aktarılmadı – lütfen dosyayı düzeltin
import-line = Satır { $line }
import-field-name = Ad
import-field-email = E-posta
import-field-org = Kuruluş
import-field-group = Hedef grup
import-error-header = İlk satırda “Name” ve “E-Mail” (ya da “email”) sütunları bulunmalıdır.
import-error-encoding = Dosya UTF-8 olarak kaydedilmemiş.
import-error-row = Bu satır okunamıyor.
import-error-duplicate = Bu adres dosyada birden fazla kez geçiyor.
import-error-empty = Dosyada hiç kişi yok.
flash-participants-imported = Katılımcılar aktarıldı ve bilgilendirildi.
