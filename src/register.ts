// `npm run register`: tells Discord about the slash commands. To DISCORD_GUILD_ID when it is set
// (instant, for testing), else globally (every server; Discord may take up to an hour to show them).
import { REST, Routes } from "discord.js";
import { ConfigError, parseConfig } from "./bot/config.js";
import { commandDefinitions } from "./commands/index.js";

async function main(): Promise<void> {
  try {
    process.loadEnvFile(".env");
  } catch {
    // no .env: the environment alone
  }
  const config = parseConfig(process.env, "npm run register");
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.applicationId, config.guildId)
    : Routes.applicationCommands(config.applicationId);
  const registered = (await rest.put(route, { body: commandDefinitions })) as { name: string; id: string }[];
  const where = config.guildId
    ? `server ${config.guildId} (available now)`
    : "all servers (may take up to an hour)";
  console.log(`Registered ${registered.length} commands for ${where}:`);
  for (const command of registered) console.log(`  /${command.name}  (id ${command.id})`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(`Could not register the commands: ${(error as Error)?.message ?? String(error)}`);
  process.exitCode = 1;
});
