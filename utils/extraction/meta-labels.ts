/**
 * The labels campus pages print before a meta line's fields (来源, 作者/文字/摄影/编辑/审核, 发布日期 …), in simplified
 * and traditional Chinese. meta-line.ts reads the fields with them.
 */

export const ROLE_LABELS = [
  '责任编辑',
  '責任編輯',
  '责编',
  '文字',
  // 图文：a writer who also took the photos (not the 文 of a 文： label inside it).
  '图文',
  '圖文',
  // 採訪撰稿／許雅婷: who interviewed and wrote (session 62, R258), before 撰稿 alone.
  '采访撰稿',
  '採訪撰稿',
  '撰稿',
  '撰文',
  '作者',
  '记者',
  '記者',
  '通讯员',
  '摄影',
  '攝影',
  '图片',
  // 圖片：陳詠欣, as Macau's and Hong Kong's pages print it (session 53, R162).
  '圖片',
  '摄像',
  '视频',
  '编辑',
  '編輯',
  '审核',
  // 审核人：周振宇, the reviewer named as a person (session 60, R232).
  '审核人',
  '審核人',
  '审稿',
  // 审校/審校: who reviewed and proofread (审校：刘鹏; session 39, R38, R39).
  '审校',
  '審校',
  '校对',
  // 核稿：王蕊, who checked the copy (session 53, R157).
  '核稿',
  // 翻译：沈嘉怡, who translated a joint university's story (session 55, R184).
  '翻译',
  '翻譯',
  // 文章录入：lxyadmin (动易 and other ASP CMSs): the account that typed it in, read so the line's other fields are.
  '文章录入',
  '录入',
  '终审',
  '初审',
  '复审',
  '審核',
  '初審',
  '複審',
  '終審',
  // The three-level review every mainland news office now prints (一审：罗佳 二审：周启明 三审：梁文斌; session 42).
  '一审',
  '二审',
  '三审',
  '一審',
  '二審',
  '三審',
  '文',
  '图',
  // 圖／何俊傑: the traditional form (文／梁嘉欣 圖／何俊傑; session 50, R134).
  '圖',
  // 摄/戚心怡: the short form of 摄影, with a slash or colon like 文 and 图.
  '摄',
  '攝',
];
// Traditional forms (來源, 發布單位, 瀏覽次數, 發佈日期) are what Hong Kong and Taiwan university pages print.
export const SOURCE_LABELS = [
  // 文章来源, 信息来源: the field is the source; 文章 is no name in the field before it.
  '资料来源',
  '資料來源',
  '文章来源',
  '文章來源',
  '信息来源',
  '信息來源',
  '新闻来源',
  '新聞來源',
  '稿件来源',
  '来源',
  '稿件來源',
  '來源',
  '發布單位',
  '發佈單位',
  // Taiwan's announcing office (公告單位：秘書室; round 57, R313)
  '公告單位',
  '公告单位',
  '供稿单位',
  '供稿單位',
  '供稿',
  // 稿源：华西医院 (the source of the copy, session 38, R26).
  '稿源',
  '发布单位',
  '发布部门',
  '发布者',
  '发布人',
  '發布者',
  '發布人',
  // Taiwan's rpage prints the issuing office as 單位 beside 日期 ("日期：2026-11-09 單位：秘書處公共事務室").
  '單位',
  '单位',
];
/**
 * A CMS's posting account (WebPlus's 发布者, 发布人): an office when its value is one (党委宣传部), else the person
 * who posted the piece, a credit and never the source office.
 */
// Who typed it in (文章录入：xcb) is a posting account too: a credit only when a person's name is printed there
// (session 52, R147).
export const POSTER_LABELS: ReadonlySet<string> = new Set(['发布者', '发布人', '發布者', '發布人', '文章录入', '录入']);
/** Labels that are a word's tail elsewhere (主办单位, 承辦單位): a field only when no Han character precedes them. */
export const BARE_LABELS = new Set(['單位', '单位']);
/**
 * Fields a meta line prints beside the credits that credit no one (分類：高醫新聞, 栏目：学院新闻, 关键词：…): read as
 * fields so that the value before them ends there (作者：公共事務室 分類：高醫新聞 read 高醫新聞 as the writer; session
 * 50, R135).
 */
export const OTHER_LABELS = [
  '分类',
  '分類',
  '类别',
  '類別',
  '所属栏目',
  '所屬欄目',
  '栏目',
  '欄目',
  '标签',
  '標籤',
  '关键词',
  '關鍵詞',
  '关键字',
  '關鍵字',
];
export const DATE_LABELS = [
  '发布日期',
  '发布时间',
  '发表时间',
  '更新时间',
  '发稿时间',
  '發佈日期',
  '發布日期',
  '發佈時間',
  '發布時間',
  '發表時間',
  '發表日期',
  '刊登日期',
  '公告日期',
  '更新時間',
  '日期',
  '时间',
  '時間',
];

/**
 * The source label in the languages university news is printed in ("Source:", "Fuente:", "Sursa:", "Izvor:" …),
 * from their usage (session 50, R139: a Romanian page's "Sursa: Departamentul de Comunicare …").
 */
export const SOURCE_WORDS =
  'Source|Fuente|Quelle|Fonte|Bron|Källa|Kilde|Zdroj|Źródło|Sursa|Izvor|Vir|Forrás|Šaltinis|Avots|Allikas|Lähde|Kaynak|Sumber|Πηγή|Източник|Джерело|Источник|Извор|' +
  // Hebrew, Arabic, Persian, Korean, Vietnamese (session 51, R143: "מקור: דוברות האוניברסיטה העברית")
  'מקור|المصدر|مصدر|منبع|출처|Nguồn|' +
  // Hindi, Bengali, Urdu, Thai and Swahili (session 56, R199's "स्रोत: जनसंपर्क प्रकोष्ठ"), Oromo (round 57, R315)
  'स्रोत|সূত্র|ماخذ|ที่มา|Chanzo|Madda';
