/**
 * People named in Arabic, Persian, Urdu, Hebrew and Hindi: the name after the title or rank news in those languages
 * prints before it (الدكتور خالد بن ناصر المري، …; دکتر علیرضا کریمی، …; פרופ' נועה בן-דוד, …), up to the comma,
 * a preposition or its last word. Written from the languages' usage (session 56, R185, R186, R190: eleven names, three found before, by
 * a Hebrew rule among the Latin-script cues that read no hyphenated surname; session 51, R143).
 */
import type { FoundPerson } from './find-people';

/** Titles and ranks before a name, longest first where one opens another. */
const ARABIC_TITLES = [
  'الأستاذ الدكتور',
  'الأستاذة الدكتورة',
  'أ\\.\\s?د\\.',
  'الدكتورة',
  'الدكتور',
  'د\\.',
  'الأستاذة',
  'الأستاذ',
  'المهندسة',
  'المهندس',
  'السيدة',
  'السيد',
  'الشيخة',
  'الشيخ',
  'المقدم',
  'اللواء',
  'العقيد',
  'الطالبة',
  'الطالب',
  'الباحثة',
  'الباحث',
];
// Not استاد (a professor of …) nor دانشجوی (a student of …): a field follows them as often as a name.
const PERSIAN_TITLES = ['دکتر', 'مهندس', 'پروفسور', 'آقای', 'خانم'];
const HEBREW_TITLES = [
  `פרופ['׳]`,
  'פרופסור',
  `ד["״]ר`,
  'הדוקטורנטית',
  'הדוקטורנט',
  'הסטודנטית',
  'הסטודנט',
  `גב['׳]`,
  'מר',
];

/** Words that end a name: prepositions, conjunctions and the posts printed after it. */
// Sorani's لە, بە, بۆ (ە is no Arabic letter): the Arabic د. reads a Kurdish page's names too.
const ARABIC_STOPS =
  'لە|بە|بۆ|من|في|على|عن|مع|إلى|الى|خلال|حول|بعد|قبل|أن|إن|التي|الذي|رئيس|رئيسة|مدير|مديرة|عميد|عميدة|وزير|وزيرة|أستاذ|أستاذة|نائب|عضو|منسق|منسقة|المدير|الرئيس|العميد|قال|قالت|أكد|أكدت|أوضح|أوضحت|أشار|أشارت|أضاف|أضافت';
const PERSIAN_STOPS =
  'از|در|به|با|که|را|و|تا|برای|معاون|رئیس|مدیر|عضو|دبیر|استاد|استادیار|دانشیار|دانشجوی|سرپرست|گفت|افزود|اظهار|تاکید|بیان|خاطرنشان|ادامه';
const HEBREW_STOPS = 'של|עם|על|אל|כי|הוא|היא|ראש|מנהל|מנהלת|דיקן|נשיא|חבר|חברת';
// Hindi: प्रो. रमेश चंद्र जोशी ने …, कुलसचिव श्री विनोद कुमार गुप्ता ने … (session 56, R199); the postpositions end the name.
const HINDI_TITLES = ['प्रोफेसर', 'प्रो\\.', 'डॉ\\.', 'डा\\.', 'श्रीमती', 'सुश्री', 'श्री'];
// Marathi's own (डॉ. प्रकाश पाटील यांच्या हस्ते, डॉ. सुनीता जाधव अध्यक्षस्थानी; session 64, R286) end one too.
const HINDI_STOPS =
  'ने|का|की|के|को|से|में|पर|और|तथा|एवं|द्वारा|जी|भी|ही|है|हैं|था|थे|' +
  'यांच्या|यांनी|यांचे|यांची|यांचा|यांना|अध्यक्षस्थानी|हिने|याने|हे|व|आणि|म्हणाले|म्हणाल्या|होते|होत्या';
// Punjabi (Gurmukhi) and Telugu: ਪ੍ਰੋ. ਹਰਜਿੰਦਰ ਸਿੰਘ ਗਿੱਲ ਨੇ …, ఆచార్య కె. వెంకట సుబ్బయ్య అధ్యక్షత … (session 64, R284, R287):
// a Telugu name opens with its initials.
const PUNJABI_TITLES = ['ਪ੍ਰੋਫੈਸਰ', 'ਪ੍ਰੋ\\.', 'ਡਾ\\.', 'ਸ੍ਰੀਮਤੀ', 'ਸ੍ਰੀ', 'ਸ਼੍ਰੀ'];
const PUNJABI_STOPS = 'ਨੇ|ਦਾ|ਦੀ|ਦੇ|ਨੂੰ|ਤੋਂ|ਵਿੱਚ|ਅਤੇ|ਜੀ|ਸਮੇਤ|ਨਾਲ|ਵੱਲੋਂ|ਵਲੋਂ|ਹੈ|ਸੀ';
const TELUGU_TITLES = ['ఆచార్య', 'ప్రొఫెసర్', 'డాక్టర్', 'డా\\.', 'శ్రీమతి', 'శ్రీ'];
const TELUGU_STOPS = 'అధ్యక్షత|మాట్లాడుతూ|తెలిపారు|అన్నారు|పేర్కొన్నారు|గారు|మరియు|ఈ';

