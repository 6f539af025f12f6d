import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { checkDigit } from "../../src/intake/documents";

/** A valid mainland resident ID number (GB 11643) for the i-th test resident, born in the 1980s–90s. */
export function citizenId(i: number, region = "441322"): string {
  const year = 1980 + (i % 20);
  const month = String((i % 12) + 1).padStart(2, "0");
  const day = String((i % 28) + 1).padStart(2, "0");
  const sequence = String(Math.floor(i / 20) % 1000).padStart(3, "0");
  const first17 = `${region}${year}${month}${day}${sequence}`;
  return first17 + checkDigit(first17);
}

const surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
const givens = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂";

/** A distinct two- or three-character name per i (up to 8,000). */
export function residentName(i: number): string {
  return `${surnames[i % 20]}${givens[Math.floor(i / 20) % 20]}${givens[Math.floor(i / 400) % 20]}`;
}

export function residentPhone(i: number): string {
  return `139${String(10_000_000 + i * 7).slice(-8)}`;
}

export type WebhookServer = {
  url: string;
  /** Successful (2xx) deliveries per alert id. */
  delivered: Map<string, number>;
  attempts: Map<string, number>;
  badSignatures: number;
  bodies: string[];
  stop(): Promise<void>;
};

/**
 * A health department's webhook that answers 500 to the first `failFirst` attempts of every
 * delivery (by the delivery header), optionally slowly, then 200; it checks each signature.
 */
export async function webhookServer(options: {
  failFirst: number;
  verify: (headers: { timestamp: string; signature: string }, body: string) => boolean;
  mode?: "fail" | "always_500" | "hang";
}): Promise<WebhookServer> {
  const state = {
    delivered: new Map<string, number>(),
    attempts: new Map<string, number>(),
    badSignatures: 0,
    bodies: [] as string[],
  };
  const server = createServer(async (request: IncomingMessage, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString("utf8");
    const id = String(request.headers["x-cunjing-delivery"] ?? "");
    const attempt = (state.attempts.get(id) ?? 0) + 1;
    state.attempts.set(id, attempt);
    const signed = options.verify(
      {
        timestamp: String(request.headers["x-cunjing-timestamp"] ?? ""),
        signature: String(request.headers["x-cunjing-signature"] ?? ""),
      },
      body,
    );
    if (!signed) {
      state.badSignatures++;
      response.writeHead(401).end();
      return;
    }
    if (options.mode === "hang") return; // never answers: the sender's timeout must fire
    if (options.mode === "always_500" || attempt <= options.failFirst) {
      response.writeHead(500).end("upstream trouble");
      return;
    }
    state.bodies.push(body);
    state.delivered.set(id, (state.delivered.get(id) ?? 0) + 1);
    response.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/alerts`,
    get delivered() {
      return state.delivered;
    },
    get attempts() {
      return state.attempts;
    },
    get badSignatures() {
      return state.badSignatures;
    },
    get bodies() {
      return state.bodies;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
