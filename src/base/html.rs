//! Escaping text for HTML built as a string (fixed program text, the attachment map's
//! drawing): whatever a person typed stays text and never becomes markup.

/// Escapes text for HTML element content and for attribute values in double quotes.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hostile_name_stays_text() {
        let name = r#"Sam "><script>alert('x')</script> & co"#;
        let html = format!(r#"<p title="{}">{}</p>"#, esc(name), esc(name));
        assert_eq!(
            html,
            "<p title=\"Sam &quot;&gt;&lt;script&gt;alert('x')&lt;/script&gt; &amp; co\">\
             Sam &quot;&gt;&lt;script&gt;alert('x')&lt;/script&gt; &amp; co</p>"
        );
        // One element, one attribute: nothing the name holds opens or closes a tag.
        assert_eq!(html.matches('<').count(), 2);
        assert_eq!(html.matches('"').count(), 2);
    }

    #[test]
    fn plain_words_and_accents_are_left_alone() {
        assert_eq!(esc("Ça va, c'est l'été · 3/4"), "Ça va, c'est l'été · 3/4");
        assert_eq!(esc(""), "");
        assert_eq!(esc("&amp;"), "&amp;amp;");
    }
}
