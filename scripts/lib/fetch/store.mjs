// Snapshots: a raw file per request exactly as downloaded, plus metadata.json (address, query, publisher,
// table, licence, when fetched, sha256 of every file). Written into a hidden folder and renamed into
// place in one step, so a failed run leaves no half-written snapshot. The build reads only complete ones.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SNAPSHOT_FORMAT = 'nordic-snapshot/1';
export const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
const STAMP = /^\d{4}-\d{2}-\d{2}T\d{6}Z$/;

/** `2026-12-06T101500Z`: sorts by time, safe as a folder name. */
export const stampOf = (date) => date.toISOString().slice(0, 19).replace(/:/g, '') + 'Z';

/**
 * Writes one snapshot atomically. `files`: [{ name, bytes, url, method, query }].
 * @returns {string} the snapshot folder
 */
export function writeSnapshot(snapshotsDir, { source, dataset, publisher, table, licence, licenceCode, fetched, files, notes }) {
  const parent = join(snapshotsDir, source, dataset);
  mkdirSync(parent, { recursive: true });
  const final = join(parent, stampOf(fetched));
  if (existsSync(final)) throw new Error(`snapshot ${final} exists already`);
  const tmp = join(parent, `.partial-${process.pid}-${Date.now()}`);
  mkdirSync(tmp);
  try {
    const meta = {
      format: SNAPSHOT_FORMAT, source, dataset, publisher, table, licence, licenceCode, fetched: fetched.toISOString(),
      files: files.map(({ name, bytes, url, method, query }) => ({ name, url, method, query: query ?? null, bytes: bytes.length, sha256: sha256(bytes) })),
      ...(notes?.length ? { notes } : {}),
    };
    for (const f of files) writeFileSync(join(tmp, f.name), f.bytes);
    writeFileSync(join(tmp, 'metadata.json'), JSON.stringify(meta, null, 2) + '\n');
    renameSync(tmp, final);
    return final;
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
}

/**
 * The newest complete snapshot of a dataset, its files checked against their sha256, or null.
 * @returns {{ dir: string, meta: object, files: Map<string, Buffer> } | null}
 */
export function newestSnapshot(snapshotsDir, source, dataset) {
  const parent = join(snapshotsDir, source, dataset);
  if (!existsSync(parent)) return null;
  const stamps = readdirSync(parent).filter((n) => STAMP.test(n)).sort();
  if (!stamps.length) return null;
  const dir = join(parent, stamps[stamps.length - 1]);
  const meta = JSON.parse(readFileSync(join(dir, 'metadata.json'), 'utf8'));
  if (meta.format !== SNAPSHOT_FORMAT || meta.source !== source || meta.dataset !== dataset) throw new Error(`${dir}/metadata.json is not a ${SNAPSHOT_FORMAT} snapshot of ${source}/${dataset}`);
  const files = new Map();
  for (const f of meta.files) {
    const bytes = readFileSync(join(dir, f.name));
    if (sha256(bytes) !== f.sha256) throw new Error(`${dir}/${f.name} was changed after download (sha256 differs from metadata.json)`);
    files.set(f.name, bytes);
  }
  return { dir, meta, files };
}
