/** Followed columns as OPML 2.0, so a user can take them to a feed reader (as page subscriptions: no feed URL). */
import type { Follow } from './follow-model';

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

export function followsToOpml(follows: readonly Follow[], now = new Date()): string {
  const outlines = follows
    .map(
      (f) =>
        `    <outline type="link" text="${escape(f.name)}" title="${escape(f.name)}" htmlUrl="${escape(f.url)}" url="${escape(f.url)}"/>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head>
    <title>Campus News Clipper: followed columns</title>
    <dateCreated>${now.toUTCString()}</dateCreated>
  </head>
  <body>
${outlines}
  </body>
</opml>
`;
}
