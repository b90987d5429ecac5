/**
 * People named in news written in other Latin-script languages (German, French, Spanish, Italian, Portuguese,
 * Dutch, Polish, Nordic). The English rules need English evidence (said, titles, roles) and ASCII names; here the
 * evidence is what such sites print around a name in their own language: a title or role before it, a role in
 * apposition after it, a speech verb beside it, a byline. Capitalisation alone is never evidence: German
 * capitalises every noun. The language is the page's own (`lang`) when it names one; else the text's stopwords say.
 */
import type { FoundPerson } from './find-people';
import { ROLES } from './latin-roles';

const STOPWORDS: Record<string, string> = {
  en: 'the and of to in is that for with on was said are from have this',
  de: 'der die und das ist nicht mit den im auf für sich dem des ein eine auch wird',
  fr: 'le les et des est une du dans pour qui pas sur au avec ce il elle',
  es: 'el los las y que en un una por con para es del se al como',
  it: 'il che di e un una per con della sono non gli nel alla anche è',
  pt: 'o os e que em um uma para com não do da no na ao foi',
  nl: 'het een en van is dat op te niet met voor zijn ook wordt',
  pl: 'i w na z się nie do to że jest jak po',
  nordic: 'og er det som på til av for med ja on ei että hän',
};

/** The text's language by its commonest little words: a code, or null for English (the English rules read it). */
export function latinLanguage(text: string): string | null {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 20) return null;
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  let best = 'en';
  let bestScore = 0;
  for (const [lang, list] of Object.entries(STOPWORDS)) {
    const score = list.split(' ').reduce((s, w) => s + (counts.get(w) ?? 0), 0);
    if (score > bestScore) [best, bestScore] = [lang, score];
  }
  return best === 'en' ? null : best;
}

/**
 * Whether these rules read the text: the page's language when it names one (de, fr-CA, pt-BR); its stopwords when
 * it is empty or generic. "en" is generic: the extractor says it when a page declares nothing, and templates
 * declare lang="en" on pages in other languages (10 of the 49 labelled ones). Chinese, Japanese and Korean pages
 * are not read by these rules.
 */
export function readsAsOtherLatin(text: string, lang = ''): boolean {
  return otherLatinLanguage(text, lang) !== null;
}

/** Which other Latin-script language the text is in (the page's own, else its stopwords'), or null (see above). */
export function otherLatinLanguage(text: string, lang = ''): string | null {
  const primary = lang.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (/^(?:zh|ja|ko)$/.test(primary)) return null;
  if (/^[a-z]{2,3}$/.test(primary) && !/^(?:en|und|mul|zxx)$/.test(primary)) return primary;
  return latinLanguage(text);
}

/**
 * One capitalised word of a name, diacritics and hyphens included: Křetínský, Wever-Croes, Ann-Kristin. A hyphen
 * before a lower-case word joins a compound noun (James Webb-ruimtetelescoop; session 44, R82), not a name.
 */
// Not a Turkish case ending after the apostrophe (Zeynep Arslan’ın; session 59, R225).
const WORD =
  "\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+|(?!['’](?:[ıiuü]n|n[ıiuü]n|y?[ae]|[dt][ae]n?|y?l[ae]|y?[ıiuü])(?!\\p{Ll}))['’]\\p{Lu}?\\p{Ll}+)*";
const PARTICLE = '(?:von|van|de|di|da|dos|das|do|del|della|la|le|du|der|den|ter|zu)';
/**
 * Two or three capitalised words, name particles between them: Silvina del Pópolo, Georg von Below. A word before a
 * lower-case university is its place in the genitive (professori Mervi Kallio Oulun yliopiston …; session 53, R157).
 */
const PLACE_OF = '(?![^\\S\\n]+(?:yliopisto|korkeakoulu|ammattikorkeakoulu|universitet|högskola)\\p{L}*)';
const NAME = `${WORD}(?:[^\\S\\n]+(?:${PARTICLE}[^\\S\\n]+){0,2}${WORD}${PLACE_OF}){1,2}`;
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

/** Articles and prepositions: right before a capitalised phrase they make it a thing (el Servicio, as Forças). */
const FUNC =
  'de|del|della|dello|dei|des|du|da|do|dos|das|di|der|den|dem|des|von|vom|zum|zur|of|the|el|la|los|las|le|les|lo|il|gli|o|os|a|as|al|au|aux|que|che|y|e|et|und|en|em|no|na|in|im|w|z|i|og|ja';
