#!/usr/bin/env bash
# Runs a command with the Dockerfile's Node (the current LTS) first on PATH, so CI checks the code on
# the version the image ships as well as on the machine's own. Node's official Linux build comes from
# the npm registry (the `node-linux-<arch>` package that `npx node@<major>` uses): no other download.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
major="$(sed -n 's/^FROM node:\([0-9][0-9]*\).*/\1/p' "$root/Dockerfile" | head -n 1)"
[ -n "$major" ] || { echo "with-node-lts: no 'FROM node:<major>' line in $root/Dockerfile"; exit 1; }
case "$(uname -m)" in
  x86_64) arch=x64 ;;
  aarch64 | arm64) arch=arm64 ;;
  *) echo "with-node-lts: no Node build for $(uname -m)"; exit 1 ;;
esac
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
(cd "$dir" && npm pack "node-linux-$arch@$major" --silent >/dev/null && tar xzf node-linux-*.tgz)
export PATH="$dir/package/bin:$PATH"
echo "node $(node --version), the Dockerfile's Node $major"
"$@"
