// A reader of R's serialization format (the `.rda` / `.RData` files that `save()` writes, and the
// stream inside `.rds`), enough for data packages: vectors, factors, attributes, lists, data frames
// and tibbles. Written from R's documented format ("R Internals", section 1.8 "Serialization
// Formats"); only the XDR (big-endian binary) flavour, versions 2 and 3.
//
//   readRda(buffer)            → Map name → value (the objects saved in the file)
//   unserialize(buffer)        → one value (a serialized stream: 'X\n' + header + item)
//   toRows(dataFrame)          → array of plain row objects
//
// Values are plain JavaScript:
//   logical → (boolean|null)[], integer → (number|null)[], double → (number|null)[],
//   character → (string|null)[] (R's NA is null throughout; NaN stays NaN),
//   list → unknown[]; a pairlist → { tag: value } in an RPairlist; NULL → null.
// Vectors carry their attributes in `.attributes` (a plain object) and their R type in `.rtype`
// (both non-enumerable).
// Factors (integer vectors with class "factor") become arrays of their level strings, with
// `.levels` and `.codes` kept. Data frames become RDataFrame { names, columns, nrow, attributes }.
import seekBzip from 'seek-bzip';
import { gunzipSync } from 'node:zlib';

// SEXP types (R Internals 1.1) and the pseudo-types of the serialization format.
export const SXP = {
  NIL: 0, SYM: 1, LIST: 2, CLO: 3, ENV: 4, PROM: 5, LANG: 6, SPECIAL: 7, BUILTIN: 8, CHAR: 9,
  LGL: 10, INT: 13, REAL: 14, CPLX: 15, STR: 16, DOT: 17, ANY: 18, VEC: 19, EXPR: 20, BCODE: 21,
  EXTPTR: 22, WEAKREF: 23, RAW: 24, S4: 25,
  // pseudo-types
  REF: 255, NILVALUE: 254, GLOBALENV: 253, UNBOUNDVALUE: 252, MISSINGARG: 251, BASENAMESPACE: 250,
  NAMESPACE: 249, PACKAGE: 248, PERSIST: 247, EMPTYENV: 242, BASEENV: 241, ATTRLANG: 240,
  ATTRLIST: 239, ALTREP: 238,
};
const IS_OBJECT = 1 << 8;
const HAS_ATTR = 1 << 9;
const HAS_TAG = 1 << 10;
const NA_INTEGER = -2147483648;

/** R's NA_real_ is a NaN whose low word is 1954; other NaNs are NaN. */
function isNaReal(view, offset) {
  return view.getUint32(offset + 4) === 1954 && (view.getUint32(offset) & 0x7ff00000) === 0x7ff00000;
}

/** A symbol (name), distinct from a string. */
export class RSymbol {
  constructor(name) { this.name = name; }
}

/** A pairlist: ordered [tag, value] entries (attributes, the saved objects of an .rda file). */
export class RPairlist {
  constructor(entries = []) { this.entries = entries; }
  get(tag) { return this.entries.find(([t]) => t === tag)?.[1]; }
  toObject() { return Object.fromEntries(this.entries.map(([t, v], i) => [t ?? String(i), v])); }
}

/** An environment (only its frame is read). */
export class REnvironment {
  constructor() { this.frame = null; this.enclos = null; this.attributes = undefined; this.locked = false; }
}

/** A data frame (or tibble): columns by name, all of length `nrow`. */
export class RDataFrame {
  constructor(names, columns, nrow, attributes) { this.names = names; this.columns = columns; this.nrow = nrow; this.attributes = attributes; }
  column(name) {
    const i = this.names.indexOf(name);
    if (i < 0) throw new Error(`no column ${name} (columns: ${this.names.join(', ')})`);
    return this.columns[i];
  }
  get classes() { return this.attributes.class ?? []; }
}

/** Sets a non-enumerable property (R metadata on a JavaScript array stays out of loops and comparisons). */
function meta(target, key, value) {
  Object.defineProperty(target, key, { value, writable: true, configurable: true, enumerable: false });
  return target;
}

class Reader {
  constructor(bytes) {
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.pos = 0;
    this.refs = [];
    this.decoder = new TextDecoder('utf-8');
    this.latin1 = new TextDecoder('latin1');
  }

