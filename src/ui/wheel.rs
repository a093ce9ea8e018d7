//! The feelings wheel: an SVG that opens one level at a time (the six core feelings; a
//! core with its specific words around it; at the finest depth a specific word with its
//! finer words), so every word is a big target with readable text on any phone. It works
//! by touch, mouse and keyboard, and every word is also offered as a plain list of buttons.
//!
//! At the first depth (weeks 1–2) it is three buttons: pleasant, neutral, unpleasant.
//!
//! Keyboard: the wheel is one tab stop (a multi-select listbox). Left/Right move around,
//! Up opens the word's finer words, Down and Escape go back, Enter or Space chooses.

use crate::content::feelings::{CORES, CREDIT, TONES};
use crate::domain::checkin::{Depth, OwnWord};
use crate::domain::wheel::{back, opened, opens, reachable, step, wedges, View, Wedge};
use leptos::prelude::*;

/// Inner and outer radius of a wedge, in a viewBox of -100..100.
fn radii(w: &Wedge) -> (f32, f32) {
    match (w.centre, w.ring) {
        (true, 0) => (0.0, 30.0),
        (true, _) => (0.0, 34.0),
        (false, 0) => (26.0, 99.0),
        (false, 1) => (30.0, 99.0),
        (false, _) => (34.0, 99.0),
    }
}

fn polar(r: f32, deg: f32) -> (f32, f32) {
    // 0° points up, clockwise.
    let rad = (deg - 90.0).to_radians();
    (r * rad.cos(), r * rad.sin())
}

fn sector_path(r0: f32, r1: f32, a0: f32, a1: f32) -> String {
    if a1 - a0 >= 359.9 {
        // The word in the middle: a disc.
        return format!(
            "M0 {r1:.2}A{r1} {r1} 0 1 1 0 {:.2}A{r1} {r1} 0 1 1 0 {r1:.2}Z",
            -r1
        );
    }
    let (x0, y0) = polar(r1, a0);
    let (x1, y1) = polar(r1, a1);
    let (x2, y2) = polar(r0, a1);
    let (x3, y3) = polar(r0, a0);
    let large = if a1 - a0 > 180.0 { 1 } else { 0 };
    format!(
        "M{x0:.2} {y0:.2}A{r1} {r1} 0 {large} 1 {x1:.2} {y1:.2}L{x2:.2} {y2:.2}A{r0} {r0} 0 {large} 0 {x3:.2} {y3:.2}Z"
    )
}

/// Where to write a wedge's word: level, in the middle of its wedge.
fn label_at(w: &Wedge) -> (f32, f32) {
    if w.centre {
        return (0.0, 0.0);
    }
    let (r0, r1) = radii(w);
    polar((r0 + r1) / 2.0 + 2.0, (w.a0 + w.a1) / 2.0)
}

/// An id for a word, usable in `aria-activedescendant`.
fn option_id(word: &str) -> String {
    format!("wheel-{}", word.replace(' ', "-"))
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
    let view = RwSignal::new(View::Cores);
    let shown = Memo::new(move |_| reachable(depth.get(), view.get()));
    let ws = Memo::new(move |_| wedges(depth.get(), shown.get()));
    let active = RwSignal::new(CORES[0].word);
    let focused = RwSignal::new(false);
    // The keyboard's place on the wheel is drawn only while the keyboard moves it: after a
    // tap the next ring opens with nothing marked that the person didn't choose.
    let keyboard = RwSignal::new(false);
    let is_on = move |w: &str| selected.with(|s| s.iter().any(|x| x == w));
    let go = move |v: View, word: &'static str| {
        view.set(v);
        active.set(word);
    };
    let keydown = move |ev: leptos::ev::KeyboardEvent| {
        keyboard.set(true);
        let key = ev.key();
        if key == "Enter" || key == " " {
            ev.prevent_default();
            on_toggle.run(active.get_untracked().to_string());
            return;
        }
        if let Some((v, w)) = step(
            depth.get_untracked(),
            shown.get_untracked(),
            active.get_untracked(),
            &key,
        ) {
            ev.prevent_default();
            go(v, w);
        }
    };
    // A tap opens a word that has finer words under it, and chooses any other.
    let tap = move |w: Wedge| {
        if opens(depth.get_untracked(), &w) {
            let v = opened(&w);
            go(v, wedges(depth.get_untracked(), v)[0].word);
        } else {
            active.set(w.word);
            on_toggle.run(w.word.to_string());
        }
    };
    let back_label = move || match shown.get() {
        View::Cores => None,
        View::Core(_) => Some("All feelings".to_string()),
        View::Specific(c, _) => Some(format!("Back to {}", CORES[c].word)),
    };
    view! {
        <div class="wheel-back">
            {move || back_label().map(|label| view! {
                <button type="button" class="quiet" on:click=move |_| {
                    let v = back(shown.get_untracked());
                    let word = ws.with_untracked(|w| w[0].word);
                    let target = wedges(depth.get_untracked(), v).into_iter().find(|w| w.word == word).map(|w| w.word);
                    go(v, target.unwrap_or(CORES[0].word));
                }>
                    <span aria-hidden="true">"‹ "</span>{label}
                </button>
            })}
        </div>
        <svg class="wheel" viewBox="-100 -100 200 200" role="listbox" tabindex="0"
            aria-label="Feelings wheel" aria-multiselectable="true" aria-describedby="wheel-help"
            aria-activedescendant=move || {
                let a = active.get();
                ws.with(|w| w.iter().any(|x| x.word == a)).then(|| option_id(a))
            }
            on:keydown=keydown
            on:pointerdown=move |_| keyboard.set(false)
            on:focus=move |_| focused.set(true)
            on:blur=move |_| focused.set(false)>
            {move || ws.get().into_iter().map(|w| {
                let word = w.word;
                let (r0, r1) = radii(&w);
                let (x, y) = label_at(&w);
                let cls = {
                    let w = w.clone();
                    move || {
                        let mut c = format!("wedge ring-{} core-{}", w.ring, w.core);
                        if w.centre { c.push_str(" centre"); }
                        if opens(depth.get(), &w) { c.push_str(" opens"); }
                        if is_on(word) { c.push_str(" on"); }
                        if focused.get() && keyboard.get() && active.get() == word { c.push_str(" active"); }
                        c
                    }
                };
                let path = sector_path(r0, r1, w.a0, w.a1);
                view! {
                    <g id=option_id(word) role="option" aria-label=word
                        aria-selected=move || is_on(word).to_string() class=cls
                        on:click=move |_| tap(w.clone())>
                        <path d=path/>
                        <text x=format!("{x:.2}") y=format!("{y:.2}") font-size="9"
                            text-anchor="middle" dominant-baseline="central">{word}</text>
                    </g>
                }
            }).collect_view()}
        </svg>
        <p id="wheel-help" class="hint">
            "Tap a feeling to open its words. Tap a word, or the one in the middle, to choose it; tap again to let it go."
            <span class="keyboard-tip">" With a keyboard: arrows move, Up opens, Down goes back, Enter chooses."</span>
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
