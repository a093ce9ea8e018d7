//! A countdown that survives pauses, throttled tabs and a controlled clock: it keeps
//! times, not ticks, so the remaining time is always computed from "now".

/// Milliseconds from any monotonic-enough clock (the browser's `Date.now()`).
pub type Ms = f64;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Countdown {
    pub duration: Ms,
    /// Time run before the current start (sum of earlier running spans).
    ran: Ms,
    /// When the current running span began; `None` while paused or not started.
    since: Option<Ms>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    Ready,
    Running,
    Paused,
    Done,
}

impl Countdown {
    pub fn new(duration_secs: u32) -> Self {
        Countdown {
            duration: duration_secs as f64 * 1000.0,
            ran: 0.0,
            since: None,
        }
    }
    pub fn start(&mut self, now: Ms) {
        if self.since.is_none() {
            self.since = Some(now);
        }
    }
    pub fn pause(&mut self, now: Ms) {
        if let Some(s) = self.since.take() {
            self.ran += (now - s).max(0.0);
        }
    }
    pub fn elapsed(&self, now: Ms) -> Ms {
        (self.ran + self.since.map(|s| (now - s).max(0.0)).unwrap_or(0.0)).min(self.duration)
    }
    pub fn remaining(&self, now: Ms) -> Ms {
        self.duration - self.elapsed(now)
    }
    /// Adds (or with a negative number, removes) time, never below what has already run.
    pub fn adjust(&mut self, delta_secs: i32, now: Ms) {
        let d = self.duration + delta_secs as f64 * 1000.0;
        self.duration = d.max(self.elapsed(now)).max(1000.0);
    }
    pub fn phase(&self, now: Ms) -> Phase {
        if self.remaining(now) <= 0.0 {
            Phase::Done
        } else if self.since.is_some() {
            Phase::Running
        } else if self.ran > 0.0 {
            Phase::Paused
        } else {
            Phase::Ready
        }
    }
    /// Fraction done, 0.0 ..= 1.0.
    pub fn progress(&self, now: Ms) -> f64 {
        if self.duration <= 0.0 {
            1.0
        } else {
            self.elapsed(now) / self.duration
        }
    }
}

/// "4:05" for whole seconds remaining, rounded up so 0:00 appears only at the end.
pub fn clock(ms: Ms) -> String {
    let s = (ms.max(0.0) / 1000.0).ceil() as u64;
    format!("{}:{:02}", s / 60, s % 60)
}

/// "4 minutes 5 seconds", for screen readers.
pub fn spoken(ms: Ms) -> String {
    let s = (ms.max(0.0) / 1000.0).ceil() as u64;
    let (m, s) = (s / 60, s % 60);
    let (min, sec) = (("minute", "minutes"), ("second", "seconds"));
    let unit = |n: u64, (one, many): (&str, &str)| crate::base::plural::count(n, one, many);
    match (m, s) {
        (0, s) => unit(s, sec),
        (m, 0) => unit(m, min),
        (m, s) => format!("{} {}", unit(m, min), unit(s, sec)),
    }
}

/// What is left, in words, to read at a glance: whole minutes, counted up ("15 min
/// left" from 15:00 down to 14:01), so it never reads as a clock time nor as late.
pub fn left_in_words(ms: Ms) -> String {
    if ms <= 0.0 {
        return "Time's up".to_string();
    }
    let m = (ms / 60_000.0).ceil() as u64;
    format!("{m} min left")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_left_reads_in_whole_minutes() {
        assert_eq!(left_in_words(15.0 * 60_000.0), "15 min left");
        assert_eq!(left_in_words(14.0 * 60_000.0 + 44_000.0), "15 min left");
        assert_eq!(left_in_words(14.0 * 60_000.0), "14 min left");
        assert_eq!(left_in_words(59_000.0), "1 min left");
        assert_eq!(left_in_words(1.0), "1 min left");
        assert_eq!(left_in_words(0.0), "Time's up");
        assert_eq!(left_in_words(-5.0), "Time's up");
    }

    #[test]
    fn runs_pauses_and_finishes() {
        let mut c = Countdown::new(300);
        assert_eq!(c.phase(0.0), Phase::Ready);
        c.start(1_000.0);
        assert_eq!(c.remaining(61_000.0), 240_000.0);
        c.pause(61_000.0);
        assert_eq!(c.phase(500_000.0), Phase::Paused);
        assert_eq!(
            c.remaining(500_000.0),
            240_000.0,
            "paused time doesn't count"
        );
        c.start(500_000.0);
        assert_eq!(c.phase(739_999.0), Phase::Running);
        assert_eq!(c.phase(740_000.0), Phase::Done);
        assert_eq!(c.remaining(900_000.0), 0.0);
        assert_eq!(c.progress(900_000.0), 1.0);
    }

    #[test]
    fn adjusting_never_undoes_time_already_spent() {
        let mut c = Countdown::new(120);
        c.start(0.0);
        c.adjust(60, 10_000.0);
        assert_eq!(c.remaining(10_000.0), 170_000.0);
        c.adjust(-600, 10_000.0);
        assert_eq!(c.remaining(10_000.0), 0.0);
        assert_eq!(c.phase(10_000.0), Phase::Done);
    }

    #[test]
    fn clock_text() {
        assert_eq!(clock(300_000.0), "5:00");
        assert_eq!(clock(0.1), "0:01");
        assert_eq!(clock(0.0), "0:00");
        assert_eq!(spoken(61_000.0), "1 minute 1 second");
        assert_eq!(spoken(120_000.0), "2 minutes");
        assert_eq!(spoken(5_000.0), "5 seconds");
    }
}
