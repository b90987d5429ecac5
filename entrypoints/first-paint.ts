// The popup's stylesheet and saved first screen, drawn before its bundle runs, then the bundle started after the first frame
// (entrypoints/popup/first-paint.ts). An unlisted script so it stays a tiny classic script the popup's HTML runs as
// it is parsed.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { adoptStyles, paintSavedScreen, startBundle } from './popup/first-paint';
import css from './popup/style.css?inline';

export default defineUnlistedScript(() => {
  adoptStyles(document, css);
  startBundle(document, paintSavedScreen(document));
});
