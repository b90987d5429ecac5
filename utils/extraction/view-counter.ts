/**
 * View counters in every language the corpus holds, read from the words sites print beside the number (浏览次数：9906,
 * 조회 1,234, Просмотров: 1 234, 4433 lecturas, Read 1,234 times), never from CMS class names. One definition: the
 * meta line (parseViews), the counter under the text (viewCounterNear) and the body's meta-line test all use it.
 */

import { asciiDigits } from '../model/digits';

/** Chinese labels printed before the count (also the meta line's field labels, so longest first there). */
export const VIEW_LABELS = [
  '浏览次数',
  '瀏覽次數',
  '點擊次數',
  '點閱次數',
  '閱讀次數',
  '觀看次數',
  '瀏覽人次',
  '點閱人次',
  '點擊人次',
  '浏览人次',
  '点击人次',
  '點閱率',
  '點擊數',
  '點閱數',
  '瀏覽數',
  '人氣',
  '人气',
  '浏览量',
  '点击数',
  '点击量',
  '点击率',
  '阅读量',
  '阅读次数',
  '访问量',
  '访问次数',
  '浏览',
  '阅读',
  '点击',
  '瀏覽',
  '點擊',
  '點閱',
  '閱讀',
  '觀看',
];

// Label, then the count: each language class one line. A word stands alone (no letter either side).
const LABEL_FIRST_WORDS = [
  ...VIEW_LABELS,
  ...['閲覧数', '閲覧回数', '閲覧', 'アクセス数', 'PV'], // Japanese
  ...['조회\\s*수', '조회'], // Korean
  ...['просмотров', 'просмотры', 'просмотрено', 'переглядів', 'перегляди', 'переглянуто'], // Russian, Ukrainian
  ...['aufrufe', 'zugriffe', 'gelesen'], // German
  ...['vues', 'lectures', 'consultations'], // French
  ...['visitas', 'lecturas', 'vistas', 'visualizaciones', 'visualizações', 'leituras', 'acessos'], // Spanish, Portuguese
  ...['visite', 'letture', 'visualizzazioni'], // Italian
  ...['wyświetleń', 'wyświetlenia', 'odsłon', 'odsłony'], // Polish
  ...['okunma(?:\\s+sayısı)?', 'görüntülenme(?:\\s+sayısı)?'], // Turkish
  'lượt\\s+xem', // Vietnamese
  ...['dilihat', 'dibaca'], // Indonesian
  '(?:عدد\\s+)?(?:ال)?(?:مشاهدات|مشاهدة|قراءات)', // Arabic
  '(?:تعداد\\s+|دفعات\\s+)?بازدید', // Persian ("تعداد بازدید: ۸۴۲"; session 56, R190)
  'دیکھا\\s+گیا', // Urdu ("دیکھا گیا: 642 بار": seen, then the count and times; session 58, R207)
  // Session 50 (R138, R139: Serbian "Pregleda: 1128", Romanian "Vizualizări: 1.245"): the other European languages,
  // from their usage, not from pages here.
  ...['vizualizări', 'vizualizari', 'afișări', 'accesări'], // Romanian
  ...['pregleda', 'pregledi', 'pregledano', 'čitanja', 'ogledov', 'ogledi', 'прегледа', 'прегледи'], // South Slavic
  // Joomla's "Hits" in Serbian and Croatian, and in Slovenian (Погодака: 1024; session 63, R264).
  ...['погодака', 'pogodaka', 'zadetkov'],
  ...['zobrazení', 'zobrazenia', 'přečteno', 'prečítané'], // Czech, Slovak
  ...['megtekintés(?:ek)?', 'peržiūr(?:os|ų)', 'skatījumi', 'vaatamisi'], // Hungarian, Baltic
  // Bulgarian's "read" as a label ("Прочетена: 1247 пъти"; session 51, R142), Macedonian's and Serbian's.
  ...['преглеждания', 'прочетен[аои]', 'прочитан[аои]?', 'pročitano'], // Bulgarian, Macedonian, Serbian
  ...['weergaven', 'visninger', 'visningar', 'lukukerrat', 'προβολές', 'paparan'], // Dutch, Nordic, Finnish, Greek, Malay
  ...['(?:จำนวน)?(?:ผู้)?เข้าชม', 'การดู'], // Thai ("เข้าชม 214 ครั้ง"; session 55, R183)
  // Central Asia's and the Iranian languages' (Kyrgyz "Көрүүлөр: 412", Tajik Joomla's "Дидашуда: 215", Pashto
  // "کتنې: ۳۱۸", Sorani "بینراو: ٤٣٧"; session 64, R280–R283), with Kazakh, Uzbek and Kurmanji from their usage.
  ...['көрүүлөр', 'көрүлдү', 'каралды', 'қаралды', 'қаралым', 'көрілім', 'дидашуда', 'хитҳо', 'намоишҳо'],
  ...["ko['‘’`]rildi", "ko['‘’`]rishlar(?:\\s+soni)?"],
  ...['کتنې', 'لیدنې', 'بینراو', 'بینین', 'سەردان'],
  'वाचक\\s*संख्या', // Marathi ("वाचक संख्या : ४८७"; session 64, R286)
  'ವೀಕ್ಷಣೆಗಳು', // Kannada ("ವೀಕ್ಷಣೆಗಳು: 734"; session 65, R293)
  'пӑхнӑ', // Chuvash ("Пӑхнӑ: 214", viewed; round 54, R300)
  'dubbifame', // Oromo ("Dubbifame: 687", read; round 57, R315)
  // English; the singular only with its colon, as Korean boards' English pages print it (View : 1,847; session 43),
  // and "Clicks" so too, as Taiwan's and China's English pages translate 點閱 (Clicks: 356; round 54, R303).
  ...['page\\s*views', 'views', 'hits', 'reads', 'view(?=\\s*[:：])', 'clicks(?=\\s*[:：])'],
];
// The count, then the word.
const NUMBER_FIRST_WORDS = [
  '次(?:浏览|阅读|点击|瀏覽|閱讀|點擊|點閱|觀看)', // Chinese: "123次浏览"
  ...['回閲覧', 'PV'], // Japanese
  '회\\s*조회', // Korean
  ...['просмотр(?:ов|а|ы)?', 'перегляд(?:ів|и)?'], // Russian, Ukrainian
  ...['aufrufe', 'zugriffe', '(?:mal|x)\\s*gelesen'], // German
  ...['vues', 'lectures', 'consultations'], // French
  ...['visitas', 'lecturas', 'vistas', 'visualizaciones', 'visualizações', 'leituras', 'acessos'], // Spanish, Portuguese
  ...['visite', 'letture', 'visualizzazioni'], // Italian
  ...['wyświetle(?:ń|nia|nie)', 'odsło(?:n|ny|na)'], // Polish
  ...['okunma', 'görüntülenme', 'kez\\s+(?:okundu|görüntülendi)'], // Turkish
  'lượt\\s+xem', // Vietnamese
  'kali\\s+(?:dilihat|dibaca)', // Indonesian
  '(?:مشاهدة|مشاهدات|قراءة)', // Arabic
  'بازدید', // Persian
  ...['vizualizări', 'vizualizari', 'afișări', 'pregleda', 'ogledov', 'zobrazení', 'megtekintés', 'peržiūr(?:os|ų)'],
  ...['weergaven', 'visninger', 'visningar', 'προβολές'], // the other European languages (session 50)
  ...['views?', 'reads', 'hits'], // English
];
// "Read 1,234 times", "Lu 123 fois", "Leído 123 veces", "Dilihat 123 kali": a verb, the count, a word for times.
// Belarusian's Joomla K2 "Прачытана 347 разоў" (session 64, R285).
const VERB = '(?:read|viewed|lu|vu|leído|visto|lido|letto|gelesen|dilihat|dibaca|прочитано|просмотрено|прачытана)';
const TIMES = '(?:times|fois|veces|vezes|volte|mal|kali|раз|раза|разоў|разы|пъти|пати|пута|puta|ครั้ง|بار)';

