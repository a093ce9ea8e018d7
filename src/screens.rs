//! The screens that load when first opened.
//!
//! Each feature's screens are one `#[lazy]` function: the build (`.ci/split`) cuts its code
//! out of the main wasm into a file of its own, fetched the first time one of its addresses
//! is visited (the service worker has it ready offline). The first load then carries only
//! the shell, Today and the welcome. Without the split step every screen is simply linked in.

use crate::pages;
use leptos::prelude::*;
use leptos_router::LazyRoute;

/// `feature!(loader, Enum { Route => Component, ... })`: one lazily loaded function for the
/// feature, and a route type per screen that awaits it.
macro_rules! feature {
    ($loader:ident, $screens:ident { $($name:ident => $view:path),* $(,)? }) => {
        #[derive(Clone, Copy)]
        #[repr(u8)]
        pub enum $screens { $($name),* }

        #[leptos::lazy]
        fn $loader(screen: $screens) -> AnyView {
            match screen {
                $($screens::$name => view! { <$view/> }.into_any(),)*
            }
        }

        $(
            pub struct $name;

            impl LazyRoute for $name {
                fn data() -> Self {
                    $name
                }

                async fn view(_this: Self) -> AnyView {
                    $loader($screens::$name).await
                }
            }
        )*
    };
}

feature!(more_screens, MoreScreen {
    About => pages::about::About,
    More => pages::more::More,
    Settings => pages::settings::Settings,
});

feature!(moment_screens, MomentScreen {
    MomentHub => pages::moment::hub::Hub,
    Present => pages::moment::present::Present,
    Grounding => pages::moment::grounding::Grounding,
    UrgeLog => pages::moment::urge::UrgeLog,
    ConflictFlow => pages::moment::conflict::ConflictFlow,
    UrgeStats => pages::moment::urge_stats::UrgeStats,
});

feature!(partner_screens, PartnerScreen {
    Attune => pages::partner::attune::Attune,
    ForPartners => pages::partner::for_partners::ForPartners,
});

feature!(therapy_screens, TherapyScreen {
    Therapy => pages::therapy::guide::Therapy,
});

feature!(quiz_screens, QuizScreen {
    QuizHub => pages::quiz::hub::Hub,
    Reflection => pages::quiz::reflection::Reflection,
    EcrR => pages::quiz::take::EcrR,
    EcrRs => pages::quiz::take::EcrRs,
    QuizResult => pages::quiz::result::QuizResult,
    History => pages::quiz::history::History,
});

feature!(understand_screens, UnderstandScreen {
    Chapter => pages::understand::chapter::Chapter,
    UnderstandSection => pages::understand::section::UnderstandSection,
});

feature!(beliefs_screens, BeliefsScreen {
    Beliefs => pages::beliefs::list::Beliefs,
    NewWorksheet => pages::beliefs::start::NewWorksheet,
    Worksheet => pages::beliefs::worksheet::Worksheet,
    Step => pages::beliefs::step::Step,
    NewEvidence => pages::beliefs::evidence::NewEvidence,
});

feature!(feel_screens, FeelScreen {
    NewCheckIn => pages::feel::checkin::NewCheckIn,
    EditCheckIn => pages::feel::checkin::EditCheckIn,
    BodyCheckIn => pages::feel::checkin::BodyCheckIn,
    BodyScan => pages::feel::scan::BodyScan,
    Sit => pages::feel::sit::Sit,
    RemindersPage => pages::feel::reminders::RemindersPage,
    Insights => pages::feel::insights::Insights,
});

feature!(routine_screens, RoutineScreen {
    Morning => pages::routine::Morning,
    Evening => pages::routine::Evening,
});

feature!(progress_screens, ProgressScreen {
    Progress => pages::progress::overview::Progress,
    Milestones => pages::progress::milestones::Milestones,
    Pitfalls => pages::progress::pitfalls::Pitfalls,
});

feature!(practice_screens, PracticeScreen {
    PracticeHome => pages::practice::home::PracticeHome,
    LogPractice => pages::practice::log::LogPractice,
    ProgramView => pages::practice::program::ProgramView,
});

feature!(wins_screens, WinsScreen {
    WinsList => pages::wins::list::WinsList,
    WinNew => pages::wins::edit::WinNew,
    WinView => pages::wins::edit::WinView,
});

feature!(data_screens, DataScreen {
    YourData => pages::data::your_data::YourData,
    LockSettings => pages::data::lock::LockSettings,
    StorageHealth => pages::data::storage::StorageHealth,
});

feature!(summary_screens, SummaryScreen {
    Summary => pages::summary::Summary,
});

feature!(move_screens, MoveScreen {
    Move => pages::moving::Move,
});
