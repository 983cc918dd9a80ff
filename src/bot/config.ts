// The environment is parsed once, at start-up, into a typed config. A missing or malformed variable
// stops the bot with one message that says what, where to get it, and how to try the bot offline.
import { z } from "zod";

const Snowflake = z.string().regex(/^\d{17,20}$/, "a Discord id: 17 to 20 digits");

const Env = z.object({
  DISCORD_TOKEN: z
    .string({ error: "is missing" })
    .trim()
    .min(1, "is empty")
    .regex(/^[\w-]+\.[\w-]+\.[\w-]+$/, "does not look like a bot token (three dot-separated parts)"),
  DISCORD_APPLICATION_ID: z
    .string({ error: "is missing" })
    .regex(/^\d{17,20}$/, "a Discord id: 17 to 20 digits"),
  DISCORD_GUILD_ID: Snowflake.optional(),
  DISCORD_API_URL: z.url({ error: "must be a URL such as https://discord.com/api" }).optional(),
  DATA_PATH: z.string().trim().min(1).optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** `auto` or a number: run under discord.js's ShardingManager. Unset: one process, no sharding. */
  SHARDS: z
    .union([z.literal("auto"), z.coerce.number().int().positive()], {
      error: 'must be "auto" or a whole number',
    })
    .optional(),
  /** The link /about shows for where this bot's code comes from (your fork, say). */
  PROJECT_URL: z.url({ error: "must be a URL such as https://github.com/you/landscape-bot" }).optional(),
  /** A port for GET /healthz (200 once connected to Discord); the Docker healthcheck uses it. */
  HEALTH_PORT: z.coerce.number().int().min(1).max(65535, "must be a port number").optional(),
  /** Questions and commands one user may ask per minute. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(12),
  /** Worker threads that draw charts: `auto` (one per core but one), or a number; 0 draws on the main thread. */
  CHART_THREADS: z
    .union([z.literal("auto"), z.coerce.number().int().min(0)], {
      error: 'must be "auto" or a whole number (0: draw on the main thread)',
    })
    .default("auto"),
  /** Charts that may wait for a thread; past that, a reply goes out without its chart and says so. */
  CHART_QUEUE: z.coerce.number().int().min(1, "must be at least 1").default(16),
});

export interface Config {
  token: string;
  applicationId: string;
  guildId: string | undefined;
  apiUrl: string | undefined;
  dataPath: string | undefined;
  logLevel: z.infer<typeof Env>["LOG_LEVEL"];
  shards: "auto" | number | undefined;
  rateLimitPerMinute: number;
  healthPort: number | undefined;
  projectUrl: string | undefined;
  chartThreads: "auto" | number;
  chartQueue: number;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

const HELP: Record<string, string> = {
  DISCORD_TOKEN: "the bot token: Discord developer portal → your application → Bot → Reset Token",
  DISCORD_APPLICATION_ID:
    "the application id: Discord developer portal → your application → General Information",
  DISCORD_GUILD_ID: "a server id (Developer Mode on, right-click the server → Copy Server ID)",
  DISCORD_API_URL: "leave unset for Discord itself; set to a REST proxy's URL ending in /api",
};

/**
 * Reads the bot's configuration from the environment, or throws one ConfigError that explains it
 * all; `command` is what to run again once it is fixed (`npm start`, or `npm run register`).
 */
export function parseConfig(env: NodeJS.ProcessEnv = process.env, command = "npm start"): Config {
  // Treat empty strings in .env files as unset, as most people mean.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const result = Env.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? "environment");
      const help = HELP[name] ? `\n      → ${HELP[name]}` : "";
      return `  - ${name} ${issue.message}${help}`;
    });
    throw new ConfigError(
      [
        "landscape-bot can't start: the configuration is incomplete.",
        ...lines,
        "",
        `Copy .env.example to .env and fill it in (README → Self-hosting), then run \`${command}\` again.`,
        "No token yet? Try the bot offline, no Discord needed:",
        "  npm run console                                   (interactive)",
        '  npm run --silent console -- "/startup name:Mistral"   (one question)',
      ].join("\n"),
    );
  }
  const e = result.data;
  return {
    token: e.DISCORD_TOKEN,
    applicationId: e.DISCORD_APPLICATION_ID,
    guildId: e.DISCORD_GUILD_ID,
    apiUrl: e.DISCORD_API_URL,
    dataPath: e.DATA_PATH,
    logLevel: e.LOG_LEVEL,
    shards: e.SHARDS,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    healthPort: e.HEALTH_PORT,
    projectUrl: e.PROJECT_URL,
    chartThreads: e.CHART_THREADS,
    chartQueue: e.CHART_QUEUE,
  };
}
