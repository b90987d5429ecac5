/**
 * What changed between two versions of an article's text, for the reader: paragraphs aligned first, then the
 * sentences of a changed paragraph, then the words (Latin) or characters (Chinese) of a changed sentence, each an
 * shortest edit script (an LCS). A sentence that changed too much to read as edits is shown removed and added
 * whole, which keeps Chinese readable. Bounded: every alignment spends from one budget of work, and past it a
 * paragraph or sentence is shown removed and added whole, or the body as rewritten, so a 2 M-character article
 * cannot freeze the page.
 */

export type DiffOp = 'same' | 'add' | 'del';
export interface DiffPart {
  op: DiffOp;
  text: string;
}
/** A paragraph of the new text (or one removed): its parts, and whether anything in it changed. */
export interface DiffPara {
  changed: boolean;
  parts: DiffPart[];
}
export type TextDiff = { kind: 'same' } | { kind: 'rewritten' } | { kind: 'diff'; paras: DiffPara[] };

export interface DiffLimits {
  /** Work (diagonals and comparisons of the edit-script search) all the alignments of one diff may do together. */
  cells: number;
  /** Below this share of unchanged words or characters, a changed sentence is shown replaced whole. */
  similar: number;
}
export const DIFF_LIMITS: DiffLimits = { cells: 4_000_000, similar: 0.4 };

type Step = { op: DiffOp; i: number; j: number };

/**
 * The shortest edit script from a to b (Myers' O((N+M)·D) algorithm, so a few edits to a long text cost little),
 * after their common prefix and suffix; null when it would spend more than the budget has left.
 */
export function align<T>(a: readonly T[], b: readonly T[], budget: { cells: number }): Step[] | null {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const middle = shortestEdit(a, b, start, endA, endB, budget);
  if (!middle) return null;
  const steps: Step[] = [];
  for (let k = 0; k < start; k++) steps.push({ op: 'same', i: k, j: k });
  steps.push(...middle);
  for (let k = 0; k < a.length - endA; k++) steps.push({ op: 'same', i: endA + k, j: endB + k });
  return steps;
}

/** Myers' diff of a[s..endA) and b[s..endB); the work (diagonals and comparisons) is charged to the budget. */
function shortestEdit<T>(
  a: readonly T[],
  b: readonly T[],
  s: number,
  endA: number,
  endB: number,
  budget: { cells: number },
): Step[] | null {
  const n = endA - s;
  const m = endB - s;
  if (n + m > budget.cells) return null;
  const off = n + m + 1;
  const v = new Int32Array(2 * off + 1);
  // trace[d]: the furthest x on diagonals -d..d after d edits, for the walk back.
  const trace: Int32Array[] = [];
  let work = 0;
  let found = -1;
  for (let d = 0; d <= n + m && found < 0; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[off + k - 1]! < v[off + k + 1]!) ? v[off + k + 1]! : v[off + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[s + x] === b[s + y]) {
        x++;
        y++;
        work++;
      }
      v[off + k] = x;
      if (x >= n && y >= m) found = d;
    }
    work += 2 * d + 1;
    if (work > budget.cells) return null;
    trace.push(v.slice(off - d, off + d + 1));
  }
  budget.cells -= work;
  const steps: Step[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const prev = trace[d - 1]!;
    const k = x - y;
    const at = (q: number) => prev[q + d - 1]!;
    const pk = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const px = at(pk);
    const py = px - pk;
    while (x > px && y > py) steps.push({ op: 'same', i: s + --x, j: s + --y });
    if (pk === k + 1) steps.push({ op: 'add', i: -1, j: s + --y });
    else steps.push({ op: 'del', i: s + --x, j: -1 });
  }
  while (x > 0 && y > 0) steps.push({ op: 'same', i: s + --x, j: s + --y });
  return steps.reverse();
}

