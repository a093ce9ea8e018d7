//! The writer lock in the browser: one exclusive Web Lock, [`NAME`], for every tab of
//! this origin (see `store::writer` and the top of `store/mod.rs`).
//!
//! `navigator.locks` is reached through `Reflect`: web-sys keeps `LockManager` behind its
//! unstable-API switch. A browser without it (or a page it refuses, such as an opaque
//! origin) runs the work at once, as one tab always has.
//!
//! A write waiting for its turn when the page goes away (reloaded, closed, or hidden, after
//! which a phone may end it without another word) is done at once, outside the lock: the
//! words typed just before are never lost for a turn that would have come a moment later.

use crate::store::writer::{AtOnce, Gate};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The lock's name, the same in every build (an old tab and a new one share it).
pub const NAME: &str = "closer:writer";

/// `navigator.locks` and its `request`, when this browser has them.
fn web_locks() -> Option<(JsValue, js_sys::Function)> {
    let navigator = leptos::prelude::window().navigator();
    let locks = js_sys::Reflect::get(&navigator, &"locks".into())
        .ok()
        .filter(|l| !l.is_undefined() && !l.is_null())?;
    let request = js_sys::Reflect::get(&locks, &"request".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    Some((locks, request))
}

/// Whether writes here wait for the Web Lock (false: they run at once).
pub fn has_web_locks() -> bool {
    web_locks().is_some()
}

/// The Web Lock as a [`Gate`]: the work runs inside the lock's callback, which returns
/// as soon as the (synchronous) work does, so the lock is let go at once.
pub struct WebLock;

impl Gate for WebLock {
    fn enter(&self, work: Box<dyn FnOnce()>) {
        let Some((locks, request)) = web_locks() else {
            return AtOnce.enter(work);
        };
        let work: Waiting = Rc::new(RefCell::new(Some(work)));
        wait_for_turn(work.clone());
        let in_lock = work.clone();
        let callback = Closure::once_into_js(move |_lock: JsValue| {
            if let Some(w) = in_lock.borrow_mut().take() {
                w();
            }
        });
        match request.call2(&locks, &NAME.into(), &callback) {
            Ok(granted) => {
                // Refused (the page is going away, or not allowed): then at once, so
                // nothing the person asked for is dropped.
                if let Ok(granted) = granted.dyn_into::<js_sys::Promise>() {
                    wasm_bindgen_futures::spawn_local(async move {
                        if wasm_bindgen_futures::JsFuture::from(granted).await.is_err() {
                            if let Some(w) = work.borrow_mut().take() {
                                w();
                            }
                        }
                    });
                }
            }
            Err(_) => {
                if let Some(w) = work.borrow_mut().take() {
                    w();
                }
            }
        }
    }
}

/// A write waiting for the lock; `None` once it has run.
type Waiting = Rc<RefCell<Option<Box<dyn FnOnce()>>>>;

thread_local! {
    /// The writes requested and not yet run, oldest first.
    static WAITING: RefCell<Vec<Waiting>> = const { RefCell::new(Vec::new()) };
    static WATCHING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Notes `work` as waiting, and (once per page) listens for the page going away.
fn wait_for_turn(work: Waiting) {
    WAITING.with(|w| {
        let mut w = w.borrow_mut();
        w.retain(|x| x.borrow().is_some());
        w.push(work);
    });
    if WATCHING.with(|on| on.replace(true)) {
        return;
    }
    let on_hidden = Closure::<dyn Fn()>::new(|| {
        if leptos::prelude::document().hidden() {
            write_what_waits();
        }
    });
    let _ = leptos::prelude::document()
        .add_event_listener_with_callback("visibilitychange", on_hidden.as_ref().unchecked_ref());
    // pagehide comes before the page counts as hidden when it is reloaded or left.
    let on_leave = Closure::<dyn Fn()>::new(write_what_waits);
    let _ = leptos::prelude::window()
        .add_event_listener_with_callback("pagehide", on_leave.as_ref().unchecked_ref());
    // Both listen for as long as the page lives.
    on_hidden.forget();
    on_leave.forget();
}

/// Runs every write still waiting for its turn, now, in the order asked.
fn write_what_waits() {
    let waiting = WAITING.with(|w| std::mem::take(&mut *w.borrow_mut()));
    for work in waiting {
        let work = work.borrow_mut().take();
        if let Some(w) = work {
            w();
        }
    }
}

/// Runs `work` when this tab holds the writer lock (at once where there is none).
pub fn in_turn(work: impl FnOnce() + 'static) {
    WebLock.enter(Box::new(work));
}

/// Runs `work` under the writer lock and gives back its result once it ran.
pub async fn exclusive<R: 'static>(work: impl FnOnce() -> R + 'static) -> R {
    let out: Rc<RefCell<Option<R>>> = Rc::default();
    let mut work = Some(work);
    let slot = out.clone();
    let done = js_sys::Promise::new(&mut |resolve, _reject| {
        let (slot, work) = (slot.clone(), work.take());
        in_turn(move || {
            if let Some(w) = work {
                *slot.borrow_mut() = Some(w());
            }
            let _ = resolve.call0(&JsValue::UNDEFINED);
        });
    });
    let _ = wasm_bindgen_futures::JsFuture::from(done).await;
    let result = out.borrow_mut().take();
    result.expect("the work ran before its promise resolved")
}
