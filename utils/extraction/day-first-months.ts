import { CLDR_MONTH_ROWS } from './cldr-months';

/**
 * Month names of the languages whose pages print the day first ("28. Januar 2015", "20 janvier 2020", "8 de
 * octubre de 2020", "12 мая 2024", "12 maja 2024"), and of those that print the year first with a month name
 * ("2024. május 12.", "2024 m. gegužės 12 d."). Only the date reader uses them; kept apart from
 * utils/model/months.ts (English names, shared with the detector) so the detector does not ship them. The rows written
 * here come first; then every language's full names from CLDR (cldr-months.ts, round 57), which a name here outranks.
 */
const DAY_FIRST_MONTHS: Record<string, number> = table([
  // German, French, Spanish, Italian, Portuguese, Dutch (session 12)
  'januar|jänner|janvier|enero|gennaio|janeiro|januari',
  'februar|février|febrero|febbraio|fevereiro|februari',
  'märz|mars|marzo|março|maart',
  'april|avril|abril|aprile',
  'mai|mayo|maggio|maio|mei',
  'juni|juin|junio|giugno|junho',
  'juli|juillet|julio|luglio|julho',
  'august|août|agosto|augustus',
  'september|septembre|septiembre|setiembre|settembre|setembro',
  'oktober|octobre|octubre|ottobre|outubro',
  'november|novembre|noviembre|novembro',
  'dezember|décembre|diciembre|dicembre|dezembro|december',
  // Session 19: Danish, Swedish, Norwegian, Finnish, Estonian, Romanian, Catalan, Albanian, Indonesian and Malay,
  // Turkish, Polish, Czech, Slovak, Serbian and Bosnian (Latin); then Russian, Ukrainian, Bulgarian, Serbian
  // (Cyrillic). A date prints the genitive, so those forms are listed. Croatian's too (session 50, R133), but for
  // listopada: October there, November in Polish; parse-date.ts reads it apart.
  'ianuarie|gener|janar|ocak|tammikuuta|jaanuar|stycznia|styczeń|ledna|januára|januara|siječnja',
  'februarie|febrer|shkurt|şubat|subat|helmikuuta|veebruar|lutego|luty|února|februára|februara|veljače',
  'martie|març|maret|mac|mart|maaliskuuta|märts|marca|marzec|března|marta|marts|ožujka',
  'aprilie|prill|nisan|huhtikuuta|aprill|kwietnia|kwiecień|dubna|apríla|aprila|travnja',
  'maig|mayıs|mayis|toukokuuta|maja|května|mája|maj|svibnja',
  'iunie|juny|qershor|haziran|kesäkuuta|juuni|czerwca|czerwiec|června|júna|juna|lipnja',
  'iulie|juliol|korrik|temmuz|heinäkuuta|juuli|lipca|lipiec|července|júla|jula|srpnja',
  'augusti|agost|gusht|agustus|ogos|ağustos|agustos|elokuuta|sierpnia|sierpień|srpna|augusta|avgust|avgusta|kolovoza',
  'septembrie|setembre|shtator|eylül|eylul|syyskuuta|września|wrzesień|září|septembra|septembar|rujna',
  'octombrie|tetor|ekim|lokakuuta|oktoober|października|październik|října|októbra|oktobra|oktobar',
  'noiembrie|nëntor|kasım|kasim|marraskuuta|listopada|listopad|listopadu|novembra|novembar|studenoga|studenog',
  'decembrie|desembre|dhjetor|desember|disember|aralık|aralik|joulukuuta|detsember|grudnia|grudzień|prosince|decembra|decembar|prosinca',
  // Cyrillic
  'января|січня|януари|јануар|јануара',
  'февраля|лютого|февруари|фебруар|фебруара',
  'марта|березня|март',
  'апреля|квітня|април|априла',
  'мая|травня|май|мај|маја',
  'июня|червня|юни|јун|јуна',
  'июля|липня|юли|јул|јула',
  'августа|серпня|август',
  'сентября|вересня|септември|септембар|септембра',
  'октября|жовтня|октомври|октобар|октобра',
  'ноября|листопада|ноември|новембар|новембра',
  'декабря|грудня|декември|децембар|децембра',
  // Session 21: abbreviations news sites print ("3 févr. 2020", "12 ago. 2021", "3. Feb. 2020", "5 okt 2019"),
  // always between a day and a four-digit year (the date reader asks for both)
  'janv|jan|ene|gen',
  'févr|fév|fevr|feb|fev',
  'mär|mrt|mar',
  'avr|abr|apr',
  'mag',
  'juin|jun|giu',
  'juil|jul|lug',
  'aoû|ago|aug',
  'sept|sep|sett|set',
  'okt|ott|out|oct',
  'nov',
  'déc|dic|dez|dec',
  // Greek, Arabic (the Egyptian and the Levantine names) and Hindi
  'ιανουαρίου|يناير|كانون الثاني|جانفي|जनवरी',
  'φεβρουαρίου|فبراير|شباط|फ़रवरी|फरवरी',
  'μαρτίου|مارس|آذار|मार्च',
  'απριλίου|أبريل|إبريل|نيسان|अप्रैल',
  'μαΐου|μαίου|μαϊου|مايو|أيار|मई',
  'ιουνίου|يونيو|حزيران|जून',
  'ιουλίου|يوليو|تموز|जुलाई',
  'αυγούστου|أغسطس|آب|अगस्त',
  'σεπτεμβρίου|سبتمبر|أيلول|सितंबर',
  'οκτωβρίου|أكتوبر|تشرين الأول|अक्टूबर',
  'νοεμβρίου|نوفمبر|تشرين الثاني|नवंबर',
  'δεκεμβρίου|ديسمبر|كانون الأول|दिसंबर',
  // Maltese ("15 ta' April 2024") and Icelandic ("15. maí 2024"; session 52, R144, R146)
  'jannar|janúar',
  'frar|febrúar',
  'marzu',
  'apríl',
  'mejju|maí',
  'ġunju|júní',
  'lulju|júlí',
  'awwissu|ágúst',
  'settembru',
  'ottubru|október',
  'novembru|nóvember',
  'diċembru|desember',
  // Urdu and Bengali (session 58, R207, R209): their own spellings of the English names
  'جنوری|জানুয়ারি',
  'فروری|ফেব্রুয়ারি',
  'مارچ|মার্চ',
  'اپریل|এপ্রিল',
  'مئی|মে',
  'جون|জুন',
  'جولائی|জুলাই',
  'اگست|আগস্ট',
  'ستمبر|সেপ্টেম্বর',
  'اکتوبر|অক্টোবর',
  'نومبر|নভেম্বর',
  'دسمبر|ডিসেম্বর',
  // Tagalog, Swahili, Welsh and Galician, from the languages' usage (session 56)
  'xaneiro|ionawr',
  'pebrero|febreiro|chwefror',
  'marso|machi|mawrth',
  'aprili|ebrill',
  'mayo',
  'hunyo|xuño|mehefin',
  'hulyo|julai|xullo|gorffennaf',
  'agosti|awst',
  'setyembre|septemba|medi',
  'oktubre|oktoba|hydref',
  'nobyembre|novemba|tachwedd',
  'disyembre|desemba|decembro|rhagfyr',
  // Marathi, Punjabi (Gurmukhi), Telugu and Belarusian's genitive (session 64, R284–R287), from the languages' usage
  'जानेवारी|ਜਨਵਰੀ|జనవరి|студзеня',
  'फेब्रुवारी|ਫ਼ਰਵਰੀ|ਫਰਵਰੀ|ఫిబ్రవరి|лютага',
  'ਮਾਰਚ|మార్చి|сакавіка',
  'एप्रिल|ਅਪ੍ਰੈਲ|ਅਪਰੈਲ|ఏప్రిల్|красавіка',
  'मे|ਮਈ|మే',
  'ਜੂਨ|జూన్|чэрвеня',
  'जुलै|ਜੁਲਾਈ|జులై|జూలై|ліпеня',
  'ऑगस्ट|ਅਗਸਤ|ఆగస్టు|ఆగస్ట్|жніўня',
  'सप्टेंबर|ਸਤੰਬਰ|సెప్టెంబర్|సెప్టెంబరు|верасня',
  'ऑक्टोबर|ਅਕਤੂਬਰ|అక్టోబర్|అక్టోబరు|кастрычніка',
  'नोव्हेंबर|ਨਵੰਬਰ|నవంబర్|నవంబరు|лістапада',
  'डिसेंबर|ਦਸੰਬਰ|డిసెంబర్|డిసెంబరు|снежня',
  // Assamese (session 65, R297): the Bengali script's letters with ৰ and ৱ
  'জানুৱাৰী',
  'ফেব্ৰুৱাৰী',
  'মাৰ্চ',
  'এপ্ৰিল',
  'মে’|মে',
  'জুন',
  'জুলাই',
  'আগষ্ট',
  'ছেপ্টেম্বৰ',
  'অক্টোবৰ',
  'নৱেম্বৰ',
  'ডিচেম্বৰ',
  // Luxembourgish (round 54, R303): the three German does not spell so; Sindhi (round 55, R306): its own spellings,
  // in the Arabic script with ٽ, ڊ and ڪ
  'جنوري',
  'فيبروري|فيبروريءَ',
  'mäerz',
  'abrëll|اپريل',
  'mee|مئي',
  '',
  'جولاءِ|جولاء',
  'آگسٽ',
  'سيپٽمبر|سيپٽمبرَ',
  'آڪٽوبر',
  '',
  'ڊسمبر',
  // Malagasy, Setswana, isiXhosa and Igbo (round 56, R308–R311), from the languages' usage
  'janoary|ferikgong|janyuwari|jenụwarị',
  'febroary|tlhakole|februwari|febrụwarị',
  'martsa|mopitlo|matshi|maachị',
  'aprily|moranang|epreli|eprel',
  'mey|motsheganang|meyi',
  'jona|seetebosigo',
  'jolay|phukwi|julayi|julaị',
  'aogositra|phatwe|agasti|ọgọọst',
  'septambra|lwetse|septemba',
  'oktobra|diphalane|okthobha|ọktoba',
  'novambra|ngwanatsele|novemba',
  'desambra|sedimonthole|disemba',
  // Haitian Creole, which CLDR lacks (round 58, R318), from the language's usage (its out, August, is Portuguese's
  // October above, which outranks it)
  'janvye',
  'fevriye',
  'mas',
  'avril',
  'me',
  'jen',
  'jiyè|jiye',
  '',
  'septanm',
  'oktòb|oktob',
  'novanm',
  'desanm',
  ...CLDR_MONTH_ROWS,
]);

