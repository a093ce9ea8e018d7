//! Small helpers for calm practices: a soft end tone made in the browser (no audio file
//! is fetched) and keeping the screen awake while a practice runs, where allowed.

use wasm_bindgen::{JsCast, JsValue};

/// A soft two-second tone: a sine that fades in and out. Silently does nothing where
/// Web Audio is missing or blocked.
pub fn end_tone() {
    let Ok(ctx) = web_sys::AudioContext::new() else {
        return;
    };
    let (Ok(osc), Ok(gain)) = (ctx.create_oscillator(), ctx.create_gain()) else {
        return;
    };
    let t = ctx.current_time();
    osc.set_type(web_sys::OscillatorType::Sine);
    osc.frequency().set_value(528.0);
    let g = gain.gain();
    let _ = g.set_value_at_time(0.0, t);
    let _ = g.linear_ramp_to_value_at_time(0.12, t + 0.25);
    let _ = g.exponential_ramp_to_value_at_time(0.0001, t + 2.2);
    let _ = osc.connect_with_audio_node(&gain);
    let _ = gain.connect_with_audio_node(&ctx.destination());
    let _ = osc.start_with_when(t);
    let _ = osc.stop_with_when(t + 2.3);
}

/// Holds a screen wake lock while alive (where the browser offers one).
pub struct WakeLock {
    sentinel: std::rc::Rc<std::cell::RefCell<Option<JsValue>>>,
}

impl WakeLock {
    pub fn request() -> WakeLock {
        let sentinel = std::rc::Rc::new(std::cell::RefCell::new(None));
        let slot = sentinel.clone();
        let lock = web_sys::window()
            .map(|w| w.navigator())
            .and_then(|n| js_sys::Reflect::get(&n, &"wakeLock".into()).ok())
            .filter(|l| !l.is_undefined() && !l.is_null());
        if let Some(lock) = lock {
            let request = js_sys::Reflect::get(&lock, &"request".into())
                .ok()
                .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
            if let Some(promise) = request.and_then(|f| f.call1(&lock, &"screen".into()).ok()) {
                if let Ok(promise) = promise.dyn_into::<js_sys::Promise>() {
                    wasm_bindgen_futures::spawn_local(async move {
                        if let Ok(s) = wasm_bindgen_futures::JsFuture::from(promise).await {
                            *slot.borrow_mut() = Some(s);
                        }
                    });
                }
            }
        }
        WakeLock { sentinel }
    }

    pub fn release(&self) {
        if let Some(s) = self.sentinel.borrow_mut().take() {
            if let Some(f) = js_sys::Reflect::get(&s, &"release".into())
                .ok()
                .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            {
                let _ = f.call0(&s);
            }
        }
    }
}
