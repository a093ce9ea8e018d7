//! Entries: one shared, reactive handle per kind ([`Collection`]), loaded on first use,
//! written under the writer lock and kept in step with other tabs.

use super::*;

/// How long a save is looked after (see `Collection::look_after`), in milliseconds.
const RECENT_MS: f64 = 10_000.0;

/// All entries of one kind, loaded on first use and kept in step with storage.
pub struct Collection<E: Entry + Send + Sync> {
    items: RwSignal<Vec<E>>,
    /// False until the whole history is in (see `Entry::DEFER_HISTORY`).
    complete: RwSignal<bool>,
    /// Entries this tab saved in the last few seconds, with what the store knew then and
    /// the time of the save (see `Collection::look_after`).
    recent: RwSignal<Vec<(E, Saved, f64)>>,
    /// Saves waiting for the writer lock (shown meanwhile), and ids whose delete waits.
    waiting: RwSignal<(Vec<E>, Vec<String>)>,
}

impl<E: Entry + Send + Sync> Clone for Collection<E> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<E: Entry + Send + Sync> Copy for Collection<E> {}

/// The shared handle for entries of kind `E`.
pub fn collection<E: Entry + Send + Sync>() -> Collection<E> {
    let id = TypeId::of::<Collection<E>>();
    if let Some(c) = HANDLES.with(|h| {
        h.borrow()
            .get(&id)
            .and_then(|b| b.downcast_ref::<Collection<E>>().cloned())
    }) {
        return c;
    }
    let started = platform::perf_now();
    let st = store();
    let current = platform::today().month();
    let months = st.months::<E>().unwrap_or_default();
    let defer = E::DEFER_HISTORY && months.iter().any(|m| *m < current.prev());
    let c = if defer {
        // The first screen needs this month and the last; the years before are read
        // right after it is drawn, so start-up stays quick however long the history.
        let mut recent = Vec::new();
        for m in [current.prev(), current] {
            if months.contains(&m) {
                recent.extend(st.month_entries::<E>(m).unwrap_or_default());
            }
        }
        Collection {
            items: lasting(recent),
            complete: lasting(false),
            recent: lasting(Vec::new()),
            waiting: lasting((Vec::new(), Vec::new())),
        }
    } else {
        writer::in_turn(move || {
            let _ = store().compact::<E>(current);
        });
        Collection {
            items: lasting(st.entries::<E>().unwrap_or_default()),
            complete: lasting(true),
            recent: lasting(Vec::new()),
            waiting: lasting((Vec::new(), Vec::new())),
        }
    };
    platform::measure(&format!("closer:load:{}", E::KIND), started);
    if defer {
        set_timeout(
            move || {
                writer::in_turn(move || {
                    let _ = store().compact::<E>(current);
                });
                let started = platform::perf_now();
                c.reload();
                c.complete.set(true);
                platform::measure(&format!("closer:history:{}", E::KIND), started);
            },
            std::time::Duration::from_millis(0),
        );
    }
    HANDLES.with(|h| h.borrow_mut().insert(id, Box::new(c)));
    let refresh = c;
    ON_BUCKET.with(|m| {
        m.borrow_mut().insert(
            E::KIND,
            Rc::new(move |month| match month {
                Some(m) => refresh.reload_month(m),
                None => refresh.reload(),
            }),
        );
    });
    notify_quarantine();
    c
}

