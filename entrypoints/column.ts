// Injected only when the popup opens on a page: is it a column (a list of articles), and which items does it list?
// An unlisted script, not a WXT content script, so nothing is said to the page (issue #16).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readTabColumn } from '../utils/columns/tab-column';

export default defineUnlistedScript(() => readTabColumn(document, location.href));
