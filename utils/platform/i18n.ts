/** UI strings from _locales (Chinese, simplified or traditional, or English, following the browser). */
import { browser } from 'wxt/browser';

type Messages = typeof import('../../public/_locales/en/messages.json');
export type MessageKey = keyof Messages;
/** Keys that come in plural forms: `name_one`, `name_other` (and any other CLDR category a language needs). */
export type PluralKey = { [K in MessageKey]: K extends `${infer B}_other` ? B : never }[MessageKey];

export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key as never, substitutions) || key;
}

let lang: string | undefined;
let rules: Intl.PluralRules | undefined;
let numbers: Intl.NumberFormat | undefined;

/**
 * The language of the messages shown, as each messages.json names it (`uiLang`): not the browser's, which differs
 * wherever the browser's language has no folder (ja, ko … get English). Read once: each call crosses into the API.
 */
export function uiLanguage(): string {
  return (lang ??= browser.i18n.getMessage('uiLang') || 'en');
}

/** A counted string: the form the messages' language's plural rules pick for `count` ($1), then the other substitutions. */
export function tn(key: PluralKey, count: number, ...rest: string[]): string {
  // Made once (a profile of the popup's searches found the API call among the costliest functions, called for
  // every counted string of every render).
  if (!rules || !numbers) {
    rules = new Intl.PluralRules(uiLanguage());
    numbers = new Intl.NumberFormat(uiLanguage());
  }
  const subs = [numbers.format(count), ...rest];
  return (
    browser.i18n.getMessage(`${key}_${rules.select(count)}` as never, subs) ||
    browser.i18n.getMessage(`${key}_other` as never, subs) ||
    key
  );
}
