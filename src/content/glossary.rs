//! The app's glossary lives in `GLOSSARY.md` at the top of the repository, for people to
//! read; this test holds the app to it: no idea has a second name in any string of the
//! code under `src/`.

#[cfg(test)]
mod tests {
    use std::path::Path;

    /// `(name, the wordings not to use)` from each `- **name**: … Not: "a", "b".` line.
    fn entries(text: &str) -> Vec<(String, Vec<String>)> {
        text.lines()
            .filter_map(|l| l.strip_prefix("- **"))
            .map(|l| {
                let (name, rest) = l.split_once("**").expect("a name in bold");
                let (_, not) = rest.split_once("Not:").expect("a Not: list");
                let avoid = not
                    .split('"')
                    .skip(1)
                    .step_by(2)
                    .map(str::to_string)
                    .collect();
                (name.to_string(), avoid)
            })
            .collect()
    }

    /// The text of every string literal in a Rust file, comments left out.
    fn strings(code: &str) -> Vec<String> {
        let mut out = Vec::new();
        for line in code.lines() {
            let t = line.trim_start();
            if t.starts_with("//") {
                continue;
            }
            let mut inside = false;
            let mut escaped = false;
            let mut cur = String::new();
            let mut chars = line.chars().peekable();
            while let Some(c) = chars.next() {
                if !inside && c == '/' && chars.peek() == Some(&'/') {
                    break;
                }
                if inside {
                    if escaped {
                        escaped = false;
                        cur.push(c);
                    } else if c == '\\' {
                        escaped = true;
                    } else if c == '"' {
                        inside = false;
                        out.push(std::mem::take(&mut cur));
                    } else {
                        cur.push(c);
                    }
                } else if c == '"' {
                    inside = true;
                }
            }
        }
        out
    }

    /// Whether `words` occurs in `text` as whole words, ignoring case.
    fn has_words(text: &str, words: &str) -> bool {
        let (text, words) = (text.to_lowercase(), words.to_lowercase());
        let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
        text.match_indices(&words).any(|(i, _)| {
            boundary(text[..i].chars().next_back())
                && boundary(text[i + words.len()..].chars().next())
        })
    }

    fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                rust_files(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }

    #[test]
    fn the_helpers_read_what_they_should() {
        assert_eq!(
            entries("- **pull away**: the urge. Not: \"withdraw\", \"withdrawing\"."),
            vec![(
                "pull away".to_string(),
                vec!["withdraw".to_string(), "withdrawing".to_string()]
            )]
        );
        assert_eq!(
            strings(r#"  let a = "one \"two\""; // "not this""#),
            vec![r#"one "two""#.to_string()]
        );
        assert!(strings("    /// \"a comment\"").is_empty());
        assert!(has_words("The urge to Withdraw.", "withdraw"));
        assert!(!has_words("withdrawal", "withdraw"));
    }

    #[test]
    fn each_idea_has_one_name_across_the_app() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let glossary = std::fs::read_to_string(root.join("GLOSSARY.md")).unwrap();
        let ideas = entries(&glossary);
        assert!(ideas.len() >= 7, "the glossary was read");
        let mut files = Vec::new();
        rust_files(&root.join("src"), &mut files);
        let mut found = Vec::new();
        for f in files.iter().filter(|f| !f.ends_with("content/glossary.rs")) {
            let code = std::fs::read_to_string(f).unwrap();
            let rel = f.strip_prefix(root).unwrap().display().to_string();
            for s in strings(&code) {
                for (name, avoid) in &ideas {
                    for a in avoid.iter().filter(|a| has_words(&s, a)) {
                        found.push(format!("{rel}: \"{a}\" (say \"{name}\") in \"{s}\""));
                    }
                }
            }
        }
        assert!(
            found.is_empty(),
            "second names in the app:\n{}",
            found.join("\n")
        );
    }
}
