/**
 * Demo stories and brands, published: the programme's news report names the people and brands;
 * the wording here is illustrative. Officers and villages are referred to by their demo keys.
 */
export type DemoPublication = {
  kind: "story" | "brand";
  county: string;
  slug: string;
  title: string;
  titleEn: string;
  summary: string;
  summaryEn: string;
  body: string;
  bodyEn: string;
  officers: string[];
  villages: string[];
  publishedAt: number;
};

export const demoPublications: DemoPublication[] = [
  {
    kind: "story",
    county: "boluo",
    slug: "scan-to-register",
    title: "扫一扫就能登记：西区社区的“在线搜集表”",
    titleEn: "Scan to register: Xiqu Community's online form",
    summary: "新警徐洁珊把外来人员登记搬到了手机上：扫码、填表，一次完成，不用再跑派出所。",
    summaryEn: "A new officer, Xu Jieshan, moved newcomer registration onto residents' phones: scan, fill in, done.",
    body: [
      "春节后返城人员集中到来。城镇派出所西区社区民警**徐洁珊**在社区入口和出租屋张贴二维码：来人用手机扫一扫，填写姓名、身份证号码、抵达时间等信息，登记就完成了。",
      "“过去登记要排队、要跑派出所，现在一次都不用跑。”",
      "## 全县的成果",
      "博罗县各派出所用同样的“在线搜集表”，共登记外来人员和出租屋信息 **27,261** 条，并把 **146 名**红色预警人员推送给防疫部门排查。",
      "> 三勤：腿勤、嘴勤、脑勤。",
    ].join("\n\n"),
    bodyEn: [
      "After the Spring Festival, people came back to town all at once. **Xu Jieshan**, the officer of Xiqu Community at Chengzhen Police Station, put up QR codes at the community gates and in rental homes: a newcomer scans one, types name, ID number and date of arrival, and is registered.",
      "“Registering used to mean queues and a trip to the police station. Now nobody has to go anywhere.”",
      "## Across the county",
      "With the same online form, Boluo's police stations recorded **27,261** newcomers and rental homes and passed **146** red-alert persons to the health authority for screening.",
      "> The three diligences: legs, mouth and mind.",
    ].join("\n\n"),
    officers: ["xu-jieshan"],
    villages: ["xiqu"],
    publishedAt: Date.UTC(2020, 2, 20, 2),
  },
  {
    kind: "brand",
    county: "huicheng",
    slug: "huage-shuoli",
    title: "华哥说理",
    titleEn: "Brother Hua Talks It Through",
    summary: "东湖派出所的调解室：邻里纠纷，坐下来把理说清楚。",
    summaryEn: "Donghu Police Station's mediation room: neighbours sit down and talk a dispute through.",
    body: "“华哥说理”调解室由民警陈华负责，调解邻里、物业和家庭纠纷。\n\n做法是“三小”：**小事**不拖、**小忧**不等、**小帮**不推。",
    bodyEn:
      "Officer Chen Hua runs the “Brother Hua Talks It Through” room for disputes between neighbours, with property managers and in families.\n\nIts rule is the “three smalls”: no **small matter** left waiting, no **small worry** ignored, no **small help** refused.",
    officers: ["chen-hua"],
    villages: ["jiangbei"],
    publishedAt: Date.UTC(2020, 5, 1, 2),
  },
  {
    kind: "brand",
    county: "longmen",
    slug: "yinghan-heshilao",
    title: "硬汉和事佬",
    titleEn: "The Tough Peacemaker",
    summary: "龙城派出所民警梁刚：村里的纠纷，常找他评理。",
    summaryEn: "Liang Gang of Longcheng Police Station: the officer villagers ask to settle their disputes.",
    body: "民警梁刚调解土地、山林和邻里纠纷，讲究“融排解防服宣”六字诀，把矛盾化解在村里。",
    bodyEn:
      "Officer Liang Gang mediates disputes over land, woodland and between neighbours, following the six-word method — integrate, screen, resolve, prevent, serve, publicise — so that conflicts are settled in the village.",
    officers: ["liang-gang"],
    villages: ["xilin"],
    publishedAt: Date.UTC(2020, 5, 15, 2),
  },
];
