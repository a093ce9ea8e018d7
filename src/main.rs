//! Starts the app in the browser. Everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    use leptos::prelude::*;
    use wasm_bindgen::JsCast;

    // A panic must never leave a blank page: say so kindly and offer a way back.
    std::panic::set_hook(Box::new(|info| {
        let message = info.to_string();
        web_sys::console::error_1(&message.as_str().into());
        // A screen's code (src/screens.rs) could not be fetched: offline before the service
        // worker had kept it, or the connection dropped mid-way.
        let fetch_failed = message.contains("load callback should succeed");
        if let Some(root) = document().get_element_by_id("app") {
            root.set_inner_html(if fetch_failed {
                "<div class=\"page\" role=\"alert\"><h1>This part of Closer didn't download</h1>\
                 <p>Closer keeps itself for offline use after its first visit with a connection, \
                 and this part wasn't kept yet. Connect once, then try again.</p>\
                 <p>What you had already saved is safe.</p>\
                 <p><a class=\"button primary\" href=\"/\">Start Closer again</a></p></div>"
            } else {
                "<div class=\"page\" role=\"alert\"><h1>Something went wrong</h1>\
                 <p>It's not something you did, and what you had already saved is safe.</p>\
                 <p><a class=\"button primary\" href=\"/\">Start Closer again</a></p></div>"
            });
        }
    }));
    let root: web_sys::HtmlElement = document()
        .get_element_by_id("app")
        .expect("#app in index.html")
        .unchecked_into();
    // The store opens under the writer lock: work another tab cut short is finished (or
    // undone) while no other tab writes, before any screen reads.
    wasm_bindgen_futures::spawn_local(async move {
        closer::state::writer::exclusive(|| drop(closer::state::store())).await;
        root.set_inner_html("");
        leptos::mount::mount_to(root, closer::app::App).forget();
        // The first screen is up: the service worker may register once the page is idle
        // (public/register-sw.js), so installing it never competes with the first screen.
        let window = window();
        let _ = js_sys::Reflect::set(&window, &"__closerMounted".into(), &true.into());
        if let Ok(mounted) = web_sys::Event::new("closer-mounted") {
            let _ = window.dispatch_event(&mounted);
        }
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    println!("Closer runs in the browser. See README.md for how to build and serve it.");
}
