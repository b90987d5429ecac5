/**
 * Chinese roles printed next to names, longest first so 党委书记 wins over 书记: one list for the Chinese and the
 * English people finders (find-people.ts, find-english-people.ts). Below it, the words read before a name only
 * (bylines, occupations, award holders), split from find-people.ts.
 */
export const ZH_ROLES = [
  '党委常委',
  '党委副书记',
  '党委书记',
  // 大溪村党总支书记潘建国说: read whole, not as the occupation 支书 and 记潘建 after it (session 38, R27).
  '党总支书记',
  '党支部书记',
  '总支书记',
  '党组书记',
  '党工委书记',
  '总书记',
  '副书记',
  '书记',
  '常务副校长',
  // 副學長: a Japanese or Taiwanese university's vice-president (拓殖大學副學長鈴木健一; session 51, R143).
  '副学长',
  '副校长',
  '校长',
  '副院长',
  '院长',
  '院士',
  '副省长',
  '省长',
  '副市长',
  '市长',
  // 文山區區長陳佳珍, 县长, 镇长: the heads of districts, counties and towns (session 33)
  '副区长',
  '区长',
  '副县长',
  '县长',
  '镇长',
  // 研發長王思婷 (a Taiwanese university's dean of research), 鄉長華振昌 (a township's head), 釋淨明法師 (a Buddhist
  // master), 研究馆员张晓东 (a museum's research rank): session 56, R188–R190. Taiwan's other deans (國際長陳美玲), a
  // village's and a prefecture's heads (里長陳明德, 州长龙晓军): R192–R195.
  '研发长',
  '国际长',
  '教务长',
  '学务长',
  '总务长',
  '里长',
  '村长',
  '副州长',
  '州长',
  '副乡长',
  '乡长',
  '法师',
  '副主席',
  '主席',
  '董事长',
  '总经理',
  '副部长',
  '部长',
  '副主任',
  '主任',
  '副教授',
  // Taiwan's assistant professor, before or after the name (陳怡蓉助理教授主持; session 61, R244).
  '助理教授',
  '教授',
  // 沈佳讲师: a lecturer's rank after the name, as 教授 (session 39, R37; it was read before a name only).
  '讲师',
  // 王婧副研究员: the associate rank is the role's, not the name's last character (session 38, R28).
  '副研究员',
  '助理研究员',
  '研究员',
  '副研究馆员',
  '研究馆员',
  '博士研究生',
  '硕士研究生',
  '研究生',
  '本科生',
  '处长',
  // A county bureau's section chiefs (科长陆永刚、副科长蒙昌盛; session 52, R154); a Taiwanese town office's (社會課課長
  // 陳怡君, folded to 课长; session 63, R268). Not 主管 (招聘主管莫立峰): it is as often the verb (主管教学副院长).
  '科长',
  '课长',
  '局长',
  '厅长',
  '秘书长',
  // 總幹事 of a fishermen's or farmers' association (session 39, R35).
  '总干事',
  '理事长',
  '会长',
  '总裁',
  '博士',
  '老师',
  // 人力资源总监毛佳杰, 所长马强等人
  '总监',
  '所长',
  '站长',
  // 人大代表黄细花提出, 全国政协委员张近东, 李紫贵先生, 王某同学
  '人大代表',
  '政协委员',
  // Taiwan's civil-service rank (新北市衛生局專門委員黃淑貞及…; session 61, R243).
  '专门委员',
  // 学生代表宁佳琪分别发言, 教师代表…: who speaks for a group at a ceremony (session 37, R22).
  '学生代表',
  '教师代表',
  '校友代表',
  '新生代表',
  '毕业生代表',
  '家长代表',
  '先生',
  '女士',
  '同学',
  // 澳門特區行政長官岑浩輝 (session 34): the heads of the Hong Kong and Macao governments.
  '行政长官',
].sort((a, b) => b.length - a.length);

/**
 * Words before a name only: bylines (记者 魏其濛, 责任编辑：刘德宾) and students (学生杨锦). After a name they
 * are someone else (罗娟向记者介绍, 教师会为学生…). Session 20: correspondents, interns, photo credits and the review
 * chain every campus footer prints (通讯员, 实习生, 图片, 初审/复审/终审).
 */
