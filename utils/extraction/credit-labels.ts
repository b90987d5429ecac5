/**
 * The labels a credit field opens with, in the languages university news is printed in, by the role they credit:
 * "Text: Anna Berg", "Autor: Kristýna Šebestová", "Автор текста: …", "צילום: …". Written from the languages' usage,
 * not from pages here, so that a language none of our pages has shown is read as those that have (session 47).
 * Chinese labels are meta-line.ts's: their names are read differently.
 */

import { UPDATE_WORDS } from './date-updates';

/** The credited roles the labels name, as a credit's role. */
export type LabelledRole = 'Author' | 'Photo' | 'Editor';

/** Each role's labels, as printed before the colon (a space stands for any white space). */
export const CREDIT_LABELS: Readonly<Record<LabelledRole, readonly string[]>> = {
  // English, the Germanic and Nordic languages, Romance, Slavic, Baltic, Finnic, Hungarian, Greek, Turkish, Hebrew,
  // Arabic, Persian, Indonesian and Malay, Vietnamese, Korean; Armenian (its label ends with ՝) and Georgian (session 52);
  // Thai (session 54); Swahili (Na:, Picha:; session 56); Latvian Teksts, Vietnamese Tin, ảnh (session 58); Malay
  // Foto oleh (session 59); Portuguese and Spanish Edição (de imagem), Edición (session 60); Serbian and Croatian
  // Написао/Napisao, Joomla's "Written by" (session 63), and English Report, Reported by; Central Asia's and the
  // Iranian languages' (Kyrgyz Сүрөт, Tajik Аксҳо, Pashto لیکوال/عکسونه, Sorani وێنە; session 64), Kazakh, Uzbek,
  // Kurmanji from their usage; Faroese Tekstur and Mynd (session 65); round 54 (R300–R302):
  // Chuvash Хатӗрлерӗ (prepared by) and Сӑнӳкерчӗксем (photos), Buryat Зураг; round 55 (R304–R307): Yoruba
  // Akọ̀ròyìn (reporter) and Àwòrán (picture), Sindhi رپورٽ (report), Māori Whakaahua (photo); round 56 (R308–R311): Igbo
  // Onye dere ya and isiXhosa Ibhalwe ngu (written by), Malagasy Sary and isiXhosa Ifoto (picture); round 57 (R315):
  // Oromo Barreessaa (writer) and Suuraa (picture), Wolof Bind (written) and Nataal (picture), Twi Ɔkyerɛwfoɔ (writer)
  // and Mfonini (picture); round 58 (R317, R319): Shona Mifananidzo (pictures), Sesotho Ngoliloe ke (written by) and
  // Setšoantšo (picture).
  Author: (
    'Author|Authors|Writer|Writers|Written by|Words|Text|Story|Reporter|Reporting|Report|Reported by|Autor|Autorin|' +
    'Autoren|Tekst|Teksti|Teksts|Författare|Skribent|Forfatter|Höfundur|Auteur|Auteure|Autrice|Texte|Autora|' +
    'Texto|Autore|Testo|Autori|Autorka|Autoři|Autorzy|Autorius|Autors|Autorid|Автор|Автори|Авторы|' +
    'Автор текста|Текст|Аутор|Написао|Написала|Napisao|Szerző|Szöveg|Írta|Kirjoittaja|Συντάκτης|Κείμενο|Yazan|Yazar|Haber|' +
    'Metin|Oprac.|Besedilo|Tekstas|Napisal|Napisala|כתיבה|מאת|كتبه|بقلم|كتابة|نویسنده|خبرنگار|Penulis|Pewarta|Teks|Oleh|Tác giả|Bài|Bài viết|Tin|Tin, ảnh|Bài, ảnh|Bài và ảnh|Mwandishi|Na|글|작성자|Հեղինակ|ავტორი|ข่าว|เรื่อง|ผู้เขียน|' +
    'Муаллиф|Жазган|Muallif|لیکوال|لیکنه|نووسەر|نووسین|Nivîskar|Tekstur|Хатӗрлерӗ|Akọ̀ròyìn|رپورٽ|Onye dere ya|Ibhalwe ngu|Barreessaa|Bind|Ɔkyerɛwfoɔ|Ɔkyerɛwfo|Ngoliloe ke'
  ).split('|'),
  Photo: (
    'Photo|Photos|Photograph|Photographs|Photography|Photographer|Image|Images|Picture|Pictures|' +
    'Photo credit|Photo credits|Image credit|Picture credit|Foto|Foto oleh|Fotos|Fotó|Fotók|Fotografie|' +
    'Fotografía|Fotografia|Fotografias|Fotografías|Fotógrafo|Fotógrafa|Fotografo|Fotograaf|Fotografer|Fotograf|Fotoğraf|Fotoğraflar|Bild|Bilder|Beeld|Kuva|Kuvat|' +
    'Kuvaaja|Crédit photo|Crédits photo|Crédito|Zdjęcie|Zdjęcia|Фото|Фотография|Фотографии|Світлини|' +
    'Φωτογραφία|Φωτογραφίες|Снимка|Снимки|Nuotrauka|Nuotraukos|צילום|צילומים|تصوير|عکس|عکاس|Picha|Ảnh|사진|Arte|Լուսանկարը|Լուսանկարները|ფოტო|ภาพ|ภาพถ่าย|' +
    'Сүрөт|Сүрөттөр|Сүрөткө тарткан|Сурет|Суреттер|Акс|Аксҳо|Surat|Suratlar|عکسونه|انځور|انځورونه|وێنە|وێنەکان|Wêne|' +
    'Mynd|Myndir|Сӑнӳкерчӗк|Сӑнӳкерчӗксем|Зураг|Àwòrán|Whakaahua|Sary|Ifoto|Suuraa|Nataal|Mfonini|Mifananidzo|Setšoantšo'
  ).split('|'),
  Editor: (
    'Editor|Editors|Edited by|Proofread by|Proofreader|Proofreading|Mhariri|Redakteur|Redakteurin|Redaktör|Redaktør|Redacteur|Rédacteur|Rédactrice|' +
    'Redactor|Redactora|Redator|Redattore|Edição|Edição de imagem|Edición|Redaktor|Redaktorka|Редактор|Szerkesztő|Toimittaja|' +
    'Επιμέλεια|Editör|עריכה|تحرير|ویراستار|Penyunting|Biên tập|편집|บรรณาธิการ|เรียบเรียง'
  ).split('|'),
};

