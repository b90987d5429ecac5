/**
 * "Related articles" that Readability leaves in the body: a label every site prints in its own language
 * (相关新闻, 延伸閱讀, Related Stories, Lesen Sie auch, À lire aussi, Lee también …) over links to other items.
 * The label counts only by its words and what follows it (links, or nothing but short lines up to the body's
 * end), never by a CMS's class names: a heading "Related research" over paragraphs of prose stays.
 */
import { foldSpace } from './dom-text';

const LABELS = [
  // Chinese, simplified and traditional
  '相[关關](?:新[闻聞]|[阅閱][读讀]|文章|[链鏈][接結]|[报報][道導]|推荐|推薦|内容|內容|资讯|資訊)',
  '延伸[阅閱][读讀]',
  '推[荐薦][阅閱][读讀]',
  '(?:热点|熱點|精彩|热门|熱門)(?:推[荐薦]|文章|新[闻聞])',
  // a sidebar ranking the most read (热点排行, 点击排行; session 51, R140): the Chinese "Most read"
  '(?:热点|熱點|热门|熱門|点击|點擊|阅读|閱讀|浏览|瀏覽|新[闻聞])排行榜?',
  '猜你喜[欢歡]',
  '更多(?:新[闻聞]|精彩|[报報][道導])',
  '往期回[顾顧]',
  // a sidebar of the newest items (Taiwan's RPage prints 最新消息 after the article's print/back links)
  '最新(?:消息|新[闻聞]|[动動][态態]|公告|[资資][讯訊])',
  // Japanese
  '[関关]連(?:記事|ニュース)',
  'あわせて読みたい',
  // English
  'Related(?: articles?| stories| news| posts?| content| links| topics| reading| coverage)?',
  'Read (?:more|also|next)(?: on this topic| about this)?',
  'See also',
  'More (?:news|stories|on this (?:topic|story))',
  'You (?:may|might) also (?:like|be interested in)',
  'Recommended(?: for you| stories| articles)?',
  'Further reading',
  '(?:Latest|Most read|Most popular|Popular) (?:news|stories|articles|posts)',
  'Also read',
  'Back to top',
  // German, Dutch, Scandinavian, Finnish
  'Weitere (?:Artikel|Informationen|Beiträge|Meldungen|Nachrichten|Themen)',
  'Mehr zum Thema',
  'Lesen Sie (?:auch|mehr)',
  'Das könnte Sie auch interessieren',
  'Verwandte (?:Artikel|Themen)',
  'Nach oben',
  'Lees ook',
  'Meer (?:nieuws|lezen)',
  'Les også',
  'Läs (?:också|mer)',
  'Lue (?:myös|aiheesta lisää)',
  // French, Spanish, Portuguese, Italian
  'Articles? (?:correspondants|liés|similaires)',
  '(?:À|A) lire aussi',
  'Lire aussi',
  'Voir aussi',
  'Pour approfondir',
  'Sur le même sujet',
  '(?:Audios et vidéos|Plus de sujets|Dossiers?) sur le sujet',
  'Plus de sujets',
  'L[ée]e?a? también',
  'Te puede interesar',
  '(?:Temas|Noticias|Artículos) relacionad[oa]s',
  'Puedes ver',
  'Ver también',
  'Leia (?:também|mais)',
  'Veja também',
  'Notícias relacionadas',
  'Leggi anche',
  'Articoli correlati',
  // Polish, Czech, Hungarian
  'Czytaj (?:także|też|więcej)',
  'Dowiedz się więcej',
  'Zobacz (?:też|także)',
  'Čtěte také',
  'Ezek is érdekelhetnek',
  // Slovene, Croatian, Serbian, Romanian, Baltic, Bulgarian, Ukrainian, Russian (session 50, R136: "Druge novice")
  '(?:Druge|Sorodne|Ostale|Zadnje) novice',
  '(?:Povezane|Ostale|Najnovije) vij?esti',
  '(?:Știri|Articole) (?:recente|similare|asemănătoare)',
  'Citește și',
  '(?:Kitos|Susijusios) naujienos',
  '(?:Seotud|Teised) uudised',
  'Citi jaunumi',
  '(?:Свързани|Други) (?:новини|статии)',
  '(?:Інші|Схожі) новини',
  '(?:Другие|Похожие) новости',
  'Читайте также',
  // Vietnamese, Indonesian and Malay, Thai, Korean, Turkish, Arabic, Persian, from their usage (session 56, R191's
  // "Các tin khác" over a Vietnamese university's other stories)
  '(?:Các )?(?:tin|bài viết) (?:khác|liên quan|cùng chuyên mục)',
  'Berita (?:terkait|lainnya|lain)',
  'Baca juga',
  'ข่าว(?:ที่เกี่ยวข้อง|อื่น ?ๆ)',
  '관련 ?(?:기사|뉴스)',
  '(?:İlgili|Diğer) (?:haberler|yazılar)',
  '(?:أخبار|مقالات) (?:ذات صلة|أخرى)',
  'اقرأ أيضا',
  '(?:اخبار|مطالب) (?:مرتبط|دیگر)',
].join('|');

