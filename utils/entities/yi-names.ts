/**
 * Yi names written in Chinese: a clan's name of two characters, then a given name of two (吉克阿依, 沙马阿果, 阿西木呷).
 * The clan names are no surnames of the surname list, so the surname rules never read them; read, as Mongolian and
 * Tibetan names are, only after a role or an occupation (教授沙马阿果、, 副院长阿西木呷作总结发言), where the words say a
 * person follows. Liangshan's, Chuxiong's and Bijie's colleges print them (round 57, R312). The clans are the
 * commonest of Liangshan's, from general knowledge, not from pages here.
 */
const CLANS =
  '阿苏|阿西|阿约|阿尔|阿鲁|阿吉|阿力|阿说|阿的|吉克|吉伍|吉木|吉觉|吉狄|吉俄|沙马|沙玛|曲比|曲木|海来|俄木|俄底|俄洛|马海|马黑|马加|勒格|倮伍|巴莫|瓦扎|拉马|洛古|木乃|日火|补约|加拉|的日|井曲|苏呷|尔古|比曲|金古|杰觉|时补|尔布';
const NAME = new RegExp(`^(?:${CLANS})\\p{Script=Han}{2}`, 'u');

/** The Yi name opening `text` at `at`, when `boundary` follows it, else null. */
export function yiNameAt(text: string, at: number, boundary: RegExp): string | null {
  const m = NAME.exec(text.slice(at, at + 4));
  return m && boundary.test(text.slice(at + 4)) ? m[0] : null;
}
