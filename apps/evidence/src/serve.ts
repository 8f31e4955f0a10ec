import { closeOnSignals } from '@bas/server-kit';
import { EvidenceError } from './EvidenceError.ts';
import { createReportService } from './reports/createReportService.ts';
import { loadReportServiceConfig } from './reports/loadReportServiceConfig.ts';

// The evidence service on its own (`node apps/evidence/dist/serve.js`): the console's "Laporan lengkap" makes the
// PDF and the ZIP here. One instance: it runs Chromium for minutes and keeps the reports on its own disk.
try {
  const config = loadReportServiceConfig(process.env);
  const service = createReportService(config);
  await service.app.listen({ host: config.host, port: config.port });
  console.log(`BAS evidence service: http://${config.host}:${config.port}/api/evidence/reports`);
  closeOnSignals(() => service.close(), { name: 'BAS evidence service', timeoutMs: 30_000 });
} catch (error) {
  if (!(error instanceof EvidenceError)) throw error;
  console.error(`✖ ${error.message}`);
  process.exitCode = 2;
}