  need(n) {
    if (this.pos + n > this.bytes.length) throw new Error(`R serialization: unexpected end of data at byte ${this.pos} (needed ${n} more)`);
  }

  int() {
    this.need(4);
    const v = this.view.getInt32(this.pos);
    this.pos += 4;
    return v;
  }

  length() {
    const n = this.int();
    if (n !== -1) {
      if (n < 0) throw new Error(`R serialization: negative length ${n} at byte ${this.pos - 4}`);
      return n;
    }
    const upper = this.int();
    const lower = this.int();
    return upper * 2 ** 32 + (lower >>> 0);
  }

  header() {
    this.need(2);
    const format = String.fromCharCode(this.bytes[this.pos], this.bytes[this.pos + 1]);
    this.pos += 2;
    if (format !== 'X\n') {
      throw new Error(format === 'A\n' || format === 'B\n'
        ? `R serialization: only the XDR binary format is supported, not ${JSON.stringify(format)}`
        : `R serialization: not a serialized stream (format ${JSON.stringify(format)})`);
    }
    const version = this.int();
    if (version !== 2 && version !== 3) throw new Error(`R serialization: unsupported version ${version}`);
    const writer = this.int();
    const minReader = this.int();
    let nativeEncoding;
    if (version === 3) {
      const n = this.int();
      this.need(n);
      nativeEncoding = this.latin1.decode(this.bytes.subarray(this.pos, this.pos + n));
      this.pos += n;
    }
    return { version, writer: rVersion(writer), minReader: rVersion(minReader), nativeEncoding };
  }

  item() {
    const flags = this.int();
    const type = flags & 0xff;
    const levels = flags >>> 12;
    const hasAttr = (flags & HAS_ATTR) !== 0;
    switch (type) {
      case SXP.NILVALUE: return null;
      case SXP.EMPTYENV: return { env: 'empty' };
      case SXP.BASEENV: return { env: 'base' };
      case SXP.GLOBALENV: return { env: 'global' };
      case SXP.UNBOUNDVALUE: return { unbound: true };
      case SXP.MISSINGARG: return { missingArg: true };
      case SXP.BASENAMESPACE: return { namespace: 'base' };
      case SXP.REF: {
        let index = flags >>> 8;
        if (index === 0) index = this.int();
        const value = this.refs[index - 1];
        if (value === undefined) throw new Error(`R serialization: reference ${index} to an object not yet read`);
        return value;
      }
      case SXP.PERSIST: {
        const names = this.item();
        const value = { persistent: names };
        this.refs.push(value);
        return value;
      }
      case SXP.SYM: {
        const name = this.item(); // a CHARSXP
        const sym = new RSymbol(name);
        this.refs.push(sym);
        return sym;
      }
      case SXP.PACKAGE:
      case SXP.NAMESPACE: {
        const info = this.stringVectorBody();
        const value = { [type === SXP.PACKAGE ? 'package' : 'namespace']: info };
        this.refs.push(value);
        return value;
      }
      case SXP.ENV: {
        const env = new REnvironment();
        this.refs.push(env); // before the contents: they may refer to it
        env.locked = this.int() !== 0;
        env.enclos = this.item();
        env.frame = this.item();
        this.item(); // hash table
        const attrib = this.item();
        if (attrib instanceof RPairlist) env.attributes = attrib.toObject();
        return env;
      }
      case SXP.LIST: case SXP.LANG: case SXP.CLO: case SXP.PROM: case SXP.DOT:
      case SXP.ATTRLANG: case SXP.ATTRLIST:
        return this.pairlist(flags);
      case SXP.ALTREP: return this.altrep();
      case SXP.CHAR: return this.charsxp(levels);
      case SXP.LGL: return this.attributes(this.logicals(), SXP.LGL, hasAttr);
      case SXP.INT: return this.attributes(this.integers(), SXP.INT, hasAttr);
      case SXP.REAL: return this.attributes(this.doubles(), SXP.REAL, hasAttr);
      case SXP.CPLX: {
        const n = this.length();
        const out = [];
        for (let i = 0; i < n; i++) out.push(this.double2());
        return this.attributes(out, SXP.CPLX, hasAttr);
      }
      case SXP.STR: return this.attributes(this.stringVectorBody(), SXP.STR, hasAttr);
      case SXP.VEC: case SXP.EXPR: {
        const n = this.length();
        const out = [];
        for (let i = 0; i < n; i++) out.push(this.item());
        return this.attributes(out, type, hasAttr);
      }
      case SXP.RAW: {
        const n = this.length();
        this.need(n);
        const out = this.bytes.slice(this.pos, this.pos + n);
        this.pos += n;
        return this.attributes(out, SXP.RAW, hasAttr);
      }
      case SXP.S4: {
        const value = { s4: true };
        if (hasAttr) value.attributes = this.attributeObject();
        return value;
      }
      default:
        throw new Error(`R serialization: unsupported SEXP type ${type} at byte ${this.pos - 4}`);
    }
  }

