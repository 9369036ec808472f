// The knowledge base's evidence against a reading, rule by rule: each context rule switches its name off
// in the sentences it gives, and leaves it on in the others; weak forms count only beside another name;
// a name written with a plus needs its plus.
import { describe, expect, it } from 'vitest';
import { projectMatcher } from '../../../scripts/lib/engine-node';
import { loadKnowledgeBase } from '../../../scripts/lib/load-kb';
import { analysePage } from '../../../src/core/engine';

const matcher = projectMatcher();
const entities = loadKnowledgeBase();
const idsIn = (text: string) => matcher.find(text).map((m) => matcher.kb.entities[m.entity].id);
const page = (title: string, body: string) => analysePage(matcher, { url: 'https://news.example.com/', title, body });

const rules = entities.flatMap((entity) => (entity.notNear ?? []).map((rule) => ({ id: entity.id, rule })));

describe('context rules (notNear in data/kb)', () => {
  it('exist for the homonyms real pages have (Astana near Turpan, the Uzbek Aral, the Azerbaijani Caspian)', () => {
    expect(rules.map(({ id }) => id)).toEqual(expect.arrayContaining(['astana', 'aral-sea', 'caspian-sea']));
  });

  describe.each(rules.map(({ id, rule }) => [id, rule.why, rule] as const))('%s: %s', (id, _, rule) => {
    it.each(rule.off)('switches the name off in: %s', (sentence) => {
      expect(idsIn(sentence)).not.toContain(id);
    });
    it.each(rule.on.length > 0 ? rule.on : ['(no sentence)'])('leaves it on in: %s', (sentence) => {
      if (sentence === '(no sentence)') return expect(rule.on).toEqual([]);
      expect(idsIn(sentence)).toContain(id);
    });
  });
});

describe('weak forms (weak in data/kb)', () => {
  it('are not enough alone: an English sentence that starts with "Oral" is no page about Kazakhstan', () => {
    expect(page('Dental care', 'Oral health matters. Oral hygiene starts early.').verdict).toBe('none');
  });

  it('count as context beside an anchor: Oral with Kazakhstan is the city', () => {
    const analysis = page('Floods in Oral', 'Oral, a city in western Kazakhstan, braced for the river to rise.');
    expect(analysis.verdict).not.toBe('none');
    expect(analysis.findings.find((f) => f.id === 'oral')?.strength).toBe('context');
  });

  it.each([
    ['Georgian verse', 'Tengiz Gudava read from his new book of poems in Tbilisi.'],
    ['Trust', 'Amanat is a word for trust that many readers in Lahore know well.'],
    ['Dutch', 'Ridder en jonkvrouw: the museum opened a show of armour.'],
  ])('a name that is also something else, alone, lights nothing: %s', (_, sentence) => {
    expect(page('Elsewhere', sentence).verdict).toBe('none');
  });

  it('the Turkish sweater (kazak) is not the Kazakhs', () => {
    expect(page('Kazak modelleri', 'Kazak modelleri bu kış yine moda. Yün kazak sıcak tutar.').verdict).toBe('none');
  });
});

describe('context names', () => {
  it('a Kazakh company’s arm abroad (KMG International, Rompetrol) alone is no page about Kazakhstan', () => {
    const retail = page(
      'Rompetrol opens ten stations',
      'Rompetrol will open ten fuel stations in Moldova this year. KMG International, which runs the brand, ' +
        'said it would also modernise the Petromidia refinery. Petrom and Lukoil lead the market.',
    );
    expect(retail.verdict).toBe('none');
    const owner = page(
      'KazMunayGas weighs a sale',
      'KazMunayGas, Kazakhstan’s national oil company, may sell half of KMG International, the former Rompetrol.',
    );
    expect(owner.verdict).not.toBe('none');
    expect(owner.findings.find((f) => f.id === 'kmg-international')?.strength).toBe('context');
  });
});

describe('names written with a plus', () => {
  it('take OPEC+ with its plus, and leave OPEC alone', () => {
    expect(idsIn('OPEC+ agreed to raise output.')).toContain('opec-plus');
    expect(idsIn('OPEC Plus agreed to raise output.')).toContain('opec-plus');
    expect(idsIn('OPEC agreed to raise output.')).not.toContain('opec-plus');
    expect(idsIn('Опека над детьми.')).not.toContain('opec-plus');
    expect(idsIn('Страны ОПЕК+ договорились.')).toContain('opec-plus');
  });
});
