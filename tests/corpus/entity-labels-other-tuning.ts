/**
 * People of the TUNING-set news pages of real2/ in languages other than English and Chinese written in Latin script
 * (German, French, Spanish, Italian, Portuguese, Polish, Finnish, Hungarian, Norwegian, Papiamento), labelled in
 * session 17 by reading the article text the extractor returns (entity-score.ts labelledText), before any rule for
 * these languages was written. Rules for other languages are tuned on these pages only; CHECK_OTHER_LANGUAGE_LABELS
 * (entity-labels-check.ts) says whether they generalise.
 *
 * Conventions of CHECK_OTHER_LANGUAGE_LABELS: every person named in full in the text (body, byline, captions, photo
 * credits, contact lines), full form as printed, inflected forms accepted in the text's form (Timo Daums); a surname
 * or title alone is not labelled (Blanquer, Nietzsche, SLF/Stucki), nor user names (karstenruppert), nor a person's
 * name used as the name of a school, room, base or storm (lycée Jean Zay, salle Louise Michel, base Julio Escudero).
 * Names in the reader's order as printed (Hungarian Déri Szilvia). The Polish page is decoded wrongly by the corpus
 * loader (ISO-8859-2 read as windows-1252): its names are accepted in the text's form too. `[]` means the page was
 * read and names no person. Only `person` is labelled: organizations and programs are in the page's language.
 */
import type { EntityLabels } from './entity-labels';

