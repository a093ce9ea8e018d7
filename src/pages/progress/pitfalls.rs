//! `/progress/pitfalls`: the seven common pitfalls as a periodic self-check, with a kind and
//! specific response to each one the person recognises.

use crate::content::pitfalls::PITFALLS;
use crate::domain::pitfalls::{check_due, clean, last, next_check, seen_before, PitfallCheck};
use crate::platform;
use crate::state;
use crate::store::StoreError;
use crate::ui::page::Page;
use crate::ui::safety::SafetyCaveat;
use crate::ui::save_error::SaveError;
use leptos::prelude::*;

#[component]
pub fn Pitfalls() -> impl IntoView {
    let today = platform::today();
    let history = state::collection::<PitfallCheck>();
    let chosen = RwSignal::new(Vec::<String>::new());
    let error = RwSignal::new(None::<StoreError>);

    let save = move || {
        let check = PitfallCheck {
            id: platform::new_id(),
            at: platform::now(),
            recognised: clean(&chosen.get_untracked()),
        };
        match history.save(check) {
            Ok(()) => {
                error.set(None);
                chosen.set(Vec::new());
            }
            Err(e) => error.set(Some(e)),
        }
    };
    let latest = Memo::new(move |_| history.with(|h| last(h).cloned()));
    let status = move || {
        history.with(|h| {
            if check_due(h, today) {
                "A good time for this check. It takes a minute or two.".to_string()
            } else {
                format!(
                    "Next suggested around {}. You can look again any time.",
                    next_check(h, today).short()
                )
            }
        })
    };

    view! {
        <Page title="Pitfall self-check" class="progress pitfalls">
            <p class="lead">"Seven ways this work often stalls. Recognising one isn't failing: it's exactly how you get unstuck."</p>
            <p>{status}</p>
            <Show when=move || latest.with(|l| l.is_some())>
                <section class="card responses" aria-labelledby="resp-h">
                    <h2 id="resp-h">{move || latest.with(|l| l.as_ref().map(|c| format!("Your check on {}", c.at.day().short())).unwrap_or_default())}</h2>
                    {move || {
                        let Some(c) = latest.get() else { return ().into_any() };
                        let rs = c.responses();
                        if rs.is_empty() {
                            return view! { <p>"You didn't recognise any of them this time. That's good to know; check again in a few weeks."</p> }.into_any();
                        }
                        let h = history.get();
                        let caveat = rs.iter().any(|p| p.caveat);
                        view! {
                            <ul class="pitfall-responses">
                                {rs.into_iter().map(|p| {
                                    let before = seen_before(&h, p.key);
                                    view! {
                                        <li>
                                            <h3>{p.title}</h3>
                                            <p>{p.response}</p>
                                            <p><strong>"Try this: "</strong>{p.try_this}</p>
                                            {(before > 0).then(|| view! {
                                                <p class="hint">"This has come up before. Patterns take time to loosen, and noticing it again is progress."</p>
                                            })}
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                            {caveat.then(|| view! { <SafetyCaveat/> })}
                        }.into_any()
                    }}
                </section>
            </Show>
            <form class="card pitfall-form" on:submit=move |ev| { ev.prevent_default(); save(); }>
                <fieldset>
                    <legend>"Lately, do any of these sound like you?"</legend>
                    {PITFALLS.iter().map(|p| {
                        let key = p.key;
                        let id = format!("pf-{key}");
                        view! {
                            <div class="pitfall-option">
                                <input type="checkbox" id=id.clone()
                                    prop:checked=move || chosen.with(|c| c.iter().any(|k| k == key))
                                    on:change:target=move |ev| {
                                        let on = ev.target().checked();
                                        chosen.update(|c| {
                                            c.retain(|k| k != key);
                                            if on { c.push(key.to_string()); }
                                        });
                                    }/>
                                <label for=id>
                                    <strong>{p.title}</strong>
                                    <span class="question">{p.question}</span>
                                </label>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
                <SaveError error=Signal::derive(move || error.get())/>
                <button type="submit" class="primary">"Save this check"</button>
            </form>
        </Page>
    }
}