// A count: 1234, 1,234, 1.234, 1 234 (space, no-break or thin space), 1'234, ١٬٢٣٤; "1.2万" / "1.2K" scaled.
const NUM = `(\\d{1,3}(?:[,.，'’\\u066c\\u00a0\\u202f\\u2009 ]\\d{3})+(?!\\d)|\\d+)(?:([.,]\\d{1,2})?\\s*([万萬kK])(?![\\p{L}]))?`;
// What may not follow a count: more digits, a date's or time's next part, a duration, a percentage, a date word.
const NOT_AFTER = '(?!\\d|[-/.:：]\\d|\\s*(?:[年月日时時分秒%％]|min|minutes?|mins|hours?|h\\b))';
// What may not precede a count read before its word: another number or a date's earlier part ("2021-04-08 views").
const NOT_NUMBER_BEFORE = "(?<![\\d,.'’\\-/:])";
const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{M}])';
const NOT_LETTER_AFTER = '(?![\\p{L}\\p{M}])';
// Between a label and its count: spaces, a colon, a bracket, a dash ("Views (88)", "조회 - 12"); old ASP and VSB
// templates print the count in square brackets after the colon ("点击：[583]", "点击数：[ 583 ]").
const GAP = '\\s*(?:次数|次數)?\\s*(?:[:：]\\s*[[【［]|[:：\\-–(（[【［])?\\s*';

const alternatives = (words: string[]) => [...new Set(words)].sort((a, b) => b.length - a.length).join('|');

