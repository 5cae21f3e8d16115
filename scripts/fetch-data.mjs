#!/usr/bin/env node
// Refreshes the raw data from the publishers: `npm run data:fetch [-- --source scb,ssb] [--snapshots DIR]`.
// Each dataset becomes a snapshot in data/raw/snapshots/<source>/<dataset>/<time>/ (the answers as
// downloaded + metadata.json); `npm run data` then builds from the newest snapshots, offline.
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { runFetch } from './lib/fetch/run.mjs';
import { SOURCES } from './lib/fetch/sources.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export async function main(argv = process.argv.slice(2), { fetch: fetchImpl = globalThis.fetch, out = console.log, err = console.error } = {}) {
  const { values } = parseArgs({ args: argv, options: { source: { type: 'string', multiple: true }, snapshots: { type: 'string' }, list: { type: 'boolean' } } });
  if (values.list) { for (const [k, s] of Object.entries(SOURCES)) out(`${k.padEnd(9)} ${s.name}: ${s.datasets.map((d) => d.table).join(', ')}`); return 0; }
  const only = (values.source ?? []).flatMap((s) => s.split(',')).filter(Boolean);
  const snapshotsDir = resolve(ROOT, values.snapshots ?? 'data/raw/snapshots');
  const r = await runFetch({ fetch: fetchImpl, snapshotsDir, only, log: out });
  if (r.offline) {
    err(`data:fetch: ${r.offline.message}; ${r.written.length ? `stopped after ${r.written.length} complete snapshot(s), nothing half-written` : 'nothing was changed'}.`);
    return 2;
  }
  if (r.failed.length) { err(`data:fetch: ${r.failed.length} dataset(s) failed, ${r.written.length} written; run \`npm run data\` to build from the new snapshots.`); return 1; }
  out(`data:fetch: ${r.written.length} snapshot(s) written; run \`npm run data\` to build from them.`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) main().then((code) => { process.exitCode = code; }, (e) => { console.error(`data:fetch: ${e.message}`); process.exitCode = 1; });
