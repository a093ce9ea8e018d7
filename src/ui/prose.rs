//! Fixed program text (lists, headings, explanations) rendered from one HTML string.
//!
//! Every distinct `view!` shape becomes its own code in the wasm; a page of fixed text
//! written as `view!` costs kilobytes, the same page built as a string costs bytes. Use
//! this for text that never changes while the screen is open; keep `view!` for anything
//! interactive. Text is escaped, so content can hold any characters. Plain `<a href>`
//! links inside are still handled by the router (no reload).

use crate::base::html::esc;
use leptos::prelude::*;

/// A small HTML builder for fixed text.
#[derive(Default)]
pub struct Html(String);

impl Html {
    pub fn new() -> Self {
        Html::default()
    }
    /// `<tag attrs>`: `open` is written as given (no user text here).
    pub fn open(mut self, open: &str) -> Self {
        self.0.push('<');
        self.0.push_str(open);
        self.0.push('>');
        self
    }
    pub fn close(mut self, tag: &str) -> Self {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }
    /// `<tag attrs>text</tag>`, with the text escaped.
    pub fn el(self, open: &str, text: &str) -> Self {
        let tag = open.split(' ').next().unwrap_or(open).to_string();
        let mut s = self.open(open);
        s.0.push_str(&esc(text));
        s.close(&tag)
    }
    /// A list (`ul` or `ol`, with optional attributes) of fixed sentences.
    pub fn list(self, open: &str, items: &[&str]) -> Self {
        let tag = open.split(' ').next().unwrap_or(open).to_string();
        let mut s = self.open(open);
        for i in items {
            s = s.el("li", i);
        }
        s.close(&tag)
    }
    /// An in-app link.
    pub fn link(mut self, href: &str, text: &str) -> Self {
        self.0
            .push_str(&format!("<a href=\"{}\">{}</a>", esc(href), esc(text)));
        self
    }
    pub fn text(mut self, text: &str) -> Self {
        self.0.push_str(&esc(text));
        self
    }
    pub fn into_string(self) -> String {
        self.0
    }
    /// The built HTML inside a `<div class=…>`.
    pub fn view(self, class: &'static str) -> AnyView {
        view! { <div class=class inner_html=self.0></div> }.into_any()
    }
}
