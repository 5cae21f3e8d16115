// The fetchers on recorded real answers of each API: JSON-stat reading, PxWeb and StatBank size
// limits, network failure, answers in an unexpected format, and snapshots written whole or not at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixture, cassetteBody, recordedFetch, dnsFailure } from './helpers.mjs';
import { readJsonStat, cells } from '../../scripts/lib/fetch/jsonstat.mjs';
import { readPxMetadata, maxCellsOf, chooseValues, splitSelection, fetchPxTable } from '../../scripts/lib/fetch/pxweb.mjs';
import { readTableInfo, fetchStatbankTable, STATBANK } from '../../scripts/lib/fetch/statbank.mjs';
import { FormatError, OfflineError, parseJson } from '../../scripts/lib/fetch/http.mjs';
import { newestSnapshot, writeSnapshot } from '../../scripts/lib/fetch/store.mjs';
import { runFetch } from '../../scripts/lib/fetch/run.mjs';
import { main as fetchMain } from '../../scripts/fetch-data.mjs';

const json = (p) => JSON.parse(fixture(p).toString('utf8'));
const tmp = () => mkdtempSync(join(tmpdir(), 'nordic-fetch-'));
const SCB = 'https://statistikdatabasen.scb.se/api/v2';
const scbTable = { api: 'v2', metadataUrl: `${SCB}/tables/TAB6471/metadata?lang=en`, dataUrl: `${SCB}/tables/TAB6471/data?lang=en&outputFormat=json-stat2`, configUrl: `${SCB}/config` };
const scbRoutes = () => ({ [scbTable.metadataUrl]: fixture('pxweb/scb-v2-TAB6471-metadata.json'), [scbTable.configUrl]: fixture('pxweb/scb-v2-config.json'), [scbTable.dataUrl]: () => fixture('pxweb/scb-v2-TAB6471-data.json') });

test('JSON-stat 2 from SSB: categories in index order, ".." cells are null with their status', () => {
  const ds = readJsonStat(json('pxweb/ssb-v1-07221-data.json'));
  assert.deepEqual(ds.ids, ['Region', 'Boligtype', 'ContentsCode', 'Tid']);
  assert.equal(ds.dims.Region.codes[0], 'TOTAL');
  assert.equal(ds.value(0), 136.2);
  assert.equal(ds.value(176), null);
  assert.equal(ds.status(176), '..');
  const all = [...cells(ds)];
  assert.equal(all.length, 288);
  assert.deepEqual(all[24].codes, { Region: '001', Boligtype: '01', ContentsCode: 'Boligindeks', Tid: '2022K1' });
});

test('JSON-stat 1 from StatBank (dataset wrapper) and JSON-stat 2 from StatFin read the same way', () => {
  const dk = readJsonStat(parseJson(cassetteBody(fixture('statbank/data_straf42_json.yml')), 'STRAF42'));
  assert.deepEqual(dk.ids, ['HERKOMST1', 'ContentsCode', 'Tid']);
  assert.equal(dk.value(0), 233454);
  const fi = readJsonStat(json('pxweb/statfin-v1-11rc-data.json'));
  assert.equal(fi.size, 90);
  assert.equal(fi.value(0), 308410);
});

