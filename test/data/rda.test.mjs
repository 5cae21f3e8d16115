// The R serialization reader (scripts/lib/rda.mjs): hand-built XDR streams for each SEXP type it
// reads, and the real files of the UNHCR `refugees` package in data/raw.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readRda, unserialize, toRows, RDataFrame, RSymbol, RPairlist, SXP } from '../../scripts/lib/rda.mjs';
import { ROOT } from './helpers.mjs';

// ---- a tiny XDR writer for the tests ----------------------------------------------------------
const int = (v) => { const b = Buffer.alloc(4); b.writeInt32BE(v); return b; };
const dbl = (v) => { const b = Buffer.alloc(8); b.writeDoubleBE(v); return b; };
const NA_REAL = Buffer.from([0x7f, 0xf0, 0x00, 0x00, 0x00, 0x00, 0x07, 0xa2]); // low word 1954
const NA_INT = -2147483648;
const flags = (type, { obj = false, attr = false, tag = false, levels = 0 } = {}) => int(type | (obj ? 1 << 8 : 0) | (attr ? 1 << 9 : 0) | (tag ? 1 << 10 : 0) | (levels << 12));
const UTF8 = 1 << 3;
const ASCII = 1 << 6;
const chr = (s) => (s === null ? Buffer.concat([flags(9), int(-1)]) : Buffer.concat([flags(9, { levels: /^[\x00-\x7f]*$/.test(s) ? ASCII : UTF8 }), int(Buffer.byteLength(s)), Buffer.from(s, 'utf8')]));
const NIL = int(254);
// Symbols: the first time written in full, later as a reference (index in order of first use).
function symbols() {
  const seen = [];
  return (name) => {
    const i = seen.indexOf(name);
    if (i >= 0) return int(((i + 1) << 8) | 255);
    seen.push(name);
    return Buffer.concat([flags(1), chr(name)]);
  };
}
const attrs = (sym, pairs) => Buffer.concat([...pairs.flatMap(([k, v]) => [flags(2, { tag: true }), sym(k), v]), NIL]);
const vec = (type, items, write, attributes) => Buffer.concat([flags(type, { attr: !!attributes, obj: !!attributes }), int(items.length), ...items.map(write), attributes ?? Buffer.alloc(0)]);
const ints = (xs, a) => vec(13, xs, (x) => int(x === null ? NA_INT : x), a);
const lgls = (xs, a) => vec(10, xs, (x) => int(x === null ? NA_INT : x ? 1 : 0), a);
const reals = (xs, a) => vec(14, xs, (x) => (x === null ? NA_REAL : dbl(x)), a);
const strs = (xs, a) => vec(16, xs, chr, a);
const list = (xs, a) => vec(19, xs, (x) => x, a);
const header = (version = 3) => Buffer.concat([Buffer.from('X\n'), int(version), int(0x040502), int(0x030500), ...(version === 3 ? [int(5), Buffer.from('UTF-8')] : [])]);
const stream = (item, version) => Buffer.concat([header(version), item]);
const rda = (pairs, version = 3) => {
  const sym = symbols();
  return Buffer.concat([Buffer.from(`RDX${version}\n`), header(version), ...pairs.flatMap(([k, v]) => [flags(2, { tag: true }), sym(k), v(sym)]), NIL]);
};

test('integer, double, logical and string vectors, with NA', () => {
  assert.deepEqual([...unserialize(stream(ints([1, -7, null, 2147483647]))).value], [1, -7, null, 2147483647]);
  const d = unserialize(stream(reals([1.5, null, NaN, -0.25, 1e300]))).value;
  assert.equal(d[0], 1.5);
  assert.equal(d[1], null, 'NA_real_ is null');
  assert.ok(Number.isNaN(d[2]), 'NaN stays NaN');
  assert.deepEqual(d.slice(3), [-0.25, 1e300]);
  assert.deepEqual([...unserialize(stream(lgls([true, false, null]))).value], [true, false, null]);
  assert.deepEqual([...unserialize(stream(strs(['a', null, 'Ísland', '']))).value], ['a', null, 'Ísland', '']);
  assert.equal(unserialize(stream(ints([3]))).value.rtype, SXP.INT);
  assert.equal(unserialize(stream(NIL)).value, null);
});

