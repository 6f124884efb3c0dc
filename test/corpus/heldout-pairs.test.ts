// Format check for the held-out transliteration pairs, so that a scorer never
// silently skips a malformed row (a tab lost in editing, a Latin letter typed
// into the Cyrillic column, a Russian/Ukrainian letter mix-up).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { expect } from 'chai';

const pairsFile = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'translit', 'heldout-pairs.tsv');

const header = ['type', 'german', 'accepted_english', 'cyrillic', 'kind'];
const rowTypes = ['person', 'place', 'region'];
const kinds = ['translit', 'exonym'];
const russianOnlyLetters = /[ыэъё]/iu;
const ukrainianOnlyLetters = /[іїєґ]/iu;

function readRows(): string[][] {
  const lines = readFileSync(pairsFile, 'utf8').split('\n');
  expect(lines.pop(), 'file ends with a newline').to.equal('');
  return lines.map((line) => line.split('\t'));
}

describe('held-out transliteration pairs (test/fixtures/translit/heldout-pairs.tsv)', () => {
  const [first, ...rows] = readRows();

  it('has the development list header and enough rows, mostly translit', () => {
    expect(first).to.deep.equal(header);
    expect(rows.length).to.be.at.least(110);
    expect(rows.filter((row) => row[4] === 'translit').length).to.be.at.least(90);
  });

  it('has five well-formed columns in every row', () => {
    for (const row of rows) {
      const where = row.join(' | ');
      expect(row, where).to.have.length(5);
      const [type, german, english, cyrillic, kind] = row;
      expect(rowTypes, where).to.include(type);
      expect(kinds, where).to.include(kind);
      expect(german, where).to.match(/^[A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß' .-]*$/u);
      for (const alternative of english.split('|')) expect(alternative, where).to.match(/^[A-Z][A-Za-z' .-]*$/u);
      expect(new Set(english.split('|')).size, `${where}: repeated English form`).to.equal(english.split('|').length);
      expect(cyrillic, where).to.match(/^[\p{Script=Cyrillic}][\p{Script=Cyrillic}' -]*$/u);
      const mixesAlphabets = russianOnlyLetters.test(cyrillic) && ukrainianOnlyLetters.test(cyrillic);
      expect(mixesAlphabets, `${where}: mixes Russian and Ukrainian letters`).to.equal(false);
    }
  });

  it('lists each German form and each Cyrillic original once', () => {
    const germans = rows.map((row) => row[1]);
    const cyrillics = rows.map((row) => row[3]);
    expect(new Set(germans).size).to.equal(germans.length);
    expect(new Set(cyrillics).size).to.equal(cyrillics.length);
  });
});
