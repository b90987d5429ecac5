import { describe, expect, it } from 'vitest';
import { findEntities } from '../../utils/entities/find-entities';
import { ENTITY_LABELS } from './entity-labels';
import { KINDS, labelledPage, labelledPages, scoreEntities, type Tally } from './entity-score';

type Kind = (typeof KINDS)[number];
// The page's language passed as save-draft passes it.
const scores = labelledPages().map((key) => {
  const { text, lang } = labelledPage(key);
  return { key, s: scoreEntities(findEntities(text, { lang }), ENTITY_LABELS[key]!) };
});
/** The pages issue #4's targets were set on: real/'s university pages and our seed pages, not the later labels. */
const first = scores.filter(({ key }) => /^(?:seed:|en-univ\/|zh-univ\/)/.test(key));
const sum = (set: typeof scores, kinds: readonly Kind[], f: (t: Tally) => number) =>
  set.reduce((n, { s }) => n + kinds.reduce((k, kind) => k + f(s[kind]), 0), 0);
const list = (set: typeof scores, kinds: readonly Kind[], f: (t: Tally) => string[]) =>
  set.flatMap(({ key, s }) => kinds.flatMap((k) => f(s[k]).map((w) => `${key} ${k}: ${w}`))).join('\n');

// Golden: found names against hand labels, summed over the labelled pages (issue #4 asks for ≥ 90 % each).
describe('entities against hand labels (issue #4, on its pages)', () => {
  it('precision ≥ 90 %', () => {
    const p = sum(first, KINDS, (t) => t.right) / sum(first, KINDS, (t) => t.found);
    expect(
      p,
      list(first, KINDS, (t) => t.wrong),
    ).toBeGreaterThanOrEqual(0.9);
  });
  it('recall ≥ 90 %', () => {
    const r = sum(first, KINDS, (t) => t.recalled) / sum(first, KINDS, (t) => t.labels);
    expect(
      r,
      list(first, KINDS, (t) => t.missed),
    ).toBeGreaterThanOrEqual(0.9);
  });
  it('each kind is right at least 85 % of the time it is said', () => {
    for (const kind of KINDS)
      expect(sum(first, [kind], (t) => t.right) / sum(first, [kind], (t) => t.found), kind).toBeGreaterThanOrEqual(
        0.85,
      );
  });
});

// Issue #11's targets, on every labelled page (real2's university articles and Chinese news pages too, tuning and
// check alike): a known miss is `it.fails`, so meeting the target turns it red until it is made an `it`.
describe('key names on every labelled page (issue #11)', () => {
  it('people precision ≥ 90 %', () => {
    const p = sum(scores, ['person'], (t) => t.right) / sum(scores, ['person'], (t) => t.found);
    expect(
      p,
      list(scores, ['person'], (t) => t.wrong),
    ).toBeGreaterThanOrEqual(0.9);
  });
  // Missed since session 15 widened the labels (16 tuning and 15 check pages): 67 % (33/49). The rules that took
  // tuning to 71 % left check where it was, so they were dropped as fitting (docs/extraction.md). Session 16: 67 %.
  // Session 17: 65 % (32/49): the seed's Energy Systems Lab is now an organization, a lab being no program
  // (docs/extraction.md, "Programs, session 17"). Session 19: 65 % still; quoted names before 专业/专业群/课程
  // took it to 71 % on tuning alone (check unchanged), so they were dropped as fitting. Session 20: 65 % still;
  // spelled-out acronyms (the YAT program) and long unquoted schemes (依托…联动机制) lifted tuning alone, so they were
  // dropped; check English program precision rose 3/6 -> 3/4 (title-case phrases such as Research Project dropped).
  // Session 21: 65 % (32/49) still; twenty-six rules for issue #11's classes (majors, programs listed "such as",
  // partnerships "called the …", Traditional Chinese words and 「」, more program words, facilities built) moved no
  // check row up, so none was kept (docs/extraction.md, "Programs, session 21").
  // Session 23: 65 % (32/49) still; twenty-six rules (numbered schemes, the program word first, contests with a
  // year, headline names, names defined by an acronym …) moved no check row up without lowering one or adding a
  // wrong name for each right one, so none was kept (docs/extraction.md, "Programs, session 23").
  it.fails('key programs found ≥ 70 %', () => {
    const r = sum(scores, ['program'], (t) => t.recalled) / sum(scores, ['program'], (t) => t.labels);
    expect(
      r,
      list(scores, ['program'], (t) => t.missed),
    ).toBeGreaterThanOrEqual(0.7);
  });
  // Met in session 14: 86 % (259/301), up from 80 %: names marked by 同志, a family word, a body's name before
  // them, a year note, lists with 及 inside, award holders and actors, bylines with a unit or a site code.
  // Missed again since session 15 widened the labels (16 tuning and 15 check pages): 77 % (331/430). Rules that
  // took it to 82 % lifted tuning and left check where it was, so they were dropped as fitting (docs/extraction.md).
  // Session 16: 80 % (346/430), with rules kept only because they lifted the check set (64.8 % there).
  // Session 18: 80.8 % (358/443) -> 81.9 % (363/443): names before a possessive (check English people +4); the
  // byline, family-word and recurrence rules the tuning misses suggest lifted tuning only and were dropped.
  // Session 19: 81.9 % -> 84.7 % (375/443): Chinese occupations, students and groups before a name, titles of
  // office, more common given names, occupations in apposition (check Chinese +3, English +8). A third batch of given
  // names reached 85.1 % but added a wrong name on check for three right ones, so it was dropped (docs/extraction.md,
  // "Names, session 19").
  // Met in session 20: 84.7 % -> 85.8 % (380/443): byline and review words before a Chinese name (通讯员, 实习生,
  // 初审/复审/终审; check Chinese +1) and, in English text, a capitalised word before a common given name cut off
  // (Yesterday John Smith said; check English +4, precision up) (docs/extraction.md, "Names, session 20").
  // Session 22: 85.8 % -> 86.2 % (382/443): a slash ends a byline's name, a speech verb after a closing quote, and
  // particles inside Western names (check Chinese +2, other languages +1) (docs/extraction.md, "Names, session 22").
  // Session 23: 86.2 % still; every Chinese recall cue the tuning misses suggest left check at 23/33, and people
  // precision rose 97.2 -> 97.5 % (383/393): 时/和/向/于 after a body's name open a clause (docs/extraction.md).
  it('key people found ≥ 85 %', () => {
    const r = sum(scores, ['person'], (t) => t.recalled) / sum(scores, ['person'], (t) => t.labels);
    expect(
      r,
      list(scores, ['person'], (t) => t.missed),
    ).toBeGreaterThanOrEqual(0.85);
  });
});
