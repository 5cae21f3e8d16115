// Norway: maps figures keyed by the municipality code valid in each year onto the 2024 structure,
// using SSB's change table as compiled by munpatch (changes.csv) and the codes valid each year
// (population.csv). Merges and recodes are certain; splits are not, and such figures are left out.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDelimited, toNumber } from './io.mjs';

export const TARGET_YEAR = 2024;

/** Parses the `# CONFLICT:` comment blocks of changes.csv: first sentence names code, year, targets. */
export function parseConflicts(text) {
  const blocks = [];
  let current = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('# CONFLICT:')) { current = line.slice(11).trim(); blocks.push(current); }
    else if (line.startsWith('#') && blocks.length) blocks[blocks.length - 1] += ' ' + line.slice(1).trim();
  }
  return blocks.map((block) => {
    const sentence = block.slice(0, block.indexOf('.') + 1);
    const m = sentence.match(/^(\d{4}) (.*?) \((\d{4})\)/);
    if (!m) throw new Error(`Unreadable CONFLICT note in changes.csv: ${block}`);
    const targets = [...sentence.slice(m[0].length).matchAll(/\b(\d{4})\b/g)].map((x) => x[1]);
    if (!targets.length) throw new Error(`CONFLICT note without targets: ${block}`);
    return { code: m[1], name: m[2], year: Number(m[3]), targets, text: block };
  });
}

export function loadNorway(rawDir) {
  const dir = join(rawDir, 'stats', 'raw', 'no_municipalities_ssb_munpatch');
  const changesText = readFileSync(join(dir, 'changes.csv'), 'utf8');
  const changes = new Map();
  for (const r of readDelimited(join(dir, 'changes.csv'))) changes.set(r.Code, {
    year: Number(r.Year),
    recode: r.Recode || null,
    split: r.Split ? r.Split.split(';') : null,
    merge: r.Merge ? r.Merge.split('/')[0] : null,
  });
  const population = new Map(); // year → Map(code → persons on 1 January)
  for (const r of readDelimited(join(dir, 'population.csv'), { delimiter: '\t' })) {
    const y = Number(r.Year);
    if (!population.has(y)) population.set(y, new Map());
    population.get(y).set(r.Code, toNumber(r.Value));
  }
  const conflicts = parseConflicts(changesText);
  return { changes, population, conflicts };
}

/** Builds the crosswalk: forward(code, year) → 2024 code or null, and uncertain (code2024 → last year). */
export function makeCrosswalk({ changes, population, conflicts }) {
  const valid2024 = new Set(population.get(TARGET_YEAR).keys());
  function forward(code, year) {
    let c = code;
    let y = year;
    for (let guard = 0; guard < 10; guard++) {
      const r = changes.get(c);
      if (!r || r.year < y) break;
      if (r.split) return null;
      c = r.recode ?? r.merge;
      y = r.year + 1;
    }
    if (!valid2024.has(c)) throw new Error(`Norway crosswalk: ${code} (${year}) ends at ${c}, not a 2024 code`);
    return c;
  }
  // uncertain: 2024 code → { lastYear, reason } — figures for years ≤ lastYear are left out.
  const uncertain = new Map();
  const mark = (target, lastYear, reason) => {
    const prev = uncertain.get(target);
    if (!prev || prev.lastYear < lastYear) uncertain.set(target, { lastYear, reason });
  };
  for (const [code, r] of changes) {
    if (r.split) for (const t of r.split) mark(forward(t, r.year + 1), r.year, `${code} split in ${r.year + 1} into ${r.split.join(', ')}`);
  }
  for (const c of conflicts) {
    for (const t of c.targets) mark(forward(t, c.year + 1), c.year, `${c.code} ${c.name} split in ${c.year + 1} between ${c.targets.join(', ')}`);
  }
  return { forward, uncertain, valid2024 };
}

/**
 * Maps one year's figures (Map code → number|null) to the 2024 structure.
 * Step 1: codes that had already ceased before `year` (IMDi still used the old Trøndelag codes in
 * 2018-2019) are advanced through changes.csv to the code valid in `year`. If a valid code has a
 * number of its own and its predecessors also have numbers, the figure is ambiguous → null.
 * Step 2: every code valid in `year` is carried forward to its 2024 code; a 2024 municipality gets a
 * value only if every part has a number and the mapping is certain.
 * Returns { values: Map(code2024 → number|null), leftOut, dropped, advanced, ambiguous }.
 */
export function mapYear({ crosswalk, changes, population, year, figures }) {
  const validCodes = population.get(year);
  if (!validCodes) throw new Error(`Norway: no code list for ${year}`);
  const advance = (code) => {
    let c = code;
    for (let guard = 0; guard < 10 && !validCodes.has(c); guard++) {
      const r = changes.get(c);
      if (!r || r.year >= year) return undefined;
      if (r.split) return null;
      c = r.recode ?? r.merge;
    }
    return validCodes.has(c) ? c : undefined;
  };
  const direct = new Map();
  const viaOld = new Map();
  const dropped = [];
  const advanced = [];
  for (const [code, v] of figures) {
    if (validCodes.has(code)) { direct.set(code, v); continue; }
    const t = advance(code);
    if (t === undefined || t === null) { if (typeof v === 'number') dropped.push({ code, year, value: v }); continue; }
    if (!viaOld.has(t)) viaOld.set(t, []);
    viaOld.get(t).push({ code, v });
    if (typeof v === 'number') advanced.push({ code, to: t, year });
  }
  const ambiguous = [];
  const yearValues = new Map();
  for (const code of validCodes.keys()) {
    const d = direct.get(code);
    const olds = viaOld.get(code) ?? [];
    const oldNums = olds.filter((o) => typeof o.v === 'number');
    if (oldNums.length && (typeof d === 'number' || olds.length !== oldNums.length)) { yearValues.set(code, null); ambiguous.push({ code, year }); }
    else if (oldNums.length) yearValues.set(code, oldNums.reduce((a, o) => a + o.v, 0));
    else yearValues.set(code, typeof d === 'number' ? d : null);
  }
  const parts = new Map();
  for (const code of validCodes.keys()) {
    const target = crosswalk.forward(code, year);
    if (target === null) continue; // split source; its targets are marked uncertain
    if (!parts.has(target)) parts.set(target, []);
    parts.get(target).push(code);
  }
  const values = new Map();
  const leftOut = [];
  for (const target of crosswalk.valid2024) {
    const u = crosswalk.uncertain.get(target);
    const sources = parts.get(target) ?? [];
    if (u && year <= u.lastYear) { values.set(target, null); leftOut.push({ target, year, reason: u.reason }); continue; }
    const nums = sources.map((c) => yearValues.get(c));
    values.set(target, sources.length && nums.every((v) => typeof v === 'number') ? nums.reduce((a, b) => a + b, 0) : null);
  }
  return { values, leftOut, dropped, advanced, ambiguous };
}
