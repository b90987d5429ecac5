/** UI strings from _locales (Chinese or English, following the browser). */
import { browser } from 'wxt/browser';

type Messages = typeof import('../../public/_locales/en/messages.json');
export type MessageKey = keyof Messages;
/** Keys that come in plural forms: `name_one`, `name_other` (and any other CLDR category a language needs). */
export type PluralKey = { [K in MessageKey]: K extends `${infer B}_other` ? B : never }[MessageKey];

export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key as never, substitutions) || key;
}

let rules: Intl.PluralRules | undefined;
let numbers: Intl.NumberFormat | undefined;

/** A counted string: the form the UI language's plural rules pick for `count` ($1), then the other substitutions. */
export function tn(key: PluralKey, count: number, ...rest: string[]): string {
  // The UI language is asked once: each call crosses into the extension API (a profile of the popup's searches
  // found it among the costliest functions, called for every counted string of every render).
  if (!rules || !numbers) {
    const lang = browser.i18n.getUILanguage();
    rules = new Intl.PluralRules(lang);
    numbers = new Intl.NumberFormat(lang);
  }
  const subs = [numbers.format(count), ...rest];
  return (
    browser.i18n.getMessage(`${key}_${rules.select(count)}` as never, subs) ||
    browser.i18n.getMessage(`${key}_other` as never, subs) ||
    key
  );
}
