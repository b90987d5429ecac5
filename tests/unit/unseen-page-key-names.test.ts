// Key names on campus pages nobody had tuned on (review 33, R14 findings 10 and 11; issue #11): made-up texts, each
// test named after the page class it serves. Precision first: most rules take a wrong highlight away.
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../utils/entities/find-entities';
import { namesOfKind } from './entity-kinds';

const people = (text: string) => namesOfKind(text, 'person');

describe('English news (Drupal, WordPress, press releases): chairs, groups and longer names are no people', () => {
  it('a name inside a longer capitalised name', () => {
    const text = '"It works," said researcher Robert Miller, who directs the Santa Monica Coastal LTER.';
    expect(people(text)).toEqual(['Robert Miller']);
  });
  it('a named chair or professorship', () => {
    const text =
      '"We are ready," said Jane Doe, professor and R.J. Smith Endowed Chair in the Department of History. ' +
      'Tom Hardy, the Ralph and Sandra Fisher Distinguished Professor of Chemistry, agreed.';
    expect(people(text).sort()).toEqual(['Jane Doe', 'Tom Hardy']);
  });
  it('an apposition naming a group', () => {
    const text = 'Research by economists at Equity Insights, a Stanford-based research group, found the same.';
    expect(people(text)).toEqual([]);
  });
  it('a person in apposition still counts', () => {
    expect(people('Kelly Marsh, a member of the research group, said it worked.')).toEqual(['Kelly Marsh']);
  });
});

describe('German university news (TYPO3): stacked academic titles', () => {
  it('Prof. Dr. before a name with diacritics', () => {
    const text =
      '„Die Ergebnisse sind eindeutig“, sagt Prof. Dr. Hélène Kräuter, Inhaberin des Lehrstuhls für Soziologie an der Universität. Die Studie wurde von der Stiftung gefördert und ist in der Zeitschrift erschienen.';
    expect(findEntities(text, { lang: 'de' }).filter((e) => e.kind === 'person')).toEqual([
      { text: 'Hélène Kräuter', kind: 'person', role: 'Prof', count: 1 },
    ]);
  });
});
