/**
 * Which job's news an open page (popup, library tab, options page) tells, so that each window shows its own:
 * - a job this page started: its progress and its end, before anything else;
 * - a job that was running when the page opened (an import begun in a popup since closed, a clip whose popup
 *   closed at once): followed like its own until the page starts one, its end told plainly;
 * - a job that ended before this page opened, that no page has shown: "While this window was closed"; one that
 *   began before and ended after (before the page first looked) is told as a followed one;
 * - any other job (begun in another window while this page was open) is that window's news, not this one's.
 */
import type { JobRecord } from './job-store';

/** What one page knows of the jobs it has seen. */
export interface JobWatch {
  /** When the page opened (epoch ms). */
  openedAt: number;
  /** Jobs the page started. */
  mine: Set<string>;
  /** Jobs started elsewhere that the page shows as if its own. */
  followed: Set<string>;
  /** Jobs the page has decided about: an end told or left to another window, a job not to follow, one never begun. */
  settled: Set<string>;
  /** The running job and progress last told, so an unrelated change of the records says nothing again. */
  lastProgress: string;
}

export const newJobWatch = (openedAt: number): JobWatch => ({
  openedAt,
  mine: new Set(),
  followed: new Set(),
  settled: new Set(),
  lastProgress: '',
});

/** The page starts a job: from now on its own are the jobs it shows (another window's no longer replace them). */
export function startedHere(w: JobWatch, id: string): void {
  w.mine.add(id);
  for (const f of w.followed) w.settled.add(f);
  w.followed.clear();
}

export interface JobNews {
  /** The job whose status to show now, and whether it ended before this page opened ("while away"); or null. */
  tell: { job: JobRecord; away: boolean } | null;
  /** Jobs whose end has now been shown to the user (their records are marked seen). */
  seen: string[];
}

const endedBefore = (j: JobRecord, t: number) => Date.parse(j.finishedAt ?? j.startedAt) < t;

/** Decide what the page says after the jobs' records (oldest first) changed; updates the page's watch. */
export function jobNews(records: JobRecord[], w: JobWatch): JobNews {
  const told: { job: JobRecord; away: boolean }[] = [];
  for (const j of records) {
    if (w.settled.has(j.id) || w.mine.has(j.id) || w.followed.has(j.id)) {
      if (j.state === 'done' && !w.settled.has(j.id)) told.push({ job: j, away: false });
    } else if (j.state === 'running') {
      // Begun elsewhere before this page opened (its popup since closed): followed. Begun after: that window's.
      if (Date.parse(j.startedAt) < w.openedAt && !w.mine.size) w.followed.add(j.id);
      else w.settled.add(j.id);
    } else if (!j.seen && endedBefore(j, w.openedAt)) told.push({ job: j, away: true });
    // Begun before the page opened, ended before its first look (a job the background found cut off as it started):
    // told as a followed one would be.
    else if (!j.seen && Date.parse(j.startedAt) < w.openedAt && !w.mine.size) told.push({ job: j, away: false });
    if (j.state === 'done') w.settled.add(j.id);
  }
  if (told.length) {
    const own = told.filter((n) => w.mine.has(n.job.id));
    const followed = told.filter((n) => !n.away);
    return { tell: (own.at(-1) ?? followed.at(-1) ?? told.at(-1))!, seen: told.map((n) => n.job.id) };
  }
  const shown = records.filter((j) => j.state === 'running' && (w.mine.has(j.id) || w.followed.has(j.id)));
  const running = shown.filter((j) => w.mine.has(j.id)).at(-1) ?? shown.at(-1);
  const progress = running ? `${running.id} ${running.progress?.written} ${running.progress?.percent}` : '';
  if (!running || progress === w.lastProgress) return { tell: null, seen: [] };
  w.lastProgress = progress;
  return { tell: { job: running, away: false }, seen: [] };
}
