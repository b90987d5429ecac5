// Chinese programs on campus pages nobody had tuned on (session 37, round 3; issue #11): made-up texts, each describe
// named after the page class it serves. Precision first: each rule reads evidence every site prints — a verb that
// takes the program as its object, a special project under its parent plan, "plans to" after an event, a class or
// degree course, a plan titled in 《》, a seminar's edition — and each has a guard that nothing wrong appears.
import { describe, expect, it } from 'vitest';
import { namesOfKind } from './entity-kinds';

const programs = (text: string) => namesOfKind(text, 'program', 'zh').sort();

describe('Chinese university news (reform and policy reports): a verb before a program is no part of its name', () => {
  it('包括, 发挥, 给予 and 落实 end the text before the name wherever they stand', () => {
    expect(programs('学院包括拔尖人才培养工程在内的多项改革稳步推进。')).toEqual(['拔尖人才培养工程']);
    expect(programs('学院发挥卓越人才培养行动引领作用。')).toEqual(['卓越人才培养行动']);
    expect(programs('学校给予青年拔尖人才培养专项支持。')).toEqual(['青年拔尖人才培养专项']);
    expect(programs('学校落实国家重点研发计划“纳米前沿”重点专项任务。')).toEqual([
      '“纳米前沿”重点专项',
      '国家重点研发计划',
    ]);
  });
  it('guard: no name opens with the verb, quoted or not (包括“强基计划”在内, 落实“双一流”建设)', () => {
    expect(programs('学校包括“强基计划”在内的多项改革稳步推进。')).toEqual(['强基计划']);
    expect(programs('学校积极落实“双一流”建设任务，全面推进“双一流”建设。')).toEqual(['“双一流”建设']);
    // The plan is a known programme (known-program-names.ts, session 46): named, the verb no part of it.
    expect(programs('学校落实国家重点研发计划。')).toEqual(['国家重点研发计划']);
  });
});

describe('Chinese university news (research grants): a special project under its parent plan', () => {
  it('a name ending in 专项 runs up to 16 characters after the parent plan', () => {
    expect(programs('学校承担国家重点研发计划绿色宜居村镇技术创新重点专项。')).toEqual([
      '国家重点研发计划',
      '绿色宜居村镇技术创新重点专项',
    ]);
    expect(programs('团队牵头国家重点研发计划大型科学仪器设备研制重点专项项目。')).toEqual([
      '国家重点研发计划',
      '大型科学仪器设备研制重点专项',
    ]);
  });
  it('guard: the plan’s special projects named by their class alone are no name of their own', () => {
    expect(programs('学院承担国家重点研发计划重点专项。')).toEqual(['国家重点研发计划']);
  });
});

describe('Chinese university news (event notices): an event 计划于/计划在 is a verb phrase', () => {
  it('活动计划于, 会议计划将于 and 活动计划在 name no plan', () => {
    expect(programs('本次活动计划于5月举行，届时将邀请校友参加。')).toEqual([]);
    expect(programs('校园开放日活动计划在图书馆举行。学术年会会议计划将于明年召开。')).toEqual([]);
  });
  it('guard: a plan named before 在 is still a plan', () => {
    expect(programs('学校实施卓越工程师培养计划在全校推开。')).toEqual(['卓越工程师培养计划']);
  });
});

describe('Chinese university news (teaching and admissions): special classes, camps and degree courses', () => {
  it('…实验班, …英才班, …创新班 and …训练营 are programs, without the school, a cohort or a verb before them', () => {
    expect(programs('学校开设拔尖创新人才实验班，设立“钱学森”英才班。')).toEqual([
      '“钱学森”英才班',
      '拔尖创新人才实验班',
    ]);
    expect(programs('我校首届人工智能创新班开班。')).toEqual(['人工智能创新班']);
    expect(programs('2026级拔尖创新人才实验班开班。')).toEqual(['拔尖创新人才实验班']);
    expect(programs('学院举办全国大学生数学建模训练营。')).toEqual(['全国大学生数学建模训练营']);
  });
  it('…学位课程 and …证书课程 with a name before them are programs', () => {
    expect(programs('学院开设金融学双学位课程和数据科学证书课程。')).toEqual(['数据科学证书课程', '金融学双学位课程']);
  });
  it('guard: a class or course named by its level or kind alone is none', () => {
    expect(programs('学生可修读学位课程，也可报名双学位课程、本科实验班或暑期训练营。')).toEqual([]);
  });
});

describe('Chinese university news (policy documents): a plan titled in 《》', () => {
  it('《…计划》, 《…工程》, 《…专项》: the name inside the 书名号', () => {
    expect(programs('教育部印发《高等学校人工智能创新行动计划》。')).toEqual(['高等学校人工智能创新行动计划']);
    expect(programs('学校启动《本科教学质量提升示范工程》。')).toEqual(['本科教学质量提升示范工程']);
  });
  it('guard: a 方案 or 通知 titled in 《》 names no program of its own', () => {
    expect(programs('学校印发《一流本科专业建设实施方案》和《关于做好学生返校工作的通知》。')).toEqual([]);
  });
});

describe('Chinese university news (conference reports): a recurring seminar with a quoted name', () => {
  it('第N届 + a quoted name + 研讨会/论坛 is the named event, without the edition (as 第N届…论坛/大赛)', () => {
    expect(programs('第三届“智能制造”研讨会在我校举行。')).toEqual(['“智能制造”研讨会']);
    expect(programs('第三届“智能制造”国际研讨会和第二届“智慧城市”高峰论坛举行。')).toEqual([
      '“智慧城市”高峰论坛',
      '“智能制造”国际研讨会',
    ]);
    expect(programs('第五届“中外大学校长”论坛开幕。')).toEqual(['“中外大学校长”论坛']);
  });
  it('guard: a seminar without an edition, or without a quoted name, may be a one-off: none', () => {
    expect(programs('学院举办“智能制造”研讨会。第三届智能制造研讨会举行。')).toEqual([]);
  });
});
