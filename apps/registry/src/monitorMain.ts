import { closeOnSignals } from '@bas/server-kit';
import { loadMonitorConfig } from './loadMonitorConfig.ts';
import { startMonitor } from './monitor/startMonitor.ts';

// The monitor on its own, beside the registry replicas and on their database: start one per replica or two for
// failover; one probes, the others wait to take over.
const monitor = await startMonitor(loadMonitorConfig());
console.log(`BAS monitor (${monitor.engine}, ${monitor.location}), metrics on ${monitor.metricsUrl}/metrics`);
// The probes under way are stored and the lock let go before the database closes.
closeOnSignals(() => monitor.close(), { name: 'BAS monitor' });
