// Start-up: environment → config → dataset → search index → Discord client. Any problem before the
// bot is online ends the process with one clear message and a non-zero exit, never a stack trace.
import { ConfigError, parseConfig } from "./bot/config.js";
import { startShardingManager } from "./bot/sharding.js";
import { startBot } from "./bot/start.js";
import { DatasetError } from "./data/load.js";

function loadDotEnv(): void {
  try {
    process.loadEnvFile(".env");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
}

async function main(): Promise<void> {
  loadDotEnv();
  const underManager = process.env.SHARDING_MANAGER !== undefined;
  const config = parseConfig(underManager ? { ...process.env, SHARDS: undefined } : process.env);
  if (config.shards !== undefined && !underManager) return startShardingManager(config);
  // A stray SHARDS variable would be parsed by discord.js's Client itself; the manager sets its own.
  if (!underManager) delete process.env.SHARDS;
  await startBot(config);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DatasetError) {
    console.error(error.message);
  } else {
    console.error(`landscape-bot failed to start: ${(error as Error)?.message ?? String(error)}`);
  }
  process.exitCode = 1;
});
