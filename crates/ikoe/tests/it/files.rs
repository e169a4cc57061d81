//! Files of a space: upload (checked by content, size, quota and name),
//! download as attachment, versions, the trash, attachments of posts,
//! search in a space, and two app nodes sharing one file store.

use axum::http::{header, StatusCode};

use crate::helpers::*;
use crate::spaces::{create_space_described, invite_org, new_thread};

const PDF: &[u8] =
    b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";
const HTML: &[u8] = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>";

/// A space of the organisation's admin with the organisation as member.
pub async fn space(app: &mut TestApp, name: &str) -> i64 {
    let id = create_space_described(app, name, "", false).await;
    let r = invite_org(app, id, "koordinierungsstelle harz", "member").await;
    r.assert_status(StatusCode::SEE_OTHER);
    id
}

/// Objects in the file store (a local folder, or S3 in CI's PostgreSQL run).
async fn stored_objects(app: &TestApp) -> usize {
    app.state.blobs.count().await.unwrap()
}

#[tokio::test]
async fn upload_download_versions_and_trash() {
    let (mut app, _) = signed_in("orgadmin@example.org").await;
    let sp = space(&mut app, "Netzwerk").await;
    let mut mia = app.browser_as("member@example.org").await;
    mia.get(&format!("/spaces/{sp}"))
        .await
        .assert_contains("Ihr erster Besuch");

    // a folder, and two files uploaded into it at once
    let r = app
        .post(
            &format!("/spaces/{sp}/folders"),
            &[("name", "Protokolle 2026"), ("parent", "")],
        )
        .await;
    r.assert_status(StatusCode::SEE_OTHER);
    let folder: i64 = r.id_after("/folders/");
    app.get(&format!("/spaces/{sp}/files"))
        .await
        .assert_contains(r#"<svg class="icon""#)
        .assert_contains("Protokolle 2026")
        .assert_not_contains("📁");
    let r = app
        .post_files(
            &format!("/spaces/{sp}/files"),
            &[("folder", &folder.to_string())],
            &[
                ("file", "Protokoll März.pdf", PDF),
                ("file", "تقرير.txt", "مرحبا\n".as_bytes()),
            ],
        )
        .await;
    r.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(r.location(), format!("/folders/{folder}"));
    // the member's next visit says what is new
    mia.get(&format!("/spaces/{sp}"))
        .await
        .assert_contains("2 neue Dateien");
    let page = app.get(&format!("/folders/{folder}")).await;
    page.assert_contains("Protokoll März.pdf").assert_contains("تقرير.txt");
    // file icons are inline SVG hidden from screen readers, not emoji
    page.assert_contains(
        r#"<svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">"#,
    );
    let files = app.state.store.files_in(sp, Some(folder)).await.unwrap();
    let pdf = files.iter().find(|f| f.name.ends_with(".pdf")).unwrap().clone();
    assert_eq!(pdf.content_type, "application/pdf");
    assert_eq!(pdf.size, PDF.len() as i64);

    // download: the same bytes, as an attachment, with the checksum shown on the file page
    let r = app.get(&format!("/files/{}/download", pdf.id)).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.bytes, PDF);
    assert_eq!(r.headers[header::CONTENT_TYPE], "application/pdf");
    let cd = r.headers[header::CONTENT_DISPOSITION].to_str().unwrap();
    assert!(cd.starts_with("attachment;"), "{cd}");
    assert!(cd.contains("filename*=UTF-8''Protokoll%20M%C3%A4rz.pdf"), "{cd}");
    assert_eq!(r.headers["x-content-type-options"], "nosniff");
    use sha2::Digest;
    let sha: String = sha2::Sha256::digest(PDF).iter().map(|b| format!("{b:02x}")).collect();
    app.get(&format!("/files/{}", pdf.id)).await.assert_contains(&sha);

    // a new version keeps the old one
    let v2 = [PDF, b"% zweite Fassung\n"].concat();
    let r = app
        .post_files(&format!("/files/{}/versions", pdf.id), &[], &[("file", "neu.pdf", &v2)])
        .await;
    r.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(app.get(&format!("/files/{}/download", pdf.id)).await.bytes, v2);
    assert_eq!(app.get(&format!("/files/{}/versions/1", pdf.id)).await.bytes, PDF);
    app.get(&format!("/files/{}", pdf.id))
        .await
        .assert_contains("Protokoll März.pdf")
        .assert_contains("Fassung 2");
    // a version of another kind is refused
    let r = app
        .post_files(
            &format!("/files/{}/versions", pdf.id),
            &[],
            &[("file", "notiz.txt", b"Text")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("dieselbe Dateiart");

    // the trash: gone from the folder, back again, and after 30 days gone for good
    let objects = stored_objects(&app).await;
    assert_eq!(objects, 3);
    let r = app
        .post(&format!("/files/{}/trash", pdf.id), &[("confirmed", "true")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    app.get(&format!("/folders/{folder}"))
        .await
        .assert_not_contains("Protokoll März.pdf");
    app.get(&format!("/spaces/{sp}/trash"))
        .await
        .assert_contains("Protokoll März.pdf");
    let r = app.post(&format!("/files/{}/restore", pdf.id), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    app.get(&format!("/folders/{folder}"))
        .await
        .assert_contains("Protokoll März.pdf");
    app.post(&format!("/files/{}/trash", pdf.id), &[("confirmed", "true")])
        .await;
    app.clock().advance(29 * 86_400);
    assert_eq!(ikoe::jobs::trash::empty_trash(&app.state).await.unwrap(), 0);
    app.clock().advance(2 * 86_400);
    assert_eq!(ikoe::jobs::trash::empty_trash(&app.state).await.unwrap(), 1);
    assert_eq!(stored_objects(&app).await, 1, "both versions' bytes are removed");
    assert!(app.state.store.file(pdf.id).await.unwrap().is_none());

    let actions = app.audit_actions().await;
    for a in [
        "folder.create",
        "file.upload",
        "file.version",
        "file.trash",
        "file.restore",
        "file.purge",
    ] {
        assert!(actions.iter().any(|x| x == a), "{a} missing in {actions:?}");
    }
}

#[tokio::test]
async fn hostile_files_and_names_are_refused_and_nothing_is_kept() {
    let mut app = TestApp::with_config(|c| {
        c.files.max_file_bytes = 100 * 1024;
        c.files.space_quota_bytes = 150 * 1024;
    })
    .await;
    cast(&app).await;
    app.login("orgadmin@example.org", PASSWORD).await;
    let sp = space(&mut app, "Netzwerk").await;
    let url = format!("/spaces/{sp}/files");
    let big = [PDF, &vec![b' '; 101 * 1024]].concat();
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("rechnung.pdf", HTML.to_vec(), "passt nicht zu ihrem Namen"),
        ("notiz.txt", HTML.to_vec(), "passt nicht zu ihrem Namen"),
        ("leer.pdf", Vec::new(), "Die Datei ist leer"),
        ("../../etc/passwd.txt", b"root".to_vec(), "keine Schrägstriche"),
        ("..\\boot.txt", b"x".to_vec(), "keine Schrägstriche"),
        ("bericht\u{202E}fdp.txt", b"x".to_vec(), "Steuerzeichen"),
        // a raw control character breaks the part's header: the form is refused as broken
        ("a\u{0007}b.txt", b"x".to_vec(), "nicht vollständig an"),
        ("programm.exe", b"MZ\x90\x00".to_vec(), "nicht erlaubt"),
        ("gross.pdf", big.clone(), "größer als erlaubt"),
    ];
    for (name, data, message) in &cases {
        let r = app.post_files(&url, &[("folder", "")], &[("file", name, data)]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{name}: {}", r.body);
        r.assert_contains(message).assert_contains("field--error");
    }
    assert_eq!(stored_objects(&app).await, 0, "nothing of a refused upload stays");
    assert!(app.state.store.files_in(sp, None).await.unwrap().is_empty());

    // the same name twice in one folder (case does not matter)
    let r = app.post_files(&url, &[], &[("file", "Plan.pdf", PDF)]).await;
    r.assert_status(StatusCode::SEE_OTHER);
    let r = app.post_files(&url, &[], &[("file", "plan.PDF", PDF)]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("schon eine Datei mit diesem Namen");
    assert_eq!(stored_objects(&app).await, 1);

    // names that look the same are the same name: composed and decomposed é, full-width
    // letters; invisible characters are refused
    let r = app.post_files(&url, &[], &[("file", "caf\u{E9}.txt", b"x")]).await;
    r.assert_status(StatusCode::SEE_OTHER);
    for (look_alike, data) in [
        ("cafe\u{301}.txt", &b"y"[..]),
        ("ＣＡＦÉ.txt", b"y"),
        ("ｐｌａｎ.pdf", PDF),
    ] {
        let r = app.post_files(&url, &[], &[("file", look_alike, data)]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{look_alike}");
        r.assert_contains("schon eine Datei mit diesem Namen");
    }
    let r = app.post_files(&url, &[], &[("file", "pl\u{200B}an.pdf", PDF)]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("unsichtbare Zeichen");
    let r = app
        .post(
            &format!("/spaces/{sp}/folders"),
            &[("name", "Proto\u{2060}kolle"), ("parent", "")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(stored_objects(&app).await, 2);

    // the quota: 150 KB, two files of 80 KB do not fit
    let eighty = [PDF, &vec![b' '; 80 * 1024]].concat();
    let r = app.post_files(&url, &[], &[("file", "a.pdf", &eighty)]).await;
    r.assert_status(StatusCode::SEE_OTHER);
    let r = app.post_files(&url, &[], &[("file", "b.pdf", &eighty)]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("Speicherplatz");
    assert_eq!(stored_objects(&app).await, 3);

    // a request announcing more than the limit is refused before it is read
    let token = app.csrf().await;
    let req = axum::http::Request::post(&url)
        .header(header::COOKIE, app.cookie_header())
        .header(header::CONTENT_TYPE, "multipart/form-data; boundary=x")
        .header(header::CONTENT_LENGTH, "999999999")
        .body(axum::body::Body::from(format!(
            "--x\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n{token}\r\n--x--\r\n"
        )))
        .unwrap();
    let r = app.request(req).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("größer als erlaubt");

    // a reader may not upload; an outsider does not see the space at all
    let mut other = app.browser_as("other@example.org").await;
    let r = other.post_files(&url, &[], &[("file", "x.pdf", PDF)]).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(stored_objects(&app).await, 3);
}

#[tokio::test]
async fn threads_carry_files_and_search_finds_posts_and_file_names() {
    let (mut app, _) = signed_in("orgadmin@example.org").await;
    let sp = space(&mut app, "Netzwerk").await;
    let r = app
        .post_files(
            &format!("/spaces/{sp}/threads/new"),
            &[
                ("title", "Ideenwerkstatt Frühjahr"),
                (
                    "body",
                    "Die Einladung und der Ablauf hängen an. Es geht um Wohnungen für Geflüchtete.",
                ),
            ],
            &[("files", "Einladung Ideenwerkstatt.pdf", PDF)],
        )
        .await;
    r.assert_status(StatusCode::SEE_OTHER);
    let t: i64 = r.id_after("/threads/");
    let page = app.get(&format!("/threads/{t}")).await;
    page.assert_contains("Einladung Ideenwerkstatt.pdf")
        .assert_contains(r#"<svg class="icon""#)
        .assert_not_contains("📎");
    let att = app.state.store.attachments(t).await.unwrap();
    assert_eq!(att.len(), 1);
    let r = app.get(&format!("/files/{}/download", att[0].id)).await;
    assert_eq!(r.bytes, PDF);

    // a reply with a hostile file is refused whole, text kept, nothing stored
    let r = app
        .post_files(
            &format!("/threads/{t}/reply"),
            &[("body", "Hier das Protokoll")],
            &[("files", "protokoll.pdf", HTML)],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("Hier das Protokoll")
        .assert_contains("passt nicht zu ihrem Namen");
    assert_eq!(app.state.store.posts(t).await.unwrap().len(), 1);
    assert_eq!(stored_objects(&app).await, 1);

    // search: a word of a post (also its plural), a file name, not other spaces
    let other_sp = space(&mut app, "Anderer Raum").await;
    new_thread(&mut app, other_sp, "Geheim", "Wohnung in einem anderen Raum").await;
    let r = app.get(&format!("/spaces/{sp}/search?q=Wohnung")).await;
    r.assert_contains(&format!("/threads/{t}#post-"))
        .assert_contains("<mark>")
        .assert_not_contains("anderen Raum");
    let r = app.get(&format!("/spaces/{sp}/search?q=einladung")).await;
    r.assert_contains(&format!("/files/{}", att[0].id));
    let r = app.get(&format!("/spaces/{sp}/search?q=Fr%C3%BChjahr")).await;
    r.assert_contains(&format!("/threads/{t}\""));
    // query syntax is only text
    let r = app.get(&format!("/spaces/{sp}/search?q=%22OR%22%20NEAR(%2A")).await;
    assert_eq!(r.status, StatusCode::OK);
    r.assert_contains("Nichts gefunden");
    // an edited post is found by its new words only
    let post = app.state.store.posts(t).await.unwrap()[0].clone();
    let r = app
        .post(
            &format!("/posts/{}/edit", post.id),
            &[
                ("body", "Jetzt geht es um Sprachkurse."),
                ("version", &post.version.to_string()),
            ],
        )
        .await;
    r.assert_status(StatusCode::SEE_OTHER);
    app.get(&format!("/spaces/{sp}/search?q=Sprachkurse"))
        .await
        .assert_contains(&format!("#post-{}", post.id));
    app.get(&format!("/spaces/{sp}/search?q=Wohnung"))
        .await
        .assert_contains("Nichts gefunden");
}

#[tokio::test]
async fn two_app_nodes_share_the_file_store() {
    let mut a = TestApp::new().await;
    cast(&a).await;
    a.login("orgadmin@example.org", PASSWORD).await;
    let sp = space(&mut a, "Netzwerk").await;
    let r = a
        .post_files(&format!("/spaces/{sp}/files"), &[], &[("file", "plan.pdf", PDF)])
        .await;
    r.assert_status(StatusCode::SEE_OTHER);
    let id = a.state.store.files_in(sp, None).await.unwrap()[0].id;
    // the other node serves what the first stored, and the other way round
    let mut b = a.other_node().await;
    b.login("orgadmin@example.org", PASSWORD).await;
    assert_eq!(b.get(&format!("/files/{id}/download")).await.bytes, PDF);
    let v2 = [PDF, b"%v2\n"].concat();
    let r = b
        .post_files(&format!("/files/{id}/versions"), &[], &[("file", "plan.pdf", &v2)])
        .await;
    r.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(a.get(&format!("/files/{id}/download")).await.bytes, v2);
}

#[tokio::test]
async fn benchmark_data_fits_the_normal_paths() {
    let (mut app, c) = with_cast().await;
    let st = app.state.store.clone();
    let now = app.state.now();
    let spaces = st
        .bulk_spaces(now, &[c.org, c.other_org], &[c.admin, c.member], 2, 2, 2, 3)
        .await
        .unwrap();
    assert_eq!(spaces.len(), 2);
    let key = format!("spaces/{}/bulk", spaces[0]);
    let (size, sha256) = app.state.blobs.put(&key, b"Liste\n").await.unwrap();
    let blob = store::files::NewBlob {
        name: "Bulkliste.txt".into(),
        key,
        size: size as i64,
        sha256,
        content_type: "text/plain".into(),
    };
    // several files in one space, as `ikoe demo --scale` writes them (each with its name key)
    let other = store::files::NewBlob {
        name: "Bulkplan.txt".into(),
        key: format!("{}2", blob.key),
        ..blob.clone()
    };
    st.bulk_files(now, c.admin, &[(spaces[0], blob), (spaces[0], other)])
        .await
        .unwrap();
    // the name key was written: the same name in other letters is taken
    app.login("orgadmin@example.org", PASSWORD).await;
    let r = app
        .post_files(
            &format!("/spaces/{}/files", spaces[0]),
            &[],
            &[("file", "BULKPLAN.txt", b"x")],
        )
        .await;
    r.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("schon eine Datei mit diesem Namen");
    // new rows after the bulk ones get fresh ids (PostgreSQL's identities were moved on)
    let sp = spaces[0];
    app.get(&format!("/spaces/{sp}"))
        .await
        .assert_contains(&format!("Arbeitsgruppe {sp}"));
    let r = app
        .post_files(
            &format!("/spaces/{sp}/threads/new"),
            &[("title", "Nach den Benchmarkdaten"), ("body", "Ein neues Thema.")],
            &[("files", "neu.txt", b"neu")],
        )
        .await;
    r.assert_status(StatusCode::SEE_OTHER);
    app.get(&format!("/spaces/{sp}/search?q=Bulkliste"))
        .await
        .assert_contains("Bulkliste.txt");
    app.get(&format!("/spaces/{sp}/search?q=Beitrag"))
        .await
        .assert_contains("#post-");
    let files = app.state.store.files_in(sp, None).await.unwrap();
    let bulk = files.iter().find(|f| f.name == "Bulkliste.txt").unwrap();
    assert_eq!(app.get(&format!("/files/{}/download", bulk.id)).await.bytes, b"Liste\n");
}
