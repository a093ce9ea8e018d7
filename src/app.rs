//! The shell: header, notices, the screens by URL, and the tab bar.

use crate::pages;
use crate::screens;
use crate::state;
use crate::store::lock::LockState;
use crate::ui::backup_reminder::BackupReminder;
use crate::ui::nav::{Header, TabBar};
use crate::ui::notices::Notices;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;
use leptos_router::Lazy;

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
                        <Route path=path!("/about") view={Lazy::<screens::About>::new()}/>
                        <Route path=path!("/more") view={Lazy::<screens::More>::new()}/>
                        <Route path=path!("/settings") view={Lazy::<screens::Settings>::new()}/>
                        <Route path=path!("/moment") view={Lazy::<screens::MomentHub>::new()}/>
                        <Route path=path!("/moment/present") view={Lazy::<screens::Present>::new()}/>
                        <Route path=path!("/moment/grounding") view={Lazy::<screens::Grounding>::new()}/>
                        <Route path=path!("/moment/urge") view={Lazy::<screens::UrgeLog>::new()}/>
                        <Route path=path!("/moment/conflict") view={Lazy::<screens::ConflictFlow>::new()}/>
                        <Route path=path!("/urges") view={Lazy::<screens::UrgeStats>::new()}/>
                        <Route path=path!("/partner") view={Lazy::<screens::Attune>::new()}/>
                        <Route path=path!("/partner/for-partners") view={Lazy::<screens::ForPartners>::new()}/>
                        <Route path=path!("/therapy") view={Lazy::<screens::Therapy>::new()}/>
                        <Route path=path!("/quiz") view={Lazy::<screens::QuizHub>::new()}/>
                        <Route path=path!("/quiz/reflection") view={Lazy::<screens::Reflection>::new()}/>
                        <Route path=path!("/quiz/ecr-r") view={Lazy::<screens::EcrR>::new()}/>
                        <Route path=path!("/quiz/ecr-rs") view={Lazy::<screens::EcrRs>::new()}/>
                        <Route path=path!("/quiz/result/:id") view={Lazy::<screens::QuizResult>::new()}/>
                        <Route path=path!("/quiz/history") view={Lazy::<screens::History>::new()}/>
                        <Route path=path!("/understand") view={Lazy::<screens::Chapter>::new()}/>
                        <Route path=path!("/understand/:section") view={Lazy::<screens::UnderstandSection>::new()}/>
                        <Route path=path!("/beliefs") view={Lazy::<screens::Beliefs>::new()}/>
                        <Route path=path!("/beliefs/new") view={Lazy::<screens::NewWorksheet>::new()}/>
                        <Route path=path!("/beliefs/:id") view={Lazy::<screens::Worksheet>::new()}/>
                        <Route path=path!("/beliefs/:id/step/:n") view={Lazy::<screens::Step>::new()}/>
                        <Route path=path!("/evidence/new") view={Lazy::<screens::NewEvidence>::new()}/>
                        <Route path=path!("/checkin") view={Lazy::<screens::NewCheckIn>::new()}/>
                        <Route path=path!("/checkin/:id") view={Lazy::<screens::EditCheckIn>::new()}/>
                        <Route path=path!("/body") view={Lazy::<screens::BodyCheckIn>::new()}/>
                        <Route path=path!("/body/scan") view={Lazy::<screens::BodyScan>::new()}/>
                        <Route path=path!("/sit") view={Lazy::<screens::Sit>::new()}/>
                        <Route path=path!("/reminders") view={Lazy::<screens::RemindersPage>::new()}/>
                        <Route path=path!("/insights") view={Lazy::<screens::Insights>::new()}/>
                        <Route path=path!("/morning") view={Lazy::<screens::Morning>::new()}/>
                        <Route path=path!("/evening") view={Lazy::<screens::Evening>::new()}/>
                        <Route path=path!("/progress") view={Lazy::<screens::Progress>::new()}/>
                        <Route path=path!("/progress/milestones") view={Lazy::<screens::Milestones>::new()}/>
                        <Route path=path!("/progress/pitfalls") view={Lazy::<screens::Pitfalls>::new()}/>
                        <Route path=path!("/practice") view={Lazy::<screens::PracticeHome>::new()}/>
                        <Route path=path!("/practice/:program/log") view={Lazy::<screens::LogPractice>::new()}/>
                        <Route path=path!("/practice/:program") view={Lazy::<screens::ProgramView>::new()}/>
                        <Route path=path!("/wins") view={Lazy::<screens::WinsList>::new()}/>
                        <Route path=path!("/wins/new") view={Lazy::<screens::WinNew>::new()}/>
                        <Route path=path!("/wins/:id") view={Lazy::<screens::WinView>::new()}/>
                        <Route path=path!("/settings/data") view={Lazy::<screens::YourData>::new()}/>
                        <Route path=path!("/settings/lock") view={Lazy::<screens::LockSettings>::new()}/>
                        <Route path=path!("/settings/storage") view={Lazy::<screens::StorageHealth>::new()}/>
                        <Route path=path!("/summary") view={Lazy::<screens::Summary>::new()}/>
                        <Route path=path!("/move") view={Lazy::<screens::Move>::new()}/>
                    </Routes>
                </ErrorBoundary>
                </Show>
            </main>
            <TabBar/>
            <crate::ui::due_checkins::CheckinNotifier/>
        </Router>
    }
}
