// SHARDS=auto|N: one process per shard under discord.js's ShardingManager, the standard path past
// ~2,000 servers (Discord requires sharding at 2,500). Each shard is this same entry file; the
// manager tells it which shard it is through its environment.
import { fileURLToPath } from "node:url";
import { ShardingManager } from "discord.js";
import type { Config } from "./config.js";
import { createLogger } from "./logger.js";

export async function startShardingManager(config: Config): Promise<void> {
  const logger = createLogger(config.logLevel, { token: config.token });
  const file = fileURLToPath(new URL("../index.js", import.meta.url));
  const manager = new ShardingManager(file, {
    token: config.token,
    totalShards: config.shards ?? "auto",
    respawn: true,
    // As `npm start` runs the bot: a small young generation keeps each shard's memory down.
    execArgv: ["--enable-source-maps", "--max-semi-space-size=2"],
  });
  manager.on("shardCreate", (shard) => {
    logger.info({ shardId: shard.id }, "shard launched");
    shard.on("death", () => logger.warn({ shardId: shard.id }, "shard process died; respawning"));
  });
  // Each shard shuts down gracefully on SIGTERM (finishing replies under way); wait for them.
  const stop = async () => {
    logger.info("stopping shards");
    manager.respawn = false;
    await Promise.all(
      [...manager.shards.values()].map(
        (shard) =>
          new Promise<void>((resolve) => {
            const child = shard.process;
            if (!child || child.exitCode !== null) return resolve();
            child.once("exit", () => resolve());
            child.kill("SIGTERM");
            setTimeout(resolve, 12_000).unref();
          }),
      ),
    );
    logger.info("all shards stopped");
    process.exit(0);
  };
  process.once("SIGINT", () => void stop());
  process.once("SIGTERM", () => void stop());
  await manager.spawn();
}