test('version 2 streams (no native encoding) read too', () => {
  const { header: h, value } = unserialize(stream(reals([2]), 2));
  assert.equal(h.version, 2);
  assert.deepEqual([...value], [2]);
});

test('a Latin-1 string is decoded as Latin-1', () => {
  const latin = Buffer.concat([flags(16), int(1), flags(9, { levels: 1 << 2 }), int(2), Buffer.from([0xe5, 0xf6])]);
  assert.deepEqual([...unserialize(stream(latin)).value], ['åö']);
});

test('attributes: names on a vector, a named list, class and levels of a factor', () => {
  const sym = symbols();
  const named = unserialize(stream(ints([1, 2], attrs(sym, [['names', strs(['a', 'b'])]])))).value;
  assert.deepEqual(named.attributes.names, ['a', 'b']);
  const sym2 = symbols();
  const factor = unserialize(stream(ints([2, 1, null, 2], attrs(sym2, [['levels', strs(['FI', 'NA'])], ['class', strs(['factor'])]])))).value;
  assert.deepEqual([...factor], ['NA', 'FI', null, 'NA'], 'a factor reads as its level strings; NA code is null');
  assert.deepEqual([...factor.levels], ['FI', 'NA']);
  assert.deepEqual([...factor.codes], [2, 1, null, 2]);
  const sym3 = symbols();
  const l = unserialize(stream(list([reals([1]), strs(['x'])], attrs(sym3, [['names', strs(['n', 's'])]])))).value;
  assert.equal(l.length, 2);
  assert.deepEqual(l.attributes.names, ['n', 's']);
});

test('a pairlist with tags, symbols and references to a symbol already read', () => {
  const sym = symbols();
  const pl = Buffer.concat([flags(2, { tag: true }), sym('x'), reals([1]), flags(2, { tag: true }), sym('y'), flags(1), chr('z'), flags(2, { tag: true }), sym('x'), reals([3]), NIL]);
  const v = unserialize(stream(pl)).value;
  assert.ok(v instanceof RPairlist);
  assert.deepEqual(v.entries.map(([t]) => t), ['x', 'y', 'x']);
  assert.ok(v.get('y') instanceof RSymbol);
  assert.equal(v.get('y').name, 'z');
});

test('a tibble / data frame with compact row names, a factor and NA', () => {
  const file = rda([['df', (sym) => list(
    [ints([2000, 2001, 2002]), strs(['SWE', null, 'NOR']), reals([1.5, null, 3]), lgls([true, null, false]),
      ints([1, 2, 1], attrs(sym, [['levels', strs(['N', 'R'])], ['class', strs(['factor'])]]))],
    attrs(sym, [['names', strs(['year', 'coa_iso', 'applied', 'flag', 'app_type'])], ['row.names', ints([null, -3])], ['class', strs(['tbl_df', 'tbl', 'data.frame'])]]),
  )]]);
  const objects = readRda(file);
  const df = objects.get('df');
  assert.ok(df instanceof RDataFrame);
  assert.equal(df.nrow, 3);
  assert.deepEqual(df.names, ['year', 'coa_iso', 'applied', 'flag', 'app_type']);
  assert.deepEqual(df.classes, ['tbl_df', 'tbl', 'data.frame']);
  assert.deepEqual(toRows(df)[1], { year: 2001, coa_iso: null, applied: null, flag: null, app_type: 'R' });
  assert.throws(() => df.column('nope'), /no column nope/);
  // the same file gzip-compressed, as save() writes by default
  assert.equal(readRda(gzipSync(file)).get('df').nrow, 3);
});

