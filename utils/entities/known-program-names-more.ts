// More programmes known by name, compiled in session 49 from general knowledge by a reviewer who read none of the
// review sets or the corpus, beside known-program-names.ts (its notes hold for these): recent schemes, more
// competitions and more countries' funds. Honours, prizes, sports leagues, visas and names of under four Chinese
// characters were left out: they are no programmes a story is about, or they match ordinary words.

/** Every name, one string per region or kind, names separated by '|'. */
export const MORE_REGIONS: readonly string[] = [
  // Mainland China: research funds and plans (97)
  '杰出青年科学基金|地区科学基金|数学天元基金|外国学者研究基金|外国青年学者研究基金|海外及港澳学者合作研究基金|国家自然科学基金重点国际（地区）合作研究项目|企业创新发展联合基金|' +
    '叶企孙科学基金|大科学装置联合基金|长江水科学研究联合基金|黄河水科学研究联合基金|共享航次计划|青年科学基金项目（A类）|青年科学基金项目（B类）|青年科学基金项目（C类）|' +
    '国家社会科学基金后期资助项目|国家社科基金后期资助项目|国家社科基金艺术学项目|国家社科基金高校思政课研究专项|国家哲学社会科学成果文库|全国艺术科学规划项目|国家语委科研项目|' +
    '国家民委民族研究项目|国家古籍整理出版资助项目|马克思主义理论研究和建设工程|中华优秀传统文化传承发展工程|经典中国国际出版工程|丝路书香工程|中国图书对外推广计划|' +
    '教育部人文社会科学研究规划基金|教育部人文社科规划基金|教育部人文社会科学研究青年基金|教育部人文社科青年基金|教育部人文社会科学研究专项任务项目|教育部人文社会科学研究后期资助项目|' +
    '留学回国人员科研启动基金|国家重点研发计划青年科学家项目|政府间国际科技创新合作重点专项|科技创新2030—“新一代人工智能”重大项目|新一代人工智能重大项目|' +
    '科技创新2030—“脑科学与类脑研究”重大项目|脑科学与类脑研究重大项目|中国脑计划|核心电子器件、高端通用芯片及基础软件产品重大专项|核高基重大专项|重大新药创制科技重大专项|' +
    '传染病防治科技重大专项|科技基础资源调查专项|中国科学院先导专项|中科院战略性先导科技专项|中国科学院“率先行动”计划|率先行动计划|特别研究助理资助项目|中国科学院国际人才计划|' +
    '中国科学院国际伙伴计划|中国科学院“西部之光”人才培养引进计划|西部之光人才培养引进计划|中国科学院关键技术人才|中国探月工程|中国载人航天工程|国防基础科研计划|国家现代农业产业技术体系|' +
    '现代农业产业技术体系|“一带一路”科技创新行动计划|发展中国家杰出青年科学家来华工作计划|国际杰青计划|“一带一路”创新人才交流外国专家项目|国家外国专家项目|新基石研究员项目|' +
    'CCF-腾讯犀牛鸟基金|犀牛鸟基金|小米青年学者项目|微软亚洲研究院铸星计划|北京高校卓越青年科学家计划|山西省基础研究计划|上海市基础研究特区计划|探索者计划|上海市教育委员会科研创新计划|' +
    '江苏省杰出青年基金|江苏省高等学校自然科学研究项目|江苏省高校哲学社会科学研究项目|浙江省高校重大人文社科攻关计划|' +
    '江西省重点研发计划|湖南省重点研发计划|广西重点研发计划|海南省重点研发计划|新疆维吾尔自治区重点研发计划|辽宁省社会科学规划基金|黑龙江省哲学社会科学研究规划项目|' +
    '山西省哲学社会科学规划课题|广西哲学社会科学规划研究课题|贵州省哲学社会科学规划课题|云南省哲学社会科学规划项目|甘肃省哲学社会科学规划项目',
  // Mainland China: talent schemes (98)
  '国家海外高层次人才引进计划|海外高层次人才引进计划青年项目|国家青年千人计划|外专千人计划|外国青年人才引进计划|国家“万人计划”科技创新领军人才|万人计划科技创新领军人才|' +
    '国家“万人计划”青年拔尖人才|万人计划青年拔尖人才|青年拔尖人才支持计划|国家“万人计划”教学名师|万人计划教学名师|国家“万人计划”哲学社会科学领军人才|万人计划哲学社会科学领军人才|' +
    '长江学者特聘教授|长江学者讲座教授|长江学者和创新团队发展计划|霍英东教育基金会高等院校青年教师基金|霍英东青年教师基金|中国科学院特聘研究员计划|中国科协青年人才托举工程博士生专项计划|' +
    '青年人才托举工程博士生专项计划|岐黄学者|青年岐黄学者|全国老中医药专家学术经验继承工作|神农英才计划|中国博士后科学基金面上资助|中国博士后科学基金特别资助|博士后国际交流计划引进项目|' +
    '中国博士后创新创业大赛|留学人员回国创业启动支持计划|海外赤子为国服务行动计划|赤子计划|北京市高层次创新创业人才支持计划|北京高创计划|海聚工程|北京市长城学者培养计划|' +
    '北京高等学校高水平人才交叉培养实培计划|实培计划|131创新型人才培养工程|海河英才行动计划|三三三人才工程|三晋英才|辽宁特聘教授|长白山学者|上海市青年科技启明星计划|上海市人才发展资金|' +
    '上海市领军人才|上海市青年拔尖人才开发计划|上海高校青年东方学者|青年东方学者|东方英才计划领军项目|东方英才计划青年项目|东方英才计划拔尖项目|上海高校教师产学研践习计划|双创博士|' +
    '江苏省“双创团队”|江苏省科技副总|紫金文化人才培养工程|紫金山英才计划|姑苏人才计划|科技镇长团|浙江省151人才工程|浙江省高校领军人才培养计划|之江青年社科学者|' +
    '安徽省高校优秀青年人才支持计划|安徽省特支计划|福建省高校杰出青年科研人才培育计划|江西省“双千计划”|泰山学者青年专家|泰山学者攀登计划|泰山产业领军人才工程|青创科技支持计划|' +
    '中原千人计划|河南省高校科技创新人才支持计划|楚天英才计划|黄鹤英才计划|光谷人才计划|湖湘高层次人才聚集工程|湖湘青年英才|千百十工程|青年珠江学者|珠江科技新星|鹏城孔雀计划|鹏城学者|' +
    '八桂青年学者|南海名家|巴渝青年学者|天府青城计划|四川省学术和技术带头人|蓉漂计划|云岭学者|陕西省特支计划|三秦英才|陇原青年英才|天山英才|天山英才计划|天山雪松计划',
  // Mainland China: education, teaching reform and admissions (58)
  '新工科研究与实践项目|新医科研究与改革实践项目|新文科研究与改革实践项目|新农科研究与改革实践项目|卓越新闻传播人才教育培养计划|高等学校本科教学质量与教学改革工程|本科教学工程|' +
    '课程思政示范项目|高校思想政治工作质量提升工程|高校思想政治工作骨干在职攻读博士学位专项计划|青年马克思主义者培养工程|青马工程|“一站式”学生社区综合管理模式建设|慕课西部行计划|' +
    '国家教育数字化战略行动|中西部高校综合实力提升工程|中西部高等教育振兴计划|对口支援西部地区高等学校计划|中央财政支持地方高校发展专项资金|部属师范大学师范生公费教育|师范生公费教育|' +
    '国家公费师范生|师范生免费教育|新时代强师计划|强师计划|乡村教师支持计划|中小学教师信息技术应用能力提升工程|中小学幼儿园教师国家级培训计划|援藏援疆万名教师支教计划|银龄讲学计划|' +
    '教育人才“组团式”援藏|医疗人才“组团式”援藏|地方专项计划|农村专项计划|贫困地区定向招生专项计划|普通高等学校联合招收华侨港澳地区及台湾省学生|内地高校免试招收香港中学文凭考试学生计划|' +
    '内地与港澳高校师生交流计划|农村订单定向医学生免费培养|全科医生特岗计划|工程硕博士培养改革专项|职业教育提质培优行动计划|现代学徒制试点|1+X证书制度试点|国家留学基金|国家公派出国留学|' +
    '国家公派研究生项目|国家公派高级研究学者、访问学者、博士后项目|创新型人才国际合作培养项目|国际区域问题研究及外语高层次人才培养项目|西部地区人才培养特别项目|丝绸之路中国政府奖学金|' +
    '孔子新汉学计划|新汉学计划|“汉语桥”世界大学生中文比赛|“汉语桥”世界中学生中文比赛|中非高校20+20合作计划|澜湄合作专项基金',
  // Mainland China: student aid, scholarships, service and employment schemes (25)
  '校园地国家助学贷款|基层就业学费补偿国家助学贷款代偿|学费补偿国家助学贷款代偿|研究生国家助学金|唐仲英德育奖学金|曾宪梓奖学金|光华奖学金|华为奖学金|' +
    '微软学者奖学金|希望工程|春蕾计划|高雅艺术进校园|大学生“返家乡”社会实践活动|返家乡社会实践|中国青年志愿者行动|中国青年志愿服务项目大赛|大学生村官计划|高校毕业生基层成长计划|' +
    '三区人才支持计划|边远贫困地区、边疆民族地区和革命老区人才支持计划|“三区”人才支持计划教师专项计划|高校毕业生就业“百日千万”招聘专项行动|百日千万招聘专项行动|24365校园网络招聘服务',
  // Mainland China: competitions (81)
  '“挑战杯”大学生课外学术科技作品竞赛|全国大学生课外学术科技作品竞赛|“挑战杯”首都大学生课外学术科技作品竞赛|“挑战杯”揭榜挂帅专项赛|中国大学生创业计划竞赛|' +
    '“创青春”全国大学生创业大赛|“互联网+”大赛|全国大学生创新创业年会|“外研社·国才杯”全国英语演讲大赛|“外研社·国才杯”全国英语写作大赛|“外研社·国才杯”全国英语阅读大赛|' +
    '“21世纪杯”全国英语演讲比赛|全国口译大赛|韩素音国际翻译大赛|团体程序设计天梯赛|中国高校计算机大赛—大数据挑战赛|中国高校计算机大赛—网络技术挑战赛|中国高校计算机大赛—人工智能创意赛|' +
    '百度之星程序设计大赛|CCF大学生计算机系统与程序设计竞赛|全国青少年信息学奥林匹克联赛|全国大学生算法设计与编程挑战赛|华为软件精英挑战赛|中国软件开源创新大赛|' +
    '全国大学生信息安全与对抗技术竞赛|“网鼎杯”网络安全大赛|飞思卡尔杯全国大学生智能汽车竞赛|MathorCup高校数学建模挑战赛|亚太地区大学生数学建模竞赛|' +
    '全国研究生数学建模竞赛|全国大学生能源经济学术创意大赛|全国大学生基础医学创新研究暨实验设计论坛|全国大学生岩土工程竞赛|全国大学生混凝土材料设计大赛|全国大学生生物医学工程创新设计竞赛|' +
    '全国高校BIM毕业设计创新大赛|全国大学生海洋航行器设计与制作大赛|全国大学生化学实验邀请赛|全国大学生红色旅游创意策划大赛|全国大学生电子商务创新创意及创业挑战赛|' +
    '米兰设计周中国高校设计学科师生优秀作品展|中国好创意暨全国数字艺术设计大赛|中国机器人及人工智能大赛|中国工程机器人大赛暨国际公开赛|壳牌汽车环保马拉松|国际太阳能十项全能竞赛|' +
    '中国国际太阳能十项全能竞赛|理律杯全国高校模拟法庭竞赛|贸仲杯国际商事仲裁辩论赛|杰赛普国际法模拟法庭辩论赛|维斯国际商事仲裁模拟仲裁庭辩论赛|华语辩论世界杯|国际华语辩论邀请赛|' +
    '全国大学生网络文化节|全国高校网络教育优秀作品推选展示活动|全国高校大学生讲思政课公开课展示活动|全国高校辅导员素质能力大赛|全国高校教师教学创新大赛|全国高校青年教师教学竞赛|' +
    '全国职业院校教师教学能力比赛|全国职业技能大赛|中华人民共和国职业技能大赛|金砖国家职业技能大赛|中国研究生创“芯”大赛|中国研究生人工智能创新大赛|中国研究生能源装备创新设计大赛|' +
    '中国研究生乡村振兴科技强农+创新大赛|中国研究生公共管理案例大赛|中国研究生未来飞行器创新大赛|中国研究生“双碳”创新与创意大赛|中国研究生网络安全创新大赛|全国中学生数学奥林匹克竞赛|' +
    '全国高中数学联赛|全国中学生化学竞赛|全国中学生生物学竞赛|中国女子数学奥林匹克|中国东南地区数学奥林匹克|中国青少年机器人竞赛|明天小小科学家',
  // Taiwan (40)
  '國科會年輕學者養成計畫|年輕學者養成計畫|博士創新之星計畫|研發成果萌芽計畫|價值創造計畫|價創計畫|產學技術聯盟合作計畫|前瞻技術產學合作計畫|產學大聯盟計畫|國際產學聯盟計畫|學海惜珠|' +
    '新南向學海築夢|新南向政策|大專校院學生雙語化學習計畫|產學攜手合作計畫|大學校院創新創業扎根計畫|大專校院弱勢學生助學計畫|青年教育與就業儲蓄帳戶方案|青年海外志工|研發替代役|繁星推薦|' +
    '特殊選才|前瞻基礎建設計畫|數位國家創新經濟發展方案|台灣AI行動計畫|晶片驅動臺灣產業創新方案|晶創臺灣方案|半導體射月計畫|5+2產業創新計畫|國家人才競爭力躍升方案|' +
    '大南方新矽谷推動方案|放視大賞|臺灣國際科學展覽會|全國中小學科學展覽會|中華民國中小學科學展覽會|國際數學奧林匹亞競賽|國際物理奧林匹亞競賽|國際化學奧林匹亞競賽|國際生物奧林匹亞競賽|' +
    '國際資訊奧林匹亞競賽',
  // Hong Kong and Macau (34)
  '研資局高級研究學者計劃|研資局研究學者計劃|研資局博士後獎學金計劃|研究配對補助金計劃|研究評審工作|創新香港研發平台|InnoHK|全球STEM教授計劃|創科實習計劃|STEM實習計劃|' +
    '產學研1+計劃|創新及科技支援計劃|院校中游研發計劃|科技人才入境計劃|高端人才通行證計劃|優秀人才入境計劃|優才計劃|非本地畢業生留港/回港就業安排|非本地畢業生留港就業安排|' +
    '輸入內地人才計劃|香港卓越獎學金計劃|香港特別行政區政府獎學金|專上學生資助計劃|免入息審查貸款計劃|指定專業/界別課程資助計劃|自資專上教育基金|持續進修基金|內地大學升學資助計劃|' +
    '大灣區青年就業計劃|全港青少年創新科技大賽|粵港科技合作資助計劃|澳門高等教育基金|澳門高端人才計劃|澳門優秀人才計劃',
  // UK (61)
  'Doctoral Landscape Awards|Doctoral Focal Awards|AHRC Doctoral Training Partnership|' +
    'BBSRC Doctoral Training Partnership|ESRC Doctoral Training Partnership|' +
    'NERC Doctoral Training Partnership|AHRC Collaborative Doctoral Partnership|' +
    'UKRI Policy Fellowships|UKRI Horizon Europe Guarantee|EPSRC Early Career Fellowship|' +
    'EPSRC Open Fellowship|EPSRC Programme Grant|EPSRC New Investigator Award|' +
    'MRC Career Development Award|BBSRC Discovery Fellowship|NERC Independent Research Fellowship|' +
    'STFC Ernest Rutherford Fellowship|Ernest Rutherford Fellowship|Innovate UK Smart Grants|' +
    'Innovation to Commercialisation of University Research|ICURe|' +
    'International Science Partnerships Fund|Turing AI Fellowships|' +
    'Royal Society Research Professorship|Royal Society Wolfson Fellowship|' +
    'Royal Society Faraday Discovery Fellowship|Royal Academy of Engineering Research Fellowship|' +
    'Leverhulme Research Project Grant|Leverhulme Trust Research Project Grant|' +
    'Leverhulme Major Research Fellowship|British Academy Mid-Career Fellowship|' +
    'British Academy/Leverhulme Small Research Grants|Wellcome Early-Career Awards|' +
    'Wellcome Collaborative Awards|NIHR Doctoral Fellowship|NIHR Advanced Fellowship|' +
    'NIHR Research Professorship|NIHR Academic Clinical Fellowship|Kennedy Scholarship|' +
    "Frank Knox Fellowship|Commonwealth Shared Scholarships|Commonwealth Master's Scholarships|" +
    'Commonwealth PhD Scholarships|GREAT Scholarships|Weidenfeld-Hoffmann Scholarships|' +
    "Taith programme|Lifelong Learning Entitlement|Disabled Students' Allowance|Uni Connect|" +
    'Knowledge Exchange Framework|Race Equality Charter|Researcher Development Concordat|' +
    'Concordat to Support the Career Development of Researchers|Technician Commitment|' +
    'Civic University Agreement|Nuffield Research Placements|牛顿基金|牛顿国际学者基金|志奋领奖学金|英联邦奖学金|克拉伦登奖学金',
  // US (115)
  'NSF Postdoctoral Research Fellowships in Biology|' +
    'NSF Mathematical Sciences Postdoctoral Research Fellowship|NSF Research Traineeship Program|' +
    'NSF Research Traineeship|NSF Convergence Accelerator|NSF Regional Innovation Engines|' +
    'NSF Engines|NAIRR Pilot|NSF INCLUDES|Louis Stokes Alliances for Minority Participation|LSAMP|' +
    'CISE Research Initiation Initiative|NIH R01|NIH Common Fund|' +
    "NIH Director's Transformative Research Award|Maximizing Investigators' Research Award|" +
    'NIGMS MIRA|Medical Scientist Training Program|NIH HEAL Initiative|Human Connectome Project|' +
    'ENCODE Project|The Cancer Genome Atlas|Cancer Grand Challenges|Hanna H. Gray Fellows Program|' +
    'Freeman Hrabowski Scholars|Damon Runyon Fellowship|Career Award at the Scientific Interface|' +
    'Simons Foundation Autism Research Initiative|SFARI|AI2050 Fellowship|' +
    'Camille Dreyfus Teacher-Scholar Awards|Cottrell Scholar Award|' +
    'Ford Foundation Fellowship Program|Mellon Mays Undergraduate Fellowship|ACLS Fellowships|' +
    'NEH Fellowships|Fulbright Specialist Program|Fulbright-Nehru Fellowships|' +
    'Fulbright Foreign Language Teaching Assistant Program|' +
    'Jack Kent Cooke Foundation College Scholarship|QuestBridge|Coca-Cola Scholars Program|' +
    'National Merit Scholarship Program|National Merit Scholarship|' +
    'Thomas R. Pickering Foreign Affairs Fellowship|Pickering Fellowship|' +
    'Charles B. Rangel International Affairs Fellowship|Rangel Fellowship|' +
    'Presidential Management Fellows Program|Presidential Management Fellowship|White House Fellows|' +
    'DOE Office of Science Graduate Student Research Program|' +
    'Science Undergraduate Laboratory Internships|' +
    'Future Investigators in NASA Earth and Space Science and Technology|NASA FINESST|' +
    'National Quantum Initiative|Materials Genome Initiative|' +
    'National Nanotechnology Initiative|CHIPS for America|' +
    'Foreign Language and Area Studies Fellowships|FLAS Fellowship|' +
    'National Security Education Program|National Security Language Initiative for Youth|NSLI-Y|' +
    'International Visitor Leadership Program|Freeman Awards for Study in Asia|Freeman-ASIA|' +
    'Young Southeast Asian Leaders Initiative|YSEALI|100,000 Strong Initiative|十万强计划|' +
    'William D. Ford Federal Direct Loan Program|Federal Direct Loan Program|' +
    'Federal Supplemental Educational Opportunity Grant|TEACH Grant|Parent PLUS Loan|SAVE Plan|' +
    'Saving on a Valuable Education|Income-Driven Repayment|Yellow Ribbon Program|Cal Grant|' +
    'HOPE Scholarship|Deferred Action for Childhood Arrivals|Student and Exchange Visitor Program|' +
    'USA Mathematical Olympiad|USAMO|American Mathematics Competitions|Science Olympiad|' +
    'National Science Bowl|DOE National Science Bowl|National Collegiate Cyber Defense Competition|' +
    'Collegiate Cyber Defense Competition|picoCTF|MIT $100K Entrepreneurship Competition|' +
    'Google Code Jam|Meta Hacker Cup|Swift Student Challenge|NASA Space Apps Challenge|' +
    'NASA Lunabotics|Lunabotics|AIAA Design/Build/Fly|Spaceport America Cup|' +
    'University Rover Challenge|RoboSub|EcoCAR|DARPA Subterranean Challenge|AI Cyber Challenge|' +
    'Odyssey of the Mind|FIRST LEGO League|FIRST Tech Challenge|American Talent Initiative|富布赖特奖学金|' +
    '中美富布赖特项目|奈特-汉尼斯学者项目',
  // EU and Europe (97)
  'Capacity Building in Higher Education|International Credit Mobility|' +
    'Erasmus Mundus Joint Master Degrees|Blended Intensive Programme|Blended Intensive Programmes|' +
    'DiscoverEU|Erasmus+ Teacher Academies|Erasmus Charter for Higher Education|' +
    'Jean Monnet Centre of Excellence|Widening Participation and Spreading Excellence|' +
    'Teaming for Excellence|ERA Chairs|EIC Transition|European Innovation Council Transition|' +
    'ERC Proof of Concept Grant|ERC Proof of Concept|Marie Skłodowska-Curie Staff Exchanges|' +
    'MSCA Staff Exchanges|MSCA COFUND|Research and Innovation Staff Exchange|' +
    'Innovative Training Networks|EU Missions|Innovative Medicines Initiative|' +
    'Seventh Framework Programme|Recovery and Resilience Facility|European Charter for Researchers|' +
    'Human Brain Project|CERN Summer Student Programme|EMBL International PhD Programme|' +
    'EMBO Scientific Exchange Grants|HFSP Long-Term Fellowship|HFSP Research Grant|' +
    "European Union Contest for Young Scientists|EUCYS|European Girls' Mathematical Olympiad|EGMO|" +
    'International Mathematics Competition for University Students|Feodor Lynen Research Fellowship|' +
    'Feodor Lynen-Forschungsstipendium|Georg Forster Research Fellowship|' +
    'German Chancellor Fellowship|Bundeskanzler-Stipendium|DFG Research Training Group|' +
    'DFG Priority Programme|Exzellenzcluster|German Excellence Strategy|Walter Benjamin-Programm|' +
    'Freigeist Fellowship|RISE Germany|Bundeswettbewerb Mathematik|Freiwilliges Soziales Jahr|' +
    'SNSF Starting Grants|SNSF Consolidator Grants|SNSF Advanced Grants|SNSF PRIMA|Postdoc.Mobility|' +
    "ANR JCJC|Jeunes Chercheuses et Jeunes Chercheurs|Équipements d'excellence|" +
    'Make Our Planet Great Again|Bienvenue en France|Programme Cai Yuanpei|Programme Xu Guangqi|' +
    'Volontariat International en Entreprise|Fondo Italiano per la Scienza|' +
    'Centros de Excelencia Severo Ochoa|Unidades de Excelencia María de Maeztu|' +
    'la Caixa Junior Leader|Junior Leader la Caixa|Becas Fundación Carolina|NWO Rubicon|' +
    'Dutch Research Agenda|Orange Tulip Scholarship|Academy Research Fellow|' +
    'Academy of Finland Flagship Programme|Novo Nordisk Foundation Challenge Programme|' +
    'Villum Investigator|Wallenberg Scholars|FWO Odysseus|SFI Frontiers for the Future|' +
    'Government of Ireland Postgraduate Scholarship|NCN OPUS|NCN SONATA|Polish Returns|' +
    'NAWA Ulam Programme|Ulam Programme|TÜBİTAK 2232|玛丽·居里学者|玛丽居里学者|玛丽·居里行动|洪堡学者|洪堡奖学金|伊拉斯谟+|' +
    '伊拉斯谟世界项目|欧洲研究理事会启动基金|博洛尼亚进程|人类脑计划',
  // Canada (37)
  'Canada 150 Research Chairs|Canada Impact+ Research Chairs|' +
    "Canada Graduate Scholarships – Master's|Canada Graduate Scholarships – Doctoral|CGS-M|CGS-D|" +
    'Canada Graduate Research Scholarships|NSERC Postdoctoral Fellowships|SSHRC Doctoral Fellowships|' +
    'SSHRC Postdoctoral Fellowships|SSHRC Partnership Grants|SSHRC Insight Development Grants|' +
    'NSERC Discovery Accelerator Supplements|E.W.R. Steacie Memorial Fellowships|Steacie Fellowship|' +
    'CFI Innovation Fund|JELF|Mitacs Elevate|Canada Student Grants|Canada Student Loans|' +
    'Ontario Student Assistance Program|OSAP|Ontario Early Researcher Award|Ontario Research Fund|' +
    'Pan-Canadian Artificial Intelligence Strategy|Pan-Canadian AI Strategy|Canada CIFAR AI Chairs|' +
    'Canada CIFAR AI Chair|CIFAR Azrieli Global Scholars|Post-Graduation Work Permit|' +
    'Post-Graduation Work Permit Program|' +
    'Canada-ASEAN Scholarships and Educational Exchanges for Development|' +
    'Emerging Leaders in the Americas Program|Canada Service Corps|Canada-Wide Science Fair|班廷博士后奖学金|' +
    '万尼尔加拿大研究生奖学金',
  // Australia and NZ (35)
  'ARC Discovery Indigenous|Linkage Infrastructure, Equipment and Facilities|ARC LIEF|' +
    'ARC Industrial Transformation Research Program|ARC Industry Fellowships|' +
    'ARC Industry Laureate Fellowships|Australian Laureate Fellowships|' +
    'Discovery Early Career Researcher Awards|Engagement and Impact Assessment|NHMRC Synergy Grants|' +
    'NHMRC Partnership Projects|Cooperative Research Centres Program|' +
    'Cooperative Research Centres Projects|CRC-P|Trailblazer Universities Program|' +
    "Australia's Economic Accelerator|National Industry PhD Program|Commonwealth Supported Places|" +
    'FEE-HELP|Job-ready Graduates Package|Australian Universities Accord|' +
    'Higher Education Participation and Partnerships Program|HEPPP|Destination Australia|ABSTUDY|' +
    'Austudy|Australian Mathematics Competition|Australian Science Olympiads|' +
    'National Youth Science Forum|Marsden Fund Fast-Start|Marsden Fast-Start|' +
    "Prime Minister's Scholarships for Asia|Prime Minister's Scholarship for Asia and Latin America|" +
    '澳大利亚研究理事会未来学者|新科伦坡计划',
  // Japan/Korea/Asia (100)
  '研究活動スタート支援|特別研究員奨励費|国際共同研究加速基金|国際先導研究|研究拠点形成事業|JSPS Core-to-Core Program|' +
    'JSPS Invitational Fellowships for Research in Japan|' +
    'JSPS Research Fellowships for Young Scientists|Grants-in-Aid for Scientific Research|KAKENHI|' +
    'JST FOREST|大学発新産業創出プログラム|JST START|JST-Mirai Program|経済安全保障重要技術育成プログラム|大学フェローシップ創設事業|' +
    'Top Global University Project|スーパーサイエンスハイスクール|Super Science High School|WISE Program|' +
    'World Premier International Research Center Initiative|Inter-University Exchange Project|' +
    'TOBITATE! Young Ambassador Program|JET Programme|JETプログラム|Japan Exchange and Teaching Programme|' +
    'さくらサイエンスプログラム|日本・アジア青少年サイエンス交流事業|Sakura Science Exchange Program|国費外国人留学生制度|ABEイニシアティブ|' +
    'ABE Initiative|全国高等専門学校デザインコンペティション|高専デザコン|サイエンス・インカレ|日本数学オリンピック|日本学术振兴会外国人特别研究员|日本文部科学省奖学金|' +
    '日本政府（文部科学省）奖学金|Brain Korea 21|BK21 Plus|Korea Research Fellowship|Brain Pool|창의적연구진흥사업|' +
    'Creative Research Initiatives|글로벌박사양성사업|Global Ph.D. Fellowship|Glocal University 30|' +
    'Regional Innovation System & Education|연구생활장려금|선도연구센터지원사업|K-MOOC|창업중심대학|반도체특성화대학|대학기본역량진단|' +
    '인문사회융합인재양성사업|대통령과학장학금|KOICA 해외봉사단|World Friends Korea|韩国政府奖学金|A*STAR Graduate Scholarship|' +
    'A*STAR National Science Scholarship|NRF Investigatorship|NRF Competitive Research Programme|' +
    'ASEAN Scholarship|MOE Tuition Grant Scheme|新加坡国际研究生奖学金|Royal Golden Jubilee Ph.D. Program|' +
    'INSPIRE Scholarship|DST INSPIRE|Innovation in Science Pursuit for Inspired Research|' +
    'Kishore Vaigyanik Protsahan Yojana|KVPY|Visvesvaraya PhD Scheme|Study in India Programme|' +
    'Institutions of Eminence|Rashtriya Uchchatar Shiksha Abhiyan|' +
    'Pradhan Mantri Uchchatar Shiksha Abhiyan|PM-USHA|Academic Bank of Credits|SWAYAM|NPTEL|' +
    'Atal Innovation Mission|Startup India|SERB Core Research Grant|SERB Start-up Research Grant|' +
    'JC Bose National Fellowship|DBT/Wellcome Trust India Alliance Fellowships|Unnat Bharat Abhiyan|' +
    'One Nation One Subscription|National Priorities Research Program|' +
    'Azrieli Graduate Studies Fellowship|Azrieli Fellows Program|Rothschild Fellowship|亚洲校园计划|' +
    'CAMPUS Asia|University Mobility in Asia and the Pacific|UMAP|' +
    'ASEAN International Mobility for Students|AIMS Programme',
  // International (76)
  'UNITWIN/UNESCO Chairs Programme|UNESCO Chairs|联合国教科文组织教席|' +
    "L'Oréal-UNESCO International Rising Talents|L'Oréal-UNESCO Young Talents|" +
    'Breakthrough Junior Challenge|Global Undergraduate Awards|The Undergraduate Awards|' +
    '3M Young Scientist Challenge|World Robot Olympiad|世界机器人奥林匹克|FIRST Global Challenge|RoboCup@Home|' +
    'RoboCup Junior|Eurobot|International Physics Olympiad|IPhO|International Chemistry Olympiad|' +
    'IChO|International Biology Olympiad|International Olympiad in Informatics|' +
    'International Olympiad on Astronomy and Astrophysics|IOAA|International Geography Olympiad|' +
    'International Earth Science Olympiad|International Linguistics Olympiad|Asian Physics Olympiad|' +
    'APhO|Asian Pacific Mathematics Olympiad|APMO|International Junior Science Olympiad|IJSO|' +
    "International Young Physicists' Tournament|IYPT|International Physicists' Tournament|" +
    'Huawei ICT Competition|Seeds for the Future|Huawei Seeds for the Future|华为未来种子计划|' +
    'IBM Call for Code|Intel ISEF|World Schools Debating Championships|WUDC|' +
    'Price Media Law Moot Court Competition|Manfred Lachs Space Law Moot Court Competition|' +
    'Nelson Mandela World Human Rights Moot Court Competition|Grand Challenges Explorations|' +
    'Human Cell Atlas|Earth BioGenome Project|UN Decade of Ocean Science for Sustainable Development|' +
    'Intra-Africa Academic Mobility Scheme|Mwalimu Nyerere African Union Scholarship Scheme|' +
    'PASET Regional Scholarship and Innovation Fund|DAAD In-Country/In-Region Scholarship|' +
    'Funza Lushaka Bursary|Becas CONAHCYT|Programa Delfín|Becas Fulbright-García Robles|国际物理奥林匹克竞赛|' +
    '国际化学奥林匹克竞赛|国际生物学奥林匹克竞赛|国际信息学奥林匹克竞赛|国际天文与天体物理奥林匹克竞赛|国际地理奥林匹克竞赛|国际地球科学奥林匹克竞赛|亚洲物理奥林匹克竞赛|' +
    '欧洲女子数学奥林匹克|国际青年物理学家锦标赛|国际大学生数学竞赛|国际热核聚变实验堆计划|人类基因组计划|国际人类表型组计划|地球生物基因组计划|人类细胞图谱计划|国际大洋发现计划|' +
    '未来地球计划',
];
