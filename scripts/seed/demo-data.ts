import type { Role } from "@cunjing/core/actor";

/**
 * Demo tenants: the seven counties and districts of Huizhou's "one village, one officer"
 * programme. The named officers are the ones the programme's news report features; the other
 * precincts, villages and officers are illustrative so the pages are not empty.
 */
export type DemoVillage = {
  key: string;
  nameZh: string;
  nameEn: string;
  kind: "village" | "community";
  officer?: string;
  deskHours?: string;
};
export type DemoOfficer = {
  slug: string;
  nameZh: string;
  nameEn: string;
  badge: string;
  rank: string;
  bio?: string;
  officePhone?: string;
};
export type DemoPrecinct = {
  key: string;
  nameZh: string;
  nameEn: string;
  officers: DemoOfficer[];
  villages: DemoVillage[];
};
export type DemoCounty = {
  slug: string;
  nameZh: string;
  nameEn: string;
  divisionCode: string;
  precincts: DemoPrecinct[];
};

/** Local demo accounts; all share one password. The seed never runs against AWS. */
export const demoPassword = "cunjing-demo";
export const demoAccounts: Array<{
  username: string;
  displayName: string;
  county: string;
  role: Role;
  precinct?: string;
  officer?: string;
}> = [
  { username: "admin", displayName: "平台管理员", county: "platform", role: "platform_admin" },
  { username: "boluo.admin", displayName: "博罗县管理员", county: "boluo", role: "county_admin" },
  {
    username: "boluo.supervisor",
    displayName: "城镇派出所所长",
    county: "boluo",
    role: "precinct_supervisor",
    precinct: "chengzhen",
  },
  {
    username: "xu-jieshan",
    displayName: "徐洁珊",
    county: "boluo",
    role: "officer",
    precinct: "chengzhen",
    officer: "xu-jieshan",
  },
  { username: "boluo.health", displayName: "博罗县卫健局联络员", county: "boluo", role: "health_liaison" },
  { username: "huicheng.admin", displayName: "惠城区管理员", county: "huicheng", role: "county_admin" },
  {
    username: "liao-yanxia",
    displayName: "廖艳霞",
    county: "huicheng",
    role: "officer",
    precinct: "donghu",
    officer: "liao-yanxia",
  },
];

const weekdays = "周一至周五 9:00–12:00";
const afternoons = "周二、周四 14:30–17:30";

