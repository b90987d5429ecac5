/** Key names and programs of an article, with counts: people (with the printed role) and programs. */
import type { Entity } from './article';
import { findChinesePeople, findEnglishPeople } from './find-people';
import { findChinesePrograms, findEnglishPrograms } from './find-programs';

function count(text: string, needle: string): number {
  return needle ? text.split(needle).length - 1 : 0;
}

export function findEntities(text: string): Entity[] {
  const people = [...findChinesePeople(text), ...findEnglishPeople(text)];
  const programs = [...findChinesePrograms(text), ...findEnglishPrograms(text)];
  const out: Entity[] = [
    ...people.map((p) => ({ text: p.text, kind: 'person' as const, role: p.role, count: count(text, p.text) })),
    ...programs.map((p) => ({ text: p, kind: 'program' as const, count: count(text, p) })),
  ];
  // Most mentioned first; a name inside a longer found name (秦创原平台 in 秦创原创新驱动平台 is not) stays.
  return out.filter((e) => e.count > 0).sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
}