export const ROLES_BEFORE =
  '责任编辑 毕业生 记者 编辑 作者 学生 摄影 审核 责编 编剧 文字 通讯员 实习生 图片 摄像 初审 复审 终审 审稿 校对 美编 撰稿 供图 视频 策划 监制 联系人 联络人'.split(
    ' ',
  );
/**
 * Occupations and groups before a name (作家毕飞宇, 护士蔡桃英, 博士生张某, 村民李某): after a name they mostly
 * name a kind of person (戏曲演员, 外科专家, 全球校友), so they are read before it only.
 */
export const OCCUPATIONS =
  '同门 队友 室友 指挥 船长 护理长 匠师 仲裁员 药匠 种植户 养殖户 大户 头目 教研员 骨干 车手 作家 制片人 护士 律师 医生 医师 主治医师 主任医师 教练 导演 演员 校友 工程师 主编 社长 馆长 队长 团长 选手 运动员 总理 总统 大使 参赞 一等秘书 二等秘书 三等秘书 发言人 创始人 辅导员 民警 法官 检察官 博士后 科学家 专家 学者 博士生 硕士生 留学生 师范生 教师 班长 组长 船长 支书 导师 村民 族人 考生 秘书 居民 市民 村民 家长 大户 农户 蔗农 果农 菜农 茶农 花农 小农 棉农 师资生 官员 调研员 巡视员 社工师 社工 护士长 创办人 志愿者 牧民 农民 渔民 工人 队员 成员 患者 网友 新生 设计师 架构师 分析师 总师 副总师 总指挥 顾问 名师 领事 总领事 司长 经理 合伙人 助理 干部 代表 本科生 研究生 年级 营员 学员 行长 副行长 教员 机长 技术长 主持人 年级生 耆老'.split(
    ' ',
  );
// Session 34 (R17): engineering programmes' chiefs (总师, 总设计师, 总指挥), advisers (一级顾问), award-titled teachers
// (教学名师), consuls (總領事) and heads of a government department (司長: 社會文化司司長; 公司长… is refused below).
// Session 35 (R18): managers (高級經理陳嘉敏, 项目经理; 总经理 is a role above).
// Session 41 (R50, R52): architects and analysts (首席架构师王文博), partners (合伙人孙晓雯律师), assistants to a head
// (院长助理马晨阳) and whoever speaks for a group (学员代表杨子墨, 营员代表…; after a name 代表 is the act of speaking).
// Session 42 (R58, R60): undergraduates and graduate students (2023级本科生田宇航, 研究生陈一凡), as 博士生 and 硕士生 are,
// and a student's year (大氣科學系三年級蔡宜庭表示); a camp's or a course's members (营员黄子墨说; R64).
// Session 55 (R185, R187): a bank's president (副行长刘敏), an instructor (兼职教员周振宇), a captain, Taiwan's 技术长 (CTO).
// Session 51 (R141–R143): civil servants' ranks (四级调研员梁宏, 二级巡视员齐玉茹), social workers (社工师刘慧娟), a head
// nurse (护士长秦芳) and a founder (创办人何子軒). Session 58 (R208, R209): a ship's captain, a head nurse (護理長),
// a master craftsman (老匠師許金水).
// Session 52 (R144–R147): teaching researchers (教研员张立新), a lab's young core staff (青年骨干王海鹰), a racing team's
// drivers (车手赵宇航), a conductor (青年指挥顾鸣; R153); growers and a tribe's chief (种植户王国富说, 部落頭目黃金水表示; R151, R149).
// Session 44 (R84): herders, farmers, fishers and workers telling their story (牧民安建国说).
// Session 60 (R232): a fellow student under the same supervisor, a teammate, a roommate (同门陈可说).
/**
 * Who someone is to an award, a play or a project, before the name (提名奖获得者王贵鹏, 雨田的扮演者王慧杰, 传承人沈斌,
 * 项目负责人刘畅; session 34: 负责人 after a name is the name's post, 有关负责人表示 names no one).
 */
export const HOLDERS = ['获得者', '获奖者', '得主', '扮演者', '传承人', '负责人'];

/**
 * Every word that, before a foreign name written in Chinese, says it is a person's (执行主席约翰·米勒): one list, so
 * the patterns built from it are built once.
 */
// A student too (哈萨克斯坦籍学生阿丽娜·努尔兰; session 51, R141): before a dotted foreign name 学生 says who.
export const FOREIGN_NAME_ROLES: readonly string[] = [...ZH_ROLES, ...OCCUPATIONS, '负责人', '学生', '毕业生'];
