// People on campus pages nobody had tuned on (review 33, R15 finding 7; issue #11): made-up texts, each test named
// after the page class it serves. Precision first: a wrong name is worse than a missing one.
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../utils/entities/find-entities';
import { namesOfKind } from './entity-kinds';

const people = (text: string) => namesOfKind(text, 'person').sort();
const peopleIn = (text: string, lang: string) =>
  findEntities(text, { lang })
    .filter((e) => e.kind === 'person')
    .map((e) => e.text)
    .sort();

describe('English university news: Hawaiian names, stacked titles, journals', () => {
  it('the ʻokina is a letter of the name', () => {
    expect(people('The school’s director, Kalena Kealohaʻiwa, said the program will grow.')).toEqual([
      'Kalena Kealohaʻiwa',
    ]);
  });
  it('a three-part name after two titles is read whole', () => {
    expect(
      people('At the launch, University President Professor Lim Boon Heng said the centre would open in May.'),
    ).toEqual(['Lim Boon Heng']);
  });
  it('a journal after "published in" is no person', () => {
    const text =
      'Professor Grace Byrne, of the School of Botany and Ecology, who led the study, said it took years. The study, published in the journal Nature Ecology, was funded by the council.';
    expect(people(text)).toEqual(['Grace Byrne']);
  });
});

describe('French, Spanish and German university news: a sentence opener before the name', () => {
  it('Pour, Según, Laut are no part of the name', () => {
    expect(
      peopleIn(
        "Pour Camille Martin, présidente de l'université, ce projet est une étape importante pour la recherche et pour les étudiants.",
        'fr',
      ),
    ).toEqual(['Camille Martin']);
    expect(
      peopleIn(
        'Según Pablo Ortega, rector de la universidad, el acuerdo es una oportunidad para los estudiantes y para la ciudad.',
        'es',
      ),
    ).toEqual(['Pablo Ortega']);
  });
});
