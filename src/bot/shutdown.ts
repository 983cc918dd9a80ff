// SIGINT/SIGTERM: stop taking work, let the replies under way finish, close the gateway, flush the
// log, exit 0. A second signal exits at once.

import type { Server } from "node:http";
import type { Client } from "discord.js";
import type { ChartDrawer } from "./chart-pool.js";
import type { Logger } from "./logger.js";
import type { Router } from "./router.js";

export function installShutdown(parts: {
  client: Client;
  router: Router;
  logger: Logger;
  charts: ChartDrawer;
  health?: Server;
}): void {
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) {
      parts.logger.warn({ signal }, "second signal: exiting now");
      process.exit(1);
    }
    stopping = true;
    parts.logger.info({ signal, inflight: parts.router.inflightCount }, "shutting down");
    await parts.router.drain();
    await parts.charts.close();
    parts.health?.close();
    await parts.client.destroy();
    parts.logger.info("stopped cleanly");
    parts.logger.flush();
    // Give the log destination a tick to write before the process ends.
    setTimeout(() => process.exit(0), 50).unref();
  };
  process.on("SIGINT", (s) => void stop(s));
  process.on("SIGTERM", (s) => void stop(s));
}
