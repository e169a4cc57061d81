//! Store behaviour that needs a real database (runs on SQLite and PostgreSQL).

use domain::outbox::MailKind;

use crate::builders::{new_mail, new_user};
use crate::helpers::*;

#[tokio::test]
async fn outbox_claims_each_mail_once_and_retries() {
    let app = TestApp::new().await;
    let s = &app.state.store;
    let now = app.state.now();
    for i in 0..3 {
        let mail = new_mail(&format!("a{i}@example.org"), "S", "B", MailKind::Reset);
        s.enqueue_mail(now, &mail).await.unwrap();
    }
    let first = s.claim_mails(now, 2, 300).await.unwrap();
    let second = s.claim_mails(now, 10, 300).await.unwrap();
    assert_eq!(first.len(), 2);
    assert_eq!(second.len(), 1, "claimed mails are not handed out twice");
    s.mark_mail_sent(now, first[0].id).await.unwrap();
    s.mark_mail_failed(now, first[1].id, "connection refused")
        .await
        .unwrap();
    assert!(s.claim_mails(now + 30, 10, 300).await.unwrap().is_empty());
    let retry = s.claim_mails(now + 400, 10, 300).await.unwrap();
    assert_eq!(
        retry.iter().map(|m| m.id).collect::<Vec<_>>(),
        vec![first[1].id, second[0].id]
    );
    let m = s.mail(first[1].id).await.unwrap().unwrap();
    assert_eq!(m.attempts, 1);
    assert_eq!(m.last_error.as_deref(), Some("connection refused"));
}

#[tokio::test]
async fn rate_limit_windows() {
    let app = TestApp::new().await;
    let s = &app.state.store;
    let t = app.state.now();
    assert_eq!(s.hit("k", t, 60).await.unwrap(), 1);
    assert_eq!(s.hit("k", t + 10, 60).await.unwrap(), 2);
    assert_eq!(s.hits("k", t + 20, 60).await.unwrap(), 2);
    assert_eq!(s.hit("k", t + 61, 60).await.unwrap(), 1, "a new window starts");
    s.clear_hits("k").await.unwrap();
    assert_eq!(s.hits("k", t + 62, 60).await.unwrap(), 0);
}

#[tokio::test]
async fn concurrent_writes_do_not_fail() {
    let app = TestApp::new().await;
    let mut tasks = vec![];
    for i in 0..20 {
        let s = app.state.store.clone();
        let now = app.state.now();
        tasks.push(tokio::spawn(
            async move { s.hit(&format!("k{}", i % 3), now, 60).await },
        ));
    }
    for t in tasks {
        t.await.unwrap().unwrap();
    }
    let total: i64 = futures_sum(&app).await;
    assert_eq!(total, 20);
}

async fn futures_sum(app: &TestApp) -> i64 {
    let mut n = 0;
    for k in ["k0", "k1", "k2"] {
        n += app.state.store.hits(k, app.state.now(), 60).await.unwrap();
    }
    n
}

#[tokio::test]
async fn duplicate_email_is_a_conflict_and_regions_are_seeded() {
    let app = TestApp::new().await;
    app.user("dup@example.org", "A", false, None).await;
    let again = new_user("DUP@example.org", "B", String::new(), false);
    let err = app
        .state
        .store
        .create_user(app.state.now(), None, &again, None)
        .await
        .unwrap_err();
    assert!(matches!(err, store::StoreError::Conflict("email")), "{err:?}");
    let regions = app.state.store.regions().await.unwrap();
    assert_eq!(regions.len(), 30);
}

#[tokio::test]
async fn unknown_scheme_and_missing_folder_fail_loudly() {
    let e = store::Store::connect("mysql://x/y", 1).await.unwrap_err();
    assert!(e.to_string().contains("unknown database URL scheme"));
    let e = store::Store::connect("sqlite:///no/such/folder/x.db", 1)
        .await
        .unwrap_err();
    assert!(e.to_string().contains("does not exist"), "{e}");
}

