/**
 * The pure half of detection on page load: which loaded tabs the background looks at, what their address and
 * <title> settle without touching the page, and the badge the detector's result asks for.
 */
import { judgeWalk } from '../../utils/detection/detect-article';
import { summarizeWalk, withChecks } from '../../utils/detection/page-walk';
import { evidenceInWindows, headlineLooks } from '../../utils/detection/headline-region';
import { notArticleAddress, notArticleTitle } from '../../utils/detection/page-kind';
import { isUniversityHost } from '../../utils/detection/university-hosts';
import { isDetectorFacts } from '../../utils/platform/protocol';

/** A tab as tabs.onUpdated gives it: url and title only on hosts the extension holds a permission for. */
export interface SeenTab {
  url?: string;
  title?: string;
}

export interface LoadPlan {
  url: string;
  host: string;
  /** false: under an academic suffix (always granted); true: elsewhere, only on a listed university or extra site the user granted. */
  needsGrant: boolean;
  /** Why the address or <title> already says "not an article"; null: inject the detector and ask the page. */
  settled: string | null;
}

/** What to do with a tab that finished loading, or null to leave it alone (no address visible, or not http(s)). */
export function planLoad(tab: SeenTab): LoadPlan | null {
  let u: URL;
  try {
    u = new URL(tab.url ?? '');
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  const host = u.hostname.replace(/\.$/, '').toLowerCase();
  const builtIn = isUniversityHost(host);
  // A page without a <title> shows its address as the tab's title; that says nothing about the page.
  const title = tab.title && !u.href.includes(tab.title) ? tab.title : '';
  return { url: u.href, host, needsGrant: !builtIn, settled: notArticleAddress(u) ?? notArticleTitle(title) };
}

/**
 * The badge text the detector's result asks for (`label` on an article, '' otherwise), judged here as
 * detectPastAddress would on the page: the page's own <title>, then the quick verdict on the text after the headline,
 * then the walk. Null when the result is malformed or read another address than the one planned on (the tab moved
 * on; its own load reports).
 */
export function badgeFor(result: unknown, plannedUrl: string, label: string, now: Date): string | null {
  if (!isDetectorFacts(result) || result.href !== plannedUrl) return null;
  const { walk, title, meta, windows } = result;
  const looks = headlineLooks(title);
  if (windows.length !== looks.length) return null;
  if (notArticleTitle(title)) return '';
  if (evidenceInWindows(looks, windows, now)) return label;
  return judgeWalk(withChecks(summarizeWalk(walk), now), title, () => meta, new URL(plannedUrl), now).isArticle
    ? label
    : '';
}
