/**
 * Photo captions left in the body: a short line that describes a picture and ends with its credit, labelled in the
 * page's language ("…, photo: Archives", "… Foto: Andina", "(crédito: Minervino Júnior/CB)", "(Foto: U. Tischhauser,
 * 15.01.2022)."), or a numbered figure's ("Abbildung 4: …"). A credit alone is a byline and stays; so do Chinese 摄影 credits, which campus pages print in the
 * closing byline block that belongs to the article.
 */
import { foldSpace, visibleText } from './dom-text';
import { leafBlocks } from './related-tail';
import { signOff } from './closing-credits';
import { NOT_A_PHOTOGRAPHER, TITLE_BEFORE } from './english-byline';
import { storyBox } from './headline-frame';

// Written with both cases, not the `i` flag: under it \p{Lu} would match lower-case letters too.
// "Photo credit", "Image credit", "Crédit photo": a label of two words. "Fotografía:", "Fotografie:", "Photography:"
// (session 39, R36). In capitals too: "CREDIT: Tess Morgan" (session 44, R81).
const CREDIT =
  '(?:(?:[Pp]hotos?|[Ff]otos?|[Ii]mage|[Pp]icture)\\s+[Cc]redits?|CREDITS?|PHOTOS?|[Cc]rédits?\\s+photos?|[Pp]hotos?|[Ff]otos?|[Ff]otó|[Cc]rédito|[Cc]rédit|[Cc]redit|[Ii]mage|[Pp]icture|[Bb]ild|[Kk]uva|[Zz]djęcie|[Ff]ot\\.|[Pp]hotography|[Pp]hotograph|[Ff]otograf(?:ía|ia|ie|i)|[Aa]rgazkiak?|[Rr]itratti?|[Pp]icha)';
// Icelandic prints its photo label with a slash ("MYND/Gunnar Sverrisson", "Ljósmynd/…"; session 52, R144), and so
// do some American offices ("Photo/Dana Whitmore/UC Marketing + Brand"; R148).
const SLASHED = '(?:[Ll]jósmynd|LJÓSMYND|[Mm]ynd|MYND|Photo|PHOTO|Foto)\\s*/';
/**
 * The credit closing the line: its label, a colon (or "by": "(Photo by Luis Ferreira)"), and a name (with an optional
 * date) up to the end.
 */
// The name opens with a capital (or a digit) and runs at most twelve words with what follows it ("Maya Brandt / Penn
// State. Creative Commons", a name and a school's long name after a slash: session 43, R71): "one photo: a portrait of
// …" is a sentence. Words are split at spaces only, so a line the pattern does not end fails at once (a word split
// every way it can be took minutes on a 60-letter run).
// A copyright sign opening a bracket is a credit's label too: "(© Universität Wien/Lukas Berger)" (session 40, R44);
// so is one after the caption's last sentence ("… du LuMIn. © Julien Marchand / Université Paris-Saclay"; session 47,
// R105); a page's copyright line ("… or © Example College London.") is none. One may follow the label (Foto: © Stefan
// Wöhrer; session 61, R236).
// Polish "Fot." and Lithuanian "Nuotr." need no colon: their dot ends the label ("… laboratorijoje. Nuotr. Rūta
// Jankauskienė"; session 51, R140).
// Tagalog's "Larawang kuha ni" (picture taken by) needs none either (session 56, R194).
const ABBREVIATED = '(?:(?:[Ff]ot|[Nn]uotr)\\.|(?:[Ll]arawang\\s+)?[Kk]uha\\s+ni)(?=\\s)';
const CLOSING_CREDIT = new RegExp(
  `[\\s(（,.](?:${CREDIT}(?:\\s*(?:by\\s+)?[:：]|\\s+by)|${ABBREVIATED}|${SLASHED}|(?<=[(（]|[.!?]\\s)©)\\s*(?:©\\s*)?(?=[\\p{Lu}\\d])(?:[^\\s:：()]+\\s+){0,11}[^\\s:：()]+(?:\\s+\\([^()]{1,40}\\))?\\s*\\)?\\.?$`,
  'u',
);
/** The credit's label opening it, with its colon or "by". */
const CREDIT_LABEL = new RegExp(
  `^[\\s(（,.]*(?:${CREDIT}(?:\\s*(?:by\\s+)?[:：]|\\s+by)|${ABBREVIATED}|${SLASHED}|©)\\s*(?:©\\s*)?`,
  'u',
);
/** A caption made of the credit alone in brackets: "(crédito: Minervino Júnior/CB/D.A.Press)". */
const BRACKETED_CREDIT = new RegExp(`^\\(${CREDIT}\\s*[:：][^()]{2,80}\\)$`, 'u');
/** A numbered figure's caption: "Abbildung 4: …", "Figure 2. …", "Fig. 3: …". */
const FIGURE_LABEL = /^(?:Abbildung|Abb\.|Figure|Fig\.|Figura|Figur|Kuva)\s*\d+\s*[:：.]\s/iu;
const MAX_CAPTION = 400;

