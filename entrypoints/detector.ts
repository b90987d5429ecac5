// Injected by the background (scripting.executeScript) into a tab that finished loading on a university host, once
// the address and the tab's <title> have not settled it (entrypoints/background/page-loads.ts): one injection that
// reads the text after the headline, walks the page and reads its metadata tags. It returns what it read as the
// injection's value, judged by the background (whose regexes stay compiled between loads): no message, no extension
// API, nothing the page can see (issue #16). An unlisted script, not a WXT content script: WXT's
// ContentScriptContext posts a window message naming the extension.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readPage } from '../utils/detection/page-read';
import type { DetectorFacts } from '../utils/platform/protocol';

export default defineUnlistedScript((): DetectorFacts => readPage(document));