// Urdu: پروفیسر ڈاکٹر ثاقب محمود نے …, طالبہ ثمینہ کوثر نے … (session 58, R207); Hindi's postpositions in its script.
const URDU_TITLES = ['پروفیسر ڈاکٹر', 'پروفیسر', 'ڈاکٹر', 'جناب', 'محترمہ', 'طالبہ', 'طالب علم'];
const URDU_STOPS = 'نے|کا|کی|کے|کو|سے|میں|پر|اور|بھی|ہی|ہے|ہیں|تھا|تھے|صاحب|صاحبہ';

// Pashto: Afghan academic ranks and ډاکټر before a name (پوهنوال ډاکټر عبدالرحمن شینواري، محصل ذبیح الله مومند د …);
// Sorani: د. (Dr), مامۆستا, بەڕێز and Prof. Dr (پ.د.) (session 64, R282, R283). Their words of, in, and end a name.
const PASHTO_TITLES = [
  'ډاکټر',
  'پوهاند',
  'پوهنوال',
  'پوهنمل',
  'پوهندوی',
  'پوهیالی',
  'پوهنیار',
  'انجنیر',
  'محصله',
  'محصل',
  'ښاغلي',
  'میرمن',
];
const PASHTO_STOPS = 'د|په|له|سره|کې|ته|او|چې|وویل|وکړه|رئیس|مشر|استاد|آمر|یې|هم|لخوا|څخه|ډاکټر';
const SORANI_TITLES = ['پ\\.\\s?د\\.', 'د\\.', 'دکتۆر', 'پرۆفیسۆر', 'مامۆستا', 'بەڕێز', 'کاک', 'خاتوو'];
const SORANI_STOPS = 'لە|بە|بۆ|و|کە|لەگەڵ|سەرۆکی|ڕاگری|بەڕێوەبەری|وتی|ڕایگەیاند|دەڵێت|دا';

// A particle joins the word after it into one part of an Arabic name (خالد بن ناصر المري, عبد الله).
const WORD = {
  ar: '(?:(?:بن|بنت|ابن|أبو|آل|عبد)\\s+)?[\\p{Script=Arabic}\\u200c]{2,}',
  he: '[\\p{Script=Hebrew}]{2,}(?:-[\\p{Script=Hebrew}]{2,})?',
  hi: '[\\p{Script=Devanagari}]{2,}',
  pa: '[\\p{Script=Gurmukhi}]{2,}',
  te: '(?:[\\p{Script=Telugu}]{1,3}\\.\\s?)*[\\p{Script=Telugu}]{2,}',
};

// A stop is a whole word: no letter or vowel sign goes on after it (Marathi's व, "and", opens विनोद).
/** One language's pattern: a title, then two to `max` words, none a stop word. */
function pattern(titles: string[], stops: string, word: string, max: number): RegExp {
  const w = `(?!(?:${stops})(?![\\p{L}\\p{M}\\u200c]))${word}`;
  return new RegExp(`(?<![\\p{L}])(?:${titles.join('|')})\\s+(${w}(?:\\s+${w}){1,${max - 1}})(?![\\p{L}])`, 'gu');
}

const PATTERNS: RegExp[] = [
  pattern(ARABIC_TITLES, ARABIC_STOPS, WORD.ar, 3),
  pattern(PERSIAN_TITLES, PERSIAN_STOPS, WORD.ar, 3),
  pattern(HEBREW_TITLES, HEBREW_STOPS, WORD.he, 2),
  pattern(HINDI_TITLES, HINDI_STOPS, WORD.hi, 3),
  pattern(URDU_TITLES, URDU_STOPS, WORD.ar, 3),
  pattern(PASHTO_TITLES, PASHTO_STOPS, WORD.ar, 3),
  pattern(PUNJABI_TITLES, PUNJABI_STOPS, WORD.pa, 3),
  pattern(TELUGU_TITLES, TELUGU_STOPS, WORD.te, 3),
  pattern(SORANI_TITLES, SORANI_STOPS, WORD.ar, 3),
];

export function findTitledPeople(text: string): FoundPerson[] {
  if (!/[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Gurmukhi}\p{Script=Telugu}]/u.test(text))
    return [];
  const out = new Map<string, string>();
  for (const re of PATTERNS)
    for (const m of text.matchAll(re)) {
      const name = m[1]!.replace(/\u200c$/u, '');
      if (!out.has(name)) out.set(name, m[0].slice(0, m[0].length - m[1]!.length).trim());
    }
  return [...out].map(([name, role]) => ({ text: name, role }));
}
