// Small I/O helpers for the data script: CSV/TSV parsing, deterministic JSON, gzip sizes.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Parses delimited text (RFC 4180 quoting) into an array of row objects keyed by the header. */
export function parseDelimited(text, delimiter = ',') {
  const rows = [];
  let field = '';
  let row = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') { field += '"'; i++; } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) { row.push(field); field = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field); field = '';
      rows.push(row); row = [];
    } else field += ch;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  const nonEmpty = rows.filter((r) => !(r.length === 1 && r[0] === ''));
  const header = nonEmpty.shift();
  return nonEmpty.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

/** Reads a delimited file. Lines starting with `#` are comments and are skipped (munpatch). */
export function readDelimited(path, { delimiter = ',', encoding = 'utf8' } = {}) {
  const text = readFileSync(path).toString(encoding);
  const body = text.split('\n').filter((line) => !line.startsWith('#')).join('\n');
  return parseDelimited(body, delimiter);
}

export function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Strict number parse: returns null for anything that is not a plain decimal number. */
export function toNumber(text) {
  const s = String(text ?? '').trim();
  if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
  return Number(s);
}

/** Rounds to `digits` decimals and normalises -0. */
export function round(value, digits) {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  const f = 10 ** digits;
  const r = Math.round(value * f) / f;
  return Object.is(r, -0) ? 0 : r;
}

/** JSON text of a data file: compact, key order as built, trailing newline. */
export function jsonText(obj) {
  return JSON.stringify(obj) + '\n';
}

export function writeText(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

export function gzipSize(text) {
  return gzipSync(Buffer.from(text), { level: 9 }).length;
}

/** Compares strings by code point (stable, locale independent). */
export function byCodePoint(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
