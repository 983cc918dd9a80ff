// Runs the real bot (`node dist/index.js`, what `npm start` runs after building) and `register`
// as child processes, as a server owner would, and reads their JSON log lines.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const DIST = join(ROOT, "dist");

/** A clean working directory, so a developer's own .env is never read by a test. */
const CWD = mkdtempSync(join(tmpdir(), "landscape-bot-e2e-"));

function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  // Only what a server owner would set, plus PATH: nothing leaks in from the test runner.
  return { PATH: process.env.PATH ?? "", NODE_ENV: "production", ...env };
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a dist/ entry point to completion. */
export function runScript(
  script: string,
  env: Record<string, string>,
  timeoutMs = 15_000,
  args: readonly string[] = [],
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(DIST, script), ...args], { cwd: CWD, env: childEnv(env) });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += String(d);
    });
    child.stderr.on("data", (d) => {
      stderr += String(d);
    });
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`${script} did not finish within ${timeoutMs} ms\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

export class BotProcess {
  readonly logs: LogLine[] = [];
  /** Everything the process wrote, raw, to check that secrets never appear. */
  raw = "";
  private readonly child: ChildProcess;
  readonly exited: Promise<number | null>;

  /** `nodeArgs`: options for node itself ("--cpu-prof", for the load bench). */
  constructor(env: Record<string, string>, nodeArgs: readonly string[] = []) {
    // As `npm start` runs it (package.json), node options included.
    const flags = ["--enable-source-maps", "--max-semi-space-size=2", ...nodeArgs];
    this.child = spawn(process.execPath, [...flags, join(DIST, "index.js")], {
      cwd: CWD,
      env: childEnv(env),
    });
    let buffered = "";
    this.child.stdout?.on("data", (chunk) => {
      this.raw += String(chunk);
      buffered += String(chunk);
      const lines = buffered.split("\n");
      buffered = lines.pop() ?? "";
      for (const line of lines) {
        try {
          this.logs.push(JSON.parse(line) as LogLine);
        } catch {
          this.logs.push({ level: 0, msg: line });
        }
      }
    });
    this.child.stderr?.on("data", (chunk) => {
      this.raw += String(chunk);
    });
    this.exited = new Promise((resolve) => this.child.on("exit", (code) => resolve(code)));
  }

  /** Resolves with the first log line that matches, or fails with the log so far. */
  async waitForLog(match: (line: LogLine) => boolean, timeoutMs = 15_000): Promise<LogLine> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const found = this.logs.find(match);
      if (found) return found;
      if (this.child.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`no matching log line within ${timeoutMs} ms; the bot wrote:\n${this.raw}`);
  }

  /** The process id (for its memory, read from /proc). */
  get pid(): number | undefined {
    return this.child.pid;
  }

  signal(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    this.child.kill("SIGKILL");
    await this.exited;
  }
}
