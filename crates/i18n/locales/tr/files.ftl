# Files of a space, attachments, trash and search.
files-title = Dosyalar
files-link = Dosyalar
files-usage = Kullanılan: { $used }
files-quota = / { $quota }.
files-empty = Burada henüz dosya yok.
files-table-caption = Klasörler ve dosyalar
files-col-name = Ad
files-col-size = Boyut
files-col-changed = Son değişiklik
files-folder = Klasör
files-upload-heading = Dosya yükle
files-field-file = Dosya
files-upload-submit = Yükle
file-field-kinds = İzin verilenler: { $kinds }.
file-field-max = Dosya başına en fazla { $size }.
file-version-n = Sürüm { $n }
file-version = Sürüm
file-kind = Tür
file-sha256 = Sağlama toplamı (SHA-256)
file-download = İndir
file-versions-heading = Tüm sürümler
file-new-version-heading = Yeni sürüm yükle
file-new-version-submit = Yeni sürüm yükle
file-trash = Çöp kutusuna taşı
file-in-trash = Bu dosya çöp kutusunda.
folder-new-heading = Yeni klasör
folder-field-name = Klasör adı
folder-new-submit = Klasör oluştur
folder-delete = Klasörü sil
trash-title = Çöp kutusu
trash-lead = { $days ->
    [one] Silinen dosyalar burada bir gün kalır ve geri yüklenebilir. Ardından kalıcı olarak kaldırılır.
   *[other] Silinen dosyalar burada { $days } gün kalır ve geri yüklenebilir. Ardından kalıcı olarak kaldırılır.
}
trash-empty = Çöp kutusu boş.
trash-deleted-at = silinme tarihi
trash-restore = Geri yükle
post-field-files = Dosya ekle
post-files = Ekli dosyalar
post-file-details = Ayrıntılar ve sürümler
search-title = Alanda ara
search-field = Konularda, iletilerde ve dosya adlarında arayın
search-count = { $count ->
    [0] Hiçbir şey bulunamadı. Başka ya da daha az kelime deneyin.
    [one] Bir sonuç.
   *[other] { $count } sonuç.
}
search-kind-thread = Konu
search-kind-post = İleti
search-kind-file = Dosya
flash-folder-created = Klasör oluşturuldu.
flash-folder-deleted = Klasör silindi.
flash-files-uploaded = Yüklendi.
flash-file-version = Yeni sürüm kaydedildi. Önceki sürümler korunur.
flash-file-trashed = Dosya çöp kutusuna taşındı.
flash-file-restored = Dosya geri yüklendi.
error-file-type = Bu dosya türüne izin verilmiyor. İzin verilenler: PDF, görseller (PNG, JPEG, GIF, WebP), Office ve OpenDocument dosyaları ile metin (TXT, CSV, Markdown).
error-file-content = Dosyanın içeriği adıyla uyuşmuyor. Lütfen doğru dosya olup olmadığını kontrol edin.
error-file-empty = Dosya boş.
error-file-too-large = Dosya izin verilenden büyük.
error-file-incomplete = Dosya tam olarak ulaşmadı. Lütfen tekrar deneyin.
error-file-store = Dosya kaydedilemedi. Lütfen daha sonra tekrar deneyin.
error-file-none = Bir dosya seçin.
error-file-one = Tam olarak bir dosya seçin.
error-file-name-path = Dosya adı eğik çizgi ve “..” gibi klasör ifadeleri içeremez.
error-file-name-chars = Dosya adı şu karakterleri içeremez: < > : " | ? * ve nokta ile bitemez.
error-file-name-invisible = Ad görünmeyen karakterler içeriyor (örneğin sıfır genişlikli boşluk). Lütfen yeniden yazın.
error-file-name-taken = Bu klasörde aynı ada sahip bir dosya zaten var. Dosyanın sayfasında yeni bir sürüm yükleyin veya dosyayı yeniden adlandırın.
error-file-version-kind = Yeni sürüm, dosyayla aynı türde olmalıdır.
error-file-restore-taken = Bu klasördeki başka bir dosya artık aynı adı taşıyor. Onu yeniden adlandırın veya çöp kutusuna taşıyın, ardından bu dosyayı geri yükleyin.
error-quota = Bu alanın depolama kapasitesi bunun için yeterli değil. Eski dosyaları veya sürümleri silin ya da platform işletmecilerinden daha fazla yer isteyin.
error-folder-exists = Burada bu ada sahip bir klasör zaten var.
error-folder-not-empty = Klasör boş değil. Önce içeriğini taşıyın veya silin.
space-news-files = { $count ->
    [one] bir yeni dosya
   *[other] { $count } yeni dosya
}
