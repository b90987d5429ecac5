/**
 * The column panel's and the New view's rules, adopted once when ColumnPanel is loaded: with the popup's bundle, so
 * before the New view (loaded later, when opened) ever draws. Not in style.css: that sheet travels in
 * first-paint.js, whose size the first frame waits for, and these parts are never in the first frame (they appear
 * once the popup has asked the background about its tab).
 */
import css from '../entrypoints/popup/columns.css?inline';
import { adoptStyles } from '../entrypoints/popup/first-paint';

adoptStyles(document, css);
