// Key names on the classes review sets R36 and R37 found failing (issue #11, session 39, round 6, checked on R38–R41):
// each describe named after the page class it serves, rules with guards.
import { describe, expect, it } from 'vitest';
import { namesOfKind, peopleIn } from './entity-kinds';

const programs = (text: string, lang = 'zh') => namesOfKind(text, 'program', lang).sort();

describe('contests and plans in college news: words that are no part of a name', () => {
  it('程序设计竞赛 holds no Taiwan 學程 (大学程…)', () => {
    expect(programs('计算机学院举办2024年武汉大学程序设计竞赛。本次竞赛吸引了300余名学生参加。')).toEqual([
      '武汉大学程序设计竞赛',
    ]);
  });
  it('a cohort (2023级) opens no plan’s name', () => {
    expect(
      programs('学校深入实施强基计划。2023级强基计划全体学生参加了见面会，2023级强基计划学生郑雨萱发言。'),
    ).toEqual(['强基计划']);
  });
  it('本次/全国性/最终 make a name indefinite; a contest’s ranking list (竞赛榜单) is no contest', () => {
    expect(programs('学校将依托国家优秀中小学教师培养计划和本次专项计划，为赣州培养乡村教师。')).toEqual([
      '国家优秀中小学教师培养计划',
    ]);
    expect(programs('该赛是教育部、财政部资助的全国性大学生学科竞赛之一。')).toEqual([]);
    expect(programs('经过层层选拔，最终高教主赛道共60个项目进入决赛。')).toEqual([]);
    expect(programs('该赛事是全国普通高校大学生竞赛榜单赛事之一。')).toEqual([]);
  });
  it('执行 is a verb before a plan or a ministry (學院執行教育部「…計畫」)', () => {
    expect(
      namesOfKind(
        '學院院長劉宗霖補充，學院執行教育部「大學社會責任實踐計畫」已有多年經驗。',
        'organization',
        'zh-Hant',
      ),
    ).toEqual(['教育部']);
  });
});

describe('people in college and Taiwan news: a lecturer’s rank after the name; 補充 as speech', () => {
  it('顾明辉副教授和沈佳讲师带领; 院長劉宗霖補充', () => {
    expect(peopleIn('指导教师顾明辉副教授和沈佳讲师带领参赛学生开展了十余轮方案比选。', 'zh')).toEqual([
      '沈佳',
      '顾明辉',
    ]);
    expect(peopleIn('興大農業暨自然資源學院院長劉宗霖補充，學院已有多年經驗。', 'zh-Hant')).toEqual(['劉宗霖']);
  });
  it('guard: 讲师 after a unit names no one (马克思主义学院讲师团)', () => {
    expect(peopleIn('马克思主义学院讲师团深入社区开展宣讲活动。', 'zh')).toEqual([]);
  });
});

describe('Japanese press releases: a unit between the name and its title (山田健一 農学研究科教授, 同助教)', () => {
  it('the unit or 同 may stand between; 上級研究員 is a title', () => {
    const text =
      '山田健一 農学研究科教授、佐藤美咲 同助教らの研究グループは、植物が一度経験した乾燥ストレスを記憶する仕組みを明らかにしました。' +
      'この研究は、理化学研究所の中村大輔 上級研究員との共同研究として行われました。';
    expect(peopleIn(text, 'ja')).toEqual(['中村大輔', '佐藤美咲', '山田健一']);
  });
  it('guard: a unit alone before a title names no one (農学研究科 教授会)', () => {
    expect(
      peopleIn(
        '本日、農学研究科 教授会において、新しいカリキュラムが承認されました。研究科の方針も確認されました。',
        'ja',
      ),
    ).toEqual([]);
  });
});
