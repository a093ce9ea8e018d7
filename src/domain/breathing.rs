//! Paced breathing for the hard moment: where in the breaths we are, from the time since
//! the person pressed start. Pure arithmetic, so it follows any clock.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Breath {
    In,
    Out,
}

/// Where the guided breathing is at `elapsed_ms` after starting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BreathState {
    /// Breath number (1-based), in or out, whole seconds left in this half (at least 1).
    At {
        number: u32,
        breath: Breath,
        secs_left: u32,
    },
    Done,
}

pub fn breath_at(elapsed_ms: f64, in_secs: u32, out_secs: u32, breaths: u32) -> BreathState {
    let cycle = (in_secs + out_secs) as f64 * 1000.0;
    let e = elapsed_ms.max(0.0);
    if cycle <= 0.0 || e >= cycle * breaths as f64 {
        return BreathState::Done;
    }
    let number = (e / cycle).floor() as u32 + 1;
    let within = e - (number - 1) as f64 * cycle;
    let inhale = in_secs as f64 * 1000.0;
    let (breath, left_ms) = if within < inhale {
        (Breath::In, inhale - within)
    } else {
        (Breath::Out, cycle - within)
    };
    BreathState::At {
        number,
        breath,
        secs_left: ((left_ms / 1000.0).ceil() as u32).max(1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_breaths_in_then_out() {
        let at = |ms| breath_at(ms, 4, 6, 3);
        assert_eq!(
            at(0.0),
            BreathState::At {
                number: 1,
                breath: Breath::In,
                secs_left: 4
            }
        );
        assert_eq!(
            at(3_999.0),
            BreathState::At {
                number: 1,
                breath: Breath::In,
                secs_left: 1
            }
        );
        assert_eq!(
            at(4_000.0),
            BreathState::At {
                number: 1,
                breath: Breath::Out,
                secs_left: 6
            }
        );
        assert_eq!(
            at(10_000.0),
            BreathState::At {
                number: 2,
                breath: Breath::In,
                secs_left: 4
            }
        );
        assert_eq!(
            at(29_500.0),
            BreathState::At {
                number: 3,
                breath: Breath::Out,
                secs_left: 1
            }
        );
        assert_eq!(at(30_000.0), BreathState::Done);
        assert_eq!(
            at(-5.0),
            at(0.0),
            "a clock stepping back starts over, not panics"
        );
        assert_eq!(breath_at(0.0, 0, 0, 3), BreathState::Done);
    }
}
