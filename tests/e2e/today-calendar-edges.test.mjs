// The day turns over where the person lives: at a month's end, a year's end and a
// daylight-saving change, in time zones away from UTC. A check-in made at ten to midnight
// belongs to that day; a moment later Today is the next day, the program's week moves on
// when its seventh day comes, and the month's count starts again in a new month. Each case
// runs on its own clock (page.clock at an exact instant, in its own time zone).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, onboarded, storageDump } from './lib/harness.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

const EDGES = [
  // 23:50 in New York is 04:50 UTC the next day: a day read in UTC would be a day late.
  { name: "a month's end", timezoneId: 'America/New_York', start: '2026-11-24', before: '2026-12-01T04:50:00Z', after: '2026-12-01T05:10:00Z', atBefore: /You checked in at 23:5\d\./, newMonth: true },
  { name: "a year's end", timezoneId: 'America/New_York', start: '2026-12-25', before: '2027-01-01T04:50:00Z', after: '2027-01-01T05:10:00Z', atBefore: /You checked in at 23:5\d\./, newMonth: true },
  // London's clocks go forward at 01:00 on 28 March 2027: that day has 23 hours. 00:30 on
  // the 28th, then 23 h 30 min later it is 01:00 on the 29th (not 00:00).
  { name: 'a daylight-saving change', timezoneId: 'Europe/London', start: '2027-03-22', before: '2027-03-28T00:30:00Z', after: '2027-03-29T00:00:00Z', atBefore: /You checked in at 00:3\d\./, newMonth: false },
  // Tokyo is ahead of UTC: 23:50 there is 14:50 UTC the same day.
  { name: "a month's end ahead of UTC", timezoneId: 'Asia/Tokyo', start: '2027-01-25', before: '2027-01-31T14:50:00Z', after: '2027-01-31T15:10:00Z', atBefore: /You checked in at 23:5\d\./, newMonth: true },
];

for (const edge of EDGES) {
  test(`the day turns over at ${edge.name} (${edge.timezoneId})`, async () => {
    const first = await app.open('/checkin', { clock: new Date(edge.before), timezoneId: edge.timezoneId, storage: onboarded(edge.start) });
    const page = first.page;
    // Six days into the program: still week 1, so the first depth of the check-in.
    await page.getByRole('button', { name: 'pleasant', exact: true }).click();
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await page.getByRole('status').filter({ hasText: /Noted/ }).waitFor();
    await page.goto('/');
    await page.getByText('Week 1 of your program').waitFor();
    await page.getByText(edge.atBefore).waitFor();
    await page.getByText('More for today').click();
    await page.getByText('You practised on 1 day this month.').waitFor();
    const stored = await storageDump(page);
    await first.finish();

    // A moment later, past midnight where the person is: a new day, the program's seventh.
    const second = await app.open('/', { clock: new Date(edge.after), timezoneId: edge.timezoneId, storage: stored });
    const main = second.page.locator('main');
    await second.page.getByText('Week 2 of your program').waitFor();
    assert.doesNotMatch(await main.innerText(), /You checked in at/, "yesterday's check-in isn't today's");
    await second.page.getByText('More for today').click();
    await second.page.getByText(edge.newMonth ? 'No practice recorded yet this month. Any day is a good day to start.' : 'You practised on 1 day this month.').waitFor();
    await second.finish();
  });
}
