// The popup's saved first screen, drawn before its bundle runs, then the bundle started after the first frame
// (entrypoints/popup/first-paint.ts). An unlisted script so it stays a tiny classic script the popup's HTML runs as
// it is parsed.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { paintSavedScreen, startBundle } from './popup/first-paint';

export default defineUnlistedScript(() => startBundle(document, paintSavedScreen(document)));
