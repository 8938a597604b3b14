# deletion-desk in a container (docs/production.md). NOT built on the machine this was written on:
# it has no Docker daemon. Build with `docker build -t deletion-desk .`; compose.yaml runs it with
# PostgreSQL.
#
# Two stages: the first installs with the compilers sqlite3 needs and builds dist/; the second holds
# only what runs, as an unprivileged user.
FROM node:22-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# Native modules are built from source here (no prebuilt download is assumed to be reachable).
ENV npm_config_build_from_source=true
RUN npm ci --no-audit --no-fund --ignore-scripts && npm rebuild sqlite3 esbuild
COPY . .
RUN node scripts/build.js && npm prune --omit=dev --no-audit --no-fund

FROM node:22-bookworm-slim
ENV NODE_ENV=production \
    DATABASE_URL=sqlite:/data/deletion-desk.sqlite \
    ARCHIVE_URL=file:/data/archive \
    MAILDROP_DIR=/data/maildrop \
    OUTBOX_DIR=/data/outbox \
    PORT=3000
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/bin ./bin
COPY --from=build /app/src ./src
COPY --from=build /app/migrations ./migrations
COPY --from=build /app/templates ./templates
COPY --from=build /app/examples ./examples
# The image's own user (uid 10001), never root: the bot needs no privilege, only /data.
RUN groupadd --system --gid 10001 desk && useradd --system --uid 10001 --gid desk --home-dir /data desk \
    && mkdir -p /data/archive && chown -R desk:desk /data \
    && ln -s /app/bin/deletion-desk.js /usr/local/bin/deletion-desk
USER desk
VOLUME ["/data"]
EXPOSE 3000
# /healthz answers 200 while the database answers; node's fetch, so the image needs no curl.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["node", "/app/bin/deletion-desk.js"]
CMD ["start"]
