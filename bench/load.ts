// `npm run bench -- load`: the real bot process (`node dist/index.js`) against the in-project
// Discord stand-in, hit by bursts of 50, 150 and 300 people at the same moment (commands that draw
// a chart, commands that don't, @-mentions), as after a funding headline in a big server. Printed:
// answered / sent, acknowledgement p50 / p99 (Discord drops an interaction not acknowledged in 3 s),
// reply p50 / p99, idle and peak RSS of the bot process. The baseline is the same run with charts
// drawn on the main thread (CHART_THREADS=0), measured right before.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { BotProcess, ROOT, runScript } from "../test/e2e/bot-process.js";
import { type StoredMessage, startStandin } from "../test/standin/index.js";
import { formatMs, percentile, table } from "./stats.js";

const BURSTS = [50, 150, 300];
/** Targets on a 2-core machine (issue: "no reply lost under a burst"). */
const TARGETS = { ackP99Ms: 1_000, peakRssMiB: 300, idleRssMiB: 120 };

const COMPANIES = ["Mistral", "Hugging Face", "Poolside", "Photoroom", "Dust", "H Company", "Owkin", "Nabla"];

/** What person `i` of a burst does: a chart (funding, compare), a card, or a mention. */
type Act =
  | { kind: "command"; name: string; options: Record<string, string> }
  | { kind: "mention"; text: string };

function actOf(i: number): Act {
  const a = COMPANIES[i % COMPANIES.length] ?? "Mistral";
  const b = COMPANIES[(i + 3) % COMPANIES.length] ?? "Dust";
  switch (i % 4) {
    case 0:
      return { kind: "command", name: "funding", options: { company: a } };
    case 1:
      return { kind: "command", name: "compare", options: { first: a, second: b } };
    case 2:
      return { kind: "command", name: "startup", options: { name: a } };
    default:
      return { kind: "mention", text: `who raised more, ${a} or ${b}?` };
  }
}

/** The process's resident memory, from /proc (Linux); undefined elsewhere. */
function rssMiB(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1];
    return kb === undefined ? undefined : Number(kb) / 1024;
  } catch {
    return undefined;
  }
}

interface BurstResult {
  mode: string;
  people: number;
  answered: number;
  withChart: number;
  chartsLeftOut: number;
  ack: number[];
  reply: number[];
  idleRss: number | undefined;
  peakRss: number | undefined;
}