  pairlist(flags) {
    // Pairlists are read iteratively along the CDR chain (long attribute lists would nest deeply).
    const entries = [];
    let attrs;
    const kind = flags & 0xff;
    for (;;) {
      const type = flags & 0xff;
      if (type === SXP.NILVALUE) break;
      if (![SXP.LIST, SXP.LANG, SXP.CLO, SXP.PROM, SXP.DOT, SXP.ATTRLANG, SXP.ATTRLIST].includes(type)) {
        // An improper (dotted) list: the CDR is some other object.
        this.pos -= 4;
        entries.push([null, this.item()]);
        break;
      }
      if (flags & HAS_ATTR) {
        const a = this.attributeObject();
        attrs ??= a;
      }
      let tag = null;
      if (flags & HAS_TAG) {
        const t = this.item();
        tag = t instanceof RSymbol ? t.name : t === null ? null : String(t?.name ?? t);
      }
      const car = this.item();
      entries.push([tag, car]);
      flags = this.int();
    }
    const list = new RPairlist(entries);
    list.rtype = kind;
    if (attrs) list.attributes = attrs;
    return list;
  }

  altrep() {
    const info = this.item(); // pairlist: class symbol, package symbol, base type
    const state = this.item();
    const attr = this.item();
    const cls = info instanceof RPairlist ? info.entries[0]?.[1]?.name : undefined;
    let value;
    if (cls === 'compact_intseq' || cls === 'compact_realseq') {
      // state: a double vector (length, first, step)
      const [n, first, step] = state;
      value = Array.from({ length: n }, (_, i) => first + i * step);
      meta(value, 'rtype', cls === 'compact_intseq' ? SXP.INT : SXP.REAL);
    } else if (cls?.startsWith('wrap_')) {
      // state: list(x, metadata)
      value = state[0];
    } else if (cls === 'deferred_string') {
      // state: pairlist (the original numbers, scalar info); coerce as R's as.character would for integers
      const source = state instanceof RPairlist ? state.entries[0][1] : state;
      value = source.map((v) => (v === null ? null : String(v)));
      meta(value, 'rtype', SXP.STR);
    } else {
      throw new Error(`R serialization: unsupported ALTREP class ${cls}`);
    }
    if (attr instanceof RPairlist) return this.finish(value, attr.toObject());
    return value;
  }

  charsxp(levels) {
    const n = this.int();
    if (n === -1) return null; // NA_STRING
    this.need(n);
    const raw = this.bytes.subarray(this.pos, this.pos + n);
    this.pos += n;
    const LATIN1 = 1 << 2;
    return (levels & LATIN1) ? this.latin1.decode(raw) : this.decoder.decode(raw);
  }

  stringVectorBody() {
    const n = this.length();
    const out = new Array(n);
    for (let i = 0; i < n; i++) {
      const flags = this.int();
      const type = flags & 0xff;
      if (type !== SXP.CHAR) throw new Error(`R serialization: string vector element of type ${type}`);
      out[i] = this.charsxp(flags >>> 12);
    }
    return out;
  }

  logicals() {
    const n = this.length();
    this.need(4 * n);
    const out = new Array(n);
    for (let i = 0; i < n; i++) {
      const v = this.view.getInt32(this.pos + 4 * i);
      out[i] = v === NA_INTEGER ? null : v !== 0;
    }
    this.pos += 4 * n;
    return out;
  }

  integers() {
    const n = this.length();
    this.need(4 * n);
    const out = new Array(n);
    for (let i = 0; i < n; i++) {
      const v = this.view.getInt32(this.pos + 4 * i);
      out[i] = v === NA_INTEGER ? null : v;
    }
    this.pos += 4 * n;
    return out;
  }

