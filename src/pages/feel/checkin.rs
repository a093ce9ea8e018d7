//! The check-in: a new one at `/checkin` (three taps for someone who knows the way:
//! open, a word, save), an existing one at `/checkin/:id` (edit or delete), and the same
//! form opened at the body map at `/body`.

use crate::base::time::{Day, LocalTime};
use crate::content::checkin::{
    ASK_NUANCE, ASK_SPECIFIC, ASK_TONE, HEAVY, HEAVY_AFTER, SAVED, STEPS,
};
use crate::content::feelings::CORES;
use crate::domain::checkin::{CheckIn, Depth, FeelPrefs, Felt};
use crate::domain::program;
use crate::domain::reminders::{hhmm, parse_hhmm};
use crate::platform;
use crate::state;
use crate::store::StoreError;
use crate::ui::arrive::Confirmation;
use crate::ui::body_map::BodyMap;
use crate::ui::choice::Choice;
use crate::ui::confirm::Confirm;
use crate::ui::drafts;
use crate::ui::nav::HELP_NOW;
use crate::ui::page::Page;
use crate::ui::save_error::SaveError;
use crate::ui::wheel::Wheel;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map};

/// The program week today (1 when no start date is known yet).
pub fn program_week() -> u32 {
    let today = platform::today();
    state::profile().with(|p| p.start.map(|s| program::week(s, today)).unwrap_or(1))
}

#[component]
pub fn NewCheckIn() -> impl IntoView {
    view! {
        <Page title="Check in" class="feel checkin">
            <CheckInForm existing=None body_first=false/>
            <TodaysCheckIns/>
        </Page>
    }
}

#[component]
pub fn BodyCheckIn() -> impl IntoView {
    view! {
        <Page title="Body map" class="feel checkin body">
            <p class="lead">"Feelings often show up in the body first. Where do you notice something right now?"</p>
            <CheckInForm existing=None body_first=true/>
            <p><A href="/body/scan">"Try a short guided body scan"</A></p>
        </Page>
    }
}

#[component]
pub fn EditCheckIn() -> impl IntoView {
    let params = use_params_map();
    let items = state::collection::<CheckIn>();
    let id = Memo::new(move |_| params.with(|p| p.get("id")));
    // Read once per id: saving an edit must not rebuild the form (and lose its message).
    let found = move || {
        let id = id.get();
        let _ = items.complete();
        untrack(|| id.and_then(|id| items.find(&id)))
    };
    view! {
        <Page title="Your check-in" class="feel checkin">
            {move || match found() {
                Some(c) => view! { <CheckInForm existing=Some(c) body_first=false/> }.into_any(),
                None => view! {
                    <p>"This check-in isn't here any more. It may have been deleted."</p>
                    <p><A href="/checkin">"Make a new check-in"</A></p>
                }.into_any(),
            }}
        </Page>
    }
}

fn fresh() -> CheckIn {
    CheckIn::new(platform::new_id(), platform::now())
}

/// The note's label (also what the notice calls it if the note can't go back).
const NOTE: &str = "Note (optional)";

