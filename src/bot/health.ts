// GET /healthz on 127.0.0.1: 200 while the gateway connection is up, 503 otherwise. Docker's
// HEALTHCHECK calls it, so a bot that lost Discord for good is restarted by its supervisor.
import { createServer, type Server } from "node:http";

export function startHealthServer(port: number, isHealthy: () => boolean): Server {
  const server = createServer((req, res) => {
    if (req.url !== "/healthz") {
      res.writeHead(404).end();
      return;
    }
    const ok = isHealthy();
    res.writeHead(ok ? 200 : 503, { "content-type": "application/json" }).end(JSON.stringify({ ok }));
  });
  server.listen(port, "127.0.0.1");
  return server;
}