/** Hungarian and Lithuanian print the year first: "2024. május 12.", "2024 m. gegužės 12 d.". */
const YEAR_FIRST_MONTHS: Record<string, number> = table([
  'január|sausio',
  'február|vasario',
  'március|kovo',
  'április|balandžio',
  'május|gegužės',
  'június|birželio',
  'július|liepos',
  'augusztus|rugpjūčio',
  'szeptember|rugsėjo',
  'október|spalio',
  'november|lapkričio',
  'december|gruodžio',
]);

/**
 * Names listed month by month (one string a month, names apart by |: the shipped background bundle is smaller so),
 * January to December, then again for each further block of twelve rows.
 */
function table(rows: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  rows.forEach((names, i) => {
    for (const n of names.split('|')) if (n) out[n] ??= (i % 12) + 1;
  });
  return out;
}

const alternation = (names: Record<string, number>) =>
  Object.keys(names)
    .sort((a, b) => b.length - a.length)
    .join('|');

/**
 * Regex source of where a day-first month name may stand, without a capture group: one to seven words (Bantu languages
 * name a month "mweri wa ikumi na mbili"), fewest first, read as a month only through dayFirstMonthNumber. An
 * alternation of the ~2,300 names cost ~55 ms to compile and doubled each date read's time (round 58's review).
 */
export const DAY_FIRST_MONTH_WORDS = "[\\p{L}\\p{M}][\\p{L}\\p{M}'’-]*(?:\\s[\\p{L}\\p{M}][\\p{L}\\p{M}'’-]*){0,6}?";
/** Regex source of the year-first month names, without a capture group. */
export const YEAR_FIRST_MONTH_NAME = alternation(YEAR_FIRST_MONTHS);

/** The month's number from a day-first or year-first language's name ("März" → 3), or 0. */
export function dayFirstMonthNumber(name: string): number {
  const key = name.toLowerCase().replace(/\s+/g, ' ');
  return DAY_FIRST_MONTHS[key] ?? YEAR_FIRST_MONTHS[key] ?? 0;
}
