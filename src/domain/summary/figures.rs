//! Every figure of the summary, part by part, from the stored entries of one period.
//! Each part is computed only when ticked; a part that isn't ticked is `None` and leaves
//! no trace in the summary.

use super::words::{own_words, Words};
use super::{slot_of, slots, Part, Range, Selection, Slot};
use crate::base::time::Day;
use crate::content::programs::ProgramId;
use crate::domain::attempt::{series_keys, trajectory, Attempt, Point};
use crate::domain::beliefs::{Rating, Worksheet};
use crate::domain::checkin::{CheckIn, OwnWord};
use crate::domain::conflict::Conflict;
use crate::domain::evidence::Evidence;
use crate::domain::fact_feeling::Statement;
use crate::domain::insights::{
    is_feeling_word, most_frequent, sensations_with_feelings, DayMood, SensationRow, Tone,
};
use crate::domain::milestones::{Assessment, Level};
use crate::domain::practice::{Outcome, Practice, Progress};
use crate::domain::questionnaire::Questionnaire;
use crate::domain::urges::{Action, Urge};
use crate::domain::wins::Win;
use std::collections::{BTreeMap, BTreeSet};

/// Everything the summary reads, as stored.
#[derive(Clone, Copy)]
pub struct Records<'a> {
    pub attempts: &'a [Attempt],
    pub checkins: &'a [CheckIn],
    pub own: &'a [OwnWord],
    pub urges: &'a [Urge],
    pub practices: &'a [Practice],
    pub statements: &'a [Statement],
    pub progress: &'a Progress,
    pub worksheets: &'a [Worksheet],
    pub evidence: &'a [Evidence],
    pub assessments: &'a [Assessment],
    pub conflicts: &'a [Conflict],
    pub wins: &'a [Win],
    /// The day the person started (None: not recorded).
    pub start: Option<Day>,
    pub today: Day,
}

/// How many words the "most frequent" list and the sensation table show.
pub const TOP_WORDS: usize = 5;
pub const TOP_SENSATIONS: usize = 6;
/// Feeling words shown beside each sensation.
pub const WORDS_PER_SENSATION: usize = 3;

/// The whole summary: the period, its slots, and each ticked part's figures.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub range: Range,
    pub slots: Vec<Slot>,
    pub quiz: Option<QuizFigures>,
    pub feelings: Option<FeelingFigures>,
    pub body: Option<BodyFigures>,
    pub urges: Option<UrgeFigures>,
    pub practice: Option<PracticeFigures>,
    pub beliefs: Option<BeliefFigures>,
    pub milestones: Option<MilestoneFigures>,
    pub conflict: Option<ConflictFigures>,
    pub wins: Option<WinFigures>,
    /// The person's own words from the ticked parts; empty unless ticked separately.
    pub words: Vec<Words>,
}

pub fn build(r: &Records, range: Range, sel: &Selection) -> Summary {
    let slots = slots(range);
    let on = |p: Part| sel.has(p);
    Summary {
        quiz: on(Part::Questionnaires).then(|| quiz(r.attempts, range, sel.own_words)),
        feelings: on(Part::Feelings).then(|| feelings(r.checkins, r.own, range, &slots)),
        body: on(Part::Body).then(|| body(r.checkins, range)),
        urges: on(Part::Urges).then(|| urges(r.urges, &slots)),
        practice: on(Part::Practice).then(|| practice(r, range, &slots)),
        beliefs: on(Part::Beliefs).then(|| beliefs(r.worksheets, r.evidence, range)),
        milestones: on(Part::Milestones).then(|| milestones(r.assessments, range)),
        conflict: on(Part::Conflict).then(|| conflict(r.conflicts, range)),
        wins: on(Part::Wins).then(|| wins(r.wins, &slots)),
        words: if sel.own_words {
            own_words(r, range, sel.parts())
        } else {
            Vec::new()
        },
        range,
        slots,
    }
}

fn in_range(range: Range, day: Day) -> bool {
    range.contains(day)
}

fn mean(values: impl IntoIterator<Item = f64>) -> Option<f64> {
    let (sum, n) = values
        .into_iter()
        .fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    (n > 0).then(|| sum / n as f64)
}

// ----- questionnaires ------------------------------------------------------------------

