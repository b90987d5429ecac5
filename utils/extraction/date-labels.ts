/**
 * Publication labels of other languages, as blog and CMS footers print them after the body ("Veröffentlicht am
 * 12.05.2024", "Publié le 5 mars 2020", "公開日：2024年5月12日", "发布于 2024-05-12"). Read only after the body,
 * where only a labelled date counts: near the headline the unlabelled dateline already reads such dates, and there
 * markup's time of day is kept (session 19 read them first, beside the English and Chinese labels, and six pages lost
 * their meta tag's time). Update labels (Aktualisiert, Mis à jour, 更新日) are left out: the footer's publication
 * label is wanted.
 */
const LABELS = [
  // German, Dutch, Swedish, Danish and Norwegian
  'Veröffentlicht(?:\\s+am)?',
  'Erstellt\\s+am',
  'Publiziert\\s+am',
  'Erschienen\\s+am',
  'Gepubliceerd\\s+op',
  'Geplaatst\\s+op',
  // Luxembourgish (Publizéiert de 14. Mäerz 2024; round 54, R303)
  'Publizéiert(?:\\s+(?:de|den|am))?',
  'Publicerad',
  'Publiceret',
  'Publisert',
  // French, Spanish, Portuguese, Italian, Catalan
  'Publié\\s+le',
  'Mis\\s+en\\s+ligne\\s+le',
  'Date\\s+de\\s+publication',
  'Publicado(?:\\s+(?:el|em|en))?',
  'Fecha\\s+de\\s+publicación',
  'Data\\s+de\\s+publicação',
  'Pubblicato(?:\\s+il)?',
  'Data\\s+di\\s+pubblicazione',
  'Publicat\\s+el',
  // Polish, Czech, Russian, Ukrainian
  'Opublikowano',
  'Data\\s+publikacji',
  'Publikováno',
  'Опубликовано',
  'Дата\\s+публикации',
  'Опубліковано',
  // Korean
  '등록일',
  '작성일',
  // Malay and Indonesian (Tarikh Input: 14/03/2024 | Kemaskini: …; session 59, R223)
  'Tarikh(?:\\s+(?:Input|Terbit|Siaran))?',
  'Diterbitkan(?:\\s+pada)?',
  'Tanggal\\s+Terbit',
];
// Chinese and Japanese run words together ("本文发布于", "記事公開日"): no word boundary is asked of these. Chinese
// blog themes print "发布于 2024-05-12", "發表於 …" (the colon labels are meta-line.ts's).
const CJK_LABELS = ['[发發][布佈表][于於]', '公開日', '投稿日', '掲載日'];

/** One of the labels above, then an optional colon: the date must follow within a few characters. */
export const OTHER_DATE_LABEL_RE = new RegExp(
  `(?:(?<!\\p{L})(?:${LABELS.join('|')})(?!\\p{L})|${CJK_LABELS.join('|')})\\s*[:：]?`,
  'iu',
);

/** Source and credit labels a Chinese story's sign-off opens with (供稿：学院办公室 2024-05-23). */
export const SIGN_OFF_LABEL =
  '(?:供稿|来源|來源|稿源|撰稿|撰文|作者|文字|摄影|攝影|通讯员|通訊員|编辑|編輯|审核|審核)\\s*[:：]';
/**
 * A sign-off's label and the office or name after it, the date right after them: as notices and college news end
 * (session 40, R46). Read only after the body, where it dates the story it closes.
 */
export const SIGN_OFF_RE = new RegExp(`${SIGN_OFF_LABEL}\\s*[^\\s\\d:：|]{2,20}`, 'u');
