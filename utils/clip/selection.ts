/** "Clip selection": the selected part becomes the body; the page still gives the title, date, credits and source. */
import type { Draft } from '../model/article';

export function withSelection(draft: Draft, selection: { html: string; text: string } | null): Draft {
  if (!selection) return draft;
  const text = selection.text.replace(/\s+\n/g, '\n').trim();
  return { ...draft, contentHtml: selection.html, textContent: text, excerpt: text.slice(0, 160) };
}
