import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { SourceRef } from './data-types.js';

/** Only http(s) addresses become links; anything else from a data file is shown as text. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** A link that opens the source without giving it access to the page. */
export function sourceLink(text: string, url: string | undefined): unknown {
  const href = safeHref(url);
  return href ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${text}</a>` : text;
}

/** Years as a range (`1997–2022`) or one year. */
export function yearSpan(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}

/**
 * The source line every widget shows: publisher (linked), table, licence and the years shown.
 * `label` replaces "Source:" (the map cites its boundaries on a second line); `years` is optional.
 */
export function renderSourceLine(sources: readonly SourceRef[], years?: string, label?: string): unknown {
  if (!sources.length) return nothing;
  return html`<p class="source" part="footer">
    ${label ?? msg('Source:')}
    ${sources.map(
      (source, index) => html`${index ? '; ' : ''}${sourceLink(source.publisher, source.url)}${source.table
          ? html` (${source.table})`
          : nothing}, ${msg(str`licence: ${source.licence}`)}`,
    )}.${years ? html` ${msg(str`Years: ${years}.`)}` : nothing}
  </p>`;
}
