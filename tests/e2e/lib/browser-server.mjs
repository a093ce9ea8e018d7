// One Chromium for the whole browser run: .ci/test starts this before the specs and
// passes its address on (CLOSER_CHROMIUM_WS), so each spec file connects in a moment
// instead of starting a browser of its own. Every test still gets a fresh context (its
// own profile: storage, service workers, cookies), exactly as with a browser of its own.
//   node lib/browser-server.mjs <file>   writes the address to <file>, runs until killed
import { chromium } from 'playwright-core';
import { writeFileSync, renameSync } from 'node:fs';
import { CHROMIUM_ARGS } from './harness.mjs';

const out = process.argv[2];
const server = await chromium.launchServer({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
// Written whole, then renamed: the reader never sees half an address.
writeFileSync(`${out}.tmp`, server.wsEndpoint());
renameSync(`${out}.tmp`, out);
const stop = async () => { await server.close().catch(() => {}); process.exit(0); };
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
