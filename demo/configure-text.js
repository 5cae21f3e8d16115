/**
 * The configurator's own words in the six languages of the widgets. Attribute names and the
 * manifest's descriptions stay as written (English, marked lang="en"): they are the reference.
 */
export const LANGUAGES = /** @type {const} */ ([
  ['en', 'English'],
  ['sv', 'Svenska'],
  ['nb', 'Norsk bokmål'],
  ['da', 'Dansk'],
  ['fi', 'Suomi'],
  ['is', 'Íslenska'],
]);

const TEXT = {
  en: {
    pages: 'Pages',
    title: 'Configurator',
    intro: 'Choose the attributes; the widget below follows every change. Copy the code at the end and paste it into your page.',
    overview: 'Overview',
    article: 'Article example',
    elements: 'Elements',
    language: 'Language',
    attributes: 'Attributes',
    preview: 'Preview',
    embed: 'Embed code',
    embedHelp: 'Paste this where the widget should appear. The first line is needed once per page, however many widgets it has.',
    scriptFrom: 'Script from',
    cdn: 'jsDelivr CDN, version {version}',
    local: 'This server (for testing)',
    copy: 'Copy code',
    copied: 'Copied',
    selected: 'Selected: press Ctrl+C (⌘C on a Mac) to copy',
    unset: '(not set)',
    unsetDefault: '(not set: {value})',
    loadFailed: 'The element list (custom-elements.json) could not be loaded. Run npm run build, then reload.',
    unknownElement: 'No element is called {tag}. Choose one below.',
  },
  sv: {
    pages: 'Sidor',
    title: 'Konfigurator',
    intro: 'Välj attributen; widgeten nedan följer varje ändring. Kopiera koden längst ned och klistra in den på din sida.',
    overview: 'Översikt',
    article: 'Exempelartikel',
    elements: 'Element',
    language: 'Språk',
    attributes: 'Attribut',
    preview: 'Förhandsvisning',
    embed: 'Kod att bädda in',
    embedHelp: 'Klistra in detta där widgeten ska synas. Den första raden behövs en gång per sida, hur många widgetar den än har.',
    scriptFrom: 'Skript från',
    cdn: 'jsDelivr CDN, version {version}',
    local: 'Den här servern (för test)',
    copy: 'Kopiera koden',
    copied: 'Kopierad',
    selected: 'Markerad: tryck Ctrl+C (⌘C på Mac) för att kopiera',
    unset: '(inte angivet)',
    unsetDefault: '(inte angivet: {value})',
    loadFailed: 'Listan över element (custom-elements.json) kunde inte läsas in. Kör npm run build och ladda om sidan.',
    unknownElement: 'Det finns inget element som heter {tag}. Välj ett nedan.',
  },
  nb: {
    pages: 'Sider',
    title: 'Konfigurator',
    intro: 'Velg attributtene; widgeten nedenfor følger hver endring. Kopier koden nederst og lim den inn på siden din.',
    overview: 'Oversikt',
    article: 'Eksempelartikkel',
    elements: 'Elementer',
    language: 'Språk',
    attributes: 'Attributter',
    preview: 'Forhåndsvisning',
    embed: 'Kode for innbygging',
    embedHelp: 'Lim inn dette der widgeten skal vises. Den første linjen trengs én gang per side, uansett hvor mange widgeter den har.',
    scriptFrom: 'Skript fra',
    cdn: 'jsDelivr CDN, versjon {version}',
    local: 'Denne serveren (for testing)',
    copy: 'Kopier koden',
    copied: 'Kopiert',
    selected: 'Merket: trykk Ctrl+C (⌘C på Mac) for å kopiere',
    unset: '(ikke angitt)',
    unsetDefault: '(ikke angitt: {value})',
    loadFailed: 'Listen over elementer (custom-elements.json) kunne ikke lastes. Kjør npm run build og last inn siden på nytt.',
    unknownElement: 'Det finnes ikke noe element som heter {tag}. Velg et nedenfor.',
  },
  da: {
    pages: 'Sider',
    title: 'Konfigurator',
    intro: 'Vælg attributterne; widgetten nedenfor følger hver ændring. Kopiér koden nederst, og indsæt den på din side.',
    overview: 'Oversigt',
    article: 'Eksempelartikel',
    elements: 'Elementer',
    language: 'Sprog',
    attributes: 'Attributter',
    preview: 'Forhåndsvisning',
    embed: 'Kode til indlejring',
    embedHelp: 'Indsæt dette, hvor widgetten skal vises. Den første linje skal kun med én gang pr. side, uanset hvor mange widgets den har.',
    scriptFrom: 'Script fra',
    cdn: 'jsDelivr CDN, version {version}',
    local: 'Denne server (til test)',
    copy: 'Kopiér koden',
    copied: 'Kopieret',
    selected: 'Markeret: tryk Ctrl+C (⌘C på Mac) for at kopiere',
    unset: '(ikke angivet)',
    unsetDefault: '(ikke angivet: {value})',
    loadFailed: 'Listen over elementer (custom-elements.json) kunne ikke indlæses. Kør npm run build, og genindlæs siden.',
    unknownElement: 'Der er intet element, der hedder {tag}. Vælg et nedenfor.',
  },
  fi: {
    pages: 'Sivut',
    title: 'Konfiguraattori',
    intro: 'Valitse attribuutit; alla oleva widget päivittyy jokaisesta muutoksesta. Kopioi koodi sivun lopusta ja liitä se omalle sivullesi.',
    overview: 'Yleiskatsaus',
    article: 'Esimerkkiartikkeli',
    elements: 'Elementit',
    language: 'Kieli',
    attributes: 'Attribuutit',
    preview: 'Esikatselu',
    embed: 'Upotuskoodi',
    embedHelp: 'Liitä tämä kohtaan, jossa widgetin pitää näkyä. Ensimmäinen rivi tarvitaan kerran sivulla, olipa widgetejä kuinka monta tahansa.',
    scriptFrom: 'Skriptin lähde',
    cdn: 'jsDelivr CDN, versio {version}',
    local: 'Tämä palvelin (testaukseen)',
    copy: 'Kopioi koodi',
    copied: 'Kopioitu',
    selected: 'Valittu: kopioi painamalla Ctrl+C (Macissa ⌘C)',
    unset: '(ei asetettu)',
    unsetDefault: '(ei asetettu: {value})',
    loadFailed: 'Elementtiluetteloa (custom-elements.json) ei voitu ladata. Suorita npm run build ja lataa sivu uudelleen.',
    unknownElement: 'Elementtiä {tag} ei ole. Valitse jokin alta.',
  },
  is: {
    pages: 'Síður',
    title: 'Stillingar',
    intro: 'Veldu eigindin; græjan hér fyrir neðan fylgir hverri breytingu. Afritaðu kóðann neðst og límdu hann inn á síðuna þína.',
    overview: 'Yfirlit',
    article: 'Dæmi um grein',
    elements: 'Einingar',
    language: 'Tungumál',
    attributes: 'Eigindi',
    preview: 'Forskoðun',
    embed: 'Kóði til innfellingar',
    embedHelp: 'Límdu þetta þar sem græjan á að birtast. Fyrstu línuna þarf einu sinni á hverri síðu, sama hve margar græjur hún hefur.',
    scriptFrom: 'Skrifta frá',
    cdn: 'jsDelivr CDN, útgáfa {version}',
    local: 'Þessi þjónn (til prófunar)',
    copy: 'Afrita kóða',
    copied: 'Afritað',
    selected: 'Valið: ýttu á Ctrl+C (⌘C á Mac) til að afrita',
    unset: '(ekki stillt)',
    unsetDefault: '(ekki stillt: {value})',
    loadFailed: 'Ekki tókst að hlaða lista yfir einingar (custom-elements.json). Keyrðu npm run build og endurhlaððu síðuna.',
    unknownElement: 'Engin eining heitir {tag}. Veldu eina hér fyrir neðan.',
  },
};

/** A supported language for a requested tag (`sv-FI` → `sv`, `no`/`nn` → `nb`), else `en`. */
export function pickLanguage(tag) {
  const primary = String(tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'no' || primary === 'nn') return 'nb';
  return primary in TEXT ? primary : 'en';
}

/** The phrase `key` in `lang`, with `{name}` placeholders filled in (as text, never as HTML). */
export function text(lang, key, values = {}) {
  const phrase = TEXT[pickLanguage(lang)][key] ?? TEXT.en[key] ?? key;
  return phrase.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

export const PHRASE_KEYS = Object.keys(TEXT.en);
export const TEXT_LANGS = Object.keys(TEXT);
/** For the test that every language has every phrase. */
export function phrasesOf(lang) {
  return TEXT[lang];
}
