// What the status line says about a job, in words and with counts in the right plural form.
import './i18n-stub';
import { describe, expect, it } from 'vitest';
import { jobStatus } from '../../hooks/use-jobs';
import type { JobRecord } from '../../utils/clip/job-store';

const job = (over: Partial<JobRecord>): JobRecord => ({
  id: 'j',
  kind: 'import',
  label: 'backup.json',
  state: 'running',
  startedAt: '2026-01-01T00:00:00.000Z',
  seen: false,
  ...over,
});

describe('jobStatus', () => {
  it("counts an import's progress in the right plural form", () => {
    expect(jobStatus(job({ progress: { written: 1, percent: 5 } })).text).toBe('Importing… 1 article written (5 %).');
    expect(jobStatus(job({ progress: { written: 1500, percent: 40 } })).text).toBe(
      'Importing… 1,500 articles written (40 %).',
    );
  });
});