/** A lower-case word between a cue and a name, not a function word: "investigador brasileño Carlos …". */
// Nor a programme's word (pelajar program Sarjana Perubatan Kecemasan: a degree's name; session 50, R135).
const GAP = `(?:(?!(?:${FUNC}|program|projek|kursus)\\s)\\p{Ll}+\\s+)`;

/**
 * Words of bodies, places and documents in these languages: a phrase holding one is no person. Vietnamese roles'
 * capitalised words too (Phó Giám đốc, Hiệu trưởng; session 53, R162). Session 34: schemes,
 * prizes and clusters named after a person or in English (Heinz Maier-Leibnitz-Programm, Leibniz-Preis, Cluster
 * Robotics Nexus Munich).
 */
const NOT_PERSON = new RegExp(
  `${'(?<![\\p{L}])'}(?:Phó|Giám|Trưởng|Univers\\p{L}*|Uniwersytet\\p{L}*|Institu\\p{L}*|Istituto|Servi\\p{L}*|Minist\\p{L}*|Tribunal|Gericht\\p{L}*|Resoluci\\p{L}*|Club|Konfederacj\\p{L}*|Planificaci\\p{L}*|Calidad|For\\p{L}*as|Fuerzas|Armadas|Supremo|Consejo|Conseil|Consiglio|Agencia|Agence|Agenzia|Comisi\\p{L}*|Commission\\p{L}*|Kommission|Fundaci\\p{L}*|Fonda\\p{L}*|Stiftung|Centr\\p{L}*|Zentrum|Escuela|École|Scuola|Hospital|Hôpital|Ospedale|Klinik\\p{L}*|Banco|Banque|Banca|Partido|Parti|Partito|Partei|Gobierno|Gouvernement|Governo|Regierung|Congres\\p{L}*|Kongress|Senad\\p{L}*|Sénat|Senato|Sejm\\p{L}*|Asamblea|Assemblée|Assemblea|Departament\\p{L}*|Département|Dipartimento|Facultad|Faculté|Facoltà|Fakult\\p{L}*|Canselor|Société|Sociedad|Società|Gesellschaft|Verband|Associa\\p{L}*|Asociaci\\p{L}*|Comité|Comitato|Ausschuss|Oficina|Ufficio|Direcci\\p{L}*|Direction|Direzione|Educaci\\p{L}*|Educaç\\p{L}*|Éducation|Federal|Nacional|National\\p{L}*|Nazionale|Estado|État|Stato|Staat\\p{L}*|Rep\\p{L}*blica|République|Republik|Reino|Royaume|Regno|Business|Grupo|Groupe|Gruppo|Gruppe|Company|Compañía|Compagnie|Empresa|Verlag|Zeitung|Journal|Revista|Rivista|Calle|Rue|Straße|Avenida|Plaza|Platz|Program\\p{L}*|Projekt\\p{L}*|Preis|Prix|Premio|Stipendi\\p{L}*|Cluster\\p{L}*|Robotics|Quantum|Energy)(?![\\p{L}])`,
  'u',
);

// Either case: German capitalises nouns (Rektorin), the others print roles in lower case (rectrice).
const ROLE = `(?:${ROLES.map((r) => `[${r[0]!.toUpperCase()}${r[0]}]${r.slice(1)}`).join('|')})`;
/** A role noun, alone or ending a compound (Eawag-Umweltchemiker, tutkimusprofessori, sponsorsjef). */
const ROLE_WORD = `[\\p{L}-]*${ROLE}`;

/**
 * Academic titles printed before a name, alone or stacked (Prof. Dr. Michèle Tertilt, Univ.-Prof. Dr. …, Dr.-Ing. …,
 * prof. dr. hab. …, Pr …): German, Austrian, Swiss, Dutch, Polish and French sites print them; the English rules
 * read ASCII names only. Spanish and Portuguese ones with a feminine form (Dra., Profa., Mtra.; session 35, R19);
 * Czech and Slovak ones (doc. Ing., Mgr., RNDr.; session 49, R124); Serbian and Slovene "dr" with no dot (prof. dr
 * Milica Vuković; session 50, R138); Bulgarian and Russian ones (проф. Мария Стоянова, д-р Иван Колев; session 51, R142).
 */
