// Injected only when the user clips; the value main resolves to comes back from scripting.executeScript.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractArticle, type ExtractResult } from '../utils/extract-article';
import { honestDocument } from '../utils/honest-document';

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  async main(): Promise<ExtractResult> {
    const doc = await honestDocument(document, () => fetch(location.href, { cache: 'force-cache' }).then((r) => r.arrayBuffer()));
    return extractArticle(doc, location.href, new Date(), window);
  },
});
