import { findEntities } from '../../utils/entities/find-entities';
import type { EntityKind } from '../../utils/model/article';

/** The texts of the names of one kind that findEntities finds in `text`: what the names' unit tests compare. */
export const namesOfKind = (text: string, kind: EntityKind): string[] =>
  findEntities(text)
    .filter((e) => e.kind === kind)
    .map((e) => e.text);
