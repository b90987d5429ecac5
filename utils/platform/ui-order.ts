/** The order of words shown in lists (tags): the UI language's, numbers by value (专题第2期 before 专题第10期). */
import { uiLanguage } from './i18n';

let collator: Intl.Collator | undefined;

/** Compares two labels as the UI's language sorts them; the collator is made once (ICU setup is not free). */
export function uiOrder(a: string, b: string): number {
  return (collator ??= new Intl.Collator(uiLanguage(), { numeric: true })).compare(a, b);
}
