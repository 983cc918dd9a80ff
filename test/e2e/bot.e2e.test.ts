// The real bot process, with the real discord.js client, logged in to the loopback Discord stand-in:
// every command as a server member would use it, checked as Discord would receive it.
import { createServer } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { stripIsolates } from "../../src/i18n/index.js";
import { type Standin, type StoredMessage, startStandin } from "../standin/index.js";
import { BotProcess, runScript } from "./bot-process.js";

let standin: Standin;
let bot: BotProcess;
let env: Record<string, string>;

function text(message: StoredMessage | null | undefined): string {
  if (!message) return "";
  const parts = [message.content ?? ""];
  for (const embed of message.embeds ?? []) {
    parts.push(embed.title ?? "", embed.description ?? "", embed.footer?.text ?? "");
    for (const field of embed.fields ?? []) parts.push(field.name, field.value);
  }
  return parts.join("\n");
}

/** The custom_id of the component labelled `label` ("menu": the select menu) on a message. */
function customIdOf(message: StoredMessage | null | undefined, label: string): string {
  for (const row of (message?.components ?? []) as {
    components: { label?: string; custom_id?: string }[];
  }[]) {
    const found = row.components.find((c) => c.label === label || (label === "menu" && !c.label));
    if (found?.custom_id) return found.custom_id;
  }
  throw new Error(`no "${label}" component on the message`);
}

async function command(name: string, options: Record<string, string | number | boolean>, opts = {}) {
  const result = await standin.sendCommand(name, options, opts).response();
  return { result, message: result.message, text: text(result.message) };
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  standin = await startStandin();
  const healthPort = await freePort();
  env = {
    ...standin.botEnv(),
    LOG_LEVEL: "debug",
    RATE_LIMIT_PER_MINUTE: "100",
    HEALTH_PORT: String(healthPort),
    PROJECT_URL: "https://example.org/our-landscape-bot",
  };
  const registered = await runScript("register.js", env);
  expect(registered.stderr).toBe("");
  expect(registered.code).toBe(0);
  expect(registered.stdout).toMatch(/Registered 5 commands for server \d+ \(available now\)/);
  bot = new BotProcess(env);
  await standin.ready();
  await bot.waitForLog((l) => l.msg === "online");
});

afterEach(() => {
  // Every reply broke no Discord rule (limits, 3 s, one initial response) and hit no unknown route.
  standin.assertNoProblems();
});

afterAll(async () => {
  await bot?.stop();
  await standin?.close();
});

