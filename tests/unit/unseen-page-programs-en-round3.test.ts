// Programs on English and European campus pages (session 37, issue #11): made-up texts, each describe named after
// the page class it serves. Each rule reads evidence every site prints — a degree's field up to the next clause, a
// middle initial, a month after "Program in", an acronym's expansion, Italian and German programme words before a
// name — and each has a guard: a sentence that looks alike and must give nothing.
import { describe, expect, it } from 'vitest';
import { namesOfKind } from './entity-kinds';

const programs = (text: string, lang?: string) => namesOfKind(text, 'program', lang).sort();

describe('English university news and course pages: degree streams with their field', () => {
  it('an honours degree names its field with or without "in"', () => {
    expect(programs('She took a BA (Hons) in English Literature before her doctorate.')).toEqual([
      'BA (Hons) in English Literature',
    ]);
    expect(programs('Applicants to the BSc (Hons) Computer Science degree must sit a test.')).toEqual([
      'BSc (Hons) Computer Science',
    ]);
  });
  it('the field stops before the clause that follows (a title, a person, a sentence opener)', () => {
    expect(programs('He earned a Master of Public Health and Dean Smith hired him.')).toEqual([
      'Master of Public Health',
    ]);
    expect(programs('The MSc in Data Science and Professor Lee will host the open day.')).toEqual([
      'MSc in Data Science',
    ]);
    expect(
      programs('Graduates of the Bachelor of Science in Nursing The college also offers evening classes.'),
    ).toEqual(['Bachelor of Science in Nursing']);
  });
  it('guard: a degree with no field, or with a date after "in", names no stream', () => {
    expect(programs('She received a BSc (Hons) from Leeds and an MSc in May 2020.')).toEqual([]);
    expect(programs('He completed a BA (Hons) in 2019 and moved to Boston.')).toEqual([]);
  });
});

describe('English donor and scholarship news: a middle initial inside a fund’s name', () => {
  it('the name is whole, not cut at the initial', () => {
    expect(programs('The grant comes from the John D. Rockefeller Fund for the arts.')).toEqual([
      'John D. Rockefeller Fund',
    ]);
    expect(programs('She won the Mary K. Smith Scholarship last spring.')).toEqual(['Mary K. Smith Scholarship']);
  });
  it('guard: an initial closing a sentence does not join the next one’s fund', () => {
    expect(programs('The prize was named for Malcolm X. The Ford Fund paid for the event.')).toEqual(['Ford Fund']);
  });
});

describe('English campus news: a month or season after "Program in" dates the program', () => {
  it('the program is named without the date', () => {
    expect(programs('She joined the Summer Research Program in June 2025 with ten others.')).toEqual([
      'Summer Research Program',
    ]);
  });
  it('guard: "the Program in Spring 2024" names nothing; a field after "Program in" stays', () => {
    expect(programs('Students entered the Program in Spring 2024 after review.')).toEqual([]);
    expect(programs('The Interdisciplinary Program in Archaeology admits six students.')).toEqual([
      'Interdisciplinary Program in Archaeology',
    ]);
  });
});

describe('English research news: a named fund with a generic word before "fund"', () => {
  it('a capitalised name, a generic word and "fund" name the fund', () => {
    expect(programs('The study was paid for by the Kavli research fund at the institute.')).toEqual([
      'Kavli research fund',
    ]);
  });
  it('guard: no name, a nationality, a body or a plural names no fund', () => {
    expect(programs('The study was paid for by the new research fund and the Swiss research fund.')).toEqual([]);
    expect(programs('Grants came from the University research fund and the Kavli research funds.')).toEqual([]);
  });
});

describe('English undergraduate research pages: an acronym with its expansion before the program word', () => {
  it('the expansion names the program, once', () => {
    expect(
      programs('Students applied to the REU (Research Experiences for Undergraduates) program this year.'),
    ).toEqual(['Research Experiences for Undergraduates']);
    expect(
      programs('Students applied to the SURF (Summer Undergraduate Research Fellowship) program this year.'),
    ).toEqual(['Summer Undergraduate Research Fellowship']);
  });
  it('guard: a funder’s expansion or letters that do not match name no program', () => {
    expect(programs('The NSF (National Science Foundation) program pays for ten places.')).toEqual([]);
    expect(programs('The ABC (Research Experiences for Undergraduates) program pays for ten places.')).toEqual([]);
  });
});