/// One questionnaire about one relationship, with its scored attempts in the period.
#[derive(Clone, Debug, PartialEq)]
pub struct QuizSeries {
    pub q: Questionnaire,
    /// "About a partner", "About Sam (a partner)" (names only with the person's own
    /// words), "" for the ECR-R.
    pub about: String,
    pub points: Vec<Point>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct QuizFigures {
    pub series: Vec<QuizSeries>,
}

impl QuizFigures {
    /// The questionnaires that appear (for their citations).
    pub fn questionnaires(&self) -> Vec<Questionnaire> {
        let set: BTreeSet<Questionnaire> = self.series.iter().map(|s| s.q).collect();
        set.into_iter().collect()
    }
}

pub fn quiz(attempts: &[Attempt], range: Range, with_names: bool) -> QuizFigures {
    let mut series: Vec<QuizSeries> = series_keys(attempts)
        .into_iter()
        .filter_map(|key| {
            let points: Vec<Point> = trajectory(attempts, &key)
                .into_iter()
                .filter(|p| in_range(range, p.t.day()))
                .collect();
            if points.is_empty() {
                return None;
            }
            let about = if with_names || key.person.is_empty() {
                key.about()
            } else {
                crate::domain::attempt::SeriesKey {
                    person: String::new(),
                    ..key.clone()
                }
                .about()
            };
            Some(QuizSeries {
                q: key.q,
                about,
                points,
            })
        })
        .collect();
    series.sort_by(|a, b| (a.q, &a.about, a.points[0].t).cmp(&(b.q, &b.about, b.points[0].t)));
    // Without names, two relationships of the same kind are told apart by number.
    for i in 1..series.len() {
        let same = series[..i]
            .iter()
            .filter(|s| {
                s.q == series[i].q
                    && s.about.split(" (").next() == series[i].about.split(" (").next()
            })
            .count();
        if same > 0 && !with_names {
            series[i].about = format!("{} ({})", series[i].about, same + 1);
        }
    }
    QuizFigures { series }
}

// ----- feelings ------------------------------------------------------------------------

/// Check-ins of one week (or month) by how they felt on balance.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ToneCount {
    pub pleasant: u32,
    pub unpleasant: u32,
    /// Mixed, neutral, or without a word whose pleasantness is known.
    pub other: u32,
}

