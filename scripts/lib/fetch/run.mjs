// Runs the fetchers and writes one snapshot per dataset. The first request that cannot reach the
// network stops the whole run: nothing more is written and the caller prints one line.
import { OfflineError } from './http.mjs';
import { writeSnapshot } from './store.mjs';
import { SOURCES } from './sources.mjs';

/**
 * @param {{ fetch: typeof fetch, snapshotsDir: string, only?: string[], now?: () => Date, log?: (s: string) => void, sources?: object }} o
 * @returns {Promise<{ written: string[], failed: { what: string, error: Error }[], offline: OfflineError|null }>}
 */
export async function runFetch({ fetch: fetchImpl, snapshotsDir, only, now = () => new Date(), log = () => {}, sources = SOURCES }) {
  const names = only?.length ? only : Object.keys(sources);
  for (const n of names) if (!sources[n]) throw new Error(`unknown source ${n}; known: ${Object.keys(sources).join(', ')}`);
  const written = [];
  const failed = [];
  for (const name of names) {
    for (const ds of sources[name].datasets) {
      const what = `${name}/${ds.dataset}`;
      try {
        const fetched = now();
        const { files, notes } = await ds.fetch(fetchImpl, what);
        const dir = writeSnapshot(snapshotsDir, { source: name, dataset: ds.dataset, publisher: ds.publisher, table: ds.table, licence: ds.licence, licenceCode: ds.licenceCode, fetched, files, notes });
        written.push(dir);
        log(`✓ ${what}: ${files.length} file(s) → ${dir}`);
      } catch (error) {
        if (error instanceof OfflineError) return { written, failed, offline: error };
        failed.push({ what, error });
        log(`✗ ${what}: ${error.message}`);
      }
    }
  }
  return { written, failed, offline: null };
}
