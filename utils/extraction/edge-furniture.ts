/**
 * Page furniture Readability leaves at the body's edges, told by what every site prints there, never by class names:
 * a breadcrumb or a labelled date line opening the body; closing it, navigation links ("Return to table of
 * contents", "… Homepage"), the copyright and "Last updated" lines, a contact or postal-address block, a "subscribe"
 * or "follow us" call, a disclaimer, the site's own name alone. Lines are read from each edge inward and the walk
 * stops at the first line of prose, so nothing in the middle of the article is cut; credits (来源/编辑/By …) stop it
 * too, since other modules read them off the body's last lines.
 */
import { bodyLines, removeLine, type BodyLine } from './body-lines';
import { isNav } from './nav-lines';
import { isSiteName } from './site-info';
import { datedCategory, isDateAlone, isDatedLabel, isDatedMetaLine } from './date-lines';
import {
  MAX_DEK,
  isDekUnder,
  isOpeningDek,
  hasProse,
  isAuthorLine,
  isDescriptionDek,
  isPictureCaption,
  inListAbove,
  isPictureCredit,
  metaFields,
  isSourceDateLine,
} from './opening-lines';
import { isStandfirst } from './standfirst';
import { parseViews } from './view-counter';
import { closingFields, signOff } from './closing-credits';
import { ARTICLE_INFO } from './credit-labels';
import { datedByline, isHeaderLine } from './header-lines';
import { isReleaseEnd, releaseTailStart } from './release-tail';
import { isFootNotice } from './foot-notices';
import { FULL_DATE } from '../detection/date-clues';
import { crumbList, isBreadcrumb, menuList } from './breadcrumb-lines';

/** A copyright notice, also inside a line ("Article text (excluding photos or graphics) © Imperial College London"). */
const COPYRIGHT =
  /^(?:©|\(c\)\s|copyright\b)|©\s*(?:\d{4}|\p{Lu})|all rights reserved|版权所有|版權所有|保留所有权利/iu;
const UPDATED =
  /^(?:last\s+(?:updated|modified|revised|update)|page\s+(?:last\s+)?(?:updated|modified)|updated\s+on|sidan\s+uppdaterades|最后更新|最後更新|最后修改|最後修改|zuletzt\s+(?:aktualisiert|geändert)|dernière mise à jour|última (?:actualización|atualização|modificación))/i;
const SUBSCRIBE =
  /\b(?:subscribe|subscription|sign up|newsletter)\b|订阅|訂閱|关注我们|關注我們|关注公众号|關注公眾號|abonnieren|abonnez|suscr[íi]b|inscreva|iscriviti/i;
const SOCIAL =
  /^https?:\/\/(?:[\w-]+\.)*(?:facebook|twitter|x|instagram|linkedin|youtube|weibo|tiktok|t\.me|telegram)\.com?\//i;
const CONTACT_LABEL =
  /^(?:contacts?|contact us|media contacts?|press contacts?|kontakt|pressekontakt|ansprechpartner(?:in)?|contacto|contato|联系我们|聯絡我們|聯繫我們)\s*[:：]?$/i;
/**
 * A labelled contact line closing a news release: "Contact: Gabrielle Maxey", "Media enquiries: …", "ADDITIONAL CONTACT:
 * …" (R186), 傳媒查詢：…, 媒体联络：…; Swedish sites' page owner (Sidansvarig: …, then Sidan uppdaterades: …; R222).
 */
const CONTACT_LINE =
  /^(?:(?:media|press|news|additional|other)\s+)?(?:contacts?|enquiries|inquiries)\s*[:：]\s*\S|^sidansvarig\s*:|^(?:傳媒查詢|傳媒查询|媒體查詢|媒体查询|傳媒聯絡|媒體聯絡|媒体联络|新聞聯絡|新闻联络|傳媒聯絡人|媒体联系人|新闻联系人)\s*[:：]/i;
/**
 * A reporter's bio box under the story (student papers, WordPress themes): "Emma Pitcher is a campus reporter for The
 * Daily Universe …", "Sofia Marquez covers Dwight Hall and public service": a name, then a journalist's role or beat,
 * or a communications office's ("… is associate director of communications at Lawrence University"; session 56, R191).
 */
