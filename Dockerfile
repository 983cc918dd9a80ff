# syntax=docker/dockerfile:1
# Multi-stage: compile TypeScript with the dev dependencies, ship only the production ones.
# Node: the current LTS line.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production HEALTH_PORT=8080
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# The image runs as the unprivileged user the Node image provides.
USER node
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.HEALTH_PORT+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Register the commands once with: docker compose run --rm bot node dist/register.js
# --max-semi-space-size=2: a small young generation, as `npm start` runs it (README → Scaling).
CMD ["node", "--enable-source-maps", "--max-semi-space-size=2", "dist/index.js"]
