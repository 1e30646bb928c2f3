#!/usr/bin/env node
// `pnpm serve`: the render service on HOST:PORT (default 127.0.0.1:8080, this machine only; in a
// container, HOST=0.0.0.0 to be reachable from outside it). See app.mjs for the routes.
import { createApp, ROUTES } from './app.mjs';

const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST || '127.0.0.1';
// CORS_ORIGIN: comma-separated origins allowed to call from a browser, e.g. https://congthongtin.example.vn
const corsOrigins = (process.env.CORS_ORIGIN ?? '').split(',').map((s) => s.trim()).filter(Boolean);
const server = createApp({ corsOrigins });
server.listen(port, host, () => {
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const where = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const routes = Object.entries(ROUTES).map(([path, r]) => (r.op === 'validate' ? path : `${path}?format=${r.formats().join('|')}`));
  console.log(`kehoach: đang phục vụ tại http://${where}:${address.port} — POST ${routes.join(', ')}`);
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.close(() => process.exit(0)));