export const demoCounties: DemoCounty[] = [
  {
    slug: "huicheng",
    nameZh: "惠城区",
    nameEn: "Huicheng District",
    divisionCode: "441302",
    precincts: [
      {
        key: "donghu",
        nameZh: "东湖派出所",
        nameEn: "Donghu Police Station",
        officers: [
          {
            slug: "liao-yanxia",
            nameZh: "廖艳霞",
            nameEn: "Liao Yanxia",
            badge: "441302101",
            rank: "一级警长",
            bio: "用“葵花码”和社区邻居应用服务居民，大家口中的“东湖网红小警花”。",
          },
          {
            slug: "chen-hua",
            nameZh: "陈华",
            nameEn: "Chen Hua",
            badge: "441302102",
            rank: "二级警长",
            bio: "“华哥说理”调解室负责民警，擅长化解邻里纠纷。",
          },
        ],
        villages: [
          {
            key: "donghu-huayuan",
            nameZh: "东湖花园社区",
            nameEn: "Donghu Huayuan Community",
            kind: "community",
            officer: "liao-yanxia",
            deskHours: weekdays,
          },
          {
            key: "donghu-xincun",
            nameZh: "东湖新村社区",
            nameEn: "Donghu Xincun Community",
            kind: "community",
            officer: "liao-yanxia",
            deskHours: afternoons,
          },
          {
            key: "jiangbei",
            nameZh: "江北社区",
            nameEn: "Jiangbei Community",
            kind: "community",
            officer: "chen-hua",
            deskHours: weekdays,
          },
        ],
      },
      {
        key: "qiaodong",
        nameZh: "桥东派出所",
        nameEn: "Qiaodong Police Station",
        officers: [{ slug: "huang-wei", nameZh: "黄伟", nameEn: "Huang Wei", badge: "441302201", rank: "三级警长" }],
        villages: [
          {
            key: "shuikou",
            nameZh: "水口村",
            nameEn: "Shuikou Village",
            kind: "village",
            officer: "huang-wei",
            deskHours: afternoons,
          },
          { key: "qiaodong-shequ", nameZh: "桥东社区", nameEn: "Qiaodong Community", kind: "community" },
        ],
      },
    ],
  },
  {
    slug: "huiyang",
    nameZh: "惠阳区",
    nameEn: "Huiyang District",
    divisionCode: "441303",
    precincts: [
      {
        key: "danshui",
        nameZh: "淡水派出所",
        nameEn: "Danshui Police Station",
        officers: [
          {
            slug: "zou-xiaopeng",
            nameZh: "邹晓鹏",
            nameEn: "Zou Xiaopeng",
            badge: "441303101",
            rank: "二级警长",
            bio: "大家都叫他“邹Sir”，常年上门照看辖区独居老人。",
          },
          { slug: "lin-fang", nameZh: "林芳", nameEn: "Lin Fang", badge: "441303102", rank: "一级警员" },
        ],
        villages: [
          {
            key: "qiaoxi",
            nameZh: "桥西社区",
            nameEn: "Qiaoxi Community",
            kind: "community",
            officer: "zou-xiaopeng",
            deskHours: weekdays,
          },
          {
            key: "xinqiao",
            nameZh: "新桥村",
            nameEn: "Xinqiao Village",
            kind: "village",
            officer: "lin-fang",
            deskHours: afternoons,
          },
        ],
      },
    ],
  },
  {
    slug: "boluo",
    nameZh: "博罗县",
    nameEn: "Boluo County",
    divisionCode: "441322",
    precincts: [
      {
        key: "chengzhen",
        nameZh: "城镇派出所",
        nameEn: "Chengzhen Police Station",
        officers: [
          {
            slug: "xu-jieshan",
            nameZh: "徐洁珊",
            nameEn: "Xu Jieshan",
            badge: "441322101",
            rank: "二级警员",
            bio: "西区社区民警，疫情期间用二维码“在线搜集表”完成外来人员登记。",
            officePhone: "0752-6123110",
          },
          { slug: "he-jianguo", nameZh: "何建国", nameEn: "He Jianguo", badge: "441322102", rank: "一级警长" },
        ],
        villages: [
          {
            key: "xiqu",
            nameZh: "西区社区",
            nameEn: "Xiqu Community",
            kind: "community",
            officer: "xu-jieshan",
            deskHours: weekdays,
          },
          {
            key: "dongqu",
            nameZh: "东区社区",
            nameEn: "Dongqu Community",
            kind: "community",
            officer: "he-jianguo",
            deskHours: afternoons,
          },
          { key: "beimen", nameZh: "北门村", nameEn: "Beimen Village", kind: "village", officer: "he-jianguo" },
        ],
      },
      {
        key: "shiwan",
        nameZh: "石湾派出所",
        nameEn: "Shiwan Police Station",
        officers: [{ slug: "zhang-min", nameZh: "张敏", nameEn: "Zhang Min", badge: "441322201", rank: "三级警长" }],
        villages: [
          {
            key: "tiechang",
            nameZh: "铁场村",
            nameEn: "Tiechang Village",
            kind: "village",
            officer: "zhang-min",
            deskHours: afternoons,
          },
          { key: "shiwan-shequ", nameZh: "石湾社区", nameEn: "Shiwan Community", kind: "community" },
        ],
      },
    ],
  },
  {
    slug: "huidong",
    nameZh: "惠东县",
    nameEn: "Huidong County",
    divisionCode: "441323",
    precincts: [
      {
        key: "pingshan",
        nameZh: "平山派出所",
        nameEn: "Pingshan Police Station",
        officers: [{ slug: "wu-qiang", nameZh: "吴强", nameEn: "Wu Qiang", badge: "441323101", rank: "二级警长" }],
        villages: [
          {
            key: "pingshan-shequ",
            nameZh: "平山社区",
            nameEn: "Pingshan Community",
            kind: "community",
            officer: "wu-qiang",
            deskHours: weekdays,
          },
          { key: "dalingxia", nameZh: "大岭下村", nameEn: "Dalingxia Village", kind: "village", officer: "wu-qiang" },
        ],
      },
    ],
  },
  {
    slug: "longmen",
    nameZh: "龙门县",
    nameEn: "Longmen County",
    divisionCode: "441324",
    precincts: [
      {
        key: "longcheng",
        nameZh: "龙城派出所",
        nameEn: "Longcheng Police Station",
        officers: [
          {
            slug: "liang-gang",
            nameZh: "梁刚",
            nameEn: "Liang Gang",
            badge: "441324101",
            rank: "一级警长",
            bio: "“硬汉和事佬”，村里的纠纷常找他评理。",
          },
        ],
        villages: [
          {
            key: "xilin",
            nameZh: "西林村",
            nameEn: "Xilin Village",
            kind: "village",
            officer: "liang-gang",
            deskHours: afternoons,
          },
          {
            key: "longcheng-shequ",
            nameZh: "龙城社区",
            nameEn: "Longcheng Community",
            kind: "community",
            officer: "liang-gang",
            deskHours: weekdays,
          },
        ],
      },
    ],
  },
  {
    slug: "dayawan",
    nameZh: "大亚湾",
    nameEn: "Daya Bay",
    divisionCode: "441371",
    precincts: [
      {
        key: "xiachong",
        nameZh: "霞涌派出所",
        nameEn: "Xiachong Police Station",
        officers: [
          {
            slug: "wang-pei",
            nameZh: "王培",
            nameEn: "Wang Pei",
            badge: "441371101",
            rank: "二级警长",
            bio: "“憨警阿培”，渔村里人人认得的调解能手。",
          },
        ],
        villages: [
          {
            key: "xiachong-cun",
            nameZh: "霞涌村",
            nameEn: "Xiachong Village",
            kind: "village",
            officer: "wang-pei",
            deskHours: weekdays,
          },
          { key: "xinghe", nameZh: "星河社区", nameEn: "Xinghe Community", kind: "community", officer: "wang-pei" },
        ],
      },
    ],
  },
  {
    slug: "zhongkai",
    nameZh: "仲恺",
    nameEn: "Zhongkai",
    divisionCode: "441372",
    precincts: [
      {
        key: "chenjiang",
        nameZh: "陈江派出所",
        nameEn: "Chenjiang Police Station",
        officers: [
          {
            slug: "zhou-jiuwei",
            nameZh: "周究伟",
            nameEn: "Zhou Jiuwei",
            badge: "441372101",
            rank: "一级警长",
            bio: "村民口中的“周教授”，善于出谋划策化解村居矛盾。",
          },
        ],
        villages: [
          {
            key: "youjia",
            nameZh: "友嘉村",
            nameEn: "Youjia Village",
            kind: "village",
            officer: "zhou-jiuwei",
            deskHours: weekdays,
          },
          {
            key: "chenjiang-shequ",
            nameZh: "陈江社区",
            nameEn: "Chenjiang Community",
            kind: "community",
            officer: "zhou-jiuwei",
            deskHours: afternoons,
          },
        ],
      },
    ],
  },
];
