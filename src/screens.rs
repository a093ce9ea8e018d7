//! The screens that load when first opened.
//!
//! Each feature is one lazily loaded function, and the features are put in a few groups
//! (below): the build (`.ci/split`) cuts each group's code out of the main wasm into a file
//! of its own, fetched the first time one of its addresses is visited (the service worker
//! has it ready offline), and what two groups share into a file they both load. A group
//! is one request and one compile, and the first visit precaches a dozen files, not the
//! hundreds that a group per feature made (one file for each combination of features
//! sharing some code, most of them under 1 KB, and a feature opened loads dozens). The first load then carries only
//! the shell, Today and the welcome. The split step is not optional: without it the wasm
//! imports loaders nothing provides and cannot start, so a bare `trunk build` or
//! `trunk serve` is stopped by `.ci/hooks/pre-build` with a pointer to `bash .ci/serve`.
//!
//! The main router (src/app.rs) has one lazily loaded route per feature, by the prefixes of
//! its addresses; the feature's own screens are routed inside it, by a `<Routes>` made from
//! its `features!` entry below, so the main module carries no code for any of them and
//! moving between a feature's own screens keeps the feature's view. (The prefixes in app.rs
//! repeat what the entries say: a route per address there rebuilt the feature's view on
//! every move inside it, and the screen being left drew the next one once more.)

use crate::base::address;
use crate::pages;
use leptos::prelude::*;
use leptos_router::components::{Route, Routes};
use leptos_router::{path, Lazy, LazyRoute};

/// `features! { group: loader, Feature { "/path" => Component, ... } ... }`: for each
/// feature, one lazily loaded function in `group` routing its own screens, and the route type
/// that awaits it (see `feature!`); and `preload`, which loads the feature of an address
/// (with the rest of its group) before it is opened.
macro_rules! features {
    ($($group:ident: $loader:ident, $feature:ident { $($path:tt => $view:path),* $(,)? })*) => {
        $(feature!($group: $loader, $feature { $($path => $view),* });)*

        /// Fetches and compiles the screens of the feature that `path` (an address, with no
        /// query) belongs to, without showing them; nothing for an address of no feature,
        /// or one already loaded. Only once the service worker has every file: a fetch that
        /// fails here would stop the app (wasm-split's loader panics), and the person didn't
        /// even ask for it yet.
        pub async fn preload(path: &str) {
            if !crate::platform::all_files_kept() {
                return;
            }
            $(
                if [$($path),*].iter().any(|pattern| address::matches(pattern, path)) {
                    paste::paste! { [<__preload_ $loader>]().await; }
                    return;
                }
            )*
        }
    };
}

/// `feature!(group: loader, Feature { "/path" => Component, ... })`: one lazily loaded
/// function for the feature, routing its own screens, and the route type that awaits it.
/// What `#[leptos::lazy]` does, with the split module named by the group instead of one
/// module per function (wasm-split puts every function of one module name in one file).
macro_rules! feature {
    ($group:ident: $loader:ident, $feature:ident { $($path:tt => $view:path),* $(,)? }) => {
        paste::paste! {
            #[leptos::wasm_split::wasm_split(
                $group,
                wasm_split_path = ::leptos::wasm_split,
                preload(#[doc(hidden)] [<__preload_ $loader>])
            )]
            fn $loader() -> AnyView {
                view! {
                    <Routes fallback=|| view! { <NotHere paths=&[$($path),*]/> }>
                        $(<Route path=path!($path) view=$view/>)*
                    </Routes>
                }
                .into_any()
            }
        }

        pub struct $feature;

        impl LazyRoute for $feature {
            fn data() -> Self {
                $feature
            }

            async fn view(_this: Self) -> AnyView {
                $loader().await
            }
        }
    };
}

/// Whether an address that none of a feature's screens matched is still the feature's
/// own (a mistyped `/moment/…`): the same first part and as many parts as one of its
/// screens. Otherwise the address belongs to another feature, still loading.
fn claims(paths: &[&str], address: &str) -> bool {
    let parts = |p: &str| -> Vec<String> {
        p.split('/')
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect()
    };
    let wanted = parts(address);
    paths.iter().any(|p| {
        let own = parts(p);
        own.len() == wanted.len() && own.first() == wanted.first()
    })
}

/// A feature's answer to an address none of its screens has. While the person moves to
/// another feature's screen, the one they leave still sees the new address until the new
/// feature has loaded: it shows nothing then (no "Nothing here" flashing by). An address
/// of its own that isn't a screen is "Nothing here".
#[component]
fn NotHere(paths: &'static [&'static str]) -> impl IntoView {
    let location = leptos_router::hooks::use_location();
    move || {
        location
            .pathname
            .with(|p| claims(paths, p))
            .then(|| view! { <pages::not_found::NotFound/> })
    }
}

