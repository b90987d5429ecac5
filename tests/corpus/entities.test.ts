import { describe, expect, it } from 'vitest';
import { findEntities } from '../../utils/entities/find-entities';
import { ENTITY_LABELS } from './entity-labels';
import { KINDS, labelledPages, labelledText, scoreEntities } from './entity-score';

// Golden: found names against hand labels, summed over the labelled pages (issue #4 asks for ≥ 90 % each).
describe('entities against hand labels', () => {
  const scores = labelledPages().map((key) => ({
    key,
    s: scoreEntities(findEntities(labelledText(key)), ENTITY_LABELS[key]!),
  }));
  const sum = (f: (t: ReturnType<typeof scoreEntities>['person']) => number) =>
    scores.reduce((n, { s }) => n + KINDS.reduce((k, kind) => k + f(s[kind]), 0), 0);
  const wrong = scores.flatMap(({ key, s }) => KINDS.flatMap((k) => s[k].wrong.map((w) => `${key} ${k}: ${w}`)));
  const missed = scores.flatMap(({ key, s }) => KINDS.flatMap((k) => s[k].missed.map((w) => `${key} ${k}: ${w}`)));

  it('precision ≥ 90 %', () => {
    expect(sum((t) => t.right) / sum((t) => t.found), wrong.join('\n')).toBeGreaterThanOrEqual(0.9);
  });
  it('recall ≥ 90 %', () => {
    expect(sum((t) => t.recalled) / sum((t) => t.labels), missed.join('\n')).toBeGreaterThanOrEqual(0.9);
  });
  it('each kind is right at least 85 % of the time it is said', () => {
    for (const kind of KINDS) {
      const found = scores.reduce((n, { s }) => n + s[kind].found, 0);
      const right = scores.reduce((n, { s }) => n + s[kind].right, 0);
      expect(right / found, kind).toBeGreaterThanOrEqual(0.85);
    }
  });
});
