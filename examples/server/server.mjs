#!/usr/bin/env node
// `pnpm serve`: the render service on PORT (default 8080). See app.mjs for the routes.
import { createApp } from './app.mjs';

const port = Number(process.env.PORT ?? 8080);
// CORS_ORIGIN: comma-separated origins allowed to call from a browser, e.g. https://congthongtin.example.vn
const corsOrigins = (process.env.CORS_ORIGIN ?? '').split(',').map((s) => s.trim()).filter(Boolean);
const server = createApp({ corsOrigins });
server.listen(port, () => {
  console.log(`kehoach: đang phục vụ tại http://localhost:${port} — POST /render?format=docx|md|txt, /checklist?format=json|csv|ics, /validate`);
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.close(() => process.exit(0)));
