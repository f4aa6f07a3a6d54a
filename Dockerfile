# The policy-graph API as an image (used by docker-compose.yml). Node 20 on Debian has the compiler
# nodejieba's native module needs. `npm ci` builds dist/ (the prepare script needs the dev dependencies),
# then the dev dependencies are dropped.
FROM node:20-bookworm
WORKDIR /app
COPY . .
RUN npm ci && npm prune --omit=dev
ENV HOST=0.0.0.0 PORT=4000 NODE_ENV=production
EXPOSE 4000
HEALTHCHECK CMD node -e "fetch('http://127.0.0.1:4000/healthz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["sh", "-c", "node bin/policy-graph.mjs ingest data/documents; exec node bin/policy-graph.mjs serve"]
