/**
 * People named in English text. A capitalised two- or three-word name counts when the text says it is a
 * person: a title before it (Provost David Okafor), a middle initial (Max L. Balter), a role noun before
 * it (lead author Josh Leipheimer, Photo: …), an apposition after it (…, a professor of …; …, Ph.D.),
 * a speech verb (said), the surname used alone elsewhere (Norman Nie … Nie said), or "and" joining it
 * to another person.
 */
import { escapeRegExp } from '../model/text';
import type { FoundPerson } from './find-people';

// Session 19: judges, mayors, coaches, clergy, officers and councillors print their title before the name too.
const TITLES =
  'President|Provost|Vice Provost|Chancellor|Vice Chancellor|Professor Emeritus|Professor|Prof\\.|Dr\\.|Dean|Director|Chair|Rector|Principal|Senator|Governor|Secretary|Congressman|Congresswoman|Ambassador|Minister|Sir|Mr\\.|Ms\\.|Mrs\\.|Dr|Mr|Mrs|Ms|Messrs|Sri|Monsieur|Madame|Judge|Justice|Mayor|Coach|Rev\\.|Reverend|Father|Rabbi|Bishop|Archbishop|Cardinal|Capt\\.|Captain|Gen\\.|Col\\.|Lt\\.|Sgt\\.|Rep\\.|Sen\\.|Gov\\.|Lord|Lady|Dame|Premier|Prime Minister|Councillor|Councilman|Councilwoman|Commissioner|Superintendent|Sheriff|Detective|Colonel|Lieutenant|Sergeant|Admiral';
/** A capitalised word of a name: Nie, McDougall, O'Halloran, Piwnica-Worms, never a possessive. */
// Each repetition starts with ' - or a capital, so the pattern cannot backtrack exponentially.
const CAP = "[A-Z](?=[a-z'’])[a-z]*(?:(?!['’]s\\b)['’-][A-Z]?[a-z]+|[A-Z][a-z]+)*";
const NAME = `${CAP}(?:\\s+[A-Z]\\.)?(?:\\s+${CAP}){1,2}`;
// Initials run together (G.J. Thorkelin, K.A. Krishnasvami Iyer) name a person too (PLACE_INITIALS aside).
const WITH_INITIAL = new RegExp(
  `^${CAP}\\s+[A-Z]\\.\\s+${CAP}$|^[A-Z]\\.\\s+${CAP}\\s+${CAP}$|^(?:[A-Z]\\.){2,3}\\s+${CAP}(?:\\s+${CAP})?$`,
);
/** Words that make a capitalised phrase an institution, place, event or title, never a person. */
const NOT_PERSON =
  /\b(?:University|College|School|Institute|Center|Centre|Hospital|Foundation|Association|Society|Committee|Council|Senate|Department|Office|Program|Programme|Project|Fund|Lab|Laboratory|Group|Company|Services|Street|St|Avenue|Road|Hall|Valley|County|City|Hill|Park|Square|Report|Act|News|Journal|Times|Day|Week|Engineering|Sciences?|Studies|Affairs|Medicine|Education|Research|Relations|Minister|Secretary|Parliament|Congress|Commission|Bundestag|Union|Party|Ministry|Government|Directors?|Co-Directors|Coordinator|Counsel|General|Officer|Manager|Systems|Anthropology|Housing|Fair|Summit|Conference|Symposium|Forum|Wall|Bridge|Towers?|Building|Museum|Library|Gallery|Stadium|Arena|Theatre|Theater|Auditorium|Pavilion|Campus|Mount|Mt|Lake|River|Island|Bay|Beach|Falls|Mountains?|Images|Getty|Shutterstock|Reuters|Alamy|iStock|Health|Learning|Intelligence|Policy|Management|Business|Economics|Physics|Chemistry|Biology|Mathematics|Psychology|Nursing|Pharmacy|Technology|Architecture|History|Humanities|Arts|Computing|Data|Sustainability|Climate|Township|Airport|Station|Church|Cathedral|Chapel|Prize|Award|Awards|Medal|Lecture|Fellowship|Scholarship|Series|Festival|Cup|League|Games|Championships?|Olympics|Court|Tribunal|Press|Review|Magazine|Herald|Tribune|Gazette|Daily|Network|Television|Radio|Channel|Inc|Corp|Ltd|LLC|Bank|Trust|Capital|Partners|Holdings|Airlines|Motors|Clinic|Province|State|Republic|Kingdom|Empire|Dynasty|War|Revolution|Treaty|Declaration|Agreement|Accord|Code|Plaza|Terrace|Boulevard|Gardens|Arboretum|Observatory|Quad|Annex|Gymnasium|Canyon|Desert|Peninsula|Coast|Harbor|Harbour|Creek|Ridge|Heights|Springs|Village|District|Region|Territory|Commonwealth|Federation|Alliance|Coalition|Consortium|Orchestra|Choir|Ensemble|Studios?|Publishing|Publishers|Media|Weekly|Monthly|Quarterly|Bulletin|Newsletter|Podcast|Seminar|Workshop|Colloquium|Academy|Agency|Authority|Board|Bureau|Division|Army|Navy|Corps|Police|Assembly|Legislature|Caucus|Embassy|Consulate|Temple|Mosque|Synagogue|Monastery|Abbey|Shrine|Castle|Palace|Prison|Hotel|Restaurant|Cafe|Mall|Cinema|Factory|Cemetery|Memorial|Monument|Tunnel|Highway|Freeway|Railway|Railroad|Terminal|Corporation|Limited|Technologies|Industries|Enterprises|Consulting|Pharmaceuticals|Therapeutics|Biosciences|Aerospace|Entertainment|Athletics|Football|Basketball|Baseball|Soccer|Hockey|Tennis|Rugby|Cricket|Olympic|Paralympic|Marathon|Tournament|Expo|Exhibition|Constitution|Convention|Amendment|Protocol|Syndrome|Disease|Virus|Vaccine|Theorem)\b/;
