import compress from '@fastify/compress';
import swagger from '@fastify/swagger';
import { assertValidManifest, type ManifestEntry } from '@bas/manifest';
import type { RequestListener } from 'node:http';
import { join } from 'node:path';
import { closeServer } from '@bas/server-kit';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { createTokenVerifier, type OidcOptions } from './auth/createTokenVerifier.ts';
import { acceptPublishTokens } from './auth/acceptPublishTokens.ts';
import { createPublishTokens } from './catalog/createPublishTokens.ts';
import { publishTokenRoutes } from './routes/publishTokenRoutes.ts';
import { systemActor } from './catalog/Actor.ts';
import { createCatalogRepository } from './catalog/createCatalogRepository.ts';
import { createDatabase, openPostgres, type DatabaseOptions, type Engine } from './db/createDatabase.ts';
import { registerErrorHandling } from './errors/registerErrorHandling.ts';
import { answerClientError } from './errors/answerClientError.ts';
import { answerFrameworkError } from './errors/answerFrameworkError.ts';
import { answerWhileClosing } from './errors/answerWhileClosing.ts';
import { answerConditionalGets } from './routes/answerConditionalGets.ts';
import { createAssetServer } from './assets/createAssetServer.ts';
import { createServableCheck } from './assets/createServableCheck.ts';
import { createFileStorage, type RemoteStorage } from './assets/createFileStorage.ts';
import { appRoutes } from './routes/appRoutes.ts';
import { bundleRoutes } from './routes/bundleRoutes.ts';
import { securityPolicyRoutes } from './routes/securityPolicyRoutes.ts';
import { auditRoutes } from './routes/auditRoutes.ts';
import { reviewRoutes } from './routes/reviewRoutes.ts';
import { operatorCatalogRoutes } from './routes/operatorCatalogRoutes.ts';
import { telemetryRoutes } from './routes/telemetryRoutes.ts';
import { rumRoutes } from './routes/rumRoutes.ts';
import { createManifestCache } from './manifest/createManifestCache.ts';
import { listenForCatalogChanges, notifyCatalogChange } from './manifest/listenForCatalogChanges.ts';
import { createCatalogReader } from './manifest/createCatalogReader.ts';
import { createTelemetryStore } from './telemetry/createTelemetryStore.ts';
import type { TelemetryOptions } from './telemetry/TelemetryOptions.ts';
import { createRumStore } from './rum/createRumStore.ts';
import type { RumOptions } from './rum/RumOptions.ts';
import { manifestRoutes } from './routes/manifestRoutes.ts';
import { healthRoutes } from './routes/healthRoutes.ts';
import { probeIdentityProvider } from './health/probeIdentityProvider.ts';
import { personRequestRoutes } from './routes/personRequestRoutes.ts';
import { createPersonRequests } from './requests/createPersonRequests.ts';
import { createProbeStore } from './monitor/createProbeStore.ts';
import { statusRoutes } from './routes/statusRoutes.ts';
import { sloRoutes } from './routes/sloRoutes.ts';
import { createSloStore } from './slo/createSloStore.ts';
import { registerMetrics } from './routes/metricsRoutes.ts';
import { requestIdOf } from './requestIdOf.ts';
import { surveyRoutes } from './routes/surveyRoutes.ts';
import { createSurveyStore } from './survey/createSurveyStore.ts';
import { evidenceRoutes } from './routes/evidenceRoutes.ts';
import { createEvidenceStore } from './evidence/createEvidenceStore.ts';

export interface RegistryOptions extends DatabaseOptions {
  oidc: OidcOptions;
  /** `development` accepts http entry URLs on loopback; see `validateEntry`. */
  environment: 'production' | 'development';
  /** Loaded into an empty catalog on start. */
  seed?: readonly ManifestEntry[] | undefined;
  /** Largest request body accepted, in bytes. */
  bodyLimit?: number;
  logger?: boolean;
  /**
   * The public origin of the remote-asset server (`https://aset.kotabogor.go.id`), where uploaded builds are served;
   * `http://127.0.0.1:4191` by default.
   */
  assetOrigin?: string;
  /** Where uploaded builds are kept; `<dataDir>/remotes` on the filesystem by default. */
  storage?: RemoteStorage;
  /** Telemetry's retention and limits (see TelemetryOptions); the defaults when left out. */
  telemetry?: TelemetryOptions | undefined;
  /**
   * Real-user monitoring's retention and roll-up (see RumOptions); the defaults when left out. `POST /api/rum` is held
   * to the telemetry's limits.
   */
  rum?: RumOptions | undefined;
  /**
   * The load balancers (addresses or CIDRs) whose X-Forwarded-For is believed, so a request's address is the
   * citizen's and telemetry's limit per client is per citizen, not per load balancer. Off by default.
   */
  trustProxy?: string[] | undefined;
}

export interface Registry {
  app: FastifyInstance;
  engine: Engine;
  location: string;
  /** The asset origin's handler: serve it on its own origin (a port, or a host behind the proxy or a CDN). */
  assets: RequestListener;
  close(): Promise<void>;
}