const TITLE =
  '(?:проф\\.|доц\\.|д-р|Doç\\.|Öğr\\.\\s+Üyesi|Öğr\\.\\s+Gör\\.|Arş\\.\\s+Gör\\.|Univ\\.-Prof\\.|Prof\\.|prof\\.|Priv\\.-Doz\\.|PD|Dr\\.-Ing\\.|Dipl\\.-Ing\\.|Dr\\.|Dra\\.|Profa\\.|Lic\\.|Mtr[oa]\\.|dr\\.|dr(?=\\s+\\p{Lu})|Pr\\.|Mag\\.|doc\\.|Ing\\.|Mgr\\.|Bc\\.|RNDr\\.|MUDr\\.|PhDr\\.|JUDr\\.)(?:\\s+(?:h\\.\\s?c\\.|habil\\.|hab\\.|sc\\.|(?:rer|phil|med|jur)\\.(?:\\s?nat\\.)?))*';

const BYLINE =
  '(?:Von|Par|Por|Di|Door|Autor(?:/-in)?\\s*:|Auteur\\s*:|Autora\\s*:|Texto?\\s*:|Fotos?\\s*:|Édition\\s*:|Edition\\s*:)';

/**
 * Common given names of these countries (the most frequent of each country's official lists, from general
 * knowledge, not read off labelled pages); none that is also a common noun or place in one of the languages.
 */
export const LATIN_GIVEN = new Set(
  'Adriana Agnieszka Alain Alberto Alejandro Alessandra Alessandro Ana Anders Andrea Andreas Andrzej Anna Antonio Astrid Bernd Birgit Camille Carlos Carmen Catherine Chiara Christian Christophe Claudia Cristina Céline Davide Diego Dieter Dolores Eduardo Elena Elisa Erik Federica Felipe Fernanda Fernando Francesca Francesco Francisco Frank François Françoise Gabriel Gerhard Giovanni Giulia Giuseppe Grzegorz Günter Hans Heike Heinz Helmut Hendrik Horst Ingrid Isabel Isabelle Jacques Jan Javier Jean Jens Jeroen Jesús Joanna Johannes Jorge José João Juan Jukka Julia Juliana Julien Jürgen Kari Karin Karl Katarzyna Katharina Katrin Klaus Kristin Krzysztof Lars Laura Laurent Lena Lorenzo Luca Lucas Lucía Luis Luiz Magdalena Manfred Manuel Marcelo Marco Marek Mariana Marie Markus Marta Matteo Matthias Małgorzata Michael Michał Michel Miguel Mikko Monika Nathalie Nicolas Nils Ole Olivier Pablo Paolo Patrick Patrícia Paulo Paweł Pedro Per Peter Petra Philippe Pierre Pieter Pilar Piotr Rafael Rainer Ricardo Roberto Rodrigo Rosa Sabine Sanne Sara Sergio Sophie Stefan Stefanie Stefano Susanne Sylvie Sébastien Thomas Timo Tomasz Ulrich Ulrike Ursula Uwe Valentina Valérie Walter Werner Willem Wolfgang Éric Łukasz'.split(
    ' ',
  ),
);

interface Found {
  name: string;
  role: string | null;
}

function rule(text: string, re: RegExp, role?: (m: RegExpMatchArray) => string | null): Found[] {
  return [...text.matchAll(re)].map((m) => ({ name: m.groups!.n!, role: role ? role(m) : null }));
}

/**
 * Prepositions and conjunctions that open a sentence before a name ("Pour Camille Galap, présidente …", "Laut Anna
 * Müller", "Según …", "Volgens …"): capitalised there, they are no part of it (session 33). Not "Per", a Nordic name.
 */
const OPENER =
  /^(?:Pour|Selon|Avec|Dans|Chez|Depuis|Pendant|Après|Avant|Sans|Sur|Entre|Comme|Mais|Ainsi|Enfin|Aussi|Quand|Lorsque|Alors|Für|Laut|Mit|Bei|Nach|Auch|Wie|Als|Aber|Und|Durch|Seit|Während|Gemäß|Zudem|Para|Según|Con|Desde|Durante|Como|Pero|Sin|Sobre|Tras|Ante|También|Secondo|Come|Anche|Tra|Fra|Dopo|Prima|Segundo|Com|Mas|Também|Após|Sem|Voor|Volgens|Met|Bij|Maar|Ook|Tijdens|Według|Dla|Ale|Przez|Podczas)$/u;

const UNIT = new RegExp(`${NOT_PERSON.source}|\\p{L}(?:ur|ung|ät|ik|schaft|heit|keit|ion|ie)$`, 'u');

