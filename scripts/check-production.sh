#!/usr/bin/env bash
# What the Docker image does, minus Docker: `npm ci --omit=dev` beside the built dist/, then the
# image's start command. Without a token it must exit non-zero with the clear configuration message
# (so the dataset shipped in dist/ loads and nothing needs a dev dependency at run time).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
[ -f "$root/dist/index.js" ] || (cd "$root" && npm run --silent build)
cp "$root/package.json" "$root/package-lock.json" "$work/"
cp -r "$root/dist" "$work/dist"
cd "$work"
npm ci --omit=dev --no-audit --no-fund --ignore-scripts >/dev/null
for dev in typescript vitest tsx @biomejs/biome pino-pretty; do
  if [ -d "node_modules/$dev" ]; then echo "FAIL: dev dependency $dev was installed in production"; exit 1; fi
done

set +e
out="$(env -i PATH="$PATH" HOME="$work" NODE_ENV=production node --enable-source-maps --max-semi-space-size=2 dist/index.js 2>&1)"
code=$?
set -e
if [ "$code" -eq 0 ] || ! grep -q "DISCORD_TOKEN is missing" <<<"$out" || grep -q "    at " <<<"$out"; then
  echo "FAIL: the production start without a token should exit non-zero with the configuration message, no stack trace."
  echo "exit code $code; output:"; echo "$out"; exit 1
fi

set +e
out="$(env -i PATH="$PATH" HOME="$work" NODE_ENV=production DISCORD_TOKEN=a.b.c DISCORD_APPLICATION_ID=123456789012345678 \
  DATA_PATH="$work/missing.json" node dist/index.js 2>&1)"
code=$?
set -e
if [ "$code" -eq 0 ] || ! grep -q "missing.json" <<<"$out"; then
  echo "FAIL: a missing DATA_PATH file should stop start-up naming the file."; echo "$out"; exit 1
fi
echo "production install: ok (start-up refuses a missing token and a missing data file, clearly)"

# And the real thing: the production install logs in to the loopback Discord stand-in and answers.
(cd "$root" && node_modules/.bin/tsx scripts/smoke-production.ts "$work")
