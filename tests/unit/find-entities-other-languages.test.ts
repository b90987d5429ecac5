import { describe, expect, it } from 'vitest';
import { latinLanguage } from '../../utils/entities/latin-people-cues';
import { namesOfKind } from './entity-kinds';

// Session 17: people in other Latin-script languages, each rule kept because it lifted the check set's people
// (docs/extraction.md, "Names in other languages, session 17"). Made-up texts; each test names the page class it serves.
const people = (text: string) => namesOfKind(text, 'person');

describe('the language of a text, by its stopwords', () => {
  it.each([
    [
      'de',
      'Die Forschenden der Hochschule haben in der Studie gezeigt, dass die Proben auch im Winter mit dem Wasser nicht gefrieren und sich das Eis nicht bildet.',
    ],
    [
      'fr',
      "Les chercheurs de l'université ont montré dans une étude que le climat change plus vite que prévu et que les glaciers du massif sont en recul pour la plupart.",
    ],
    [
      'es',
      'Los investigadores de la universidad explicaron que el estudio se realizó con datos de los últimos años y que las temperaturas del verano son cada vez más altas.',
    ],
  ])('%s news', (lang, text) => expect(latinLanguage(text)).toBe(lang));
  it('English text is left to the English rules', () =>
    expect(
      latinLanguage(
        'The researchers said that the study was carried out with data from the last ten years and that the summer is getting warmer in the north of the country.',
      ),
    ).toBeNull());
});

describe('people named beside a role in their own language', () => {
  it.each([
    [
      'German university news: a role noun before the name',
      'Die Hochschule hat einen neuen Studiengang eröffnet. Rektorin Annegret Vollmer sprach bei der Feier über die Pläne der Fakultät und dankte den Studierenden für die Geduld.',
      ['Annegret Vollmer'],
    ],
    [
      'German institute news: a compound role noun before the name',
      'Die Messungen im Labor waren aufwendig und dauerten zwei Jahre. Institutschemiker Bertram Ohlendorf ist mit dem Ergebnis zufrieden und will die Proben nun im Feld prüfen.',
      ['Bertram Ohlendorf'],
    ],
    [
      'Spanish science news: a role and an adjective before the name',
      'El récord de temperatura fue registrado en la base durante el verano, según el investigador chileno Tomás Arriagada que estudia el clima de la región desde hace años.',
      ['Tomás Arriagada'],
    ],
    [
      'Spanish regional news: a role in apposition after the name',
      '“Los datos nos ayudan a decidir”, dijo Rocío Benavídez, directora de Evaluación de la provincia, que presentó el calendario de las pruebas para los alumnos de las escuelas.',
      ['Rocío Benavídez'],
    ],
    [
      'French political news: a role after the name, diacritics in it',
      'Le ministre a rencontré les syndicats. Selon le parti, Václav Dvořák, président du groupe parlementaire, était présent à la réunion de mardi soir avec le gouvernement.',
      ['Václav Dvořák'],
    ],
  ])('%s', (_class, text, names) => expect(people(text)).toEqual(expect.arrayContaining(names)));
  it('French political news: a role with a one-word complement before the name', () =>
    expect(
      people(
        'Le gouvernement a présenté le plan mardi. Le ministre de la Santé Tomáš Kuchař a défendu les mesures devant les députés et a promis un nouveau calendrier pour les hôpitaux.',
      ),
    ).toEqual(expect.arrayContaining(['Tomáš Kuchař'])));
  it('a role and a body word before a body is no person: "ex-presidente do Tribunal Superior Eleitoral"', () =>
    expect(
      people(
        'A declaração do ex-presidente do Tribunal Superior Eleitoral foi criticada pelos militares, que disseram que não foram orientados a atacar o sistema eleitoral do país.',
      ),
    ).toEqual([]));
  it('a role before a body is no person: "directora de Planificación de la Calidad"', () =>
    expect(
      people(
        'La directora de Planificación de la Calidad Educativa presentó los resultados de las pruebas de los alumnos de la provincia y explicó el calendario del año.',
      ),
    ).toEqual([]));
  it('a role before the body the person heads is no person: "presidente do Supremo Tribunal Federal"', () =>
    expect(
      people(
        'O encontro com o presidente do Supremo Tribunal Federal durou uma hora e os jornalistas não puderam fazer perguntas sobre a crise entre os Poderes da República.',
      ),
    ).toEqual([]));
});

describe('people in bylines and common given names of these languages', () => {
  it('French news: the author line', () =>
    expect(
      people(
        "Les sols fertiles se dégradent plus vite que prévu, selon une étude menée par un institut de recherche.\nAuteur : Koffi Agbéko\nLa suite de l'article est réservée aux abonnés du journal.",
      ),
    ).toEqual(['Koffi Agbéko']));
  it('Italian news: a common given name first', () =>
    expect(
      people(
        'Il progetto è stato presentato ieri in piazza con una grande installazione che segna il tempo che ci resta per agire contro il riscaldamento, ideata da Giulia Ferracuti con un gruppo di artisti.',
      ),
    ).toEqual(['Giulia Ferracuti']));
  it('French regional news: a given name right after a place name that ends the phrase before it', () =>
    expect(
      people(
        "La réunion s'est tenue mardi à l'hôpital. Selon le communiqué de l'agence régionale de Lyon Pierre Vasseur a présenté le nouveau plan aux équipes du service.",
      ),
    ).toEqual(['Pierre Vasseur']));
  it('German capitalised nouns are no evidence: two nouns in a row are no person', () =>
    expect(
      people(
        'Beständiges Hoch über den Alpen: Die Woche war geprägt von vielen Sonnenstunden und einer günstigen Lawinensituation, die Schneedecke änderte sich nur wenig.',
      ),
    ).toEqual([]));
});

describe('people listed beside a person found', () => {
  it('German institute news: a team list with affiliations in brackets', () =>
    expect(
      people(
        'Das Team, das die Simulation durchgeführt hat, bestand aus Klaus Brückner (DKRZ), Wilko Tiedemann, Oskar Lindqvist und Ruprecht Falk (MPI-M). Die Arbeit dauerte zwei Jahre.',
      ),
    ).toEqual(expect.arrayContaining(['Wilko Tiedemann', 'Oskar Lindqvist', 'Ruprecht Falk'])));
});

describe('English text keeps the English rules only', () => {
  it('a given name of another language is no evidence in English ("Hans Gruber" with no role)', () =>
    expect(
      people(
        'The crowd was larger than last year and the band played until midnight, when Hans Gruber arrived with the keys to the hall for the students.',
      ),
    ).toEqual([]));
  it('the same name in German news is a person', () =>
    expect(
      people(
        'Die Menge war größer als im letzten Jahr und die Band spielte bis Mitternacht, als Hans Gruber mit den Schlüsseln für die Halle kam.',
      ),
    ).toEqual(['Hans Gruber']));
});
