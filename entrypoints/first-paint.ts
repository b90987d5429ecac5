// The popup's saved first screen, drawn before its bundle runs (entrypoints/popup/first-paint.ts). An unlisted
// script so it stays a tiny classic script the popup's HTML runs as it is parsed.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { paintSavedScreen } from './popup/first-paint';

export default defineUnlistedScript(() => void paintSavedScreen(document));