test('ALTREP compact integer sequences (1:n) and wrapped vectors expand', () => {
  const sym = symbols();
  const info = (cls) => Buffer.concat([flags(2), sym(cls), flags(2), sym('base'), flags(2), ints([13]), NIL]);
  const seq = Buffer.concat([int(238), info('compact_intseq'), reals([4, 10, 1]), NIL]);
  const v = unserialize(stream(seq)).value;
  assert.deepEqual([...v], [10, 11, 12, 13]);
  const sym2 = symbols();
  const info2 = Buffer.concat([flags(2), sym2('wrap_real'), flags(2), sym2('base'), flags(2), ints([14]), NIL]);
  const wrapped = Buffer.concat([int(238), info2, list([reals([0.5, null]), ints([0, 0])]), attrs(sym2, [['names', strs(['a', 'b'])]])]);
  const w = unserialize(stream(wrapped)).value;
  assert.deepEqual([...w], [0.5, null]);
  assert.deepEqual(w.attributes.names, ['a', 'b']);
});

test('truncated or foreign input fails with a clear error', () => {
  assert.throws(() => unserialize(stream(ints([1, 2])).subarray(0, 24)), /unexpected end/);
  assert.throws(() => unserialize(Buffer.from('A\n1\n')), /only the XDR/);
  assert.throws(() => readRda(Buffer.from('PK\x03\x04hello')), /not an R data file/);
  assert.throws(() => unserialize(stream(Buffer.concat([int(22)]))), /unsupported SEXP type 22/);
});

// ---- the real files ------------------------------------------------------------------------------
const PKG = join(ROOT, 'data', 'raw', 'stats', 'raw', 'country_refugees_unhcr_refugees_pkg');
const load = (name) => readRda(readFileSync(join(PKG, `${name}.rda`))).get(name);
const START = ['year', 'coo_name', 'coo', 'coo_iso', 'coa_name', 'coa', 'coa_iso'];

test('the UNHCR package files: row counts and columns as the provenance states', () => {
  const expect = {
    population: [138893, ['refugees', 'asylum_seekers', 'returned_refugees', 'idps', 'returned_idps', 'stateless', 'ooc', 'oip', 'hst']],
    asylum_applications: [120597, ['procedure_type', 'app_type', 'dec_level', 'app_pc', 'applied']],
    asylum_decisions: [113929, ['procedure_type', 'dec_level', 'dec_pc', 'dec_recognized', 'dec_other', 'dec_rejected', 'dec_closed', 'dec_total']],
    solutions: [21258, ['returned_refugees', 'resettlement', 'naturalisation', 'returned_idps']],
  };
  for (const [name, [rows, columns]] of Object.entries(expect)) {
    const df = load(name);
    assert.ok(df instanceof RDataFrame, name);
    assert.equal(df.nrow, rows, `${name} rows`);
    assert.deepEqual(df.names.slice(0, 7), START, `${name} first columns`);
    for (const c of columns) assert.ok(df.names.includes(c), `${name} has ${c}`);
    const years = df.column('year').filter((y) => y !== null);
    assert.ok(years.reduce((a, b) => Math.min(a, b)) >= 1951 && years.reduce((a, b) => Math.max(a, b)) === 2025, `${name} years`);
  }
});

test('the real files: Sweden 2015 new first-instance applications and end-2024 refugee stock (provenance spot checks)', () => {
  const apps = toRows(load('asylum_applications'));
  const se2015 = apps.filter((r) => r.coa_iso === 'SWE' && r.year === 2015 && r.app_type === 'N' && (r.dec_level === 'FI' || r.dec_level === 'NA'))
    .reduce((s, r) => s + (r.applied ?? 0), 0);
  assert.equal(se2015, 156330);
  const pop = toRows(load('population'));
  const no2024 = pop.filter((r) => r.coa_iso === 'NOR' && r.year === 2024).reduce((s, r) => s + (r.refugees ?? 0), 0);
  assert.equal(no2024, 123981);
});
