/**
 * The site's column an article sits in (交大要闻, "Climate"), read from the breadcrumb the page prints:
 * 当前位置：首页 >> 交大要闻 >> 正文, an element marked as a breadcrumb, or "News › Climate" above the headline.
 * Offered as a tag at clip time; never exported on its own.
 */
const TRAIL_LABEL = /^(?:当前位置|您现在的位置|您的位置|现在位置|所在位置|位置)\s*[:：]?/;
const SEPARATOR = /\s*(?:>>|»|›|>|→|\/|\|)\s*/;
const NOT_A_COLUMN = /^(?:首页|主页|网站首页|正文|内容|详情|详细内容|文章|Home|Index|Article|Story)$/i;

function trailSegments(el: Element): string[] {
  const links = [...el.querySelectorAll('a')].map((a) => a.textContent?.trim() ?? '').filter(Boolean);
  const text = (el.textContent ?? '').replace(TRAIL_LABEL, '').trim();
  return links.length
    ? links
    : text
        .split(SEPARATOR)
        .map((s) => s.trim())
        .filter(Boolean);
}

/** The element holding a "当前位置：" trail: found from its text nodes, one cheap pass (never each element's textContent). */
function labelledTrail(doc: Document): Element | null {
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (TRAIL_LABEL.test((n as Text).data.trimStart())) {
      const el = n.parentElement;
      // The label may sit in its own <span>; the trail is then its parent.
      const labelOnly = el && !(el.textContent ?? '').trim().replace(TRAIL_LABEL, '').trim();
      return labelOnly && el.parentElement ? el.parentElement : el;
    }
  }
  return null;
}

/**
 * Each breadcrumb candidate's segments that could name a column (no "首页"/"正文", none too long), in the order they are
 * tried: read from the intact page before the headline is final (a page without one takes Readability's title).
 */
export function breadcrumbTrails(doc: Document): string[][] {
  const trail = labelledTrail(doc);
  const candidates = [
    ...doc.querySelectorAll('nav[aria-label*="crumb" i], [class*="crumb" i], [id*="crumb" i]'),
    ...(trail && (trail.textContent?.length ?? 0) < 300 ? [trail] : []),
  ];
  return candidates.map((el) => trailSegments(el).filter((s) => !NOT_A_COLUMN.test(s) && s.length <= 20));
}

/** The column: the last segment of the first trail that names one besides the headline. */
export function columnOf(trails: readonly string[][], headline: string): string | null {
  for (const trail of trails) {
    const segments = trail.filter((s) => s !== headline);
    if (segments.length) return segments.at(-1)!;
  }
  return null;
}

export function breadcrumbColumn(doc: Document, headline: string): string | null {
  return columnOf(breadcrumbTrails(doc), headline);
}
