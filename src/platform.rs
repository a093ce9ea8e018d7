//! The browser's clock, randomness and performance timeline, in the app's types: the
//! current local time and day, fresh entry ids, and `performance` measures the
//! benchmark reads, and whether the service worker keeps every file. Plain functions with
//! no state of their own.

use crate::base::time::{Day, LocalTime};

/// Records a span as a `performance` measure (the benchmark reads them). Cheap.
pub fn measure(name: &str, started: f64) {
    let Some(perf) = web_sys::window().and_then(|w| w.performance()) else {
        return;
    };
    let opts = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&opts, &"start".into(), &started.into());
    let _ = js_sys::Reflect::set(&opts, &"end".into(), &perf.now().into());
    if let Ok(f) = js_sys::Reflect::get(&perf, &"measure".into()) {
        let f: js_sys::Function = f.into();
        let _ = f.call2(&perf, &name.into(), &opts);
    }
}

/// A high-resolution time stamp for [`measure`].
pub fn perf_now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}

pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Now, on the person's clock.
pub fn now() -> LocalTime {
    let ms = js_sys::Date::now();
    let offset_min = js_sys::Date::new(&ms.into()).get_timezone_offset();
    LocalTime((ms / 1000.0).floor() as i64 - (offset_min * 60.0) as i64)
}

pub fn today() -> Day {
    now().day()
}

/// A random number for ids.
pub fn entropy() -> u64 {
    (js_sys::Math::random() * 2f64.powi(52)) as u64
}

/// A fresh entry id.
pub fn new_id() -> String {
    crate::base::ids::new_id(now_ms() as u64, entropy())
}

/// Whether the service worker controls this page, so every file of this version is kept
/// on the device (it takes charge only once all of them are).
pub fn all_files_kept() -> bool {
    web_sys::window()
        .map(|w| w.navigator().service_worker().controller().is_some())
        .unwrap_or(false)
}
