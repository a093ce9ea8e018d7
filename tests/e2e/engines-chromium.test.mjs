// The main journeys (lib/engines/journeys.mjs) in chromium, in one browser session.
import { runJourneys } from './lib/engines/run.mjs';

runJourneys('chromium');