/** A caption closed by the name, then "photo", in brackets: "… aboard the CCGS Teleost. (Nick Pearce photo)". */
const NAME_THEN_PHOTO = /.{8}\((\p{Lu}[^()]{2,40}?)\s+(?:photos?|photograph)\)\.?$/u;
/**
 * A caption closed by the holder's photo and the photographer after a slash, in brackets: "… (University of Rochester
 * photo / Jordan Velez)"; or by the photographer alone after a bar: "… first period. | Jordan Reyes" (session 44, R81,
 * R83).
 */
// The holder's word capitalised too ((USC Photo/Tomas Ibarra); session 50, R137).
const HOLDER_PHOTO_SLASH = /.{8}\([^()/]{2,60}?\s+(?:[Pp]hotos?|[Pp]hotograph)\s*\/\s*(\p{Lu}[^()/]{2,40}?)\s*\)\.?$/u;
const BAR_NAME = /.{8}[.!?]\s+\|\s+(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){1,3})$/u;
/**
 * A caption closed by the photographer and the holder after a slash, after its last sentence: "… in the Paul G. Allen
 * Center. Jordan Kim/University of Washington" (wire style; session 41, R54), or a bar ("Lauren Fiala | IANR Media";
 * session 44, R84). The holder must read as one.
 */
const NAME_SLASH_HOLDER =
  /.{8}[.!?]\s+\(?(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){1,3})\s*[/|]\s*([^/|()]{2,60})\)?$/u;

// A credit in an element of its own runs into the caption's last word ("…near ElyCredit: Sarah Collins"; R258).
const RUN_IN_CREDIT = /(?<=\p{Ll})(?=(?:(?:Photo|Image|Picture) )?(?:Credits?|Photos?|Fotos?)\s*[:：])/gu;

/**
 * Whether a line is a caption closed by its credit, and the photographer it credits by name (null for an agency,
 * archive or studio: "Getty Images", "Shannon Photography", "University Archives" credit no one). Undefined when the
 * line is no such caption.
 */
export function captionCredit(line: string): { photographer: string | null } | undefined {
  const text = line.replace(RUN_IN_CREDIT, ' ');
  const slashed = NAME_SLASH_HOLDER.exec(text);
  const unlabelled =
    NAME_THEN_PHOTO.exec(text) ??
    HOLDER_PHOTO_SLASH.exec(text) ??
    BAR_NAME.exec(text) ??
    (NOT_A_PHOTOGRAPHER.test(slashed?.[2] ?? '') ? slashed : null);
  if (unlabelled && PERSON.test(unlabelled[1]!) && !NOT_A_PHOTOGRAPHER.test(unlabelled[1]!))
    return { photographer: unlabelled[1]! };
  const m = CLOSING_CREDIT.exec(text);
  // Something described before the credit: a credit line alone is the article's byline.
  // A credit after a credit ("Article by Alexis Carroll⏎Photos by Kathy F. Atkinson", "Story by Priya Raman. Photos
  // by Tom Avery.") is a credit block, not a caption.
  if (!m || m.index < 8 || signOff(text.slice(0, m.index).replace(/[.;,]\s*$/u, ''))) return undefined;
  return { photographer: photographer(m[0]) };
}