const NOT_FIRST =
  /^(?:The|This|That|These|Those|A|An|In|On|At|For|From|With|By|As|If|So|But|And|Or|When|While|New|North|South|East|West|Northern|Southern|National|United|American|Federal|Former|Senior|Associate|Assistant|Vice|General|Chief|Executive|Academic|Faculty|Emeritus|Distinguished|Lead|Principal|Professors?|President|Provost|Dean|Director|Chair|Senator|Secretary|Minister|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Photo|Contact|Source|Our|Its|Their|His|Her|Each|Every|Besides|Can|Is|Are|Was|Were|Will|Would|Should|Could|Do|Does|Did|Has|Have|Had|How|Why|What|Who|Where|Which|Here|There)\b/;
/**
 * Common given names (the SSA top lists, widened in session 16 with common British, Spanish, Indian and Arabic
 * ones; not names read off the labelled pages, and none that is also a common surname: Lee, Kim, Li). Names
 * first added after reading the labelled pages were taken out again; very common ones that also occur there
 * (John, David) stay. A capitalised pair starting with one is a person: the English twin of the Chinese surname list.
 * Session 19 added short forms (Matt, Chris, Liz), Russian, Japanese, Indian and West African ones from general
 * knowledge; those of other Latin-script languages stay in latin-people-cues.ts, read on such pages only.
 */