  doubles() {
    const n = this.length();
    this.need(8 * n);
    const out = new Array(n);
    for (let i = 0; i < n; i++) out[i] = this.double2();
    return out;
  }

  double2() {
    this.need(8);
    const value = isNaReal(this.view, this.pos) ? null : this.view.getFloat64(this.pos);
    this.pos += 8;
    return value;
  }

  attributeObject() {
    const list = this.item();
    if (!(list instanceof RPairlist)) throw new Error('R serialization: attributes are not a pairlist');
    return list.toObject();
  }

  attributes(value, rtype, hasAttr) {
    meta(value, 'rtype', rtype);
    if (!hasAttr) return value;
    return this.finish(value, this.attributeObject());
  }

  /** Attaches attributes and turns factors and data frames into their JavaScript shapes. */
  finish(value, attributes) {
    meta(value, 'attributes', attributes);
    const classes = attributes.class ?? [];
    if (classes.includes('factor') && value.rtype === SXP.INT) {
      const levels = attributes.levels ?? [];
      const out = value.map((code) => (code === null ? null : levels[code - 1] ?? null));
      meta(out, 'rtype', SXP.INT);
      meta(out, 'attributes', attributes);
      meta(out, 'levels', levels);
      meta(out, 'codes', value);
      return out;
    }
    if (classes.includes('data.frame') && value.rtype === SXP.VEC) {
      const names = attributes.names ?? [];
      const rowNames = attributes['row.names'];
      // Compact row names: c(NA, -n) or c(NA, n).
      let nrow;
      if (Array.isArray(rowNames) && rowNames.length === 2 && rowNames[0] === null && rowNames.rtype === SXP.INT) nrow = Math.abs(rowNames[1]);
      else if (Array.isArray(rowNames)) nrow = rowNames.length;
      else nrow = value[0]?.length ?? 0;
      value.forEach((column, i) => {
        if (column?.length !== nrow) throw new Error(`R serialization: data frame column ${names[i]} has ${column?.length} rows, not ${nrow}`);
      });
      return new RDataFrame(names, [...value], nrow, attributes);
    }
    return value;
  }
}

/** "4.5.2" from R's packed version integer. */
function rVersion(v) {
  return `${Math.floor(v / 65536)}.${Math.floor((v % 65536) / 256)}.${v % 256}`;
}

/** Decompresses bzip2 (seek-bzip) or gzip data, chosen by magic number as R's load() does; other bytes pass through. */
export function decompress(bytes) {
  const b = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (b[0] === 0x42 && b[1] === 0x5a && b[2] === 0x68) return new Uint8Array(seekBzip.decode(Buffer.from(b.buffer, b.byteOffset, b.byteLength)));
  if (b[0] === 0x1f && b[1] === 0x8b) return new Uint8Array(gunzipSync(b));
  if (b[0] === 0xfd && b[1] === 0x37 && b[2] === 0x7a && b[3] === 0x58) throw new Error('xz-compressed R data is not supported (re-save with compress = "bzip2" or "gzip")');
  return b;
}

/** One value from a serialized stream (`serialize()` output, the content of an `.rds` file). */
export function unserialize(bytes) {
  const r = new Reader(decompress(bytes));
  const header = r.header();
  const value = r.item();
  return { header, value };
}

/** The objects of an `.rda` / `.RData` file (`save()` output), by name. */
export function readRda(bytes) {
  const b = decompress(bytes);
  const magic = String.fromCharCode(...b.subarray(0, 5));
  if (magic !== 'RDX2\n' && magic !== 'RDX3\n') throw new Error(`not an R data file (magic ${JSON.stringify(magic)}); only the XDR formats RDX2 and RDX3 are supported`);
  const r = new Reader(b.subarray(5));
  r.header();
  const top = r.item();
  if (!(top instanceof RPairlist)) throw new Error('R data file: the saved objects are not a pairlist');
  return new Map(top.entries.map(([name, value]) => [name, value]));
}

/** Rows of a data frame as plain objects (column name → value). */
export function toRows(df) {
  const rows = new Array(df.nrow);
  for (let i = 0; i < df.nrow; i++) {
    const row = {};
    for (let j = 0; j < df.names.length; j++) row[df.names[j]] = df.columns[j][i];
    rows[i] = row;
  }
  return rows;
}
