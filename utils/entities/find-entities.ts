/** Key names of an article, with counts: people (with the printed role), programs and organizations. */
import type { Entity } from '../model/article';
import { findEnglishPeople } from './find-english-people';
import { findChineseOrganizations, findEnglishOrganizations } from './find-organizations';
import { findChinesePeople } from './find-people';
import { findChinesePrograms, findEnglishPrograms } from './find-programs';

function count(text: string, needle: string): number {
  return needle ? text.split(needle).length - 1 : 0;
}

export function findEntities(text: string): Entity[] {
  const people = [...findChinesePeople(text), ...findEnglishPeople(text)];
  const orgs = [...findChineseOrganizations(text), ...findEnglishOrganizations(text)];
  // A name that is an organization (北京大学经济学院, 信息化建设管理服务中心) is not also a program.
  const programs = [...findChinesePrograms(text), ...findEnglishPrograms(text)].filter(
    (p) => !orgs.some((o) => o.endsWith(p)),
  );
  const names = new Set(people.map((p) => p.text));
  const out: Entity[] = [
    ...people.map((p) => ({ text: p.text, kind: 'person' as const, role: p.role, count: count(text, p.text) })),
    ...programs.map((p) => ({ text: p, kind: 'program' as const, count: count(text, p) })),
    ...orgs
      .filter((o) => !names.has(o))
      .map((o) => ({ text: o, kind: 'organization' as const, count: count(text, o) })),
  ];
  // Most mentioned first; a name inside a longer found name (秦创原平台 in 秦创原创新驱动平台 is not) stays.
  return out.filter((e) => e.count > 0).sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
}