/** A block that is the label alone ("Related Stories", "相关新闻：", "【延伸阅读】"). */
const LABEL_ALONE = new RegExp(`^[【[\\s]*(?:${LABELS})[】\\]\\s:：>»›]*$`, 'iu');
/** A block that opens with the label and a colon: "Lesen Sie auch: <a>…</a>", "PUEDES VER: <a>…</a>". */
const LABEL_COLON = new RegExp(`^[【[\\s]*(?:${LABELS})\\s*[】\\]:：]`, 'iu');

const LEAF = 'p, div, li, dt, dd, h1, h2, h3, h4, h5, h6, td, th, blockquote, figcaption, section, header, footer';
/** Unlinked prose from which a block after the label is the article's own text, not a list of other items. */
const PROSE_CHARS = 150;

const bare = (s: string) => s.replace(/[\s\u00a0\u3000]/g, '');
function linkedChars(el: Element): number {
  return [...el.querySelectorAll('a')].reduce((n, a) => n + bare(a.textContent ?? '').length, 0);
}

/** Blocks holding no other block, in document order: the lines of the body. */
export function leafBlocks(root: Element): Element[] {
  return [...root.querySelectorAll(LEAF)].filter((el) => !el.querySelector(LEAF) && bare(el.textContent ?? ''));
}

/** Removes "related" labels with the links they head, and "Read also: <link>" lines, from the body. */
export function removeRelated(root: Element): void {
  const leaves = leafBlocks(root);
  for (let i = 0; i < leaves.length; i++) {
    const el = leaves[i]!;
    if (!root.contains(el)) continue;
    const text = foldSpace(el.textContent ?? '');
    if (text.length > 200) continue;
    // A linked list item is a menu's or breadcrumb's entry (首頁 › 最新消息), not a heading over a list (R219, HKBU).
    const tail = leaves.slice(i + 1);
    // After the label, nothing up to the body's end is prose of its own: the rest is the list.
    const prose = tail.some((t) => bare(t.textContent ?? '').length - linkedChars(t) >= PROSE_CHARS);
    // Any short heading over three links or more and no prose to the end is a sidebar's (暨大头条; session 61, R247).
    if (!prose && headsLinks(el, text, tail)) {
      for (const t of [el, ...tail]) t.remove();
      return;
    }
    if (LABEL_ALONE.test(text) && !(el.tagName === 'LI' && linkedChars(el) >= bare(text).length)) {
      if (!prose) {
        for (const t of [el, ...tail]) t.remove();
        return;
      }
      // Mid-body: the label goes with the run of link-only blocks right under it.
      let j = i + 1;
      while (j < leaves.length && isLinks(leaves[j]!)) leaves[j++]!.remove();
      if (j > i + 1) el.remove();
    } else if (LABEL_COLON.test(text)) {
      const rest = bare(text.replace(LABEL_COLON, ''));
      if (rest && linkedChars(el) >= rest.length * 0.5) el.remove();
    }
  }
}

/** A short unlinked heading, no sentence, over at least three blocks of links. */
function headsLinks(el: Element, text: string, tail: readonly Element[]): boolean {
  return (
    text.length <= 16 &&
    !linkedChars(el) &&
    !/[.!?。！？:：,，]$/u.test(text) &&
    tail.slice(0, 3).filter(isLinks).length === 3
  );
}

function isLinks(el: Element): boolean {
  const n = bare(el.textContent ?? '').length;
  return n > 0 && linkedChars(el) >= n * 0.7;
}