/** Drop a leading particle-less role word caught in the name ("Präsident Anna Müller" is Anna Müller). */
function trimName(name: string): string | null {
  const words = name.split(/\s+/);
  if (OPENER.test(words[0]!)) {
    if (words.length < 3) return null;
    words.shift();
  }
  while (words.length > 2 && new RegExp(`^${ROLE_WORD}$`, 'u').test(words[0]!)) words.shift();
  if (new RegExp(`^${ROLE_WORD}$`, 'u').test(words[0]!)) return null;
  // Two words then a particle and a unit (Katharina Vogel von der Professur für …, … von der Universität Hohenheim;
  // session 35): the particle opens where the person is from, not the surname. A unit's word is a body's or ends like
  // a German abstract noun (-ur, -ung, -ät, -schaft); von der Leyen, after one given name, stays whole.
  const p = words.findIndex((w, i) => i === 2 && new RegExp(`^${PARTICLE}$`, 'u').test(w));
  if (p === 2 && UNIT.test(words.slice(p).find((w) => /^\p{Lu}/u.test(w)) ?? '')) words.splice(p);
  // A particle first is a surname alone (Del Pópolo) or a body's tail (da Defesa); a body's word, no person.
  if (new RegExp(`^${PARTICLE}$`, 'iu').test(words[0]!)) return null;
  // An article first is a work's or a band's title, not a person (vgl. Ken Loach, The Navigators, 2001).
  if (/^(?:The|Les|Los|Las|Der|Die|Das|Het|Gli)$/u.test(words[0]!)) return null;
  const n = words.join(' ');
  return NOT_PERSON.test(n) ? null : n;
}

/**
 * People in a text in another Latin-script language, with the role printed beside them when there is one; for
 * English text (readsAsOtherLatin), `english` unchanged. Kept rules, each of which lifted the check set's people
 * (docs/extraction.md, "Names in other languages, session 17"): a role before the name (also with a one-word
 * complement), a role in apposition after it, a byline, a common given name first, a name listed beside a person.
 */
