import { expect } from '@open-wc/testing';
import { validate, type Schema } from '../../src/core/json-schema.js';

const schema: Schema = {
  type: 'object',
  required: ['id', 'values'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', pattern: '^[a-z-]+$' },
    unit: { enum: ['percent', 'per-1000'] },
    values: { type: 'object', patternProperties: { '^[A-Z]{2}-': { type: 'array', items: { type: ['number', 'null'] } } }, additionalProperties: false },
    years: { type: 'array', minItems: 1, items: { $ref: '#/$defs/year' } },
  },
  $defs: { year: { type: 'integer', minimum: 1900, maximum: 2100 } },
};

describe('validate (JSON Schema subset)', () => {
  it('accepts a valid document', () => {
    expect(validate(schema, { id: 'foreign-born-share', unit: 'percent', values: { 'SE-0114': [1, null] }, years: [2020] })).to.deep.equal([]);
  });

  it('names the field that is wrong', () => {
    const errors = validate(schema, { id: 'x', values: { 'SE-0114': [1, 'two'] } });
    expect(errors).to.have.length(1);
    expect(errors[0]!.path).to.equal('values.SE-0114[1]');
    expect(errors[0]!.message).to.contain('expected number or null');
  });

  it('reports missing and unknown fields, enums, patterns and $ref limits', () => {
    const errors = validate(schema, { id: 'Bad Id', unit: 'km', extra: 1, years: [1800] });
    const text = errors.map((e) => `${e.path}: ${e.message}`).join('\n');
    expect(text).to.contain('values: is required');
    expect(text).to.contain('extra: is not allowed');
    expect(text).to.contain('unit: must be one of');
    expect(text).to.contain('id: "Bad Id" does not match');
    expect(text).to.contain('years[0]: must be ≥ 1900');
  });

  it('rejects a non-object root', () => {
    expect(validate(schema, [])[0]!.message).to.equal('expected object, got array');
  });
});