#[component]
fn CheckInForm(existing: Option<CheckIn>, body_first: bool) -> impl IntoView {
    let items = state::collection::<CheckIn>();
    let prefs = state::doc::<FeelPrefs>();
    let editing = existing.is_some();
    let old_at = existing.as_ref().map(|c| c.at);
    let draft = RwSignal::new(existing.clone().unwrap_or_else(fresh));
    // For a new check-in the time follows the clock until the person sets it.
    let time_set = RwSignal::new(editing);
    // Kept if the app locks while it is being written (with the time, if set).
    drafts::keep("checkin", draft, |c| drafts::text_words(NOTE, &c.note));
    drafts::keep_choice("time-set", time_set);
    let error: RwSignal<Option<StoreError>> = RwSignal::new(None);
    let invalid: RwSignal<Option<&'static str>> = RwSignal::new(None);
    let status: RwSignal<Option<String>> = RwSignal::new(None);
    // The very first check-in ever saved gets a word of its own and one optional next step.
    let first_saved = RwSignal::new(false);
    // The check-in just saved was very strong and unpleasant: Help now is offered, quietly.
    let heavy = RwSignal::new(false);
    let week = program_week();
    let depth = Signal::derive(move || prefs.with(|p| p.depth(week)));
    let words = Signal::derive(move || draft.with(|d| d.words.clone()));
    let marks = Signal::derive(move || draft.with(|d| d.body.clone()));
    let own = Signal::derive(move || prefs.with(|p| p.own.clone()));
    let navigate = use_navigate();

    let toggle_word = Callback::new(move |w: String| {
        draft.update(|d| d.toggle_word(&w));
        status.set(None);
        invalid.set(None);
    });
    let toggle_felt = Callback::new(move |f: Felt| {
        draft.update(|d| d.toggle_felt(f.region(), f.sensation()));
        status.set(None);
        invalid.set(None);
    });
    let set_depth = move |d: Option<Depth>| {
        if let Err(e) = prefs.update(|p| p.depth = d) {
            error.set(Some(e));
        }
    };

    let save = move |_| {
        let mut c = draft.get_untracked();
        if !time_set.get_untracked() {
            c.at = platform::now();
        }
        let c = match c.validated() {
            Ok(c) => c,
            Err(e) => {
                invalid.set(Some(e.message()));
                return;
            }
        };
        let first =
            !editing && untrack(|| items.with(|v| v.is_empty())) && untrack(|| items.complete());
        let result = match old_at {
            Some(old) => items.replace(old, c.clone()),
            None => items.save(c.clone()),
        };
        match result {
            Ok(()) => {
                error.set(None);
                invalid.set(None);
                heavy.set(c.very_strong_unpleasant(&prefs.get_untracked().own));
                if editing {
                    draft.set(c);
                    status.set(Some("Saved.".into()));
                } else {
                    draft.set(fresh());
                    status.set(Some(SAVED.into()));
                    first_saved.set(first);
                }
            }
            Err(e) => error.set(Some(e)),
        }
    };

    let delete = Callback::new(move |()| {
        let c = draft.get_untracked();
        match items.delete(&c.id, old_at.unwrap_or(c.at)) {
            Ok(()) => navigate("/checkin", Default::default()),
            Err(e) => error.set(Some(e)),
        }
    });

    let ask = move || match depth.get() {
        Depth::Tone => ASK_TONE,
        Depth::Specific => ASK_SPECIFIC,
        Depth::Nuance => ASK_NUANCE,
    };
    // Open when editing what it holds, or when words kept through a lock are put back.
    let has_more =
        draft.with_untracked(|d| !d.note.is_empty() || (editing && d.intensity.is_some()));
    let has_body = draft.with_untracked(|d| !d.body.is_empty());

    let body_section = move || {
        view! {
            <BodyMap marks=marks on_toggle=toggle_felt on_word=toggle_word words=words/>
        }
    };

    // The wheel leads; everything else is one tap away, each part behind its own
    // disclosure (the body map, strength-note-time, a word of one's own), and the
    // seven steps and the depth of the words after the save.
    view! {
        {(!body_first).then(|| view! { <p class="ask">{ask}</p> })}
        {body_first.then(body_section)}
        {body_first.then(|| view! { <p class="ask">{ask}</p> })}
        <Wheel depth=depth selected=words own=own on_toggle=toggle_word/>
        <p class="checkin-chosen" aria-live="polite">
            {move || draft.with(|d| if d.words.is_empty() { String::new() } else { format!("I feel: {}", d.words.join(", ")) })}
        </p>
        <div class="checkin-add">
            {(!body_first).then(|| view! {
                <details class="checkin-body" open=has_body>
                    <summary>
                        "Where do you feel it?"
                        <span class="checkin-count">{move || marks.with(|m| match m.len() {
                            0 => String::new(),
                            n => format!("{n} noted"),
                        })}</span>
                    </summary>
                    {body_section()}
                </details>
            })}
            <details class="checkin-more" open=has_more>
                <summary>"How strong, a note, the time"</summary>
                <Intensity draft=draft/>
                <label class="field">
                    <span>{NOTE}</span>
                    <textarea rows="3" prop:value=move || draft.with(|d| d.note.clone())
                        on:input:target=move |ev| draft.update(|d| d.note = ev.target().value())></textarea>
                </label>
                <When draft=draft time_set=time_set/>
            </details>
            <details class="checkin-own">
                <summary>"A word of your own"</summary>
                <OwnWordAdder on_added=toggle_word/>
            </details>
        </div>
        <p class="form-error" role="alert">{move || invalid.get()}</p>
        <SaveError error=error/>
        <div class="checkin-actions">
            <button type="button" class="primary" on:click=save>
                {if editing { "Save changes" } else { "Save check-in" }}
            </button>
            {editing.then(|| view! {
                <Confirm ask="Delete" ask_class="danger" question="Delete this check-in for good?"
                    yes="Yes, delete" on_yes=delete/>
            })}
        </div>
        // The save is confirmed where the person is looking (the wheel they used is
        // fresh again above it), with the first check-in's word of its own, and after a
        // very heavy one a quiet way to Help now.
        <Confirmation message=status>
            <Show when=move || heavy.get()>
                <p class="checkin-heavy">{HEAVY}" "<A href=HELP_NOW>"Help now"</A>" "{HEAVY_AFTER}</p>
            </Show>
            <Show when=move || first_saved.get()>
                <div class="first-done">
                    <p><strong>"That was your first check-in."</strong>" Noticing like this, a little each day, is the heart of Closer."</p>
                    <p>"If you like, one more thing: "<A href="/welcome/intention">"say in a sentence why you're here"</A>". Or simply carry on with your day."</p>
                </div>
            </Show>
        </Confirmation>
        {(!body_first).then(|| view! {
            <p class="hint"><A href="/sit">"Sit with this feeling for a few minutes"</A></p>
        })}
        <div class="checkin-about">
            {(!editing).then(|| view! {
                <details class="checkin-guide">
                    <summary>"The seven steps of a check-in"</summary>
                    <ol class="checkin-steps">
                        {STEPS.iter().map(|s| view! { <li><strong>{s.title}</strong>": "{s.say}</li> }).collect_view()}
                    </ol>
                </details>
            })}
            <details class="checkin-depth">
                <summary>{move || format!("How fine the words go: {}", depth.get().label())}</summary>
                <Choice legend="How fine the words go" name="checkin-depth"
                    options=depth_options(week)
                    selected=Signal::derive(move || Some(prefs.with(|p| p.depth)))
                    on_choose=Callback::new(set_depth)/>
            </details>
        </div>
    }
}

