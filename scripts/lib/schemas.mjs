// JSON Schemas (draft 2020-12, restricted to the subset supported by json-schema.mjs) of the data files.
const BASE = 'https://nordic-integration-widgets.invalid/schemas/';
const LANGS = ['en', 'sv', 'nb', 'da', 'fi', 'is'];
const COUNTRY = { enum: ['DK', 'FI', 'IS', 'NO', 'SE'] };
const DATE = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
const YEAR = { type: 'integer', minimum: 1900, maximum: 2100 };
const FEATURE_ID = '^(SE|NO|DK|FI|IS)-[A-Za-z0-9-]+$';
/** When a year's figure refers to: `MM-DD` stock, `MM` month, `Q1`-`Q4` quarter, `year` flow (indicator-file.mjs). */
const REFERENCE = '^(\\d{2}-\\d{2}|\\d{2}|Q[1-4]|year)$';

const LICENCE_CODE = { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9.+-]*$' };

const commonDefs = {
  localizedText: {
    type: 'object', required: ['en'],
    properties: Object.fromEntries(LANGS.map((l) => [l, { type: 'string', pattern: '\\S' }])),
    additionalProperties: false,
  },
  source: {
    type: 'object', required: ['publisher', 'licence', 'url'],
    properties: {
      publisher: { type: 'string', pattern: '\\S' },
      // The office or organisation, short, for the one-line source under a widget; several joined by ", ".
      organisation: { type: 'string', pattern: '\\S' },
      table: { type: 'string' },
      licence: { type: 'string', pattern: '\\S' },
      // A code the widgets translate: an SPDX id ('CC-BY-4.0', 'ODC-PDDL-1.0', 'MIT', …), 'public-domain' or 'not-stated'.
      licenceCode: LICENCE_CODE,
      // Where the copy states no licence: the licence under which the original publisher releases the figures.
      upstreamLicenceCode: LICENCE_CODE,
      url: { type: 'string', pattern: '^https?://' },
      countries: { type: 'array', items: COUNTRY },
    },
    additionalProperties: false,
  },
};

const header = (id, title) => ({ $schema: 'https://json-schema.org/draft/2020-12/schema', $id: `${BASE}${id}`, title });

export const indicatorSchema = {
  ...header('indicator.schema.json', 'Nordic municipality indicator (nordic-indicator/1)'),
  description: 'One indicator for municipalities. Partner files need id, unit, label.en, years, values and sources; values arrays must have one entry per year.',
  type: 'object',
  required: ['id', 'unit', 'label', 'years', 'values', 'sources'],
  properties: {
    format: { const: 'nordic-indicator/1' },
    id: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
    unit: { enum: ['percent', 'per-1000', 'persons', 'ratio'] },
    label: { $ref: '#/$defs/localizedText' },
    definition: { $ref: '#/$defs/localizedText' },
    sources: { type: 'array', minItems: 1, items: { $ref: '#/$defs/source' } },
    years: { type: 'array', minItems: 1, items: YEAR },
    coverage: {
      type: 'object',
      patternProperties: {
        '^(DK|FI|IS|NO|SE)$': {
          type: 'object', required: ['from', 'to', 'municipalities'],
          properties: {
            from: YEAR, to: YEAR, municipalities: { type: 'integer', minimum: 0 },
            reference: { type: 'string', pattern: REFERENCE },
            definition: { $ref: '#/$defs/localizedText' },
            measure: { $ref: '#/$defs/localizedText' },
            note: { $ref: '#/$defs/localizedText' },
          },
          additionalProperties: false,
        },
      },
      additionalProperties: false,
    },
    built: DATE,
    national: {
      type: 'object',
      patternProperties: { '^(DK|FI|IS|NO|SE)$': { type: 'array', items: { type: ['number', 'null'] } } },
      additionalProperties: false,
    },
    values: {
      type: 'object',
      patternProperties: { [FEATURE_ID]: { type: 'array', items: { type: ['number', 'null'] } } },
      additionalProperties: false,
    },
    notes: { type: 'array', items: { $ref: '#/$defs/localizedText' } },
  },
  additionalProperties: false,
  $defs: commonDefs,
};

