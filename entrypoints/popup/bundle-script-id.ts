/**
 * The id of the popup's inert bundle script tag, written by the build (wxt.config.ts) and started by first-paint.js
 * after the first frame (first-paint.ts). Its own module: the build config imports it without the popup's code.
 */
export const BUNDLE_SCRIPT_ID = 'popup-bundle';
