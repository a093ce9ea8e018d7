//! The layers point one way. Each folder of `src/` may name only the layers below it:
//!
//! ```text
//! base     <- time, ids, encodings, the cipher: nothing of the program
//! content  <- base                 (the program as typed data)
//! store    <- base                 (storage behind one interface)
//! domain   <- base, content, store (the rules)
//! ui       <- everything but pages (shared widgets)
//! pages    <- everything           (screens)
//! ```
//!
//! This test reads every source file and fails on a `crate::<layer>` path (or a
//! `crate::{...}` group naming one) that points upward. Within `pages`, a feature's screens
//! never import another feature's: a flow two features share is a widget in `ui/` or a
//! query in `state/`. Screens and widgets never hold the raw store (`state::store()`):
//! they ask for what they need by name (`state/ops.rs` and the other files of `state/`).

use std::fs;
use std::path::{Path, PathBuf};

/// What each layer may import, besides itself.
const RULES: &[(&str, &[&str])] = &[
    ("base", &[]),
    ("content", &["base"]),
    ("store", &["base"]),
    ("domain", &["base", "content", "store"]),
    (
        "ui",
        &["base", "content", "domain", "store", "state", "platform"],
    ),
];

/// Every top-level module a `crate::` path can name.
const LAYERS: &[&str] = &[
    "base", "content", "store", "domain", "ui", "pages", "state", "platform", "screens", "app",
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The first path segments a piece of source names after `prefix` (such as `crate::`):
/// plain (`crate::a::x`) or grouped (`crate::{a::x, b}`: every first segment inside the
/// braces).
fn named_after(source: &str, prefix: &str) -> Vec<String> {
    let ident = |s: &str| -> String {
        s.trim()
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    let mut found = Vec::new();
    let mut rest = source;
    while let Some(at) = rest.find(prefix) {
        rest = &rest[at + prefix.len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            found.extend(group[..end].split(',').map(ident));
        } else {
            found.push(ident(rest));
        }
    }
    found.retain(|n| !n.is_empty());
    found
}

/// The top-level modules a piece of source names through `crate::`.
fn named_layers(source: &str) -> Vec<String> {
    let mut found = named_after(source, "crate::");
    found.retain(|n| LAYERS.contains(&n.as_str()));
    found
}

#[test]
fn lower_layers_never_import_upper_ones() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut wrong = Vec::new();
    let mut files_read = 0;
    for (layer, allowed) in RULES {
        let mut files = Vec::new();
        rust_files(&src.join(layer), &mut files);
        assert!(!files.is_empty(), "src/{layer} has no source files");
        for file in files {
            files_read += 1;
            let text = fs::read_to_string(&file).unwrap();
            for name in named_layers(&text) {
                if name != *layer && !allowed.contains(&name.as_str()) {
                    wrong.push(format!(
                        "{} imports crate::{name}",
                        file.strip_prefix(&src).unwrap().display()
                    ));
                }
            }
        }
    }
    assert!(files_read > 50, "read only {files_read} files");
    assert!(
        wrong.is_empty(),
        "imports that point upward:\n{}",
        wrong.join("\n")
    );
}

/// The features of `pages` a piece of source names through `crate::pages::` (plain or
/// grouped as `crate::pages::{a, b::c}`).
fn named_features(source: &str) -> Vec<String> {
    named_after(source, "crate::pages::")
}

/// The screen every feature may show for an address that names nothing.
const SHARED_PAGES: &[&str] = &["not_found"];

#[test]
fn a_feature_never_imports_another_features_pages() {
    let pages = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/pages");
    let mut wrong = Vec::new();
    let mut features = 0;
    for entry in fs::read_dir(&pages).unwrap() {
        let path = entry.unwrap().path();
        let feature = path.file_stem().unwrap().to_string_lossy().to_string();
        if feature == "mod" {
            continue;
        }
        features += 1;
        let mut files = Vec::new();
        if path.is_dir() {
            rust_files(&path, &mut files);
        } else {
            files.push(path.clone());
        }
        for file in files {
            let text = fs::read_to_string(&file).unwrap();
            for name in named_features(&text) {
                if name != feature && !SHARED_PAGES.contains(&name.as_str()) {
                    wrong.push(format!(
                        "{} imports crate::pages::{name}",
                        file.strip_prefix(&pages).unwrap().display()
                    ));
                }
            }
        }
    }
    assert!(features > 15, "read only {features} features");
    assert!(
        wrong.is_empty(),
        "a feature's screens import another feature's:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_feature_checker_sees_plain_and_grouped_paths() {
    let source = "use crate::pages::data::backup::x;\n\
                  use crate::pages::{moving::here, not_found::NotFound};";
    assert_eq!(named_features(source), ["data", "moving", "not_found"]);
    assert!(named_features("use crate::ui::pages_like;").is_empty());
}

#[test]
fn the_checker_sees_plain_and_grouped_paths() {
    let source = "use crate::domain::time::Day;\n\
                  use crate::{pages::x, store::Store};\n\
                  let a = crate::ui::nav::Tab;";
    assert_eq!(named_layers(source), ["domain", "pages", "store", "ui"]);
    assert!(named_layers("use crate::nothing_here;").is_empty());
}

/// The places in `ui/` and `pages/` that reach for the raw store.
fn raw_store_calls(source: &str) -> usize {
    source
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .filter(|l| l.contains("state::store()"))
        .count()
}

#[test]
fn screens_and_widgets_never_hold_the_raw_store() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut wrong = Vec::new();
    for layer in ["ui", "pages"] {
        let mut files = Vec::new();
        rust_files(&src.join(layer), &mut files);
        for file in files {
            let n = raw_store_calls(&fs::read_to_string(&file).unwrap());
            if n > 0 {
                wrong.push(format!(
                    "{} ({n})",
                    file.strip_prefix(&src).unwrap().display()
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "state::store() called outside state/ (use a named operation):\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_raw_store_checker_sees_a_call_and_skips_a_comment() {
    assert_eq!(raw_store_calls("let x = state::store().contents();"), 1);
    assert_eq!(raw_store_calls("    // state::store() was used here"), 0);
    assert_eq!(raw_store_calls("let x = state::contents();"), 0);
}