const AUTHOR_BIO =
  /^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}\s+(?:(?:is|was)\s+(?:(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}(?:reporter|writer|journalist|editor|correspondent|contributor|columnist|intern|photographer|photojournalist)|(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+){0,2}(?:director|manager|officer|specialist)\s+of\s+(?:communications|media relations|news|public relations))\b|covers\s|reports on\s|writes (?:about|on)\s)/u;
/** A QR code's prompt ("扫一扫在手机打开当前页" under Chinese CMSs' articles), a share button's words (分享此頁). */
const QR_OR_SHARE =
  /^(?:扫一扫|掃一掃|扫描二维码|掃描二維碼|扫码|掃碼).{0,20}$|^.{0,10}(?:手机|手機)(?:打开|打開|浏览|瀏覽)(?:当前页|本页|當前頁|本頁)|^scan (?:the )?qr|^(?:share(?: this(?: page| story| article)?)?|tweet|e-?mail|print|teilen|twittern|mitteilen|partager|compartir|condividi|分享[到至]?(?:[此本][页頁文])?|转发|轉發|收藏)$/i;
/** A site's licence number (ICP备案, 公网安备), printed in every Chinese site's footer and never in an article. */
const LICENCE_NO = /ICP[备證证]|公网安备|公網安備/;
/** Taxonomy and comment links a blog or CMS prints under every post. */
const TAGS_OR_COMMENTS =
  /^(?:tags?|categories|category|filed under|posted in|topics|keywords|schlagwörter|schlagworte|etiquetas|mots-clés|标签|標籤|关键词|關鍵詞|关键字|關鍵字)\s*[:：]|^(?:leave a (?:comment|reply)|no comments|\d+ comments?|comments? \(\d+\)|add a comment|post a comment|schreibe einen kommentar|laisser un commentaire|deja un comentario|发表评论|發表評論|我要评论|我要評論)$/i;
