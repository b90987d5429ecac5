/**
 * A clipped article as one Markdown document for notes apps: "# Title", a short list of its date, site, source,
 * credits and original address, the body (the stored HTML sanitized again, then converted), and the user's
 * highlights with their notes. Loaded only when the user asks for it.
 */
import type { Article } from '../model/article';
import { displayDate } from '../model/dates';
import { standfirstOf } from '../model/standfirst';
import { sanitizeHtml } from '../safety/sanitize';
import { escapeLineStart, escapeText, htmlToMarkdown } from './to-markdown';

/** The metadata's labels, in the UI's language. */
export type MarkdownLabels = {
  published: string;
  site: string;
  source: string;
  credits: string;
  original: string;
  highlights: string;
};

/** What the Markdown reads of an article. */
export type MarkdownFields = Pick<
  Article,
  | 'title'
  | 'publishedAt'
  | 'site'
  | 'source'
  | 'byline'
  | 'url'
  | 'contentHtml'
  | 'highlights'
  | 'excerpt'
  | 'textContent'
>;

/** Text on one line, Markdown's marks escaped. */
const plain = (s: string) => escapeText(s.replace(/\s+/gu, ' ').trim());
/** A highlight's or note's lines, each escaped as text (none for ''). */
const lines = (s: string) => (s.trim() ? s.split('\n').map((l) => escapeLineStart(plain(l))) : []);

/** The article as Markdown; `win` sanitizes the body (the reader's own window). */
export function articleMarkdown(a: MarkdownFields, labels: MarkdownLabels, win: Window): string {
  const url = /^https?:/iu.test(a.url) ? a.url.replace(/[ ()]/gu, (c) => encodeURIComponent(c)) : null;
  const credits = a.byline.map((b) => (b.role ? `${b.role} ${b.name}` : b.name)).join(' · ');
  const meta: [string, string | null | undefined][] = [
    [labels.published, a.publishedAt && displayDate(a.publishedAt)],
    [labels.site, a.site.name ?? a.site.university],
    [labels.source, a.source],
    [labels.credits, credits],
  ];
  const head = meta.filter(([, v]) => v).map(([k, v]) => `- ${plain(k)}: ${plain(v!)}`);
  if (url) head.push(`- ${plain(labels.original)}: [${plain(a.url)}](${url})`);
  const standfirst = standfirstOf(a);
  const parts = [
    `# ${plain(a.title)}`,
    head.join('\n'),
    // The standfirst the text leaves out, in bold as the reader shows it.
    standfirst ? `**${plain(standfirst)}**` : '',
    htmlToMarkdown(sanitizeHtml(a.contentHtml, win, a.url), win.document),
  ];
  if (a.highlights.length) {
    const list = a.highlights.map((h) => {
      const quote = lines(h.text).map((l, i) => `${i ? '  >' : '- >'} ${l}`);
      const note = lines(h.note?.trim() ?? '').map((l) => `  ${l}`);
      return [...quote, ...(note.length ? ['', ...note] : [])].join('\n');
    });
    parts.push(`## ${plain(labels.highlights)}`, list.join('\n\n'));
  }
  return parts.filter(Boolean).join('\n\n') + '\n';
}
