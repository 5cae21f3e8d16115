// One request helper for every fetcher: an injectable fetch (tests pass a recorded one, so they never
// touch the network), a timeout, and errors that say which kind of failure happened.

/** The network is not reachable (DNS, refused connection, timeout): the command stops and changes nothing. */
export class OfflineError extends Error {
  constructor(url, cause) {
    super(`no network: ${cause} (${new URL(url).host})`);
    this.name = 'OfflineError';
  }
}
/** The server answered, but not with 2xx. */
export class HttpError extends Error {
  constructor(url, status, body) {
    super(`${url} answered HTTP ${status}${body ? `: ${body.slice(0, 200).replace(/\s+/g, ' ').trim()}` : ''}`);
    this.name = 'HttpError';
    this.status = status;
  }
}
/** The answer is not in the format we asked for. */
export class FormatError extends Error {
  constructor(what, detail) {
    super(`${what}: unexpected format (${detail})`);
    this.name = 'FormatError';
  }
}

const OFFLINE_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENETUNREACH', 'EHOSTUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

/** The code of a failed fetch (undici wraps the system error in `cause`), or null if it is not a network failure. */
export function offlineCode(error) {
  for (let e = error; e; e = e.cause) {
    if (e.name === 'TimeoutError' || e.name === 'AbortError') return 'timeout';
    if (e.code && OFFLINE_CODES.has(e.code)) return e.code;
  }
  return null;
}

/**
 * @param {typeof fetch} fetchImpl
 * @param {string} url
 * @param {{ method?: string, json?: unknown, timeoutMs?: number }} [options]
 * @returns {Promise<{ url: string, method: string, body: string|null, bytes: Buffer, contentType: string }>}
 */
export async function request(fetchImpl, url, { method = 'GET', json, timeoutMs = 60_000 } = {}) {
  const body = json === undefined ? null : JSON.stringify(json);
  let response;
  try {
    response = await fetchImpl(url, {
      method,
      headers: body ? { 'content-type': 'application/json', accept: '*/*' } : { accept: '*/*' },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const code = offlineCode(error);
    if (code) throw new OfflineError(url, code);
    throw error;
  }
  const bytes = Buffer.from(await response.arrayBuffer());
  if (!response.ok) throw new HttpError(url, response.status, bytes.toString('utf8'));
  return { url, method, body, bytes, contentType: response.headers.get('content-type') ?? '' };
}

/** Parses JSON from a response, or throws a FormatError naming what was expected. */
export function parseJson(bytes, what) {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text);
  } catch {
    throw new FormatError(what, `not JSON, starts with ${JSON.stringify(text.slice(0, 40))}`);
  }
}