describe('Italian and German university news: a quoted name after the programme word', () => {
  it('il progetto “…”, il programma "…", das Projekt „…“', () => {
    expect(programs('Il progetto “Scuola Futura” è stato presentato dal ministro.', 'it')).toEqual(['Scuola Futura']);
    expect(programs('Gli studenti partecipano al programma "Erasmus+" con una borsa.', 'it')).toEqual(['Erasmus+']);
    expect(programs('Das Projekt „Grüner Campus“ startet im Herbst.', 'de')).toEqual(['Grüner Campus']);
  });
  it('guard: a quoted remark is no name, nor is the rule read on an English page', () => {
    expect(programs('Il progetto "è stato un successo", ha detto la rettrice.', 'it')).toEqual([]);
    expect(programs('Das Projekt „wir schaffen das“ war sein Motto.', 'de')).toEqual([]);
    expect(programs('The Italian term il progetto “Scuola Futura” was quoted in the report.', 'en')).toEqual([]);
  });
});

describe('Italian university news: plans, pacts and funds named with connectors', () => {
  it('capitalised words joined by di, per, della, e', () => {
    expect(programs('I fondi del Piano Nazionale di Ripresa e Resilienza sono arrivati all’ateneo.', 'it')).toEqual([
      'Piano Nazionale di Ripresa e Resilienza',
    ]);
    expect(programs('La regione ha firmato il Patto per il Lavoro e Mario Rossi ha parlato.', 'it')).toEqual([
      'Patto per il Lavoro',
    ]);
    expect(programs('Il Fondo per il Programma Nazionale della Ricerca finanzia progetti.', 'it')).toEqual([
      'Fondo per il Programma Nazionale della Ricerca',
    ]);
  });
  it('read by the text’s own words when the page declares no language', () => {
    const text =
      'Il rettore ha detto che il Piano Nazionale di Ripresa e Resilienza è una occasione per la ricerca e per gli studenti, che sono al centro della nostra università e non solo.';
    expect(programs(text)).toEqual(['Piano Nazionale di Ripresa e Resilienza']);
  });
  it('guard: a lower-case word after the connector names nothing', () => {
    expect(programs('Il Piano di studi è cambiato e il Fondo per gli studenti è aumentato.', 'it')).toEqual([]);
  });
});

describe('Italian university news: a capitalised name after del/nel programma', () => {
  it('del programma Horizon Europe', () => {
    expect(programs('Il gruppo fa parte del programma Horizon Europe della Commissione.', 'it')).toEqual([
      'Horizon Europe',
    ]);
  });
  it('guard: nel programma di studio, nel programma della giornata', () => {
    expect(programs('Il corso è nel programma di studio e nel programma della giornata.', 'it')).toEqual([]);
  });
});

describe('German university news: framework programmes and degree programmes', () => {
  it('a funder’s framework programme and a Master’s or Bachelor’s programme name their programme', () => {
    expect(programs('Die Förderung kommt aus dem EU-Rahmenprogramm Horizont Europa für Forschung.', 'de')).toEqual([
      'Horizont Europa',
    ]);
    expect(programs('Der Masterstudiengang Data Science startet im Oktober.', 'de')).toEqual([
      'Masterstudiengang Data Science',
    ]);
    expect(programs('Der Bachelorstudiengang Wirtschaftsinformatik ist beliebt.', 'de')).toEqual([
      'Bachelorstudiengang Wirtschaftsinformatik',
    ]);
  });
  it('guard: a noun after the programme word is no name', () => {
    expect(programs('Die Hochschule will dem EU-Förderprogramm Mittel entnehmen.', 'de')).toEqual([]);
    expect(programs('Sie sagt, dass im Masterstudiengang Studierende aus 30 Ländern lernen.', 'de')).toEqual([]);
  });
});
