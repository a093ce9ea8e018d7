// The main journeys (lib/engines/journeys.mjs) in firefox, in one browser session.
import { runJourneys } from './lib/engines/run.mjs';

runJourneys('firefox');
