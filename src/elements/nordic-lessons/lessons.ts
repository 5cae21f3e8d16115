/**
 * The three conclusions of the Nordic Welfare Centre's theme "New arrivals as a resource for
 * the rural area" (2017), restated in our own words in each language, with the page they come
 * from (SOURCES.md, S1) and the method → conclusion mapping (`conclusions.ts`).
 */
import type { CaseMethod, LangCode } from '../../core/data-types.js';
import { METHOD_CONCLUSION, type ConclusionId } from './conclusions.js';

export { CONCLUSION_IDS, METHOD_CONCLUSION, conclusionName, type ConclusionId } from './conclusions.js';

// Here, not in conclusions.ts: a card needs the mapping, only this element the selections.
/** The methods of a conclusion, in the order of `order` (the chips' order). */
export function conclusionMethods(id: ConclusionId, order: readonly CaseMethod[]): CaseMethod[] {
  return order.filter((method) => METHOD_CONCLUSION[method] === id);
}

/** The examples whose methods put a conclusion into practice (any of its methods). */
export function examplesFor<T extends { methods: readonly CaseMethod[] }>(id: ConclusionId, cases: readonly T[]): T[] {
  return cases.filter((study) => study.methods.some((method) => METHOD_CONCLUSION[method] === id));
}



/** The theme page, as recorded in data/raw/case-studies/SOURCES.md (S1, English page). */
export const LESSONS_SOURCE = {
  title: 'New arrivals as a resource for the rural area',
  publisher: 'Nordic Welfare Centre (Nordens välfärdscenter)',
  year: 2017,
  url: 'http://www.nsh.se/en/nordic-integration/Current-theme/Current-Theme/',
} as const;

/** Each conclusion's text, per language. */
export const CONCLUSION_TEXTS: Readonly<Record<LangCode, Readonly<Record<ConclusionId, string>>>> = {
  en: {
    1: 'The municipal leadership treats receiving and integrating newcomers as a matter of local growth and development, not as a task for the social services.',
    2: 'Newcomers get help to find a lasting home of their own, ideally close to where they lived while seeking asylum.',
    3: 'The municipality’s departments, neighbouring municipalities, local firms, public employers and voluntary organisations work together, for instance through an integration or work-placement coordinator and mentors who help to map skills, match people with jobs, practise the language and make social contacts.',
  },
  sv: {
    1: 'Kommunens ledning ser mottagandet och integrationen av nyanlända som en fråga om tillväxt och utveckling för orten, inte som en uppgift för socialtjänsten.',
    2: 'Nyanlända får hjälp att hitta en egen, varaktig bostad, helst nära platsen där de bodde som asylsökande.',
    3: 'Kommunens förvaltningar, grannkommuner, lokala företag, offentliga arbetsgivare och föreningar arbetar tillsammans, till exempel genom en integrations- eller praktiksamordnare och mentorer som hjälper till att kartlägga kompetens, matcha mot jobb, öva språket och knyta sociala kontakter.',
  },
  nb: {
    1: 'Kommuneledelsen ser bosetting og integrering av nyankomne som et spørsmål om vekst og utvikling for lokalsamfunnet, ikke som en oppgave for sosialtjenesten.',
    2: 'Nyankomne får hjelp til å finne en egen, varig bolig, helst nær stedet der de bodde som asylsøkere.',
    3: 'Kommunens etater, nabokommuner, lokale bedrifter, offentlige arbeidsgivere og frivillige organisasjoner jobber sammen, for eksempel gjennom en integrerings- eller praksiskoordinator og mentorer som hjelper med å kartlegge kompetanse, finne jobb, øve på språket og knytte sosiale kontakter.',
  },
  da: {
    1: 'Kommunens ledelse ser modtagelsen og integrationen af nytilkomne som et spørgsmål om vækst og udvikling for lokalsamfundet, ikke som en opgave for socialforvaltningen.',
    2: 'Nytilkomne får hjælp til at finde en varig bolig, helst tæt på det sted, hvor de boede som asylansøgere.',
    3: 'Kommunens forvaltninger, nabokommuner, lokale virksomheder, offentlige arbejdsgivere og foreninger arbejder sammen, for eksempel gennem en integrations- eller praktikkoordinator og mentorer, der hjælper med at afdække kompetencer, finde job, øve sproget og skabe sociale kontakter.',
  },
  fi: {
    1: 'Kunnan johto näkee tulijoiden vastaanoton ja kotoutumisen paikkakunnan kasvun ja kehityksen kysymyksenä eikä sosiaalitoimen tehtävänä.',
    2: 'Uusia tulijoita autetaan löytämään oma, pysyvä asunto, mieluiten läheltä paikkaa, jossa he asuivat turvapaikanhakijoina.',
    3: 'Kunnan hallinnonalat, naapurikunnat, paikalliset yritykset, julkiset työnantajat ja järjestöt toimivat yhdessä, esimerkiksi kotoutumis- tai harjoittelukoordinaattorin ja mentorien avulla, jotka auttavat kartoittamaan osaamista, löytämään töitä, harjoittelemaan kieltä ja luomaan sosiaalisia suhteita.',
  },
  is: {
    1: 'Stjórnendur sveitarfélagsins líta á móttöku og aðlögun nýbúa sem spurningu um vöxt og þróun byggðarinnar, en ekki sem verkefni félagsþjónustunnar.',
    2: 'Nýbúum er hjálpað að finna eigið varanlegt húsnæði, helst nálægt þeim stað þar sem þeir bjuggu sem hælisleitendur.',
    3: 'Svið sveitarfélagsins, nágrannasveitarfélög, fyrirtæki á staðnum, opinberir vinnuveitendur og félagasamtök vinna saman, til dæmis með samþættingar- eða starfsþjálfunarfulltrúa og leiðbeinendum sem hjálpa til við að kortleggja færni, finna störf, æfa tungumálið og mynda félagsleg tengsl.',
  },
};
