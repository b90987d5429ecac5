import { describe, expect, it } from 'vitest';
import { namesOfKind } from './entity-kinds';

// Issue #11, third round: Chinese people named with no role or speech verb of their own, each class from a
// tuning miss (obituaries, prize pages, family interviews, play reviews, bylines).
const people = (text: string) => namesOfKind(text, 'person');

describe('Chinese people named by what stands around them', () => {
  it.each([
    ['an obituary naming the deceased as 同志', '上海市非物质文化遗产代表性传承人沈斌同志因病逝世。', ['沈斌']],
    ['a campaign named after a model (向…同志学习)', '当时响应号召《向雷锋同志学习》，全国都在学。', ['雷锋']],
    ['a family interview (name + 女儿 + name)', '潘振声女儿马莉表示，改成这样不好。', ['潘振声', '马莉']],
    ['a family word before the name alone', '女儿马莉是南艺老师，也是演奏家。', ['马莉']],
    ['a family word after 的', '其间，于欢的父亲也因罪服刑。', ['于欢']],
    [
      'a prize page naming winners by institute',
      '北京生命科学研究所邵峰荣获奖项，高能物理研究所王贻芳、某某获奖。',
      ['邵峰', '王贻芳'],
    ],
    ['a professor named before an award verb', '美国加州伯克利大学教授陆锦标获“物质科学”奖。', ['陆锦标']],
    [
      'two winners with years in brackets',
      '生命科学奖：卢煜明(2016年)、施一公(2017年)，其余略。',
      ['卢煜明', '施一公'],
    ],
    ['an earlier fellow with the year elected', '王小云是继姚期智(2010年当选)之后的第二位。', ['姚期智']],
    [
      'a list of teachers with 及 inside',
      '师从盖春来、谭金霖及郑传鉴、方传芸等名师。',
      ['盖春来', '谭金霖', '郑传鉴', '方传芸'],
    ],
    ['an award holder named before 和', '第五届提名奖获得者王贵鹏和部分干部职工到现场观看。', ['王贵鹏']],
    ['an actor quoted with a manner before 说', '剧中雨田的扮演者王慧杰动情地说。', ['王慧杰']],
    ['an editor with a site code', '本文来源：每日经济新闻  责任编辑：荀建国_NN7379', ['荀建国']],
    ["a byline naming the writer's unit", '（文字：新闻中心 王海 摄影：李明）', ['王海', '李明']],
  ])('%s: the people are found', (_class, text, names) => expect(people(text)).toEqual(expect.arrayContaining(names)));
  it.each([
    ['officials called 同志 by their post', '40余家企业的有关负责同志出席。', '关负责'],
    ['a surname and title after a family word', '小温母亲李女士、公安干警搜寻至凌晨。', '李女士'],
    ['a conjunction after a family word', '小温平时是父亲和奶奶在带。', '和奶奶'],
    ['a name read through 的 before a family word', '其间，于欢的父亲也因罪服刑。', '于欢的'],
    ['a role word after a body', '华坚集团董事长张华荣表示满意。', '董事长'],
    ['an award verb after a two-character name', '北京生命科学研究所邵峰荣获奖项。', '邵峰荣'],
    ['a year note on a body', '中国科学院(1949年成立)在北京。', '中国科'],
  ])('%s: no person', (_class, text, wrong) => expect(people(text)).not.toContain(wrong));
});
