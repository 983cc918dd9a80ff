// Runs one bot process: dataset and index first (a broken DATA_PATH stops here), then the client.
import { Events } from "discord.js";
import { loadApp, warmUp } from "../app.js";
import { commandMap } from "../commands/index.js";
import { chartDrawer } from "./chart-pool.js";
import { createClient } from "./client.js";
import type { Config } from "./config.js";
import { startHealthServer } from "./health.js";
import { createLogger } from "./logger.js";
import { RateLimiter } from "./rate-limit.js";
import { Router } from "./router.js";
import { installShutdown } from "./shutdown.js";

export async function startBot(config: Config): Promise<void> {
  const logger = createLogger(config.logLevel, { token: config.token });
  const started = performance.now();
  const ctx = loadApp(config.dataPath);
  const loaded = performance.now();
  warmUp(ctx);
  logger.info(
    {
      data: config.dataPath ?? "built-in",
      companies: ctx.data.companies.length,
      asOf: ctx.data.asOf,
      loadMs: Math.round(loaded - started),
      warmUpMs: Math.round(performance.now() - loaded),
    },
    "landscape loaded",
  );

  // A promise nobody awaited must not take the bot down for every server: log it and carry on.
  process.on("unhandledRejection", (reason) => logger.error({ err: reason }, "unhandled promise rejection"));

  const client = createClient(config);
  const charts = chartDrawer(config.chartThreads, config.chartQueue, (err) =>
    logger.warn({ err }, "a chart thread failed; drawing that chart on the main thread"),
  );
  const router = new Router({
    charts,
    commands: commandMap,
    ctx,
    projectUrl: config.projectUrl,
    limiter: new RateLimiter(config.rateLimitPerMinute),
    logger,
    botUserId: () => client.user?.id,
  });

  client.on(Events.InteractionCreate, router.onInteraction);
  client.on(Events.MessageCreate, router.onMessage);
  client.once(Events.ClientReady, (ready) => {
    logger.info(
      { user: ready.user.tag, guilds: ready.guilds.cache.size, shards: ready.ws.shards.size },
      "online",
    );
  });
  client.on(Events.ShardDisconnect, (event, shardId) =>
    logger.warn({ shardId, code: event.code }, "gateway disconnected"),
  );
  // discord.js reports its own shutdown close as a reconnect; only a real one is worth a line.
  client.on(Events.ShardReconnecting, (shardId) => {
    if (!router.isDraining) logger.info({ shardId }, "gateway reconnecting");
  });
  client.on(Events.ShardResume, (shardId, replayed) => logger.info({ shardId, replayed }, "gateway resumed"));
  client.on(Events.Error, (error) => logger.error({ err: error }, "client error"));
  client.on(Events.Warn, (message) => logger.warn(message));
  client.rest.on("rateLimited", (info) =>
    logger.warn({ route: info.route, retryAfter: info.retryAfter }, "REST rate limited"),
  );

  const health = config.healthPort ? startHealthServer(config.healthPort, () => client.isReady()) : undefined;
  installShutdown({ client, router, logger, charts, ...(health ? { health } : {}) });

  try {
    await client.login(config.token);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "TokenInvalid")
      throw new Error(
        "Discord refused the token (DISCORD_TOKEN). Reset it in the developer portal and update .env.",
      );
    if (code === "DisallowedIntents")
      throw new Error(
        "Discord refused the intents. This bot only needs Guilds and Guild Messages; check the portal's Bot page.",
      );
    throw error;
  }
}