/**
 * A label as a pattern: its spaces any white space, its letters as printed (a label is capitalised, or uncased) or in
 * capitals ("WRITTEN BY: Jillian Mercer"; session 52, R148).
 */
function labelPattern(label: string): string {
  const as = (l: string) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  const upper = label.toUpperCase();
  return upper === label ? as(label) : `${as(label)}|${as(upper)}`;
}

/** One alternation of the given roles' labels, the longest first ("Photo credit" before "Photo"). */
export function creditLabelPattern(...roles: LabelledRole[]): string {
  const labels = roles.flatMap((r) => CREDIT_LABELS[r]);
  return `(?:${[...new Set(labels)]
    .sort((a, b) => b.length - a.length)
    .map(labelPattern)
    .join('|')})`;
}

/** The role a printed label credits (its white space any), or null for no label of the table. */
export function roleOfLabel(printed: string): LabelledRole | null {
  const label = printed.trim().replace(/\s+/g, ' ');
  for (const role of Object.keys(CREDIT_LABELS) as LabelledRole[])
    if (CREDIT_LABELS[role].some((l) => l === label || l.toUpperCase() === label)) return role;
  return null;
}

/**
 * A person's name as a credit prints it: two to four capitalised words with the particles between them (van der,
 * de, von, bin), or, in scripts without capitals, two to four words of Hebrew, Arabic or Thai letters or one Korean name.
 */
export const CREDITED_NAME =
  "(?:\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:\\s+(?:(?:van|der|den|de|von|da|di|del|la|le|bin|binti|al)\\s+)*\\p{Lu}[\\p{L}\\p{M}.'’-]*){1,3}|[\\p{Script=Hebrew}\\p{Script=Arabic}\\p{Script=Thai}]{2,}(?:\\s+[\\p{Script=Hebrew}\\p{Script=Arabic}\\p{Script=Thai}]{2,}){1,3}|\\p{Script=Hangul}{2,4})";

/** Names in one field: "Li Han, Guo Lili", "Jan Novák a Petr Svoboda", "Anna Berg och Erik Lund". */
const NAME_LIST = `${CREDITED_NAME}(?:(?:\\s*[,、]\\s*|\\s+(?:and|&|und|et|y|e|i|a|og|och|ja|és|и|ve)\\s+)${CREDITED_NAME})*`;
/**
 * The words a publication or update date's field opens with, in the same languages: a name runs into them where the
 * meta line's spans are read as one line ("Tekst: Mari Johnsen Publisert 12.03.2025"; session 48, R119).
 */
