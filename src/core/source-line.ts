import { css, html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { SourceRef } from './data-types.js';
import { safeHref } from './safe-href.js';

/** A link that opens the source without giving it access to the page. */
export function sourceLink(text: string, url: string | undefined): unknown {
  const href = safeHref(url);
  return href ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${text}</a>` : text;
}

/** Years as a range (`1997–2022`) or one year. */
export function yearSpan(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}

/** How many organisations the one-line source names before "and N more". */
const MAX_NAMED = 5;

/**
 * The organisations behind the sources, once each: `organisation` where the file gives it (several
 * joined by ", "), else the publisher up to its first bracket, comma, semicolon or " via ".
 */
export function organisations(sources: readonly SourceRef[]): string[] {
  const names = sources.flatMap((source) =>
    source.organisation
      ? source.organisation.split(/,\s*/)
      : [source.publisher.split(/\s*[(,;]|\s+via\s|\s+\/\s/)[0]!],
  );
  return [...new Set(names.map((name) => organisationName(name.trim())).filter(Boolean))];
}

/** An organisation's name in the reader's language, where it has one; else as given. */
export function organisationName(name: string): string {
  switch (name) {
    case 'Statistics Sweden':
      return msg('Statistics Sweden');
    case 'Statistics Norway':
      return msg('Statistics Norway');
    case 'Statistics Denmark':
      return msg('Statistics Denmark');
    case 'Statistics Finland':
      return msg('Statistics Finland');
    case 'Statistics Iceland':
      return msg('Statistics Iceland');
    case 'World Bank':
      return msg('World Bank');
    case 'UN Population Division':
      return msg('UN Population Division');
    case 'National Land Survey of Finland':
      return msg('National Land Survey of Finland');
    case 'National Land Survey of Iceland':
      return msg('National Land Survey of Iceland');
    default:
      return name;
  }
}

/** A licence code in the reader's language; `undefined` for a code the widgets do not know. */
export function licenceName(code: string | undefined): string | undefined {
  switch (code) {
    case 'not-stated':
      return msg('not stated');
    case 'public-domain':
      return msg('public domain');
    case 'CC-BY-4.0':
      return 'CC BY 4.0';
    case 'CC0-1.0':
      return 'CC0 1.0';
    case 'ODC-PDDL-1.0':
    case 'ODC-BY-1.0':
    case 'MIT':
    case 'ISC':
    case 'NLOD-1.0':
    case 'NLOD-2.0':
      return code;
    default:
      return undefined;
  }
}

/**
 * A source's licence for the reader: in English the file's note, which says most ("not stated (the
 * repository states none; SSB publishes under CC BY 4.0)"); in other languages the code in that
 * language, with the publisher's own licence where the copy states none. Without a code the widgets
 * know (a partner's file), the file's `licence` text.
 */
export function licenceText(source: SourceRef, lang: string): string {
  const name = licenceName(source.licenceCode);
  if (lang === 'en' || !name) return msg(str`Licence: ${source.licence}`);
  const upstream = licenceName(source.upstreamLicenceCode);
  return upstream ? msg(str`Licence: ${name}; the publisher's own licence: ${upstream}`) : msg(str`Licence: ${name}`);
}

export interface SourceOptions {
  /** The reader's language (the English note on a licence is shown only in English). */
  lang?: string;
  /** Map boundaries, cited inside the disclosure. */
  boundaries?: readonly SourceRef[];
  /** Caveats shown inside the disclosure. */
  notes?: readonly string[];
}

function renderCitation(source: SourceRef, lang: string): unknown {
  // In English the whole chain ("X, via Y"); in other languages the organisations, in that language.
  const name = lang === 'en' || !source.organisation ? source.publisher : organisations([source]).join(', ');
  const href = safeHref(source.url);
  return html`<li>
    ${name}${source.table ? html`: <span class="source-table">${source.table}</span>` : nothing}.
    ${licenceText(source, lang)}.
    ${href ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${linkText(href)}</a>` : nothing}
  </li>`;
}

/** A link's visible text: host and the first two path segments (`github.com/owner/repo`). */
function linkText(href: string): string {
  const url = new URL(href);
  return [url.host, ...url.pathname.split('/').filter(Boolean).slice(0, 2)].join('/');
}

/**
 * What every widget shows under itself: one short line (the organisations and the years shown)
 * and a native disclosure with the full citation: each source's table, licence and link, the map's
 * boundaries and the notes. `years` is optional. Everything is text, never HTML.
 */
export function renderSourceLine(sources: readonly SourceRef[], years?: string, options: SourceOptions = {}): unknown {
  if (!sources.length) return nothing;
  const lang = options.lang ?? 'en';
  const names = organisations(sources);
  const named = names.length > MAX_NAMED ? names.slice(0, MAX_NAMED - 1) : names;
  const more = names.length - named.length;
  const boundaries = options.boundaries ?? [];
  const notes = options.notes ?? [];
  return html`<div class="source" part="footer">
    <p class="source-line">${msg('Source:')} ${named.join(', ')}${more ? ` ${msg(str`and ${more} more`)}` : ''}${years
        ? ` · ${years}`
        : ''}</p>
    <details class="source-details">
      <summary>${msg('Sources and licences')}</summary>
      <ul class="source-list">${sources.map((source) => renderCitation(source, lang))}</ul>
      ${boundaries.length
        ? html`<div class="source-boundaries">
            <p class="source-heading">${msg('Boundaries:')}</p>
            <ul class="source-list">${boundaries.map((source) => renderCitation(source, lang))}</ul>
          </div>`
        : nothing}
      ${notes.map((note) => html`<p class="source-note">${note}</p>`)}
    </details>
  </div>`;
}

/** The source line and its "Sources and licences" disclosure ({@link renderSourceLine}): only in widgets that show one (kept out of styles.ts, so a card does not download them). */
export const sourceLineStyles = css`
  .source {
    margin: 0.5rem 0 0;
    font-size: 0.8rem;
    color: var(--_muted);
  }
  .source p {
    margin: 0;
  }
  .source summary {
    cursor: pointer;
    width: fit-content;
    padding: 0.25rem 0;
  }
  .source-list {
    margin: 0.25rem 0;
    padding-inline-start: 1.25rem;
  }
  .source-list li {
    overflow-wrap: anywhere;
  }
  .source .source-heading,
  .source .source-note {
    margin-top: 0.4rem;
  }
`;
