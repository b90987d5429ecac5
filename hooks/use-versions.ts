/** The earlier versions of the article open in the reader, oldest first; read only while it is open. */
import type { ArticleVersion } from '../utils/model/article';
import type { ClipsDb } from '../utils/collection/db';
import { plainVersion, versionsOf } from '../utils/collection/versions';
import { useCallback } from 'preact/hooks';
import { useLiveQuery } from './use-live-query';

const NONE: ArticleVersion[] = [];

export function useVersions(db: ClipsDb, id: string | null): ArticleVersion[] {
  return useLiveQuery(
    useCallback(async () => (id ? (await versionsOf(db, id)).map(plainVersion) : NONE), [db, id]),
    NONE,
  );
}
