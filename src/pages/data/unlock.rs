//! The unlock screen, shown in place of every screen while the app lock is on and the
//! passphrase hasn't been given (About & safety and the page for when a relationship
//! isn't safe open without it). Where to find urgent help is right here too. Nothing on
//! it names that page: the link to it reads only "Help".

use super::erase::DeleteEverything;
use crate::base::crypto::SALT_LEN;
use crate::base::kdf;
use crate::content::safety::{HELP, SAFETY_PATH};
use crate::platform;
use crate::state;
use crate::store::lock::UnlockError;
use crate::store::{random, webkdf, StoreError};
use crate::ui::page::Page;
use crate::ui::passphrase::PassphraseField;
use crate::ui::safety::CrisisHelp;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;

#[component]
pub fn Unlock() -> impl IntoView {
    let pass = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        problem.set(None);
        let Ok(Some(record)) = state::lock_record() else {
            problem.set(Some("The lock's settings couldn't be read.".into()));
            return;
        };
        let p = pass.get_untracked();
        busy.set(true);
        spawn_local(async move {
            let started = platform::perf_now();
            // One passphrase opens Closer; two only while a change of passphrase that was
            // cut short waits to be finished: either opens it.
            let mut result = Err(UnlockError::WrongPassphrase);
            let one = record.slots.len() == 1;
            for (salt, how) in record.passphrases() {
                let Ok(key) = webkdf::derive(&p, &salt, how).await else {
                    result = Err(UnlockError::Store(StoreError::Unavailable));
                    break;
                };
                if !state::is_lock_key(&key).unwrap_or(true) {
                    continue;
                }
                // A slot made before Argon2id (PBKDF2) is moved to it now, while
                // "Unlocking…" shows: one write of the lock record, after the unlock.
                let stronger = match random::bytes::<SALT_LEN>() {
                    Ok(salt) if one && how.is_weaker_than_new() => {
                        webkdf::derive(&p, &salt, kdf::NEW)
                            .await
                            .ok()
                            .map(|k| (salt, k))
                    }
                    _ => None,
                };
                result = state::unlock(&key).await;
                if let (Ok(()), Some((salt, new_key))) = (&result, stronger) {
                    // Not done now (storage full, another tab busy): the next unlock tries again.
                    let _ = state::strengthen_lock(&key, &new_key, &salt, kdf::NEW).await;
                }
                break;
            }
            platform::measure("closer:unlock", started);
            busy.set(false);
            match result {
                Ok(()) => {
                    pass.set(String::new());
                    crate::ui::drafts::restore_after_unlock();
                }
                Err(UnlockError::WrongPassphrase) => problem.set(Some(
                    "That passphrase doesn't open Closer. Check capital letters and spaces, then try again.".into(),
                )),
                Err(UnlockError::Store(e)) => problem.set(Some(e.message())),
            }
        });
    };
    view! {
        <Page title="Closer is locked" class="unlock">
            <p class="lead">"Your entries are encrypted on this device. Your passphrase opens them."</p>
            <form class="stack" on:submit=submit>
                <PassphraseField id="unlock-pass" label="Passphrase" value=pass current=true required=true/>
                <p class="save-error" role="alert">{move || problem.get()}</p>
                <button type="submit" class="primary" disabled=move || busy.get()>
                    {move || if busy.get() { "Unlocking…" } else { "Unlock" }}
                </button>
            </form>
            <CrisisHelp short=true/>
            // Someone else may be looking at this screen: the page for when a relationship
            // isn't safe opens from here, under a name that says nothing of it.
            <p class="unlock-help">
                <A href=SAFETY_PATH>{HELP}</A>" · "<A href="/about">"About"</A>
                <br/><span class="hint">"Both open without the passphrase."</span>
            </p>
            <details class="forgot">
                <summary>"Forgot your passphrase?"</summary>
                <p>
                    "Without it, nobody can open your data: not you, not the makers of Closer. There's no reset. "
                    "If you have a backup file, you can delete everything here, then restore the backup."
                </p>
                <DeleteEverything locked=true/>
            </details>
        </Page>
    }
}
