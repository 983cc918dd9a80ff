// Self-test of the stand-in's own validators and helpers, without a client: the pings Discord would
// send, message / embed / component / autocomplete limits, and zlib-stream transport compression (on
// a stand-in of its own, closed when the test ends).
import { once } from "node:events";
import { inflateSync, constants as zlibConstants } from "node:zlib";
import { describe, expect, it } from "vitest";
import WebSocket from "ws";
import {
  formatPath,
  startStandin,
  validateAutocompleteData,
  validateEmbeds,
  validateMessageBody,
  wouldPing,
} from "./index.js";
import { TOKEN } from "./selftest-bot.js";

describe("stand-in validators and helpers", () => {
  it("computes pings the way Discord would", () => {
    const everyone = "@everyone look <@&123456789012345678> <@123456789012345679>";
    expect(wouldPing({ content: everyone })).toMatchObject({
      everyone: true,
      mass: true,
      users: ["123456789012345679"],
    });
    expect(wouldPing({ content: everyone, allowed_mentions: { parse: [] } }).any).toBe(false);
    expect(wouldPing({ content: everyone, origin: "interaction" })).toMatchObject({
      everyone: false,
      roles: [],
    });
    expect(wouldPing({ content: "@here", allowed_mentions: { parse: ["everyone"] } }).here).toBe(true);
    expect(wouldPing({ content: "\\@everyone" }).everyone).toBe(false);
    expect(
      wouldPing({
        content: "hi",
        referenced_message: { author: { id: "1" } },
        allowed_mentions: { parse: [] },
      }).repliedUser,
    ).toBeNull();
  });

  it("checks embed, content, component and autocomplete limits", () => {
    const issues = validateMessageBody({
      content: "y".repeat(2001),
      embeds: [{ fields: Array.from({ length: 26 }, () => ({ name: "n", value: "v" })) }],
      components: [
        {
          type: 1,
          components: Array.from({ length: 6 }, (_, i) => ({
            type: 2,
            style: 1,
            label: "b",
            custom_id: `c${i}`,
          })),
        },
      ],
      allowed_mentions: { parse: ["users"], users: ["1"] },
    });
    expect(issues.map((i) => formatPath(i.path))).toEqual([
      "content",
      "embeds[0].fields",
      "components[0].components",
      "allowed_mentions.users",
    ]);
    const total: unknown[] = [];
    validateEmbeds([{ description: "a".repeat(4000) }, { description: "b".repeat(2001) }], total as never);
    expect(JSON.stringify(total)).toContain("MAX_EMBED_SIZE_EXCEEDED");
    const choices = Array.from({ length: 26 }, (_, i) => ({ name: i === 0 ? "" : "n", value: "v" }));
    expect(validateAutocompleteData({ choices }, 3).map((i) => formatPath(i.path))).toEqual([
      "choices",
      "choices[0].name",
    ]);
  });

  it("speaks zlib-stream transport compression when asked", async () => {
    const standin = await startStandin({ token: TOKEN });
    try {
      const ws = new WebSocket(`${standin.gatewayUrl}?v=10&encoding=json&compress=zlib-stream`);
      const [data] = (await once(ws, "message")) as [Buffer];
      const hello = JSON.parse(inflateSync(data, { finishFlush: zlibConstants.Z_SYNC_FLUSH }).toString());
      expect(hello).toMatchObject({ op: 10, d: { heartbeat_interval: 41250 } });
      ws.close();
    } finally {
      await standin.close();
    }
  });
});
