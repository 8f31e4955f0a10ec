import { createServer } from 'node:http';
import { createLegacyApp } from './createLegacyApp.ts';

// On its own, as the agency has always run it; `npm start` serves it through the dev stack instead.
const port = Number(process.env.PORT ?? 4107);
createServer(createLegacyApp()).listen(port, '127.0.0.1', () => {
  console.log(`Izin Pemakaman TPU: http://127.0.0.1:${port}/`);
});