/** Credits and sources other modules read off the body's last lines: the walk stops at them. */
const CREDIT =
  /^[（(【[]?\s*(?:by\b|photos?\s*(?:by\b|credits?\b|[:：/])|article by|written by|text\b|story by|作者|文字|文\s*[/／:：]|图\s*[/／:：]|摄影|攝影|编辑|編輯|责编|責編|责任编辑|責任編輯|审核|審核|来源|來源|供稿|记者|記者|撰稿|通讯员|通訊員)/i;

/**
 * An entry of a release's media contacts: a name and office, then a labelled phone number or an e-mail address ending
 * the line ("Rhiannon Pytlik, Media Officer, The University of Adelaide. Phone: +61 8 8313 3173").
 */
const CONTACT_ENTRY =
  /(?:phone|mobile|mob|tel|telephone|cell|e-?mail|电话|電話|手机|手機)\.?\s*[:：]?\s*(?:\+?[\d(][\d\s().\-/]{6,}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$/i;

const EMAIL = /^(?:e-?(?:mail|post)\s*[:：]?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/i;
const URL_LINE = /^(?:https?:\/\/|www\.)\S+$/i;
/** A link to where the story first ran (原文链接：https://…, a press cutting's source; session 49, R126). */
const ORIGINAL_LINK =
  /^(?:原文链接|原文鏈接|原文地址|原文网址|原文網址|原文|Original (?:article|story|link)|Source link)\s*[:：]\s*(?:https?:\/\/|www\.)\S+$/i;
const PHONE = /^(?:(?:tel|phone|fax|telephone|telefon|电话|電話|传真|傳真)\.?\s*[:：]?\s*)?\+?[\d(][\d\s().\-/]{6,}$/i;
const POSTCODE =
  /\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b|\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b|(?:邮编|郵編|邮政编码|郵政編碼)\s*[:：]?\s*\d{6}/;

type Kind = 'furniture' | 'contact' | 'stop';

/**
 * `last`: the body's last line, or one over nothing but address and phone lines: where the site's name alone is the
 * site's, not a signature's.
 */
function kindOf(line: BodyLine, siteNames: readonly string[], last: boolean): Kind {
  const t = line.text;
  if (CREDIT.test(t)) return 'stop';
  if (isNav(line)) return 'furniture';
  if (t.length <= 200 && COPYRIGHT.test(t)) return 'furniture';
  if (t.length <= 100 && UPDATED.test(t) && /\d/.test(t)) return 'furniture';
  if (
    t.length <= 160 &&
    SUBSCRIBE.test(t) &&
    (line.links.length > 0 || /click|tap|点击|點擊|扫码|掃碼|二维码/i.test(t))
  )
    return 'furniture';
  if (t.length <= 300 && line.links.filter((a) => SOCIAL.test(a.getAttribute('href') ?? '')).length >= 2)
    return 'furniture';
  if (CONTACT_LABEL.test(t) || (t.length <= 300 && CONTACT_LINE.test(t))) return 'furniture';
  if (t.length <= 300 && AUTHOR_BIO.test(t)) return 'furniture';
  if (isFootNotice(t)) return 'furniture';
  if (t.length <= 40 && QR_OR_SHARE.test(t)) return 'furniture';
  if (isDatedLabel(t)) return 'furniture';
  if (t.length <= 200 && (LICENCE_NO.test(t) || TAGS_OR_COMMENTS.test(t))) return 'furniture';
  // A view counter alone ("点击次数：123", "812 views"): the page's counter is read from the page, not the body.
  if (t.length <= 30 && parseViews(t) !== null) return 'furniture';
  if (t.length <= 300 && ORIGINAL_LINK.test(t)) return 'furniture';
  if (last && isSiteName(t, siteNames)) return 'furniture';
  if (isAddressFooter(t, siteNames)) return 'furniture';
  if (t.length <= 80 && (EMAIL.test(t) || URL_LINE.test(t) || PHONE.test(t) || POSTCODE.test(t))) return 'contact';
  if (t.length <= 200 && CONTACT_ENTRY.test(t)) return 'contact';
  // A short line that ends no sentence: an address line, a name, a rule of symbols; passed over, cut only below
  // furniture found above it.
  if (t.length <= 50 && !/[.!?。！？…:：;；]$/.test(t) && !/^[（(【[]/.test(t)) return 'contact';
  return 'stop';
}

/**
 * The site's name, address and phone run into one footer line ("Baruch College | 55 Lexington Avenue …, NY 10010 |
 * 646-312-1000"; session 55, R180): the block session 38 cut, printed as fields.
 */
function isAddressFooter(t: string, siteNames: readonly string[]): boolean {
  if (t.length > 200) return false;
  const [name, ...rest] = t.split(/\s+[|·•]\s+/u);
  return !!rest.length && isSiteName(name!, siteNames) && rest.some((f) => POSTCODE.test(f) || PHONE.test(f));
}

/** A skip link's or landmark's words (Taiwan's ::: anchor), which Readability keeps as the body's first line. */
const SKIP_LINK =
  /^(?:skip to (?:the )?(?:main )?content|skip navigation|jump to (?:main )?content|main content|hauptinhalt|zum (?:haupt)?inhalt(?: springen)?|aller au contenu(?: principal)?|contenu principal|ir al contenido(?: principal)?|contenido principal|vai al contenuto(?: principale)?|跳转到主要内容|跳到主要内容|跳至主要內容|跳到主要內容|:::)$/i;

/** Text that opens a page's content and is neither headline, subtitle nor article: a breadcrumb, a skip link. */
export function isPageChrome(text: string): boolean {
  return isBreadcrumb(text) || SKIP_LINK.test(text);
}

/** A news release's embargo line: "FOR IMMEDIATE RELEASE", with or without its date. */
const RELEASE_LINE = /^(?:for immediate release|for release|embargoed until)\b/i;
export const isReleaseLine = (t: string): boolean => t.length <= 80 && RELEASE_LINE.test(t);
/** A byline printed above the text, alone or run into the date ("by Hayley Dunning08 October 2026"): never prose. */
// Malay and Indonesian "Oleh", a photo credit with no colon (Oleh …⏎Foto Muhammad Aiman Rosli), a credit's word before
// "by" ("Story by Alexis Brandt⏎Photography by Chris Delacroix"; sessions 50 and 52).
const BYLINE_LINE =
  /^(?:(?:Story|Words|Text|Written|Reporting|Photos?|Photography|Video|Images?)\s+by|by|Oleh|(?:Fotos?|Photos?)(?=\s+\p{Lu}\p{Ll}+\s+\p{Lu}))\s+\p{Lu}[^.!?。]{2,78}$/u;

/** What opens a body and is not the article: a breadcrumb, a skip link, a labelled date, a line of site links. */
function isOpeningFurniture(line: BodyLine): boolean {
  const t = line.text;
  return (
    isPageChrome(t) ||
    ARTICLE_INFO.test(t) ||
    isDatedLabel(t) ||
    isNav(line) ||
    isReleaseLine(t) ||
    isDateAlone(t) ||
    datedCategory(line) ||
    isAuthorLine(line) ||
    (t.length <= 80 && BYLINE_LINE.test(t)) ||
    // A labelled credit in any language credit-labels.ts reads ("Texto: Mariana Teixeira", then "Arte: …"; session 54);
    // a "By" line is BYLINE_LINE's (one linked to its author stays).
    (t.length <= 80 && /^\p{L}[\p{L} ]{0,20}[:：]/u.test(t) && !!signOff(t)) ||
    datedByline(t) ||
    isHeaderLine(t) ||
    isFieldLine(t) ||
    isPictureCredit(t) ||
    isDatedMetaLine(t, metaFields)
  );
}

/**
 * A meta list's entry opening the body (發布單位：秘書室 / 點閱次數：1,204, as Taiwan's and many Chinese templates
 * print it in a list Readability keeps): a source's field alone, or a view counter alone. They repeat what the meta
 * reader takes from the page (source, views): the article's first paragraph is below them.
 */
const isFieldLine = (t: string): boolean => {
  if ((t.length <= 30 && parseViews(t) !== null) || isSourceDateLine(t)) return true;
  // Credits stay: a credit line opening the text (【文/观察者网专栏作者王文】) is the article's, as the corpus labels it;
  // beside a meta line's date or counter they are its fields (文：… 来源：… 2024-12-03 浏览次数：3581; session 56, R197).
  const f = closingFields(t);
  return !!f && ((!f.byline.length && !!f.source) || FULL_DATE.test(t.toLowerCase()) || parseViews(t) !== null);
};

/** A byline or date line, under which a header ends. */
const signsHeader = (t: string): boolean =>
  isDatedLabel(t) ||
  isDateAlone(t) ||
  isDatedMetaLine(t, metaFields) ||
  (t.length <= 80 && SIGNED_LINE.test(t)) ||
  isHeaderLine(t) ||
  isFieldLine(t);
const SIGNED_LINE = /^[Bb]y\s+\p{Lu}[^.!?。]{2,78}$/u;

/** Lines looked at from each edge at most. */
const MAX_EDGE_LINES = 15;
/** Share of the body's text the closing furniture may take at most: more means the walk misread the page. */
const MAX_SHARE = 0.3;
const MAX_MARKED_SHARE = 0.5;

/** The lines taken off the body's start, and the standfirst among them (the clip's excerpt). */
export interface OpeningLines {
  lines: string[];
  dek: string | null;
  /** The closing lines removed (a release's tail may print its writer: "Writer/Media contact: …"). */
  closing: string[];
}

/**
 * Removes the furniture at both edges of the body. `siteNames`: the site's and its institution's names; `kickers`: the
 * labels printed above the headline; `captions`: what the page prints under its pictures. Returns the opening lines
 * removed, for the credits printed among them.
 */
export function removeEdgeFurniture(
  root: Element,
  siteNames: readonly string[] = [],
  description: string | null = null,
  standfirsts: readonly string[] = [],
  kickers: readonly string[] = [],
  captions: ReadonlySet<string> = new Set(),
): OpeningLines {
  const lines = bodyLines(root);
  let head = crumbList(lines) || menuList(lines);
  let dek: string | null = null;
  const takeDek = () => {
    dek ??= lines[head]!.text;
    head++;
  };
  if (isDescriptionDek(lines, head, description)) takeDek();
  let headMax = Math.min(head + 5, lines.length - 1);
  for (;;) {
    for (;;) {
      // The label printed above the headline (headline-frame.ts kickerAbove), a picture's caption, open no text.
      const line = lines[head]!;
      const opens = () =>
        isOpeningFurniture(line) || isPictureCaption(lines, head, captions, description) || inListAbove(lines, head);
      // A site's menu under a skip link (Skip to content⏎Apply⏎Give⏎Calendar; R246) too, its lines not counted (R262).
      const menu = head && head < headMax ? menuList(lines.slice(head)) : 0;
      if (menu) headMax = Math.min((head += menu) + 5, lines.length - 1);
      else if (head < headMax && (opens() || kickers.includes(line.text))) head++;
      // A standfirst in an element the page names as one (standfirst.ts), wherever the header's lines put it.
      else if (head < headMax && isStandfirst(lines, head, standfirsts) && hasProse(lines.slice(head + 1))) takeDek();
      else break;
    }
    // A dek over the header's byline or date line (Drupal's field order: type, title, subhead, byline, date) is the
    // header's too: one short line, then that line.
    const next = lines[head + 1];
    // Never the story's only prose (a teaser page: kicker, teaser, "Auteur : …"; session 42, DW).
    const header = head + 1 < headMax && !!next && lines[head]!.text.length <= MAX_DEK && signsHeader(next.text);
    if (!header || !hasProse(lines.slice(head + 2))) break;
    takeDek();
    head++;
  }
  // A subtitle printed under that date or byline line (Drupal's date, then subtitle): a line that ends no sentence,
  // between the header's line and the first sentence of the text.
  const under = lines[head];
  const signed = head > 0 && signsHeader(lines[head - 1]!.text);
  // Or the body's first line, when it is a long phrase (isOpeningDek).
  const next = lines[head + 1]?.text;
  if (under && ((signed && isDekUnder(under.text, next)) || (head === 0 && isOpeningDek(under.text, next)))) takeDek();
  let cut = lines.length;
  // The site's name is the site's as the last line, or over nothing but its address, phone and furniture (a footer:
  // "California State University, Fullerton⏎800 N. State College Blvd. …⏎657-278-2011"; session 38, R32).
  // An author's signature over a link line ("Example University⏎Return to table of contents") is no such block.
  let below: Kind | null = null;
  for (let i = lines.length - 1; i >= Math.max(head + 1, lines.length - MAX_EDGE_LINES); i--) {
    const kind = kindOf(lines[i]!, siteNames, below === null || below === 'contact');
    below = kind;
    if (kind === 'stop') break;
    if (kind === 'furniture') cut = i;
    // A bio box's heading is the name its text opens with.
    const above = lines[i - 1];
    if (
      kind === 'furniture' &&
      above &&
      above.text.length <= 40 &&
      AUTHOR_BIO.test(lines[i]!.text) &&
      lines[i]!.text.startsWith(`${above.text} `)
    )
      cut = --i;
  }
  cut = releaseTailStart(lines, Math.max(head + 1, lines.length - MAX_EDGE_LINES), cut);
  const total = lines.reduce((n, l) => n + l.text.length, 0);
  const tail = lines.slice(cut).reduce((n, l) => n + l.text.length, 0);
  // Under a release's end mark ("- 完 -") the press's notes may outweigh a short story (session 58, R204).
  const share = cut < lines.length && isReleaseEnd(lines[cut]!.text) ? MAX_MARKED_SHARE : MAX_SHARE;
  const closing = tail <= total * share ? lines.slice(cut) : [];
  for (const line of [...lines.slice(0, head), ...closing]) removeLine(root, line);
  return { lines: lines.slice(0, head).map((l) => l.text), dek, closing: closing.map((l) => l.text) };
}