#[tokio::test]
async fn directory_cache_follows_changes_made_on_another_node() {
    let app = TestApp::new().await;
    let first = app.org("Erste Organisation", "DE-BE").await;
    let node2 = store::Store::connect(&app.state.config.database_url, 2).await.unwrap();
    let all = store::orgs::OrgFilter::default();
    let (rows, total) = node2.orgs_list(&all, 25, 0).await.unwrap();
    assert_eq!((rows.len(), total), (1, 1));
    // cached on node 2; a change on node 1 shows at once on node 1, and on
    // node 2 once it re-reads the shared version (after at most VERSION_TTL)
    let (_, on_node1) = app.state.store.orgs_list(&all, 25, 0).await.unwrap();
    app.org("Zweite Organisation", "DE-HH").await;
    let (_, now_on_node1) = app.state.store.orgs_list(&all, 25, 0).await.unwrap();
    assert_eq!(
        (on_node1, now_on_node1),
        (1, 2),
        "the node that made the change sees it at once"
    );
    tokio::time::sleep(store::cache::VERSION_TTL + std::time::Duration::from_millis(100)).await;
    let (rows, total) = node2.orgs_list(&all, 25, 0).await.unwrap();
    assert_eq!((rows.len(), total), (2, 2));
    let org = app.state.store.org(first).await.unwrap().unwrap();
    let renamed = domain::orgs::NewOrg {
        name: domain::orgs::OrgName::parse("Umbenannt").unwrap(),
        kind: domain::orgs::OrgKind::Association,
        region: "DE-BE".into(),
        description: String::new(),
        website: None,
    };
    let admin = app.user("admin@example.org", "Admin", true, None).await;
    app.state
        .store
        .update_org(app.state.now(), admin, first, org.version, &renamed)
        .await
        .unwrap();
    tokio::time::sleep(store::cache::VERSION_TTL + std::time::Duration::from_millis(100)).await;
    let (rows, _) = node2.orgs_list(&all, 25, 0).await.unwrap();
    assert!(rows.iter().any(|o| o.name == "Umbenannt"), "{rows:?}");
}

/// Several nodes racing: the database, not a read-then-write check, decides.
#[tokio::test]
async fn races_between_nodes_create_no_twins_and_keep_an_admin() {
    use domain::orgs::{NewOrg, OrgKind, OrgName, Role};
    let app = TestApp::new().await;
    let url = app.state.config.database_url.clone();
    let mut nodes = vec![];
    for _ in 0..4 {
        nodes.push(store::Store::connect(&url, 2).await.unwrap());
    }
    let now = app.state.now();
    let org = NewOrg {
        name: OrgName::parse("Doppelt e.V.").unwrap(),
        kind: OrgKind::Association,
        region: "DE-BE".into(),
        description: String::new(),
        website: None,
    };
    let tasks: Vec<_> = nodes
        .iter()
        .map(|n| {
            let (n, org) = (n.clone(), org.clone());
            tokio::spawn(async move { n.create_org(now, None, &org).await })
        })
        .collect();
    let mut created = vec![];
    for t in tasks {
        match t.await.unwrap() {
            Ok(id) => created.push(id),
            Err(e) => assert!(matches!(e, store::StoreError::Conflict("name")), "{e:?}"),
        }
    }
    assert_eq!(created.len(), 1, "exactly one organisation of that name");
    let id = created[0];

    // the same invitation from several nodes at once: one is stored
    let admin = app.user("inviter@example.org", "Inviter", true, None).await;
    let email = domain::accounts::Email::parse("neu@example.org").unwrap();
    let tasks: Vec<_> = nodes
        .iter()
        .enumerate()
        .map(|(i, n)| {
            let (n, email) = (n.clone(), email.clone());
            tokio::spawn(async move {
                let hash = format!("token-hash-{i}");
                let inv = store::invitations::NewInvitation {
                    token_hash: &hash,
                    email: &email,
                    org: Some((id, Role::Member)),
                    locale: "de",
                    ttl_secs: 3600,
                };
                let mail = new_mail(email.as_str(), "s", "b", MailKind::Invitation);
                n.create_invitation(now, admin, &inv, &mail).await
            })
        })
        .collect();
    let mut ok = 0;
    for t in tasks {
        if t.await.unwrap().is_ok() {
            ok += 1;
        }
    }
    assert_eq!(ok, 1, "one open invitation per e-mail and organisation");
    assert_eq!(app.mails().await.len(), 1, "and one mail");

    // two admins demoting each other at the same moment: one stays admin
    for round in 0..5 {
        let a = app
            .user(&format!("a{round}@example.org"), "A", false, Some((id, Role::Admin)))
            .await;
        let b = app
            .user(&format!("b{round}@example.org"), "B", false, Some((id, Role::Admin)))
            .await;
        for m in app.state.store.members(id).await.unwrap() {
            if m.user_id != a && m.user_id != b {
                app.state.store.remove_member(now, admin, id, m.user_id).await.ok();
            }
        }
        let (n1, n2) = (nodes[0].clone(), nodes[1].clone());
        let t1 = tokio::spawn(async move { n1.set_member_role(now, a, id, b, Role::Member).await });
        let t2 = tokio::spawn(async move { n2.set_member_role(now, b, id, a, Role::Member).await });
        let _ = (t1.await.unwrap(), t2.await.unwrap());
        let admins = app
            .state
            .store
            .members(id)
            .await
            .unwrap()
            .into_iter()
            .filter(|m| m.role == domain::orgs::Role::Admin)
            .count();
        assert!(admins >= 1, "round {round}: no admin left");
        app.state.store.remove_member(now, admin, id, a).await.ok();
        app.state.store.remove_member(now, admin, id, b).await.ok();
    }
}