const GIVEN = new Set(
  'James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark Donald Steven Andrew Joshua Kenneth Kevin Brian George Edward Ronald Timothy Jason Jeffrey Ryan Jacob Gary Nicholas Jonathan Larry Justin Scott Brandon Benjamin Samuel Frank Alexander Raymond Patrick Jack Dennis Jerry Tyler Aaron Jose Henry Adam Douglas Nathan Peter Zachary Kyle Walter Harold Jeremy Ethan Carl Keith Roger Gerald Christian Terry Sean Arthur Austin Noah Lawrence Jesse Joe Bryan Billy Jordan Albert Dylan Bruce Willie Alan Juan Logan Wayne Ralph Roy Eugene Vincent Louis Bobby Johnny Bradley Bob Mike Jim Tom Tim Neil Hugh Colin Howard Mary Patricia Jennifer Elizabeth Barbara Sarah Karen Nancy Lisa Betty Margaret Sandra Ashley Kimberly Emily Donna Michelle Dorothy Carol Melissa Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Shirley Angela Anna Brenda Pamela Nicole Emma Katherine Christine Debbie Rachel Catherine Carolyn Janet Ruth Maria Heather Diane Virginia Joyce Victoria Olivia Kelly Christina Lauren Joan Evelyn Judith Megan Cheryl Andrea Hannah Jacqueline Frances Gloria Ann Teresa Kathryn Sara Janice Alice Madison Abigail Julia Judy Grace Denise Amber Marilyn Beverly Danielle Theresa Sophia Marie Diana Brittany Natalie Isabella Charlotte Rose Kayla Steve Stephen Paul Eric Gregory Jeffery Phillip Philip Craig Russell Todd Shawn Randy Alex Travis Ian Chad Derek Curtis Marcus Luis Carlos Jesus Victor Martin Fred Frederick Leonard Dale Glenn Allen Stanley Francis Earl Jimmy Antonio Danny Tony Luke Mario Manuel Ricardo Alejandro Miguel Rafael Oscar Julian Sebastian Gabriel Dominic Isaac Elijah Caleb Owen Liam Mason Lucas Hunter Connor Evan Cameron Adrian Graham Simon Nigel Trevor Stuart Duncan Malcolm Gordon Wesley Clifford Herbert Bernard Norman Leslie Marvin Warren Melvin Harvey Lloyd Franklin Susan Jessica Helen Deborah Linda Julie Tiffany Crystal Erin Tracy Tina Kathy Paula Lori Wendy Robin Monica Erica Vanessa Stacy Dana Holly Sylvia Gail Anne Jane Jean Martha Doris Gladys Irene Lillian Ellen Rita Louise Sally Sue Laurie Claire Kate Katie Molly Nina Eva Ella Chloe Zoe Lily Mia Ava Leah Audrey Caroline Jasmine Allison Alicia Meredith Whitney Courtney Erika Renee Yvonne Lucy Alison Fiona Sophie Harriet Eleanor Margot Ingrid Helena Monique Priya Anil Raj Rahul Amit Sanjay Vijay Ravi Deepak Arjun Hiroshi Yuki Kenji Ahmed Mohammed Muhammad Omar Hassan Fatima Aisha Brett Brent Chris Dan Dave Doug Ed Greg Jeff Jon Josh Ken Kurt Matt Nick Phil Rick Rob Ron Sam Ted Will Zach Andy Ben Bill Charlie Drew Eli Gene Glen Jake Jared Jay Joel Kent Lance Leo Max Mitch Nate Neal Pete Ray Rod Ross Seth Shane Stan Wade Wes Abby Amanda Angie Becky Beth Carla Carrie Cathy Cindy Connie Dawn Debra Elaine Ellie Gina Heidi Jen Jenny Jill Joanne Jodi Kristen Liz Lynn Maggie Marcia Meg Melanie Michele Nora Peggy Penny Sheila Stacey Susie Tammy Tara Terri Valerie Vicki Yolanda Kristina Jeanne Joann Marjorie Miriam Naomi Norma Pauline Ruby Sabrina Shannon Sonia Tamara Vera Wanda Ahmad Ali Amir Ivan Mateo Nikolai Olga Sergei Sofia Yusuf Dmitri Alexei Andrei Mikhail Natalia Tatiana Irina Svetlana Yuri Takeshi Akira Satoshi Suresh Ramesh Rajesh Anand Ashok Krishna Lakshmi Meera Neha Pooja Sunita Arun Kiran Manoj Prakash Vikram Nikhil Rohit Sunil Kwame Kofi Ngozi Aidan Alexis Alyssa Andre Annie Antoine Ariana Arnold Barry Beatrice Bernadette Bianca Blake Bonnie Brad Brendan Bridget Brooke Bryce Caitlin Calvin Candace Cassandra Cecilia Chandra Charlene Chelsea Chester Cody Cole Colleen Corey Cory Damian Darius Darren Darryl Derrick Desmond Devin Dominique Don Dwight Edgar Edith Edwin Eileen Eliza Elliot Elliott Emil Emmett Esther Ethel Felix Floyd Gabriela Gavin Geoffrey Gerard Gilbert Gwen Hailey Harrison Hazel Hector Herman Hilary Hillary Ivy Jackie Jamie Janelle Jasper Jeanette Jenna Jeremiah Jerome Jillian Jocelyn Johanna Jonah Josephine Julius Justine Kara Kareem Karina Katrina Kendall Kendra Kenny Kerry Kirsten Kristy Lamar Lana Latoya Leon Leonardo Leroy Lester Lindsay Lindsey Lionel Lorraine Lucille Luther Lydia Lynda Mabel Malik Marc Marian Marion Marlene Marsha Marty Maurice Maxine Melinda Mildred Milton Mindy Myra Myron Nadia Nathaniel Noel Oliver Otis Percy Phyllis Preston Priscilla Quentin Randall Reggie Reginald Rhonda Ricky Riley Roberta Robyn Rochelle Rodney Roland Ronnie Rosemary Roxanne Rudy Sandy Selena Sherry Shelby Sidney Spencer Stella Tabitha Tanya Terrence Thelma Theodore Toby Tommy Tracey Troy Tyrone Vernon Veronica Viola Vivian Wallace Wendell Wilbur Willard Winston Yvette'.split(
    ' ',
  ),
);
/**
 * Occupations printed next to a name: before it (economist Jane Doe) or in apposition after it (Jane Doe, lawyer
 * for …; session 19).
 */