const yearValues = { type: 'array', items: { type: ['integer', 'null'] } };
export const COUNTRY_SERIES_IDS = ['population', 'net-migration', 'asylum-applications', 'resettlement-arrivals', 'refugees', 'asylum-seekers', 'foreign-born'];
export const countrySeriesSchema = {
  ...header('country-series.schema.json', 'Nordic country series (nordic-country-series/1)'),
  type: 'object',
  required: ['format', 'built', 'series'],
  properties: {
    format: { const: 'nordic-country-series/1' },
    built: DATE,
    series: {
      type: 'object',
      required: COUNTRY_SERIES_IDS,
      properties: Object.fromEntries(COUNTRY_SERIES_IDS.map((k) => [k, { $ref: '#/$defs/series' }])),
      additionalProperties: false,
    },
  },
  additionalProperties: false,
  $defs: {
    ...commonDefs,
    series: {
      type: 'object',
      required: ['id', 'unit', 'reference', 'label', 'definition', 'sources', 'years', 'values'],
      properties: {
        id: { enum: COUNTRY_SERIES_IDS },
        unit: { const: 'persons' },
        reference: { type: 'string', pattern: '^(\\d{2}-\\d{2}|year)$' },
        label: { $ref: '#/$defs/localizedText' },
        definition: { $ref: '#/$defs/localizedText' },
        sources: { type: 'array', minItems: 1, items: { $ref: '#/$defs/source' } },
        years: { type: 'array', minItems: 1, items: YEAR },
        values: {
          type: 'object',
          required: ['DK', 'FI', 'IS', 'NO', 'SE', 'NORDIC'],
          properties: Object.fromEntries(['DK', 'FI', 'IS', 'NO', 'SE', 'NORDIC'].map((c) => [c, yearValues])),
          additionalProperties: false,
        },
        estimates: { type: 'object', patternProperties: { '^(DK|FI|IS|NO|SE)$': { type: 'array', items: YEAR } }, additionalProperties: false },
        estimateNote: { $ref: '#/$defs/localizedText' },
      },
      additionalProperties: false,
    },
  },
};

const METHODS = ['leadership', 'housing', 'coordinator', 'mentoring', 'language', 'work-practice', 'business-cooperation', 'civil-society', 'regional-cooperation', 'education', 'welcome-service'];
const caseProps = (text, localized = false) => ({
  id: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
  name: { type: 'string', pattern: '\\S' },
  country: { enum: ['DK', 'FI', 'IS', 'NO', 'SE', 'FO'] },
  municipalityIds: { type: 'array', items: { type: 'string', pattern: FEATURE_ID } },
  region: text,
  population: {
    type: 'object', required: ['value', 'year', 'approximate', 'sources'],
    properties: { value: { type: 'integer', minimum: 0 }, year: YEAR, approximate: { type: 'boolean' }, sources: { type: 'array', items: { type: 'string' } } },
    additionalProperties: false,
  },
  summary: text,
  methods: { type: 'array', items: { enum: METHODS } },
  outcomes: {
    type: 'array',
    items: {
      type: 'object', required: ['value', 'unit', 'year', 'definition', 'sources'],
      properties: { value: { type: 'number' }, unit: { enum: ['percent', 'persons'] }, year: YEAR, definition: text, sources: { type: 'array', items: { type: 'string' } } },
      additionalProperties: false,
    },
  },
  indicatorOutcomes: {
    type: 'array',
    items: {
      type: 'object', required: ['indicator', 'municipalityId', 'municipality', 'year', 'value', 'unit', 'reference', 'label', 'definition', 'sources', ...(localized ? ['period'] : [])],
      properties: {
        indicator: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
        municipalityId: { type: 'string', pattern: FEATURE_ID },
        municipality: { type: 'string', pattern: '\\S' },
        year: YEAR,
        value: { type: 'number' },
        national: { type: 'number' },
        unit: { enum: ['percent', 'per-1000', 'persons', 'ratio'] },
        reference: { type: 'string', pattern: REFERENCE },
        label: text,
        definition: text,
        sources: { type: 'array', minItems: 1, items: commonDefs.source },
        // In a language file: when the figure refers to, written in that language.
        ...(localized ? { period: { type: 'string', pattern: '\\S' } } : {}),
      },
      additionalProperties: false,
    },
  },
  sources: {
    type: 'array',
    items: {
      type: 'object', required: ['id', 'title', 'publisher', 'url'],
      properties: { id: { type: 'string', pattern: '\\S' }, title: { type: 'string' }, publisher: { type: 'string' }, year: YEAR, url: { type: 'string', pattern: '^https?://' } },
      additionalProperties: false,
    },
  },
  locator: {
    type: 'object', required: ['viewBox', 'country', 'municipality'],
    properties: { viewBox: { type: 'string' }, country: { type: 'string' }, municipality: { type: 'string' } },
    additionalProperties: false,
  },
});
const CASE_REQUIRED = ['id', 'name', 'country', 'municipalityIds', 'region', 'summary', 'methods', 'outcomes', 'sources'];