// A Chinese label may name what was read first: 本文访问量, 文章阅读量, 本頁瀏覽次數 (round 57, R312).
const READ_WHAT = '(?:本文|文章|本页|本頁|页面|頁面)?';
const LABEL_FIRST = `${NOT_LETTER_BEFORE}${READ_WHAT}(?:${alternatives(LABEL_FIRST_WORDS)})(${GAP})(?<![\\d,.])${NUM}${NOT_AFTER}(?:\\s*(?:次|回|${TIMES}))?`;
const NUMBER_FIRST = `${NOT_NUMBER_BEFORE}${NUM}\\s*(?:${alternatives(NUMBER_FIRST_WORDS)})${NOT_LETTER_AFTER}`;
const VERB_FIRST = `${NOT_LETTER_BEFORE}${VERB}\\s+${NUM}\\s+${TIMES}${NOT_LETTER_AFTER}`;

// Label first, then a verb and "times", then the count first: each read left to right, the first count wins.
const PATTERNS = [LABEL_FIRST, VERB_FIRST, NUMBER_FIRST];
const FIND = PATTERNS.map((s) => new RegExp(s, 'giu'));
const WHOLE = PATTERNS.map((s) => new RegExp(`^(?:${s})$`, 'giu'));

/**
 * Western digits for every script's (Arabic-Indic, Devanagari …), composed accents (Vietnamese "lượt" may come
 * decomposed), no bidi marks.
 */
function normalise(text: string): string {
  return asciiDigits(text)
    .normalize('NFC')
    .replace(/[\u200e\u200f\u061c]/g, '');
}

/** The count of a match, or null when it is a year: groups are the gap (or none), the number, decimals, scale. */
function countOf(m: RegExpMatchArray, gap: string | undefined): number | null {
  const digits = m.at(-3)!;
  const [decimals, scale] = [m.at(-2), m.at(-1)];
  // A label written without a colon before a bare year ("Visite 2023", "lectures 2024") names the year.
  if (gap !== undefined && !/[:：(（[【［]/.test(gap) && !scale && /^(?:19|20)\d\d$/.test(digits)) return null;
  const whole = Number(digits.replace(/\D/g, ''));
  const n = scale
    ? Math.round((whole + Number(`0${decimals ?? ''}`.replace(',', '.'))) * (/[万萬]/.test(scale) ? 10_000 : 1000))
    : whole;
  return Number.isSafeInteger(n) ? n : null;
}

function read(text: string, patterns: RegExp[]): number | null {
  const t = normalise(text);
  for (const [i, re] of patterns.entries()) {
    for (const m of t.matchAll(re)) {
      const n = countOf(m, i === 0 ? m[1] : undefined);
      if (n !== null) return n;
    }
  }
  return null;
}

/** A view counter anywhere in the text: "浏览次数：9906", "阅读10544次", "조회 1,234", "1 234 просмотра". */
export function parseViews(text: string): number | null {
  return read(text, FIND);
}

/** The text is a view counter and nothing else ("4433 lecturas", "Aufrufe: 57"). */
export function counterOnly(text: string): number | null {
  return read(text.trim(), WHOLE);
}

/**
 * A view counter printed in its own element in the article's block (Drupal's "4433 lecturas" under the text,
 * beside the share links): the nearest to the headline, going out from it one container at a time, when that
 * container holds one counter. Lists and sidebars print one per item, so a container holding several says nothing.
 */
export function viewCounterNear(headline: Element | null): number | null {
  for (let box = headline?.parentElement; box && box.tagName !== 'HTML'; box = box.parentElement) {
    const counts = new Set<number>();
    // A details table's row too (<tr><th>瀏覽次數</th><td>428</td></tr>), beside a footer's site counter (session 61, R250).
    for (const el of box.querySelectorAll('span, li, div, p, small, em, strong, b, tr')) {
      // Beside the print and close links in one row (【浏览次数：1527】【打印】【关闭】; session 43, R73): its own text.
      const n =
        counterOnly(el.childElementCount > 1 && el.tagName !== 'TR' ? ownText(el) : (el.textContent ?? '')) ??
        eyeCount(el);
      if (n !== null) counts.add(n);
    }
    if (counts.size) return counts.size === 1 ? [...counts][0]! : null;
  }
  return null;
}

/**
 * A count whose label is an eye printed as an icon (<span><i class="fa fa-eye"></i> 214</span>: Font Awesome's,
 * Bootstrap's and other icon sets' eye, the one word every language's readers see; session 65, R294).
 */
function eyeCount(el: Element): number | null {
  const icon = el.firstElementChild;
  if (
    !icon ||
    el.childElementCount !== 1 ||
    !/(?:^|[\s-])eye(?!-slash)(?:$|[\s-])/.test(icon.getAttribute('class') ?? '')
  )
    return null;
  const text = asciiDigits(el.textContent ?? '').trim();
  return /^\d{1,3}(?:[,.\s]\d{3})*$|^\d+$/.test(text) ? Number(text.replace(/\D/g, '')) : null;
}

/** The text of an element's own text nodes, its children's left out, square brackets around a count dropped. */
function ownText(el: Element): string {
  let out = '';
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3) out += n.nodeValue ?? '';
  return out.replace(/^\s*[【[]\s*(.*?)\s*[】\]]\s*$/su, '$1');
}
