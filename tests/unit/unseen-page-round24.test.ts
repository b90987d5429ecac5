// Round 24 (issue #11, session 53): the classes R160-R163 failed once they became the tuning sets (they had checked
// round 23); each describe names the page class it serves, and each rule's test fails without it.
import { describe, expect, it } from 'vitest';
import { clip } from './unseen-page-snippets';
import { closingCredits, signOff } from '../../utils/extraction/closing-credits';
import { peopleIn } from './entity-kinds';

/** A Korean paragraph, as a university board's post prints it. */
const KO_PARA =
  '<p>국립한국해양대학교는 지난 11일 중국 칭다오에서 중국해양대학교와 해양과학 복수학위 프로그램 협약을 체결했다고 밝혔다. 이번 협약에 따라 양교는 내년부터 학부생을 대상으로 공동 교육과정을 운영하고, 연구선을 활용한 공동 승선 실습과 교수 교류를 확대할 계획이다.</p>';

describe('round 24: headlines and credits of Korean boards, WordPress entry footers and Macau’s pages', () => {
  it('a Korean board’s 제목 row is the headline when <title> and the heading name only the column', () => {
    const html =
      '<title>해양뉴스 | 국립한국해양대학교</title><body><div class="sub"><h3 class="sub_tit">해양뉴스</h3><table class="bbs_default view">' +
      '<tbody><tr><th scope="row">제목</th><td colspan="3">국립한국해양대, 중국해양대와 복수학위 협약 체결</td></tr><tr><th scope="row">작성일</th>' +
      `<td>2024-06-12</td></tr><tr><td colspan="4"><div class="bbs_con">${KO_PARA.repeat(4)}</div></td></tr></tbody></table></div></body>`;
    expect(clip(html, 'https://www.kmou.ac.kr/kmou/na/ntt/selectNttInfo.do?nttSn=1201').title).toBe(
      '국립한국해양대, 중국해양대와 복수학위 협약 체결',
    );
  });
  it('a story credit, its stop, then the photographer’s (WordPress entry footer)', () => {
    expect(
      signOff('Story by Megan Ostrowski, Office of Marketing and University Communication. Photos by Eli Jansen.'),
    ).toEqual([
      { name: 'Megan Ostrowski', role: 'Author' },
      { name: 'Eli Jansen', role: 'Photo' },
    ]);
  });
  it('guard: a sentence opening with "By" is no sign-off', () => {
    expect(signOff('By the end of the year, the university will open a new library.')).toBeNull();
  });
  it('圖片 (traditional) labels a photographer closing the text', () => {
    expect(closingCredits('圖片：陳詠欣')?.byline).toEqual([{ name: '陳詠欣', role: '圖片' }]);
  });
});

describe('round 24: people in Jiangxi’s, Guangzhou’s and Macau’s college news', () => {
  it('a student’s year and major before the name; a date, 夺得 after it', () => {
    const text =
      '经过激烈角逐，2021级化学（师范）专业戴欣怡获得一等奖。其中，2021级电子信息工程专业曾子豪团队的系统已完成。' +
      '副校长陈美惠3月20日亲赴示范田区。中医学学士学位课程三年级学生李卓霖夺得男子冠军。专业课程设置合理，2023级新生专业认同感强。';
    expect(peopleIn(text, 'zh')).toEqual(['李卓霖', '戴欣怡', '曾子豪', '陈美惠'].sort());
  });
  it('a Chinese title before a romanised name keeps its first given name', () => {
    expect(peopleIn('葡萄牙科英布拉護理學院教授Ana Sofia Martins則介紹了歐洲長期照護機構的經驗。', 'zh-Hant')).toEqual([
      'Ana Sofia Martins',
    ]);
  });
});

describe('round 24: people in Vietnamese university news', () => {
  it('degree titles, Ông and a student’s word before names of two to four words; a role’s words are no name', () => {
    const text =
      'Tham dự buổi lễ có PGS.TS. Nguyễn Hoàng Sơn, Phó Giám đốc ĐHQGHN; PGS.TS. Trần Thị Thu Hà, Hiệu trưởng Trường. ' +
      'Ông Lê Quang Vinh, Giám đốc Trung tâm thiết kế vi mạch, cho biết. Chia sẻ cảm xúc, sinh viên Phạm Đức Anh cho biết em ' +
      'rất vui. Đây là một trong những và của các với được cho những người.';
    expect(peopleIn(text, 'vi')).toEqual(['Lê Quang Vinh', 'Nguyễn Hoàng Sơn', 'Phạm Đức Anh', 'Trần Thị Thu Hà']);
  });
});
