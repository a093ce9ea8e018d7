//! The storage layer at ten years of heavy use: three check-ins, one practice log and one
//! journal entry of 500 characters a day. The whole store must stay within 2.5 million
//! UTF-16 code units, and a save must cost the same with ten years behind it as with none.
//!
//! `cargo test --test ten_years` checks both; the ignored `write_ten_year_store` writes the
//! store to `$BENCH_OUT` for the browser benchmark (`bash .ci/bench`).

use closer::base::time::{Day, LocalTime, Month};
use closer::content::programs::ProgramId;
use closer::content::routines::Routine;
use closer::domain::checkin::{CheckIn, Felt};
use closer::domain::practice::{Outcome, Practice};
use closer::domain::routines::RoutineEntry;
use closer::store::{MemoryBackend, Store};
use std::rc::Rc;
use std::time::Instant;

const WORDS: &[&str] = &[
    "I",
    "felt",
    "a",
    "little",
    "more",
    "at",
    "ease",
    "when",
    "we",
    "talked",
    "about",
    "the",
    "weekend",
    "and",
    "she",
    "asked",
    "how",
    "my",
    "day",
    "had",
    "been",
    "noticed",
    "urge",
    "to",
    "change",
    "subject",
    "but",
    "stayed",
    "with",
    "it",
    "for",
    "few",
    "minutes",
    "longer",
    "than",
    "usual",
    "work",
    "was",
    "busy",
    "tired",
    "proud",
    "of",
    "meeting",
    "shoulders",
    "tight",
    "chest",
    "warm",
    "afterwards",
    "told",
    "him",
    "that",
    "missed",
    "them",
    "this",
    "morning",
    "walked",
    "home",
    "slowly",
    "thinking",
    "what",
    "said",
    "not",
    "sure",
    "why",
    "so",
    "anxious",
    "before",
    "dinner",
    "her",
    "family",
    "called",
    "sister",
    "listened",
    "without",
    "fixing",
    "anything",
    "which",
    "is",
    "new",
    "for",
    "me",
    "could",
    "ask",
    "help",
    "moving",
    "boxes",
    "friend",
    "came",
    "over",
    "laughed",
    "together",
    "quiet",
    "evening",
    "wanted",
    "pull",
    "away",
    "again",
    "breathed",
    "three",
    "times",
    "came",
    "back",
    "conversation",
    "hurt",
    "less",
    "expected",
    "grateful",
    "small",
    "step",
    "today",
    "tomorrow",
    "try",
    "share",
    "one",
    "feeling",
    "out",
    "loud",
];

/// A small deterministic generator (xorshift), so every run writes the same store.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() % xs.len() as u64) as usize]
    }
    fn text(&mut self, chars: usize) -> String {
        let mut s = String::new();
        while s.len() < chars {
            if !s.is_empty() {
                s.push(if self.next().is_multiple_of(9) {
                    '.'
                } else {
                    ' '
                });
                if s.ends_with('.') {
                    s.push(' ');
                }
            }
            s.push_str(self.pick(WORDS));
        }
        s.truncate(chars);
        s
    }
}

const FEELINGS: &[&str] = &[
    "content",
    "anxious",
    "sad",
    "irritated",
    "calm",
    "hopeful",
    "lonely",
    "relieved",
    "nervous",
    "proud",
];

fn fill(store: &Store<Rc<MemoryBackend>>, first: Day, days: i32) -> usize {
    let mut rng = Rng(0x5eed_cafe);
    let mut n = 0;
    for d in 0..days {
        let day = first.plus(d);
        for (k, minute) in [9 * 60, 13 * 60 + 30, 19 * 60].into_iter().enumerate() {
            let body = if rng.next().is_multiple_of(3) {
                vec![Felt::new("chest", "tight")]
            } else {
                Vec::new()
            };
            let note = if rng.next().is_multiple_of(5) {
                rng.text(80)
            } else {
                String::new()
            };
            let ci = CheckIn {
                id: format!("{:x}-{k}", day.0),
                at: LocalTime::from_day_and_minute(day, minute),
                words: vec![rng.pick(FEELINGS).to_string()],
                intensity: Some((rng.next() % 11) as u8),
                note,
                body,
            };
            store.put(&ci).unwrap();
            n += 1;
        }
        let practice = Practice {
            id: format!("{:x}-p", day.0),
            at: LocalTime::from_day_and_minute(day, 12 * 60),
            program: ProgramId::Expression,
            stage: (d / 90).min(3) as u8,
            did: rng.text(50),
            with: "Sam".into(),
            before: (rng.next() % 11) as u8,
            after: (rng.next() % 11) as u8,
            outcome: Outcome::Care,
            note: String::new(),
        };
        store.put(&practice).unwrap();
        let journal = RoutineEntry {
            id: format!("{:x}-e", day.0),
            at: LocalTime::from_day_and_minute(day, 21 * 60 + 30),
            routine: Routine::Evening,
            reflection: rng.text(500),
            steps_done: 4,
            ..Default::default()
        };
        store.put(&journal).unwrap();
        n += 2;
    }
    n
}

