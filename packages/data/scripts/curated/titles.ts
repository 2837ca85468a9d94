import type { CuratedText } from './types.js';

/** The plan's title as it appears in the seed, and in English. */
export const planTitle: CuratedText = {
  'zh-Hant': '德州市深化新舊動能轉換推動綠色低碳高質量發展2023年重點工作任務',
  en: "Dezhou's 2023 key tasks for deepening the replacement of old growth drivers with new ones and promoting green, low-carbon and high-quality development",
};

export const issuer: CuratedText = { 'zh-Hant': '德州市人民政府', en: "Dezhou Municipal People's Government" };

/** English titles of the 11 sections, by section number (index 0 = section 一). */
export const sectionTitlesEn: readonly string[] = [
  'Enhance scientific and technological innovation capacity', // 提升科技創新能力
  'Accelerate the replacement of old growth drivers with new ones', // 加快新舊動能轉換
  'Step up efforts to expand domestic demand and stabilize growth', // 加力擴內需穩增長
  'Make coordinated efforts to cut carbon emissions, reduce pollution, expand green spaces and promote growth', // 協同推進降碳減污擴綠增長
  'Integrate fully into and serve major development strategies', // 深度融入服務重大發展戰略
  'Advance rural revitalization across the board', // 全面深入推進鄉村振興
  'Deepen reform and expand opening up', // 深化改革擴大開放
  'Promote cultural prosperity', // 推動文化繁榮興盛
  'Make solid progress toward common prosperity', // 扎實推進共同富裕
  'Make every effort to hold the bottom line of safe development', // 全力守好安全發展底線
  'Ensure effective organization and implementation', // 切實抓好組織實施
];

/** English titles of the 69 tasks, by task number (index 0 = task 1). */
export const taskTitlesEn: readonly string[] = [
  'Promote the commercialization of research results', // 推動科技成果轉化
  'Strengthen the development of innovation platforms', // 加強創新平臺建設
  'Foster science and technology enterprises', // 培育科技型企業
  'Step up the recruitment and cultivation of innovative talent', // 強化創新人才引育
  'Fully implement the breakthrough program for flagship industrial chains', // 深入實施標志性產業鏈突破工程
  'Exercise targeted control over energy-intensive, high-emission industries', // 精準管控“兩高”行業
  'Tighten the management of chemical industry parks', // 嚴格化工園區管理
  'Continue technological upgrading', // 持續推進技改升級
  'Vigorously develop the digital economy', // 大力發展數字經濟
  'Deepen digital empowerment and its application', // 深化數字賦能應用
  'Foster and expand the new energy vehicle industry', // 培育壯大新能源汽車產業
  'Cultivate high-quality enterprises in tiers', // 梯度培植優質企業
  'Improve the comprehensive multidimensional transport network', // 完善綜合立體交通網
  'Continue to optimize the energy mix', // 持續優化能源結構
  'Strengthen the capacity to ensure energy supply', // 提升能源供應保障能力
  'Accelerate the building of a modern water network', // 加快現代水網建設
  'Carry out ecological management of rivers and lakes in depth', // 深入實施河湖生態治理
  'Work to expand effective investment', // 著力擴大有效投資
  'Implement the mechanism of "production factors following projects"', // 落實“要素跟著項目走”機制
  'Carry out urban renewal', // 開展城市更新行動
  'Accelerate the building of new-type smart cities', // 加快新型智慧城市建設
  'Speed up the development of logistics and the convention and exhibition industry', // 推動物流會展業加快發展
  'Make all-out efforts to restore and expand consumption', // 全面加力恢復和擴大消費
  'Accelerate the creation of a new pattern of territorial space development and protection', // 加快構建國土空間開發保護新格局
  'Carry out solid actions for the green and low-carbon transition', // 扎實開展綠色低碳轉型行動
  'Promote the economical and intensive use of water resources', // 推動水資源集約節約利用
  'Further advance the prevention and control of environmental pollution', // 深入推進環境污染防治
  'Strengthen ecological conservation and restoration', // 強化生態建設和修復
  'Advance the development of a green manufacturing system', // 推進綠色制造體系建設
  'Accelerate the adoption of green and low-carbon lifestyles', // 加速形成綠色低碳生活方式
  'Step up alignment with the coordinated development of Beijing, Tianjin and Hebei', // 更大力度對接京津冀協同發展
  'Step up service to the major national strategy for the Yellow River', // 更大力度服務黃河重大國家戰略
  'Step up integration into the integrated development of the provincial capital economic circle', // 更大力度融入省會經濟圈一體化發展
  'Step up the high-standard development of Dezhou Tianqu New Area', // 更大力度高標準建設德州天衢新區
  'Draw up a new five-year plan for rural revitalization', // 編制新一輪鄉村振興五年規劃
  'Consolidate the foundations of agricultural development', // 夯實農業發展根基
  'Raise overall agricultural production capacity', // 提升農業綜合生產能力
  'Promote green and healthy agricultural development', // 推動農業綠色健康發展
  'Fully advance the building of a "renowned food city"', // 全面推進“食品名市”建設
  'Comprehensively deepen agricultural and rural reform', // 全面深化農業農村改革
  'Strengthen rural infrastructure networks', // 強化農村基礎設施網建設
  'Consolidate and expand the gains in poverty alleviation and link them effectively with rural revitalization', // 鞏固拓展脫貧攻堅成果同鄉村振興有效銜接
  'Energize market entities', // 激發市場主體活力
  'Accelerate integrated innovation in public finance and financial services', // 加快財政金融融合創新
  'Advance the building of a service-oriented digital government', // 推進服務型數字政府建設
  'Deepen the "Credit Dezhou" initiative', // 深化“信用德州”建設
  'Focus efforts on upgrading county economies', // 聚焦聚力縣域經濟提升能級
  'Raise the level of foreign trade', // 提升對外貿易水平
  'Carry out the civilization-building program', // 實施文明創建工程
  'Build an all-media communication system', // 構建全媒體傳播體系
  'Produce a range of high-quality literary and artistic works', // 推出一批文藝精品
  'Accelerate the development of cultural industries', // 加快發展文化產業
  'Deepen research on traditional culture', // 深化傳統文化研究
  'Enrich cultural life in urban and rural areas', // 豐富城鄉文化生活
  'Deepen the integrated development of culture and tourism', // 深化文旅融合發展
  'Formulate implementation opinions on promoting common prosperity', // 制定促進共同富裕實施意見
  'Implement the employment-first policy in detail', // 落細就業優先政策
  'Promote the high-quality development of education', // 推動教育高質量發展
  'Raise the level of health care', // 提升衛生健康水平
  'Improve the multi-tiered social security system', // 健全多層次社保體系
  'Build a "comprehensive social assistance" system', // 構建“大救助”體系
  'Improve the support system for the elderly and children', // 健全“一老一小”保障體系
  'Accelerate the building of a distinctive sports city', // 加快建設特色體育名城
  'Make every effort to ensure workplace safety', // 著力抓好安全生產
  'Work to stabilize the financial sector and prevent risks', // 著力穩金融防風險
  'Improve the capacity for social governance at the city level', // 提高市域社會治理能力
  'Strengthen organizational leadership', // 加強組織領導
  'Improve working mechanisms', // 完善工作機制
  'Intensify supervision and inspection', // 強化督導檢查
];
