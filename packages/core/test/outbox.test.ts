import { ScanCommand } from "@aws-sdk/client-dynamodb";
import { describe, expect, it } from "vitest";
import { withActor } from "../src/actor";
import { County } from "../src/county/index";
import { Outbox } from "../src/outbox/index";
import { localClient } from "../../../scripts/table";

describe("the outbox", () => {
  it("keeps the recipient and the text sealed in the table, and opens them for the local reader", async () => {
    const countyId = await withActor({ type: "system", properties: {} }, () =>
      County.create({
        slug: "outbox-test",
        nameZh: "信箱县",
        nameEn: "Outbox County",
        cityZh: "惠州市",
        cityEn: "Huizhou",
        divisionCode: "441322",
        joinedOn: "2020-01-01",
      }),
    );
    const system = { type: "system", properties: { countyId } } as const;
    const invitation = "http://localhost:4321/console/invite/Zq3xV8mN2pL5rT7wY9bC4dF6";
    await withActor(system, async () => {
      await Outbox.send({
        countyId,
        channel: "sms",
        to: "13812345678",
        subject: "验证码",
        body: "验证码 482913，5 分钟内有效。",
      });
      await Outbox.send({
        countyId,
        channel: "email",
        to: "new.officer@example.cn",
        subject: "邀请",
        body: invitation,
      });
    });

    const client = localClient(process.env.DYNAMODB_ENDPOINT!);
    const { Items } = await client.send(new ScanCommand({ TableName: process.env.TABLE_NAME }));
    client.destroy();
    const raw = JSON.stringify(Items);
    expect(raw).toContain('"outbox"');
    for (const secret of ["13812345678", "482913", "new.officer@example.cn", "Zq3xV8mN2pL5rT7wY9bC4dF6"]) {
      expect(raw).not.toContain(secret);
    }

    const messages = await withActor(system, () => Outbox.list(countyId));
    const opened = messages.map(({ to, body }) => ({ to, body })).sort((a, b) => a.to.localeCompare(b.to));
    expect(opened).toEqual([
      { to: "13812345678", body: "验证码 482913，5 分钟内有效。" },
      { to: "new.officer@example.cn", body: invitation },
    ]);
  });
});