export const DATE_FIELD =
  'Published|Posted|Updated|Date|Release|Released|Publisert|Publicerad|Publiceret|Julkaistu|Veröffentlicht|Publié|Publiée|' +
  'Publicado|Publicada|Pubblicato|Gepubliceerd|Opublikowano|Publikováno|Zveřejněno|Közzétéve|Yayınlanma|' +
  `Diterbitkan|Dipublikasikan|${UPDATE_WORDS}|Опубликовано|Datum|Dato|Fecha|Päivämäärä|Tarih|Tanggal`;
/**
 * Where a field ends: the line's end, a separator, a sentence's stop, the next field's label and colon, or a date
 * field's word.
 */
const FIELD_END = `(?=\\s*$|\\s*[,;|/·•)]|\\.(?:\\s|$)|\\s+[^\\s:：]{1,24}(?:\\s+[^\\s:：]{1,24})?\\s*[:：]|\\s+(?:${DATE_FIELD})(?![\\p{L}\\p{M}]))`;
// A writer who is the release's media contact too ("Writer/Media contact: Megan Hollis, …"; session 61, R245).
const LABELLED = new RegExp(
  `(?<![\\p{L}\\p{M}])(${creditLabelPattern('Author', 'Photo', 'Editor')})(?:\\s*\\/\\s*(?:[Mm]edia|[Pp]ress)\\s+[Cc]ontact)?(?:\\s*[:：՝]|(?<=\\.))\\s*(${NAME_LIST})${FIELD_END}`,
  'gu',
);
const LABEL_AHEAD = new RegExp(`^${creditLabelPattern('Author', 'Photo', 'Editor')}\\s*[:：՝]`, 'u');
/** The heading of Joomla's article info (Details, Детаљи …) before its first field, in the languages it ships in. */
export const DETAILS_HEADING =
  '詳細內容|详细内容|詳細資料|详细资料|详细信息|詳細資訊|Details|Détails|Detalles|Dettagli|Detalhes|Podrobnosti|Szczegóły|Részletek|Detalji|Detaljer|Detalii|Ayrıntılar|Подробности|Детаљи|Тафсилот|Tafsilotlar|Толығырақ|جزئیات';
/** Joomla's article info over the text (詳細內容⏎分類：校園新聞, "Details", Podrobnosti; sessions 52, 60): heading, category. */
export const ARTICLE_INFO = new RegExp(
  `^(?:${DETAILS_HEADING}|(?:分類|分类|栏目|欄目|類別|类别|Category|Kategorie|Catégorie|Categoría|Categoria|Категория|Категорија|Kategoriya)\\s*[:：]\\s*[^:：]{1,30})$`,
  'u',
);

const AFTER_HEADING = new RegExp(`^(?:${DETAILS_HEADING})$`, 'u');
const NAME_SEPARATOR = /\s*[,、]\s*|\s+(?:and|&|und|et|y|e|i|a|og|och|ja|és|и|ve)\s+/u;

/**
 * The credits of a text's labelled fields ("Writer:Zhou Xin Editor:Hu Yilin", "Autor: Kristýna Šebestová",
 * "Editors: Li Han, Guo Lili"), in printed order, each name as printed. A word right before a label ("First Author:"
 * in a data table) makes it another field's, unless another field or Joomla's details heading precedes it on its line.
 */
export function labelledCredits(text: string): { name: string; role: LabelledRole }[] {
  const out: { name: string; role: LabelledRole }[] = [];
  LABELLED.lastIndex = 0;
  for (let m = LABELLED.exec(text); m; m = LABELLED.exec(text)) {
    // A label of more words than a field's end allows ends the names before it, and is read next ("Fotos: Rafael
    // Nogueira Edição de imagem: Simone Tavares"; session 60, R228).
    const from = m.index + m[0].length - m[2]!.length;
    const cut = [...m[2]!.matchAll(/\s+/gu)].find((w) => LABEL_AHEAD.test(text.slice(from + w.index! + w[0].length)));
    if (cut) {
      m[2] = m[2]!.slice(0, cut.index);
      LABELLED.lastIndex = from + cut.index!;
    }
    const before = text
      .slice(0, m.index)
      .split(/[\n|·•]/u)
      .pop()!
      .trim();
    if (/[\p{L}\p{M}]$/u.test(before) && !/[:：]/u.test(before) && !AFTER_HEADING.test(before)) continue;
    const role = roleOfLabel(m[1]!)!;
    for (const name of m[2]!.split(NAME_SEPARATOR)) out.push({ name: name.replace(/\.$/u, ''), role });
  }
  return out;
}
