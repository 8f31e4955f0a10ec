export { postgresAvailable, startPostgresCluster, type PostgresCluster } from './startPostgresCluster.ts';