/// The depth choices: following the program week (which depth that is now), or one
/// depth chosen by hand.
fn depth_options(week: u32) -> Vec<(Option<Depth>, String)> {
    let mut v = vec![(
        None,
        format!(
            "As my program goes (week {week}: {})",
            Depth::for_week(week).label().to_lowercase()
        ),
    )];
    v.extend(
        Depth::ALL
            .iter()
            .map(|&d| (Some(d), format!("{}: {}", d.label(), d.describe()))),
    );
    v
}

#[component]
fn Intensity(draft: RwSignal<CheckIn>) -> impl IntoView {
    let value = move || draft.with(|d| d.intensity);
    view! {
        <div class="intensity">
            <label for="ci-intensity">
                {move || match value() {
                    Some(i) => format!("How strong: {i} of 10"),
                    None => "How strong (0 to 10, optional)".to_string(),
                }}
            </label>
            <input id="ci-intensity" type="range" min="0" max="10" step="1"
                prop:value=move || value().unwrap_or(5).to_string()
                on:input:target=move |ev| {
                    let v = ev.target().value().parse::<u8>().ok();
                    draft.update(|d| d.intensity = v);
                }/>
            <Show when=move || value().is_some()>
                <button type="button" class="quiet" on:click=move |_| draft.update(|d| d.intensity = None)>"Clear strength"</button>
            </Show>
        </div>
    }
}

/// Date and time of the check-in (defaults to now).
#[component]
fn When(draft: RwSignal<CheckIn>, time_set: RwSignal<bool>) -> impl IntoView {
    let shown = move || {
        if time_set.get() {
            draft.with(|d| d.at)
        } else {
            platform::now()
        }
    };
    let set = move |day: Option<Day>, minute: Option<u32>| {
        let cur = shown();
        let day = day.unwrap_or(cur.day());
        let minute = minute.unwrap_or(cur.minute_of_day());
        draft.update(|d| d.at = LocalTime::from_day_and_minute(day, minute));
        time_set.set(true);
    };
    view! {
        <div class="when">
            <label class="field">
                <span>"Day"</span>
                <input type="date" prop:value=move || shown().day().iso()
                    on:change:target=move |ev| set(Day::parse_iso(&ev.target().value()), None)/>
            </label>
            <label class="field">
                <span>"Time"</span>
                <input type="time" prop:value=move || hhmm(shown().minute_of_day())
                    on:change:target=move |ev| set(None, parse_hhmm(&ev.target().value()))/>
            </label>
        </div>
    }
}

