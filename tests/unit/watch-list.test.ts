import { describe, expect, it } from 'vitest';
import { applyWatchList, parseWatchList } from '../../utils/entities/watch-list';
import { findEntities } from '../../utils/entities/find-entities';

describe('parseWatchList', () => {
  it('reads names, aliases and a kind per line', () => {
    expect(parseWatchList('王树国 = 王校长\n“6352”工程＝6352工程\n\n王树国\nClimate Project')).toEqual([
      { name: '王树国', aliases: ['王校长'], kind: 'person' },
      { name: '“6352”工程', aliases: ['6352工程'], kind: 'program' },
      { name: 'Climate Project', aliases: [], kind: 'program' },
    ]);
  });
});

describe('one definition of a kind (issue #13)', () => {
  // The watch list used to call institutes and centres programs while entity finding called them organizations.
  it.each([
    ['Broad Institute', 'organization'],
    ['Center for Biosecurity', 'organization'],
    ['北京大学经济学院', 'organization'],
    ['未来技术学院', 'program'],
    ['强基计划', 'program'],
    ['Climate Project', 'program'],
    ['王树国', 'person'],
  ] as const)('%s is a %s in the watch list and in found entities alike', (name, kind) => {
    expect(parseWatchList(name)[0]!.kind).toBe(kind);
    const found = findEntities(`${name}。 ${name} hosted the meeting.`).find((e) => e.text === name);
    if (found) expect(found.kind).toBe(kind);
  });
});

describe('applyWatchList', () => {
  const items = parseWatchList('王树国 = 王校长\n“6352”工程 = 6352工程\n强基计划');
  it('finds watched names under their aliases, adds them as entities and reports the hits', () => {
    const r = applyWatchList('王校长指出，学校实施6352工程。王校长还说……', [], items);
    expect(r.hits).toEqual(['王树国', '“6352”工程']);
    expect(r.entities).toEqual([
      { text: '王树国', kind: 'person', role: null, count: 2 },
      { text: '“6352”工程', kind: 'program', count: 1 },
    ]);
  });
  it('keeps an entity already found, with the larger count', () => {
    const r = applyWatchList(
      '王树国校长说。王校长表示。',
      [{ text: '王树国', kind: 'person', role: '校长', count: 1 }],
      items,
    );
    expect(r.entities).toEqual([{ text: '王树国', kind: 'person', role: '校长', count: 2 }]);
  });
  it('folds an alias the name finder found on its own into the watched name: one person, counts merged', () => {
    const text = '王校长指出，要加快建设。王校长还强调……';
    const found = findEntities(text);
    expect(found.map((e) => e.text)).toContain('王校长');
    const r = applyWatchList(text, found, items);
    expect(r.entities.filter((e) => e.kind === 'person')).toEqual([
      { text: '王树国', kind: 'person', role: found.find((e) => e.text === '王校长')!.role ?? null, count: 2 },
    ]);
    // Both the name and an alias found: still one entity, in the place of the first.
    const both = applyWatchList(
      '王树国出席。王校长表示。',
      [
        { text: '王校长', kind: 'person', role: '校长', count: 1 },
        { text: '创新工程', kind: 'program', count: 1 },
        { text: '王树国', kind: 'person', role: null, count: 1 },
      ],
      items,
    );
    expect(both.entities).toEqual([
      { text: '王树国', kind: 'person', role: '校长', count: 2 },
      { text: '创新工程', kind: 'program', count: 1 },
    ]);
  });
  it('does nothing when nothing watched is mentioned', () => {
    expect(applyWatchList('无关内容', [], items)).toEqual({ entities: [], hits: [] });
  });
});
