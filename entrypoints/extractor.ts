// Injected only when the user clips; the value main resolves to comes back from scripting.executeScript.
// An unlisted script, not a WXT content script: WXT's ContentScriptContext would post a window message naming the
// extension to the page (issue #16).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractArticle, type ExtractResult } from '../utils/extraction/extract-article';
import { decodedDocument } from '../utils/extraction/decoded-document';

export default defineUnlistedScript(async (): Promise<ExtractResult> => {
  const doc = await decodedDocument(document, () =>
    fetch(location.href, { cache: 'force-cache' }).then((r) => r.arrayBuffer()),
  );
  return extractArticle(doc, location.href, new Date(), window);
});