test('an answer in an unexpected format is refused with a clear message', () => {
  const csv = cassetteBody(fixture('statbank/data_straf42_csv.yml'));
  assert.throws(() => parseJson(csv, 'dst/folk1e data'), (e) => e instanceof FormatError && /dst\/folk1e data: unexpected format \(not JSON/.test(e.message));
  assert.throws(() => readJsonStat(json('pxweb/scb-v2-config.json'), 'scb/population data'), /not a JSON-stat dataset/);
  assert.throws(() => readPxMetadata(json('pxweb/scb-v2-config.json'), 'scb metadata'), /neither PxWeb v1 metadata/);
});

test('PxWeb size limit: SCB\'s stated maxDataCells splits 290 kommuner × 134 ages × 3 × 16 months into requests under it', () => {
  const limit = maxCellsOf(json('pxweb/scb-v2-config.json'));
  assert.equal(limit, 150000);
  const meta = readPxMetadata(json('pxweb/scb-v2-TAB6471-metadata.json'), 'TAB6471');
  const sel = chooseValues(meta, { Region: { pattern: /^\d{4}$/ }, Alder: { all: true }, Kon: { all: true }, ContentsCode: { all: true }, Tid: { all: true } }, 'TAB6471');
  assert.equal(sel.Region.length, 290);
  const total = 290 * 134 * 3 * 16;
  const parts = splitSelection(sel, limit);
  assert.ok(parts.length >= Math.ceil(total / limit), `${parts.length} parts`);
  const seen = new Set();
  for (const p of parts) {
    const n = Object.values(p).reduce((a, v) => a * v.length, 1);
    assert.ok(n <= limit, `a part has ${n} cells`);
    for (const r of p.Region) for (const a of p.Alder) seen.add(`${r}|${a}`);
  }
  assert.equal(seen.size, 290 * 134, 'every kommun × age is asked once');
});

test('PxWeb fetch: metadata, config, one POST per part, each answer kept as downloaded in the snapshot', async () => {
  const { fetch, calls } = recordedFetch(scbRoutes());
  const pick = { Region: { pattern: /^\d{4}$/ }, Alder: { all: true }, Kon: { all: true }, ContentsCode: { all: true }, Tid: { all: true } };
  const { files, notes } = await fetchPxTable(fetch, { ...scbTable, pick }, 'scb/test');
  const posts = calls.filter((c) => c.method === 'POST');
  assert.equal(posts.length, files.length);
  assert.ok(files.length > 1);
  assert.match(notes[0], /1865280 cells over the server's limit of 150000/);
  assert.deepEqual(posts[0].body.selection.map((s) => s.variableCode), ['Region', 'Alder', 'Kon', 'ContentsCode', 'Tid']);
  assert.ok(files[0].bytes.equals(fixture('pxweb/scb-v2-TAB6471-data.json')));
  const dir = tmp();
  writeSnapshot(dir, { source: 'scb', dataset: 'test', publisher: 'Statistics Sweden (SCB)', table: 'TAB6471', licence: 'CC0', fetched: new Date('2026-12-06T10:00:00Z'), files, notes });
  const snap = newestSnapshot(dir, 'scb', 'test');
  assert.equal(snap.meta.files.length, files.length);
  assert.deepEqual(snap.meta.files[0].query, posts[0].body);
  assert.ok(snap.files.get('part-001.json').equals(fixture('pxweb/scb-v2-TAB6471-data.json')));
});

test('a value the table does not have stops the run and lists what it has', () => {
  const meta = readPxMetadata(json('pxweb/scb-v2-TAB6471-metadata.json'), 'TAB6471');
  assert.throws(() => chooseValues(meta, { Region: { all: true }, Alder: { all: true }, ContentsCode: { values: ['BE0101N1'] }, Tid: { all: true } }, 'scb/x'), /no value of ContentsCode .* matches BE0101N1; the table has: Folkmängden per månad/);
  assert.throws(() => chooseValues(meta, { Region: { all: true }, ContentsCode: { all: true }, Tid: { all: true } }, 'scb/x'), /variable Alder \(ålder\) must be chosen/);
});

test('StatBank: tableinfo gives the variables; requests are split by cell count', async () => {
  const info = readTableInfo(parseJson(cassetteBody(fixture('statbank/table_info_straf42.yml')), 'tableinfo'), 'tableinfo');
  assert.deepEqual(info.map((v) => v.code).slice(0, 2), ['HERKOMST1', 'OVERTRÆD']);
  const { fetch, calls } = recordedFetch({
    [`${STATBANK}/tableinfo`]: cassetteBody(fixture('statbank/table_info_straf42.yml')),
    [`${STATBANK}/data`]: () => cassetteBody(fixture('statbank/data_straf42_json.yml')),
  });
  const r = await fetchStatbankTable(fetch, { id: 'STRAF42', pick: { HERKOMST1: { values: ['00', '80'] }, Tid: { values: ['2022', '2023'] } }, maxCells: 2 }, 'dst/test');
  const posts = calls.filter((c) => c.method === 'POST');
  assert.equal(posts.length, 2);
  assert.deepEqual(posts.map((p) => p.body.variables), [[{ code: 'HERKOMST1', values: ['00'] }, { code: 'Tid', values: ['2022', '2023'] }], [{ code: 'HERKOMST1', values: ['80'] }, { code: 'Tid', values: ['2022', '2023'] }]]);
  assert.equal(r.files.length, 2);
  assert.match(r.notes[0], /split into 2 requests/);
});

const oneSource = (fetchFn) => ({ dst: { name: 'test', datasets: [{ dataset: 'straf42', table: 'STRAF42', publisher: 'Statistics Denmark', licence: 'CC BY 4.0', fetch: fetchFn }] } });

test('an unexpected answer fails that dataset only, with no snapshot and no half-written folder', async () => {
  const dir = tmp();
  const { fetch } = recordedFetch({ [`${STATBANK}/tableinfo`]: cassetteBody(fixture('statbank/table_info_straf42.yml')), [`${STATBANK}/data`]: () => cassetteBody(fixture('statbank/data_straf42_csv.yml')) });
  const r = await runFetch({ fetch, snapshotsDir: dir, sources: oneSource((f, what) => fetchStatbankTable(f, { id: 'STRAF42', pick: { HERKOMST1: { values: ['00'] }, Tid: { values: ['2023'] } } }, what)) });
  assert.equal(r.written.length, 0);
  assert.match(r.failed[0].error.message, /dst\/straf42 data: unexpected format/);
  assert.deepEqual(readdirSync(dir), []);
});

test('no network: one line, exit code 2, nothing written (the first failed request stops the run)', async () => {
  const dir = tmp();
  const lines = [];
  const code = await fetchMain(['--snapshots', dir], { fetch: async () => { throw dnsFailure(); }, out: (s) => lines.push(s), err: (s) => lines.push(s) });
  assert.equal(code, 2);
  assert.deepEqual(lines, ['data:fetch: no network: ENOTFOUND (statistikdatabasen.scb.se); nothing was changed.']);
  assert.deepEqual(readdirSync(dir), []);
});

test('a network failure in the middle of a split table leaves no snapshot of it', async () => {
  const dir = tmp();
  let posts = 0;
  const routes = scbRoutes();
  routes[scbTable.dataUrl] = () => (++posts === 3 ? dnsFailure() : fixture('pxweb/scb-v2-TAB6471-data.json'));
  const { fetch } = recordedFetch(routes);
  const pick = { Region: { pattern: /^\d{4}$/ }, Alder: { all: true }, Kon: { all: true }, ContentsCode: { all: true }, Tid: { all: true } };
  const r = await runFetch({ fetch, snapshotsDir: dir, sources: { scb: { name: 'x', datasets: [{ dataset: 'population', table: 'TAB6471', publisher: 'SCB', licence: 'CC0', fetch: (f, w) => fetchPxTable(f, { ...scbTable, pick }, w) }] } } });
  assert.ok(r.offline instanceof OfflineError);
  assert.equal(posts, 3);
  assert.equal(existsSync(join(dir, 'scb')), false);
});

test('a snapshot changed after download is refused by the build; an unfinished one is ignored', () => {
  const dir = tmp();
  const bytes = fixture('pxweb/statfin-v1-11rc-data.json');
  const at = writeSnapshot(dir, { source: 'statfin', dataset: 'x', publisher: 'Statistics Finland', table: '11rc', licence: 'CC BY 4.0', fetched: new Date('2026-01-01T00:00:00Z'), files: [{ name: 'part-001.json', bytes, url: 'https://pxdata.stat.fi/x', method: 'POST', query: {} }] });
  assert.ok(newestSnapshot(dir, 'statfin', 'x'));
  writeFileSync(join(dir, 'statfin', 'x', '.partial-1-2'), ''); // left by a killed run: not a snapshot
  writeFileSync(join(at, 'part-001.json'), Buffer.concat([bytes, Buffer.from(' ')]));
  assert.throws(() => newestSnapshot(dir, 'statfin', 'x'), /changed after download/);
});
