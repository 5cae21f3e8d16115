/**
 * Only http(s) addresses become links; anything else from a data file is shown as text. A module of
 * its own so a card, which links its sources itself, does not download the source line's code.
 */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