impl ToneCount {
    pub fn total(&self) -> u32 {
        self.pleasant + self.unpleasant + self.other
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct FeelingFigures {
    pub checkins: usize,
    /// Different feeling words (the first weeks' "pleasant/unpleasant/neutral" don't count).
    pub distinct: usize,
    /// The most frequent words with how many check-ins named them.
    pub top: Vec<(String, usize)>,
    pub by_slot: Vec<ToneCount>,
    pub total: ToneCount,
}

/// How one check-in felt on balance, by the same rule as the month view: the average
/// pleasantness of its words above a quarter is pleasant, below minus a quarter unpleasant.
pub fn check_in_tone(c: &CheckIn, own: &[OwnWord]) -> Tone {
    DayMood {
        day: c.at.day(),
        count: 1,
        pleasantness: c.pleasantness(own),
    }
    .tone()
}

pub fn feelings(
    checkins: &[CheckIn],
    own: &[OwnWord],
    range: Range,
    slots: &[Slot],
) -> FeelingFigures {
    let items: Vec<CheckIn> = checkins
        .iter()
        .filter(|c| in_range(range, c.at.day()))
        .cloned()
        .collect();
    let distinct: BTreeSet<&str> = items
        .iter()
        .flat_map(|c| c.words.iter())
        .filter(|w| is_feeling_word(w))
        .map(String::as_str)
        .collect();
    let mut by_slot = vec![ToneCount::default(); slots.len()];
    let mut total = ToneCount::default();
    for c in &items {
        let Some(i) = slot_of(slots, c.at.day()) else {
            continue;
        };
        for t in [&mut by_slot[i], &mut total] {
            match check_in_tone(c, own) {
                Tone::Pleasant => t.pleasant += 1,
                Tone::Unpleasant => t.unpleasant += 1,
                _ => t.other += 1,
            }
        }
    }
    FeelingFigures {
        checkins: items.len(),
        distinct: distinct.len(),
        top: most_frequent(&items, TOP_WORDS),
        by_slot,
        total,
    }
}

// ----- body ----------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq)]
pub struct BodyFigures {
    /// Check-ins that noted at least one sensation.
    pub checkins: usize,
    /// The most frequent sensations, each with its most frequent feeling words.
    pub rows: Vec<SensationRow>,
}

pub fn body(checkins: &[CheckIn], range: Range) -> BodyFigures {
    let items: Vec<CheckIn> = checkins
        .iter()
        .filter(|c| in_range(range, c.at.day()) && !c.body.is_empty())
        .cloned()
        .collect();
    let mut rows = sensations_with_feelings(&items);
    rows.truncate(TOP_SENSATIONS);
    for r in &mut rows {
        r.words.truncate(WORDS_PER_SENSATION);
    }
    BodyFigures {
        checkins: items.len(),
        rows,
    }
}

// ----- urges ---------------------------------------------------------------------------

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UrgeCount {
    pub noticed: u32,
    pub stayed: u32,
    pub came_back: u32,
    pub left: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct UrgeFigures {
    pub by_slot: Vec<UrgeCount>,
    pub total: UrgeCount,
}

pub fn urges(all: &[Urge], slots: &[Slot]) -> UrgeFigures {
    let mut by_slot = vec![UrgeCount::default(); slots.len()];
    let mut total = UrgeCount::default();
    for u in all {
        let Some(i) = slot_of(slots, u.at.day()) else {
            continue;
        };
        for c in [&mut by_slot[i], &mut total] {
            c.noticed += 1;
            match u.action {
                Some(Action::Stayed) => c.stayed += 1,
                Some(Action::CameBack) => c.came_back += 1,
                Some(Action::Left) => c.left += 1,
                None => {}
            }
        }
    }
    UrgeFigures { by_slot, total }
}

// ----- practice ------------------------------------------------------------------------

/// Practices of one week (or month) and their average discomfort (0–10).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Discomfort {
    pub count: u32,
    pub before: Option<f64>,
    pub after: Option<f64>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ProgramFigures {
    pub program: ProgramId,
    /// The stage it is at today (index into the program's stages).
    pub stage: usize,
    pub logged: usize,
    pub by_slot: Vec<Discomfort>,
    pub overall: Discomfort,
    pub care: u32,
    pub neutral: u32,
    pub hurt: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PracticeFigures {
    /// Programs with at least one practice logged in the period.
    pub programs: Vec<ProgramFigures>,
    /// Fact + feeling statements written in the period.
    pub statements: usize,
}

fn discomfort(items: &[&Practice]) -> Discomfort {
    Discomfort {
        count: items.len() as u32,
        before: mean(items.iter().map(|p| p.before as f64)),
        after: mean(items.iter().map(|p| p.after as f64)),
    }
}

pub fn practice(r: &Records, range: Range, slots: &[Slot]) -> PracticeFigures {
    let start = r.start.unwrap_or(r.today);
    let programs = ProgramId::ALL
        .into_iter()
        .filter(|p| p.program().logs_practices())
        .filter_map(|p| {
            let items: Vec<&Practice> = r
                .practices
                .iter()
                .filter(|x| x.program == p && in_range(range, x.at.day()))
                .collect();
            if items.is_empty() {
                return None;
            }
            let by_slot = slots
                .iter()
                .map(|s| {
                    let of: Vec<&Practice> = items
                        .iter()
                        .copied()
                        .filter(|x| s.from <= x.at.day() && x.at.day() <= s.to)
                        .collect();
                    discomfort(&of)
                })
                .collect();
            let n = |o: Outcome| items.iter().filter(|x| x.outcome == o).count() as u32;
            Some(ProgramFigures {
                program: p,
                stage: r.progress.stage(p, start, r.today),
                logged: items.len(),
                by_slot,
                overall: discomfort(&items),
                care: n(Outcome::Care),
                neutral: n(Outcome::Neutral),
                hurt: n(Outcome::Hurt),
            })
        })
        .collect();
    PracticeFigures {
        programs,
        statements: r
            .statements
            .iter()
            .filter(|s| in_range(range, s.at.day()))
            .count(),
    }
}

// ----- beliefs -------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq)]
pub struct WorksheetFigures {
    pub id: String,
    /// The old belief (step 1), as the person wrote it.
    pub belief: String,
    /// The new belief (step 5); empty until written.
    pub new_belief: String,
    /// Belief-strength ratings given in the period, oldest first.
    pub ratings: Vec<Rating>,
    /// Evidence for the new belief dated in the period, and in all.
    pub evidence: usize,
    pub evidence_total: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct BeliefFigures {
    pub worksheets: Vec<WorksheetFigures>,
}

/// A worksheet belongs in the period when it was started then, or rated, or evidence
/// for it is dated then. Oldest worksheet first.
pub fn worksheets_in<'a>(
    worksheets: &'a [Worksheet],
    evidence: &[Evidence],
    range: Range,
) -> Vec<&'a Worksheet> {
    let mut v: Vec<&Worksheet> = worksheets
        .iter()
        .filter(|w| {
            in_range(range, w.t.day())
                || w.ratings.iter().any(|r| in_range(range, r.t.day()))
                || evidence
                    .iter()
                    .any(|e| e.worksheet == w.id && in_range(range, e.t.day()))
        })
        .collect();
    v.sort_by(|a, b| a.t.cmp(&b.t).then_with(|| a.id.cmp(&b.id)));
    v
}

pub fn beliefs(worksheets: &[Worksheet], evidence: &[Evidence], range: Range) -> BeliefFigures {
    BeliefFigures {
        worksheets: worksheets_in(worksheets, evidence, range)
            .into_iter()
            .map(|w| {
                let of: Vec<&Evidence> = evidence.iter().filter(|e| e.worksheet == w.id).collect();
                WorksheetFigures {
                    id: w.id.clone(),
                    belief: w.title(),
                    new_belief: w.new_belief.trim().to_string(),
                    ratings: w
                        .ratings
                        .iter()
                        .filter(|r| in_range(range, r.t.day()))
                        .cloned()
                        .collect(),
                    evidence: of.iter().filter(|e| in_range(range, e.t.day())).count(),
                    evidence_total: of.len(),
                }
            })
            .collect(),
    }
}

// ----- milestones ----------------------------------------------------------------------

/// A marker answered in the period: the first and the last answer given in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MarkerAnswer {
    pub key: String,
    pub first: Level,
    pub last: Level,
    /// How many sittings answered it.
    pub times: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct MilestoneFigures {
    pub sittings: usize,
    /// In marker order.
    pub markers: Vec<MarkerAnswer>,
}

pub fn milestones(history: &[Assessment], range: Range) -> MilestoneFigures {
    let mut sittings: Vec<&Assessment> = history
        .iter()
        .filter(|a| in_range(range, a.at.day()))
        .collect();
    sittings.sort_by(|a, b| a.at.cmp(&b.at).then_with(|| a.id.cmp(&b.id)));
    let mut per: BTreeMap<&str, Vec<Level>> = BTreeMap::new();
    for a in &sittings {
        for (k, l) in &a.answers {
            per.entry(k.as_str()).or_default().push(*l);
        }
    }
    MilestoneFigures {
        sittings: sittings.len(),
        markers: per
            .into_iter()
            .map(|(k, v)| MarkerAnswer {
                key: k.to_string(),
                first: v[0],
                last: v[v.len() - 1],
                times: v.len(),
            })
            .collect(),
    }
}

// ----- conflict ------------------------------------------------------------------------

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ConflictFigures {
    pub breaks: usize,
    pub came_back: usize,
    /// Came back within the time agreed (a minute's grace).
    pub on_time: usize,
    /// Ended without going back: the person's call, counted on its own, never as a miss.
    pub ended: usize,
}

pub fn conflict(all: &[Conflict], range: Range) -> ConflictFigures {
    let of: Vec<&Conflict> = all.iter().filter(|c| in_range(range, c.at.day())).collect();
    ConflictFigures {
        breaks: of.len(),
        came_back: of.iter().filter(|c| c.came_back()).count(),
        on_time: of.iter().filter(|c| c.on_time()).count(),
        ended: of.iter().filter(|c| c.ended_here()).count(),
    }
}

// ----- wins ----------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq)]
pub struct WinFigures {
    pub count: usize,
    /// Wins made from a logged practice.
    pub from_practice: usize,
    pub by_slot: Vec<u32>,
}

pub fn wins(all: &[Win], slots: &[Slot]) -> WinFigures {
    let mut by_slot = vec![0; slots.len()];
    let mut count = 0;
    let mut from_practice = 0;
    for w in all {
        if let Some(i) = slot_of(slots, w.at.day()) {
            by_slot[i] += 1;
            count += 1;
            from_practice += usize::from(w.practice.is_some());
        }
    }
    WinFigures {
        count,
        from_practice,
        by_slot,
    }
}
