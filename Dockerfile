# syntax=docker/dockerfile:1
# The production image (README.md, "Run in production"; docs/decisions/0003-api-build.md).
# Build stage: the whole workspace, `pnpm build` (both apps + the API bundle), then `pnpm deploy
# --prod` into /app: the bundle, the migrations, the built apps and production dependencies only.
# Runtime stage: that folder on a fresh Node 24 slim, as the unprivileged `node` user, with node
# itself as PID 1 so SIGTERM reaches the server's graceful shutdown directly.

FROM node:24-slim AS build
# pnpm from the npm registry (Corepack's signature check cannot fetch pnpm 12 everywhere).
RUN npm install --global --no-audit --no-fund pnpm@12.21.0
WORKDIR /src
# Manifests first, so the dependency layer is reused until a manifest or the lockfile changes.
# (@cos/db's postinstall generates the Prisma client: it needs the schema and its script.)
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml .npmrc prisma.config.ts ./
COPY scripts/prisma-generate.mjs scripts/
COPY prisma/schema.prisma prisma/
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY apps/console/package.json apps/console/
COPY packages/contracts/package.json packages/contracts/
COPY packages/db/package.json packages/db/
COPY packages/security/package.json packages/security/
COPY packages/ui/package.json packages/ui/
RUN pnpm install --frozen-lockfile
COPY . .
RUN pnpm run build \
  && pnpm --filter @cos/api deploy --prod /app

FROM node:24-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    METRICS_PORT=9464
WORKDIR /app
# The code belongs to root and is read-only for the server; only the data folder is its own.
COPY --from=build /app /app
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
EXPOSE 3000 9464
# /api/ready is 200 only while the database answers. node:24-slim has no curl: node's fetch.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/server.js"]
