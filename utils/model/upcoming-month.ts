/**
 * A month that a course, an intake or a deadline names ("Start date September 2025", "September 2025 intake",
 * 开学时间：2025年9月, 2025年9月入学) is not when anything was published: degree, course and event pages print them in
 * their key facts. One definition for extraction (issue months) and detection (issue lines).
 */

/**
 * Words before a month that make it a date of something to come or to apply for; a key facts list's key and value
 * are separate blocks (Start date | September 2026; session 43, R68); a day may stand between (Start Date | 8 September
 * 2025; session 53, R157).
 */
const BEFORE =
  /(?:\b(?:start(?:s|ing)?(?:\s+date)?|entry|intake|deadline|applications?|apply\s+by|closing\s+date|admissions?|enrol(?:l)?ment|commenc(?:es|ing|ement)|begin(?:s|ning)?|course\s+dates?|due|until|expires?|studienbeginn|bewerbungsfrist)\b|开学|入学|报名|截止|申请|开课|開學|入學|報名|申請|開課)[\s:：|-]*(?:date|on|in|from|时间|時間|日期)?[\s:：|]*(?:\d{1,2}\s+)?$/i;

/** The same words printed after the month. */
const AFTER = /^\s*(?:(?:entry|intake|start)\b|份?\s*(?:开学|入学|报名|截止|开课|開學|入學|報名|開課))/i;

/** Whether the month printed at text[start, end) is a course's, an intake's or a deadline's. */
export function isUpcomingMonth(text: string, start: number, end: number): boolean {
  return BEFORE.test(text.slice(Math.max(0, start - 30), start)) || AFTER.test(text.slice(end, end + 12));
}
