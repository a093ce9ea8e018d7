//! The body map: a front silhouette in SVG. Tap (or Tab to and press) a region, then pick
//! what you notice there. Sensations that often come with certain feelings bring up a
//! gentle "maybe" hint, never an answer.

use crate::content::body::{self, REGIONS, SENSATIONS};
use crate::domain::checkin::Felt;
use leptos::prelude::*;
use leptos_router::components::A;

/// The shapes of each region in a 120 × 236 box, and where its name is written (inside
/// it, so no line has to point at it). Every region is at least 20 units across both ways,
/// so at the map's width on a phone (see widgets.css) each is a target of at least 44 px.
/// The hands hang from the ends of the arms.
fn shapes(key: &str) -> AnyView {
    match key {
        "head" => view! { <ellipse cx="60" cy="17" rx="15" ry="15"/> }.into_any(),
        "jaw" => view! { <path d="M44 32 H76 Q76 46 60 52 Q44 46 44 32Z"/> }.into_any(),
        "throat" => view! { <rect x="49" y="52" width="22" height="20" rx="5"/> }.into_any(),
        "shoulders" => {
            view! { <path d="M30 72 H90 Q98 72 98 82 V92 H22 V82 Q22 72 30 72Z"/> }.into_any()
        }
        "chest" => view! { <rect x="36" y="92" width="48" height="30" rx="4"/> }.into_any(),
        "stomach" => {
            view! { <path d="M37 122 H83 V146 Q83 152 77 152 H43 Q37 152 37 146Z"/> }.into_any()
        }
        "arms" => view! {
            <path d="M22 92 H34 V150 H13 V101 Q13 92 22 92Z"/>
            <path d="M98 92 H86 V150 H107 V101 Q107 92 98 92Z"/>
        }
        .into_any(),
        "hands" => view! {
            <path d="M12 150 H35 V162 Q35 174 23.5 174 Q12 174 12 162Z"/>
            <path d="M85 150 H108 V162 Q108 174 96.5 174 Q85 174 85 162Z"/>
        }
        .into_any(),
        "legs" => view! {
            <path d="M38 153 H59 V228 Q59 234 53 234 H44 Q38 234 38 228Z"/>
            <path d="M61 153 H82 V228 Q82 234 76 234 H67 Q61 234 61 228Z"/>
        }
        .into_any(),
        _ => ().into_any(),
    }
}

/// Where each region's name sits (the middle of the shape), and the words shown: the
/// region's own name, or its first word where the shape is narrow ("Jaw" for "Jaw and
/// face"); the spoken name is always the whole name, and begins with what is shown.
fn name_at(key: &str) -> &'static [(f64, f64, &'static str)] {
    match key {
        "head" => &[(60.0, 19.0, "Head")],
        "jaw" => &[(60.0, 42.0, "Jaw")],
        "throat" => &[(60.0, 64.0, "Throat")],
        "shoulders" => &[(60.0, 84.0, "Shoulders")],
        "chest" => &[(60.0, 109.0, "Chest")],
        "stomach" => &[(60.0, 139.0, "Stomach")],
        // A pair is named once (on the figure's left), as it is spoken: a name written on
        // both would read "Arm Arm" to anyone comparing what is shown with what is said.
        "arms" => &[(23.5, 123.0, "Arms")],
        "hands" => &[(23.5, 164.0, "Hands")],
        "legs" => &[(48.5, 196.0, "Legs")],
        _ => &[],
    }
}

