/**
 * A page's breadcrumb read from the walk's short lines (judged in the background, never on the page): detection
 * reads the columns it names (师资队伍, 专业介绍 are standing pages, not news). Extraction reads breadcrumbs from the
 * DOM itself (utils/extraction/breadcrumb-column.ts); the detector's bundle carries none of that.
 */

// Where a breadcrumb starts: its label (当前位置：, 您现在的位置：) or the site's home as its first link (首页, 网站首页).
const TRAIL_LABEL = /位置\s*[:：]/;
const TRAIL_HOME = /^\S{0,4}(?:首页|首頁|主页|主頁)$/;
// What separates a breadcrumb's links: a line of its own (>, >>, », →), or opening or closing a neighbour ("> 正文").
// Not | / · -, which menus print between their items too.
const TRAIL_SEP = /^[>»›→＞]+$/;
const SEP_START = /^[>»›→＞]/;
const SEP_END = /[>»›→＞]$/;
// A column's name, when a labelled breadcrumb prints no separator (WebPlus draws it in CSS): short, no date or colon.
const BARE_ITEM = /^[^\d:：,，。]{1,10}$/;
/** Links a breadcrumb holds at most (首页 > 学院 > 栏目 > 子栏目 > 正文). */
const TRAIL_ITEMS = 6;

/**
 * The breadcrumb among the page's short lines (in document order, links included): its label or home link, then
 * links joined by separators, up to the first line that no separator joins (the headline, the menu's next item).
 */
export function breadcrumb(short: string[]): string {
  for (let i = 0; i < short.length; i++) {
    const first = short[i]!;
    const label = TRAIL_LABEL.test(first);
    if (!label && !TRAIL_HOME.test(first)) continue;
    const items = [first];
    // A label is followed by the first link; a home link by a separator (else it is a menu's first item).
    let joined = (label && /[:：]\s*$/.test(first)) || SEP_END.test(first);
    let bare = label;
    for (let j = i + 1; j < short.length && items.length <= TRAIL_ITEMS; j++) {
      const line = short[j]!;
      if (TRAIL_SEP.test(line)) {
        joined = true;
        bare = false;
        continue;
      }
      if (!joined && !SEP_START.test(line) && !(bare && BARE_ITEM.test(line))) break;
      items.push(line);
      joined = SEP_END.test(line);
    }
    if (items.length > 1) return items.join(' > ');
  }
  return '';
}
