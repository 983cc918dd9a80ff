import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    // End-to-end tests spawn the bot; give them room on a shared 2-core machine.
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
