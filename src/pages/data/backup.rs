//! Making a backup file, readable or protected by a passphrase.

use crate::domain::storage_use::passphrase_problem;
use crate::pages::data::storage::ask_to_persist;
use crate::platform;
use crate::state;
use crate::store::lock::LockState;
use crate::ui::files;
use crate::ui::passphrase::PassphraseField;
use crate::ui::transfer::{backup_text, note_backup};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Writes the file and offers it as a download. Returns the file's name.
async fn make_backup(passphrase: Option<String>) -> Result<String, String> {
    let (text, contents) = backup_text(passphrase).await?;
    let name = format!("closer-backup-{}.json", platform::now().day().iso());
    files::download(&name, &text, "application/json")?;
    note_backup(contents.entry_count());
    Ok(name)
}

#[component]
pub fn MakeBackup() -> impl IntoView {
    // With the lock on, the words are encrypted here: the backup is too, unless the
    // person chooses a readable one.
    let protect = RwSignal::new(state::lock_state().get_untracked() != LockState::Off);
    let pass = RwSignal::new(String::new());
    let repeat = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let done = RwSignal::new(None::<String>);
    let problem = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        done.set(None);
        problem.set(None);
        let secret = protect.get_untracked().then(|| pass.get_untracked());
        if let Some(p) = &secret {
            if let Some(why) = passphrase_problem(p, &repeat.get_untracked()) {
                problem.set(Some(why.into()));
                return;
            }
        }
        let encrypted = secret.is_some();
        busy.set(true);
        spawn_local(async move {
            let result = make_backup(secret).await;
            busy.set(false);
            match result {
                Ok(name) => {
                    let mut msg = format!("Your backup {name} is in your downloads. Keep it somewhere safe, away from this browser.");
                    if encrypted {
                        msg.push_str(" It opens only with the passphrase you chose.");
                        pass.set(String::new());
                        repeat.set(String::new());
                    }
                    done.set(Some(msg));
                    // A moment the person chose to keep their data: ask the browser to keep it too.
                    ask_to_persist().await;
                }
                Err(e) => problem.set(Some(e)),
            }
        });
    };
    view! {
        <section class="card" aria-labelledby="backup-heading">
            <h2 id="backup-heading">"Make a backup"</h2>
            <p>"One file with everything you've written and your settings. It's plain text you can open in any editor, unless you protect it with a passphrase."</p>
            <form class="stack" on:submit=submit>
                <label class="check">
                    <input type="checkbox" prop:checked=move || protect.get()
                        on:change:target=move |ev| protect.set(ev.target().checked())/>
                    " Protect the file with a passphrase"
                </label>
                <Show when=move || protect.get()>
                    <p class="hint">"The file will be encrypted (AES-256). Without the passphrase nobody can open it, including you: there is no reset."</p>
                    <PassphraseField id="backup-pass" label="Passphrase" value=pass/>
                    <PassphraseField id="backup-pass2" label="The same passphrase again" value=repeat/>
                </Show>
                <p class="save-error" role="alert">{move || problem.get()}</p>
                <p role="status">{move || done.get()}</p>
                <button type="submit" class="primary" disabled=move || busy.get()>
                    {move || if busy.get() { "Preparing your backup…" } else { "Download a backup" }}
                </button>
            </form>
        </section>
    }
}
