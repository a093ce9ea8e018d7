//! `/moment/grounding`: 5-4-3-2-1, one sense at a time. Each press of "Noticed one" (or
//! Enter in the word box) counts one thing; a word is optional and stays on this screen
//! only. The box keeps focus from the first thing to the last, so it works by keyboard
//! and with one thumb.

use crate::content::moment::{GROUNDING, GROUNDING_DONE};
use crate::ui::drafts;
use crate::ui::page::Page;
use leptos::html;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn Grounding() -> impl IntoView {
    let sense = RwSignal::new(0usize);
    let found = RwSignal::new(0u32);
    let words = RwSignal::new(Vec::<String>::new());
    let word = RwSignal::new(String::new());
    // Where the exercise is, and the words noticed, are kept if the app locks meanwhile.
    drafts::keep_choice("sense", sense);
    drafts::keep_choice("found", found);
    drafts::keep("noticed", words, |w| {
        w.iter()
            .flat_map(|w| drafts::text_words("Noticed", w))
            .collect()
    });
    drafts::keep_text("word", "Something you noticed", word);
    let input = NodeRef::<html::Input>::new();
    let done = move || sense.get() >= GROUNDING.len();

    let note_one = move || {
        let s = sense.get_untracked();
        if s >= GROUNDING.len() {
            return;
        }
        let w = word.get_untracked().trim().to_string();
        if !w.is_empty() {
            words.update(|v| v.push(w));
        }
        word.set(String::new());
        let n = found.get_untracked() + 1;
        if n >= GROUNDING[s].count {
            sense.set(s + 1);
            found.set(0);
            words.set(Vec::new());
        } else {
            found.set(n);
        }
    };
    let restart = move |_| {
        sense.set(0);
        found.set(0);
        words.set(Vec::new());
    };

    view! {
        <Page title="Grounding: 5-4-3-2-1" class="moment grounding">
            <Show when=move || !done() fallback=move || view! {
                <div class="step-card" role="status">
                    <h2>"You're here"</h2>
                    <p class="step-text">{GROUNDING_DONE}</p>
                </div>
                <div class="step-nav">
                    <A href="/moment" attr:class="button primary">"Back to Help now"</A>
                    <button type="button" class="quiet" on:click=restart>"Start again"</button>
                </div>
            }>
                <ol class="senses" aria-label="Senses">
                    {GROUNDING.iter().enumerate().map(|(i, s)| view! {
                        <li class:current=move || sense.get() == i class:done=move || i < sense.get()
                            aria-current=move || (sense.get() == i).then_some("step")>
                            <span aria-hidden="true">{s.count}</span>
                            <span class="sr-only">{format!("{} things to {}", s.count, s.verb)}</span>
                        </li>
                    }).collect_view()}
                </ol>
                <form class="step-card" on:submit=move |ev: leptos::ev::SubmitEvent| {
                    ev.prevent_default();
                    note_one();
                    if let Some(i) = input.get() { let _ = i.focus(); }
                }>
                    <h2 aria-live="polite">{move || GROUNDING.get(sense.get()).map(|s| s.prompt)}</h2>
                    <p class="hint">{move || GROUNDING.get(sense.get()).map(|s| s.hint)}</p>
                    <p class="count" aria-live="polite">
                        {move || GROUNDING.get(sense.get()).map(|s| format!("{} of {}", found.get(), s.count))}
                    </p>
                    <label for="grounding-word">
                        {move || GROUNDING.get(sense.get()).map(|s| format!("Something you can {} (a word, if you like)", s.verb))}
                    </label>
                    <input id="grounding-word" type="text" autocomplete="off" node_ref=input
                        prop:value=move || word.get()
                        on:input:target=move |ev| word.set(ev.target().value())/>
                    <button type="submit" class="primary big">"Noticed one"</button>
                    <ul class="noticed-words">
                        {move || words.get().into_iter().map(|w| view! { <li>{w}</li> }).collect_view()}
                    </ul>
                </form>
            </Show>
        </Page>
    }
}
