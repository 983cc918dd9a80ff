// Smoke test of a production install (run by scripts/check-production.sh with the repo's tsx): the
// bot from `npm ci --omit=dev` + dist/ logs in to the loopback Discord stand-in and answers a
// command whose reply draws a chart, so a runtime dependency left in devDependencies (the canvas,
// the fonts) fails here rather than in a server owner's container.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { startStandin } from "../test/standin/index.js";

const installDir = process.argv[2];
if (!installDir) throw new Error("usage: tsx scripts/smoke-production.ts <production install folder>");

const standin = await startStandin();
const env = { PATH: process.env.PATH ?? "", NODE_ENV: "production", HOME: installDir, ...standin.botEnv() };
const run = (script: string) =>
  spawn(process.execPath, [join(installDir, "dist", script)], { cwd: installDir, env, stdio: "inherit" });

const fail = async (message: string): Promise<never> => {
  console.error(`FAIL: ${message}`);
  await standin.close();
  process.exit(1);
};

const register = run("register.js");
const registered = await new Promise<number | null>((resolve) => register.on("exit", resolve));
if (registered !== 0) await fail("register exited with a non-zero code");

const bot = run("index.js");
const exited = new Promise<number | null>((resolve) => bot.on("exit", resolve));
try {
  await standin.ready({ timeoutMs: 20_000 });
  const result = await standin.sendCommand("funding", { company: "Mistral" }).response({ timeoutMs: 10_000 });
  const attachment = result.message?.attachments?.[0];
  if (result.message?.embeds?.[0]?.title !== "Mistral AI: funding rounds") await fail("no funding answer");
  if (!attachment?.data.subarray(1, 4).equals(Buffer.from("PNG"))) await fail("no PNG chart attached");
  const problems = standin.problems();
  if (problems.length > 0) await fail(problems.join("\n"));
  bot.kill("SIGTERM");
  if ((await exited) !== 0) await fail("the bot did not exit 0 on SIGTERM");
  console.log(
    `production smoke test on Node ${process.version}: ok (logged in, answered /funding with a chart, stopped cleanly)`,
  );
} catch (error) {
  bot.kill("SIGKILL");
  await fail((error as Error).message);
}
await standin.close();
