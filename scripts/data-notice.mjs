/**
 * DATA-NOTICE.md for the package: every data set's publisher, licence and attribution, read from
 * the sources the built data files cite themselves (`sources` entries, written by
 * scripts/build-data.mjs from scripts/lib/sources*.mjs), so the notice can never disagree with the
 * data it ships. Run in `npm run build`: `node scripts/data-notice.mjs [root]`.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** The shipped data files (JSON), without the raw inputs and the schemas. */
export function dataFiles(dataDir) {
  const walk = (dir) =>
    readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))
      .flatMap((entry) => {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) return entry.name === 'raw' || entry.name === 'schemas' ? [] : walk(path);
        return entry.name.endsWith('.json') ? [path] : [];
      });
  return walk(dataDir);
}

/** Every object in a value that cites a source: it has a publisher and an address. */
function citations(value, found = []) {
  if (Array.isArray(value)) value.forEach((item) => citations(item, found));
  else if (value && typeof value === 'object') {
    if (typeof value.publisher === 'string' && typeof value.url === 'string') found.push(value);
    Object.values(value).forEach((item) => citations(item, found));
  }
  return found;
}

/**
 * The data sets (sources with a licence) and the publications (cited without one, as the
 * learning examples cite reports and articles), each once, with the files that cite it.
 */
export function collectSources(dataDir) {
  const datasets = new Map();
  const publications = new Map();
  for (const file of dataFiles(dataDir)) {
    const name = relative(dataDir, file).split('\\').join('/');
    for (const source of citations(JSON.parse(readFileSync(file, 'utf8')))) {
      const isDataset = typeof source.licence === 'string';
      const key = isDataset ? [source.publisher, source.table ?? '', source.licence, source.url].join('\n') : [source.publisher, source.title ?? '', source.url].join('\n');
      const list = isDataset ? datasets : publications;
      if (!list.has(key)) list.set(key, { source, files: new Set() });
      list.get(key).files.add(name);
    }
  }
  const byPublisher = (a, b) => a.source.publisher.localeCompare(b.source.publisher) || (a.source.table ?? a.source.title ?? '').localeCompare(b.source.table ?? b.source.title ?? '');
  return { datasets: [...datasets.values()].sort(byPublisher), publications: [...publications.values()].sort(byPublisher) };
}

/** Text for a Markdown table cell. */
const cell = (text) => String(text ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** The notice: a table per kind of source, attribution lines written from the cited fields only. */
export function dataNotice(dataDir) {
  const { datasets, publications } = collectSources(dataDir);
  const files = (entry) => [...entry.files].map((file) => `\`${file}\``).join(', ');
  /** A Markdown table: header cells, then one row of cells per entry. */
  const table = (header, rows) => [`| ${header.join(' | ')} |`, `|${' --- |'.repeat(header.length)}`, ...rows.map((row) => `| ${row.join(' | ')} |`)];
  const lines = [
    '# Data notice',
    '',
    'The code of this package is under the MIT licence (`LICENSE`). The data files in `dist/data/` are not:',
    'they are figures, boundaries and texts from the publishers below, under the licences the sources state.',
    'Made by `scripts/data-notice.mjs` from the `sources` that the data files cite; `dist/data/README.md`',
    'describes how each file was built.',
    '',
    `## Data sets (${datasets.length})`,
    '',
    'Attribution: credit each source you show as in its attribution line. Where the licence says "not stated",',
    'the copy used states no licence; confirm the terms with the publisher before redistributing those figures.',
    '',
    ...table(
      ['publisher', 'table', 'licence', 'attribution', 'used in'],
      datasets.map((entry) => {
        const { publisher, table: name, licence, url } = entry.source;
        return [cell(publisher), cell(name), cell(licence), cell(`Source: ${publisher}${name ? `, ${name}` : ''}. <${url}>`), files(entry)];
      }),
    ),
    '',
    `## Publications cited by the learning examples (${publications.length})`,
    '',
    'The data files give no licence for these; each is cited where its text is used.',
    '',
    ...table(
      ['publisher', 'title', 'year', 'address', 'used in'],
      publications.map(({ source, ...entry }) => [cell(source.publisher), cell(source.title), cell(source.year), `<${source.url}>`, files(entry)]),
    ),
  ];
  return `${lines.join('\n')}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = resolve(process.argv[2] ?? '.');
  writeFileSync(join(root, 'DATA-NOTICE.md'), dataNotice(join(root, 'data')));
}
