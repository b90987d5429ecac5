// Realistic synthetic collections for the collection benchmark (issue #12): varied Chinese and English sentences,
// 3-character names from a large pool drawn Zipf-like, organizations, tags, ~2,500 characters per article.
// Pure, seeded and self-contained (no outside names), so the same articles can be generated in Node and inside the
// browser (the no-index floor, from the function's source), one at a time: 100,000 articles are ~1 GB of JSON.
export function* articleStream(n, seed = 12, seedText = '') {
  let s = seed >>> 0;
  const rnd = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  /** Zipf-like: low indexes far more often, a long tail. */
  const zipf = (k) => Math.floor(k ** rnd()) - 1;
  const SUR = [
    ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
  ];
  const GIV = [
    ...'建军国华明志伟芳秀英敏静丽强磊洋艳勇杰娟涛超霞平刚桂兰玉萍红玲菊梅琳云莲雪荣瑞凡佳嘉琼勤珍莉叶璐琦晶妍秋珊锦青倩婷婉瑾颖露瑶怡雁仪丹蓉君琴蕊薇菁岚馨韵园咏卿聪澜纯悦昭冰爽茗羽希宁欣育柔竹凝晓欢霄枫芸菲寒伊亚宜可舒影思东海波峰浩然博文鹏飞宇航天翔鸿远',
  ];
  const names = [];
  for (let i = 0; i < 30000; i++) names.push(pick(SUR) + pick(GIV) + pick(GIV));
  const ORG = [
    '教务处',
    '研究生院',
    '科学技术研究院',
    '国际合作与交流处',
    '学生工作部',
    '人事处',
    '图书馆',
    '党委宣传部',
    '材料学院',
    '电气工程学院',
    '能源与动力工程学院',
    '医学部',
    '管理学院',
    '人文社会科学学院',
  ];
  const PROG = [
    '“双一流”建设',
    '强基计划',
    '“6352”工程',
    '拔尖创新人才培养计划',
    '国家重点研发计划',
    '产教融合创新工程',
    '青年拔尖人才支持计划',
  ];
  const ZH_VERB = [
    '主持召开',
    '出席',
    '调研',
    '讲话并部署',
    '座谈交流',
    '考察指导',
    '作专题报告',
    '介绍了',
    '强调',
    '指出',
  ];
  const ZH_TOPIC = [
    '本科教学质量提升工作',
    '学科建设推进会',
    '科研成果转化',
    '人才培养方案修订',
    '国际学术会议',
    '实验室安全检查',
    '校园文化建设',
    '毕业生就业工作',
    '创新港建设进展',
    '重大科研平台建设',
    '思想政治教育',
    '新生开学典礼',
    '校友返校活动',
    '疫情防控工作',
  ];
  const seedSentences = seedText
    .split(/(?<=[。！？])/)
    .map((x) => x.trim())
    .filter((x) => x.length > 8);
  const EN_NAMES = [
    'Jane Doe',
    'David Okafor',
    'Maria Garcia',
    'Wei Zhang',
    'Priya Raman',
    'John Smith',
    'Amara Nwosu',
    'Lena Fischer',
    'Carlos Mendes',
    'Yuki Tanaka',
    'Sarah Lee',
    'Omar Haddad',
  ];
  const EN_W =
    'research students faculty campus climate energy health medicine engineering policy innovation program grant laboratory community partnership undergraduate graduate fellowship science data computing materials quantum biology ocean urban design history economics education public global sustainable network institute center department award professor lecture symposium conference discovery study survey analysis model system robotics neuroscience genetics chemistry physics mathematics language culture art music library archive'.split(
      ' ',
    );
  const EN_TITLE = ['Provost', 'Professor', 'Dean', 'President', 'Chancellor', 'Researcher', 'Director'];
  const zhSentence = () => {
    const r = rnd();
    if (r < 0.35 && seedSentences.length) return pick(seedSentences);
    const who = names[zipf(names.length)];
    if (r < 0.7) return `${pick(ORG)}${who}${pick(ZH_VERB)}${pick(ZH_TOPIC)}。`;
    if (r < 0.85)
      return `${pick(PROG)}实施${1 + Math.floor(rnd() * 20)}年来，${who}团队在${pick(ZH_TOPIC)}方面取得${pick(['重要', '显著', '阶段性'])}进展。`;
    return `${new Date(Date.UTC(2015 + Math.floor(rnd() * 11), Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28))).toISOString().slice(0, 10)}，${pick(ORG)}举办${pick(ZH_TOPIC)}，${names[zipf(names.length)]}、${names[zipf(names.length)]}等参加。`;
  };
  const enSentence = () => {
    const w = () => pick(EN_W);
    const r = rnd();
    if (r < 0.4)
      return `${pick(EN_TITLE)} ${pick(EN_NAMES)} said the ${w()} ${w()} program will support ${w()} ${w()} across the ${w()} institute. `;
    if (r < 0.7)
      return `The ${w()} study, led by ${pick(EN_NAMES)}, examines ${w()} and ${w()} in ${w()} ${w()} with new ${w()} methods. `;
    return `Students in the ${w()} ${w()} fellowship presented ${w()} results at the ${w()} symposium on ${w()} ${w()}. `;
  };
  for (let i = 0; i < n; i++) {
    const zh = rnd() < 0.6;
    let text = '';
    while (text.length < 2000 + rnd() * 1000) text += zh ? zhSentence() : enSentence();
    const people = zh
      ? [
          ...new Set(
            text.match(/(?<=[处院馆部])[\u4e00-\u9fff]{3}(?=主持|出席|调研|讲话|座谈|考察|作专|介绍|强调|指出)/g) ?? [],
          ),
        ]
      : [];
    const host = `news.u${i % 60}.edu.cn`;
    const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(rnd() * 11 * 365) * 864e5).toISOString();
    const id = `${(i + 1).toString(16).padStart(8, '0')}-${Math.floor(rnd() * 0xffff)
      .toString(16)
      .padStart(4, '0')}-4000-8000-${Math.floor(rnd() * 2 ** 48)
      .toString(16)
      .padStart(12, '0')}`;
    yield {
      id,
      url: `http://${host}/info/${1000 + (i % 97)}/${100000 + i}.htm`,
      canonicalUrl: null,
      site: { host, name: null, university: zh ? `测试大学${i % 60}` : `Bench University ${i % 60}` },
      title: zh
        ? `${pick(ORG)}${pick(ZH_VERB)}${pick(ZH_TOPIC)}`
        : `${pick(EN_W)} ${pick(EN_W)}: ${pick(EN_NAMES)} on ${pick(EN_W)}`,
      publishedAt: day.slice(0, 10),
      byline: [],
      source: zh ? pick(ORG) : null,
      views: Math.floor(rnd() * 20000),
      lang: zh ? 'zh' : 'en',
      excerpt: text.slice(0, 80),
      contentHtml: `<p>${text.replace(/([。.] )/g, '$1</p><p>')}</p>`,
      textContent: text,
      attachments: [],
      tags: [pick(['要闻', '学术', '人才', '招生', '科研', '校园', 'news', 'research'])],
      entities: people.slice(0, 6).map((p) => ({ text: p, kind: 'person', role: null, count: 1 })),
      highlights: [],
      clippedAt: day,
      updatedAt: day,
    };
  }
}

/** The first `n` articles, in an array (small sizes; large ones go through articleStream). */
export function makeArticles(n, seed = 12, seedText = '') {
  return [...articleStream(n, seed, seedText)];
}