describe("a server owner sets the bot up", () => {
  it("`register` registers the five commands with exactly the documented option names", () => {
    const commands = standin.registeredCommands(env.DISCORD_GUILD_ID);
    const shape = Object.fromEntries(commands.map((c) => [c.name, (c.options ?? []).map((o) => o.name)]));
    expect(shape).toEqual({
      startup: ["name", "hide"],
      funding: ["company", "stage", "year", "hide"],
      compare: ["first", "second", "third", "fourth", "hide"],
      ask: ["question", "hide"],
      about: ["hide"],
    });
    const french = commands.find((c) => c.name === "startup")?.description_localizations?.fr;
    expect(french).toMatch(/startup/i);
  });

  it("the health check answers 200 once the bot is connected (the Docker HEALTHCHECK)", async () => {
    const response = await fetch(`http://127.0.0.1:${env.HEALTH_PORT}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });

  it("the bot identifies with only the Guilds and Guild Messages intents", async () => {
    const identify = await standin.ready();
    expect(identify.intents).toBe((1 << 0) | (1 << 9));
  });
});

describe("a member uses the slash commands", () => {
  it("/startup name:Mistral shows the profile with its latest round, sources and as-of date", async () => {
    const { result, message, text: shown } = await command("startup", { name: "Mistral" });
    expect(result.ackMs).toBeLessThan(3000);
    expect(message?.embeds?.[0]?.title).toBe("Mistral AI");
    expect(shown).toContain("Series C");
    expect(shown).toContain("EUR 1.7 bn");
    expect(shown).toContain("Data as of");
    expect(message?.allowed_mentions).toMatchObject({ parse: [] });
    // Its many sources fold behind the Sources button, which lists each with its title and quote.
    expect(shown).toMatch(/\d+ sources, numbered as marked above/);
    const sources = await standin.pressButton(message ?? "", customIdOf(message, "Sources")).response();
    expect(text(sources.message)).toMatch(/FACTS M\d/);
  });

  it("a typo, an Arabic alias and a domain all find the company", async () => {
    for (const name of ["mistal", "ميسترال", "poolside.ai", "hugingface"]) {
      const { message } = await command("startup", { name });
      expect(message?.embeds?.[0]?.title, name).not.toBe("Not in my data yet");
    }
    expect((await command("startup", { name: "ميسترال" })).message?.embeds?.[0]?.title).toBe("Mistral AI");
    expect((await command("startup", { name: "poolside.ai" })).message?.embeds?.[0]?.title).toBe("Poolside");
  });

  it.each([
    ["funding", { company: "mistal" }, "Mistral AI: funding rounds"],
    ["funding", { company: "وجه العناق" }, "Hugging Face: funding rounds"],
    ["compare", { first: "ميسترال", second: "hugingface" }, "Mistral AI vs Hugging Face"],
    [
      "compare",
      { first: "phtoroom", second: "poolside.ai", third: "Dust AI" },
      "Photoroom vs Poolside vs Dust",
    ],
    ["funding", { company: "Zzyzx Robotics" }, "Not in my data yet"],
    ["compare", { first: "Mistral", second: "Zzyzx Robotics" }, "Not in my data yet"],
  ] as const)("/%s %o", async (name, options, title) => {
    const { message } = await command(name, options);
    expect(message?.embeds?.[0]?.title).toBe(title);
  });

  it("an unknown company is named as not in the data yet, with no far-fetched suggestion, not an error", async () => {
    const { text: shown } = await command("startup", { name: "Zzyzx Robotics" });
    expect(shown).toMatch(/“Zzyzx Robotics” isn't in my data yet \(\d+ companies as of \d+ \w+ \d{4}\)/);
    expect(shown).not.toContain("Closest names");
  });

  it("/funding without a company ranks the rounds and shows the national totals", async () => {
    const { message, text: shown } = await command("funding", {});
    expect(message?.embeds?.[0]?.title).toBe("Largest rounds on record");
    expect(shown).toContain("National totals");
    expect(shown).toContain("Mistral AI");
  });

  it("/funding with a stage and a year filters the ranking", async () => {
    const { text: shown } = await command("funding", { stage: "series-b", year: 2024 });
    expect(shown).toContain("Mistral AI");
    expect(shown).not.toContain("Series C, 9 Sept 2025");
  });

  it("/funding company:Mistral lists its rounds oldest first; AMI Labs' reported raise is marked", async () => {
    const { message } = await command("funding", { company: "Mistral" });
    const names = (message?.embeds?.[0]?.fields ?? []).map((f) => f.name);
    expect(names.slice(0, 4)).toEqual([
      "Seed, 13 June 2023",
      "Series A, 10 Dec 2023",
      "Series B, 11 June 2024",
      "Series C, 9 Sept 2025",
    ]);
    const ami = await command("funding", { company: "AMI Labs" });
    const amiNames = (ami.message?.embeds?.[0]?.fields ?? []).map((f) => f.name);
    expect(amiNames.some((n) => n.includes("reported, not completed"))).toBe(true);
  });

  it("/funding company: with a year keeps that year's rounds and says so, rather than ignoring it", async () => {
    const { message, text: shown } = await command("funding", { company: "Mistral", year: 2024 });
    const rounds = (message?.embeds?.[0]?.fields ?? []).map((f) => f.name);
    expect(rounds).toContain("Series B, 11 June 2024");
    expect(rounds).not.toContain("Series C, 9 Sept 2025");
    expect(shown).toContain("Only the rounds of 2024: 1 of the 4 on record.");
    const none = await command("funding", { company: "Dust", stage: "ipo" });
    expect(none.text).toContain("Only IPO rounds: 0 of the 1 on record.");
  });

  it("/compare names the leader and converts currencies openly", async () => {
    const { message, text: shown } = await command("compare", { first: "Mistral", second: "Hugging Face" });
    expect(message?.embeds?.[0]?.title).toBe("Mistral AI vs Hugging Face");
    expect(shown).toMatch(/Mistral AI leads/);
    expect(shown).toMatch(/1 EUR = 1\.0367 USD|converted/);
    expect(shown).toMatch(/sources differ/i);
  });

  it("/funding and /compare attach a PNG chart that the embed shows", async () => {
    for (const [name, options] of [
      ["funding", { company: "Mistral" }],
      ["funding", {}],
      ["compare", { first: "Mistral", second: "Hugging Face", third: "Poolside" }],
    ] as const) {
      const { result, message } = await command(name, options);
      expect(result.deferred, `${name} defers before drawing`).toBe(true);
      const attachment = message?.attachments?.[0];
      expect(attachment, name).toBeDefined();
      if (!attachment) continue;
      expect(attachment.filename).toMatch(/\.png$/);
      expect(attachment.data.subarray(0, 8)).toEqual(
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      );
      expect(attachment.data.readUInt32BE(16)).toBeGreaterThanOrEqual(800); // IHDR width
      // Discord (and the stand-in) turn the embed's attachment://name into the uploaded file's URL.
      expect(message?.embeds?.[0]?.image?.url).toMatch(
        new RegExp(`/${attachment.filename.replace(".", "\\.")}$`),
      );
      expect(attachment.description).toMatch(/Bar chart/);
    }
  });

  it("a profile has no chart and is not deferred", async () => {
    const { result, message } = await command("startup", { name: "Presti" });
    expect(result.deferred).toBe(false);
    expect(message?.attachments ?? []).toEqual([]);
  });

  it("/compare with the same company twice explains the mistake", async () => {
    const { text: shown } = await command("compare", { first: "Mistral", second: "mistral ai" });
    expect(shown).toContain("You named **Mistral AI** twice");
  });

  it("/ask answers a question in French, in French", async () => {
    const { text: shown } = await command("ask", { question: "qui a levé le plus, Mistral ou Dust ?" });
    expect(shown).toContain("Mistral AI a levé le plus");
  });

  it("/ask in Arabic from an English Discord: the answer and its buttons are in Arabic", async () => {
    const { message, text: shown } = await command("ask", { question: "من أسس ميسترال؟" });
    expect(shown).toContain("من تأسيس");
    const labels = ((message?.components ?? []) as { components: { label?: string }[] }[]).flatMap((r) =>
      r.components.map((c) => c.label),
    );
    expect(labels).toContain("المصادر");
    expect(labels).not.toContain("Sources");
  });

  it("a French-locale /startup answers in French, figures written the French way", async () => {
    const { message, text: shown } = await command("startup", { name: "Mistral" }, { locale: "fr" });
    expect(message?.embeds?.[0]?.title).toBe("Mistral AI");
    expect(shown).toContain("Dernière levée");
    expect(shown).toContain("Série C, 9 sept. 2025");
    expect(shown).toContain("1,7 Md €");
    expect(shown).toContain("Données au 23 juin 2026");
    expect(shown).not.toContain("Latest round");
    // The dataset's own words too, not only the bot's.
    expect(shown).toContain("La principale entreprise européenne de modèles d'IA");
    expect(shown).not.toContain("Europe's leading AI model company");
    const labels = (
      (message?.components ?? []) as { components: { label?: string; placeholder?: string }[] }[]
    ).flatMap((row) => row.components.map((c) => c.label ?? c.placeholder));
    expect(labels).toEqual(["Levées", "Sources", "Comparer avec…"]);
    const sources = await standin
      .pressButton(message ?? "", customIdOf(message, "Sources"), { locale: "fr" })
      .response();
    expect(text(sources.message)).toMatch(/FACTS M\d/);
    expect(text(sources.message)).toContain("Article de référence");
  });

  it("/about says what the bot knows and where its code comes from", async () => {
    const { message, text: shown } = await command("about", {});
    expect(message?.embeds?.[0]?.url).toBe("https://example.org/our-landscape-bot");
    expect(shown).toContain("Self-hosted by this server's owner, from https://example.org/our-landscape-bot");
    expect(shown).toMatch(/\d+ companies/);
    expect(shown).toContain("Data as of");
  });

  it("hide:true makes the reply visible to the asker only", async () => {
    const { result } = await command("startup", { name: "Dust", hide: true });
    expect(result.ephemeral).toBe(true);
  });

  it("autocomplete suggests companies from the first letters, at most 25", async () => {
    const choices = await standin.autocomplete("startup", { name: "mis" });
    expect(choices[0]?.name).toContain("Mistral AI");
    expect(choices.length).toBeLessThanOrEqual(25);
    const empty = await standin.autocomplete(
      "compare",
      { first: "Mistral", second: "" },
      { focused: "second" },
    );
    expect(empty.length).toBeGreaterThan(0);
    expect(empty.length).toBeLessThanOrEqual(25);
  });

  it("a picked suggestion sends the company's id, which the command takes as it is", async () => {
    const choices = await standin.autocomplete("startup", { name: "h comp" });
    const picked = choices.find((c) => c.name.startsWith("H Company"));
    expect(picked?.value).toBe("h-company");
    const { message } = await command("startup", { name: String(picked?.value) });
    expect(message?.embeds?.[0]?.title).toBe("H Company");
  });
});

describe("a member uses the buttons and menus under a reply", () => {
  const customId = customIdOf;

  it("Next pages the /funding ranking for the person who asked; others get a polite note", async () => {
    const { message } = await command("funding", {});
    if (!message) throw new Error("no reply");
    expect(text(message)).toMatch(/1–10 of \d+/);
    const paged = await standin.pressButton(message, customId(message, "Next")).response();
    expect(paged.type).toBe(6); // acknowledged as an update of the same message, then edited
    expect(paged.message?.id).toBe(message.id);
    expect(paged.message?.attachments, "the new page's chart replaces the old one").toHaveLength(1);
    expect(text(paged.message)).toMatch(/\*\*11\.\*\*/);
    expect(text(paged.message)).toMatch(/11–\d+ of \d+/);

    const stranger = { id: "323456789012345678", username: "stranger" };
    const refused = await standin
      .pressButton(message, customId(paged.message, "Previous"), { user: stranger })
      .response();
    expect(refused.ephemeral).toBe(true);
    expect(text(refused.message)).toContain("Only the person who asked can page this list");
  });

  it("a French member's buttons are labelled in French and answer in French", async () => {
    const { message } = await command("startup", { name: "Dust" }, { locale: "fr" });
    if (!message) throw new Error("no reply");
    const funding = await standin
      .pressButton(message, customId(message, "Levées"), { locale: "fr" })
      .response();
    expect(funding.message?.embeds?.[0]?.title).toBe("Dust : levées de fonds");
    const sources = await standin
      .pressButton(message, customId(message, "Sources"), { locale: "fr" })
      .response();
    expect(text(sources.message)).toContain("Sources : Dust");
  });

  it("Funding, Compare with… and Sources under a /startup profile", async () => {
    const { message } = await command("startup", { name: "Photoroom" });
    if (!message) throw new Error("no reply");
    const funding = await standin.pressButton(message, customId(message, "Funding")).response();
    expect(funding.ephemeral).toBe(true);
    expect(funding.message?.embeds?.[0]?.title).toBe("Photoroom: funding rounds");

    const compared = await standin.selectMenu(message, customId(message, "menu"), ["presti"]).response();
    expect(compared.message?.embeds?.[0]?.title).toBe("Photoroom vs Presti");

    const sources = await standin.pressButton(message, customId(message, "Sources")).response();
    expect(sources.ephemeral).toBe(true);
    expect(text(sources.message)).toContain("Sources: Photoroom");
    expect(text(sources.message)).toMatch(/FACTS P\d/);
  });

  it("Sources under a filtered /funding lists the sources the reply numbered, no others", async () => {
    const { message } = await command("funding", { company: "Mistral", year: 2024 });
    if (!message) throw new Error("no reply");
    const sources = await standin.pressButton(message, customId(message, "Sources")).response();
    // The reply numbers its sources "**[n]** …"; the Sources list names a field "[n] publisher" each.
    const inReply = (text(message).match(/\*\*\[\d+\]\*\*/g) ?? []).map((n) => n.replaceAll("*", ""));
    const listed = (sources.message?.embeds ?? [])
      .flatMap((e) => e.fields ?? [])
      .map((f) => /^\[\d+\]/.exec(f.name)?.[0]);
    expect(inReply.length).toBeGreaterThan(0);
    expect(listed).toEqual(inReply);
  });

  it("a name the bot doesn't know offers the closest companies as buttons that open their card", async () => {
    const { message } = await command("startup", { name: "Mistral Labs" });
    if (!message) throw new Error("no reply");
    expect(text(message)).toContain("“Mistral Labs” isn't in my data yet");
    const card = await standin.pressButton(message, customId(message, "Mistral AI")).response();
    expect(card.ephemeral).toBe(true);
    expect(card.message?.embeds?.[0]?.title).toBe("Mistral AI");
  });

  it("a mention's answer has its card's buttons, pressed like a command's", async () => {
    const reply = await standin.sendMention("tell me about Photoroom");
    expect(text(reply)).toContain("Photoroom");
    expect(reply.components?.length, "the profile card's Funding/Sources row and menu").toBe(2);
    const funding = await standin.pressButton(reply, customId(reply, "Funding")).response();
    expect(funding.ephemeral).toBe(true);
    expect(funding.message?.embeds?.[0]?.title).toBe("Photoroom: funding rounds");
  });

  it("an Arabic mention's buttons are labelled in Arabic and answer in Arabic, whatever the locale", async () => {
    const reply = await standin.sendMention("من أسس ميسترال؟");
    const labels = ((reply.components ?? []) as { components: { label?: string }[] }[]).flatMap((r) =>
      r.components.map((c) => c.label),
    );
    expect(labels).toContain("المصادر");
    expect(labels).not.toContain("Sources");
    // Discord has no Arabic locale: the presser's is English, the button still answers in Arabic.
    const funding = await standin
      .pressButton(reply, customId(reply, "التمويل"), { locale: "en-US" })
      .response();
    expect(stripIsolates(funding.message?.embeds?.[0]?.title ?? "")).toBe("Mistral AI: جولات التمويل");
    const sources = await standin
      .pressButton(reply, customId(reply, "المصادر"), { locale: "en-US" })
      .response();
    expect(text(sources.message)).toContain("المقال المرجعي");
  });
});

describe("a reply speaks one language, its buttons included", () => {
  const labelsOf = (message: StoredMessage | null | undefined) =>
    ((message?.components ?? []) as { components: { label?: string; placeholder?: string }[] }[]).flatMap(
      (r) => r.components.map((c) => c.label ?? c.placeholder ?? ""),
    );

  it("an English question gets English buttons, from a French Discord too", async () => {
    // A name alone has no English words: the server's language decides, for the answer and its buttons.
    const mention = await standin.sendMention("Hugging Face?");
    expect(text(mention)).toContain("Hugging Face");
    expect(labelsOf(mention)).toEqual(["Profile", "Funding", "Sources", "Compare with…"]);
    const { message } = await command("ask", { question: "who founded Dust?" }, { locale: "fr" });
    expect(text(message)).toContain("Dust was founded by");
    expect(labelsOf(message)).toEqual(["Profile", "Funding", "Sources", "Compare with…"]);
  });

  it("a French question gets French buttons from an English Discord, and a press answers in French", async () => {
    const { message } = await command("ask", { question: "qui a fondé Dust ?" }, { locale: "en-US" });
    expect(labelsOf(message)).toEqual(["Fiche", "Levées", "Sources", "Comparer avec…"]);
    // Pressed by someone whose Discord is in English: the message was French, so is the answer.
    const funding = await standin
      .pressButton(message ?? "", customIdOf(message, "Levées"), { locale: "en-US" })
      .response();
    expect(funding.message?.embeds?.[0]?.title).toBe("Dust : levées de fonds");
  });

  it("a command follows the locale, whatever its option's language", async () => {
    const { message } = await command("startup", { name: "ميسترال" }, { locale: "fr" });
    expect(labelsOf(message)).toEqual(["Levées", "Sources", "Comparer avec…"]);
  });
});

describe("a question in a channel gets a short answer that opens into more", () => {
  it("one embed of at most 1,500 characters, its sources numbered from [1], buttons to the rest", async () => {
    const reply = await standin.sendMention("how much did Mistral raise?");
    expect(reply.embeds).toHaveLength(1);
    const embed = reply.embeds[0];
    const length =
      (embed?.title?.length ?? 0) +
      (embed?.description?.length ?? 0) +
      (embed?.footer?.text.length ?? 0) +
      (embed?.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
    expect(length).toBeLessThanOrEqual(1500);
    const shown = text(reply);
    const numbers = [...shown.matchAll(/\*\*\[(\d+)\]\*\*/g)].map((m) => Number(m[1]));
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    expect(numbers.length).toBeGreaterThan(0);
    // Sources lists the same sources under the same numbers, with what each says.
    const sources = await standin.pressButton(reply, customIdOf(reply, "Sources")).response();
    const listed = (sources.message?.embeds ?? [])
      .flatMap((e) => e.fields ?? [])
      .map((f) => Number(/^\[(\d+)\]/.exec(f.name)?.[1]));
    expect(listed.slice(0, numbers.length)).toEqual(numbers);
    // The card is a press away.
    const card = await standin.pressButton(reply, customIdOf(reply, "Profile")).response();
    expect(card.message?.embeds?.[0]?.title).toBe("Mistral AI");
  });

  it("a comparison opens into the full comparison, with its chart", async () => {
    const reply = await standin.sendMention("who raised more, Mistral or Hugging Face?");
    expect(reply.embeds).toHaveLength(1);
    const full = await standin.pressButton(reply, customIdOf(reply, "Full comparison")).response();
    expect(full.ephemeral).toBe(true);
    expect(full.message?.embeds?.[0]?.title).toBe("Mistral AI vs Hugging Face");
    expect(full.message?.attachments).toHaveLength(1);
  });
});

describe("a member chats with the bot, one question after another", () => {
  it("“who founded it?” follows the last question of the same person, and says whom it took", async () => {
    const user = { id: "423456789012345678", username: "chatty" };
    await standin.sendMention("what's mistral worth?", { user });
    const second = await standin.sendMention("and hugging face?", { user });
    expect(text(second)).toContain("Hugging Face was valued at");
    const third = await standin.sendMention("who founded it?", { user });
    expect(text(third)).toContain("Hugging Face was founded by Clément Delangue");
    expect(text(third)).toContain("About Hugging Face, as in your last question.");
    // Someone else's "it" is not this person's.
    const other = await standin.sendMention("who founded it?", {
      user: { id: "523456789012345678", username: "newcomer" },
    });
    expect(text(other)).not.toContain("Hugging Face was founded");
  });

  it("a Discord reply to one of the bot's answers is about that answer's company", async () => {
    const user = { id: "623456789012345678", username: "replier" };
    const photoroom = await standin.sendMention("tell me about photoroom", { user });
    await standin.sendMention("dust valuation", { user });
    // Replying to the Photoroom card, not the latest answer: "it" is Photoroom.
    const reply = await standin.sendMessage("who runs it?", { user, replyTo: photoroom });
    expect(text(reply)).toContain("Photoroom's CEO: Matthieu Rouif");
  });
});

describe("the console shows what Discord receives", () => {
  /** A message body with what differs between two askers taken out: who asked, when, the upload's URL. */
  function comparable(body: {
    embeds?: unknown;
    components?: unknown;
    allowed_mentions?: unknown;
    attachments?: { filename?: string; description?: string }[];
  }) {
    // Discord adds an embed's type and an image's proxy URL and size; the bot sends neither.
    const sent = (key: string, value: unknown) =>
      (key === "type" && value === "rich") || ["proxy_url", "width", "height"].includes(key)
        ? undefined
        : value;
    const json = JSON.stringify({ embeds: body.embeds ?? [], components: body.components ?? [] }, sent)
      .replace(/"v1\.(en|fr|ar):[^:"]+:[^:"]+:/g, '"v1.$1:OWNER:TIME:')
      .replace(/"url":"[^"]*\/([^/"]+\.png)"/g, '"url":"$1"')
      .replace(/"url":"attachment:\/\/([^"]+)"/g, '"url":"$1"');
    return {
      ...(JSON.parse(json) as object),
      allowed_mentions: body.allowed_mentions,
      attachments: (body.attachments ?? []).map((a) => ({
        filename: a.filename,
        description: a.description,
      })),
    };
  }

  it.each([
    ["/startup name:Mistral", () => command("startup", { name: "Mistral" })],
    ["/funding company:Mistral", () => command("funding", { company: "Mistral" })],
    [
      "/compare first:Dust second:Photoroom",
      () => command("compare", { first: "Dust", second: "Photoroom" }),
    ],
    [
      "qui a fondé Photoroom ?",
      async () => ({ message: await standin.sendMention("qui a fondé Photoroom ?") }),
    ],
  ] as const)("npm run console -- --json %s", async (line, send) => {
    const { message } = await send();
    const run = await runScript("console.js", { DATA_PATH: "" }, 30_000, ["--json", line]);
    expect(run.stderr).toBe("");
    const printed = JSON.parse(run.stdout) as Parameters<typeof comparable>[0];
    expect(comparable(printed)).toEqual(comparable(message ?? {}));
  });
});

describe("a member asks in a channel by mentioning the bot", () => {
  it("an Arabic question gets an Arabic answer, its Latin names isolated for right-to-left reading", async () => {
    const reply = await standin.sendMention("من أسس ميسترال؟");
    const shown = text(reply);
    expect(shown).toContain("\u2068Arthur Mensch\u2069");
    expect(shown).toContain("من تأسيس");
    expect(shown).toContain("البيانات حتى");
    // His background, from the dataset, in Arabic as well (the seed article's own language).
    expect(shown).toContain("عالم سابق في");
    expect(shown).not.toContain("Former DeepMind scientist");
    // The card its Profile button opens is in Arabic too, for an English-locale presser.
    const card = await standin
      .pressButton(reply, customIdOf(reply, "الملف التعريفي"), { locale: "en-US" })
      .response();
    expect(text(card.message)).toContain("أحدث جولة");
    expect(text(card.message)).not.toContain("Latest round");
  });

  it.each([
    ["who raised more, Mistral or Hugging Face?", "Mistral AI raised more"],
    ["qui a fondé Photoroom ?", "Matthieu Rouif"],
    ["من أسس ميسترال؟", "Arthur Mensch"],
  ])("%s", async (question, expected) => {
    const reply = await standin.sendMention(question);
    expect(text(reply)).toContain(expected);
    expect(reply.message_reference?.message_id).toBeDefined();
    expect(standin.wouldPing(reply).mass).toBe(false);
  });

  it("an empty mention gets the help reply", async () => {
    const reply = await standin.sendMention("");
    expect(text(reply)).toMatch(/\/startup/);
  });

  it("@everyone and role pings in the question ping nobody", async () => {
    const reply = await standin.sendMention("@everyone @here <@&123456789012345678> who founded Dust?");
    const pings = standin.wouldPing(reply);
    expect(pings.mass).toBe(false);
    expect(pings.roles).toEqual([]);
    expect(text(reply)).toContain("Stanislas Polu");
  });
});

describe("the bot survives Discord's bad moments", () => {
  it("answers after a REST 500 on the interaction callback (discord.js retries)", async () => {
    const fault = standin.failNext("POST /interactions/:id/:token/callback", 500, 1);
    const { message } = await command("startup", { name: "Photoroom" });
    expect(fault.hits).toBe(1);
    expect(message?.embeds?.[0]?.title).toBe("Photoroom");
  });

  it("answers after a gateway reconnect", async () => {
    await standin.forceReconnect();
    const { message } = await command("startup", { name: "Dust" });
    expect(message?.embeds?.[0]?.title).toBe("Dust");
  });

  it("asks a user who floods it to wait, politely and only to them", async () => {
    const user = { id: "223456789012345678", username: "eager" };
    const outcomes: string[] = [];
    for (let i = 0; i < 102; i++) {
      const { result, text: shown } = await command("about", {}, { user });
      outcomes.push(result.ephemeral && shown.includes("asking quickly") ? "limited" : "answered");
    }
    expect(outcomes.filter((o) => o === "answered")).toHaveLength(100);
    expect(outcomes.slice(100)).toEqual(["limited", "limited"]);
  });
});

describe("what the server owner sees in the log", () => {
  it("one JSON line per interaction with command, user, guild, latency and outcome; never the token", async () => {
    const line = await bot.waitForLog((l) => l.msg === "interaction" && l.command === "startup");
    expect(line).toMatchObject({ kind: "command", guildId: env.DISCORD_GUILD_ID, outcome: "answered" });
    expect(typeof line.userId).toBe("string");
    expect(typeof line.latencyMs).toBe("number");
    expect(bot.raw).not.toContain(env.DISCORD_TOKEN);
  });
});

describe("shutting down", () => {
  it("SIGTERM stops taking work, closes the gateway and exits 0", async () => {
    bot.signal("SIGTERM");
    expect(await bot.exited).toBe(0);
    await bot.waitForLog((l) => l.msg === "stopped cleanly");
  });
});
