/**
 * Navigation lines at a body's edge: links that lead elsewhere on the site ("Return to table of contents", "A | B |
 * C", WordPress's post navigation), told by their words and their share of links (split from edge-furniture.ts).
 */
import { linkShare, type BodyLine } from './body-lines';

const NAV_WORDS =
  /\b(?:return|back|previous|next|home\s?page|main page|table of contents|contents|index|top of (?:the )?page|e-?mail this|print this)\b|返回|回到顶部|回到首页|首页|主页|首頁|主頁|上一页|下一页|上一頁|下一頁|zurück|retour|volver|inicio|startseite|accueil|zpět|späť|terug|tillbaka|tilbake|indietro|voltar|powrót|takaisin|^[«‹←]|[»›→]$/iu;
/** "Back to top" separates a long page's sections: never where the page's foot begins (an author's address follows). */
const TO_TOP =
  /^(?:return|back|go back) to (?:the )?top(?: of (?:the )?page)?$|^(?:返回顶部|回到顶部|返回頂部|回到頂部)$/i;
/** The screen-reader heading WordPress prints over the previous/next links under every post (the_post_navigation). */
const NAV_HEADING = /^(?:post|posts|comment|comments) navigation$/i;
/** A line made of links that lead elsewhere on the site: "Return to table of contents", "A | B | C". */
export function isNav(line: BodyLine): boolean {
  if (line.text.length > 80) return false;
  if (
    /^(?:return|back|go back) to (?:the )?(?:previous page|table of contents|contents|index|home ?page)$/i.test(
      line.text,
    )
  )
    return true;
  if (NAV_HEADING.test(line.text)) return true;
  if (linkShare(line) < 0.9 || TO_TOP.test(line.text)) return false;
  const toMail = line.links.every((a) => /^mailto:/i.test(a.getAttribute('href') ?? ''));
  return !toMail && (NAV_WORDS.test(line.text) || line.links.length >= 2);
}
