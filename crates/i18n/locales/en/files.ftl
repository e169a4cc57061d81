# Files of a space, attachments, trash and search.
files-title = Files
files-link = Files
files-usage = Used: { $used }
files-quota = of { $quota }.
files-empty = There are no files here yet.
files-table-caption = Folders and files
files-col-name = Name
files-col-size = Size
files-col-changed = Modified
files-folder = Folder
files-upload-heading = Upload files
files-field-file = File
files-upload-submit = Upload
file-field-kinds = Allowed: { $kinds }.
file-field-max = At most { $size } per file.
file-version-n = Version { $n }
file-version = Version
file-kind = Type
file-sha256 = Checksum (SHA-256)
file-download = Download
file-versions-heading = All versions
file-new-version-heading = Upload a new version
file-new-version-submit = Upload new version
file-trash = Move to trash
file-in-trash = This file is in the trash.
folder-new-heading = New folder
folder-field-name = Folder name
folder-new-submit = Create folder
folder-delete = Delete folder
trash-title = Trash
trash-lead = { $days ->
    [one] Deleted files stay here for one day and can be restored. After that, they are removed for good.
   *[other] Deleted files stay here for { $days } days and can be restored. After that, they are removed for good.
}
trash-empty = The trash is empty.
trash-deleted-at = deleted on
trash-restore = Restore
post-field-files = Attach files
post-files = Attached files
post-file-details = Details and versions
search-title = Search this space
search-field = Search topics, posts and file names
search-count = { $count ->
    [0] Nothing found. Try different or fewer words.
    [one] One result.
   *[other] { $count } results.
}
search-kind-thread = Topic
search-kind-post = Post
search-kind-file = File
flash-folder-created = The folder has been created.
flash-folder-deleted = The folder has been deleted.
flash-files-uploaded = Uploaded.
flash-file-version = The new version has been saved. The earlier versions are kept.
flash-file-trashed = The file is now in the trash.
flash-file-restored = The file has been restored.
error-file-type = This type of file is not allowed. Allowed types are PDF, images (PNG, JPEG, GIF, WebP), Office and OpenDocument files, and text (TXT, CSV, Markdown).
error-file-content = The content of the file does not match its name. Please check that it is the right file.
error-file-empty = The file is empty.
error-file-too-large = The file is larger than allowed.
error-file-incomplete = The file did not arrive completely. Please try again.
error-file-store = The file could not be saved. Please try again later.
error-file-none = Choose a file.
error-file-one = Choose exactly one file.
error-file-name-path = The file name must not contain slashes or folder references such as ‘..’.
error-file-name-chars = The file name must not contain these characters: < > : " | ? * and must not end with a full stop.
error-file-name-invisible = The name contains invisible characters (such as a zero-width space). Please type it again.
error-file-name-taken = There is already a file with this name in this folder. Upload a new version on its page or rename the file.
error-file-version-kind = A new version must be the same type of file as the original.
error-file-restore-taken = Another file in this folder now has the same name. Rename it or move it to the trash, then restore this one.
error-quota = There is not enough storage left in this space. Delete old files or versions, or ask the operators for more space.
error-folder-exists = There is already a folder with this name here.
error-folder-not-empty = The folder is not empty. First move or delete its contents.
space-news-files = { $count ->
    [one] one new file
   *[other] { $count } new files
}
