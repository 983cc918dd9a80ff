// One pino logger for the process. JSON lines in production; pino-pretty only when a developer
// runs it in a terminal and has the dev dependency installed. The token can never be logged.
import { createRequire } from "node:module";
import pino, { type Logger } from "pino";

export type { Logger };

/** Paths pino blanks out wherever they appear in a log object. */
export const REDACT_PATHS = [
  "token",
  "*.token",
  "*.*.token",
  "config.token",
  "headers.authorization",
  "*.headers.authorization",
  "authorization",
  "DISCORD_TOKEN",
  "*.DISCORD_TOKEN",
];

function prettyTransport(): pino.TransportSingleOptions | undefined {
  if (process.env.NODE_ENV === "production" || !process.stdout.isTTY) return undefined;
  try {
    createRequire(import.meta.url).resolve("pino-pretty");
    return { target: "pino-pretty", options: { colorize: true, translateTime: "SYS:HH:MM:ss" } };
  } catch {
    return undefined; // production install (npm ci --omit=dev): plain JSON
  }
}

export function createLogger(
  level: string,
  options: { token?: string; destination?: pino.DestinationStream } = {},
): Logger {
  const { token, destination } = options;
  const transport = destination ? undefined : prettyTransport();
  const base: pino.LoggerOptions = {
    level,
    redact: { paths: REDACT_PATHS, censor: "[redacted]" },
    // Belt and braces: a token that slips into any string (an error message from a library) is
    // masked in the final line, whatever field it sits in.
    hooks: token ? { streamWrite: (line: string) => line.split(token).join("[redacted]") } : {},
    ...(transport ? { transport } : {}),
  };
  return destination ? pino(base, destination) : pino(base);
}
