# Figures and exports of a series (staff): counts, attendance, target groups,
# the anonymous figures, and the participant list as CSV and XLSX.

## Figures page
figures-page-link = Sayılar ve dışa aktarımlar
figures-page-title = Sayılar ve dışa aktarımlar: { $title }
figures-page-exports-heading = Katılımcı listesini indir
figures-page-exports-hint = Liste, kayıtlı herkesin adını, e-posta adresini, kurumunu ve katılım durumunu içerir (onaylanmamış kayıtlar hariç). Listeyi yalnızca eğitim için gerekli olan yerde saklayın ve artık gerekmediğinde silin. Her indirme kayıt altına alınır.
figures-page-download-xlsx = Excel dosyası olarak indir (XLSX)
figures-page-download-csv = CSV dosyası olarak indir
figures-page-download-csv-semicolon = Excel için CSV (noktalı virgüllü)
figures-page-registrations = Kayıtlar
figures-page-people = Kişi
figures-page-status-confirmed = Kayıtlı (yeri kesin)
figures-page-status-waiting = Bekleme listesinde
figures-page-status-pending = Onay bekliyor
figures-page-status-cancelled = Kaydını iptal etti
figures-page-completed = Diziyi tamamladı
figures-page-completed-hint = “Diziyi tamamladı”, yeri kesin olan ve kaydedilen katılıma göre dizinin tamamlama koşulunu karşılayan kişileri sayar. İptal edilen modüller sayılmaz.
figures-page-attendance-heading = Modül başına katılım
figures-page-attendance-present = Katıldı
figures-page-attendance-absent = Katılmadı
figures-page-attendance-excused = Mazeretli
figures-page-groups-heading = Hedef gruba göre
figures-page-groups-hint = Yeri kesin olan kişiler, kayıt sırasında belirttikleri hedef gruba göre. Dizi { $region } bölgesinde yapılıyor; katılımcıların tek tek bölgesi kaydedilmez.
figures-page-no-seats = Henüz kimsenin yeri kesin değil.
figures-page-anonymous-heading = Gönüllü anonim bilgiler
figures-page-anonymous-hint = Katılımcılar bu bilgileri kayıt sırasında gönüllü olarak verir. Bilgiler yalnızca sayılır ve hiçbir kişiyle ilişkilendirilmez; bu nedenle kayıt iptallerinden sonra diğer sayılardan farklı olabilir.
figures-page-answer = Yanıt
figures-page-answers = Yanıt sayısı

## Participant export (column headers and sheet name)
figures-export-name = Ad
figures-export-email = E-posta
figures-export-affiliation = Kurum
figures-export-target-group = Hedef grup
figures-export-status = Durum
figures-export-registered = Kayıt tarihi
figures-export-sheet = Katılımcılar
