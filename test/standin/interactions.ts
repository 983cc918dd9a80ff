/**
 * The interaction lifecycle: dispatch INTERACTION_CREATE, give the bot its deadline (3 s at Discord) for
 * an initial response, expire it otherwise, and tell when what the user sees is settled.
 */
import type { APIInteraction } from "discord.js";
import type { Gateway } from "./gateway.js";
import type { InteractionContext } from "./interaction-payloads.js";
import type { MessageStore } from "./messages.js";
import type { ViolationInput } from "./problems.js";
import type { InteractionRecord, InteractionResult, Violation } from "./records.js";
import { MessageFlag } from "./validate.js";

export const INTERACTION_KIND: Record<number, string> = {
  2: "command",
  3: "component",
  4: "autocomplete",
  5: "modal",
};

export interface InteractionsDeps {
  gateway: Gateway;
  guildId: string;
  deadlineMs: number;
  messages: MessageStore;
  violations: readonly Violation[];
  violation: (v: ViolationInput) => void;
  log: (line: string) => void;
  changed: () => void;
}

export class Interactions {
  private readonly byId = new Map<string, InteractionRecord>();
  private readonly tokens = new Map<string, InteractionRecord>();

  constructor(private readonly deps: InteractionsDeps) {}

  get(id: string): InteractionRecord | undefined {
    return this.byId.get(id);
  }

  byToken(token: string): InteractionRecord | undefined {
    return this.tokens.get(token);
  }

  all(): InteractionRecord[] {
    return [...this.byId.values()];
  }

  /** Send INTERACTION_CREATE to the session owning the guild (or the DM session) and start the clock. */
  dispatch(payload: APIInteraction, meta: { label: string; ctx: InteractionContext }): InteractionRecord {
    const session = this.deps.gateway.sessionForGuild(meta.ctx.dm ? null : this.deps.guildId);
    if (!session) {
      throw new Error(
        "standin: the bot has not identified on the gateway (await standin.ready()) or its session ended",
      );
    }
    const rec: InteractionRecord = {
      id: payload.id,
      token: payload.token,
      type: payload.type,
      label: meta.label,
      payload,
      channelId: meta.ctx.channelId,
      userId: meta.ctx.userId,
      createdAt: Date.now(),
      state: "pending",
      responseType: null,
      responseData: null,
      respondedAt: null,
      originalId: null,
      sourceMessageId: null,
      followUpIds: [],
      choices: null,
      modal: null,
      sourceEditsAtResponse: 0,
      focusedOptionType: undefined,
      attempts: [],
      timer: null,
    };
    this.byId.set(rec.id, rec);
    this.tokens.set(rec.token, rec);
    rec.timer = setTimeout(() => this.expire(rec), this.deps.deadlineMs);
    rec.timer.unref();
    session.dispatch("INTERACTION_CREATE", payload);
    this.deps.log(`INTERACTION_CREATE ${rec.id} ${rec.label} (${INTERACTION_KIND[rec.type] ?? rec.type})`);
    this.deps.changed();
    return rec;
  }

  /** The deadline passed without an initial response: the user sees "The application did not respond". */
  expire(rec: InteractionRecord): void {
    if (rec.timer) {
      clearTimeout(rec.timer);
      rec.timer = null;
    }
    if (rec.state !== "pending") return;
    rec.state = "expired";
    this.deps.violation({
      kind: "interaction-timeout",
      message: `${rec.label}: no initial response within ${this.deps.deadlineMs} ms (the user sees "The application did not respond")`,
      interactionId: rec.id,
    });
  }

  /** Stop every deadline timer (on close). */
  stopTimers(): void {
    for (const rec of this.byId.values()) if (rec.timer) clearTimeout(rec.timer);
  }

  /** Settled state of an interaction (undefined while the user would still see it loading). */
  result(rec: InteractionRecord): InteractionResult | undefined {
    if (rec.state === "expired") {
      const related = this.deps.violations.filter((v) => v.interactionId === rec.id).map((v) => v.message);
      throw new Error(
        `standin: ${rec.label}: no accepted initial response within ${this.deps.deadlineMs} ms` +
          (related.length ? `\n  ${related.join("\n  ")}` : ""),
      );
    }
    if (rec.state !== "acknowledged" || rec.responseType === null || rec.respondedAt === null)
      return undefined;
    const type = rec.responseType;
    const base = {
      interaction: rec,
      type,
      initial: { type, data: rec.responseData },
      deferred: type === 5 || type === 6,
      choices: rec.choices,
      modal: rec.modal,
      ackMs: rec.respondedAt - rec.createdAt,
    };
    if (type === 8 || type === 9) {
      return { ...base, ephemeral: false, message: null, totalMs: base.ackMs };
    }
    const message = rec.originalId ? this.deps.messages.get(rec.originalId) : undefined;
    if (!message) return undefined;
    if (type === 5 && message.flags & MessageFlag.Loading) {
      if (message.meta.deleted)
        throw new Error(`standin: ${rec.label}: the deferred reply was deleted unedited`);
      return undefined;
    }
    if (type === 6 && message.meta.edits <= rec.sourceEditsAtResponse) return undefined;
    return {
      ...base,
      ephemeral: message.meta.ephemeral,
      message,
      totalMs: Math.max(message.meta.updatedAt, rec.respondedAt) - rec.createdAt,
    };
  }
}
