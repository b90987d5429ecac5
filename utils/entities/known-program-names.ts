// Named programmes that university news mentions often, by where they are run: funds, talent and education
// schemes, competitions, award schemes, research plans, exchanges and service schemes, with the other names they are
// printed under. Compiled in session 46 from general knowledge by a reviewer who read none of the review sets or
// the corpus (issue #11: a well-kept list where it beats rules). A name is printed here as pages print it; quotes
// inside it are ignored when it is matched (“挑战杯” or 挑战杯), and traditional forms match simplified text. As the
// rules do, a level before a name (国家级, 省级), 项目 after a fund's and an NSFC or NSSF grade (重点项目 …) are no part
// of it.

/** Every name, one string per region, names separated by '|'. */
export const REGIONS: readonly string[] = [
  // Mainland China (504)
  '国家自然科学基金|国家自然基金|面上项目|国家自然科学基金青年科学基金|青年科学基金|国家自然科学基金重大研究计划|国家自然科学基金创新研究群体项目|创新研究群体项目|国家自然科学基金联合基金|' +
    '国家自然科学基金区域创新发展联合基金|区域创新发展联合基金|国家自然科学基金国际（地区）合作与交流项目|国家自然科学基金原创探索计划|国家自然科学基金青年学生基础研究项目|青年学生基础研究项目|' +
    '国家重大科研仪器研制项目|国家自然科学基金国家重大科研仪器研制项目|基础科学中心项目|国家自然科学基金基础科学中心项目|国家杰出青年科学基金|国家杰青|优秀青年科学基金|国家优秀青年科学基金|优青项目|' +
    '优秀青年科学基金项目（海外）|海外优青|优秀青年科学基金项目（港澳）|国家社会科学基金|国家社科基金|国家社会科学基金中华学术外译项目|中华学术外译项目|冷门“绝学”研究专项|冷门绝学研究专项|' +
    '全国教育科学规划课题|国家重点研发计划|科技创新2030重大项目|科技创新2030—重大项目|科技创新2030-重大项目|国家科技重大专项|国家重点基础研究发展计划|973计划|国家高技术研究发展计划|' +
    '863计划|国家科技支撑计划|星火计划|火炬计划|国家艺术基金|国家出版基金|教育部人文社会科学研究项目|教育部人文社科项目|教育部人文社会科学研究一般项目|教育部人文社会科学重点研究基地重大项目|' +
    '教育部哲学社会科学研究重大课题攻关项目|重大课题攻关项目|中央高校基本科研业务费专项资金|中央高校基本科研业务费|中国博士后科学基金|博士后科学基金|教育部产学合作协同育人项目|产学合作协同育人项目|' +
    '中国科学院战略性先导科技专项|战略性先导科技专项|长江学者奖励计划|长江学者|长江学者奖励计划青年学者项目|青年长江学者|国家高层次人才特殊支持计划|万人计划|国家万人计划|千人计划|' +
    '海外高层次人才引进计划|国家千人计划|青年千人计划|百人计划|中国科学院百人计划|百千万人才工程|新世纪百千万人才工程|国家百千万人才工程|新世纪优秀人才支持计划|教育部新世纪优秀人才支持计划|' +
    '创新人才推进计划|高等学校学科创新引智计划|111计划|高等学校学科创新引智基地|高端外国专家引进计划|春晖计划|教育部春晖计划|青年人才托举工程|中国科协青年人才托举工程|博士后创新人才支持计划|' +
    '博新计划|国家资助博士后研究人员计划|博士后国际交流计划|香江学者计划|澳门青年学者计划|国务院政府特殊津贴|国务院特殊津贴|国家建设高水平大学公派研究生项目|国家优秀自费留学生奖学金|中国政府奖学金|' +
    '国际中文教师奖学金|孔子学院奖学金|强基计划|基础学科招生改革试点|基础学科拔尖学生培养计划|拔尖计划|基础学科拔尖学生培养计划2.0|拔尖计划2.0|基础学科拔尖学生培养试验计划|珠峰计划|' +
    '卓越工程师教育培养计划|卓越工程师计划|卓越工程师教育培养计划2.0|卓越医生教育培养计划|卓越法律人才教育培养计划|卓越法治人才教育培养计划|卓越农林人才教育培养计划|卓越教师培养计划|' +
    '六卓越一拔尖计划2.0|“六卓越一拔尖”计划2.0|101计划|计算机领域本科教育教学改革试点工作计划|大学生创新创业训练计划|国创计划|大学生创新性实验计划|英才计划|中学生英才计划|' +
    '中学生科技创新后备人才培养计划|青少年高校科学营|高校科学营|双万计划|一流本科专业建设“双万计划”|国家优秀中小学教师培养计划|优师计划|农村学校教育硕士师资培养计划|硕师计划|' +
    '中小学教师国家级培训计划|国培计划|中西部高等学校基础能力建设工程|中西部高校基础能力建设工程|国家专项计划|高校专项计划|少数民族高层次骨干人才研究生招生计划|少数民族骨干计划|985工程|' +
    '211工程|2011计划|高等学校创新能力提升计划|中国特色高水平高职学校和专业建设计划|双高计划|宏志助航计划|“宏志助航计划”|国家助学贷款|生源地信用助学贷款|大学生志愿服务西部计划|西部计划|' +
    '三支一扶|三支一扶计划|高校毕业生“三支一扶”计划|特岗计划|农村义务教育阶段学校教师特设岗位计划|特岗教师计划|大学生三下乡社会实践活动|“三下乡”社会实践活动|' +
    '中国青年志愿者扶贫接力计划研究生支教团|研究生支教团|国际中文教师志愿者项目|汉语教师志愿者项目|青年红色筑梦之旅|“青年红色筑梦之旅”活动|苏北计划|江苏省大学生志愿服务苏北计划|' +
    '书记校长访企拓岗促就业专项行动|访企拓岗促就业专项行动|中国国际大学生创新大赛|中国国际“互联网+”大学生创新创业大赛|中国“互联网+”大学生创新创业大赛|“互联网+”大学生创新创业大赛|' +
    '“挑战杯”全国大学生课外学术科技作品竞赛|挑战杯全国大学生课外学术科技作品竞赛|“挑战杯”中国大学生创业计划大赛|挑战杯中国大学生创业计划竞赛|“挑战杯”中国大学生创业计划竞赛|' +
    '“创青春”中国青年创新创业大赛|创青春中国青年创新创业大赛|“春晖杯”中国留学人员创新创业大赛|中国创新创业大赛|ACM-ICPC国际大学生程序设计竞赛|国际大学生程序设计竞赛|中国大学生程序设计竞赛|' +
    '全国大学生数学建模竞赛|高教社杯全国大学生数学建模竞赛|美国大学生数学建模竞赛|全国大学生数学竞赛|全国大学生电子设计竞赛|中国大学生医学技术技能大赛|全国高等医学院校大学生临床技能竞赛|' +
    '全国大学生机械创新设计大赛|全国大学生结构设计竞赛|全国大学生广告艺术大赛|全国大学生智能汽车竞赛|全国大学生交通科技大赛|全国大学生电子商务“创新、创意及创业”挑战赛|全国大学生电子商务三创赛|' +
    '全国大学生节能减排社会实践与科技竞赛|中国大学生工程实践与创新能力大赛|全国大学生工程实践与创新能力大赛|全国大学生工程训练综合能力竞赛|全国大学生物流设计大赛|外研社全国大学生英语系列赛|' +
    '全国大学生英语竞赛|两岸新锐设计竞赛·华灿奖|全国大学生化工设计竞赛|全国大学生化工实验大赛|全国大学生先进成图技术与产品信息建模创新大赛|全国三维数字化创新设计大赛|“西门子杯”中国智能制造挑战赛|' +
    '西门子杯中国智能制造挑战赛|中国大学生服务外包创新创业大赛|中国大学生计算机设计大赛|全国大学生市场调查与分析大赛|“正大杯”全国大学生市场调查与分析大赛|' +
    '中国机器人大赛暨RoboCup机器人世界杯中国赛|中国机器人大赛|全国大学生信息安全竞赛|“强网杯”全国网络安全挑战赛|强网杯全国网络安全挑战赛|全国周培源大学生力学竞赛|' +
    '中国大学生机械工程创新创意大赛|蓝桥杯全国软件和信息技术专业人才大赛|蓝桥杯大赛|全国大学生金相技能大赛|全国大学生光电设计竞赛|未来设计师·全国高校数字艺术设计大赛|全国高校数字艺术设计大赛|' +
    '全国大学生集成电路创新创业大赛|全国大学生FPGA创新设计竞赛|全国大学生化学实验创新设计竞赛|全国大学生地质技能竞赛|全国大学生生命科学竞赛|全国大学生物理实验竞赛|全国大学生物理学术竞赛|' +
    '全国高校计算机能力挑战赛|全国大学生嵌入式芯片与系统设计竞赛|全国大学生数字媒体科技作品及创意竞赛|中国高校计算机大赛|全国大学生统计建模大赛|全国大学生水利创新设计大赛|全国大学生机器人大赛|' +
    '全国大学生机器人大赛ROBOCON|RoboMaster机甲大师|RoboMaster机甲大师赛|RoboMaster机甲大师高校系列赛|RoboMaster|亚太大学生机器人大赛|' +
    'ABU Robocon|睿抗机器人开发者大赛|全国大学生测绘学科创新创业智能大赛|“大唐杯”全国大学生新一代信息通信技术大赛|大唐杯全国大学生新一代信息通信技术大赛|华为ICT大赛|' +
    '全国大学生物联网设计竞赛|“中国软件杯”大学生软件设计大赛|中国软件杯大学生软件设计大赛|全国大学生软件测试大赛|全国大学生计算机系统能力大赛|全国大学生工业设计大赛|全国高校商业精英挑战赛|' +
    '“学创杯”全国大学生创业综合模拟大赛|全国大学生创业综合模拟大赛|中华经典诵写讲大赛|全国大学生职业规划大赛|中国大学生方程式汽车大赛|Formula Student China|' +
    '中国研究生创新实践系列大赛|中国研究生数学建模竞赛|“华为杯”中国研究生数学建模竞赛|中国研究生电子设计竞赛|中国研究生智慧城市技术与创意设计大赛|中国研究生机器人创新设计大赛|全国职业院校技能大赛|' +
    '世界职业院校技能大赛|世界技能大赛|全国大学生艺术展演|全国大学生艺术展演活动|丘成桐大学生数学竞赛|阿里巴巴全球数学竞赛|丘成桐中学科学奖|全国青少年科技创新大赛|中国数学奥林匹克|' +
    '全国中学生物理竞赛|中国化学奥林匹克|全国中学生生物学联赛|全国青少年信息学奥林匹克竞赛|国际数学奥林匹克|国际遗传工程机器大赛|国际基因工程机器大赛|iGEM大赛|国家最高科学技术奖|国家科学技术奖|' +
    '国家自然科学奖|国家技术发明奖|国家科学技术进步奖|国家科技进步奖|中华人民共和国国际科学技术合作奖|国际科学技术合作奖|高等学校科学研究优秀成果奖|教育部高等学校科学研究优秀成果奖|教学成果奖|' +
    '国家教学成果奖|高等学校教学名师奖|全国教材建设奖|全国百篇优秀博士学位论文|国家奖学金|研究生国家奖学金|国家励志奖学金|国家助学金|宝钢教育奖|何梁何利基金科学与技术奖|何梁何利奖|中国青年科技奖|' +
    '中国青年女科学家奖|未来科学大奖|科学探索奖|中国专利奖|中国专利金奖|全国创新争先奖|光华工程科技奖|陈嘉庚科学奖|吴文俊人工智能科学技术奖|中华医学科技奖|中国青年五四奖章|中国大学生自强之星|' +
    '中国大学生年度人物|北京市科学技术奖|上海市科学技术奖|江苏省科学技术奖|浙江省科学技术奖|广东省科学技术奖|山东省科学技术奖|湖北省科学技术奖|湖南省科学技术奖|四川省科学技术奖|陕西省科学技术奖|' +
    '北京市哲学社会科学优秀成果奖|上海市哲学社会科学优秀成果奖|江苏省哲学社会科学优秀成果奖|浙江省哲学社会科学优秀成果奖|北京市自然科学基金|天津市自然科学基金|河北省自然科学基金|山西省自然科学基金|' +
    '内蒙古自治区自然科学基金|辽宁省自然科学基金|吉林省自然科学基金|黑龙江省自然科学基金|上海市自然科学基金|江苏省自然科学基金|浙江省自然科学基金|安徽省自然科学基金|福建省自然科学基金|' +
    '江西省自然科学基金|山东省自然科学基金|河南省自然科学基金|湖北省自然科学基金|湖南省自然科学基金|广东省自然科学基金|海南省自然科学基金|重庆市自然科学基金|四川省自然科学基金|' +
    '西藏自治区自然科学基金|甘肃省自然科学基金|青海省自然科学基金|新疆维吾尔自治区自然科学基金|广西自然科学基金|广西壮族自治区自然科学基金|宁夏自然科学基金|宁夏回族自治区自然科学基金|' +
    '陕西省自然科学基础研究计划|广东省基础与应用基础研究基金|云南省基础研究计划|云南省应用基础研究计划|江苏省基础研究计划|北京市社会科学基金|天津市哲学社会科学规划项目|上海市哲学社会科学规划课题|' +
    '江苏省社会科学基金|浙江省哲学社会科学规划课题|安徽省哲学社会科学规划项目|福建省社会科学规划项目|江西省社会科学基金|山东省社会科学规划研究项目|河南省哲学社会科学规划项目|湖北省社会科学基金|' +
    '湖南省社会科学基金|广东省哲学社会科学规划项目|重庆市社会科学规划项目|四川省社会科学规划项目|陕西省社会科学基金|江苏省重点研发计划|山东省重点研发计划|陕西省重点研发计划|湖北省重点研发计划|' +
    '浙江省重点研发计划|广东省重点领域研发计划|上海市科技创新行动计划|泰山学者工程|泰山学者|珠江人才计划|珠江学者岗位计划|珠江学者|广东特支计划|广东省特支计划|钱江人才计划|钱江学者|' +
    '浙江省特聘教授（钱江学者）|鲲鹏行动计划|浙江省“鲲鹏行动”计划|江苏省双创计划|江苏省“双创计划”|江苏省高层次创新创业人才引进计划|江苏省333高层次人才培养工程|' +
    '江苏省“333高层次人才培养工程”|333高层次人才培养工程|六大人才高峰|江苏省“六大人才高峰”|青蓝工程|江苏高校“青蓝工程”|江苏特聘教授|江苏高校优势学科建设工程|' +
    '上海高校特聘教授（东方学者）岗位计划|东方学者|东方英才计划|浦江人才计划|上海市浦江人才计划|启明星计划|上海市启明星计划|曙光计划|上海市曙光计划|晨光计划|上海市晨光计划|扬帆计划|' +
    '上海市扬帆计划|上海市青年科技英才扬帆计划|上海市优秀学术带头人计划|上海市超级博士后激励计划|上海市“超级博士后”激励计划|北京市科技新星计划|北京科技新星|北京学者计划|楚天学者计划|楚天学者|' +
    '芙蓉学者奖励计划|芙蓉学者|龙江学者支持计划|龙江学者|兴辽英才计划|中原英才计划|中原学者|三晋学者|三晋学者支持计划|三秦学者|天府万人计划|天府峨眉计划|巴渝学者计划|巴渝学者|兴滇英才支持计划|' +
    '兴滇英才|闽江学者奖励计划|闽江学者|井冈学者奖励计划|井冈学者|皖江学者奖励计划|皖江学者|八桂学者|草原英才|草原英才工程|飞天学者|飞天学者特聘计划|昆仑英才|孔雀计划|深圳市孔雀计划|' +
    '江苏省研究生科研与实践创新计划|江苏省研究生科研创新计划|广东省研究生教育创新计划|广东大学生科技创新培育专项资金|攀登计划|广东省“攀登计划”|浙江省大学生科技创新活动计划|新苗人才计划|' +
    '富布赖特项目|富布莱特项目|罗德奖学金|罗德学者|盖茨剑桥奖学金|马歇尔奖学金|苏世民学者项目|苏世民学者|地平线欧洲|“地平线欧洲”计划|地平线2020|“地平线2020”计划|' +
    '香港博士研究生奖学金计划|优配研究金',
  // Taiwan, Hong Kong and Macau (77)
  '高等教育深耕計畫|高教深耕計畫|高教深耕計劃|大學社會責任實踐計畫|USR計畫|玉山學者計畫|玉山學者|玉山青年學者|大專學生研究計畫|大專生研究計畫|科技部大專學生研究計畫|國科會大專學生研究計畫|' +
    '國科會專題研究計畫|科技部專題研究計畫|2030跨世代年輕學者方案|哥倫布計畫|愛因斯坦培植計畫|學術攻頂研究計畫|國科會優秀年輕學者研究計畫|優秀年輕學者研究計畫|千里馬計畫|補助博士生赴國外研究|' +
    '吳大猷先生紀念獎|國科會傑出研究獎|科技部傑出研究獎|教育部學術獎|教學實踐研究計畫|教育部教學實踐研究計畫|邁向頂尖大學計畫|頂尖大學計畫|獎勵大學教學卓越計畫|教學卓越計畫|學海計畫|學海飛颺|' +
    '學海築夢|教育部公費留學考試|臺灣獎學金|台灣獎學金|華語文獎學金|U-start創新創業計畫|全國技能競賽|國際技能競賽|優配研究金|研資局優配研究金|傑出青年學者計劃|研究影響基金|協作研究金|' +
    '卓越學科領域計劃|主題研究計劃|人文學及社會科學傑出學者計劃|香港博士研究生獎學金計劃|創新及科技基金|大學科技初創企業資助計劃|研究人才庫|澳門科學技術發展基金|科學技術發展基金|澳門科學技術獎|' +
    '澳門青年學者計劃|國家自然科學基金|國家社會科學基金|國家重點研發計劃|國家傑出青年科學基金|優秀青年科學基金項目（港澳）|長江學者獎勵計劃|長江學者|國家高層次人才特殊支持計劃|萬人計劃|' +
    '國家最高科學技術獎|國家科學技術進步獎|國家科技進步獎|國家自然科學獎|國家技術發明獎|何梁何利基金科學與技術獎|何梁何利獎|中國國際大學生創新大賽|「挑戰杯」全國大學生課外學術科技作品競賽|' +
    '香江學者計劃',
  // English-speaking countries and international (480)
  'NSF CAREER Award|Faculty Early Career Development Program|CAREER Award|NSF CAREER|' +
    'Research Experiences for Undergraduates|NSF REU|REU program|REU Site|' +
    'Graduate Research Fellowship Program|NSF Graduate Research Fellowship|NSF GRFP|GRFP|' +
    'Major Research Instrumentation Program|NSF Major Research Instrumentation|' +
    'Established Program to Stimulate Competitive Research|EPSCoR|NSF EPSCoR|NSF ADVANCE|' +
    'ADVANCE Institutional Transformation|Innovation Corps|I-Corps|NSF I-Corps|' +
    'Small Business Innovation Research|SBIR|Small Business Technology Transfer|STTR|' +
    'NSF Scholarships in Science, Technology, Engineering, and Mathematics|NSF S-STEM|' +
    'Robert Noyce Teacher Scholarship Program|Noyce Scholarship|CyberCorps: Scholarship for Service|' +
    "CyberCorps Scholarship for Service|NIH Director's New Innovator Award|New Innovator Award|" +
    "NIH Director's Pioneer Award|NIH Director's Early Independence Award|" +
    'NIH Pathway to Independence Award|K99/R00|Ruth L. Kirschstein National Research Service Award|' +
    'Kirschstein NRSA|National Research Service Award|Clinical and Translational Science Awards|' +
    'Clinical and Translational Science Award|All of Us Research Program|BRAIN Initiative|' +
    'NIH BRAIN Initiative|Cancer Moonshot|Human Genome Project|DOE Early Career Research Program|' +
    'DOE Early Career Award|DOE Computational Science Graduate Fellowship|DOE CSGF|' +
    'DARPA Young Faculty Award|ONR Young Investigator Program|AFOSR Young Investigator Program|' +
    'Air Force Young Investigator Program|National Defense Science and Engineering Graduate Fellowship|' +
    'NDSEG Fellowship|Presidential Early Career Award for Scientists and Engineers|PECASE|' +
    'National Medal of Science|National Medal of Technology and Innovation|NASA Hubble Fellowship Program|' +
    'NASA Hubble Fellowship|Agriculture and Food Research Initiative|AFRI|' +
    'National Space Grant College and Fellowship Program|NASA Space Grant|' +
    'National Sea Grant College Program|Sea Grant|Cooperative Extension|Cooperative Extension System|' +
    'Cooperative Extension Service|AmeriCorps|Pell Grant|Federal Pell Grant|Federal Work-Study|' +
    'Federal Work-Study Program|Public Service Loan Forgiveness|PSLF|GI Bill|G.I. Bill|Post-9/11 GI Bill|' +
    "Reserve Officers' Training Corps|ROTC|Federal TRIO Programs|TRIO Programs|Upward Bound|GEAR UP|" +
    'McNair Scholars Program|Ronald E. McNair Postbaccalaureate Achievement Program|McNair Program|' +
    'Fulbright Program|Fulbright U.S. Student Program|Fulbright U.S. Scholar Program|' +
    'Fulbright Foreign Student Program|Fulbright English Teaching Assistant Program|Fulbright ETA|' +
    'Fulbright-Hays|Hubert H. Humphrey Fellowship Program|Humphrey Fellowship|Rhodes Scholarship|' +
    'Rhodes Scholarships|Marshall Scholarship|Marshall Scholarships|Gates Cambridge Scholarship|' +
    'Schwarzman Scholars|Schwarzman Scholarship|Knight-Hennessy Scholars|Mitchell Scholarship|' +
    'George J. Mitchell Scholarship|Churchill Scholarship|Goldwater Scholarship|' +
    'Barry Goldwater Scholarship|Truman Scholarship|Harry S. Truman Scholarship|Udall Scholarship|' +
    'Beinecke Scholarship|Boren Awards|Boren Scholarship|Boren Fellowship|' +
    'Critical Language Scholarship Program|Critical Language Scholarship|' +
    'Benjamin A. Gilman International Scholarship|Gilman Scholarship|Luce Scholars Program|Luce Scholars|' +
    'Thomas J. Watson Fellowship|Watson Fellowship|Hertz Fellowship|' +
    'Paul & Daisy Soros Fellowships for New Americans|Soros Fellowship|Sloan Research Fellowship|' +
    'Sloan Fellowship|Guggenheim Fellowship|MacArthur Fellowship|MacArthur Fellows Program|' +
    'HHMI Investigator|Howard Hughes Medical Institute Investigator|' +
    'Packard Fellowships for Science and Engineering|Packard Fellowship|Searle Scholars Program|' +
    'Pew Biomedical Scholars|Pew Scholars in the Biomedical Sciences|Beckman Young Investigators|' +
    'Beckman Young Investigator|Simons Investigators|Schmidt Science Fellows|Google PhD Fellowship|' +
    'Mastercard Foundation Scholars Program|Mandela Washington Fellowship|' +
    "Young African Leaders Initiative|YALI|L'Oréal-UNESCO For Women in Science|For Women in Science|iGEM|" +
    'iGEM Competition|International Genetically Engineered Machine competition|iGEM Grand Jamboree|' +
    'Formula Student|Formula Student Germany|Formula Student UK|Formula SAE|Baja SAE|Solar Decathlon|' +
    'U.S. Department of Energy Solar Decathlon|Solar Decathlon Europe|Solar Decathlon China|Hult Prize|' +
    'International Collegiate Programming Contest|ICPC|ACM ICPC|ICPC World Finals|Imagine Cup|' +
    'Microsoft Imagine Cup|RoboCup|Google Summer of Code|Putnam Competition|' +
    'William Lowell Putnam Mathematical Competition|Mathematical Contest in Modeling|' +
    'Interdisciplinary Contest in Modeling|International Mathematical Olympiad|' +
    'Philip C. Jessup International Law Moot Court Competition|Jessup Moot Court Competition|Jessup Moot|' +
    'Willem C. Vis International Commercial Arbitration Moot|Vis Moot|' +
    'World Universities Debating Championship|FIRST Robotics Competition|VEX Robotics Competition|' +
    'Shell Eco-marathon|ASCE Concrete Canoe Competition|Concrete Canoe Competition|' +
    'Student Steel Bridge Competition|NASA Student Launch|NASA Human Exploration Rover Challenge|' +
    'Human Exploration Rover Challenge|Regeneron Science Talent Search|' +
    'Regeneron International Science and Engineering Fair|Regeneron ISEF|Rice Business Plan Competition|' +
    'Three Minute Thesis|FameLab|Falling Walls Lab|Bridgestone World Solar Challenge|' +
    'World Solar Challenge|James Dyson Award|Smart India Hackathon|WorldSkills Competition|' +
    'UKRI Future Leaders Fellowships|Future Leaders Fellowship|Future Leaders Fellowships|' +
    'Knowledge Transfer Partnerships|Knowledge Transfer Partnership|Turing Scheme|Chevening Scholarships|' +
    'Chevening Scholarship|Commonwealth Scholarship|Commonwealth Scholarships|' +
    'Commonwealth Scholarship and Fellowship Plan|Clarendon Scholarship|Clarendon Fund|' +
    'Research Excellence Framework|REF2021|REF 2029|Teaching Excellence Framework|' +
    'Higher Education Innovation Funding|HEIF|Newton Fund|Global Challenges Research Fund|GCRF|' +
    'Strength in Places Fund|Industrial Strategy Challenge Fund|Wellcome Investigator Awards|' +
    'Wellcome Trust Investigator Award|Wellcome Discovery Awards|Wellcome Discovery Award|' +
    'Wellcome Career Development Awards|Sir Henry Dale Fellowship|' +
    'Sir Henry Wellcome Postdoctoral Fellowship|Royal Society University Research Fellowship|' +
    'Royal Society URF|Dorothy Hodgkin Fellowship|Newton International Fellowship|' +
    'Leverhulme Early Career Fellowship|Leverhulme Trust Early Career Fellowship|Philip Leverhulme Prize|' +
    'Leverhulme Research Fellowship|British Academy Postdoctoral Fellowship|' +
    "EPSRC Doctoral Training Partnership|Doctoral Training Partnership|Duke of Edinburgh's Award|" +
    "Duke of Edinburgh Award|Queen's Anniversary Prizes for Higher and Further Education|" +
    "Queen's Anniversary Prize|National Teaching Fellowship|National Teaching Fellowship Scheme|" +
    'Athena Swan Charter|Athena SWAN|Horizon Europe|Horizon 2020|H2020|Erasmus+|Erasmus+ Programme|' +
    'Erasmus Programme|Erasmus Mundus Joint Master|Erasmus Mundus|Erasmus Mundus Joint Masters|' +
    'Marie Skłodowska-Curie Actions|Marie Curie Actions|MSCA|Marie Sklodowska-Curie Actions|' +
    'Marie Skłodowska-Curie Postdoctoral Fellowship|MSCA Postdoctoral Fellowship|Marie Curie Fellowship|' +
    'Marie Skłodowska-Curie Individual Fellowship|Marie Skłodowska-Curie Doctoral Networks|' +
    'MSCA Doctoral Network|ERC Starting Grant|European Research Council Starting Grant|' +
    'ERC Consolidator Grant|European Research Council Consolidator Grant|ERC Advanced Grant|' +
    'European Research Council Advanced Grant|ERC Synergy Grant|EIC Pathfinder|' +
    'European Innovation Council Pathfinder|EIC Accelerator|European Innovation Council Accelerator|' +
    'COST Actions|COST Action|European Universities Initiative|European Universities alliances|' +
    'Jean Monnet Actions|Jean Monnet Chair|Jean Monnet Module|Creative Europe|Interreg|' +
    'European Solidarity Corps|NextGenerationEU|Next Generation EU|Nordplus|EMBO Postdoctoral Fellowships|' +
    'EMBO Postdoctoral Fellowship|EMBO Young Investigator Programme|EMBO Young Investigator|' +
    'Human Frontier Science Program|HFSP|Humboldt Research Fellowship|Humboldt Fellowship|' +
    'Alexander von Humboldt Professorship|Humboldt Professorship|Sofja Kovalevskaja Award|' +
    'Swiss Government Excellence Scholarships|Swiss Government Excellence Scholarship|' +
    'SNSF Eccellenza Professorial Fellowship|Eccellenza Professorial Fellowship|SNSF Ambizione|' +
    'Ambizione grant|National Centres of Competence in Research|NCCR|Holland Scholarship|' +
    'Orange Knowledge Programme|Swedish Institute Scholarships for Global Professionals|' +
    'Wallenberg Academy Fellows|Wallenberg Academy Fellow|' +
    'Wallenberg AI, Autonomous Systems and Software Program|WASP|Villum Young Investigator|' +
    'Canada Research Chairs|Canada Research Chair|Canada Research Chairs Program|' +
    'Canada Excellence Research Chairs|Canada Excellence Research Chair|' +
    'Vanier Canada Graduate Scholarships|Vanier Scholarship|Vanier CGS|Banting Postdoctoral Fellowships|' +
    'Banting Fellowship|Banting Postdoctoral Fellowship|Canada Graduate Scholarships|Mitacs Accelerate|' +
    'Mitacs Globalink|Globalink Research Internship|NSERC Discovery Grants|NSERC Discovery Grant|' +
    'NSERC Alliance Grants|NSERC Alliance|NSERC Undergraduate Student Research Awards|NSERC USRA|' +
    'NSERC CREATE|SSHRC Insight Grants|SSHRC Insight Grant|CIHR Project Grants|CIHR Project Grant|' +
    'John R. Evans Leaders Fund|New Frontiers in Research Fund|Canada First Research Excellence Fund|' +
    'Canada Summer Jobs|Loran Scholars|Loran Award|Schulich Leader Scholarships|' +
    'Schulich Leader Scholarship|Killam Research Fellowships|Killam Research Fellowship|' +
    'Pierre Elliott Trudeau Foundation Scholarship|Trudeau Foundation Scholarship|' +
    'Queen Elizabeth Scholars|Queen Elizabeth II Diamond Jubilee Scholarships|' +
    'Ontario Graduate Scholarship|ARC Discovery Projects|Discovery Projects|ARC Linkage Projects|' +
    'Linkage Projects|ARC Future Fellowships|Future Fellowship|ARC Future Fellowship|' +
    'ARC Laureate Fellowships|Australian Laureate Fellowship|ARC Laureate Fellowship|' +
    'Discovery Early Career Researcher Award|DECRA|ARC DECRA|NHMRC Investigator Grants|' +
    'NHMRC Investigator Grant|NHMRC Ideas Grants|NHMRC Ideas Grant|Medical Research Future Fund|MRFF|' +
    'Australian Government Research Training Program|Research Training Program Scholarship|' +
    'New Colombo Plan|New Colombo Plan Scholarship|Australia Awards|Australia Awards Scholarships|' +
    'John Monash Scholarship|HECS-HELP|Higher Education Contribution Scheme|' +
    'Excellence in Research for Australia|National Collaborative Research Infrastructure Strategy|NCRIS|' +
    'Marsden Fund|Rutherford Discovery Fellowships|Rutherford Discovery Fellowship|Endeavour Fund|' +
    'MBIE Endeavour Fund|Performance-Based Research Fund|PBRF|National Science Challenges|' +
    'Manaaki New Zealand Scholarships|General Research Fund|Early Career Scheme|Research Impact Fund|' +
    'Collaborative Research Fund|Areas of Excellence Scheme|Theme-based Research Scheme|' +
    'Humanities and Social Sciences Prestigious Fellowship Scheme|Hong Kong PhD Fellowship Scheme|HKPFS|' +
    'Innovation and Technology Fund|Technology Start-up Support Scheme for Universities|TSSSU|' +
    'Research Talent Hub|Singapore International Graduate Award|SINGA|NRF Fellowship|' +
    'National Research Foundation Fellowship|Academic Research Fund|AcRF Tier 1|AcRF Tier 2|' +
    'Research, Innovation and Enterprise 2025 Plan|RIE2025|SkillsFuture|' +
    'JSPS Postdoctoral Fellowship for Research in Japan|JSPS Postdoctoral Fellowship|MEXT Scholarship|' +
    'Monbukagakusho Scholarship|Japanese Government (MEXT) Scholarship|Global Korea Scholarship|' +
    "Chinese Government Scholarship|CAS President's International Fellowship Initiative|PIFI|" +
    'National Key R&D Program of China|National Key Research and Development Program of China|' +
    'Thousand Talents Plan|Thousand Talents Program|Changjiang Scholars Program|' +
    'Cheung Kong Scholars Programme|National Science Fund for Distinguished Young Scholars|' +
    'Excellent Young Scientists Fund|Project 985|Project 211|973 Program|' +
    'National Basic Research Program of China|863 Program|Ten Thousand Talents Program|' +
    'National High-level Talents Special Support Program|' +
    "China International College Students' Innovation Competition|" +
    'Indonesian International Student Mobility Awards|IISMA|Fundamental Research Grant Scheme|FRGS|' +
    "King Abdullah Scholarship Program|Türkiye Scholarships|Prime Minister's Research Fellowship|PMRF|" +
    'INSPIRE Faculty Fellowship|Ramanujan Fellowship|Swarnajayanti Fellowship|' +
    'Ramalingaswami Re-entry Fellowship|Shanti Swarup Bhatnagar Prize|' +
    'Scheme for Promotion of Academic and Research Collaboration|SPARC|' +
    'Global Initiative of Academic Networks|GIAN|National Service Scheme|' +
    'South African Research Chairs Initiative|SARChI|National Student Financial Aid Scheme|NSFAS',
];
