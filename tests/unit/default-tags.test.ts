// Default tags (options page): every new clip gets them, in the same write as the article; a re-clip leaves the
// tags as the user left them.
import 'fake-indexeddb/auto';
import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type ClipsDb } from '../../utils/collection/db';
import { openJobsDb, type JobsDb } from '../../utils/clip/job-store';
import { doWork } from '../../utils/clip/job-work';
import { parseTags } from '../../utils/clip/default-tags';
import { removeTags } from '../../utils/collection/store';
import { draft } from './factories';

const win = new JSDOM('').window as unknown as Window;
let db: ClipsDb;
let jobs: JobsDb;
let n = 0;
beforeEach(() => {
  db = openDb(`default-tags-${n}`);
  jobs = openJobsDb(`default-tags-jobs-${n++}`);
});
afterEach(async () => {
  await db.delete();
  await jobs.delete();
});

const save = async (jobId: string, defaultTags?: string[]) => {
  await jobs.jobs.put({ id: jobId, kind: 'clip', label: '', state: 'running', startedAt: '', seen: false });
  await doWork(
    { kind: 'save', jobId, draft: draft(1, { textContent: '正文 王树国' }), watchList: '王树国', defaultTags },
    db,
    jobs,
    win,
  );
  return jobs.jobs.get(jobId);
};

describe('parseTags', () => {
  it.each([
    ['', []],
    ['校园新闻', ['校园新闻']],
    ['校园新闻, research ,，待读、 待读\n科研', ['校园新闻', 'research', '待读', '科研']],
    [' , ，\n', []],
  ])('%j → %j', (text, tags) => expect(parseTags(text)).toEqual(tags));
});

describe('a clip with default tags', () => {
  it('a new article gets them after the watch-list tags, and the job reports the tagged article', async () => {
    const job = await save('j1', ['待读', '校园']);
    const [stored] = await db.articles.toArray();
    expect(stored!.tags).toEqual(['王树国', '待读', '校园']);
    expect(job?.clip?.ok && job.clip.article.tags).toEqual(['王树国', '待读', '校园']);
    // The card the list shows carries them too (written with the article).
    expect((await db.cards.toArray())[0]?.tags).toEqual(['王树国', '待读', '校园']);
  });

  it('none set: only the watch-list tags', async () => {
    await save('j1');
    expect((await db.articles.toArray())[0]!.tags).toEqual(['王树国']);
  });

  it('a re-clip does not bring back a default tag the user removed', async () => {
    await save('j1', ['待读']);
    const [first] = await db.articles.toArray();
    await removeTags(db, first!.id, ['待读']);
    const job = await save('j2', ['待读']);
    expect(job?.clip?.ok && job.clip.created).toBe(false);
    expect((await db.articles.toArray()).map((a) => a.tags)).toEqual([['王树国']]);
  });
});
