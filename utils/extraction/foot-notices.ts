/**
 * The notices a site prints under every story, which Readability keeps as the body's last lines: a licence, a
 * disclaimer or reuse policy, an acknowledgement of country. Split from edge-furniture.ts, whose closing walk cuts them.
 */

/**
 * A Creative Commons licence note closing a story that may be republished ("This work is licensed under a Creative
 * Commons Attribution-NoDerivatives 4.0 International License", "CC BY 4.0"): the site's terms, not the story.
 */
// The Conversation's republication note too ("This article is republished from The Conversation under a Creative
// Commons license"; session 58, R208), and an invitation to republish under one, under its heading ("Republishing
// guidelines⏎You are welcome to republish this content under a Creative Commons licence"; session 60, R235).
const CC_LICENCE =
  /\b(?:licen[cs]ed|republish(?:ed)?\b.{1,60}?) under (?:a |the )?creative commons\b|\bcreative commons (?:attribution|namensnennung|paternité|reconocimiento|atribución)|^(?:licen[cs]e\s*[:：]\s*)?cc by(?:-[a-z]{2})*(?: \d\.\d)?$|(?:知识共享|知識共享)(?:署名|许可协议|許可協議|授權)/i;
// A reuse policy too ("Política de uso: A reprodução de matérias … é livre mediante a citação", Jornal da USP; session 56).
const DISCLAIMER =
  /^.{0,40}\b(?:disclaimer|disclosure)\b|^(?:免责声明|免責聲明)\s*[:：]|^(?:política de uso|terms of use|republishing guidelines)\b|\b(?:reprodução|reproducción|reproduction|republication|riproduzione)\b.{0,80}\b(?:livre|permitida|permitted|allowed|autorisée|consentita|prohibida|proibida|interdite|vietata)\b/i;
/** An acknowledgement of country in a site's foot (Australian, Canadian, NZ universities; session 42, R58). */
const LAND_ACKNOWLEDGEMENT =
  /\backnowledges? (?:the )?(?:traditional (?:owners|custodians)|(?:first nations?|aboriginal|indigenous) peoples?)|\bunceded (?:lands?|territor)/i;

/** Whether a line is one of those notices. */
export const isFootNotice = (t: string): boolean =>
  (t.length <= 600 && DISCLAIMER.test(t)) ||
  (t.length <= 800 && LAND_ACKNOWLEDGEMENT.test(t)) ||
  (t.length <= 400 && CC_LICENCE.test(t));