fn ten_years() -> (Rc<MemoryBackend>, Store<Rc<MemoryBackend>>, Day) {
    let mem = Rc::new(MemoryBackend::new());
    let store = Store::open(mem.clone()).unwrap();
    let first = Day::from_ymd(2016, 12, 1);
    let days = Day::from_ymd(2026, 12, 1).0 - first.0;
    fill(&store, first, days);
    // What the app does at start: pack the months before the current one.
    let current = Month {
        year: 2026,
        month: 12,
    };
    store.compact::<CheckIn>(current).unwrap();
    store.compact::<Practice>(current).unwrap();
    store.compact::<RoutineEntry>(current).unwrap();
    (mem, store, first)
}

/// Ten years of heavy use fit in two and a half million units, their text intact.
fn fits_in_two_and_a_half_million_units(mem: &MemoryBackend, store: &Store<Rc<MemoryBackend>>) {
    let units = mem.units();
    println!(
        "ten years: {units} UTF-16 units in {} keys",
        mem.snapshot().len()
    );
    assert!(units <= 2_500_000, "{units} units");
    assert_eq!(store.entries::<CheckIn>().unwrap().len(), 3652 * 3);
    assert_eq!(
        store.entries::<RoutineEntry>().unwrap()[0].reflection.len(),
        500,
        "text survives packing"
    );
}

fn median_save_micros(store: &Store<Rc<MemoryBackend>>, day: Day) -> f64 {
    let mut times = Vec::new();
    for i in 0..200 {
        let ci = CheckIn {
            id: format!("bench-{i}"),
            at: LocalTime::from_day_and_minute(day, 600 + i),
            words: vec!["calm".into()],
            intensity: Some(3),
            note: String::new(),
            body: Vec::new(),
        };
        let t = Instant::now();
        store.put(&ci).unwrap();
        times.push(t.elapsed().as_secs_f64() * 1e6);
    }
    times.sort_by(|a, b| a.partial_cmp(b).unwrap());
    times[times.len() / 2]
}

/// A save costs the same with ten years of history as with none.
fn a_save_costs_the_same(full: &Store<Rc<MemoryBackend>>) {
    // Both save into a month that already holds a busy month's worth of entries.
    let day = Day::from_ymd(2026, 12, 20);
    let empty_month = Store::open(Rc::new(MemoryBackend::new())).unwrap();
    fill(&empty_month, Day::from_ymd(2026, 12, 1), 19);
    fill(full, Day::from_ymd(2026, 12, 1), 19);
    let with_history = median_save_micros(full, day);
    let without = median_save_micros(&empty_month, day);
    println!("median save: {with_history:.1} µs with ten years, {without:.1} µs with none");
    assert!(
        with_history < without * 3.0 + 50.0,
        "{with_history} vs {without}"
    );
}

/// The two rules above share one ten-year store: building it is most of the time these
/// tests take (a debug build), so it is built once.
#[test]
fn ten_years_of_heavy_use_fit_and_a_save_costs_the_same() {
    let (mem, full, _) = ten_years();
    fits_in_two_and_a_half_million_units(&mem, &full);
    a_save_costs_the_same(&full);
}

#[test]
#[ignore = "writes the benchmark's ten-year store; run by .ci/bench"]
fn write_ten_year_store() {
    let (mem, _, _) = ten_years();
    let out = std::env::var("BENCH_OUT").unwrap_or_else(|_| "target/bench-ten-years.json".into());
    let mut map = mem.snapshot();
    map.insert("closer:d:profile".into(), r#"{"start":17136}"#.into());
    std::fs::write(&out, serde_json::to_string(&map).unwrap()).unwrap();
    println!("wrote {out}: {} keys, {} units", map.len(), mem.units());
}

#[test]
#[ignore = "a measurement: cargo test --release --test ten_years -- --ignored --nocapture passphrase"]
fn passphrase_change_with_ten_years_of_data() {
    use closer::base::crypto::{derive_key, MIN_ITERATIONS, PBKDF2_ITERATIONS};
    let (mem, store, _) = ten_years();
    let before = store.entries::<CheckIn>().unwrap().len();
    let a = derive_key("seven blue kites", b"salt-salt-salt-1", PBKDF2_ITERATIONS);
    let b = derive_key("a harbour at dawn", b"salt-salt-salt-2", MIN_ITERATIONS);
    let t = Instant::now();
    store
        .lock_on(&a, b"salt-salt-salt-1", PBKDF2_ITERATIONS, 0)
        .unwrap();
    let on = t.elapsed();
    mem.arm(None);
    let t = Instant::now();
    store
        .change_key(&a, &b, b"salt-salt-salt-2", MIN_ITERATIONS)
        .unwrap();
    let change = t.elapsed();
    let writes = mem.writes.get();
    let again = Store::open(mem.clone()).unwrap();
    let t = Instant::now();
    again.unlock(&b).unwrap();
    let unlock = t.elapsed();
    assert_eq!(again.entries::<CheckIn>().unwrap().len(), before);
    println!(
        "ten years ({} keys, {} units): lock on {:.0} ms; passphrase change {:.0} ms ({writes} writes, key derivation not included); unlock {:.1} ms",
        mem.snapshot().len(),
        mem.units(),
        on.as_secs_f64() * 1e3,
        change.as_secs_f64() * 1e3,
        unlock.as_secs_f64() * 1e3
    );
}
