/** The gateway the bot connects to, serving the test guild's READY / GUILD_CREATE / member chunks. */
import { Gateway } from "./gateway.js";
import { PRIVILEGED_INTENTS } from "./gateway-protocol.js";
import type { ResolvedOptions } from "./options.js";
import { guildCreatePayload, guildMember, readyPayload } from "./payloads.js";
import type { ViolationInput } from "./problems.js";
import type { World } from "./world.js";

export function createBotGateway(
  world: World,
  spec: {
    token: string;
    opts: ResolvedOptions;
    /** resume_gateway_url handed out in READY. */
    resumeUrl: () => string;
    violation: (v: ViolationInput) => void;
    /** Sessions or connections changed. */
    changed: () => void;
    log: (line: string) => void;
  },
): Gateway {
  return new Gateway({
    token: spec.token,
    heartbeatIntervalMs: spec.opts.heartbeatIntervalMs,
    allowedPrivilegedIntents: spec.opts.allowedPrivileged & PRIVILEGED_INTENTS,
    guildIds: () => [world.guild.id],
    readyPayload: (sid, resumeUrl, guildIds) => {
      const p = readyPayload(world, sid, resumeUrl);
      p.guilds = p.guilds.filter((g) => guildIds.includes(g.id));
      return p;
    },
    guildCreatePayload: () => guildCreatePayload(world),
    guildMembersChunk: (gid, nonce) => ({
      guild_id: gid,
      members: [...world.members.keys()].map((id) => guildMember(world, id)),
      chunk_index: 0,
      chunk_count: 1,
      ...(nonce !== undefined ? { nonce } : {}),
    }),
    resumeUrl: spec.resumeUrl,
    violation: (kind, message, detail) => spec.violation({ kind, message, ...(detail ? { detail } : {}) }),
    changed: spec.changed,
    log: spec.log,
  });
}