export const caseStudiesSchema = {
  ...header('case-studies.schema.json', 'Nordic integration learning examples (nordic-case-studies/1)'),
  type: 'object',
  required: ['format', 'built', 'cases'],
  properties: {
    format: { const: 'nordic-case-studies/1' },
    built: DATE,
    cases: { type: 'array', items: { $ref: '#/$defs/case' } },
  },
  additionalProperties: false,
  $defs: {
    localizedText: commonDefs.localizedText,
    case: { type: 'object', required: CASE_REQUIRED, properties: caseProps({ $ref: '#/$defs/localizedText' }), additionalProperties: false },
  },
};

export const localizedCaseStudiesSchema = {
  ...header('case-studies-localized.schema.json', 'Learning examples in one language (nordic-case-studies-localized/1)'),
  type: 'object',
  required: ['format', 'lang', 'built', 'cases'],
  properties: {
    format: { const: 'nordic-case-studies-localized/1' },
    lang: { enum: LANGS },
    built: DATE,
    cases: { type: 'array', items: { $ref: '#/$defs/case' } },
  },
  additionalProperties: false,
  $defs: {
    case: {
      type: 'object',
      required: [...CASE_REQUIRED, 'fallback'],
      properties: { ...caseProps({ type: 'string' }, true), fallback: { type: 'array', items: { type: 'string' } } },
      additionalProperties: false,
    },
  },
};

export const topologySchema = {
  ...header('municipalities.topo.schema.json', 'Municipality TopoJSON (loose check)'),
  type: 'object',
  required: ['type', 'objects', 'arcs'],
  properties: {
    type: { const: 'Topology' },
    objects: {
      type: 'object',
      required: ['municipalities'],
      properties: {
        municipalities: {
          type: 'object', required: ['type', 'geometries'],
          properties: {
            type: { const: 'GeometryCollection' },
            geometries: {
              type: 'array', minItems: 1,
              items: {
                type: 'object', required: ['type', 'id', 'properties'],
                properties: {
                  type: { enum: ['Polygon', 'MultiPolygon'] },
                  id: { type: 'string', pattern: FEATURE_ID },
                  properties: {
                    type: 'object', required: ['name', 'country', 'code'],
                    properties: { name: { type: 'string', pattern: '\\S' }, nameSv: { type: 'string' }, country: COUNTRY, code: { type: 'string', pattern: '\\S' } },
                  },
                },
              },
            },
          },
        },
      },
    },
    arcs: { type: 'array' },
  },
};

/** data/schemas/<file> → schema. */
export const SCHEMAS = {
  'indicator.schema.json': indicatorSchema,
  'country-series.schema.json': countrySeriesSchema,
  'case-studies.schema.json': caseStudiesSchema,
  'case-studies-localized.schema.json': localizedCaseStudiesSchema,
  'municipalities.topo.schema.json': topologySchema,
};
