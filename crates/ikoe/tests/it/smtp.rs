//! The mail worker against a minimal SMTP server on localhost, and backups.

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

use crate::helpers::*;

/// Accepts one SMTP session; answers RCPT with `rcpt_reply`; returns the transcript.
async fn fake_smtp(rcpt_reply: &'static str) -> (u16, tokio::task::JoinHandle<String>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let handle = tokio::spawn(async move {
        let (sock, _) = listener.accept().await.unwrap();
        let (r, mut w) = sock.into_split();
        let mut lines = BufReader::new(r).lines();
        let mut transcript = String::new();
        w.write_all(b"220 localhost ESMTP test\r\n").await.unwrap();
        let mut in_data = false;
        while let Ok(Some(line)) = lines.next_line().await {
            transcript.push_str(&line);
            transcript.push('\n');
            if in_data {
                if line == "." {
                    in_data = false;
                    w.write_all(b"250 2.0.0 queued\r\n").await.unwrap();
                }
                continue;
            }
            let upper = line.to_ascii_uppercase();
            let reply: &[u8] = if upper.starts_with("EHLO") {
                b"250-localhost\r\n250 8BITMIME\r\n"
            } else if upper.starts_with("MAIL FROM") {
                b"250 2.1.0 ok\r\n"
            } else if upper.starts_with("RCPT TO") {
                rcpt_reply.as_bytes()
            } else if upper.starts_with("DATA") {
                in_data = true;
                b"354 go ahead\r\n"
            } else if upper.starts_with("QUIT") {
                w.write_all(b"221 bye\r\n").await.unwrap();
                break;
            } else {
                b"250 ok\r\n"
            };
            w.write_all(reply).await.unwrap();
        }
        transcript
    });
    (port, handle)
}

/// An app whose SMTP points at the fake server; a password reset puts one mail in the
/// outbox, and the worker's send step runs once. Returns the app and the SMTP transcript.
async fn reset_mail_through(port: u16, server: tokio::task::JoinHandle<String>) -> (TestApp, String) {
    let mut app = TestApp::with_config(|c| {
        c.smtp.host = "127.0.0.1".into();
        c.smtp.port = port;
        c.smtp.security = "none".into();
        c.smtp.from = "ikoe <noreply@ikoe.example>".into();
    })
    .await;
    cast(&app).await;
    app.post("/password/forgot", &[("email", "member@example.org")]).await;
    let transport = ikoe::mail::transport(&app.state.config.smtp).unwrap().unwrap();
    ikoe::mail::send_due(&app.state, &transport).await.unwrap();
    drop(transport);
    let transcript = tokio::time::timeout(std::time::Duration::from_secs(10), server)
        .await
        .unwrap()
        .unwrap();
    (app, transcript)
}

#[tokio::test]
async fn worker_sends_through_smtp_and_marks_sent() {
    let (port, server) = fake_smtp("250 2.1.5 ok\r\n").await;
    let (app, transcript) = reset_mail_through(port, server).await;
    assert!(transcript.contains("RCPT TO:<member@example.org>"), "{transcript}");
    assert!(transcript.contains("From: ikoe <noreply@ikoe.example>"), "{transcript}");
    let mail = &app.mails().await[0];
    assert_eq!(mail.status, domain::outbox::MailStatus::Sent);
    assert!(mail.sent_at.is_some());
}

#[tokio::test]
async fn refused_mail_is_retried_later() {
    let (port, server) = fake_smtp("550 5.1.1 no such user\r\n").await;
    let (app, transcript) = reset_mail_through(port, server).await;
    assert!(transcript.contains("RCPT TO:<member@example.org>"), "{transcript}");
    let mail = &app.mails().await[0];
    assert_eq!(mail.status, domain::outbox::MailStatus::Pending);
    assert_eq!(mail.attempts, 1);
    assert!(mail.last_error.is_some());
}