export const TUNING_OTHER_LANGUAGE_LABELS: Record<string, Partial<EntityLabels>> = {
  // Papiamento (Aruba): a prime minister by title, a designer in apposition.
  'news/traf-24ora-com-internationalschol.html': { person: ['Evelyn Wever-Croes', 'Ronchi De Cuba'] },
  // German blog post: a conference notice, the author only as a user name.
  'news/traf-achtundvierzig-hypotheses-org-822.html': { person: [] },
  // German blog post: the author's name in the date line.
  'news/traf-bloghaus-hypotheses-org-2320.html': { person: ['Ulrike Stockhausen'] },
  // Portuguese (Brazil): two bylines, politicians with their parties in brackets, roles before names.
  'news/traf-correiobraziliense-com-br-poderes.html': {
    person: [
      'Luana Patriolino',
      'Raphael Felice',
      'Rodrigo Pacheco',
      'Luiz Fux',
      'Jair Bolsonaro',
      'Daniel Silveira',
      'Arthur Lira',
      'Paulo Sérgio Nogueira',
      'Luís Roberto Barroso',
    ],
  },
  // German opinion piece: Nietzsche alone, the author only as "Der Autor".
  'news/traf-die-tagespost-de-Demut.html': { person: [] },
  // French (Deutsche Welle): author and editor lines.
  'news/traf-dw-com-elephants.html': { person: ['Kossivi Tiassou', 'M-A. Pioerron'] },
  // German (Swiss institute): researchers quoted with roles and speech verbs.
  'news/traf-eawag-ch-elektron.html': { person: ['Meret Aeppli', 'Thomas Hofstetter', 'Michael Sander'] },
  // Spanish: a paywall notice, no article.
  // Spanish (El Comercio): the page prints a paywall box; since session 18 the body is its JSON-LD articleBody,
  // relabelled from that text (defendants, experts, a late congressman, the former presidents).
  'news/traf-elcomercio-pe-kenjifujimori.html': {
    person: [
      'Kenji Fujimori',
      'Milton Hinojoza',
      'Luis Loyola',
      'Pedro Infante',
      'Guillermo Bocángel',
      'Bienvenido Ramírez',
      'Alexei Toledo',
      'Moisés Mamani',
      'Pedro Pablo Kuczynski',
      'Keiko Fujimori',
      'Alberto Fujimori',
    ],
  },
  // Spanish (El País): scientists in apposition with roles, a photographer's credit after captions.
  'news/traf-elpais-com-ciencia.html': {
    person: [
      'Carlos Schaefer',
      'Camila Buvinic',
      'Marcelo Leppe',
      'Francisco Navarro',
      'Sergi González',
      'John Turner',
    ],
  },
  // French (Radio Prague): Czech politicians with diacritics, roles before names.
  'news/traf-francais-radio-cz-ministre.html': {
    person: [
      'Roman Prymula',
      'Jaroslav Faltýnek',
      'Andrej Babiš',
      'Jiří Havrlant',
      'Daniel Křetínský',
      'Adam Vojtěch',
      'Miloš Zeman',
      'Jan Hamáček',
    ],
  },
  // German press release (idw): a Chinese researcher, also in the author line.
  'news/traf-idw-online-de-Hybridbatterie.html': { person: ['Yong Jiang'] },
  // Spanish (Peru): a minister, a school calendar naming heroes, an official.
  'news/traf-larepublica-pe-minedu.html': {
    person: [
      'Rosendo Serna',
      'María Parado de Bellido',
      'Túpac Amaru II|Túpac Amaru',
      'Micaela Bastidas',
      'Luis Quintanilla',
    ],
  },
  // Italian weather news: storms named Dennis and Ciara, no person.
  'news/traf-lastampa-it-temperature.html': { person: [] },
  // French interview: the interviewee's name under pull quotes, authors cited.
  'news/traf-legrandcontinent-eu-heran.html': {
    person: [
      'François Héran',
      'Frédérique Fogel',
      'François Fillon',
      'Georges Tapinos',
      'Stephen Smith',
      'Michèle Tribalat',
      'Paul Collier',
    ],
  },
  // Spanish (Argentina): an official in apposition with her role, then "del Pópolo" alone.
  'news/traf-losandes-com-mendoza.html': { person: ['Silvina del Pópolo'] },
  // Hungarian recipe: the author's name, family name first.
  'news/traf-mindmegette-hu-levagott.html': { person: ['Déri Szilvia'] },
  // German institute news: Prof. and Dr. before names, a team list with affiliations, contact lines.
  'news/traf-mpimet-de-klimasystem.html': {
    person: [
      'Reimar Lüst',
      'Klaus Hasselmann',
      'Hendryk Bockelmann',
      'Niklas Röber',
      'Helmuth Haak',
      'Daniel Klocke',
      'René Redler',
      'Bjorn Stevens',
    ],
  },
  // German blog post: politicians and authors, some in the genitive.
  'news/traf-netzfueralle-blog-rosalux-de-netzpolitik.html': {
    person: ['Elizabeth Warren', 'Timo Daum|Timo Daums', 'Sabine Nuss', 'Ken Loach'],
  },
  // Polish (decoded wrongly by the loader): politicians and economists with roles, quotes after a dash.
  'news/traf-rp-pl-Unijne-fundusze.html': {
    person: [
      'Mateusz Morawiecki',
      'Borys Budka',
      'Jarosław Gowin|Jaros\uFFFDaw Gowin',
      'Władysław Kosiniak-Kamysz|W\uFFFDadys\uFFFDaw Kosiniak-Kamysz',
      'Zbigniew Ziobro|Zbigniewa Ziobry',
      'Marek Goliszewski',
      'Grzegorz Baczewski',
      'Paweł Wojciechowski|Pawe\uFFFD Wojciechowski',
    ],
  },
  // French union communiqué: schools and a room named after people, a minister by surname only.
  'news/traf-sauvonsluniversite-com-spip.html': { person: [] },
  // German avalanche report (SLF): a photo credit by surname only.
  'news/traf-slf-ch-lawinensituation.html': { person: [] },
  // French blog post: the president and his adviser.
  'news/traf-soundofscience-fr-1927.html': { person: ['Emmanuel Macron', 'Thierry Coulhon'] },
  // French (Swiss) agency news: offices and a spokesperson without a name.
  'news/traf-tdg-ch-chlorothalonil.html': { person: [] },
  // Norwegian press release: two officials with roles, quotes after a dash.
  'news/traf-tine-no-fotballskole.html': { person: ['Pål Bjerketvedt', 'Ann-Kristin Syversen'] },
  // Spanish tech news: brands only.
  'news/traf-unocero-com-marcas.html': { person: [] },
  // Italian news: two artists.
  'news/traf-vegolosi-it-climate.html': { person: ['Kristin Jones', 'Andrew Ginzel'] },
  // German book review: a list of historians with book titles, the reviewer in the citation line.
  'news/traf-wolfgangschmale-eu-duchhardt.html': {
    person: [
      'Heinz Duchhardt',
      'Rudolf Smend',
      'Hans Uebersberger',
      'Paul Joachimsen',
      'Georg von Below',
      'Karl Joël',
      'Gerhard Ritter',
      'Heribert Raab',
      'Clemens Wenzeslaus von Sachsen',
      'Martin Göhring|Martin Göhrung',
      'Konrad Repgen',
      'Wolfgang Schmale',
    ],
  },
  // German institute page (WSL): no person.
  'news/traf-wsl-ch-neubeau.html': { person: [] },
  // Finnish (Yle): two researchers with roles, quotes after a dash with "sanoo".
  'news/traf-yle-fi-3-11212601.html': { person: ['Timo Partonen', 'Reija Ruuhela'] },
};
