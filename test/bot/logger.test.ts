import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/bot/logger.js";

const TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GabcDe.secretsecretsecretsecretsecret0123";

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, logger: createLogger("debug", { token: TOKEN, destination }) };
}

describe("logging never leaks the bot token", () => {
  it("redacts token fields and authorization headers", () => {
    const { lines, logger } = capture();
    logger.info(
      { token: TOKEN, config: { token: TOKEN }, headers: { authorization: `Bot ${TOKEN}` } },
      "start",
    );
    expect(lines.join("")).not.toContain("secretsecret");
    expect(lines.join("")).toContain("[redacted]");
  });

  it("masks the token inside an error message from a library", () => {
    const { lines, logger } = capture();
    logger.error({ err: new Error(`request with ${TOKEN} failed`) }, `login with ${TOKEN}`);
    const out = lines.join("");
    expect(out).toContain("failed");
    expect(out).not.toContain(TOKEN);
  });

  it("writes one JSON line per event", () => {
    const { lines, logger } = capture();
    logger.info({ command: "startup", latencyMs: 3 }, "interaction");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? "")).toMatchObject({
      command: "startup",
      latencyMs: 3,
      msg: "interaction",
    });
  });
});
