// Named programmes of Japan, Korea, continental Europe, Portugal, Brazil and other countries, split from
// known-program-names.ts (its notes hold for these; same session, same reviewer).

/** Every name, one string per region, names separated by '|'. */
export const WORLD_REGIONS: readonly string[] = [
  // Japan (91)
  '科学研究費助成事業|科研費|科学研究費補助金|特別推進研究|基盤研究（S）|基盤研究(S)|基盤研究（A）|基盤研究(A)|基盤研究（B）|基盤研究(B)|基盤研究（C）|基盤研究(C)|' +
    '挑戦的研究（開拓）|挑戦的研究(開拓)|挑戦的研究（萌芽）|挑戦的研究(萌芽)|学術変革領域研究|新学術領域研究|戦略的創造研究推進事業|CREST|JST CREST|さきがけ|PRESTO|' +
    'JSTさきがけ|ERATO|JST ERATO|ACT-X|創発的研究支援事業|ムーンショット型研究開発制度|ムーンショット型研究開発事業|戦略的イノベーション創造プログラム|' +
    '革新的研究開発推進プログラム|ImPACT|最先端研究開発支援プログラム|未来社会創造事業|革新的先端研究開発支援事業|AMED-CREST|研究成果最適展開支援プログラム|A-STEP|' +
    '世界トップレベル研究拠点プログラム|WPIプログラム|スーパーグローバル大学創成支援事業|卓越大学院プログラム|博士課程教育リーディングプログラム|グローバルCOEプログラム|21世紀COEプログラム|' +
    '国際卓越研究大学制度|地域中核・特色ある研究大学強化促進事業|J-PEAKS|大学ファンド|10兆円ファンド|次世代研究者挑戦的研究プログラム|JST SPRING|卓越研究員事業|' +
    '日本学術振興会特別研究員|学振特別研究員|日本学術振興会海外特別研究員|海外特別研究員|外国人特別研究員|共創の場形成支援プログラム|COI-NEXT|センター・オブ・イノベーションプログラム|' +
    'COIプログラム|大学の世界展開力強化事業|グローバル人材育成推進事業|留学生30万人計画|トビタテ！留学JAPAN|トビタテ!留学JAPAN|日本学生支援機構奨学金|JASSO奨学金|' +
    '高等教育の修学支援新制度|日本学術振興会賞|日本学術振興会育志賞|育志賞|文部科学大臣表彰若手科学者賞|若手科学者賞|日本学士院賞|アイデア対決・全国高等専門学校ロボットコンテスト|高専ロボコン|' +
    'NHK学生ロボコン|全国高等専門学校プログラミングコンテスト|高専プロコン|鳥人間コンテスト|学生フォーミュラ日本大会|全日本学生フォーミュラ大会|高校生科学技術チャレンジ|JSEC|科学の甲子園|' +
    'JICA海外協力隊|青年海外協力隊|地域おこし協力隊',
  // Korea (31)
  'BK21|BK21 FOUR|두뇌한국21|4단계 BK21|이공분야 기초연구사업|중견연구자지원사업|신진연구자지원사업|리더연구자지원사업|기초연구실지원사업|세종과학펠로우십|브레인풀|' +
    '인문한국플러스사업|HK+사업|세계수준의 연구중심대학 육성사업|WCU 사업|글로컬대학30|글로컬대학 30|글로컬대학|지역혁신중심 대학지원체계|RISE 사업|' +
    '산학연협력 선도대학 육성사업|LINC 3.0|LINC+|대학혁신지원사업|SW중심대학사업|SW중심대학|국가장학금|국가근로장학금|글로벌 한국 장학금|대한민국최고과학기술인상|젊은과학자상',
  // German-speaking countries (45)
  'Exzellenzstrategie|Exzellenzstrategie des Bundes und der Länder|Exzellenzinitiative|' +
    'Emmy Noether-Programm|Emmy-Noether-Programm|Emmy Noether Programme|Heisenberg-Programm|' +
    'Heisenberg-Professur|Reinhart Koselleck-Projekte|Reinhart Koselleck-Projekt|Sonderforschungsbereich|' +
    'Sonderforschungsbereiche|Graduiertenkolleg|Graduiertenkollegs|DFG-Schwerpunktprogramm|' +
    'Schwerpunktprogramm der DFG|Gottfried Wilhelm Leibniz-Preis|Leibniz-Preis|Deutschlandstipendium|' +
    'BAföG|Bundesausbildungsförderungsgesetz|Alexander von Humboldt-Professur|Humboldt-Professur|' +
    'Humboldt-Forschungsstipendium|Sofja Kovalevskaja-Preis|DAAD-Stipendium|Hightech-Strategie|' +
    'Pakt für Forschung und Innovation|Zukunftsvertrag Studium und Lehre stärken|Hochschulpakt 2020|' +
    'Hochschulpakt|Tenure-Track-Programm|' +
    'Bund-Länder-Programm zur Förderung des wissenschaftlichen Nachwuchses|Professorinnenprogramm|' +
    'EXIST-Gründerstipendium|EXIST-Forschungstransfer|Innovative Hochschule|Clusters4Future|' +
    'Zukunftscluster-Initiative|Jugend forscht|Bundesfreiwilligendienst|START-Programm|FWF START-Programm|' +
    'Wittgenstein-Preis|Lise-Meitner-Programm',
  // France (27)
  "France 2030|Investissements d'avenir|Programme d'investissements d'avenir|Investissements d’avenir|" +
    "Initiatives d'excellence|IdEx|Idex|I-SITE|Programmes et équipements prioritaires de recherche|PEPR|" +
    'Chaire de professeur junior|Chaires de professeur junior|CIFRE|' +
    'Conventions industrielles de formation par la recherche|Cifre|Partenariats Hubert Curien|' +
    'Programme Hubert Curien|Plan Campus|Cordées de la réussite|Programme PAUSE|' +
    "Programme national d'accueil en urgence des scientifiques en exil|Service civique|" +
    "Ma thèse en 180 secondes|Médaille d'or du CNRS|Bourse d'excellence Eiffel|Programme Eiffel|" +
    'Bourses Eiffel',
  // Spain and Latin America (47)
  'Ramón y Cajal|Programa Ramón y Cajal|contrato Ramón y Cajal|Juan de la Cierva|' +
    'Juan de la Cierva-Formación|Juan de la Cierva-Incorporación|Programa Beatriz Galindo|' +
    'Ayudas Beatriz Galindo|Ayudas María Zambrano|Ayudas Margarita Salas|Ayudas Torres Quevedo|' +
    'Programa Torres Quevedo|Formación de Profesorado Universitario|contratos FPU|becas FPU|' +
    'Formación de Personal Investigador|contratos FPI|Programa Serra Húnter|' +
    'Plan Estatal de Investigación Científica, Técnica y de Innovación|' +
    'Plan Estatal de Investigación Científica y Técnica y de Innovación|' +
    'Plan de Recuperación, Transformación y Resiliencia|Premios Nacionales de Investigación|' +
    'Becas Leonardo|Beca Leonardo|Becas Santander|Sistema Nacional de Investigadores|' +
    'Sistema Nacional de Investigadoras e Investigadores|Becas Benito Juárez|' +
    'Beca Universal para el Bienestar Benito Juárez|Jóvenes Construyendo el Futuro|' +
    'Programa para el Desarrollo Profesional Docente|PRODEP|Fondecyt|' +
    'Fondo Nacional de Desarrollo Científico y Tecnológico|FONDECYT|Fondecyt Regular|' +
    'Fondecyt de Iniciación|Fondecyt de Postdoctorado|Fondef|Iniciativa Científica Milenio|' +
    'Programa Iniciativa Científica Milenio|Becas Chile|Becas Progresar|' +
    'Programa de Respaldo a Estudiantes de Argentina|Ser Pilo Paga|Generación E|Beca 18',
  // Italy (10)
  'PRIN|Progetti di Rilevante Interesse Nazionale|Programma Rita Levi Montalcini|' +
    'Programma per giovani ricercatori Rita Levi Montalcini|Dipartimenti di eccellenza|' +
    'Dipartimenti di Eccellenza|Piano Nazionale di Ripresa e Resilienza|PNRR|' +
    'Valutazione della Qualità della Ricerca|Programma Nazionale per la Ricerca',
  // The Netherlands (19)
  'Vernieuwingsimpuls|NWO Talentprogramma|Veni|Veni-subsidie|Veni-beurs|Vidi|Vidi-subsidie|Vidi-beurs|' +
    'Vici|Vici-subsidie|Vici-beurs|Zwaartekrachtprogramma|NWO Zwaartekracht|Spinozapremie|' +
    'NWO-Spinozapremie|Stevinpremie|NWO-Stevinpremie|Nationale Wetenschapsagenda|Nationaal Groeifonds',
  // Portugal and Brazil (35)
  'Ciência sem Fronteiras|Programa Ciência sem Fronteiras|' +
    'Programa Institucional de Bolsas de Iniciação Científica|PIBIC|' +
    'Programa Institucional de Bolsas de Iniciação em Desenvolvimento Tecnológico e Inovação|PIBITI|' +
    'Programa Institucional de Bolsa de Iniciação à Docência|PIBID|Programa de Residência Pedagógica|' +
    'Residência Pedagógica|Programa de Educação Tutorial|Bolsa de Produtividade em Pesquisa|' +
    'Programa Universidade para Todos|ProUni|Prouni|Fundo de Financiamento Estudantil|FIES|' +
    'Programa de Doutorado Sanduíche no Exterior|PDSE|CAPES PrInt|' +
    'Programa Institucional de Internacionalização|Programa Nacional de Pós-Doutorado|PNPD|' +
    'Olimpíada Brasileira de Matemática das Escolas Públicas|OBMEP|Reuni|' +
    'Programa de Apoio a Planos de Reestruturação e Expansão das Universidades Federais|' +
    'Programa Nacional de Assistência Estudantil|PNAES|Projeto Rondon|Programa Mais Médicos|Mais Médicos|' +
    'Concurso Estímulo ao Emprego Científico|CEEC|Plano de Recuperação e Resiliência',
  // Other countries (38)
  'Horisont Europa|Sapere Aude|DFF Sapere Aude|FRIPRO|Stipendium Hungaricum|Türkiye Bursları|' +
    'Inicjatywa Doskonałości – Uczelnia Badawcza|IDUB|PRELUDIUM|SONATA BIS|Diamentowy Grant|' +
    'TÜBİTAK 2209-A|TEKNOFEST|ICREA Acadèmia|Приоритет-2030|Приоритет 2030|программа «Приоритет-2030»|' +
    'Проект 5-100|5-100|Мегагранты|программа мегагрантов|национальный проект «Наука и университеты»|' +
    'нацпроект «Наука и университеты»|Я — профессионал|Я – профессионал|УМНИК|программа «УМНИК»|Болашак|' +
    'Kampus Merdeka|Merdeka Belajar Kampus Merdeka|MBKM|Beasiswa LPDP|Program Kreativitas Mahasiswa|' +
    'Kuliah Kerja Nyata|Bidikmisi|KIP Kuliah|Kartu Indonesia Pintar Kuliah|' +
    'برنامج خادم الحرمين الشريفين للابتعاث الخارجي',
];
