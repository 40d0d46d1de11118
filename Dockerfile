# Concord API image: build with the full toolchain, run with production dependencies only.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# Install scripts run only for the packages package.json approves (allowScripts), as npm 11 does on
# a developer machine; the npm in node:20 ignores that list and would run every one.
RUN npm ci --ignore-scripts \
 && approved="$(node -p "Object.entries(require('./package.json').allowScripts ?? {}).filter(([, ok]) => ok === true).map(([name]) => name).join(' ')")" \
 && if [ -n "$approved" ]; then npm rebuild $approved; fi
COPY . .
RUN npm run build \
 && npm prune --omit=dev --ignore-scripts

FROM node:20-bookworm-slim AS runtime
# HOST: a container's loopback cannot be reached through its published port.
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    CONCORD_DATA_DIR=/var/lib/concord
WORKDIR /app
# The whole pruned tree, not dist alone: the app reads files beside its code at run time (the IDE's
# assets from node_modules, the committed schema, fonts for PDF exports). Owned by root, so the
# process cannot rewrite its own code; it writes only to CONCORD_DATA_DIR.
COPY --from=build /app /app
RUN mkdir -p /var/lib/concord && chown node:node /var/lib/concord
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=5 \
  CMD ["node", "-e", "fetch('http://localhost:' + (process.env.PORT ?? 3000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--max-old-space-size=192", "dist/apps/api/src/main.js"]
