import { expect } from '@open-wc/testing';
import { fileName, toCsv } from '../../src/core/downloads.js';

describe('downloads', () => {
  it('writes RFC 4180 CSV: quotes, commas, line breaks and empty cells', () => {
    expect(toCsv(['name', 'value'], [['Närpes, Närpiö', 17.5], ['Say "hi"', null], ['two\nlines', 3]])).to.equal(
      'name,value\r\n"Närpes, Närpiö",17.5\r\n"Say ""hi""",\r\n"two\nlines",3\r\n',
    );
  });

  it('keeps a text cell from being run as a spreadsheet formula', () => {
    expect(toCsv(['x'], [['=HYPERLINK("http://evil")'], ['+1'], ['-2'], ['@SUM(A1)']])).to.equal(
      'x\r\n"\'=HYPERLINK(""http://evil"")"\r\n\'+1\r\n\'-2\r\n\'@SUM(A1)\r\n',
    );
    // Numbers stay numbers, negative ones included.
    expect(toCsv(['x'], [[-2.5]])).to.equal('x\r\n-2.5\r\n');
  });

  it('makes plain file names', () => {
    expect(fileName(['nordic', 'foreign-born-share', 2022], 'csv')).to.equal('nordic-foreign-born-share-2022.csv');
    expect(fileName(['Ísafjarðarbær / Å'], 'png')).to.match(/^[\w-]+\.png$/);
  });
});
