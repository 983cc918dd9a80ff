/**
 * One "something changed" signal (request served, message stored, gateway event) that every wait
 * re-checks its condition on, instead of polling.
 */
import { EventEmitter } from "node:events";

export interface WaitContext {
  /** The stand-in was closed: the condition can no longer become true. */
  closed(): boolean;
  /** Recent problems, quoted in a timeout's error. */
  recentProblems(): string[];
}

export class ChangeFeed {
  private readonly emitter = new EventEmitter();

  constructor(private readonly context: WaitContext) {
    this.emitter.setMaxListeners(0);
  }

  changed(): void {
    this.emitter.emit("change");
  }

  /** Resolve with `check()`'s first truthy value; reject after `timeoutMs` (see Standin.waitFor). */
  waitFor<T>(
    check: () => T | undefined | null | false,
    opts: { timeoutMs?: number; what?: string } = {},
  ): Promise<T> {
    const timeoutMs = opts.timeoutMs ?? 10_000;
    return new Promise<T>((resolve, reject) => {
      let timer: NodeJS.Timeout | null = null;
      const done = () => {
        this.emitter.off("change", evaluate);
        if (timer) clearTimeout(timer);
      };
      const evaluate = () => {
        let value: T | undefined | null | false;
        try {
          value = check();
        } catch (error) {
          done();
          reject(error);
          return;
        }
        if (value) {
          done();
          resolve(value);
        } else if (this.context.closed()) {
          done();
          reject(new Error(`standin: closed while waiting for ${opts.what ?? "a condition"}`));
        }
      };
      this.emitter.on("change", evaluate);
      timer = setTimeout(() => {
        done();
        const recent = this.context.recentProblems();
        reject(
          new Error(
            `standin: timed out after ${timeoutMs} ms waiting for ${opts.what ?? "a condition"}` +
              (recent.length ? `\n  recorded: ${recent.join("\n  recorded: ")}` : ""),
          ),
        );
      }, timeoutMs);
      evaluate();
    });
  }
}
