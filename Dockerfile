# syntax=docker/dockerfile:1
# carelint in a container: the image a Kubernetes Indexed Job or a GitHub Actions matrix runs to audit one shard
# of an export each (docs/guides/audit.md, "Past one machine"). Build from the repository root:
#
#   docker build -t carelint .
#   docker run --rm -v "$PWD:/data" carelint audit /data/export.csv --out /data/shard-0 --shard 0/4 --map …
#   docker run --rm -v "$PWD:/data" carelint audit merge /data/shard-0 /data/shard-1 /data/shard-2 /data/shard-3 --out /data/audit
#
# Nothing in the image reaches the network at run time. Records are read from, and results written to, mounted
# folders only; the image holds no record.

# ---- build: install the workspace, build the command line and what it depends on --------------------------------
FROM node:20-bookworm-slim AS build
ENV CI=true \
    PNPM_VERSION=10.34.9 \
    npm_config_update_notifier=false
RUN npm install --global "pnpm@${PNPM_VERSION}"
WORKDIR /src
# The manifests first, so the dependency layer is rebuilt only when they change.
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml .npmrc ./
COPY packages/ packages/
COPY rules/ rules/
COPY dictionaries/ dictionaries/
COPY bench/package.json bench/package.json
COPY tsconfig.base.json tsconfig.json ./
RUN pnpm install --frozen-lockfile --reporter=append-only
# The CLI (package "carelint") and every workspace package it uses: core, the rules, the dictionaries, audit, server.
RUN pnpm --filter "carelint..." build
# A self-contained folder: the CLI's dist, and production dependencies only (workspace packages as built).
RUN pnpm --filter carelint deploy --prod --legacy /app

# ---- run ------------------------------------------------------------------------------------------------------
FROM node:20-bookworm-slim
ENV NODE_ENV=production
COPY --from=build /app /app
# The audit's worker threads, one per core the container is given (--jobs to choose).
WORKDIR /work
USER node
ENTRYPOINT ["node", "/app/dist/bin.js"]
CMD ["--help"]