export function findLatinPeople(text: string, english: FoundPerson[], lang = ''): FoundPerson[] {
  if (!readsAsOtherLatin(text, lang)) return english;
  const f = 'gu';
  const found: Found[] = [
    // "Prof. Dr. Michèle Tertilt", "Dr.-Ing. Jörg Müller": titles, stacked, before the name.
    ...rule(text, new RegExp(`${B}(?<r>${TITLE})(?:\\s+${TITLE})*\\s+(?<n>${NAME})${E}`, f), (m) =>
      m.groups!.r!.replace(/\.$/, ''),
    ),
    // "Rektorin Anna Müller", "le ministre Roman Prymula", "investigador brasileño Carlos Schaefer"
    // A dash before a list of them (doktoranti – Kristaps Bērziņš un Anete Vītola; session 58, R206).
    ...rule(
      text,
      new RegExp(`${B}(?<r>${ROLE_WORD})\\s+(?:[–—]\\s+)?${GAP}?(?<n>${NAME})${E}`, f),
      (m) => m.groups!.r!,
    ),
    // "Anna Müller, Rektorin der …", "Marcelo Leppe, director del …"
    ...rule(
      text,
      new RegExp(
        `${B}(?<n>${NAME}),\\s+(?:(?:la|le|el|il|der|die|l['’]|o|a)\\s*)?(?:\\p{Ll}+\\s+){0,2}(?<r>${ROLE_WORD})${E}`,
        f,
      ),
      (m) => m.groups!.r!,
    ),
    // "el director de l’EEBE, Jordi Casals,", "La capitana de l’equip, Laia Ferrer,": a role with its complement, then the
    // name between commas (session 45, R93).
    ...rule(
      text,
      new RegExp(
        `${B}(?:el|la|l['’]|del|al|le|il|lo|o|a|do|da|der|die|den)\\s+(?<r>${ROLE_WORD})\\s+(?:de|del|d['’]|du|des|di|da|do|van|von)\\s*[^,.;\\n]{2,60},\\s+(?<n>${NAME}),`,
        f,
      ),
      (m) => m.groups!.r!,
    ),
    // "viserektor for forskning Hilde Nordvik": a role and its lower-case field (Nordic news lower-case both; Russian's
    // "проректор по академическим вопросам Айдос Жумабеков", session 56, R196), and
    // "Marte Haugen er forsker ved …": the name, a copula, the role (session 45, R95).
    ...rule(
      text,
      new RegExp(
        `${B}(?<r>${ROLE_WORD})\\s+(?:for|för|af|av|ved|vid|по)\\s+\\p{Ll}+(?:\\s+\\p{Ll}+)?\\s+(?<n>${NAME})${E}`,
        f,
      ),
      (m) => m.groups!.r!,
    ),
    ...rule(
      text,
      new RegExp(`${B}(?<n>${NAME})\\s+(?:er|är|ist|est|es|è|é)\\s+(?:\\p{Ll}+\\s+){0,2}(?<r>${ROLE_WORD})${E}`, f),
      (m) => m.groups!.r!,
    ),
    // A quotation's speaker after it: its closing mark, a dash, the verb, the name ("…“, – teigia Ingrida
    // Žukauskienė", "…” – mówi Anna Nowak"; session 51, R140), as the Baltic and Slavic languages print it.
    ...rule(text, new RegExp(`[“”"»]\\s*,?\\s*[–—]\\s*\\p{Ll}+(?:\\s+\\p{Ll}+)?\\s+(?<n>${NAME})${E}`, f)),
    // Vietnamese: a degree title (PGS.TS., ThS.), Ông or Bà, or a student's or lecturer's word before a name of two to
    // four words (PGS.TS. Trần Thị Thu Hà, sinh viên Phạm Đức Anh; session 53, R162); the honorifics mid-sentence too
    // (đại diện doanh nghiệp, ông Lê Văn Tuấn; thầy, cô, chị; session 61, R242).
    ...rule(
      text,
      new RegExp(
        `${B}(?:(?:PGS|GS)\\.\\s?TS\\.|TS\\.|ThS\\.|[Ôô]ng|[Bb]à|[Tt]hầy|[Cc]ô|[Cc]hị|sinh viên|giảng viên|học viên)\\s+(?<n>${WORD}(?:\\s+${WORD}){1,3})${E}`,
        f,
      ),
    ),
    // "Von Anna Müller", "Par …", "Auteur : …" at a line's start
    ...rule(text, new RegExp(`(?:^|\\n)\\s*${BYLINE}\\s*(?<n>${NAME})${E}`, f)),
    // "le ministre de la Santé Roman Prymula", "chef de l'Etat Miloš Zeman": a role and its one-word complement,
    // unless that word is a body's (presidente do Tribunal Superior Eleitoral).
    ...[
      ...text.matchAll(
        new RegExp(
          `${B}(?<r>${ROLE_WORD})\\s+(?:de|du|des|del|da|do|di|der)\\s+(?:(?:la|l['’]|el|o|a)\\s*)?(?<c>\\p{Lu}\\p{Ll}+)\\s+(?<n>${NAME})${E}`,
          f,
        ),
      ),
    ]
      .filter((m) => !NOT_PERSON.test(m.groups!.c!))
      .map((m) => ({ name: m.groups!.n!, role: m.groups!.r! })),
    // A common given name first: "… François Fillon en 2017"
    // or second, after a capitalised word that ends the phrase before it ("d'Ostrava Jiří Havrlant").
    ...[...text.matchAll(new RegExp(`${B}(?<n>${NAME})${E}`, f))].flatMap((m) => {
      const words = m.groups!.n!.split(/\s+/);
      const i = words.findIndex((w) => LATIN_GIVEN.has(w));
      return i >= 0 && i < 2 && words.length - i >= 2 ? [{ name: words.slice(i).join(' '), role: null }] : [];
    }),
  ];
  // The English rules' finds holding a body's word of these languages are that body (Timbalan Naib Canselor (…), Prof.
  // …: a Malay deputy vice-chancellor's office; session 50, R135).
  const out = new Map<string, string | null>(
    english.filter((p) => !NOT_PERSON.test(p.text)).map((p) => [p.text, p.role]),
  );
  for (const { name, role } of found) {
    const n = trimName(name);
    if (n && (!out.has(n) || (!out.get(n) && role))) out.set(n, role);
  }
  // "Helmuth Haak, Daniel Klocke, René Redler und Bjorn Stevens": a name listed beside a person is one too.
  // Russian и, Kyrgyz жана, Kazakh және, Tajik ва (session 64, R280).
  const join = `(?:\\s+\\([^)]{1,20}\\))?(?:,\\s+|\\s+(?:und|et|y|e|i|og|ja|en|and|un|ir|і|та|ve|и|жана|және|ва)\\s+)`;
  for (let pass = 0; pass < 2; pass++)
    for (const m of text.matchAll(new RegExp(`${B}(?<a>${NAME})${join}(?=(?<b>${NAME})${E})`, f))) {
      const [a, b] = [trimName(m.groups!.a!), trimName(m.groups!.b!)];
      if (a && b && (out.has(a) || out.has(b))) for (const n of [a, b]) if (!out.has(n)) out.set(n, null);
    }
  return [...out]
    .filter(([n]) => ![...out.keys()].some((o) => o !== n && o.endsWith(` ${n}`)))
    .map(([text, role]) => ({ text, role }));
}
