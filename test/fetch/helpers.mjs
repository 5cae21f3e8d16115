// Recorded answers served by an injected fetch: tests never reach the network.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../data/helpers.mjs';

export { ROOT };
export const FIXTURES = join(ROOT, 'test', 'fixtures', 'fetch');
export const fixture = (p) => readFileSync(join(FIXTURES, p));
export const raw = (...p) => readFileSync(join(ROOT, 'data', 'raw', 'stats', 'raw', ...p));

/** The body of a VCR cassette's (only) response, as recorded: `!binary` base64 or a single-quoted YAML string. */
export function cassetteBody(yml) {
  const text = yml.toString('utf8');
  const bin = text.match(/string: !binary \|-\n((?: {8}.*\n)+)/);
  if (bin) return Buffer.from(bin[1].replace(/\s+/g, ''), 'base64');
  const quoted = text.match(/ {4}body:\n {6}encoding: [^\n]+\n {6}string: '((?:[^']|'')*)'\n {2}recorded_at/);
  if (!quoted) throw new Error('no response body in the cassette');
  // YAML single-quoted scalar: a line break plus indentation folds to one space, '' is one quote.
  return Buffer.from(quoted[1].replace(/\n\s*/g, ' ').replace(/''/g, "'"), 'utf8');
}

/** A fetch answering from `routes` (url → Buffer | (init) => Buffer | Error); records every call. */
export function recordedFetch(routes) {
  const calls = [];
  const fetchImpl = async (url, init = {}) => {
    calls.push({ url, method: init.method ?? 'GET', body: init.body ? JSON.parse(init.body) : null });
    const key = Object.keys(routes).find((k) => url === k || url.startsWith(k));
    if (!key) return new Response('not recorded', { status: 404 });
    const r = typeof routes[key] === 'function' ? routes[key](init) : routes[key];
    if (r instanceof Error) throw r;
    return new Response(r, { status: 200 });
  };
  return { fetch: fetchImpl, calls };
}

/** What undici's fetch throws when DNS fails. */
export const dnsFailure = () => new TypeError('fetch failed', { cause: Object.assign(new Error('getaddrinfo ENOTFOUND example'), { code: 'ENOTFOUND' }) });
