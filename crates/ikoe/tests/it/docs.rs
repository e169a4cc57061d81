//! The README and the documents beside it point to files that exist: every
//! path in backticks below one of the repository's top folders.

use std::path::Path;

#[test]
fn documented_paths_exist() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    // folders a run writes (git ignores them) need not exist in a fresh checkout
    let ignored = std::fs::read_to_string(root.join(".gitignore")).unwrap_or_default();
    let written_by_runs = |path: &str| {
        ignored
            .lines()
            .any(|l| l.trim_start_matches('/').trim_end_matches('/') == path.trim_end_matches('/'))
    };
    let mut checked = 0;
    for doc in ["README.md", "ARCHITECTURE.md", "e2e/README.md", "bench/REPORT.md"] {
        let Ok(text) = std::fs::read_to_string(root.join(doc)) else {
            assert_ne!(doc, "README.md", "the README is missing");
            continue;
        };
        for (i, part) in text.split('`').enumerate() {
            let is_code = i % 2 == 1;
            let is_path = ["crates/", "bench/", "e2e/", ".ci/", "docs/"]
                .iter()
                .any(|top| part.starts_with(top))
                && !part.contains(char::is_whitespace)
                && !part.contains(['*', '<', '{']);
            if is_code && is_path {
                let path = part.split([':', '#']).next().unwrap_or(part);
                if written_by_runs(path) {
                    continue;
                }
                assert!(root.join(path).exists(), "{doc} points to {part}, which does not exist");
                checked += 1;
            }
        }
    }
    assert!(checked >= 10, "only {checked} paths found in the documents");
}
