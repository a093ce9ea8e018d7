//! Documents (profile, settings): one shared, reactive handle per document ([`DocHandle`]).

use super::*;

pub struct DocHandle<D: Doc + Send + Sync> {
    value: RwSignal<D>,
}

impl<D: Doc + Send + Sync> Clone for DocHandle<D> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<D: Doc + Send + Sync> Copy for DocHandle<D> {}

/// The shared handle for document `D`.
pub fn doc<D: Doc + Send + Sync>() -> DocHandle<D> {
    let id = TypeId::of::<DocHandle<D>>();
    if let Some(d) = HANDLES.with(|h| {
        h.borrow()
            .get(&id)
            .and_then(|b| b.downcast_ref::<DocHandle<D>>().cloned())
    }) {
        return d;
    }
    let value = lasting(store().doc::<D>().unwrap_or_default());
    let d = DocHandle { value };
    HANDLES.with(|h| h.borrow_mut().insert(id, Box::new(d)));
    let refresh = d;
    ON_DOC.with(|m| {
        m.borrow_mut()
            .insert(D::NAME, Rc::new(move || refresh.reload()))
    });
    notify_quarantine();
    d
}

impl<D: Doc + Send + Sync> DocHandle<D> {
    /// The current value, tracked.
    pub fn get(&self) -> D {
        self.value.get()
    }
    pub fn with<R>(&self, f: impl FnOnce(&D) -> R) -> R {
        self.value.with(f)
    }
    pub fn get_untracked(&self) -> D {
        self.value.get_untracked()
    }
    /// Writes the document. On failure nothing changes and the error says why.
    pub fn save(&self, d: D) -> Result<(), StoreError> {
        let started = platform::perf_now();
        store().put_doc(&d)?;
        platform::measure("closer:save", started);
        self.value.set(d);
        Ok(())
    }
    /// Applies a change to the document as stored now (not this tab's copy, so another
    /// tab's change to another part of it is kept) and saves it.
    pub fn update(&self, f: impl FnOnce(&mut D)) -> Result<(), StoreError> {
        let started = platform::perf_now();
        let d = store().update_doc(f)?;
        platform::measure("closer:save", started);
        self.value.set(d);
        Ok(())
    }
    pub fn reload(&self) {
        self.value.set(store().doc::<D>().unwrap_or_default());
    }
}

pub fn profile() -> DocHandle<Profile> {
    doc::<Profile>()
}
