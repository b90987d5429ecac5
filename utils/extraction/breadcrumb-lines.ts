/**
 * Breadcrumbs printed in the body's first lines: a trail from the home page's name, a "you are here" label, or a list
 * of crumb links one a line. Split from edge-furniture.ts, whose opening walk removes them.
 */
import { linkShare, type BodyLine } from './body-lines';

/** A breadcrumb: the home page's name, or a "you are here" label, then a trail of separators. */
const HOME =
  '(?:Home|Homepage|Home page|Start|Startseite|Accueil|Inicio|Início|Inizio|首页|首頁|主页|主頁|网站首页|網站首頁)';
const SEP = '(?:\\s*(?:>>|->|[>›»→/|])\\s*)';
const CRUMB_FROM_HOME = new RegExp(`^${HOME}${SEP}\\S`, 'iu');
const CRUMB_LABEL =
  /^(?:当前位置|您的位置|您现在的位置|你的位置|现在位置|當前位置|您的位置|目前位置|現在位置|You are here|Location|Sie sind hier|Vous êtes ici|Usted está aquí)\s*[:：]/iu;

/** Whether a line is a breadcrumb ("Home > Programs > …", "首页 > 新闻 >", "当前位置：…"). */
export function isBreadcrumb(text: string): boolean {
  return text.length <= 200 && (CRUMB_FROM_HOME.test(text) || CRUMB_LABEL.test(text));
}

const HOME_ALONE = new RegExp(`^${HOME}$`, 'iu');
/** A link to a site's root ("https://www.uq.edu.au/", "/"): the home page, whatever its words ("UQ home"). */
const ROOT = /^(?:https?:\/\/[^/?#]+\/?|\/)$/i;
const toRoot = (line: BodyLine): boolean =>
  line.links.length === 1 && ROOT.test(line.links[0]!.getAttribute('href') ?? '') && line.text.length <= 30;
/**
 * A breadcrumb printed as a list, one crumb a line: the home page's link (by its word, or a short link to the site's
 * root followed by more links; session 42, R58), then the trail's links. Its length.
 */
export function crumbList(lines: readonly BodyLine[]): number {
  const first = lines[0];
  if (!first || linkShare(first) < 0.9) return 0;
  const second = lines[1];
  if (!HOME_ALONE.test(first.text) && !(toRoot(first) && second && linkShare(second) >= 0.9)) return 0;
  let n = 1;
  while (n < 8 && n < lines.length - 1 && lines[n]!.text.length <= 60 && linkShare(lines[n]!) >= 0.9) n++;
  // The current page's crumb, printed without a link in the same list ("Home / … / 2025 / March"; session 42, R56).
  const list = (line: BodyLine | undefined) => line?.nodes[0]?.parentElement?.closest('li')?.parentElement;
  const last = lines[n];
  if (last && n < lines.length - 1 && last.text.length <= 60 && list(last) && list(last) === list(lines[n - 1])) n++;
  return n;
}

/**
 * A section menu Readability keeps over the text (News Home / News Releases / UW in the News …; session 58, R204):
 * three or more items of one list at the body's start, each a short link alone. Its length.
 */
export function menuList(lines: readonly BodyLine[]): number {
  const list = (line: BodyLine) => line.nodes[0]?.parentElement?.closest('li')?.parentElement ?? null;
  const first = lines[0] && list(lines[0]);
  let n = 0;
  while (
    first &&
    n < lines.length - 1 &&
    lines[n]!.text.length <= 60 &&
    lines[n]!.links.length === 1 &&
    linkShare(lines[n]!) >= 0.9 &&
    list(lines[n]!) === first
  )
    n++;
  return n >= 3 ? n : 0;
}
