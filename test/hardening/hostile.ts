// What the hardening tests share: the elements and attributes from custom-elements.json (so a
// new attribute is covered without editing a test), the hostile payloads, deep scans of every
// shadow root, and a canary that any executed payload would set.

export interface ManifestElement {
  tag: string;
  attributes: string[];
  cssProperties: string[];
}

interface ManifestDeclaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string }[];
  cssProperties?: { name: string }[];
}

/** Every element the package defines, with its attributes and custom properties, from the built manifest. */
export async function manifestElements(): Promise<ManifestElement[]> {
  const response = await fetch('/custom-elements.json');
  if (!response.ok) throw new Error('custom-elements.json missing: run `npm run build` first');
  const manifest = (await response.json()) as { modules: { declarations?: ManifestDeclaration[] }[] };
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((d) => d.customElement && d.tagName)
      .map((d) => ({ tag: d.tagName!, attributes: (d.attributes ?? []).map((a) => a.name), cssProperties: (d.cssProperties ?? []).map((p) => p.name) })),
  );
}

/** The global that an executed payload sets. */
export const CANARY = '__nordicPwned';

const set = `window.${CANARY}=1`;

/** Hostile strings, each named for the report. Markup ones carry `data-pwn` so a created element is found. */
export const PAYLOADS: Record<string, string> = {
  'img onerror': `<img src=x onerror="${set}" data-pwn>`,
  'svg onload': `"><svg onload="${set}" data-pwn></svg>`,
  script: `<script data-pwn>${set}</script>`,
  'link markup': `<a href="javascript:${set}" data-pwn>x</a>`,
  'attribute breakout': `' onmouseover='${set}' data-pwn='`,
  'javascript: url': `javascript:${set}`,
  'data: url': `data:text/html,<script>${set}</script>`,
  'vbscript: url': 'vbscript:msgbox(1)',
  'css breakout': 'red; } :host, * { display: none !important; } x {',
  'css url': 'url(https://canary.invalid/css.png)',
  'template syntax': '${' + set + '}{{constructor.constructor("' + set + '")()}}',
  'prototype keys': '__proto__',
  constructor: 'constructor',
  'very long': 'W'.repeat(20_000),
  'right-to-left override': '\u202Egnp.exe\u202C \u2067x\u2069 \u200F',
  'zero-width and control': 'a\u200B\u200C\u200D\uFEFFb\u0000\u0007\u001B[31m\u0008\u007F\r\n\t',
};

/** The payloads that are meant as addresses (for link fields). */
export const URL_PAYLOADS = ['javascript: url', 'data: url', 'vbscript: url'].map((name) => PAYLOADS[name]!);

/** Every element under `root`, through every open shadow root, light DOM included. */
export function deepElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  const walk = (node: ParentNode): void => {
    for (const element of node.querySelectorAll('*')) {
      found.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(root);
  return found;
}

/** The address attributes an element could navigate or load with. */
const ADDRESS_ATTRIBUTES = ['href', 'xlink:href', 'src', 'action', 'formaction', 'data', 'srcdoc', 'poster', 'background'];

/**
 * What no payload may cause under `root`: the canary set, an element created from markup
 * (`data-pwn`), an inline event handler, a `<script>`/`<iframe>`/`<object>`/`<embed>`, or an
 * address other than http(s) (or an in-page `#` link). The widgets directly in `root` are not
 * checked themselves: their attributes are the payloads the test wrote. Returns the findings.
 */
export function findBreaches(root: ParentNode): string[] {
  const breaches: string[] = [];
  if ((window as unknown as Record<string, unknown>)[CANARY]) breaches.push('a payload ran (canary set)');
  const written = new Set<Element>(root.children);
  for (const element of deepElements(root)) {
    if (written.has(element)) continue;
    const name = element.localName;
    if (element.hasAttribute('data-pwn')) breaches.push(`<${name} data-pwn> created from a payload`);
    if (/^(script|iframe|object|embed|frame|base|meta|link)$/.test(name)) breaches.push(`<${name}> inside a widget`);
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name)) breaches.push(`<${name} ${attribute.name}> inline handler`);
      if (ADDRESS_ATTRIBUTES.includes(attribute.name.toLowerCase())) {
        const value = attribute.value.trim();
        if (value && !/^https?:\/\//i.test(value) && !value.startsWith('#')) breaches.push(`<${name} ${attribute.name}="${value.slice(0, 60)}">`);
      }
    }
  }
  return breaches;
}

