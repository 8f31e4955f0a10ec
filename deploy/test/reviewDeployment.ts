import { ingressNginxAnnotations } from './ingressNginxAnnotations.ts';
import type { Resource } from './renderOverlay.ts';

const annotationPrefix = 'nginx.ingress.kubernetes.io/';

/**
 * What a reviewer checks in rendered manifests before they reach a cluster, as findings in words (none when all is
 * well): pinned images, requests and limits, non-root pods with a read-only root, no privilege escalation, no added
 * capabilities and nothing of the node's (network, processes, files), init containers included; probes
 * on declared ports, disruption budgets, a default-deny network policy, no secret values, nothing internal on the
 * public ingress, ingress annotations the controller reads (no snippets) with HSTS on every host, the database
 * connections that must bypass the pooler going to the primary, and poolers that let the registry connect.
 */
export function reviewDeployment(resources: Resource[]): string[] {
  return [
    ...resources.flatMap(reviewImages),
    ...resources.filter(isKind<Deployment>('Deployment')).flatMap(reviewWorkload),
    ...reviewDisruptionBudgets(resources),
    ...reviewNetworkPolicies(resources),
    ...resources
      .filter(isKind('Secret'))
      .map(
        (secret) =>
          `Secret ${secret.metadata.name} is in the manifests: create it in the cluster and refer to it.`,
      ),
    ...resources.filter(isKind('Ingress')).flatMap(reviewPublicIngress),
    ...reviewKeycloakMasterRealm(resources),
    ...reviewIngressAnnotations(resources),
    ...reviewDatabaseConnections(resources),
    ...resources.filter(isKind('Pooler')).flatMap(reviewPooler),
  ];
}

type Container = {
  name: string;
  image?: string;
  ports?: Array<{ name?: string; containerPort: number }>;
  env?: Array<{ name: string; value?: string }>;
  resources?: { requests?: Record<string, unknown>; limits?: Record<string, unknown> };
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  securityContext?: {
    runAsNonRoot?: boolean;
    privileged?: boolean;
    allowPrivilegeEscalation?: boolean;
    readOnlyRootFilesystem?: boolean;
    capabilities?: { drop?: string[]; add?: string[] };
  };
};
type Probe = { httpGet?: { path: string; port: string | number } };
type PodSpec = {
  containers: Container[];
  initContainers?: Container[];
  hostNetwork?: boolean;
  hostPID?: boolean;
  hostIPC?: boolean;
  volumes?: Array<{ name: string; hostPath?: unknown }>;
  securityContext?: { runAsNonRoot?: boolean; seccompProfile?: { type?: string } };
};
type Deployment = Resource & {
  spec: { replicas?: number; template: { metadata: { labels: Record<string, string> }; spec: PodSpec } };
};

const isKind =
  <T extends Resource>(kind: string) =>
  (resource: Resource): resource is T =>
    resource.kind === kind;

/** A tag that names one build (or a digest); `latest` and no tag at all follow whatever was pushed last. */
/** A version names one build (or a digest does); `latest`, `main` or `stable` follow whatever was pushed last. */
function unpinned(image: string): boolean {
  if (image.includes('@sha256:')) return false;
  const tag = /:([^/:]+)$/.exec(image)?.[1];
  return tag === undefined || !/^v?\d+(\.\d+)*([-+.][\w.]+)?$/.test(tag);
}

function reviewImages(resource: Resource): string[] {
  const images: string[] = [];
  const spec = resource.spec as Record<string, unknown> | undefined;
  if (resource.kind === 'Deployment') {
    const pod = (resource as Deployment).spec.template.spec;
    images.push(
      ...[...(pod.initContainers ?? []), ...pod.containers].map((container) => container.image ?? ''),
    );
  }
  if (resource.kind === 'Keycloak' && typeof spec?.image === 'string') images.push(spec.image);
  if (resource.kind === 'Cluster' && typeof spec?.imageName === 'string') images.push(spec.imageName);
  return images
    .filter(unpinned)
    .map(
      (image) =>
        `${resource.kind} ${resource.metadata.name} runs ${image || 'no image'}: pin a version tag or a digest.`,
    );
}

