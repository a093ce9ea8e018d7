//! Small SVG charts that say the same thing in a sentence: the picture is a bonus,
//! the sentence (shown and given to screen readers) is the content.

use leptos::prelude::*;

const W: f64 = 320.0;
const H: f64 = 160.0;
const PAD_L: f64 = 28.0;
const PAD_B: f64 = 22.0;
const PAD_T: f64 = 10.0;
const PAD_R: f64 = 8.0;

/// One line: a value per label (None = no data that period).
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub name: String,
    pub values: Vec<Option<f64>>,
}

fn x_at(i: usize, n: usize) -> f64 {
    if n <= 1 {
        PAD_L + (W - PAD_L - PAD_R) / 2.0
    } else {
        PAD_L + (W - PAD_L - PAD_R) * i as f64 / (n - 1) as f64
    }
}
fn y_at(v: f64, max: f64) -> f64 {
    let max = if max <= 0.0 { 1.0 } else { max };
    H - PAD_B - (H - PAD_B - PAD_T) * (v / max).clamp(0.0, 1.0)
}

fn axes(labels: &[String], y_max: f64) -> impl IntoView {
    let first = labels.first().cloned().unwrap_or_default();
    let last = if labels.len() > 1 {
        labels.last().cloned().unwrap_or_default()
    } else {
        String::new()
    };
    view! {
        <line class="axis" x1=PAD_L y1=H - PAD_B x2=W - PAD_R y2=H - PAD_B/>
        <text class="tick" x=PAD_L - 4.0 y=y_at(y_max, y_max) + 4.0 text-anchor="end">{fmt_num(y_max)}</text>
        <text class="tick" x=PAD_L - 4.0 y=H - PAD_B text-anchor="end">"0"</text>
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

/// Lines over shared labels (weeks, months), up to three series.
#[component]
pub fn LineChart(
    /// Short title (also the figure's accessible name).
    #[prop(into)]
    title: String,
    /// One label per x position, oldest first.
    labels: Vec<String>,
    series: Vec<Series>,
    /// Top of the y axis (e.g. 10 for an intensity, 100 for a percentage).
    y_max: f64,
    /// The chart in words, shown under it.
    #[prop(into)]
    summary: String,
) -> impl IntoView {
    let n = labels.len();
    let lines = series
        .iter()
        .enumerate()
        .map(|(k, s)| {
            let pts: Vec<(f64, f64)> = s
                .values
                .iter()
                .enumerate()
                .filter_map(|(i, v)| v.map(|v| (x_at(i, n), y_at(v, y_max))))
                .collect();
            let path = pts
                .iter()
                .map(|(x, y)| format!("{x:.1},{y:.1}"))
                .collect::<Vec<_>>()
                .join(" ");
            let dots = pts
                .iter()
                .map(|(x, y)| view! { <circle cx=*x cy=*y r="3"/> })
                .collect_view();
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
        <figure class="chart">
            <svg viewBox=format!("0 0 {W} {H}") role="img" aria-label=title.clone()>
                {axes(&labels, y_max)}
                {lines}
            </svg>
            {legend}
            <figcaption><strong>{title}</strong>" "{summary}</figcaption>
        </figure>
    }
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
    let max = values.iter().cloned().fold(0.0, f64::max).max(1.0).ceil();
    let slot = (W - PAD_L - PAD_R) / n as f64;
    let bars = values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let y = y_at(*v, max);
            view! { <rect x=PAD_L + slot * i as f64 + slot * 0.15 y=y width=slot * 0.7 height=(H - PAD_B - y).max(0.0) rx="2"/> }
        })
        .collect_view();
    view! {
        <figure class="chart">
            <svg viewBox=format!("0 0 {W} {H}") role="img" aria-label=title.clone()>
                {axes(&labels, max)}
                <g class="bars">{bars}</g>
            </svg>
            <figcaption><strong>{title}</strong>" "{summary}</figcaption>
        </figure>
    }
}
