//! Addresses inside the app: which route pattern an address belongs to, and the address a
//! link's `href` names. Plain string rules, so they are tested natively.

/// Whether `path` (an address, no query) is one of the route `pattern`'s: segments equal,
/// `:name` taking any one non-empty segment; a trailing slash doesn't matter.
pub fn matches(pattern: &str, path: &str) -> bool {
    let trimmed = path.trim_end_matches('/');
    let path = if trimmed.is_empty() { "/" } else { trimmed };
    let (mut want, mut have) = (pattern.split('/'), path.split('/'));
    loop {
        match (want.next(), have.next()) {
            (None, None) => return true,
            (Some(w), Some(h)) if w.starts_with(':') && !h.is_empty() => {}
            (Some(w), Some(h)) if w == h => {}
            _ => return false,
        }
    }
}

/// The app address an `href` goes to (its path, without query or fragment), when it is one
/// of the app's own: a path on this origin, not another site's address.
pub fn own_path(href: &str) -> Option<&str> {
    let path = href.split(['?', '#']).next()?;
    (path.starts_with('/') && !path.starts_with("//")).then_some(path)
}

/// Every screen's route pattern, read from the source as written once: the shell's in
/// `src/app.rs` (`path!("…")`), the features' in `src/screens.rs` (`"/…" => Screen`). For
/// native tests that check the program's links lead to screens that exist.
#[cfg(test)]
pub fn declared_routes() -> Vec<String> {
    let read = |file: &str| {
        std::fs::read_to_string(format!("{}/src/{file}", env!("CARGO_MANIFEST_DIR"))).unwrap()
    };
    let (app, screens) = (read("app.rs"), read("screens.rs"));
    let in_app = app
        .split("path!(\"")
        .skip(1)
        .filter_map(|r| r.split('"').next());
    let in_features = screens.lines().filter_map(|l| {
        let l = l.trim_start().strip_prefix('"')?;
        let (path, rest) = l.split_once('"')?;
        rest.trim_start().starts_with("=>").then_some(path)
    });
    let all: std::collections::BTreeSet<String> = in_app
        .chain(in_features)
        .filter(|r| r.starts_with('/') && !r.contains('*'))
        .map(str::to_string)
        .collect();
    all.into_iter().collect()
}

/// Whether `path` is an address of one of `routes`.
#[cfg(test)]
pub fn routed(path: &str, routes: &[String]) -> bool {
    routes.iter().any(|r| matches(r, path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_matches_its_pattern_and_no_other() {
        assert!(matches("/checkin", "/checkin"));
        assert!(matches("/checkin", "/checkin/"));
        assert!(matches("/", "/"));
        assert!(matches("/checkin/:id", "/checkin/ci-123"));
        assert!(matches("/beliefs/:id/step/:n", "/beliefs/w1/step/3"));
        assert!(!matches("/checkin/:id", "/checkin"));
        assert!(!matches("/checkin", "/checkin/ci-123"));
        assert!(!matches("/settings", "/settings/data"));
        assert!(!matches("/", "/more"));
        assert!(!matches("/more", "/"));
    }

    #[test]
    fn only_the_apps_own_links_name_an_address() {
        assert_eq!(own_path("/practice?from=today#top"), Some("/practice"));
        assert_eq!(own_path("/"), Some("/"));
        assert_eq!(own_path("tel:988"), None);
        assert_eq!(own_path("https://example.org/help"), None);
        assert_eq!(own_path("//example.org/help"), None);
        assert_eq!(own_path("#main"), None);
    }

    #[test]
    fn the_declared_routes_are_read_from_both_files() {
        let routes = declared_routes();
        for r in [
            "/",
            "/welcome",
            "/checkin",
            "/checkin/:id",
            "/settings",
            "/settings/data",
        ] {
            assert!(routes.iter().any(|x| x == r), "{r} in {routes:?}");
        }
        assert!(routes.len() > 50, "{}", routes.len());
        assert!(routed("/quiz/result/abc", &routes) && !routed("/nowhere", &routes));
    }
}