const OCCUPATIONS =
  'economist|historian|sociologist|physicist|chemist|biologist|engineer|advisor|adviser|spokesman|spokeswoman|spokesperson|analyst|expert|doctor|nurse|teacher|investigator|photographer|journalist|reporter|artist|lawyer|attorney|judge|mayor|governor|senator|actor|actress|singer|musician|poet|novelist|composer|filmmaker|producer|designer|architect|entrepreneur|activist|pastor|coach|chairman|chairwoman|chancellor|provost|candidate|alumnus|alumna|postdoc|instructor|superintendent|curator|librarian|counselor|psychologist|surgeon|physician|epidemiologist';
const ROLE_BEFORE = new RegExp(
  `\\b(?:${OCCUPATIONS}|member|colleague|mentor|wife|husband|son|daughter|brother|sister|writer|official|author|authors|co-authors?|student|students|researcher|researchers|scientist|scientists|editor|lecturer|professor|professors|graduate|founder|candidates|fellow|fellows|secretary|assistant|aide|player|players|director|manager|president|chair|dean|by|By|Photo:|Photos:|contact|Contact|include|includes|including),?\\s*$`,
);
const AFTER_ROLES = `${OCCUPATIONS}|professor|student|director|dean|chair|author|researcher|scientist|editor|writer|president|CEO|manager|coordinator|lecturer|fellow|graduate|senior|junior|freshman|sophomore|founder|head|officer|secretary|minister|ambassador|leader|specialist|assistant|associate|mother|father|member`;
/**
 * After a name: an affiliation in brackets (Physics), a degree, or an apposition naming a role (…, Ambassador of
 * Sweden). "a", "the", "now" open an apposition only after a comma: "students of Old English now have" is none.
 */
const ROLE_AFTER = new RegExp(
  `^(?:\\s+\\((?!the\\b)[A-Z][a-z]|,\\s+(?:a|an|the|former|now)\\b|,?\\s+(?:Ph\\.\\s?D|M\\.\\s?D|Jr\\.|who\\b|(?:[A-Za-z-]+\\s+){0,3}(?:${AFTER_ROLES}|${AFTER_ROLES.replace(/\b\w/g, (c) => c.toUpperCase())})\\b))`,
);
/** Appointed to a titled post later in the sentence: "… would arrive in March as Chief Financial Officer". */
const APPOINTED =
  /^[^.;!?]{0,50}?\b(?:as|post\s+of|named|appointed)\s+(?:the\s+)?(?:(?:Vice|Chief|Acting|Associate|Assistant|Deputy|Executive|Senior|Special|Financial|Operating|Academic|General)\s+)*(?:Provost|President|Officer|Director|Dean|Chair|Chairman|Chairwoman|Counsel|Secretary|Chancellor|Rector|Treasurer|Editor)\b/;
/** "the" (and an adjective) right before a name: the thing named, unless a role sits between (the late …). */
const THING_BEFORE = /\bthe\s+(?!late\b)(?:[a-z]+\s+)?$/;
const SPEECH =
  /^,?\s+(?:said|says|added|noted|notes|explained|recalled|recalls|told|wrote|writes|asked|agreed|argued|stated|declared|remarked|commented|replied|insisted|warned|concluded|announced)\b/;