function reviewWorkload(deployment: Deployment): string[] {
  const name = `Deployment ${deployment.metadata.name}`;
  const pod = deployment.spec.template.spec;
  const findings: string[] = [];
  if (pod.securityContext?.runAsNonRoot !== true)
    findings.push(`${name} does not require a non-root user (runAsNonRoot).`);
  if (pod.securityContext?.seccompProfile?.type !== 'RuntimeDefault')
    findings.push(`${name} has no RuntimeDefault seccomp profile.`);
  for (const [shared, what] of [
    ['hostNetwork', 'network'],
    ['hostPID', 'processes'],
    ['hostIPC', 'shared memory'],
  ] as const)
    if (pod[shared] === true) findings.push(`${name} shares the node's ${what} (${shared}).`);
  for (const volume of pod.volumes ?? [])
    if (volume.hostPath !== undefined)
      findings.push(`${name} mounts the node's files (hostPath ${volume.name}).`);
  // Init containers run with the same rights as the others, before them.
  for (const container of [...(pod.initContainers ?? []), ...pod.containers]) {
    const where = `${name}, container ${container.name}`;
    const probed = pod.containers.includes(container);
    for (const kind of ['requests', 'limits'] as const)
      for (const resource of ['cpu', 'memory'])
        if (container.resources?.[kind]?.[resource] === undefined)
          findings.push(`${where} has no ${resource} ${kind}.`);
    const security = container.securityContext;
    if (security?.allowPrivilegeEscalation !== false) findings.push(`${where} allows privilege escalation.`);
    if (security?.readOnlyRootFilesystem !== true) findings.push(`${where} can write its root filesystem.`);
    if (!security?.capabilities?.drop?.includes('ALL'))
      findings.push(`${where} keeps Linux capabilities (drop ALL).`);
    if ((security?.capabilities?.add ?? []).length > 0)
      findings.push(`${where} adds Linux capabilities (${(security?.capabilities?.add ?? []).join(', ')}).`);
    if (security?.runAsNonRoot === false || security?.privileged === true)
      findings.push(`${where} overrides the pod: it may run as root or privileged.`);
    const ports = new Set<string | number>(
      (container.ports ?? []).flatMap((port) => [port.containerPort, ...(port.name ? [port.name] : [])]),
    );
    for (const probe of probed ? (['readinessProbe', 'livenessProbe'] as const) : []) {
      const check = container[probe]?.httpGet;
      if (check === undefined)
        findings.push(`${where} has no ${probe} (an HTTP check of its health endpoint).`);
      else if (!ports.has(check.port))
        findings.push(`${where}'s ${probe} asks port ${check.port}, which the container does not declare.`);
    }
  }
  return findings;
}

const selects = (
  selector: { matchLabels?: Record<string, string> } | undefined,
  labels: Record<string, string>,
) =>
  selector?.matchLabels !== undefined &&
  Object.entries(selector.matchLabels).every(([key, value]) => labels[key] === value);

function reviewDisruptionBudgets(resources: Resource[]): string[] {
  const budgets = resources.filter(isKind('PodDisruptionBudget')) as Array<
    Resource & { spec: { selector?: { matchLabels?: Record<string, string> } } }
  >;
  const autoscalers = resources.filter(isKind('HorizontalPodAutoscaler')) as Array<
    Resource & { spec: { scaleTargetRef: { kind: string; name: string }; minReplicas?: number } }
  >;
  // An autoscaled Deployment names no replicas: its autoscaler's minimum is how many run at the least.
  const replicasOf = (deployment: Deployment) =>
    autoscalers.find(
      ({ spec }) =>
        spec.scaleTargetRef.kind === 'Deployment' && spec.scaleTargetRef.name === deployment.metadata.name,
    )?.spec.minReplicas ??
    deployment.spec.replicas ??
    1;
  return (resources.filter(isKind('Deployment')) as Deployment[])
    .filter((deployment) => replicasOf(deployment) > 1)
    .filter(
      (deployment) =>
        !budgets.some((budget) => selects(budget.spec.selector, deployment.spec.template.metadata.labels)),
    )
    .map(
      (deployment) =>
        `Deployment ${deployment.metadata.name} runs ${replicasOf(deployment)} replicas with no PodDisruptionBudget: a node drain may stop them all.`,
    );
}

