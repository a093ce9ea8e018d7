//! The body map: a front silhouette in SVG. Tap (or Tab to and press) a region, then pick
//! what you notice there. Sensations that often come with certain feelings bring up a
//! gentle "maybe" hint, never an answer.

use crate::content::body::{self, REGIONS, SENSATIONS};
use crate::domain::checkin::Felt;
use leptos::prelude::*;
use leptos_router::components::A;

/// The shapes of each region in a 120 × 236 box. Every region is at least 20 units
/// across both ways, so at the map's width on a phone (see feel.css) each is a target of at
/// least 44 px.
fn shapes(key: &str) -> AnyView {
    match key {
        "head" => view! { <ellipse cx="60" cy="17" rx="15" ry="15"/> }.into_any(),
        "jaw" => view! { <path d="M44 32 H76 Q76 46 60 52 Q44 46 44 32Z"/> }.into_any(),
        "throat" => view! { <rect x="50" y="52" width="20" height="20" rx="4"/> }.into_any(),
        "shoulders" => view! { <rect x="22" y="72" width="76" height="20" rx="8"/> }.into_any(),
        "chest" => view! { <rect x="36" y="92" width="48" height="30" rx="4"/> }.into_any(),
        "stomach" => view! { <rect x="38" y="122" width="44" height="30" rx="4"/> }.into_any(),
        "arms" => view! {
            <rect x="13" y="92" width="21" height="58" rx="8"/>
            <rect x="86" y="92" width="21" height="58" rx="8"/>
        }
        .into_any(),
        "hands" => view! {
            <ellipse cx="23" cy="162" rx="11" ry="11"/>
            <ellipse cx="97" cy="162" rx="11" ry="11"/>
        }
        .into_any(),
        "legs" => view! {
            <rect x="38" y="153" width="21" height="81" rx="8"/>
            <rect x="61" y="153" width="21" height="81" rx="8"/>
        }
        .into_any(),
        _ => ().into_any(),
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
                        </g>
                    }
                }).collect_view()}
            </svg>
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
