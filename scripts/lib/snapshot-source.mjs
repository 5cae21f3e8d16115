// The citation of a figure built from a `npm run data:fetch` snapshot: the publisher, its table, the
// address asked and the day it was fetched (from the snapshot's metadata.json).

/** @param {{ meta: object }} snapshot @param {{ table: string, countries: string[] }} o */
export function snapshotSource(snapshot, { table, countries }) {
  const { meta } = snapshot;
  return {
    publisher: `${meta.publisher}, fetched ${meta.fetched.slice(0, 10)} from its API`,
    organisation: meta.publisher,
    table,
    licence: meta.licence,
    ...(meta.licenceCode ? { licenceCode: meta.licenceCode } : {}),
    url: meta.files[0].url,
    countries,
  };
}