/**
 * The registry service: opens (and migrates) its database, seeds an empty catalog, and returns the Fastify app,
 * ready to `listen` or to be mounted behind another server with `app.routing`.
 *
 * @example
 * const registry = await buildRegistry({ dataDir: '.data', environment: 'development', oidc, seed });
 * await registry.app.listen({ port: 4190, host: '127.0.0.1' });
 */
export async function buildRegistry(options: RegistryOptions): Promise<Registry> {
  // A bad seed stops the start with every problem listed, before anything is written.
  const seed =
    options.seed === undefined
      ? undefined
      : assertValidManifest(options.seed, { environment: options.environment });
  const database = await createDatabase(options);
  const postgres = database.engine === 'postgres';
  const store = createCatalogRepository(database.db, postgres ? notifyCatalogChange : undefined);
  if (seed !== undefined && (await store.isEmpty())) await store.seed(seed, systemActor);

  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? 64 * 1024,
    trustProxy: options.trustProxy ?? false,
    // Fastify's own refusals (a parameter too long, headers too large) in the registry's error shape too.
    frameworkErrors: answerFrameworkError,
    clientErrorHandler: answerClientError,
    return503OnClosing: false,
    // Every log line of a request carries its id (`reqId`): the load balancer's, when it sent a sane one, so one
    // request can be followed from the proxy's log to the registry's.
    genReqId: requestIdOf,
  }).withTypeProvider<ZodTypeProvider>();
  app.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  answerWhileClosing(app);
  // Before compression, so the ETag is made from the JSON itself.
  answerConditionalGets(app);
  await app.register(compress, { threshold: 1024 });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'BAS registry',
        description:
          'The application catalog of Bogor Aplikasi Super: role-filtered manifest, publishing and audit.',
        version: '0.1.0',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    },
    transform: jsonSchemaTransform,
  });

  const publishTokens = createPublishTokens(database.db);
  const probes = createProbeStore(database.db);
  const replica =
    postgres && options.databaseReadUrl !== undefined && options.databaseReadUrl !== ''
      ? openPostgres(options.databaseReadUrl)
      : undefined;
  const changes = { seen: 0 };
  const context = {
    store,
    // With the monitor's `down` apps marked: read again with the catalog every few seconds, so the portal hears of
    // an app going down or coming back within that time, whichever process probes it.
    manifests: createManifestCache(createCatalogReader({ store, probes, replica: replica?.db, changes })),
    telemetry: createTelemetryStore(database.db),
    rum: createRumStore(database.db),
    personRequests: createPersonRequests(database.db),
    userFrom: acceptPublishTokens(createTokenVerifier(options.oidc), publishTokens),
    publishTokens,
    environment: options.environment,
    storage: options.storage ?? createFileStorage(join(options.dataDir, 'assets')),
    assetOrigin: options.assetOrigin ?? 'http://127.0.0.1:4191',
  };
  // Every replica hears of another's change at once, instead of when its copy is 5 s old.
  const listener = postgres
    ? listenForCatalogChanges({
        connectionString: options.databaseNotifyUrl ?? options.databaseUrl ?? '',
        onChange(version) {
          if (version !== undefined) changes.seen = Math.max(changes.seen, version);
          context.manifests.invalidate();
        },
        log: app.log,
      })
    : undefined;
  const metrics = registerMetrics(app, context.manifests, store);
  await app.register(manifestRoutes(context));
  await app.register(appRoutes(context));
  await app.register(reviewRoutes(context));
  await app.register(operatorCatalogRoutes(context));
  await app.register(bundleRoutes(context));
  await app.register(publishTokenRoutes(context));
  await app.register(securityPolicyRoutes(context));
  await app.register(auditRoutes(context));
  await app.register(telemetryRoutes(context, options.telemetry));
  await app.register(rumRoutes(context, { rum: options.rum, telemetry: options.telemetry, metrics }));
  await app.register(personRequestRoutes(context));
  await app.register(statusRoutes(context, probes));
  await app.register(sloRoutes(context, probes, createSloStore(database.db)));
  const survey = createSurveyStore(database.db);
  // Survey answers come from anyone's browser, as telemetry does: held to the telemetry's quotas, counted apart.
  await app.register(surveyRoutes(context, survey, options.telemetry));
  await app.register(evidenceRoutes(context, { evidence: createEvidenceStore(database.db), survey }));
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());
  await app.register(
    healthRoutes({
      db: database.db,
      engine: database.engine,
      manifests: context.manifests,
      notifications:
        listener === undefined
          ? undefined
          : () =>
              listener.connected()
                ? { status: 'ok' }
                : {
                    status: 'down',
                    reason: 'not listening for catalog changes: other replicas are heard of within 5 s',
                  },
      // Where the token verifier fetches the signing keys from (Keycloak's path under the issuer by default).
      identityProvider: probeIdentityProvider(
        options.oidc.jwksUrl ?? `${options.oidc.issuer}/protocol/openid-connect/certs`,
      ),
    }),
  );
  await app.ready();

  return {
    app,
    engine: database.engine,
    location: database.location,
    assets: createAssetServer(context.storage, createServableCheck(store)),
    async close() {
      await closeServer(app.server, () => app.close());
      await listener?.close();
      await replica?.db.destroy();
      await database.db.destroy();
    },
  };
}
