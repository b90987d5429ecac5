/**
 * A field's label printed in a block of its own over its value's (Drupal's inline fields: <div class="field-label">来源:
 * </div><div class="field-items">党委宣传部</div>; session 55, R185), joined into one line as the page shows it: the body's
 * edge walk and the credits' reader then see "来源: 党委宣传部", "发布日期: 2024-05-21".
 */
import { foldSpace } from './dom-text';
import { leafBlocks } from './related-tail';

/** A label alone: a few words and its colon. */
const LABEL_ONLY = /^\p{L}[\p{L} ]{0,11}[:：]$/u;
/** Longest value joined: a name, an office, a date; never a paragraph. */
const MAX_VALUE = 80;

export function joinFieldLabels(root: Element): void {
  const leaves = leafBlocks(root);
  for (let i = 0; i < leaves.length - 1; i++) {
    const [label, value] = [leaves[i]!, leaves[i + 1]!];
    const [l, v] = [foldSpace(label.textContent ?? ''), foldSpace(value.textContent ?? '')];
    // A block of lines under the label (Kontakt:⏎name<br>institute<br>e-mail) is a contact box, read as its lines.
    if (!LABEL_ONLY.test(l) || !v || v.length > MAX_VALUE || LABEL_ONLY.test(v) || value.querySelector('br')) continue;
    label.append(' ', ...value.childNodes);
    value.remove();
    i++;
  }
}