/** Whether `element` is drawn at all (not display:none, not a clipped visually-hidden text). */
function clippedOrHidden(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host ?? null)) {
    const style = getComputedStyle(node);
    if (style.display === 'none' || style.visibility === 'hidden') return true;
    if (node !== element && /(hidden|auto|scroll|clip)/.test(style.overflowX)) return true;
    if (style.clip !== 'auto' && style.clip !== '') return true;
  }
  return false;
}

/**
 * Elements of `widget` that reach out of `container` sideways (`slack` px allowed), leaving out
 * what is hidden or inside a box that scrolls or clips (the table's scroller, visually-hidden text).
 */
export function overflowing(widget: Element, container: Element, slack = 1): string[] {
  const box = container.getBoundingClientRect();
  const out: string[] = [];
  for (const element of [widget, ...deepElements(widget)]) {
    const rect = element.getBoundingClientRect();
    if (!rect.width || (rect.left >= box.left - slack && rect.right <= box.right + slack)) continue;
    if (clippedOrHidden(element)) continue;
    out.push(`<${element.localName} class="${element.getAttribute('class') ?? ''}"> ${Math.round(rect.left)}–${Math.round(rect.right)} outside ${Math.round(box.left)}–${Math.round(box.right)}`);
  }
  return out;
}

/** Errors and rejections nobody caught, while `collect` is on. */
export function watchUncaught(): { errors: string[]; stop(): void } {
  const errors: string[] = [];
  const onError = (event: ErrorEvent): void => void errors.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent): void => void errors.push(`rejection: ${String((event.reason as Error)?.stack ?? event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** A macrotask, then a frame: lets a widget's async reports and redraws run. */
export async function settle(rounds = 1): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await new Promise((resolve) => setTimeout(resolve));
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** The attribute values each element needs to show its usual content (and stay quick: Iceland only). */
export const BASE_ATTRIBUTES: Record<string, Record<string, string>> = {
  'case-study-card': { case: 'krokom' },
  'nordic-migration-map': { countries: 'IS' },
  'nordic-trend-chart': { countries: 'IS NO' },
};

/** Creates `<tag>` with its base attributes plus `extra`. */
export function create(tag: string, extra: Record<string, string> = {}): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries({ ...BASE_ATTRIBUTES[tag], ...extra })) element.setAttribute(name, value);
  return element;
}

/** Resolves at the element's first `nordic-ready` or `nordic-error`, or after `ms`. */
export function firstOutcome(element: Element, ms = 15_000): Promise<string> {
  return new Promise((resolve) => {
    const done = (what: string) => () => resolve(what);
    element.addEventListener('nordic-ready', done('ready'), { once: true });
    element.addEventListener('nordic-error', done('error'), { once: true });
    setTimeout(done('timeout'), ms);
  });
}

/**
 * Installs a partner's strict Content-Security-Policy on the test page (it stays for the rest of
 * the page: run such suites last) and collects its violations until `stop()`.
 */
export function strictCsp(extra = ''): { violations: string[]; stop(): void } {
  const violations: string[] = [];
  const onViolation = (event: SecurityPolicyViolationEvent): void => void violations.push(`${event.violatedDirective} ${event.blockedURI}`);
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = `script-src 'self' 'unsafe-inline'; style-src 'self'; style-src-attr 'none'; img-src 'self' data: blob:; font-src 'self'; media-src 'none'; object-src 'none'; frame-src 'none'${extra}`;
  document.head.append(meta);
  document.addEventListener('securitypolicyviolation', onViolation);
  return { violations, stop: () => document.removeEventListener('securitypolicyviolation', onViolation) };
}

/** Each element's first ready (`ready`) or error (`error <code>: <message>`), releasing lazy widgets meanwhile. */
export async function outcomes(elements: Element[], ms = 20_000): Promise<string[]> {
  const seen = elements.map(() => '');
  elements.forEach((element, i) => {
    element.addEventListener('nordic-ready', () => (seen[i] ||= 'ready'), { once: true });
    element.addEventListener('nordic-error', (e) => (seen[i] ||= `error ${(e as CustomEvent<{ code: string; message: string }>).detail.code}: ${(e as CustomEvent<{ message: string }>).detail.message.slice(0, 120)}`), { once: true });
  });
  // Imported here, after the listeners are on: a test page that must load the library later (lifecycle) can use this file.
  const { renderAllNow } = await import('../../src/core/lazy.js');
  const end = performance.now() + ms;
  while (seen.some((s) => !s) && performance.now() < end) {
    renderAllNow();
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
  return seen.map((s) => s || 'timeout');
}