function countWord(text: string, word: string): number {
  return text.split(new RegExp(`(?<![\\w’'-])${escapeRegExp(word)}(?![\\w’'-])`)).length - 1;
}

/** The surname alone, followed by a speech verb or preceded by a title: "Nie said", "Professor Nie". */
function speaksAlone(text: string, surname: string): boolean {
  const w = escapeRegExp(surname);
  return new RegExp(
    `(?<![\\w’'-])(?:(?:${TITLES}|Dr|Mr|Ms|Mrs)\\s+)${w}(?![\\w’'-])|(?<![\\w’'-])(?<![A-Z][\\w’'-]*\\s)${w}(?:['’]s)?,?\\s+(?:said|says|added|noted|explained|recalled|told|wrote|writes|asked|agreed|argued|believes|thinks|has|had|was|will|would|also|who|[a-z]{3,}ed)\\b`,
  ).test(text);
}

/** The text without e-mail and web addresses: "guy.werlings@…" does not make "Guy" an ordinary word. */
let lastText = '';
let lastProse = '';
function prose(text: string): string {
  // clean() asks once per candidate: the last text's answer is kept.
  if (text !== lastText) {
    lastText = text;
    lastProse = text.replace(/\S+@\S+|\bhttps?:\/\/\S+|\bwww\.\S+/g, ' ');
  }
  return lastProse;
}

/** A country's or city's initials (U.S. Census, D.C. Council) open a body's or a place's name. */
const PLACE_INITIALS = /^(?:U\.S|U\.K|U\.N|E\.U|D\.C|N\.Y|L\.A)\./;

function clean(name: string, text: string): string | null {
  const n = name.replace(new RegExp(`^(?:(?:${TITLES})\\s+)+`), '').replace(/\s+/g, ' ');
  if (!n.includes(' ') || NOT_PERSON.test(n) || NOT_FIRST.test(n) || PLACE_INITIALS.test(n)) return null;
  // A first word the text also uses in lower case (Decrease, Give) is an ordinary word opening a sentence.
  const first = n.split(' ')[0]!;
  if (first.length > 1 && !first.endsWith('.') && new RegExp(`\\b${first.toLowerCase()}\\b`).test(prose(text)))
    return null;
  return n;
}

/** Capitalised role nouns printed right before a name inside one run (General Counsel Debra Zumwalt). */
const ROLE_IN_RUN =
  /^(?:Counsel|Officer|Secretary|Chairman|Chairwoman|Chair|CEO|Director|Dean|President|Provost|Professor|Advisor|Adviser|Coordinator|Manager|Editor|Chancellor|Rector)$/;

/**
 * Runs of capitalised words, cut into names at function words, titles and role nouns: "The Honorable William S.
 * Cohen Chairman and CEO" → William S. Cohen, "Photo: Unnati Chauhan In the future" → Unnati Chauhan. A name
 * right after a role noun in its run ("Academic Secretary Susan W. Schofield") is recorded as titled.
 */
