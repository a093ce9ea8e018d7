// The main journeys (lib/engines/journeys.mjs) in webkit, in one browser session.
import { runJourneys } from './lib/engines/run.mjs';

runJourneys('webkit');
