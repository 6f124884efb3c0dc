// Checks the hand-made gold annotations against their raw articles, so that a
// typo in a form or a missing gold file is caught before anyone scores against it.
// It reads only test/corpus/ (never ../shared).
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { expect } from 'chai';

const corpusDir = path.dirname(fileURLToPath(import.meta.url));
const rawDir = path.join(corpusDir, 'raw');
const goldDir = path.join(corpusDir, 'gold');

const entityTypes = ['person', 'place', 'organization'] as const;
const entityKeys = new Set(['name', 'type', 'en', 'forms', 'note']);

interface GoldEntity {
  name: string;
  type: (typeof entityTypes)[number];
  en: string;
  forms: string[];
  note?: string;
}

interface GoldFile {
  file: string;
  entities: GoldEntity[];
  keyFacts: { de: string[]; en: string[] };
}

/** Raw articles are the .txt files that are not publisher teasers. */
function articleFileNames(): string[] {
  return readdirSync(rawDir)
    .filter((name) => name.endsWith('.txt') && !name.endsWith('.summary.txt'))
    .sort();
}

/** The annotated text: everything but the `source: URL` line, which is metadata. */
function annotatedText(rawFileName: string): string {
  const raw = readFileSync(path.join(rawDir, rawFileName), 'utf8');
  return raw.replace(/^source: \S*\r?\n/, '');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Start offsets where `form` occurs as a whole word (no letter or digit glued to either side). */
function wholeWordOffsets(text: string, form: string): number[] {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.matchAll(pattern)].map((match) => match.index ?? -1);
}

function loadGold(stem: string): GoldFile {
  return JSON.parse(readFileSync(path.join(goldDir, `${stem}.json`), 'utf8')) as GoldFile;
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() === value && value.length > 0;
}

describe('gold corpus annotations', () => {
  const articles = articleFileNames();
  const goldStems = readdirSync(goldDir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.replace(/\.json$/, ''))
    .sort();

  it('has a gold file for every raw article and no gold file without an article', () => {
    expect(articles.length).to.be.greaterThan(0);
    expect(goldStems).to.deep.equal(articles.map((name) => name.replace(/\.txt$/, '')));
  });

  for (const article of articles) {
    const stem = article.replace(/\.txt$/, '');

    describe(stem, () => {
      const gold = loadGold(stem);
      const text = annotatedText(article);

      it('names its raw file and has the expected shape', () => {
        expect(Object.keys(gold).sort()).to.deep.equal(['entities', 'file', 'keyFacts']);
        expect(gold.file).to.equal(article);
        expect(gold.entities).to.be.an('array').that.is.not.empty;
        for (const entity of gold.entities) {
          const where = `${stem}: ${JSON.stringify(entity)}`;
          for (const key of Object.keys(entity)) expect(entityKeys.has(key), `${where}: unknown key ${key}`).to.equal(true);
          expect(isNonEmptyString(entity.name), `${where}: name`).to.equal(true);
          expect(isNonEmptyString(entity.en), `${where}: en`).to.equal(true);
          expect(entityTypes, `${where}: type`).to.include(entity.type);
          expect(entity.forms, `${where}: forms`).to.be.an('array').that.is.not.empty;
          for (const form of entity.forms) expect(isNonEmptyString(form), `${where}: form ${form}`).to.equal(true);
          expect(new Set(entity.forms).size, `${where}: duplicate form`).to.equal(entity.forms.length);
          if (entity.note !== undefined) expect(isNonEmptyString(entity.note), `${where}: note`).to.equal(true);
        }
      });

      it('has one record per entity and no form shared by two entities', () => {
        const names = gold.entities.map((entity) => `${entity.type}:${entity.name}`);
        expect(new Set(names).size, 'duplicate entity').to.equal(names.length);
        const owners = new Map<string, string>();
        for (const entity of gold.entities) {
          for (const form of entity.forms) {
            expect(owners.get(form), `form "${form}" of ${entity.name} also belongs to ${owners.get(form)}`).to.equal(undefined);
            owners.set(form, entity.name);
          }
        }
      });

      it('uses only forms that occur in the text as whole words, outside longer forms of the same entity', () => {
        for (const entity of gold.entities) {
          for (const form of entity.forms) {
            const offsets = wholeWordOffsets(text, form);
            expect(offsets, `${stem}: "${form}" (${entity.name}) not in text`).to.not.be.empty;
            const longerForms = entity.forms.filter((other) => other !== form && other.includes(form));
            const covered = new Set<number>();
            for (const longer of longerForms) {
              const inner = longer.indexOf(form);
              for (const offset of wholeWordOffsets(text, longer)) covered.add(offset + inner);
            }
            const standalone = offsets.filter((offset) => !covered.has(offset));
            expect(standalone, `${stem}: "${form}" only occurs inside a longer form of ${entity.name}`).to.not.be.empty;
          }
        }
      });

      it('has 3 to 6 key facts per language, German ones grounded in the text', () => {
        for (const lang of ['de', 'en'] as const) {
          const facts = gold.keyFacts[lang];
          expect(facts, `${stem}: keyFacts.${lang}`).to.be.an('array');
          expect(facts.length, `${stem}: keyFacts.${lang} count`).to.be.within(3, 6);
          for (const fact of facts) {
            for (const alternative of fact.split('|')) {
              expect(isNonEmptyString(alternative), `${stem}: empty alternative in "${fact}"`).to.equal(true);
            }
          }
        }
        const lowerText = text.toLowerCase();
        for (const fact of gold.keyFacts.de) {
          const found = fact.split('|').some((alternative) => lowerText.includes(alternative.toLowerCase()));
          expect(found, `${stem}: German key fact "${fact}" not in text`).to.equal(true);
        }
      });
    });
  }
});