function reviewNetworkPolicies(resources: Resource[]): string[] {
  const denies = (
    resources.filter(isKind('NetworkPolicy')) as Array<
      Resource & {
        spec: { podSelector?: Record<string, unknown>; policyTypes?: string[]; ingress?: unknown[] };
      }
    >
  ).some(
    (policy) =>
      Object.keys(policy.spec.podSelector ?? { any: true }).length === 0 &&
      (policy.spec.policyTypes ?? []).includes('Ingress') &&
      (policy.spec.ingress ?? []).length === 0,
  );
  return denies
    ? []
    : ['No NetworkPolicy denies ingress by default: every pod is reachable from every other.'];
}

/** The registry's routes the internet may reach: what the portal's pages and apps call without an admin. */
const publicRegistryPaths = [
  '/api/manifest',
  '/api/rum',
  '/api/telemetry',
  '/api/csp-reports',
  // Every route under it answers only what the caller may see (the home, entries by id or route, the index).
  '/api/catalog/',
  '/api/apps/[a-z0-9-]+/(survey-answers|satisfaction)$',
];
const internalServices = ['console', 'evidence'];

type Ingress = Resource & {
  spec: {
    ingressClassName?: string;
    rules?: Array<{
      host?: string;
      http?: {
        paths: Array<{ path: string; backend: { service: { name: string; port: { name?: string } } } }>;
      };
    }>;
  };
};

const redirects = (ingress: Resource) =>
  ['permanent-redirect', 'temporal-redirect'].some(
    (name) => ingress.metadata.annotations?.[`${annotationPrefix}${name}`] !== undefined,
  );

function reviewPublicIngress(resource: Resource): string[] {
  const ingress = resource as Ingress;
  // Without a class, the cluster's default controller takes it, which may be the public one.
  if (ingress.spec.ingressClassName === undefined)
    return [`Ingress ${ingress.metadata.name} names no ingressClassName: say which controller serves it.`];
  // An Ingress that redirects answers every path itself: its backend is never asked.
  if (ingress.spec.ingressClassName !== 'nginx-public' || redirects(ingress)) return [];
  return (ingress.spec.rules ?? []).flatMap((rule) =>
    (rule.http?.paths ?? []).flatMap(({ path, backend }) => {
      const where = `Public Ingress ${ingress.metadata.name} sends ${rule.host ?? '*'}${path} to ${backend.service.name}`;
      if (internalServices.includes(backend.service.name))
        return [`${where}: it belongs on the internal ingress.`];
      // The asset origin (uploaded builds) is public as a whole; the API only in part.
      const api = backend.service.name === 'registry' && backend.service.port.name !== 'assets';
      if (api && !publicRegistryPaths.includes(path))
        return [
          `${where}: only the registry's public routes may be public (${publicRegistryPaths.join(', ')}).`,
        ];
      if (backend.service.name === 'keycloak-service' && !['/realms', '/resources'].includes(path))
        return [`${where}: Keycloak's admin console belongs on the internal ingress.`];
      return [];
    }),
  );
}

const oneYear = 31_536_000;

/**
 * Keycloak's master realm is where its administrators sign in: a public host that routes /realms to Keycloak must
 * redirect /realms/master away (an Ingress of the public class with a redirect, for the same host).
 */
function reviewKeycloakMasterRealm(resources: Resource[]): string[] {
  const publicIngresses = (resources.filter(isKind('Ingress')) as Ingress[]).filter(
    (ingress) => ingress.spec.ingressClassName === 'nginx-public',
  );
  const paths = (ingress: Ingress) =>
    (ingress.spec.rules ?? []).flatMap((rule) =>
      (rule.http?.paths ?? []).map((path) => ({ host: rule.host ?? '*', ...path })),
    );
  const guarded = new Set(
    publicIngresses
      .filter(redirects)
      .flatMap(paths)
      .filter(({ path }) => path === '/realms/master')
      .map(({ host }) => host),
  );
  return publicIngresses
    .filter((ingress) => !redirects(ingress))
    .flatMap(paths)
    .filter(
      ({ path, backend }) => backend.service.name === 'keycloak-service' && ['/', '/realms'].includes(path),
    )
    .filter(({ host }) => !guarded.has(host))
    .map(
      ({ host }) =>
        `The public ingress lets anyone reach ${host}/realms/master, Keycloak's administrators' sign-in: redirect it to the internal admin host.`,
    );
}

/**
 * Every annotation one ingress-nginx reads, and no snippet (the controller refuses them unless the cluster's admin
 * turned them on, and they are the controller's whole configuration in a tenant's hands); and on every host
 * Strict-Transport-Security for a year or more, through `custom-headers`, which names a ConfigMap of the Ingress's
 * own namespace as `<namespace>/<name>`.
 */
