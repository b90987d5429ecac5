// Key names on the classes review sets R34 and R35 found failing (issue #11, session 39, round 5, checked on R36–R39):
// each describe named after the page class it serves, rules with guards.
import { describe, expect, it } from 'vitest';
import { namesOfKind, peopleIn } from './entity-kinds';

const programs = (text: string) => namesOfKind(text, 'program', 'zh').sort();

describe('competitions and plans named with their scope (provincial and national contests, Hong Kong funds)', () => {
  it('a contest longer than twelve characters opening with 全国/省 is read whole', () => {
    expect(programs('本届竞赛优秀选手将组队参加全国中医药院校大学生中医经典知识竞赛。')).toEqual([
      '全国中医药院校大学生中医经典知识竞赛',
    ]);
    expect(programs('优胜选手将代表学院参加浙江省大学生服务外包创新应用大赛。')).toEqual([
      '浙江省大学生服务外包创新应用大赛',
    ]);
  });
  it('从业 is a word inside a contest’s name, not the preposition 从', () => {
    expect(programs('一等奖获得者将代表学院参加福建省师范类高校学生从业技能大赛的校内选拔。')).toEqual([
      '福建省师范类高校学生从业技能大赛',
    ]);
  });
  it('the government or bureau owning a fund is no part of its name', () => {
    expect(programs('是項研究獲香港特別行政區政府醫療衞生研究基金及研究資助局研究影響基金資助。')).toEqual([
      '研究影響基金',
      '醫療衞生研究基金',
    ]);
  });
  it('透過教育部高教深耕計畫: working through a ministry’s plan names it', () => {
    expect(programs('學校透過教育部高教深耕計畫及大學社會責任實踐計畫支持教師帶領學生走出校園。')).toEqual([
      '大學社會責任實踐計畫',
      '高教深耕計畫',
    ]);
  });
  it('a special class (试验班) is a programme', () => {
    expect(programs('学校深入实施拔尖计划，唐敖庆理科试验班、匡亚明文史试验班等培养模式持续完善。')).toEqual([
      '匡亚明文史试验班',
      '唐敖庆理科试验班',
      '拔尖计划',
    ]);
  });
  it('guards: a long run with no scope stays unread; 西部计划 keeps its 部', () => {
    expect(programs('学生们认为这次活动是一次难得的关于人工智能时代青年责任与担当的主题教育实践计划。')).toEqual([]);
    expect(programs('我校12名毕业生入选大学生志愿服务西部计划。')).toEqual(['大学生志愿服务西部计划']);
  });
});

describe('people in a meeting’s report: a long report’s subject, a contrasting 则, 向 and 合作 after the name', () => {
  it('处长孟凡军作本科教育教学工作报告', () => {
    expect(peopleIn('会上，教务处处长孟凡军作本科教育教学工作报告。', 'zh')).toEqual(['孟凡军']);
  });
  it('副主任医师韩雪则与副教授邵一帆合作', () => {
    expect(peopleIn('附属医院副主任医师韩雪则与计算机学院副教授邵一帆合作，提出了新的方案。', 'zh')).toEqual([
      '邵一帆',
      '韩雪',
    ]);
  });
  it('副校長（學術）馬立德向團隊表示祝賀; 總幹事蔡明達指出', () => {
    expect(peopleIn('澳大副校長（學術）馬立德向團隊表示祝賀。漁會總幹事蔡明達指出，事故時有所聞。', 'zh-Hant')).toEqual(
      ['蔡明達', '馬立德'],
    );
  });
  it('guard: a word before 则 after a role is no name (院长高度则…)', () => {
    expect(peopleIn('院长高度则是另一回事，会议继续进行。', 'zh')).toEqual([]);
  });
});
