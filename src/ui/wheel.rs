//! The feelings wheel: an SVG of three rings (core, specific, nuanced words) that works by
//! touch, mouse and keyboard, with every choice also offered as a plain list of buttons.
//!
//! At the first depth (weeks 1–2) it is three buttons: pleasant, neutral, unpleasant.
//!
//! Keyboard: the wheel is one tab stop (a multi-select listbox). Left/Right move around a
//! ring, Up moves outward, Down inward, Home/End jump, Enter or Space chooses.

use crate::content::feelings::{CORES, CREDIT, TONES};
use crate::domain::checkin::{Depth, OwnWord};
use crate::domain::wheel::{step, wedges, Wedge};
use leptos::prelude::*;

/// Inner and outer radius of each ring, in a viewBox of -100..100.
fn radii(depth: Depth, ring: u8) -> (f32, f32) {
    match (depth, ring) {
        (Depth::Nuance, 0) => (16.0, 40.0),
        (Depth::Nuance, 1) => (40.0, 70.0),
        (Depth::Nuance, _) => (70.0, 99.0),
        (_, 0) => (18.0, 50.0),
        (_, _) => (50.0, 99.0),
    }
}

fn polar(r: f32, deg: f32) -> (f32, f32) {
    // 0° points up, clockwise.
    let rad = (deg - 90.0).to_radians();
    (r * rad.cos(), r * rad.sin())
}

fn sector_path(r0: f32, r1: f32, a0: f32, a1: f32) -> String {
    let (x0, y0) = polar(r1, a0);
    let (x1, y1) = polar(r1, a1);
    let (x2, y2) = polar(r0, a1);
    let (x3, y3) = polar(r0, a0);
    let large = if a1 - a0 > 180.0 { 1 } else { 0 };
    format!(
        "M{x0:.2} {y0:.2}A{r1} {r1} 0 {large} 1 {x1:.2} {y1:.2}L{x2:.2} {y2:.2}A{r0} {r0} 0 {large} 0 {x3:.2} {y3:.2}Z"
    )
}

/// Where and how to write a wedge's word: the core ring horizontally, the outer rings
/// along the radius, flipped on the left half so nothing is upside down.
fn label_transform(depth: Depth, w: &Wedge) -> String {
    let (r0, r1) = radii(depth, w.ring);
    let mid = (w.a0 + w.a1) / 2.0;
    let (x, y) = polar((r0 + r1) / 2.0, mid);
    if w.ring == 0 {
        return format!("translate({x:.2} {y:.2})");
    }
    let rot = if mid > 180.0 { mid + 90.0 } else { mid - 90.0 };
    format!("translate({x:.2} {y:.2}) rotate({rot:.1})")
}

fn font_size(depth: Depth, ring: u8) -> &'static str {
    match (depth, ring) {
        (Depth::Nuance, 0) => "6.2",
        (Depth::Nuance, 1) => "4.6",
        (Depth::Nuance, _) => "3.9",
        (_, 0) => "7.4",
        _ => "6",
    }
}

/// The wheel (or, at the first depth, the three tone buttons) plus the plain list.
#[component]
pub fn Wheel(
    /// How deep the wheel goes.
    #[prop(into)]
    depth: Signal<Depth>,
    /// The words chosen so far.
    #[prop(into)]
    selected: Signal<Vec<String>>,
    /// The person's own words, shown after the wheel's.
    #[prop(into)]
    own: Signal<Vec<OwnWord>>,
    /// Called with a word to add or remove.
    on_toggle: Callback<String>,
) -> impl IntoView {
    let is_on = move |w: &str| selected.with(|s| s.iter().any(|x| x == w));
    view! {
        <div class="wheel-wrap">
            <Show
                when=move || depth.get() != Depth::Tone
                fallback=move || view! {
                    <div class="tones" role="group" aria-label="How does it feel?">
                        {TONES.iter().map(|(t, p)| {
                            let t: &'static str = t;
                            view! {
                                <button type="button" class=format!("tone tone-{}", match p { 1 => "pleasant", -1 => "unpleasant", _ => "mixed" })
                                    aria-pressed=move || is_on(t).to_string()
                                    on:click=move |_| on_toggle.run(t.to_string())>
                                    {t}
                                </button>
                            }
                        }).collect_view()}
                    </div>
                }
            >
                <WheelSvg depth=depth selected=selected on_toggle=on_toggle/>
            </Show>
            <details class="wheel-list">
                <summary>"All words as a list"</summary>
                <WordList depth=depth selected=selected on_toggle=on_toggle/>
            </details>
            <Show when=move || own.with(|o| !o.is_empty())>
                <div class="own-words" role="group" aria-label="Your own words">
                    {move || own.get().into_iter().map(|o| {
                            let w = o.word.clone();
                            let w2 = w.clone();
                            view! {
                                <button type="button" class="word-chip" aria-pressed=move || is_on(&w).to_string()
                                    on:click=move |_| on_toggle.run(w2.clone())>{o.word.clone()}</button>
                            }
                        }).collect_view()}
                </div>
            </Show>
            <p class="credit">{CREDIT}</p>
        </div>
    }
}