#[tokio::test]
async fn header_injection_through_a_name_is_impossible() {
    let m = store::outbox::Mail {
        id: 1,
        to_addr: "a@example.org".into(),
        to_name: "Eve\r\nBcc: victim@example.org".into(),
        subject: "Hallo\r\nBcc: victim@example.org".into(),
        body: "x".into(),
        locale: "de".into(),
        kind: domain::outbox::MailKind::Reset,
        created_at: domain::Timestamp(0),
        status: domain::outbox::MailStatus::Pending,
        attempts: 0,
        last_error: None,
        sent_at: None,
    };
    let msg = ikoe::mail::message("ikoe <noreply@ikoe.example>", &m).unwrap();
    let raw = String::from_utf8(msg.formatted()).unwrap();
    assert!(!raw.contains("\r\nBcc:"), "{raw}");
}

#[tokio::test]
async fn sqlite_backup_while_running() {
    let app = TestApp::new().await;
    if app.state.store.backend() != store::Backend::Sqlite {
        // PostgreSQL is backed up with pg_dump; the command says so
        let e = app.state.store.backup_sqlite("/tmp/x.db").await.unwrap_err();
        assert!(e.to_string().contains("pg_dump"));
        return;
    }
    cast(&app).await;
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("copy.db");
    app.state.store.backup_sqlite(target.to_str().unwrap()).await.unwrap();
    let copy = store::Store::connect(&format!("sqlite://{}", target.display()), 1)
        .await
        .unwrap();
    assert_eq!(copy.count_users().await.unwrap(), 4);
    assert!(
        app.state.store.backup_sqlite(target.to_str().unwrap()).await.is_err(),
        "never overwrites"
    );
}

/// The outbox shows platform admins what they need to operate mail (recipient, kind, status,
/// error), never the subject or text (a private space's post, a reset link) — unless no SMTP
/// server is set and the operator allows it (`show_mail_text_in_outbox`, on for the demo).
#[tokio::test]
async fn admins_see_no_mail_text_unless_the_operator_allows_it() {
    for (allow, smtp, shown) in [
        (None, false, false), // the tests run without demo: off by default
        (Some(true), false, true),
        (Some(true), true, false), // never once mail goes out
    ] {
        let mut app = TestApp::with_config(|c| {
            c.show_mail_text_in_outbox = allow;
            if smtp {
                c.smtp.host = "127.0.0.1".into();
            }
        })
        .await;
        cast(&app).await;
        app.post("/password/forgot", &[("email", "member@example.org")]).await;
        let mail = app.mails().await.remove(0);
        let mut admin = app.browser_as("platform@example.org").await;
        let list = admin.get("/admin/outbox").await;
        list.assert_contains("member@example.org")
            .assert_contains("Passwort zurücksetzen");
        let page = admin.get(&format!("/admin/outbox/{}", mail.id)).await;
        page.assert_contains("member@example.org");
        assert_eq!(list.body.contains(&mail.subject), shown, "{allow:?} {smtp}");
        assert_eq!(page.body.contains("/password/reset/"), shown, "{allow:?} {smtp}");
        if !shown {
            page.assert_contains("nicht angezeigt");
        }
    }
}

/// A delivered mail keeps no body.
#[tokio::test]
async fn sent_mails_keep_no_body() {
    let (app, _) = with_cast().await;
    let st = &app.state.store;
    st.enqueue_mail(
        START,
        &store::outbox::NewMail {
            to_name: "A".into(),
            ..crate::builders::new_mail(
                "a@example.org",
                "Betreff",
                "Vertraulicher Beitrag aus einem Bereich",
                domain::outbox::MailKind::SpacePost,
            )
        },
    )
    .await
    .unwrap();
    let m = app.mails().await.remove(0);
    assert_eq!(
        st.mail(m.id).await.unwrap().unwrap().body,
        "Vertraulicher Beitrag aus einem Bereich"
    );
    st.mark_mail_sent(START + 1, m.id).await.unwrap();
    let sent = st.mail(m.id).await.unwrap().unwrap();
    assert_eq!(sent.body, "");
    assert_eq!(sent.subject, "");
    assert_eq!(sent.kind, domain::outbox::MailKind::SpacePost);
    assert_eq!(sent.status, domain::outbox::MailStatus::Sent);
}
