//! Demo files (invented) of the offices' network: folders with minutes and
//! templates, and a file attached to a thread.

use store::files::{NewBlob, Place};

use crate::state::AppState;

/// Writes `text` to the file store and returns it ready to be recorded.
pub async fn text_blob(st: &AppState, space: i64, name: &str, text: &str) -> anyhow::Result<NewBlob> {
    let key = format!("spaces/{space}/{}", crate::security::random_token());
    let (size, sha256) = st.blobs.put(&key, text.as_bytes()).await?;
    let content_type = domain::files::check_content(name, text.as_bytes()).map_err(|e| anyhow::anyhow!(e.0))?;
    Ok(NewBlob {
        name: name.into(),
        key,
        size: i64::try_from(size)?,
        sha256,
        content_type: content_type.into(),
    })
}

pub async fn fill(st: &AppState, space: i64, author: i64, when: i64) -> anyhow::Result<()> {
    let s = &st.store;
    let quota = i64::try_from(st.config.files.space_quota_bytes).unwrap_or(i64::MAX);
    let minutes = s.create_folder(when, author, space, None, "Protokolle").await?;
    let templates = s.create_folder(when, author, space, None, "Vorlagen").await?;
    let files: [(Option<i64>, &str, &str); 4] = [
        (
            Some(minutes),
            "Protokoll Ideenwerkstatt Herbst 2026.md",
            "# Ideenwerkstatt Herbst 2026 (Beispieldaten)\n\n## Ergebnisse\n\n- Mehrsprachige Formulare: Arbeitsgruppe bis März\n- Vereine früher einbinden\n- Nächste Gastgeberin: Koordinierungsstelle Stendal\n",
        ),
        (
            Some(minutes),
            "Protokoll Ideenwerkstatt Frühjahr 2026.md",
            "# Ideenwerkstatt Frühjahr 2026 (Beispieldaten)\n\n- Kollegiale Fallberatung zu Beschwerdestellen\n- World Café: Willkommenskultur im Bürgerbüro\n",
        ),
        (
            Some(templates),
            "Checkliste Sprachmittlung.txt",
            "Checkliste Sprachmittlung im Bürgerbüro (Beispiel)\n\n1. Termin vorher ankündigen\n2. Vertraulichkeit besprechen\n3. Kurze Nachbesprechung\n",
        ),
        (
            None,
            "Adressliste Koordinierungsstellen.csv",
            "Stelle;Ort;Telefon\nKoordinierungsstelle Harz;Halberstadt;03941 000000\nKoordinierungsstelle Stendal;Stendal;03931 000000\n",
        ),
    ];
    for (folder, name, text) in files {
        let b = text_blob(st, space, name, text).await?;
        s.add_file(when, author, space, Place::Folder(folder), &b, quota)
            .await?;
    }
    Ok(())
}