impl<E: Entry + Send + Sync> Collection<E> {
    /// Whether every stored entry is loaded (tracked): a screen that looks one up by id
    /// reads this too, so an old entry found a moment after start-up still shows.
    pub fn complete(&self) -> bool {
        self.complete.get()
    }
    /// Reads the entries (oldest first) and re-runs the caller when they change.
    pub fn with<R>(&self, f: impl FnOnce(&Vec<E>) -> R) -> R {
        self.items.with(f)
    }
    /// A copy of all entries, tracked.
    pub fn get(&self) -> Vec<E> {
        self.items.get()
    }
    /// A reactive signal of all entries (clones on read: prefer `with` for big lists).
    pub fn items(&self) -> Signal<Vec<E>> {
        self.items.into()
    }
    pub fn find(&self, id: &str) -> Option<E> {
        self.items
            .with(|v| v.iter().find(|e| e.id() == id).cloned())
    }
    /// Adds or updates an entry. What can be known now is checked now (the store
    /// writes, the entry wasn't deleted elsewhere, storage has room): on failure nothing
    /// changes and the error says why. Then the entry shows here and is written when this
    /// tab holds the writer lock (`writer`), at once unless another tab is writing; if
    /// that turn still can't write it, a notice says why and keeps its words.
    pub fn save(&self, entry: E) -> Result<(), StoreError> {
        store().check_put(&entry)?;
        self.write_in_turn(entry, None);
        Ok(())
    }
    /// Writes `entry` (moved from `old_at`'s month, if given) under the writer lock,
    /// showing it meanwhile.
    fn write_in_turn(&self, entry: E, old_at: Option<LocalTime>) {
        self.waiting.update_untracked(|(w, _)| {
            w.retain(|e| e.id() != entry.id());
            w.push(entry.clone());
        });
        self.upsert(entry.clone());
        let this = *self;
        writer::in_turn(move || {
            let started = platform::perf_now();
            let st = store();
            let mark = st.saved_mark();
            let done = match old_at {
                Some(old) => st.replace(old, &entry),
                None => st.put(&entry),
            };
            this.waiting
                .update_untracked(|(w, _)| w.retain(|e| e.id() != entry.id()));
            match done {
                Ok(()) => {
                    platform::measure("closer:save", started);
                    this.look_after(&entry, mark);
                }
                Err(e) => {
                    for m in [Some(entry.at().month()), old_at.map(|t| t.month())]
                        .into_iter()
                        .flatten()
                    {
                        this.reload_month_as_stored(m);
                    }
                    tell_not_written(&e, &entry);
                }
            }
        });
    }
    /// A browser may keep a copy of storage in each tab's process and pass writes between
    /// them a moment later: another tab saving into the same month at about the same time
    /// can then write over this entry from a copy read before it arrived. For a few
    /// seconds after a save, look again (after 0.3, 1.5 and 5 s, and whenever another tab
    /// writes that month) and put the entry back if it went missing, unless it was
    /// removed on purpose since, here or in another tab (`store::gone`).
    fn look_after(&self, entry: &E, mark: Saved) {
        let now = platform::perf_now();
        self.recent.update_untracked(|r| {
            r.retain(|(e, _, at)| e.id() != entry.id() && now - at < RECENT_MS);
            r.push((entry.clone(), mark, now));
        });
        let this = *self;
        let month = entry.at().month();
        for wait in [300, 1500, 5000] {
            set_timeout(
                move || {
                    writer::in_turn(move || {
                        if this.confirm(month) {
                            this.reload_month_as_stored(month);
                        }
                    })
                },
                std::time::Duration::from_millis(wait),
            );
        }
    }
    /// Puts back this tab's recent saves in `month` that storage no longer holds and
    /// nobody removed on purpose. True when one was put back. Call under the writer lock.
    fn confirm(&self, month: Month) -> bool {
        let now = platform::perf_now();
        let mine: Vec<(E, Saved)> = self.recent.with_untracked(|r| {
            r.iter()
                .filter(|(e, _, at)| now - at < RECENT_MS && e.at().month() == month)
                .map(|(e, mark, _)| (e.clone(), *mark))
                .collect()
        });
        let mut put_back = false;
        for (e, mark) in mine {
            put_back |= store().put_back(&e, &mark).unwrap_or(false);
        }
        put_back
    }
    /// Stops looking after a save of `id` (it was deleted or moved here).
    fn forget_recent(&self, id: &str) {
        self.recent
            .update_untracked(|r| r.retain(|(e, _, _)| e.id() != id));
    }
    /// Saves an edit whose time may have moved to another month (the old month keeps a
    /// tombstone, so the copy saved there a moment ago is never put back).
    pub fn replace(&self, old_at: LocalTime, entry: E) -> Result<(), StoreError> {
        store().check_replace(old_at, &entry)?;
        self.write_in_turn(entry, Some(old_at));
        Ok(())
    }
    /// Removes an entry: gone from the screen at once, from storage under the writer
    /// lock (if that turn can't, it shows again and a notice says why).
    pub fn delete(&self, id: &str, at: LocalTime) -> Result<(), StoreError> {
        store().check_write()?;
        self.forget_recent(id);
        let id = id.to_string();
        self.waiting.update_untracked(|(w, gone)| {
            w.retain(|e| e.id() != id);
            gone.push(id.clone());
        });
        self.items.update(|v| v.retain(|e| e.id() != id));
        let this = *self;
        writer::in_turn(move || {
            let done = store().delete::<E>(&id, at);
            this.waiting
                .update_untracked(|(_, gone)| gone.retain(|g| *g != id));
            if let Err(e) = done {
                this.reload_month_as_stored(at.month());
                not_written_words(&e, String::new());
            }
        });
        Ok(())
    }
    fn upsert(&self, entry: E) {
        self.items.update(|v| {
            v.retain(|e| e.id() != entry.id());
            let pos = v.partition_point(|e| (e.at(), e.id()) <= (entry.at(), entry.id()));
            v.insert(pos, entry);
        });
    }
    /// Another tab wrote this month: put back what this tab saved a moment ago if that
    /// write left it out by mistake (see `look_after`), then take storage's version of it.
    fn reload_month(&self, month: Month) {
        let this = *self;
        writer::in_turn(move || {
            this.confirm(month);
            this.reload_month_as_stored(month);
        });
    }
    fn reload_month_as_stored(&self, month: Month) {
        let Ok(fresh) = store().month_entries::<E>(month) else {
            return;
        };
        self.items.update(|v| {
            v.retain(|e| e.at().month() != month);
            v.extend(fresh);
            self.keep_waiting(v);
            crate::store::sort_entries(v);
        });
    }
    /// What storage holds, as this tab shows it: saves and deletes still waiting for the
    /// writer lock count as done.
    fn keep_waiting(&self, v: &mut Vec<E>) {
        self.waiting.with_untracked(|(w, gone)| {
            v.retain(|e| !gone.iter().any(|g| g == e.id()) && !w.iter().any(|x| x.id() == e.id()));
            v.extend(w.iter().cloned());
        });
    }
    /// Everything again from storage (after an import or unlock).
    pub fn reload(&self) {
        let mut v = store().entries::<E>().unwrap_or_default();
        self.keep_waiting(&mut v);
        crate::store::sort_entries(&mut v);
        self.items.set(v);
    }
}
