// Paths written ahead for Vega (planar-path.ts): taken once, and only by a writer of the same projection.
import { expect } from '@open-wc/testing';
import { PathRecorder, keepWritten, planarWriter, takeWritten } from '../../src/core/planar-path.js';

const projection = (scale: number) => ({ type: 'identity', scale: () => scale, translate: () => [1, 2], reflectY: () => true });

describe('planar paths written ahead', () => {
  it('are taken once, by a writer of the same scale, translation and reflection', () => {
    const geometry = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] };
    const write = planarWriter(projection(10))!;
    expect(planarWriter(projection(10))!.key).to.equal(write.key);
    expect(planarWriter(projection(20))!.key).to.not.equal(write.key);
    expect(planarWriter({ ...projection(10), reflectY: () => false })!.key).to.not.equal(write.key);
    const recorder = new PathRecorder();
    write(geometry, recorder);
    const { path, parsed } = recorder.take()!;
    expect(path).to.equal('M1,2L11,2L11,-8Z');
    keepWritten(geometry, write.key, path!, parsed!);
    expect(takeWritten(geometry, write.key)).to.deep.equal({ key: write.key, path, parsed });
    expect(takeWritten(geometry, write.key), 'once').to.equal(undefined);
    keepWritten(geometry, write.key, path!, parsed!);
    expect(takeWritten(geometry, planarWriter(projection(20))!.key), 'another projection').to.equal(undefined);
    expect(takeWritten(geometry, write.key), 'dropped by the mismatch').to.equal(undefined);
  });
});
