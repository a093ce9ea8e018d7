//! Backups and moving files, shared by the screens that make and take them in ("Your data"
//! and "Moving to a new phone"): making the file's text, reading a file into real types,
//! opening a protected one (`<OpenSealed>`, the one passphrase step), and taking it in.
//! Nothing is written until a file has been read whole and checked.

use crate::base::crypto::{Key, SALT_LEN};
use crate::base::kdf;
use crate::content::data_labels::kind_label;
use crate::domain::backup_reminder::BackupLog;
use crate::domain::registry::registry;
use crate::platform;
use crate::state;
use crate::store::backup::{self, Contents, Header, Parsed, Refusal, SealedPart};
use crate::store::migrate;
use crate::store::transfer::{RestoreMode, Restored};
use crate::store::{random, webkdf};
use crate::ui::passphrase::PassphraseField;
use leptos::prelude::*;
use leptos::task::spawn_local;

pub const NO_RANDOM: &str =
    "Your browser didn't provide the secure random numbers encryption needs. Nothing was changed.";

/// The header of a backup made now.
pub fn header_now() -> Header {
    let now = platform::now();
    Header {
        app: env!("CARGO_PKG_VERSION").into(),
        schema: migrate::CURRENT,
        created: format!("{} {}", now.day().iso(), now.hhmm()),
    }
}

/// A backup of everything as it is now: the file's text (encrypted with a passphrase)
/// and what it holds.
pub async fn backup_text(passphrase: Option<String>) -> Result<(String, Contents), String> {
    let contents = state::contents().map_err(|e| e.message())?;
    let header = header_now();
    let text = match passphrase {
        None => backup::export(&contents, &header),
        Some(p) => {
            let salt = random::bytes::<SALT_LEN>().map_err(|_| NO_RANDOM.to_string())?;
            let nonces = [
                random::bytes().map_err(|_| NO_RANDOM)?,
                random::bytes().map_err(|_| NO_RANDOM)?,
            ];
            let key = webkdf::derive(&p, &salt, kdf::NEW).await.map_err(|_| {
                "Your browser couldn't prepare the encryption. Nothing was saved.".to_string()
            })?;
            backup::export_encrypted(
                &contents,
                &header,
                &Key::from_bytes(&key),
                &salt,
                kdf::NEW,
                nonces,
            )
        }
    };
    Ok((text, contents))
}

/// Notes a backup that was saved or sent, so the backup reminder can rest.
pub fn note_backup(entries: usize) {
    let log = state::doc::<BackupLog>();
    let _ = log.update(|l| *l = l.backed_up(platform::now(), entries));
}

/// Why a file was refused, naming kinds as the person knows them.
pub fn refused(r: &Refusal) -> String {
    r.message_naming(kind_label)
}

/// Reads a backup file into real types (every entry and setting checked) before anything
/// is written. The error says why not, and nothing has changed.
pub fn read(text: &str) -> Result<Parsed, String> {
    backup::parse(text, &registry()).map_err(|r| refused(&r))
}

/// Opens an encrypted backup with the person's passphrase. The error says why not, and
/// nothing has changed.
pub async fn open_with(sealed: &SealedPart, pass: &str) -> Result<Contents, String> {
    let key = webkdf::derive(pass, &sealed.salt, sealed.kdf)
        .await
        .map_err(|_| {
            "Your browser couldn't prepare the decryption. Nothing here was changed.".to_string()
        })?;
    backup::open_encrypted(sealed, &Key::from_bytes(&key), &registry()).map_err(|r| refused(&r))
}

/// Takes a backup in: added to what's here (`replace` false) or instead of it, as one
/// journaled change (see `store::journal`). On failure nothing has changed.
pub async fn take_in(incoming: Contents, replace: bool) -> Result<Restored, String> {
    let mode = if replace {
        RestoreMode::Replace
    } else {
        RestoreMode::Merge
    };
    state::restore(incoming, mode)
        .await
        .map_err(|e| format!("{} Nothing was changed.", e.message()))
}

/// The passphrase step for a protected file: the person's passphrase opens `sealed`, and
/// what it holds goes to `on_open`. A wrong passphrase or an altered file is said in
/// `refusal`, and nothing here changes.
#[component]
pub fn OpenSealed(
    sealed: SealedPart,
    /// The passphrase field's id and label.
    id: &'static str,
    label: &'static str,
    /// The button's words.
    submit: &'static str,
    on_open: Callback<Contents>,
    refusal: RwSignal<Option<String>>,
    #[prop(optional)] class: &'static str,
    /// Offers "Choose another file" beside the button.
    #[prop(optional)]
    on_back: Option<Callback<()>>,
    /// What the step says above the field.
    children: Children,
) -> impl IntoView {
    let pass = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let sealed = StoredValue::new(sealed);
    let open = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        refusal.set(None);
        busy.set(true);
        let p = pass.get_untracked();
        let sealed = sealed.get_value();
        spawn_local(async move {
            let result = open_with(&sealed, &p).await;
            busy.set(false);
            match result {
                Ok(contents) => {
                    pass.set(String::new());
                    on_open.run(contents);
                }
                Err(e) => refusal.set(Some(e)),
            }
        });
    };
    view! {
        <form class=format!("stack {class}") on:submit=open>
            {children()}
            <PassphraseField id=id label=label value=pass current=true required=true/>
            <div class="row">
                <button type="submit" class="primary" disabled=move || busy.get()>
                    {move || if busy.get() { "Opening…" } else { submit }}
                </button>
                {on_back.map(|back| view! {
                    <button type="button" class="quiet" on:click=move |_| back.run(())>
                        "Choose another file"
                    </button>
                })}
            </div>
        </form>
    }
}
