//! The peak memory of restoring an 8 MB backup: the file read into real types (every
//! entry checked), then written under the journal. Measured natively with an allocator
//! that counts the bytes in use; the browser's wasm heap grows to the same peak (plus the
//! file's text, which JavaScript holds).
//!
//! `cargo test --release --test restore_memory -- --ignored --nocapture`

use closer::base::time::{Day, LocalTime, Month};
use closer::domain::registry::registry;
use closer::store::backup::{self, Contents, Header, Parsed};
use closer::store::transfer::RestoreMode;
use closer::store::{MemoryBackend, Store};
use std::alloc::{GlobalAlloc, Layout, System};
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};

struct Counting;
static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = IN_USE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
}

#[global_allocator]
static A: Counting = Counting;

fn mb(n: usize) -> f64 {
    n as f64 / 1024.0 / 1024.0
}

/// A plain backup just under 8 MB: check-ins and journal entries, day after day.
fn eight_mb_file() -> String {
    let mut c = Contents::default();
    let first = Day::from_ymd(2000, 1, 1);
    let words =
        "I noticed my shoulders tighten when she asked about the weekend, and I stayed with it. ";
    let mut d = 0;
    loop {
        let day = first.plus(d);
        let at = |m| LocalTime::from_day_and_minute(day, m).0;
        c.entries
            .entry("ci".into())
            .or_default()
            .push(serde_json::json!({
                "id": format!("{d:x}-c"), "t": at(600), "w": ["calm", "tired"], "i": 4, "n": words
            }));
        c.entries
            .entry("routine".into())
            .or_default()
            .push(serde_json::json!({
                "id": format!("{d:x}-e"), "t": at(1290), "r": "e", "x": words.repeat(4), "s": 4
            }));
        d += 1;
        if d % 500 == 0 {
            let h = Header {
                app: "0.1.0".into(),
                schema: 1,
                created: "2026-11-29 10:00".into(),
            };
            let text = backup::export(&c, &h);
            if text.len() > backup::MAX_FILE_BYTES - 200_000 {
                return text;
            }
        }
    }
}

#[test]
#[ignore = "a measurement"]
fn peak_memory_of_an_8_mb_restore() {
    let text = eight_mb_file();
    let store = Store::open(Rc::new(MemoryBackend::new())).unwrap();
    let base = IN_USE.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let Parsed::Plain { contents, .. } = backup::parse(&text, &registry()).unwrap() else {
        panic!()
    };
    let after_parse = PEAK.load(Ordering::Relaxed) - base;
    let n = contents.entry_count();
    let done = store
        .restore(
            &contents,
            RestoreMode::Replace,
            Month {
                year: 2026,
                month: 11,
            },
        )
        .unwrap();
    let peak = PEAK.load(Ordering::Relaxed) - base;
    // The test storage holds the stored values in this process's heap (staged and final
    // copies at once while the journal applies); in the browser they live in localStorage.
    let stored: usize = store
        .backend()
        .snapshot()
        .iter()
        .map(|(k, v)| k.len() + v.len())
        .sum();
    println!(
        "8 MB restore: file {:.1} MB, {n} entries; peak heap above the file {:.1} MB while reading it into types, {:.1} MB in all while writing (of which the in-memory storage itself holds {:.1} MB at the end, up to twice that while staged)",
        mb(text.len()),
        mb(after_parse),
        mb(peak),
        mb(stored)
    );
    assert_eq!(done.total, n);
}
