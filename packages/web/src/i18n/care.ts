import type { Lang } from "./index";

const zh = {
  careOn: "关怀模式",
  careOff: "退出关怀模式",
  careOnHint: "大字号、高对比度、精简导航",
  careOffHint: "回到标准页面",
  privacy: "隐私说明",
  myRecords: "我的信息",
};

const en: typeof zh = {
  careOn: "Large text",
  careOff: "Standard text",
  careOnHint: "Large type, high contrast, fewer links",
  careOffHint: "Back to the standard page",
  privacy: "Privacy",
  myRecords: "My records",
};

/** The elder-friendly mode's switch and the footer's privacy links. */
export function careMessages(lang: Lang) {
  return lang === "zh" ? zh : en;
}

const privacyZh = {
  title: (county: string) => `${county}个人信息保护说明`,
  description: (county: string) =>
    `${county}“一村（居）一警”服务如何处理扫码登记、预约和评价中的个人信息：处理者、目的、保存期限和您的权利。`,
  processorTitle: "谁处理您的信息",
  processor: (bureau: string) =>
    `本县（区）在村警平台上的扫码登记、预约和评价信息，由${bureau}作为个人信息处理者处理。民警和工作人员只能看到本县（区）、本人职责范围内的记录。`,
  bureau: (county: string) => `${county}公安局`,
  purposesTitle: "为什么收集",
  purposes: [
    "扫码登记：流动人口、来访和出租房屋登记，以及按县（区）卫生健康部门的风险地区名单核查到达人员。",
    "预约：安排民警在坐班时间接待或上门，并用短信通知您预约的进展。",
    "评价：了解群众对民警的满意程度，并防止同一手机重复评价。",
  ],
  fieldsTitle: "收集哪些信息",
  intakeTitle: "扫码登记",
  intakeFields:
    "姓名、证件类型和号码、手机号、到达日期、来源地（省、市、县）、现住地址；出租房屋登记另有租期起止、房间数和居住人数；登记表上民警自设问题（最多 3 个）的回答。",
  intakeSealed:
    "姓名、证件号码、手机号、地址和自设问题的回答逐项加密保存；列表只显示打码后的信息，查看完整信息须说明理由，并记入审计日志。",
  bookingTitle: "预约",
  bookingFields:
    "手机号（用短信验证码核验）、事由、预约时段；选择上门时还有希望的日期、时段和地址。手机号和地址加密保存，工作人员看到的是打码后的号码。",
  ratingTitle: "评价",
  ratingFields:
    "各项评分、问题是否解决、可选的表扬或投诉内容、署名（匿名，或姓氏加称呼，如“王先生”）。不收集姓名和地址；手机号只以密钥哈希保存，用于限制重复评价。",
  retentionTitle: "保存多久",
  retention: (intakeDays: number) => [
    `扫码登记：提交后 ${intakeDays} 天自动删除（本县（区）的设置）；由登记触发的红色预警同时删除。`,
    "预约：预约时段结束后 180 天自动删除。",
    "评价：用于限制重复评价的手机号哈希 30 天后自动删除；评分和经审核公开的表扬不含手机号，用于民警的公开评分，继续保存。",
    "短信等通知：加密保存在发送队列中，30 天后自动删除。",
  ],
  alertsTitle: "红色预警发给谁",
  alerts:
    "县（区）管理员和卫生健康联络员维护一份风险地区名单（地区和到达日期范围）。当一条扫码登记的来源地和到达日期与名单相符时，系统生成红色预警：",
  alertRecipients: [
    "本县（区）卫生健康部门：如已设置接收地址，系统通过带签名的 webhook（HMAC-SHA256）发送，内容只有村（社区）、来源地、到达日期、所涉风险地区和时间，不含姓名、证件号码和手机号。",
    "本县（区）卫生健康联络员：在工作台收到预警；如需联系您，须说明理由后查看联系方式，每次查看都记入审计日志。",
    "您所在村（社区）的驻村民警：收到一项上门核实任务。",
  ],
  rightsTitle: "您的权利",
  rights:
    "依照《中华人民共和国个人信息保护法》，您有权查阅、更正和删除您的个人信息，也可以撤回评价。请在“我的信息”页面，用登记、预约或评价时使用的手机号验证后办理。",
  rightsLink: "前往“我的信息”",
  contactTitle: "联系我们",
  contactLine: (line: string) => `对个人信息处理有疑问或投诉，请联系：${line}`,
  contactNone: "对个人信息处理有疑问或投诉，请联系您所在村（社区）的驻村民警或所属派出所。",
  findVillage: "查找您的驻村民警",
};