/// The tables and columns after migrating, one `table.column` per line, sorted.
async fn schema(s: &store::Store) -> Vec<String> {
    let sql = match s.backend() {
        store::Backend::Sqlite => {
            "SELECT m.name || '.' || p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p \
             WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '_sqlx%'"
        }
        store::Backend::Postgres => {
            "SELECT CAST(table_name || '.' || column_name AS TEXT) FROM information_schema.columns \
             WHERE table_schema = current_schema() AND table_name NOT LIKE '_sqlx%'"
        }
    };
    let mut cols: Vec<String> = sqlx::query_scalar(sql).fetch_all(s.pool()).await.unwrap();
    // The full-text index is the one part built differently on purpose: SQLite's FTS5 keeps
    // shadow tables (search_fts_data, …) and an implicit rowid, PostgreSQL a table with a
    // tsvector column. Its searchable columns (space, title, body) are compared like any other.
    cols.retain(|c| !c.starts_with("search_fts_") && c != "search_fts.rowid" && c != "search_fts.tsv");
    cols.sort();
    cols
}

/// Both backends' migrations build the same tables with the same columns:
/// each run compares its backend with `crates/store/schema.txt` (set
/// IKOE_WRITE_SCHEMA=1 to rewrite it after adding a migration to both folders).
#[tokio::test]
async fn migrations_build_the_documented_schema() {
    let app = TestApp::new().await;
    let got = schema(&app.state.store).await.join("\n") + "\n";
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../store/schema.txt");
    if std::env::var("IKOE_WRITE_SCHEMA").is_ok_and(|v| v == "1") {
        std::fs::write(&path, &got).unwrap();
    }
    let want = std::fs::read_to_string(&path).unwrap();
    assert!(
        want.lines().count() > 100,
        "schema.txt holds {} columns",
        want.lines().count()
    );
    let missing: Vec<_> = want.lines().filter(|l| !got.lines().any(|g| g == *l)).collect();
    let extra: Vec<_> = got.lines().filter(|l| !want.lines().any(|w| w == *l)).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "{:?} differs from schema.txt: lacks {missing:?}, has more {extra:?}",
        app.state.store.backend()
    );
}
