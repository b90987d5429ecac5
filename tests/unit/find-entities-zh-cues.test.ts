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
    // Session 15, from the widened tuning pages (news features, commentaries, translations, family stories).
    ['a feature signed with slashes', '文/栗思\n编辑/倪家宁', ['倪家宁']],
    ["a commentary's writers in a row", '但希望就在继续努力之中。（评论员 罗博 萧海川）', ['罗博', '萧海川']],
    ["a translation's byline", '发表在科学刊物上。（编译/林靖东）', ['林靖东']],
    [
      'a translated feature: an astronaut with the original name',
      '前NASA宇航员巴兹·奥尔德林(Buzz Aldrin)表示。',
      ['巴兹·奥尔德林'],
    ],
    ['a gala page: a name after 听到 and before a speech verb', '听到董力透露拍戏15小时，他直接回答。', ['董力']],
    ['a name after 据 and before a speech verb', '据王强介绍，项目已经完成。', ['王强']],
    ['a court story: a writer named before what he wrote', '在监狱里，他读了作家毕飞宇写的《推拿》。', ['毕飞宇']],
    ['a nurse named in a photo caption', '康复病人、来自汉口医院的护士蔡桃英在献血浆时拍照留念。', ['蔡桃英']],
    [
      'a family story naming siblings and aunts',
      '签名一直是姑姑于秀荣。后来姑姑于秀荣让律师告诉他。姐姐于家乐一脸埋怨，于家乐在济南经营公司。',
      ['于秀荣', '于家乐'],
    ],
  ])('%s: the people are found', (_class, text, names) => expect(people(text)).toEqual(expect.arrayContaining(names)));
  it.each([
    ['officials called 同志 by their post', '40余家企业的有关负责同志出席。', '关负责'],
    ['a surname and title after a family word', '小温母亲李女士、公安干警搜寻至凌晨。', '李女士'],
    ['a conjunction after a family word', '小温平时是父亲和奶奶在带。', '和奶奶'],
    ['a name read through 的 before a family word', '其间，于欢的父亲也因罪服刑。', '于欢的'],
    ['a role word after a body', '华坚集团董事长张华荣表示满意。', '董事长'],
    ['an award verb after a two-character name', '北京生命科学研究所邵峰荣获奖项。', '邵峰荣'],
    ['a year note on a body', '中国科学院(1949年成立)在北京。', '中国科'],
    ['a gala page: 摄影师 is a word, not 摄影 and a name', '现场聚集大批粉丝、采访媒体、摄影师等。', '师等'],
    ["a regulator's case: surnamed 吕 names no one", '他们还在寻找江西吕姓消费者，吕姓女士先投诉。', '吕姓'],
    ['a council opening: 广大 before a role is many people', '各参加单位和广大政协委员要坚持团结。', '和广大'],
  ])('%s: no person', (_class, text, wrong) => expect(people(text)).not.toContain(wrong));
});
