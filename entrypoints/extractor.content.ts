// Injected only when the user clips; the value main returns comes back from scripting.executeScript.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractArticle, type ExtractResult } from '../utils/extract-article';

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main(): ExtractResult {
    return extractArticle(document, location.href);
  },
});
