//! `/settings/lock`: turning the app lock on (after a plain warning and the offer of a
//! backup), choosing when it locks again, locking now, changing the passphrase, and
//! turning it off.

use crate::base::crypto::SALT_LEN;
use crate::base::kdf;
use crate::domain::storage_use::passphrase_problem;
use crate::state;
use crate::store::lock::LockState;
use crate::store::{random, webkdf};
use crate::ui::arrive::arrive_at;
use crate::ui::confirm::Confirm;
use crate::ui::idle_lock;
use crate::ui::page::Page;
use crate::ui::passphrase::PassphraseField;
use crate::ui::transfer::NO_RANDOM;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;

const IDLE_CHOICES: &[(u32, &str)] = &[
    (1, "1 minute"),
    (5, "5 minutes"),
    (15, "15 minutes"),
    (60, "1 hour"),
    (0, "Only when Closer is closed"),
];

/// What turning the lock on brings into view.
const LOCK_ON: &str = "lock-on";

#[component]
fn IdleChoice(value: RwSignal<u32>) -> impl IntoView {
    view! {
        <label for="lock-idle">"Lock again after no use for"</label>
        <select id="lock-idle" on:change:target=move |ev| value.set(ev.target().value().parse().unwrap_or(5))>
            {IDLE_CHOICES.iter().map(|(v, label)| view! {
                <option value=v.to_string() selected=move || value.get() == *v>{*label}</option>
            }).collect_view()}
        </select>
    }
}

/// Beside the idle times: lock as soon as Closer leaves the screen, on this device.
#[component]
fn WhenHidden(value: RwSignal<bool>) -> impl IntoView {
    view! {
        <label class="check">
            <input type="checkbox" prop:checked=move || value.get()
                on:change:target=move |ev| value.set(ev.target().checked())/>
            " Also lock as soon as Closer leaves the screen"
        </label>
        <p class="hint">"When you switch to another app or tab, or your phone's screen turns off. What you were typing is kept for after you unlock. This is set for this device only."</p>
    }
}

#[component]
pub fn LockSettings() -> impl IntoView {
    let lock = state::lock_state();
    view! {
        <Page title="App lock" class="data">
            <p class="lead">
                "With the lock on, everything Closer stores on this device is encrypted, and Closer asks for your passphrase when it opens."
            </p>
            <Show when=move || lock.get() == LockState::Off fallback=LockIsOn>
                <TurnOn/>
            </Show>
        </Page>
    }
}

#[component]
fn TurnOn() -> impl IntoView {
    let pass = RwSignal::new(String::new());
    let repeat = RwSignal::new(String::new());
    let idle = RwSignal::new(5u32);
    let hidden = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        problem.set(None);
        let p = pass.get_untracked();
        if let Some(why) = passphrase_problem(&p, &repeat.get_untracked()) {
            return problem.set(Some(why.into()));
        }
        let Ok(salt) = random::bytes::<SALT_LEN>() else {
            return problem.set(Some(NO_RANDOM.into()));
        };
        busy.set(true);
        spawn_local(async move {
            let key = webkdf::derive(&p, &salt, kdf::NEW).await;
            let result = match key {
                Ok(key) => state::lock_on(&key, &salt, kdf::NEW, idle.get_untracked()).await.map_err(|e| {
                    if state::lock_state().get_untracked() == LockState::Off {
                        format!("{} Nothing was changed: the lock is still off.", e.message())
                    } else {
                        format!("{} The lock is on, with the passphrase you chose; Closer finishes encrypting the rest when it next opens.", e.message())
                    }
                }),
                Err(_) => Err("Your browser couldn't prepare the encryption. Nothing was changed.".into()),
            };
            busy.set(false);
            match result {
                Ok(()) => {
                    if hidden.get_untracked() {
                        if let Err(e) = idle_lock::set_locks_when_hidden(true) {
                            problem.set(Some(format!(
                                "{} The lock is on; locking when Closer leaves the screen wasn't saved: you can turn it on below.",
                                e.message()
                            )));
                        }
                    }
                    // The form is gone: "The lock is on" takes its place, in view.
                    arrive_at(LOCK_ON);
                }
                Err(e) => problem.set(Some(e)),
            }
        });
    };
    view! {
        <section class="card warning" aria-labelledby="forget-heading">
            <h2 id="forget-heading">"Before you choose a passphrase"</h2>
            <p><strong>"If you forget it, your data can't be recovered."</strong>
                " There's no reset and no copy anywhere else: not even the makers of Closer can open it."</p>
            <p><A href="/settings/data">"Make a backup first"</A>", so a copy exists whatever happens."</p>
        </section>
        <form class="card stack" on:submit=submit>
            <h2>"Turn on the lock"</h2>
            <PassphraseField id="lock-pass" label="New passphrase" value=pass/>
            <p class="hint">"At least 8 characters. A few words only you would put together work well."</p>
            <PassphraseField id="lock-pass2" label="The same passphrase again" value=repeat/>
            <IdleChoice value=idle/>
            <WhenHidden value=hidden/>
            <label class="check">
                <input type="checkbox" required/>
                " I understand that if I forget this passphrase, my data is gone."
            </label>
            <p class="save-error" role="alert">{move || problem.get()}</p>
            <button type="submit" class="primary" disabled=move || busy.get()>
                {move || if busy.get() { "Encrypting your data…" } else { "Turn on the lock" }}
            </button>
        </form>
    }
}

