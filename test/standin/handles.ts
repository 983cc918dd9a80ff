/** What sendCommand / postMessage return: handles that wait for the bot's answer. */
import type { APIInteraction } from "discord.js";
import type { WaitOptions } from "./options.js";
import type { InteractionRecord, InteractionResult, StoredMessage, Violation } from "./records.js";
import type { Standin } from "./standin.js";
import { MessageFlag } from "./validate.js";

/** One interaction a test sent; `response()` waits for what the user ends up seeing. */
export class InteractionHandle {
  constructor(
    private readonly standin: Standin,
    readonly record: InteractionRecord,
  ) {}

  get id(): string {
    return this.record.id;
  }
  /** The INTERACTION_CREATE `d` as dispatched. */
  get payload(): APIInteraction {
    return this.record.payload;
  }

  /**
   * Resolves once the interaction is settled: a reply (4) or update (7) at once; a deferred reply (5)
   * once @original was edited (or the first follow-up replaced the loading message); a deferred update
   * (6) once the component's message was edited; autocomplete (8) with its choices; a modal (9).
   * Rejects if no initial response was accepted within the deadline, or after `timeoutMs`.
   */
  response(opts: WaitOptions = {}): Promise<InteractionResult> {
    return this.standin.waitFor(() => this.standin.interactionResult(this.record), {
      timeoutMs: opts.timeoutMs ?? 10_000,
      what: `${this.record.label} to be answered (state: ${this.record.state}, response type: ${this.record.responseType ?? "none"})`,
    });
  }

  /** Shortcut: the final message of `response()` (throws if the response has no message). */
  async message(opts: WaitOptions = {}): Promise<StoredMessage> {
    const r = await this.response(opts);
    if (!r.message)
      throw new Error(`standin: ${this.record.label} was answered with type ${r.type}, not a message`);
    return r.message;
  }

  /** The @original message right now (may still be loading). */
  get original(): StoredMessage | undefined {
    return this.record.originalId ? this.standin.message(this.record.originalId) : undefined;
  }

  /** Wait until @original satisfies `predicate` (e.g. a later edit replaced "Searching…"). */
  waitForOriginal(predicate: (m: StoredMessage) => boolean, opts: WaitOptions = {}): Promise<StoredMessage> {
    return this.standin.waitFor(
      () => {
        const m = this.original;
        return m && !(m.flags & MessageFlag.Loading) && predicate(m) ? m : undefined;
      },
      { timeoutMs: opts.timeoutMs ?? 10_000, what: `the @original of ${this.record.label} to match` },
    );
  }

  /** Follow-up messages created so far (not the deferred reply a first follow-up may have edited). */
  get followUps(): StoredMessage[] {
    return this.record.followUpIds.flatMap((id) => {
      const m = this.standin.message(id);
      return m ? [m] : [];
    });
  }

  /** Wait until at least `count` follow-ups exist; resolves with them. */
  waitForFollowUps(count = 1, opts: WaitOptions = {}): Promise<StoredMessage[]> {
    return this.standin.waitFor(() => (this.followUps.length >= count ? this.followUps : undefined), {
      timeoutMs: opts.timeoutMs ?? 10_000,
      what: `${count} follow-up(s) to ${this.record.label}`,
    });
  }

  /** Violations recorded against this interaction. */
  get violations(): Violation[] {
    return this.standin.violations.filter((v) => v.interactionId === this.record.id);
  }
}

/** A message a test posted as a user; `reply()` waits for the bot's answer in that channel. */
export class UserMessageHandle {
  constructor(
    private readonly standin: Standin,
    readonly message: StoredMessage,
  ) {}

  /** Bot messages in the channel since this one: replies to it first, then unreferenced messages. */
  private candidates(): StoredMessage[] {
    return this.standin
      .channelMessages(this.message.channel_id)
      .filter(
        (m) =>
          m.author.id === this.standin.bot.id &&
          m.meta.origin === "channel" &&
          BigInt(m.id) > BigInt(this.message.id) &&
          (!m.message_reference || m.message_reference.message_id === this.message.id),
      );
  }

  /** The bot's reply: a message referencing this one, or else its next unreferenced message here. */
  reply(opts: WaitOptions = {}): Promise<StoredMessage> {
    return this.standin.waitFor(
      () => {
        const list = this.candidates();
        return list.find((m) => m.message_reference?.message_id === this.message.id) ?? list[0];
      },
      {
        timeoutMs: opts.timeoutMs ?? 10_000,
        what: `a bot reply to message ${this.message.id} (${JSON.stringify(this.message.content.slice(0, 60))})`,
      },
    );
  }

  /** Wait `ms` and throw if the bot replied meanwhile. */
  async noReply(ms = 1000): Promise<void> {
    await new Promise((r) => setTimeout(r, ms));
    const list = this.candidates();
    if (list.length) {
      throw new Error(
        `standin: expected no reply to ${this.message.id}, got ${JSON.stringify(list[0]?.content)}`,
      );
    }
  }
}
