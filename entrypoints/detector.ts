// Injected by the background (scripting.executeScript) into a tab that finished loading on a university host, once
// the address, the <title> and the text after the headline (read by a function injected first) have not settled
// it (entrypoints/background/page-loads.ts): the walk over the page. It returns what it read as the injection's
// value, judged by the background (whose regexes stay compiled between loads): no message, no extension API,
// nothing the page can see (issue #16). An unlisted script, not a WXT content script: WXT's ContentScriptContext
// posts a window message naming the extension.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readMetadata } from '../utils/detection/page-metadata';
import { readWalk } from '../utils/detection/page-walk';
import type { DetectorFacts } from '../utils/platform/protocol';

export default defineUnlistedScript((): DetectorFacts => ({
  href: document.URL,
  title: document.title,
  walk: readWalk(document),
  meta: readMetadata(document),
}));
