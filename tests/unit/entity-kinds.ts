import { findEntities } from '../../utils/entities/find-entities';
import type { EntityKind } from '../../utils/model/article';

/** The texts of the names of one kind that findEntities finds in `text`: what the names' unit tests compare. */
export const namesOfKind = (text: string, kind: EntityKind, lang?: string): string[] =>
  findEntities(text, lang ? { lang } : undefined)
    .filter((e) => e.kind === kind)
    .map((e) => e.text);

/** The people found in `text` on a page in `lang`, sorted: what the unseen-page people tests compare. */
export const peopleIn = (text: string, lang: string): string[] => namesOfKind(text, 'person', lang).sort();

/** The programmes found in `text` on a page in `lang`, sorted: what the unseen-page programme tests compare. */
export const programsIn = (text: string, lang: string): string[] => namesOfKind(text, 'program', lang).sort();