async function runMode(mode: "worker threads" | "main thread", chartThreads: string): Promise<BurstResult[]> {
  const standin = await startStandin();
  const env = {
    ...standin.botEnv(),
    LOG_LEVEL: "warn",
    RATE_LIMIT_PER_MINUTE: "1000",
    CHART_THREADS: chartThreads,
  };
  const registered = await runScript("register.js", env);
  if (registered.code !== 0) throw new Error(`register failed: ${registered.stderr}`);
  // BOT_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof": a profile of the bot under the bursts.
  const bot = new BotProcess(env, process.env.BOT_NODE_ARGS?.split(" ").filter(Boolean));
  const results: BurstResult[] = [];
  try {
    await standin.ready({ timeoutMs: 20_000 });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    // Idle: connected, warmed up, nothing asked yet.
    const idleRss = rssMiB(bot.pid);
    let user = 0;
    for (const people of BURSTS) {
      let peakRss = idleRss ?? 0;
      const sampler = setInterval(() => {
        peakRss = Math.max(peakRss, rssMiB(bot.pid) ?? 0);
      }, 20);
      const ack: number[] = [];
      const reply: number[] = [];
      let answered = 0;
      let withChart = 0;
      let chartsLeftOut = 0;
      // Everyone at once; then one loop reads what was answered (a waiter per person would cost
      // the stand-in, on the same machine, more than the bot it measures).
      const sent = Array.from({ length: people }, (_, i) => {
        const who = { id: String(700000000000000000n + BigInt(user++)), username: `load${user}` };
        const act = actOf(i);
        return act.kind === "mention"
          ? {
              kind: "mention" as const,
              handle: standin.postMessage(`<@${standin.bot.id}> ${act.text}`, { user: who }),
            }
          : { kind: "command" as const, handle: standin.sendCommand(act.name, act.options, { user: who }) };
      });
      const open = new Set(sent.map((_, i) => i));
      const deadline = Date.now() + 30_000;
      while (open.size > 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        const replies = new Map<string, StoredMessage>();
        for (const m of standin.channelMessages())
          if (m.author.id === standin.bot.id && m.message_reference?.message_id)
            replies.set(m.message_reference.message_id, m);
        for (const i of [...open]) {
          const item = sent[i];
          if (item === undefined) continue;
          if (item.kind === "command") {
            const result = standin.interactionResult(item.handle.record);
            if (result === undefined) continue;
            ack.push(result.ackMs);
            reply.push(result.totalMs);
            if ((result.message?.attachments?.length ?? 0) > 0) withChart++;
            else if ((result.message?.content ?? "") !== "") chartsLeftOut++;
          } else {
            const answer = replies.get(item.handle.message.id);
            if (answer === undefined) continue;
            reply.push(answer.meta.createdAt - item.handle.message.meta.createdAt);
          }
          answered++;
          open.delete(i);
        }
      }
      clearInterval(sampler);
      results.push({ mode, people, answered, withChart, chartsLeftOut, ack, reply, idleRss, peakRss });
      standin.clearRecords();
      await new Promise((resolve) => setTimeout(resolve, 1_500));
    }
  } finally {
    // SIGTERM: the bot stops as a server owner's would (and writes its profile, when asked to).
    bot.signal("SIGTERM");
    await Promise.race([bot.exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    await bot.stop();
    await standin.close();
  }
  return results;
}

const mib = (n: number | undefined) => (n === undefined ? "n/a" : `${n.toFixed(0)} MiB`);
const verdict = (ok: boolean) => (ok ? "PASS" : "MISS");

export async function runLoadBench(): Promise<void> {
  // The bench runs what `npm start` runs: build first.
  execFileSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json"], {
    cwd: ROOT,
    stdio: "inherit",
  });
  console.log(
    `${availableParallelism()} cores; each burst: 1/4 /funding (chart), 1/4 /compare (chart), 1/4 /startup, 1/4 @-mentions, all at once.`,
  );
  const baseline = await runMode("main thread", "0");
  const pooled = await runMode("worker threads", "auto");
  const rows = [...baseline, ...pooled].map((r) => {
    const pooledRow = r.mode === "worker threads";
    const ackP99 = percentile(r.ack, 0.99);
    const ok =
      r.answered === r.people &&
      ackP99 < TARGETS.ackP99Ms &&
      (r.peakRss ?? 0) < TARGETS.peakRssMiB &&
      (r.idleRss ?? 0) < TARGETS.idleRssMiB;
    return [
      r.mode,
      String(r.people),
      `${r.answered} / ${r.people}`,
      `${r.withChart} / ${r.chartsLeftOut}`,
      formatMs(percentile(r.ack, 0.5)),
      formatMs(ackP99),
      formatMs(percentile(r.reply, 0.5)),
      formatMs(percentile(r.reply, 0.99)),
      mib(r.idleRss),
      mib(r.peakRss),
      pooledRow && r.people === 300 ? verdict(ok) : "",
    ];
  });
  console.log(
    table(
      [
        "charts drawn on",
        "people",
        "answered",
        "charts / left out",
        "ack p50",
        "ack p99",
        "reply p50",
        "reply p99",
        "idle RSS",
        "peak RSS",
        "target (300 people)",
      ],
      rows,
    ),
  );
  console.log(
    `Targets at 300 people: every interaction answered, acknowledgement p99 < ${TARGETS.ackP99Ms} ms, ` +
      `peak RSS < ${TARGETS.peakRssMiB} MiB, idle RSS < ${TARGETS.idleRssMiB} MiB.`,
  );
}
