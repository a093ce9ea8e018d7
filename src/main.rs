//! Starts the app in the browser. Everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    use leptos::prelude::*;
    use wasm_bindgen::JsCast;

    // A panic must never leave a blank page: say so kindly and offer a way back.
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        if let Some(root) = document().get_element_by_id("app") {
            root.set_inner_html(
                "<div class=\"page\" role=\"alert\"><h1>Something went wrong</h1>\
                 <p>It's not something you did, and what you had already saved is safe.</p>\
                 <p><a class=\"button primary\" href=\"/\">Start Closer again</a></p></div>",
            );
        }
    }));
    let root: web_sys::HtmlElement = document().get_element_by_id("app").expect("#app in index.html").unchecked_into();
    root.set_inner_html("");
    leptos::mount::mount_to(root, closer::app::App).forget();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    println!("Closer runs in the browser. See README.md for how to build and serve it.");
}
