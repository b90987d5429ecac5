/**
 * A column's name (学院新闻, "Campus News", 해양뉴스): what <title> and a list's heading print where a headline would be.
 * Kept apart from headline-parts.ts so the detector's judge reads it without the headline machinery.
 */
// A column's name: a few words ending in a column noun ("Campus News", "Press Releases"; 学院新闻, 通知公告).
const COLUMN_ZH =
  /^[\p{Script=Han}·]{0,6}(?:新闻|要闻|动态|通知|公告|资讯|快讯|简讯|新聞|要聞|動態|資訊|公告欄|通告|消息)$/u;
const COLUMN_EN =
  /^(?:[\p{L}&'-]+\s){0,3}(?:News|Releases?|Announcements|Events|Stories|Headlines|Updates|Notices|Newsroom)$/iu;

// Korean boards' columns (해양뉴스, 학교소식, 공지사항; session 53, R161).
const COLUMN_KO = /^[\p{Script=Hangul}\s]{0,8}(?:뉴스|소식|공지사항|보도자료)$/u;

/** Whether a text is only a column's name, not a headline. */
export function isColumnName(text: string): boolean {
  return COLUMN_ZH.test(text) || COLUMN_EN.test(text) || COLUMN_KO.test(text);
}