function reviewIngressAnnotations(resources: Resource[]): string[] {
  const configMaps = resources.filter(isKind('ConfigMap')) as Array<
    Resource & { data?: Record<string, string> }
  >;
  return resources.filter(isKind('Ingress')).flatMap((ingress) => {
    const where = `Ingress ${ingress.metadata.name}`;
    const annotations = ingress.metadata.annotations ?? {};
    const findings = Object.keys(annotations)
      .filter((key) => key.startsWith(annotationPrefix))
      .flatMap((key) => {
        const name = key.slice(annotationPrefix.length);
        if (name.endsWith('-snippet'))
          return [
            `${where} uses ${key}: ingress-nginx refuses snippets by default; use an annotation for it.`,
          ];
        if (!ingressNginxAnnotations.has(name))
          return [
            `${where} has ${key}, which ingress-nginx does not read: it would be ignored without a word.`,
          ];
        return [];
      });
    const named = annotations[`${annotationPrefix}custom-headers`] ?? '';
    const headers = configMaps.find(
      (configMap) => `${configMap.metadata.namespace ?? ''}/${configMap.metadata.name}` === named,
    );
    const maxAge = Number(/max-age=(\d+)/.exec(headers?.data?.['Strict-Transport-Security'] ?? '')?.[1] ?? 0);
    if (ingress.metadata.namespace === undefined || !named.startsWith(`${ingress.metadata.namespace}/`))
      findings.push(
        `${where}'s ${annotationPrefix}custom-headers is "${named}": name the headers' ConfigMap in its own namespace, ${ingress.metadata.namespace ?? '<namespace>'}/<name>.`,
      );
    else if (maxAge < oneYear)
      findings.push(
        `${where} adds no Strict-Transport-Security of a year or more: ${named} must hold one (max-age=${oneYear}).`,
      );
    return findings;
  });
}

/**
 * The registry's pool (node-postgres) sends statement_timeout when it connects (apps/registry/src/db/createDatabase.ts)
 * and PgBouncer closes the connection of a client whose startup names a parameter it neither tracks nor ignores.
 */
function reviewPooler(pooler: Resource): string[] {
  const spec = pooler.spec as { pgbouncer?: { parameters?: Record<string, string> } } | undefined;
  const ignored = (spec?.pgbouncer?.parameters?.ignore_startup_parameters ?? '').split(',');
  return ignored.map((name) => name.trim()).includes('statement_timeout')
    ? []
    : [
        `Pooler ${pooler.metadata.name} turns the registry away: it sends statement_timeout when it connects, which PgBouncer refuses unless ignore_startup_parameters names it.`,
      ];
}

/** The host of a postgres:// URL, or undefined. */
const hostOf = (url: string | undefined) =>
  url === undefined ? undefined : /^postgres(?:ql)?:\/\/(?:[^@/]*@)?([^:/?]+)/.exec(url)?.[1];

function reviewDatabaseConnections(resources: Resource[]): string[] {
  const findings: string[] = [];
  const env = (deployment: string, name: string) =>
    (resources.filter(isKind('Deployment')) as Deployment[])
      .find((candidate) => candidate.metadata.name === deployment)
      ?.spec.template.spec.containers.flatMap((container) => container.env ?? [])
      .find((variable) => variable.name === name)?.value;
  for (const [deployment, name, why] of [
    ['registry', 'DATABASE_NOTIFY_URL', 'LISTEN/NOTIFY'],
    ['monitor', 'DATABASE_URL', 'its advisory lock'],
  ] as const) {
    const host = hostOf(env(deployment, name));
    if (host === undefined || !host.endsWith('-rw') || host.includes('pooler'))
      findings.push(
        `${deployment}'s ${name} goes to ${host ?? 'nowhere'}: ${why} needs a session on the primary (the cluster's -rw service), not a pooler.`,
      );
  }
  for (const resource of resources.filter(isKind('Deployment')) as Deployment[])
    for (const variable of resource.spec.template.spec.containers.flatMap((container) => container.env ?? []))
      if (/:\/\/[^/@:]+:[^/@]+@/.test(variable.value ?? ''))
        findings.push(
          `Deployment ${resource.metadata.name}'s ${variable.name} holds a password: take it from a Secret.`,
        );
  return findings;
}