#[component]
pub fn BodyMap(
    /// Region and sensation pairs chosen so far.
    #[prop(into)]
    marks: Signal<Vec<Felt>>,
    /// Adds or removes a pair.
    on_toggle: Callback<Felt>,
    /// When given, hints offer their feeling words as buttons that call this.
    #[prop(optional)]
    on_word: Option<Callback<String>>,
    /// Words already chosen (to show hint buttons as pressed).
    #[prop(into, optional)]
    words: Signal<Vec<String>>,
) -> impl IntoView {
    let open: RwSignal<Option<&'static str>> = RwSignal::new(None);
    let count = move |r: &str| marks.with(|m| m.iter().filter(|f| f.region() == r).count());
    let choose =
        move |k: &'static str| open.update(|o| *o = if *o == Some(k) { None } else { Some(k) });
    view! {
        <div class="body-map">
            <div class="body-figure">
            <svg viewBox="0 0 120 236" class="body-svg" role="group" aria-label="Body map, front">
                {REGIONS.iter().filter(|r| r.key != "whole").map(|r| {
                    let k = r.key;
                    let label = move || match count(k) {
                        0 => r.label.to_string(),
                        n => format!("{}, {n} noted", r.label),
                    };
                    view! {
                        <g class=move || format!("region{}{}", if open.get() == Some(k) { " open" } else { "" }, if count(k) > 0 { " marked" } else { "" })
                            role="button" tabindex="0" aria-label=label
                            aria-pressed=move || (open.get() == Some(k)).to_string()
                            on:click=move |_| choose(k)
                            on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                                if ev.key() == "Enter" || ev.key() == " " { ev.prevent_default(); choose(k); }
                            }>
                            {shapes(k)}
                            {name_at(k).iter().map(|&(x, y, name)| view! {
                                <text class="region-name" x=x y=y text-anchor="middle" aria-hidden="true">{name}</text>
                            }).collect_view()}
                        </g>
                    }
                }).collect_view()}
            </svg>
            <Show when=move || marks.with(|m| !m.is_empty())>
                <p class="body-legend"><i aria-hidden="true"></i>"Shaded: where you've noted something"</p>
            </Show>
            </div>
            <div class="body-side">
                <button type="button" class="word-chip" aria-pressed=move || (open.get() == Some("whole")).to_string()
                    on:click=move |_| choose("whole")>
                    {move || match count("whole") { 0 => "Whole body".to_string(), n => format!("Whole body, {n} noted") }}
                </button>
                <Show when=move || open.get().is_some() fallback=|| view! {
                    <p class="hint">"Tap a part of the body to note what you feel there."</p>
                }>
                    {move || open.get().map(|k| {
                        let r = body::region(k).expect("known region");
                        view! {
                            <fieldset class="sensations">
                                <legend>{format!("{}: what do you notice?", r.label)}</legend>
                                {SENSATIONS.iter().map(|s| {
                                    let sk = s.key;
                                    let on = move || marks.with(|m| m.iter().any(|f| f.region() == k && f.sensation() == sk));
                                    view! {
                                        <button type="button" class="word-chip" aria-pressed=move || on().to_string()
                                            on:click=move |_| on_toggle.run(Felt::new(k, sk))>{s.label}</button>
                                    }
                                }).collect_view()}
                            </fieldset>
                        }
                    })}
                </Show>
            </div>
            <Hints marks=marks on_word=on_word words=words/>
        </div>
    }
}

/// The guide's sensation → possible-feeling pairs for what was marked.
#[component]
fn Hints(
    marks: Signal<Vec<Felt>>,
    on_word: Option<Callback<String>>,
    words: Signal<Vec<String>>,
) -> impl IntoView {
    let hints = Memo::new(move |_| {
        let mut v: Vec<usize> = Vec::new();
        marks.with(|m| {
            for f in m {
                for h in body::hints_for(f.region(), f.sensation()) {
                    let i = body::HINTS
                        .iter()
                        .position(|x| std::ptr::eq(x, h))
                        .unwrap_or(0);
                    if !v.contains(&i) {
                        v.push(i);
                    }
                }
            }
        });
        v
    });
    view! {
        <Show when=move || !hints.with(|h| h.is_empty())>
            <div class="body-hints" aria-live="polite">
                <h2 class="hints-title">"Maybe, maybe not"</h2>
                <ul>
                    {move || hints.get().into_iter().map(|i| {
                        let h = &body::HINTS[i];
                        view! {
                            <li>
                                {h.text}
                                {h.link.map(|(href, words)| view! { " " <A href=href>{words}</A> })}
                                {on_word.map(|cb| view! {
                                    <span class="hint-words">
                                        {h.words.iter().map(|w| {
                                            let w: &'static str = w;
                                            view! {
                                                <button type="button" class="word-chip"
                                                    aria-pressed=move || words.with(|ws| ws.iter().any(|x| x == w)).to_string()
                                                    on:click=move |_| cb.run(w.to_string())>{w}</button>
                                            }
                                        }).collect_view()}
                                    </span>
                                })}
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <p class="hint">"Only you know what you feel. These are common pairings, not answers."</p>
            </div>
        </Show>
    }
}
