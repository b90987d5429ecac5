// A review page scored through the extraction modules in Node, as `npm run eval:review` does and as
// `npm run eval:review:browser` sets beside the built extension's result.
import { JSDOM, VirtualConsole } from 'jsdom';
import { detectArticle } from '../utils/detection/detect-article';
import { isAcademicHost } from '../utils/detection/academic-hosts';
import { isUniversityHost } from '../utils/detection/university-hosts';
import { extractArticle } from '../utils/extraction/extract-article';
import { decodeHtml } from '../utils/extraction/decode-bytes';
import { findEntities } from '../utils/entities/find-entities';
import { namesText } from '../utils/model/standfirst';
import type { ReviewPage, ReviewTally } from './review-score';

export function scoreInNode({ answers: a, bytes, where, written }: ReviewPage, score: ReviewTally): void {
  // Decoded as a browser would: old college sites serve GB2312 and say so in a <meta> (decode-bytes.ts).
  const html = decodeHtml(new Uint8Array(bytes).buffer, null);
  const load = () => new JSDOM(html, { url: a.url, virtualConsole: new VirtualConsole() }).window.document;
  // A page is clipped when its reviewer wrote it: a fixed day before that made a story dated the day the set was
  // written a date "in the future", and so no date (session 58, R207).
  const doc = load();
  // With the academic list granted (the options page's one opt-in), and on the built-in suffixes alone.
  const is = detectArticle(doc, a.url, written, isAcademicHost).isArticle;
  doc.defaultView?.close();
  score.detection(a, where, is, is && isUniversityHost(new URL(a.url).hostname));
  if (!a.article) return;
  const doc2 = load();
  const r = extractArticle(doc2, a.url, written);
  doc2.defaultView?.close();
  const d = r.ok ? r.draft : null;
  score.fields(d, a, where);
  score.names(d ? findEntities(namesText(d), { lang: d.lang }) : [], a, where);
}
