/**
 * The pure half of detection on page load: which loaded tabs the background looks at, what their address and
 * <title> settle without touching the page, what the headline read settles, and the badge an injection's result
 * asks for.
 */
import { judgeWalk } from '../../utils/detection/detect-article';
import { summarizeWalk, withChecks } from '../../utils/detection/page-walk';
import { evidenceInWindows, headlineLooks, type HeadlineLook } from '../../utils/detection/headline-region';
import { notArticleAddress, notArticleTitle } from '../../utils/detection/page-kind';
import { isUniversityHost } from '../../utils/detection/university-hosts';
import { isDetectorFacts, isHeadlineRead } from '../../utils/platform/protocol';

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
  /** The tab's <title> ('' when it is only the address): the looks the first read is sent are made from it. */
  title: string;
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
  return { url: u.href, host, needsGrant: !builtIn, settled: notArticleAddress(u) ?? notArticleTitle(title), title };
}

/** What a headline read settles: the badge text, the walk to inject, or the looks to read again. */
export type AfterRead = { badge: string } | { walk: true } | { readAgain: HeadlineLook[] };

/**
 * What the headline read (readHeadline's value, read for `looks`) settles: the same verdict as
 * detectPastAddress's error-title test and quick verdict, run here on what the page returned. The looks are
 * remade from the page's own <title>, and read again when the tab's title gave other ones. Null: malformed, or
 * another address than the one planned on (the tab moved on; its own load reports).
 */
export function afterHeadlineRead(
  result: unknown,
  plannedUrl: string,
  looks: HeadlineLook[],
  label: string,
  now: Date,
): AfterRead | null {
  const lengths = looks.map((l) => l.length);
  if (!isHeadlineRead(result, lengths) || result.href !== plannedUrl) return null;
  if (notArticleTitle(result.title)) return { badge: '' };
  const own = headlineLooks(result.title);
  if (own.length !== looks.length || own.some((l, i) => l.key !== looks[i]!.key || l.length !== looks[i]!.length))
    return { readAgain: own };
  return evidenceInWindows(own, result.windows, now) ? { badge: label } : { walk: true };
}

/**
 * The badge text the walk's result asks for (`label` on an article, '' otherwise), judged here as detectByWalk
 * would on the page, or null when the result is malformed or read another address than the one planned on (the
 * tab moved on; its own load reports).
 */
export function badgeFor(result: unknown, plannedUrl: string, label: string, now: Date): string | null {
  if (!isDetectorFacts(result) || result.href !== plannedUrl) return null;
  const { walk, title, meta } = result;
  return judgeWalk(withChecks(summarizeWalk(walk), now), title, () => meta, new URL(plannedUrl), now).isArticle
    ? label
    : '';
}