/// Adds a word of the person's own to the list (and to this check-in).
#[component]
fn OwnWordAdder(on_added: Callback<String>) -> impl IntoView {
    let prefs = state::doc::<FeelPrefs>();
    let word = RwSignal::new(String::new());
    let core = RwSignal::new(String::new());
    let msg: RwSignal<Option<&'static str>> = RwSignal::new(None);
    let error: RwSignal<Option<StoreError>> = RwSignal::new(None);
    drafts::keep_text("own-word", "A word of your own", word);
    drafts::keep_choice("own-word-core", core);
    let add = move |_| {
        let mut p = prefs.get_untracked();
        let c = core.get_untracked();
        match p.add_word(&word.get_untracked(), (!c.is_empty()).then_some(c.as_str())) {
            Ok(w) => match prefs.save(p) {
                Ok(()) => {
                    word.set(String::new());
                    msg.set(None);
                    error.set(None);
                    on_added.run(w);
                }
                Err(e) => error.set(Some(e)),
            },
            Err(e) => msg.set(Some(e.message())),
        }
    };
    view! {
        // Named by the disclosure it sits in ("A word of your own").
        <fieldset class="own-word" aria-label="A word of your own">
            <label class="field">
                <span>"Word"</span>
                <input type="text" maxlength="30" prop:value=move || word.get()
                    on:input:target=move |ev| word.set(ev.target().value())/>
            </label>
            <label class="field">
                <span>"Closest to"</span>
                <select prop:value=move || core.get() on:change:target=move |ev| core.set(ev.target().value())>
                    <option value="">"not sure"</option>
                    {CORES.iter().map(|c| view! { <option value=c.word>{c.word}</option> }).collect_view()}
                </select>
            </label>
            <button type="button" on:click=add>"Add word"</button>
            <p class="form-error" role="alert">{move || msg.get()}</p>
            <SaveError error=error/>
            <Show when=move || prefs.with(|p| !p.own.is_empty())>
                <ul class="own-list">
                    {move || prefs.with(|p| p.own.iter().map(|o| o.word.clone()).collect::<Vec<_>>()).into_iter().map(|w| {
                            let label = format!("Remove \u{201c}{w}\u{201d} from your words");
                            view! {
                                <li>{w.clone()}" "
                                    <button type="button" class="quiet" aria-label=label
                                        on:click=move |_| {
                                            let w = w.clone();
                                            if let Err(e) = prefs.update(|p| p.remove_word(&w)) { error.set(Some(e)); }
                                        }>"Remove"</button>
                                </li>
                            }
                        }).collect_view()}
                </ul>
            </Show>
        </fieldset>
    }
}

/// Today's check-ins, newest first, each linking to its edit screen.
#[component]
fn TodaysCheckIns() -> impl IntoView {
    let items = state::collection::<CheckIn>();
    let today = platform::today();
    let list = Memo::new(move |_| {
        items.with(|v| {
            v.iter()
                .filter(|c| c.at.day() == today)
                .rev()
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="today-checkins" aria-labelledby="today-ci">
            <h2 id="today-ci">"Today so far"</h2>
            <Show when=move || !list.with(|l| l.is_empty()) fallback=|| view! {
                <p class="hint">"No check-ins yet today. One is enough; three is the guide's goal."</p>
            }>
                <ul class="feel-list">
                    {move || list.get().into_iter().map(|c| view! {
                        <li>
                            <A href=format!("/checkin/{}", c.id)>
                                {format!("{} · {}", c.at.hhmm(), c.summary())}
                                {c.intensity.map(|i| format!(" · {i}/10"))}
                            </A>
                        </li>
                    }).collect_view()}
                </ul>
            </Show>
            <p><A href="/insights">"See all your check-ins and what they show"</A></p>
        </section>
    }
}
