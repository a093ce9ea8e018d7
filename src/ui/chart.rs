//! Small SVG charts that say the same thing in a sentence: the picture is a bonus,
//! the sentence (shown and given to screen readers) is the content.
//!
//! A chart is drawn from two periods on (one week alone says nothing a sentence doesn't),
//! its title sits above it, a scale can start where its answers start (1 on a 1–7
//! questionnaire), and points of different lines that land on the same spot stay apart:
//! each line has its own marker and is nudged a little sideways. Text is 17 units in a
//! 320-unit-wide drawing, at least 12 px wherever the chart is shown (widgets.css keeps it
//! from growing past a readable size).

use leptos::prelude::*;

const W: f64 = 320.0;
const H: f64 = 180.0;
const PAD_L: f64 = 40.0;
const PAD_B: f64 = 28.0;
const PAD_T: f64 = 14.0;
const PAD_R: f64 = 14.0;
/// How far apart the lines' points sit sideways, in units.
const NUDGE: f64 = 5.0;

/// One line: a value per label (None = no data that period).
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub name: String,
    pub values: Vec<Option<f64>>,
}

/// The vertical range of a chart.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Scale {
    min: f64,
    max: f64,
}

impl Scale {
    fn new(min: f64, max: f64) -> Scale {
        Scale {
            min,
            max: if max <= min { min + 1.0 } else { max },
        }
    }
    fn y(self, v: f64) -> f64 {
        let t = ((v - self.min) / (self.max - self.min)).clamp(0.0, 1.0);
        H - PAD_B - (H - PAD_B - PAD_T) * t
    }
}

fn x_at(i: usize, n: usize) -> f64 {
    if n <= 1 {
        PAD_L + (W - PAD_L - PAD_R) / 2.0
    } else {
        PAD_L + (W - PAD_L - PAD_R) * i as f64 / (n - 1) as f64
    }
}

fn axes(labels: &[String], scale: Scale) -> impl IntoView {
    let first = labels.first().cloned().unwrap_or_default();
    let last = if labels.len() > 1 {
        labels.last().cloned().unwrap_or_default()
    } else {
        String::new()
    };
    let base = H - PAD_B;
    view! {
        <line class="axis" x1=PAD_L y1=base x2=W - PAD_R y2=base/>
        <text class="tick" x=PAD_L - 6.0 y=scale.y(scale.max) + 6.0 text-anchor="end">{fmt_num(scale.max)}</text>
        <text class="tick" x=PAD_L - 6.0 y=base text-anchor="end">{fmt_num(scale.min)}</text>
        <text class="tick" x=PAD_L y=H - 6.0 text-anchor="start">{first}</text>
        <text class="tick" x=W - PAD_R y=H - 6.0 text-anchor="end">{last}</text>
    }
}

fn fmt_num(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        format!("{v:.1}")
    }
}

/// A point's marker for line `k`: a circle, a square, a diamond.
fn marker(k: usize, x: f64, y: f64) -> AnyView {
    match k % 3 {
        0 => view! { <circle cx=x cy=y r="4.5"/> }.into_any(),
        1 => view! { <rect x=x - 4.0 y=y - 4.0 width="8" height="8"/> }
            .into_any(),
        _ => view! {
            <path d=format!("M{x:.1} {:.1}L{:.1} {y:.1}L{x:.1} {:.1}L{:.1} {y:.1}Z", y - 5.5, x + 5.5, y + 5.5, x - 5.5)/>
        }
        .into_any(),
    }
}

/// The title above, and, under the drawing (or alone, with fewer than two periods), the
/// sentence.
fn figure(
    title: String,
    summary: String,
    periods: usize,
    drawing: impl FnOnce() -> AnyView,
) -> impl IntoView {
    let drawn = periods >= 2;
    view! {
        <figure class="chart">
            <figcaption class="chart-title">{title}</figcaption>
            {drawn.then(drawing)}
            <p class="chart-summary">{summary}</p>
            {(!drawn).then(|| view! { <p class="hint">"A chart appears once there are two to compare."</p> })}
        </figure>
    }
}

