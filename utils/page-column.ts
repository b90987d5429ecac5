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
  return links.length ? links : text.split(SEPARATOR).map((s) => s.trim()).filter(Boolean);
}

export function pageColumn(doc: Document, headline: string): string | null {
  const candidates = [
    ...doc.querySelectorAll('nav[aria-label*="readcrumb" i], [class*="breadcrumb" i], [id*="breadcrumb" i], [class*="crumb" i]'),
    ...[...doc.querySelectorAll('div, p, span, td, nav')].filter((el) => TRAIL_LABEL.test(el.textContent?.trim() ?? '') && (el.textContent?.length ?? 0) < 200),
  ];
  for (const el of candidates) {
    const segments = trailSegments(el).filter((s) => !NOT_A_COLUMN.test(s) && s !== headline && s.length <= 20);
    if (segments.length) return segments.at(-1)!;
  }
  return null;
}