#[component]
fn LockIsOn() -> impl IntoView {
    let idle = RwSignal::new(
        state::lock_record()
            .ok()
            .flatten()
            .map(|r| r.idle)
            .unwrap_or(0),
    );
    let saved = RwSignal::new(None::<String>);
    let problem = RwSignal::new(None::<String>);
    let hidden = RwSignal::new(idle_lock::locks_when_hidden());
    let save_idle = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        saved.set(None);
        let done = state::set_lock_idle(idle.get_untracked())
            .and_then(|()| idle_lock::set_locks_when_hidden(hidden.get_untracked()));
        match done {
            Ok(()) => saved.set(Some("Saved.".into())),
            Err(e) => saved.set(Some(e.message())),
        }
    };
    let off = Callback::new(move |()| {
        spawn_local(async move {
            if let Err(e) = state::lock_off().await {
                problem.set(Some(if state::plain_values_left() {
                format!(
                    "{} The lock is still on. Part of your data couldn't be encrypted again yet because storage is full; Closer encrypts it again when it next opens.",
                    e.message()
                )
            } else {
                format!(
                    "{} The lock is still on, and everything is still encrypted.",
                    e.message()
                )
            }));
            }
        })
    });
    view! {
        <section class="card stack arrives" id=LOCK_ON aria-labelledby="lock-on-heading">
            <h2 id="lock-on-heading">"The lock is on"</h2>
            <p>"Everything Closer stores here is encrypted. To read it, the passphrase is needed."</p>
            <button type="button" class="primary" on:click=move |_| crate::ui::drafts::keep_and_lock(true)>"Lock now"</button>
        </section>
        <form class="card stack" on:submit=save_idle>
            <IdleChoice value=idle/>
            <WhenHidden value=hidden/>
            <p role="status">{move || saved.get()}</p>
            <button type="submit">"Save"</button>
        </form>
        <ChangePassphrase/>
        <section class="card stack" aria-labelledby="off-heading">
            <h2 id="off-heading">"Turn the lock off"</h2>
            <p class="save-error" role="alert">{move || problem.get()}</p>
            <Confirm ask="Turn the lock off…" name="Turn the lock off" destructive=false
                yes="Yes, turn it off" no="Keep the lock" on_yes=off>
                <p><strong>"Your data will be stored without encryption in this browser again. Anyone who can open this browser's storage could read it."</strong></p>
            </Confirm>
        </section>
    }
}

#[component]
fn ChangePassphrase() -> impl IntoView {
    let current = RwSignal::new(String::new());
    let pass = RwSignal::new(String::new());
    let repeat = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);
    let done = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        problem.set(None);
        done.set(false);
        let (old, new) = (current.get_untracked(), pass.get_untracked());
        if let Some(why) = passphrase_problem(&new, &repeat.get_untracked()) {
            return problem.set(Some(why.into()));
        }
        let Ok(Some(record)) = state::lock_record() else {
            return problem.set(Some(
                "The lock's settings couldn't be read. Nothing was changed.".into(),
            ));
        };
        let Ok(salt) = random::bytes::<SALT_LEN>() else {
            return problem.set(Some(NO_RANDOM.into()));
        };
        busy.set(true);
        spawn_local(async move {
            let result = async {
                const NO_CRYPTO: &str =
                    "Your browser couldn't prepare the encryption. Nothing was changed.";
                let mut old_key = None;
                for (salt, how) in record.passphrases() {
                    let k = webkdf::derive(&old, &salt, how)
                        .await
                        .map_err(|_| NO_CRYPTO.to_string())?;
                    if state::is_lock_key(&k).map_err(|e| e.message())? {
                        old_key = Some(k);
                        break;
                    }
                }
                let Some(old_key) = old_key else {
                    return Err(
                        "That isn't your current passphrase. Nothing was changed.".to_string()
                    );
                };
                let new_key = webkdf::derive(&new, &salt, kdf::NEW)
                    .await
                    .map_err(|_| NO_CRYPTO.to_string())?;
                state::change_key(&old_key, &new_key, &salt, kdf::NEW)
                    .await
                    .map_err(|e| {
                        format!(
                            "{} Your passphrase is still the one you've been using.",
                            e.message()
                        )
                    })
            }
            .await;
            busy.set(false);
            match result {
                Ok(()) => {
                    current.set(String::new());
                    pass.set(String::new());
                    repeat.set(String::new());
                    done.set(true);
                }
                Err(e) => problem.set(Some(e)),
            }
        });
    };
    view! {
        <form class="card stack" on:submit=submit aria-labelledby="change-heading">
            <h2 id="change-heading">"Change the passphrase"</h2>
            <p>"Everything is encrypted again with the new one. The same rule holds: if you forget it, your data can't be recovered."</p>
            <PassphraseField id="lock-current" label="Current passphrase" value=current current=true/>
            <PassphraseField id="lock-new" label="New passphrase" value=pass/>
            <PassphraseField id="lock-new2" label="The new passphrase again" value=repeat/>
            <p class="save-error" role="alert">{move || problem.get()}</p>
            <p role="status">{move || done.get().then_some("Your passphrase is changed. Use the new one from now on.")}</p>
            <button type="submit" disabled=move || busy.get()>
                {move || if busy.get() { "Encrypting your data again…" } else { "Change the passphrase" }}
            </button>
        </form>
    }
}