#[component]
fn WheelSvg(
    depth: Signal<Depth>,
    selected: Signal<Vec<String>>,
    on_toggle: Callback<String>,
) -> impl IntoView {
    let ws = Memo::new(move |_| wedges(depth.get()));
    let active = RwSignal::new(0usize);
    let hover: RwSignal<Option<usize>> = RwSignal::new(None);
    let focused = RwSignal::new(false);
    let is_on = move |w: &str| selected.with(|s| s.iter().any(|x| x == w));
    let keydown = move |ev: leptos::ev::KeyboardEvent| {
        let key = ev.key();
        if key == "Enter" || key == " " {
            ev.prevent_default();
            if let Some(w) =
                ws.with(|ws| ws.get(active.get_untracked()).map(|w| w.word))
            {
                on_toggle.run(w.to_string());
            }
            return;
        }
        if let Some(n) = ws.with(|ws| step(ws, active.get_untracked(), &key)) {
            ev.prevent_default();
            active.set(n);
        }
    };
    // The word shown in the middle: what's under the pointer, else the keyboard's place.
    let centre = move || {
        let i = hover.get().or(focused.get().then(|| active.get()));
        i.and_then(|i| ws.with(|ws| ws.get(i).map(|w| w.word)))
            .unwrap_or("")
    };
    view! {
        <svg class="wheel" viewBox="-100 -100 200 200" role="listbox" tabindex="0"
            aria-label="Feelings wheel" aria-multiselectable="true" aria-describedby="wheel-help"
            aria-activedescendant=move || format!("wheel-{}", active.get())
            on:keydown=keydown
            on:focus=move |_| focused.set(true)
            on:blur=move |_| focused.set(false)
            on:pointerleave=move |_| hover.set(None)>
            {move || {
                let d = depth.get();
                ws.get().into_iter().enumerate().map(|(i, w)| {
                    let (r0, r1) = radii(d, w.ring);
                    let word = w.word;
                    let cls = move || {
                        let mut c = format!("wedge ring-{} core-{}", w.ring, w.core);
                        if is_on(word) { c.push_str(" on"); }
                        if focused.get() && active.get() == i { c.push_str(" active"); }
                        c
                    };
                    view! {
                        <g id=format!("wheel-{i}") role="option" aria-label=word
                            aria-selected=move || is_on(word).to_string() class=cls
                            on:click=move |_| { active.set(i); on_toggle.run(word.to_string()); }
                            on:pointerenter=move |_| hover.set(Some(i))>
                            <path d=sector_path(r0, r1, w.a0, w.a1)/>
                            <text transform=label_transform(d, &w) font-size=font_size(d, w.ring)
                                text-anchor="middle" dominant-baseline="central">{word}</text>
                        </g>
                    }
                }).collect_view()
            }}
            <text class="wheel-centre" aria-hidden="true" text-anchor="middle" dominant-baseline="central"
                font-size="5.5">{centre}</text>
        </svg>
        <p id="wheel-help" class="hint">
            "Tap a word to choose it, tap again to let it go. With a keyboard: arrows move, Up goes outward, Down inward, Enter chooses."
        </p>
    }
}

/// Every word of the current depth as buttons, grouped by core.
#[component]
fn WordList(
    depth: Signal<Depth>,
    selected: Signal<Vec<String>>,
    on_toggle: Callback<String>,
) -> impl IntoView {
    let is_on = move |w: &str| selected.with(|s| s.iter().any(|x| x == w));
    let button = move |w: &'static str| {
        view! {
            <button type="button" class="word-chip" aria-pressed=move || is_on(w).to_string()
                on:click=move |_| on_toggle.run(w.to_string())>{w}</button>
        }
    };
    view! {
        {move || {
            let d = depth.get();
            if d == Depth::Tone {
                return view! {
                    <ul class="word-list">
                        {TONES.iter().map(|(t, _)| view! { <li>{button(t)}</li> }).collect_view()}
                    </ul>
                }.into_any();
            }
            view! {
                <div class="word-list">
                    {CORES.iter().enumerate().map(|(ci, c)| view! {
                        <section class=format!("word-group core-{ci}") aria-label=c.word>
                            <p class="core-word">{button(c.word)}</p>
                            <ul>
                                {c.specific.iter().map(|s| view! {
                                    <li>
                                        {button(s.word)}
                                        {(d == Depth::Nuance).then(|| view! {
                                            <span class="nuances">{s.nuances.iter().map(|n| button(n)).collect_view()}</span>
                                        })}
                                    </li>
                                }).collect_view()}
                            </ul>
                        </section>
                    }).collect_view()}
                </div>
            }.into_any()
        }}
    }
}
