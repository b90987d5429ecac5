// Injected only when the popup opens on a page: is it a column (a list of articles), and which items does it list?
import { defineContentScript } from 'wxt/utils/define-content-script';
import { readTabColumn } from '../utils/columns/tab-column';

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  // executeScript returns the IIFE's value only with a named global (WXT's docs).
  globalName: true,
  main: () => readTabColumn(document, location.href),
});