function candidates(text: string): {
  names: Map<string, number[]>;
  titled: Set<string>;
  glued: Set<string>;
  owners: Set<string>;
} {
  const names = new Map<string, number[]>();
  const bare = new Set<string>();
  const owners = new Set<string>();
  const titled = new Set<string>();
  const glued = new Set<string>();
  const breaker = new RegExp(`^(?:${TITLES}|Honorable|Lecturer|Advising)$`);
  // A run stays on its line (a headline above a byline is not part of the name) and is never a piece of a
  // word with letters beyond ASCII (Samskrita Bh|ârati).
  // A possessive ends a run (General Counsel Debra Zumwalt's title) as a space does.
  const run = `(?<![\\w’'.\\u00C0-\\u024F-])(?:(?:${CAP}|(?:[A-Z]\\.){1,3})[^\\S\\n]+)*${CAP}(?:(?![\\w’'\\u00C0-\\u024F-])|(?=['’]s\\b))`;
  for (const m of text.matchAll(new RegExp(run, 'g'))) {
    const words = [...m[0].matchAll(/\S+/g)];
    let seg: RegExpExecArray[] = [];
    let afterRole = false;
    const flush = (next: boolean, role = false) => {
      if (seg.filter((w) => !/^(?:[A-Z]\.)+$/.test(w[0])).length <= 3 && seg.length > 0) {
        const n = clean(seg.map((w) => w[0]).join(' '), text);
        if (n) {
          names.set(n, [...(names.get(n) ?? []), m.index! + seg[0]!.index!]);
          if (afterRole) titled.add(n);
          if (role) glued.add(n);
          if (/^['’]s\b/.test(text.slice(m.index! + m[0].length))) owners.add(n);
          else bare.add(n);
        }
      }
      seg = [];
      afterRole = next;
    };
    for (const w of words as RegExpExecArray[]) {
      const isRole = ROLE_IN_RUN.test(w[0]);
      const title = isRole || breaker.test(w[0]);
      if (title || NOT_FIRST.test(w[0])) flush(title, title || /^(?:General|Deputy|Executive|Chief)$/.test(w[0]));
      else seg.push(w);
    }
    flush(false);
  }
  for (const n of bare) owners.delete(n);
  return { names, titled, glued, owners };
}

export function findEnglishPeople(text: string): FoundPerson[] {
  const out = new Map<string, string | null>();
  const add = (n: string | null, role: string | null) => {
    if (n && (!out.has(n) || (!out.get(n) && role))) out.set(n, role);
  };
  for (const m of text.matchAll(new RegExp(`\\b(${TITLES})\\s+(${NAME})`, 'g')))
    add(clean(m[2]!, text), m[1]!.replace(/\.$/, ''));
  const { names, titled, glued, owners } = candidates(text);
  const isPerson = (n: string, at: number[]) => {
    if (titled.has(n) || WITH_INITIAL.test(n) || (GIVEN.has(n.split(' ')[0]!) && n.split(' ').length === 2))
      return true;
    // Seen only before a possessive (Committee to Boycott Nixon's Memoirs): a title's words as often as a name, so
    // only the strong evidence above makes it a person.
    if (owners.has(n)) return false;
    // Words glued to a title after them in one run ("German Deputy Minister", "by California Attorney
    // General …") are part of that title: only a given name, an initial or a title before makes them a person.
    if (glued.has(n)) return false;
    const surname = n.split(' ').at(-1)!;
    // The surname alone, saying or titled ("Nie said", "Dr. Nie"): how a story goes on about a person. A bare
    // repeat is no evidence: "East" alone also follows "Middle East" and "Near East".
    if (surname.length > 2 && countWord(text, surname) > countWord(text, n) && speaksAlone(text, surname)) return true;
    return at.some(
      (i) =>
        ROLE_BEFORE.test(text.slice(Math.max(0, i - 40), i)) ||
        // "the digital Gutenburg Bible, the …": a name printed after "the" is a thing, not a person.
        (!THING_BEFORE.test(text.slice(Math.max(0, i - 30), i)) &&
          (ROLE_AFTER.test(text.slice(i + n.length, i + n.length + 60)) ||
            APPOINTED.test(text.slice(i + n.length, i + n.length + 90)) ||
            SPEECH.test(text.slice(i + n.length, i + n.length + 20)) ||
            /\bsaid\s+$/.test(text.slice(Math.max(0, i - 10), i)) ||
            // A quotation's speaker in brackets after it: "…framework"⏎(Tony Blair, foreword to …).
            (/["”]\s*\($/.test(text.slice(Math.max(0, i - 6), i)) && /^,/.test(text.slice(i + n.length))))),
    );
  };
  for (const [n, at] of names) if (!out.has(n) && isPerson(n, at)) add(n, null);
  // "Linus Torvalds and Richard Stallman", "Debra Satz, David Abernethy, Rob Polhemus": a name listed
  // beside a person is one too.
  for (let pass = 0; pass < 2; pass++) {
    for (const m of text.matchAll(new RegExp(`(${NAME})(?:,\\s+|,?\\s+and\\s+)(?=(${NAME}))`, 'g'))) {
      const [a, b] = [clean(m[1]!, text), clean(m[2]!, text)];
      if (a && b && (out.has(a) || out.has(b))) {
        add(a, null);
        add(b, null);
      }
    }
  }
  // A longer form wins: "G. Morgan Watkins" over "Morgan Watkins" is kept as printed, its tail dropped.
  return [...out]
    .filter(([n]) => ![...out.keys()].some((o) => o !== n && o.endsWith(` ${n}`)))
    .map(([t, role]) => ({ text: t, role }));
}
