import { describe, expect, it } from 'vitest';
import { parseDate, parseMonth, timeZoneForHost } from '../../utils/extraction/parse-date';

const now = new Date('2026-11-23T00:00:00Z');

describe('parseDate', () => {
  it.each([
    ['日期：2021-04-08 23:00', 'Asia/Shanghai', '2021-04-08T23:00:00+08:00'],
    ['发布时间：2021-4-8', 'Asia/Shanghai', '2021-04-08'],
    ['2025/09/01', 'Asia/Shanghai', '2025-09-01'],
    ['2023年05月12日 10:30', 'Asia/Shanghai', '2023-05-12T10:30:00+08:00'],
    ['2023年5月12日', 'Asia/Shanghai', '2023-05-12'],
    ['April 12, 2025', 'America/New_York', '2025-04-12'],
    ['Feb. 20, 2024', 'America/New_York', '2024-02-20'],
    ['3 November 2022', 'Europe/London', '2022-11-03'],
    ['Published 12 August 2021', 'Europe/London', '2021-08-12'],
    ['3:55 p.m., Feb. 1, 2005--With a staff', 'America/New_York', '2005-02-01'],
    ['St. Louis, May 19, 1999 - Helen', 'America/New_York', '1999-05-19'],
    ['10/18/2004', 'America/New_York', '2004-10-18'],
    ['2015-07-24T05:36:09+01:00', 'UTC', '2015-07-24T05:36:09+01:00'],
    ['Posted July 4, 2024 3:15 pm', 'America/New_York', '2024-07-04T15:15:00-04:00'],
    ['Published 1 March 2023 09:30', 'Europe/London', '2023-03-01T09:30:00+00:00'],
    ['Published 1 July 2023 09:30', 'Europe/London', '2023-07-01T09:30:00+01:00'],
  ])('%s → %s', (text, zone, iso) => {
    expect(parseDate(text, zone, now)?.iso).toBe(iso);
  });

  it.each([['2021-02-30'], ['2031-01-01'], ['1985-05-01'], ['版权所有 ©2008-2021'], ['电话 029-82668114']])(
    'rejects %s',
    (text) => expect(parseDate(text, 'Asia/Shanghai', now)).toBeNull(),
  );

  it('takes the earliest date in the text', () => {
    expect(parseDate('更新 2022-01-02 发布 2021-01-01', 'UTC', now)?.iso).toBe('2022-01-02');
  });
});

describe('timeZoneForHost', () => {
  it.each([
    ['news.xjtu.edu.cn', 'Asia/Shanghai'],
    ['www.ox.ac.uk', 'Europe/London'],
    ['news.mit.edu', 'America/New_York'],
    ['www.u-tokyo.ac.jp', 'Asia/Tokyo'],
    ['example.org', 'UTC'],
  ])('%s → %s', (host, zone) => expect(timeZoneForHost(host)).toBe(zone));
});

describe('parseMonth', () => {
  it.each([
    ['Current ACITS, July 2000, Surviving', '2000-07'],
    ['2021年4月 第3期', '2021-04'],
    ['Sept. 2019 issue', '2019-09'],
    ['2021年4月8日', null],
    ['in 2006', null],
    ['December 2030', null],
  ])('%s → %s', (text, want) => expect(parseMonth(text, now)).toBe(want));
});
