//! The shell: header, notices, the screens by URL, and the tab bar.

use crate::pages;
use crate::state;
use crate::ui::nav::{Header, TabBar};
use crate::store::lock::LockState;
use crate::ui::backup_reminder::BackupReminder;
use crate::ui::notices::Notices;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

#[component]
pub fn App() -> impl IntoView {
    state::follow_other_tabs();
    crate::ui::idle_lock::watch_idle();
    let lock = state::lock_state();
    view! {
        <Router>
            <a class="skip" href="#main">"Skip to content"</a>
            <Header/>
            <Notices/>
            <pages::moment::return_prompt::BreakReturn/>
            <div class="notices"><BackupReminder/></div>
            <main id="main">
                <Show when=move || lock.get() != LockState::Locked fallback=|| view! { <pages::data::unlock::Unlock/> }>
                <ErrorBoundary fallback=|_| view! { <pages::not_found::ScreenError/> }>
                    <Routes fallback=|| view! { <pages::not_found::NotFound/> }>
                        <Route path=path!("/") view=pages::today::Today/>
                        <Route path=path!("/welcome") view=pages::welcome::Welcome/>
                        <Route path=path!("/welcome/intention") view=pages::welcome::Intention/>
                        <Route path=path!("/about") view=pages::about::About/>
                        <Route path=path!("/more") view=pages::more::More/>
                        <Route path=path!("/settings") view=pages::settings::Settings/>
                        <Route path=path!("/moment") view=pages::moment::hub::Hub/>
                        <Route path=path!("/moment/present") view=pages::moment::present::Present/>
                        <Route path=path!("/moment/grounding") view=pages::moment::grounding::Grounding/>
                        <Route path=path!("/moment/urge") view=pages::moment::urge::UrgeLog/>
                        <Route path=path!("/moment/conflict") view=pages::moment::conflict::ConflictFlow/>
                        <Route path=path!("/urges") view=pages::moment::urge_stats::UrgeStats/>
                        <Route path=path!("/partner") view=pages::partner::attune::Attune/>
                        <Route path=path!("/partner/for-partners") view=pages::partner::for_partners::ForPartners/>
                        <Route path=path!("/therapy") view=pages::therapy::guide::Therapy/>
                        <Route path=path!("/quiz") view=pages::quiz::hub::Hub/>
                        <Route path=path!("/quiz/reflection") view=pages::quiz::reflection::Reflection/>
                        <Route path=path!("/quiz/ecr-r") view=pages::quiz::take::EcrR/>
                        <Route path=path!("/quiz/ecr-rs") view=pages::quiz::take::EcrRs/>
                        <Route path=path!("/quiz/result/:id") view=pages::quiz::result::QuizResult/>
                        <Route path=path!("/quiz/history") view=pages::quiz::history::History/>
                        <Route path=path!("/understand") view=pages::understand::chapter::Chapter/>
                        <Route path=path!("/understand/:section") view=pages::understand::section::UnderstandSection/>
                        <Route path=path!("/beliefs") view=pages::beliefs::list::Beliefs/>
                        <Route path=path!("/beliefs/new") view=pages::beliefs::start::NewWorksheet/>
                        <Route path=path!("/beliefs/:id") view=pages::beliefs::worksheet::Worksheet/>
                        <Route path=path!("/beliefs/:id/step/:n") view=pages::beliefs::step::Step/>
                        <Route path=path!("/evidence/new") view=pages::beliefs::evidence::NewEvidence/>
                        <Route path=path!("/checkin") view=pages::feel::checkin::NewCheckIn/>
                        <Route path=path!("/checkin/:id") view=pages::feel::checkin::EditCheckIn/>
                        <Route path=path!("/body") view=pages::feel::checkin::BodyCheckIn/>
                        <Route path=path!("/body/scan") view=pages::feel::scan::BodyScan/>
                        <Route path=path!("/sit") view=pages::feel::sit::Sit/>
                        <Route path=path!("/reminders") view=pages::feel::reminders::RemindersPage/>
                        <Route path=path!("/insights") view=pages::feel::insights::Insights/>
                        <Route path=path!("/morning") view=pages::routine::Morning/>
                        <Route path=path!("/evening") view=pages::routine::Evening/>
                        <Route path=path!("/progress") view=pages::progress::overview::Progress/>
                        <Route path=path!("/progress/milestones") view=pages::progress::milestones::Milestones/>
                        <Route path=path!("/progress/pitfalls") view=pages::progress::pitfalls::Pitfalls/>
                        <Route path=path!("/practice") view=pages::practice::home::PracticeHome/>
                        <Route path=path!("/practice/:program/log") view=pages::practice::log::LogPractice/>
                        <Route path=path!("/practice/:program") view=pages::practice::program::ProgramView/>
                        <Route path=path!("/wins") view=pages::wins::list::WinsList/>
                        <Route path=path!("/wins/new") view=pages::wins::edit::WinNew/>
                        <Route path=path!("/wins/:id") view=pages::wins::edit::WinView/>
                        <Route path=path!("/settings/data") view=pages::data::your_data::YourData/>
                        <Route path=path!("/settings/lock") view=pages::data::lock::LockSettings/>
                        <Route path=path!("/settings/storage") view=pages::data::storage::StorageHealth/>
                    </Routes>
                </ErrorBoundary>
                </Show>
            </main>
            <TabBar/>
            <crate::ui::due_checkins::CheckinNotifier/>
        </Router>
    }
}