/**
 * Removes the captions and returns the photographers they credit by name ("… Photo: Marco Keller", "(Photos by
 * Mateo Ferreira)"): a picture's photographer is the article's photo credit, as 摄影 is on Chinese pages.
 */
export function removeCaptions(root: Element): string[] {
  const photographers: string[] = [];
  for (const el of leafBlocks(root)) {
    const text = foldSpace(el.textContent ?? '').replace(RUN_IN_CREDIT, ' ');
    if (text.length > MAX_CAPTION) continue;
    const credit = captionCredit(text);
    // A credit block closed by a photo credit stays (captionCredit says why).
    if (!credit && (CLOSING_CREDIT.exec(text)?.index ?? 0) >= 8) continue;
    if (credit || BRACKETED_CREDIT.test(text) || FIGURE_LABEL.test(text)) {
      const name = credit?.photographer;
      if (name && !photographers.includes(name)) photographers.push(name);
      el.remove();
    }
  }
  return photographers;
}

/**
 * A credit's name, up to a comma, slash or date, when it is a person's: two to four capitalised words, the particles
 * between them (Foto: Marc de Haan; session 60, R229).
 */
const PERSON =
  /^\p{Lu}[\p{L}\p{M}'’-]*\.?(?:\s+(?:(?:van|von|de|der|den|du|da|di|del|dos|das|la|le|ter|ten)\s+){0,2}\p{Lu}[\p{L}\p{M}'’-]*\.?){1,3}$/u;
function photographer(credit: string): string | null {
  // A holder in brackets after the name ("Argazkia: Jon Ander Goitia (UPV/EHU)"; session 52, R145) is not the name.
  const parts = credit
    .replace(CREDIT_LABEL, '')
    .replace(/(?<=\S)\s+\([^()]{1,40}\)\.?$/u, '')
    .split(/\s*[,/|–—]\s*|\s+-\s+/u);
  // A student photographer's class year ends the name (Photo by Fiona Chen ’25; session 45, R89).
  const name = parts[0]!
    .replace(/[).]+$/u, '')
    .trim()
    .replace(/\s+['’]\d{2}$/u, '')
    .replace(TITLE_BEFORE, '');
  if (PERSON.test(name) && !NOT_A_PHOTOGRAPHER.test(name)) return name;
  // The holder first, then the photographer: "© Universität Wien/Lukas Berger"; a holder's acronyms first
  // ("UF/IFAS/Cody Harrell"; session 52, R144).
  const acronyms = parts.findIndex((p) => !/^\p{Lu}{2,6}$/u.test(p.trim()));
  if (acronyms > 0) {
    const after = parts[acronyms]!.replace(/[).]+$/u, '').trim();
    if (PERSON.test(after) && !NOT_A_PHOTOGRAPHER.test(after)) return after;
  }
  const next = parts[1]?.replace(/[).]+$/u, '').trim() ?? '';
  return NOT_A_PHOTOGRAPHER.test(name) && PERSON.test(next) && !NOT_A_PHOTOGRAPHER.test(next) ? next : null;
}

/**
 * A Chinese picture caption closed by its photographer ("推进会现场（摄影：何嘉宁）", "與師長合影。攝影／陳國華"): a short
 * line describing the picture, then the photo label and a name of two to four characters. The caption stays in the
 * text, as campus pages print it; its photographer is the article's photo credit.
 */
// A reporter's role may stand before the name (攝影／校園記者 林郁婷; session 40, R48), or the office, spaced off it
// (攝影／海事學院 蔡宗翰; session 59, R214).
const ZH_REPORTER =
  '(?:\\p{Script=Han}{0,4}(?:记者|記者|通讯员|通訊員)\\s*|\\p{Script=Han}{1,8}[院系所处處部室组組心]\\s+)?';