/// Lines over shared labels (weeks, months), up to three series.
#[component]
pub fn LineChart(
    /// Short title (also the drawing's accessible name).
    #[prop(into)]
    title: String,
    /// One label per x position, oldest first.
    labels: Vec<String>,
    series: Vec<Series>,
    /// Top of the y axis (e.g. 10 for an intensity, 100 for a percentage).
    y_max: f64,
    /// Bottom of the y axis: 0 unless the scale starts elsewhere (1 on a 1–7 scale).
    #[prop(optional)]
    y_min: f64,
    /// The chart in words, shown under it.
    #[prop(into)]
    summary: String,
) -> impl IntoView {
    let n = labels.len();
    let scale = Scale::new(y_min, y_max);
    let count = series.len();
    let drawing = {
        let title = title.clone();
        move || {
            let lines = series
                .iter()
                .enumerate()
                .map(|(k, s)| {
                    let nudge = if count > 1 {
                        (k as f64 - (count - 1) as f64 / 2.0) * NUDGE
                    } else {
                        0.0
                    };
                    let pts: Vec<(f64, f64)> = s
                        .values
                        .iter()
                        .enumerate()
                        .filter_map(|(i, v)| v.map(|v| (x_at(i, n) + nudge, scale.y(v))))
                        .collect();
                    let path = pts
                        .iter()
                        .map(|(x, y)| format!("{x:.1},{y:.1}"))
                        .collect::<Vec<_>>()
                        .join(" ");
                    let dots = pts.iter().map(|(x, y)| marker(k, *x, *y)).collect_view();
                    view! {
                        <g class=format!("series s{k}")>
                            <polyline points=path fill="none"/>
                            {dots}
                        </g>
                    }
                })
                .collect_view();
            let legend = (series.len() > 1).then(|| {
                view! {
                    <ul class="legend" aria-hidden="true">
                        {series.iter().enumerate().map(|(k, s)| view! { <li class=format!("s{k}")>{s.name.clone()}</li> }).collect_view()}
                    </ul>
                }
            });
            view! {
                <svg viewBox=format!("0 0 {W} {H}") role="img" aria-label=title>
                    {axes(&labels, scale)}
                    {lines}
                </svg>
                {legend}
            }
            .into_any()
        }
    };
    figure(title, summary, n, drawing)
}

/// Bars over labels (counts per week, month, or category).
#[component]
pub fn BarChart(
    #[prop(into)] title: String,
    labels: Vec<String>,
    values: Vec<f64>,
    #[prop(into)] summary: String,
) -> impl IntoView {
    let n = values.len().max(1);
    let scale = Scale::new(0.0, values.iter().cloned().fold(0.0, f64::max).ceil());
    let slot = (W - PAD_L - PAD_R) / n as f64;
    let periods = values.len();
    let drawing = {
        let title = title.clone();
        move || {
            let bars = values
                .iter()
                .enumerate()
                .map(|(i, v)| {
                    let y = scale.y(*v);
                    view! { <rect x=PAD_L + slot * i as f64 + slot * 0.15 y=y width=slot * 0.7 height=(H - PAD_B - y).max(0.0) rx="2"/> }
                })
                .collect_view();
            view! {
                <svg viewBox=format!("0 0 {W} {H}") role="img" aria-label=title>
                    {axes(&labels, scale)}
                    <g class="bars">{bars}</g>
                </svg>
            }
            .into_any()
        }
    };
    figure(title, summary, periods, drawing)
}

/// Row height of a `RankChart`, and the longest name it writes in full (a longer own
/// word is shortened on the drawing; the sentence under it has it whole).
const ROW: f64 = 30.0;
const NAME_CHARS: usize = 18;

/// A name as a `RankChart` writes it.
fn short_name(name: &str) -> String {
    if name.chars().count() <= NAME_CHARS {
        name.to_string()
    } else {
        let cut: String = name.chars().take(NAME_CHARS - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

/// Named things and how often, largest first (the feelings named most): one row each, its
/// name written beside its bar and its count at the bar's end, so every bar is labelled
/// however long the words are. Drawn from one row on: the names are the content.
#[component]
pub fn RankChart(
    #[prop(into)] title: String,
    /// The names, one per bar, in the order drawn.
    labels: Vec<String>,
    values: Vec<f64>,
    #[prop(into)] summary: String,
) -> impl IntoView {
    let top = values.iter().cloned().fold(0.0, f64::max).max(1.0);
    let h = ROW * values.len().max(1) as f64 + 8.0;
    let labels: Vec<String> = labels.iter().map(|l| short_name(l)).collect();
    // The names' column is as wide as the longest name (about 9.6 units a letter at 17).
    let longest = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    let label_w = (longest as f64 * 9.6 + 14.0).clamp(60.0, 190.0);
    // The bar's room: after the names, before the count.
    let room = W - label_w - 40.0;
    let rows = labels
        .iter()
        .zip(&values)
        .enumerate()
        .map(|(i, (label, v))| {
            let y = 4.0 + ROW * i as f64;
            let w = (room * v / top).max(2.0);
            view! {
                <g class="rank">
                    <text class="tick rank-name" x=label_w - 8.0 y=y + ROW / 2.0 text-anchor="end" dominant-baseline="central">{label.clone()}</text>
                    <rect x=label_w y=y + 5.0 width=w height=ROW - 10.0 rx="2"/>
                    <text class="tick rank-count" x=label_w + w + 6.0 y=y + ROW / 2.0 dominant-baseline="central">{fmt_num(*v)}</text>
                </g>
            }
        })
        .collect_view();
    view! {
        <figure class="chart">
            <figcaption class="chart-title">{title.clone()}</figcaption>
            <svg viewBox=format!("0 0 {W} {h}") role="img" aria-label=title>
                <g class="bars">{rows}</g>
            </svg>
            <p class="chart-summary">{summary}</p>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::short_name;

    #[test]
    fn a_long_own_word_is_shortened_on_the_drawing_only() {
        assert_eq!(short_name("disappointed"), "disappointed");
        assert_eq!(
            short_name("a feeling with a very long name"),
            "a feeling with a…"
        );
        assert_eq!(
            short_name("a feeling with a very long name")
                .chars()
                .count(),
            17
        );
    }
}