features! {
    // The groups: Help now and the safety pages, which someone may open in a hard moment
    // straight from the first screen of a first visit, small and quick to fetch
    // (closer_help); every other feature, one file (closer_features). Each group is
    // loaded before the tap (src/app.rs), so a repeat visit opens any feature at once.
    closer_features: more_screens, More {
        "/more" => pages::more::More,
        "/settings" => pages::settings::Settings,
    }

    // About & safety and the page for when a relationship isn't safe: no personal data, and
    // both open while the app is locked (see `app::OPEN_WHILE_LOCKED`).
    closer_help: safety_screens, Safety {
        "/about" => pages::about::About,
        "/safety" => pages::safety::SafetyPage,
    }

    closer_help: moment_screens, Moment {
        "/moment" => pages::moment::hub::Hub,
        "/moment/present" => pages::moment::present::Present,
        "/moment/grounding" => pages::moment::grounding::Grounding,
        "/moment/urge" => pages::moment::urge::UrgeLog,
        "/moment/conflict" => pages::moment::conflict::ConflictFlow,
        "/urges" => pages::moment::urge_stats::UrgeStats,
    }

    closer_features: partner_screens, Partner {
        "/partner" => pages::partner::attune::Attune,
        "/partner/for-partners" => pages::partner::for_partners::ForPartners,
    }

    closer_features: therapy_screens, Therapy {
        "/therapy" => pages::therapy::guide::Therapy,
    }

    closer_features: quiz_screens, Quiz {
        "/quiz" => pages::quiz::hub::Hub,
        "/quiz/reflection" => pages::quiz::reflection::Reflection,
        "/quiz/ecr-r" => pages::quiz::take::EcrR,
        "/quiz/ecr-rs" => pages::quiz::take::EcrRs,
        "/quiz/result/:id" => pages::quiz::result::QuizResult,
        "/quiz/history" => pages::quiz::history::History,
    }

    closer_features: understand_screens, Understand {
        "/understand" => pages::understand::chapter::Chapter,
        "/understand/:section" => pages::understand::section::UnderstandSection,
    }

    closer_features: beliefs_screens, Beliefs {
        "/beliefs" => pages::beliefs::list::Beliefs,
        "/beliefs/new" => pages::beliefs::start::NewWorksheet,
        "/beliefs/:id" => pages::beliefs::worksheet::Worksheet,
        "/beliefs/:id/step/:n" => pages::beliefs::step::Step,
        "/evidence/new" => pages::beliefs::evidence::NewEvidence,
    }

    closer_features: feel_screens, Feel {
        "/checkin" => pages::feel::checkin::NewCheckIn,
        "/checkin/:id" => pages::feel::checkin::EditCheckIn,
        "/body" => pages::feel::checkin::BodyCheckIn,
        "/body/scan" => pages::feel::scan::BodyScan,
        "/sit" => pages::feel::sit::Sit,
        "/reminders" => pages::feel::reminders::RemindersPage,
        "/insights" => pages::feel::insights::Insights,
    }

    closer_features: routine_screens, Routine {
        "/morning" => pages::routine::Morning,
        "/evening" => pages::routine::Evening,
    }

    closer_features: progress_screens, Progress {
        "/progress" => pages::progress::overview::Progress,
        "/progress/milestones" => pages::progress::milestones::Milestones,
        "/progress/pitfalls" => pages::progress::pitfalls::Pitfalls,
    }

    closer_features: practice_screens, Practice {
        "/practice" => pages::practice::home::PracticeHome,
        "/practice/:program/log" => pages::practice::log::LogPractice,
        "/practice/:program" => pages::practice::program::ProgramView,
    }

    closer_features: wins_screens, Wins {
        "/wins" => pages::wins::list::WinsList,
        "/wins/new" => pages::wins::edit::WinNew,
        "/wins/:id" => pages::wins::edit::WinView,
    }

    closer_features: data_screens, Data {
        "/settings/data" => pages::data::your_data::YourData,
        "/settings/lock" => pages::data::lock::LockSettings,
        "/settings/storage" => pages::data::storage::StorageHealth,
    }

    closer_features: summary_screens, Summary {
        "/summary" => pages::summary::Summary,
    }

    closer_features: move_screens, Move {
        "/move" => pages::moving::Move,
    }
}

/// The unlock screen, shown at every address while the app lock is on, and with it the
/// cipher: only someone who turned the lock on ever needs either, so both load lazily.
#[component]
pub fn Unlock() -> impl IntoView {
    view! {
        <Routes fallback=|| ()>
            <Route path=path!("/*any") view={Lazy::<Locked>::new()}/>
        </Routes>
    }
}

#[leptos::wasm_split::wasm_split(closer_locked, wasm_split_path = ::leptos::wasm_split)]
fn locked_screen() -> AnyView {
    view! { <pages::data::unlock::Unlock/> }.into_any()
}

pub struct Locked;

impl LazyRoute for Locked {
    fn data() -> Self {
        Locked
    }

    async fn view(_this: Self) -> AnyView {
        locked_screen().await
    }
}

#[cfg(test)]
mod tests {
    use super::claims;

    const MOMENT: &[&str] = &["/moment", "/moment/present", "/moment/conflict", "/urges"];
    const DATA: &[&str] = &["/settings/data", "/settings/lock", "/settings/storage"];
    const MORE: &[&str] = &["/more", "/settings"];

    #[test]
    fn a_feature_claims_only_addresses_shaped_like_its_own() {
        // Its own mistyped addresses: "Nothing here".
        assert!(claims(MOMENT, "/moment/nope"));
        assert!(claims(DATA, "/settings/nope"));
        assert!(claims(MORE, "/more/"));
        // Another feature's screens, seen while that feature loads: nothing shown.
        assert!(!claims(MOMENT, "/checkin"));
        assert!(!claims(MOMENT, "/quiz/ecr-r"));
        assert!(!claims(DATA, "/settings"));
        assert!(!claims(MORE, "/settings/data"));
        assert!(!claims(MORE, "/"));
    }
}