const ZH_CAPTION_CREDIT = new RegExp(
  `^(.{4,80}?)[\\s（(。，,]\\s*(?:摄影|攝影|摄|攝|图片|圖片|图|圖)\\s*[:：/／]\\s*${ZH_REPORTER}([\\p{Script=Han}·]{2,4}?)\\s*[）)]?\\s*$`,
  'u',
);
/** 摄影 and the name after a space, in brackets closing the caption: "开幕式现场（摄影 向文杰）" (session 53, R156). */
const ZH_CAPTION_SPACED = new RegExp(
  `^(.{4,80}?)[（(]\\s*(?:摄影|攝影)\\s+${ZH_REPORTER}([\\p{Script=Han}·]{2,4}?)\\s*[）)]\\s*$`,
  'u',
);
/** The name first, then 摄, in brackets closing the caption: "推进会现场（卢志强 摄）", "（记者 王五摄）" (session 40, R44). */
const ZH_CAPTION_SIGNED = new RegExp(
  `^(.{4,80}?)[（(]\\s*${ZH_REPORTER}([\\p{Script=Han}·]{2,4}?)\\s*(?:摄|攝)\\s*[）)]\\s*$`,
  'u',
);

/**
 * The name and 摄 after a space closing the caption, no brackets: "周立群（右二）在井下指导学生开展现场监测\u3000刘畅 摄"
 * (session 50, R132).
 */
const ZH_CAPTION_TRAILING = new RegExp(`^(.{4,80}?)\\s+${ZH_REPORTER}([\\p{Script=Han}·]{2,4}?)\\s*(?:摄|攝)$`, 'u');

/** The photographers Chinese captions in the text credit, in order. */
export function zhCaptionPhotographers(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const t = line.trim();
    const m =
      ZH_CAPTION_CREDIT.exec(t) ??
      ZH_CAPTION_SPACED.exec(t) ??
      ZH_CAPTION_SIGNED.exec(t) ??
      ZH_CAPTION_TRAILING.exec(t);
    // An office in the name's place (（攝影／海事學院）) credits no one.
    if (m && /\p{Script=Han}/u.test(m[1]!) && !/[院系处處部室组組]$/u.test(m[2]!) && !out.includes(m[2]!))
      out.push(m[2]!);
  }
  return out;
}

/**
 * The photographers the article's own picture captions credit (`<figcaption>` inside the headline's `<article>` or
 * `<main>`, not in a related list, aside or footer): pictures above, beside or after the text that Readability left
 * out credit their photographers too (session 38, R31).
 */
export function articleCaptionCredits(doc: Document, headline: Element | null): string[] {
  // With no headline element (a headline read from og:title), the page's one <main> or <article> (session 59, R220).
  const only = (sel: string) => (doc.querySelectorAll(sel).length === 1 ? doc.querySelector(sel) : null);
  // Else the headline's nearest box holding the story's paragraphs (TYPO3's div.article; session 61, R237).
  const box = headline
    ? (headline.closest('article') ?? headline.closest('main') ?? storyBox(headline))
    : (only('main') ?? only('article'));
  if (!box) return [];
  const out: string[] = [];
  for (const el of box.querySelectorAll('figcaption')) {
    if (el.closest('li, aside, nav, footer')) continue;
    // Its lines read apart: "Élise Bouchard<br><span>Crédit : Camille Roy</span>" ran the credit into the name before
    // it (session 39, R38).
    const text = visibleText(el);
    // A Chinese caption's too (…共同見證。（攝影／林語彤）; session 59, R220).
    for (const name of [captionCredit(text)?.photographer ?? trailingName(el), ...zhCaptionPhotographers(text)])
      if (name && !out.includes(name)) out.push(name);
  }
  return out;
}

/**
 * A name alone in the caption's last inline element, after its last sentence ("… after giving birth. <em>Marco
 * Bellini</em>", a span classed as the credit; session 61, R240): the photographer, unlabelled.
 */
function trailingName(caption: Element): string | null {
  const last = caption.lastElementChild;
  const [name, whole] = [foldSpace(last?.textContent ?? ''), foldSpace(caption.textContent ?? '')];
  if (!last || !/^(?:EM|I|SPAN|SMALL|CITE)$/.test(last.tagName) || !name || !whole.endsWith(name)) return null;
  const before = whole.slice(0, -name.length).trim();
  return before.length >= 8 && /[.!?]$/.test(before) && PERSON.test(name) && !NOT_A_PHOTOGRAPHER.test(name)
    ? name
    : null;
}
