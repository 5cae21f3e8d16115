// The map's decoded geometry: its borders come from the file's border objects, and a data folder
// built before those objects existed gets the same borders found in the browser.
import { expect } from '@open-wc/testing';
import type { Topology } from 'topojson-specification';
import { loadTopology } from '../../../src/core/datasets/topology.js';
import { decodeGeometry } from '../../../src/elements/nordic-migration-map/geometry.js';

describe('decodeGeometry', () => {
  it('reads the borders from the file, and finds the same ones in a file without them', async () => {
    const topology = await loadTopology();
    expect(topology.objects['municipality-borders']?.type).to.equal('MultiLineString');
    expect(topology.objects['country-borders']?.type).to.equal('MultiLineString');
    const fromFile = await decodeGeometry(topology);
    const older = structuredClone(topology) as Topology;
    delete older.objects['municipality-borders'];
    delete older.objects['country-borders'];
    const found = await decodeGeometry(older);
    expect(fromFile.municipalityBorders.coordinates.length).to.be.greaterThan(0);
    expect(fromFile.countryBorders.coordinates.length).to.be.greaterThan(0);
    expect(fromFile.municipalityBorders).to.deep.equal(found.municipalityBorders);
    expect(fromFile.countryBorders).to.deep.equal(found.countryBorders);
    expect(fromFile.municipalities.length).to.equal(found.municipalities.length);
  });
});