const privacyEn: typeof privacyZh = {
  title: (county: string) => `Privacy notice · ${county}`,
  description: (county: string) =>
    `How One Village, One Officer in ${county} handles personal information from QR registration, bookings and ratings: who processes it, why, for how long, and your rights.`,
  processorTitle: "Who processes your information",
  processor: (bureau: string) =>
    `QR registrations, bookings and ratings made for this county on Cunjing are processed by the ${bureau} as the personal information processor. Officers and staff see only the records of this county within their own duties.`,
  bureau: (county: string) => `${county} Public Security Bureau`,
  purposesTitle: "Why it is collected",
  purposes: [
    "QR registration: registering arrivals, visitors and rentals, and checking arrivals against the county health department's list of risk regions.",
    "Bookings: arranging a meeting at the police office or a home visit, and telling you by text message how your booking goes.",
    "Ratings: learning how satisfied residents are with their officer, and stopping one phone from rating repeatedly.",
  ],
  fieldsTitle: "What is collected",
  intakeTitle: "QR registration",
  intakeFields:
    "Name, document type and number, mobile phone, arrival date, place of origin (province, city, county) and current address; for rentals also the lease dates, number of rooms and number of occupants; answers to up to 3 questions the officer added to the form.",
  intakeSealed:
    "Name, document number, phone, address and the answers are encrypted field by field. Lists show them masked; seeing a full record requires a stated reason and is written to the audit log.",
  bookingTitle: "Bookings",
  bookingFields:
    "Mobile phone (checked with a text-message code), purpose and time slot; for a home visit also the preferred day, time window and address. The phone and address are encrypted; staff see the phone masked.",
  ratingTitle: "Ratings",
  ratingFields:
    "Your scores, whether the problem was solved, optional praise or complaint text, and a signature (anonymous, or a surname and honorific such as 王先生). No name or address is collected; the phone is kept only as a keyed hash, to limit repeated ratings.",
  retentionTitle: "How long it is kept",
  retention: (intakeDays: number) => [
    `QR registrations: deleted automatically ${intakeDays} days after they are made (this county's setting); red alerts raised by a registration are deleted with it.`,
    "Bookings: deleted automatically 180 days after the booked time.",
    "Ratings: the phone hash that limits repeated ratings is deleted after 30 days; the scores and approved praise, which hold no phone number, stay as part of the officer's public score.",
    "Text messages and other notices: kept encrypted in the sending queue and deleted after 30 days.",
  ],
  alertsTitle: "Who receives red alerts",
  alerts:
    "The county's administrators and health liaison keep a list of risk regions (a region and a period of arrival dates). When a QR registration's place of origin and arrival date match the list, a red alert is raised and goes to:",
  alertRecipients: [
    "The county's health department: where a receiving address is set, by a signed webhook (HMAC-SHA256) holding only the village, place of origin, arrival date, risk region and time — no name, document number or phone.",
    "The county's health liaison, in the console: to contact you, the liaison must state a reason to see your contact details, and every such view is written to the audit log.",
    "The officer of your village or community, as a task to verify the arrival.",
  ],
  rightsTitle: "Your rights",
  rights:
    "Under the Personal Information Protection Law of the People's Republic of China you may see, correct and delete your personal information, and withdraw a rating. Use “My records” and confirm the phone you used to register, book or rate.",
  rightsLink: "Go to My records",
  contactTitle: "Contact",
  contactLine: (line: string) => `For questions or complaints about your personal information, contact: ${line}`,
  contactNone:
    "For questions or complaints about your personal information, contact the officer of your village or community or their police station.",
  findVillage: "Find your officer",
};

export function privacyMessages(lang: Lang) {
  return lang === "zh" ? privacyZh : privacyEn;
}
