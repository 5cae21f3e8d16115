/**
 * A worker script (the CDN build's `dist/intl-worker.js`, see intl-warm-up.ts): uses each kind of
 * `Intl` formatter once for the locales it is sent, then answers. The browser's locale data that
 * this loads are shared by the page's threads, so the page's own first formatters are then quick.
 * No imports: it runs as a classic worker.
 */
addEventListener('message', (event: MessageEvent<string[]>) => {
  const locales = event.data;
  try {
    new Intl.NumberFormat(locales).format(1234.5);
    new Intl.NumberFormat(locales, { style: 'percent', minimumFractionDigits: 1 }).format(0.5);
    new Intl.DateTimeFormat(locales, { day: 'numeric', month: 'long', year: 'numeric' }).format(0);
    new Intl.ListFormat(locales, { type: 'conjunction' }).format(['a', 'b']);
    new Intl.PluralRules(locales).select(1);
    new Intl.Collator(locales).compare('a', 'b');
  } finally {
    postMessage(0);
  }
});
