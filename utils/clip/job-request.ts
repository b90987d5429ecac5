/**
 * What the popup sends the background to start a job. Its own module, apart from the runner: the popup imports
 * only this, so its bundle does not pull in the runner's extraction, sanitizer and name rules (utils/clip/job-runner.ts).
 */

/** What the popup sends to start a job (the import's file is already in the jobs database under `id`). */
export type JobRequest =
  | { id: string; kind: 'clip'; tabId: number | null; selection?: boolean }
  | { id: string; kind: 'clip-url'; url: string }
  | { id: string; kind: 'import'; label: string };

export const JOB_MESSAGE = 'cnc:job';

export function isJobMessage(m: unknown): m is { type: typeof JOB_MESSAGE; request: JobRequest } {
  return !!m && typeof m === 'object' && (m as { type?: unknown }).type === JOB_MESSAGE;
}
