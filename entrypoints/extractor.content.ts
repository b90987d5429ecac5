// Injected only when the user clips; the value main resolves to comes back from scripting.executeScript.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractArticle, type ExtractResult } from '../utils/extraction/extract-article';
import { decodedDocument } from '../utils/extraction/decoded-document';

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  // The IIFE's value is what executeScript returns; WXT's docs ask for `globalName: true` for that (its default is
  // moving to false, which would return nothing).
  globalName: true,
  async main(): Promise<ExtractResult> {
    const doc = await decodedDocument(document, () =>
      fetch(location.href, { cache: 'force-cache' }).then((r) => r.arrayBuffer()),
    );
    return extractArticle(doc, location.href, new Date(), window);
  },
});
