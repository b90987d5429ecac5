/** The page as its bytes really are: re-decoded and re-parsed when its charset declaration lied. */
import { redecode, suspectEncoding } from './charset';

export async function decodedDocument(doc: Document, fetchBytes: () => Promise<ArrayBuffer>): Promise<Document> {
  const shown = doc.body?.textContent?.slice(0, 50_000) ?? '';
  const encoding = suspectEncoding(doc.characterSet, shown);
  if (!encoding) return doc;
  try {
    const text = redecode(await fetchBytes(), encoding, shown);
    if (!text) return doc;
    const parsed = new DOMParser().parseFromString(text, 'text/html');
    // Keep relative links resolving against the page's own address.
    const base = parsed.createElement('base');
    base.href = doc.baseURI;
    parsed.head.prepend(base);
    return parsed;
  } catch {
    return doc; // offline, or the server refuses a second request: extract what the browser shows
  }
}
