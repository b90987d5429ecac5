/** Wraps every mention of an article's entities in its (already sanitized) HTML with <mark data-kind>. */
import { inertElement } from '../safety/inert-html';
import { escapeRegExp } from '../model/text';
import type { Entity } from '../model/article';

/**
 * `aliases` are other spellings to mark as well (the watch list's 王校长 for 王树国). `budget.marks`, when given,
 * is how many marks may still be made; it is counted down, so pieces of one long article share it.
 */
export function highlightEntities(
  html: string,
  entities: Entity[],
  doc: Document,
  aliases: Pick<Entity, 'text' | 'kind'>[] = [],
  budget: { marks: number } = { marks: Infinity },
): string {
  const all = [...entities, ...aliases].filter((e) => e.text);
  if (!all.length || budget.marks <= 0) return html;
  const kinds = new Map(all.map((e) => [e.text, e.kind]));
  // Longest first, so 秦创原创新驱动平台 is marked whole rather than as 秦创原平台's parts.
  const re = new RegExp(
    [...kinds.keys()]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|'),
    'g',
  );
  const root = inertElement(doc, html);
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* SHOW_TEXT */);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    if (!n.parentElement?.closest('mark')) nodes.push(n as Text);
  for (const node of nodes) {
    if (budget.marks <= 0) break;
    const text = node.nodeValue ?? '';
    re.lastIndex = 0;
    if (!re.test(text)) continue;
    re.lastIndex = 0;
    const frag = doc.createDocumentFragment();
    let at = 0;
    for (const m of text.matchAll(re)) {
      if (budget.marks-- <= 0) break;
      frag.append(text.slice(at, m.index));
      const mark = doc.createElement('mark');
      mark.dataset.kind = kinds.get(m[0])!;
      mark.textContent = m[0];
      frag.append(mark);
      at = m.index! + m[0].length;
    }
    frag.append(text.slice(at));
    node.replaceWith(frag);
  }
  return root.innerHTML;
}