/** Paragraphs: lines with their spacing squashed, empty ones dropped. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n+/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** Sentences, each with the space after it: ends at 。！？；!? (and closing quotes) or at full stops before a space. */
export function sentences(p: string): string[] {
  const out: string[] = [];
  let last = 0;
  for (const m of p.matchAll(/[。！？；!?;]+[”’"」』）)]*\s*|\.+(?=\s|$)\s*/g)) {
    const end = m.index + m[0].length;
    out.push(p.slice(last, end));
    last = end;
  }
  if (last < p.length) out.push(p.slice(last));
  return out;
}

/** One character each for Chinese, words and numbers whole for Latin text, spaces, and punctuation alone. */
export function tokens(s: string): string[] {
  return s.match(/\p{Script=Han}|[^\s\p{Script=Han}\p{P}]+|\s+|./gsu) ?? [];
}

/** Consecutive parts of one kind merged; within a changed run, removed text before added text. */
function tidy(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let del = '';
  let add = '';
  const flush = () => {
    if (del) out.push({ op: 'del', text: del });
    if (add) out.push({ op: 'add', text: add });
    del = add = '';
  };
  parts.forEach((p, k) => {
    // A lone character or space left unchanged between changes reads better as part of them.
    const next = parts[k + 1];
    const island = p.op === 'same' && p.text.trim().length <= 1 && (del || add) && next && next.op !== 'same';
    if (p.op === 'del' || island) del += p.text;
    if (p.op === 'add' || island) add += p.text;
    if (p.op === 'same' && !island) {
      flush();
      const last = out[out.length - 1];
      if (last?.op === 'same') last.text += p.text;
      else out.push({ op: 'same', text: p.text });
    }
  });
  flush();
  return out;
}

const whole = (a: string, b: string): DiffPart[] => [
  ...(a ? [{ op: 'del' as const, text: a }] : []),
  ...(b ? [{ op: 'add' as const, text: b }] : []),
];

/** One changed sentence: word or character edits when they leave enough unchanged, else replaced whole. */
function diffSentence(a: string, b: string, budget: { cells: number }, limits: DiffLimits): DiffPart[] {
  const ta = tokens(a);
  const tb = tokens(b);
  const steps = align(ta, tb, budget);
  if (!steps) return whole(a, b);
  const kept = steps.filter((s) => s.op === 'same').reduce((n, s) => n + ta[s.i]!.trim().length, 0);
  if (kept < limits.similar * Math.max(a.replace(/\s/g, '').length, b.replace(/\s/g, '').length)) return whole(a, b);
  return tidy(steps.map((s) => ({ op: s.op, text: s.op === 'add' ? tb[s.j]! : ta[s.i]! })));
}

/** Pair the removed and added items of each changed run, in order; the rest are removed or added alone. */
function runs(steps: Step[], onSame: (s: Step) => void, onRun: (dels: number[], adds: number[]) => void): void {
  let dels: number[] = [];
  let adds: number[] = [];
  const flush = () => {
    if (dels.length || adds.length) onRun(dels, adds);
    dels = [];
    adds = [];
  };
  for (const s of steps) {
    if (s.op === 'del') dels.push(s.i);
    else if (s.op === 'add') adds.push(s.j);
    else {
      flush();
      onSame(s);
    }
  }
  flush();
}

/** One changed paragraph: its sentences aligned, changed sentences diffed. */
function diffParagraph(a: string, b: string, budget: { cells: number }, limits: DiffLimits): DiffPart[] {
  const sa = sentences(a);
  const sb = sentences(b);
  const steps = align(sa, sb, budget);
  if (!steps) return whole(a, b);
  const parts: DiffPart[] = [];
  runs(
    steps,
    (s) => parts.push({ op: 'same', text: sa[s.i]! }),
    (dels, adds) => {
      const n = Math.max(dels.length, adds.length);
      for (let k = 0; k < n; k++) parts.push(...diffSentence(sa[dels[k]!] ?? '', sb[adds[k]!] ?? '', budget, limits));
    },
  );
  return tidy(parts);
}

/** The diff of two texts (an article's body then and now), by paragraph, sentence and word or character. */
export function diffText(before: string, after: string, limits: DiffLimits = DIFF_LIMITS): TextDiff {
  const pa = paragraphs(before);
  const pb = paragraphs(after);
  const budget = { cells: limits.cells };
  const steps = align(pa, pb, budget);
  if (!steps) return { kind: 'rewritten' };
  if (steps.every((s) => s.op === 'same')) return { kind: 'same' };
  const paras: DiffPara[] = [];
  runs(
    steps,
    (s) => paras.push({ changed: false, parts: [{ op: 'same', text: pb[s.j]! }] }),
    (dels, adds) => {
      const n = Math.max(dels.length, adds.length);
      for (let k = 0; k < n; k++) {
        const a = pa[dels[k]!] ?? '';
        const b = pb[adds[k]!] ?? '';
        paras.push({ changed: true, parts: a && b ? diffParagraph(a, b, budget, limits) : whole(a, b) });
      }
    },
  );
  return { kind: 'diff', paras };
}
