// The window that sanitizes imported HTML in unit tests (the extension passes its page's window).
import { JSDOM } from 'jsdom';

export const win = new JSDOM('').window as unknown as Window;
