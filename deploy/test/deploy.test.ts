import { beforeAll, describe, expect, it } from 'vitest';
import { parseResources, renderOverlay, validate, type Resource } from './renderOverlay.ts';
import { reviewDeployment } from './reviewDeployment.ts';

const overlays = ['staging', 'production'] as const;
const rendered = new Map<string, string>();

beforeAll(() => {
  for (const overlay of overlays) rendered.set(overlay, renderOverlay(overlay));
});

const yamlOf = (overlay: string) => rendered.get(overlay) ?? '';

describe.each(overlays)('the %s overlay', (overlay) => {
  it('renders every part: the five processes, Keycloak, PostgreSQL with its poolers, two ingresses', () => {
    const names = parseResources(yamlOf(overlay)).map(
      (resource) => `${resource.kind}/${resource.metadata.name}`,
    );
    expect(names).toEqual(
      expect.arrayContaining([
        'Deployment/portal',
        'Deployment/console',
        'Deployment/registry',
        'Deployment/monitor',
        'Deployment/evidence',
        'Keycloak/keycloak',
        'Cluster/bas-db',
        'Pooler/bas-db-pooler-rw',
        'Pooler/bas-db-pooler-ro',
        'Ingress/public',
        'Ingress/public-survey',
        'Ingress/public-keycloak-master',
        'Ingress/internal',
      ]),
    );
  });

  it('is valid against the Kubernetes, CloudNativePG and Keycloak schemas, strictly, and none is skipped', () => {
    const { summary, problems } = validate(yamlOf(overlay));
    expect(problems).toEqual([]);
    expect(summary).toEqual({
      valid: parseResources(yamlOf(overlay)).length,
      invalid: 0,
      errors: 0,
      skipped: 0,
    });
  });

  it('passes the review: nothing a reviewer would send back', () => {
    expect(reviewDeployment(parseResources(yamlOf(overlay)))).toEqual([]);
  });
});

it('staging is its own namespace and hosts, so it never touches production', () => {
  const staging = parseResources(yamlOf('staging'));
  expect(new Set(staging.map((resource) => resource.metadata.namespace ?? resource.metadata.name))).toEqual(
    new Set(['bas-staging']),
  );
  expect(yamlOf('staging')).not.toMatch(/\b(bas|sso|sso-admin|auth|aset|pusat-kendali)\.kotabogor\.go\.id/);
});

it('strict validation refuses a misspelt field, in a Deployment and in a custom resource', () => {
  const misspelt = yamlOf('production')
    .replace(/^ {2}replicas: 2$/m, '  replicas: 2\n  replica: 2')
    .replace(/^ {2}instances: 3$/m, '  instances: 3\n  instance: 3');
  const { summary, problems } = validate(misspelt);
  expect(summary.invalid).toBe(2);
  expect(problems.join('\n')).toMatch(/Deployment console: .*'replica' not allowed/);
  expect(problems.join('\n')).toMatch(/Keycloak keycloak: .*'instance' not allowed/);
});

describe('the review finds', () => {
  /**
   * The production manifests with one value changed: `path` is dotted, a number picks an array's item and
   * `env=NAME` the variable of that name; `undefined` removes the value.
   */
  const broken = (kind: string, name: string, path: string, value: unknown) => {
    const resources = parseResources(yamlOf('production'));
    let target: unknown = resources.find(
      (resource) => resource.kind === kind && resource.metadata.name === name,
    );
    const steps = path.split('.');
    const last = steps.pop() ?? '';
    for (const step of steps) {
      const [, variable] = /^env=(.+)$/.exec(step) ?? [];
      const here = target as Record<string, unknown> & Array<{ name: string }>;
      target = variable === undefined ? here[step] : here.find((item) => item.name === variable);
      if (target === undefined) throw new Error(`${kind} ${name} has nothing at ${step} of ${path}.`);
    }
    const holder = target as Record<string, unknown>;
    // Reflect.deleteProperty: the key is a parameter here, the case table names it.
    if (value === undefined) Reflect.deleteProperty(holder, last);
    else holder[last] = value;
    return reviewDeployment(resources);
  };
  const container = 'spec.template.spec.containers.0';

  it.each<[string, string, string, string, unknown, string]>([
    [
      'an image without a tag',
      'Deployment',
      'portal',
      `${container}.image`,
      'ghcr.io/kota-bogor/bas-portal',
      'Deployment portal runs ghcr.io/kota-bogor/bas-portal: pin a version tag or a digest.',
    ],
    [
      'the latest tag',
      'Keycloak',
      'keycloak',
      'spec.image',
      'quay.io/keycloak/keycloak:latest',
      'Keycloak keycloak runs quay.io/keycloak/keycloak:latest: pin a version tag or a digest.',
    ],
    [
      'no memory limit',
      'Deployment',
      'registry',
      `${container}.resources.limits.memory`,
      undefined,
      'Deployment registry, container registry has no memory limits.',
    ],
    [
      'a pod that may run as root',
      'Deployment',
      'console',
      'spec.template.spec.securityContext.runAsNonRoot',
      false,
      'Deployment console does not require a non-root user (runAsNonRoot).',
    ],
    [
      'a writable root filesystem',
      'Deployment',
      'evidence',
      `${container}.securityContext.readOnlyRootFilesystem`,
      false,
      'Deployment evidence, container evidence can write its root filesystem.',
    ],
    [
      'privilege escalation',
      'Deployment',
      'monitor',
      `${container}.securityContext.allowPrivilegeEscalation`,
      undefined,
      'Deployment monitor, container monitor allows privilege escalation.',
    ],
    [
      'capabilities kept',
      'Deployment',
      'portal',
      `${container}.securityContext.capabilities.drop`,
      ['NET_RAW'],
      'Deployment portal, container portal keeps Linux capabilities (drop ALL).',
    ],
    [
      'a missing liveness probe',
      'Deployment',
      'registry',
      `${container}.livenessProbe`,
      undefined,
      'Deployment registry, container registry has no livenessProbe (an HTTP check of its health endpoint).',
    ],
    [
      'a probe on an undeclared port',
      'Deployment',
      'portal',
      `${container}.readinessProbe.httpGet.port`,
      'metrics',
      "Deployment portal, container portal's readinessProbe asks port metrics, which the container does not declare.",
    ],
    [
      'replicas without a disruption budget',
      'PodDisruptionBudget',
      'console',
      'spec.selector.matchLabels',
      { 'app.kubernetes.io/name': 'nothing' },
      'Deployment console runs 2 replicas with no PodDisruptionBudget: a node drain may stop them all.',
    ],
    [
      'an autoscaled Deployment without a disruption budget',
      'PodDisruptionBudget',
      'registry',
      'spec.selector.matchLabels',
      { 'app.kubernetes.io/name': 'nothing' },
      'Deployment registry runs 3 replicas with no PodDisruptionBudget: a node drain may stop them all.',
    ],
    [
      'a tag that moves',
      'Deployment',
      'portal',
      `${container}.image`,
      'ghcr.io/kota-bogor/bas-portal:main',
      'Deployment portal runs ghcr.io/kota-bogor/bas-portal:main: pin a version tag or a digest.',
    ],
    [
      'capabilities added',
      'Deployment',
      'registry',
      `${container}.securityContext.capabilities.add`,
      ['NET_ADMIN'],
      'Deployment registry, container registry adds Linux capabilities (NET_ADMIN).',
    ],
    [
      'a container that may run as root in a non-root pod',
      'Deployment',
      'console',
      `${container}.securityContext.runAsNonRoot`,
      false,
      'Deployment console, container console overrides the pod: it may run as root or privileged.',
    ],
    [
      'the node’s network',
      'Deployment',
      'monitor',
      'spec.template.spec.hostNetwork',
      true,
      "Deployment monitor shares the node's network (hostNetwork).",
    ],
    [
      'the node’s files',
      'Deployment',
      'evidence',
      'spec.template.spec.volumes',
      [{ name: 'node', hostPath: { path: '/' } }],
      "Deployment evidence mounts the node's files (hostPath node).",
    ],
    [
      'an init container with rights',
      'Deployment',
      'portal',
      'spec.template.spec.initContainers',
      [
        {
          name: 'setup',
          image: 'docker.io/library/busybox:1.37.0',
          resources: { requests: { cpu: '10m', memory: '8Mi' }, limits: { cpu: '10m', memory: '8Mi' } },
          securityContext: {
            allowPrivilegeEscalation: false,
            readOnlyRootFilesystem: true,
            capabilities: { drop: ['ALL'], add: ['SYS_ADMIN'] },
          },
        },
      ],
      'Deployment portal, container setup adds Linux capabilities (SYS_ADMIN).',
    ],
    [
      'an Ingress without a class',
      'Ingress',
      'internal',
      'spec.ingressClassName',
      undefined,
      'Ingress internal names no ingressClassName: say which controller serves it.',
    ],
    [
      'no default deny',
      'NetworkPolicy',
      'default-deny-ingress',
      'spec.podSelector',
      { matchLabels: { app: 'x' } },
      'No NetworkPolicy denies ingress by default: every pod is reachable from every other.',
    ],
    [
      'the console on the public ingress',
      'Ingress',
      'public',
      'spec.rules.0.http.paths.0.backend.service.name',
      'console',
      'Public Ingress public sends bas.kotabogor.go.id/ to console: it belongs on the internal ingress.',
    ],
    [
      'the registry’s admin routes on the public ingress',
      'Ingress',
      'public',
      'spec.rules.0.http.paths.1.path',
      '/api',
      "Public Ingress public sends bas.kotabogor.go.id/api to registry: only the registry's public routes may be public (/api/manifest, /api/rum, /api/telemetry, /api/csp-reports, /api/catalog/, /api/apps/[a-z0-9-]+/(survey-answers|satisfaction)$).",
    ],
    [
      'Keycloak’s admin console on the public ingress',
      'Ingress',
      'public',
      'spec.rules.3.http.paths.0.path',
      '/',
      "Public Ingress public sends sso.kotabogor.go.id/ to keycloak-service: Keycloak's admin console belongs on the internal ingress.",
    ],
    [
      'Keycloak’s master realm on the public host',
      'Ingress',
      'public-keycloak-master',
      'spec.rules.0.http.paths.0.path',
      '/realms/masters',
      "The public ingress lets anyone reach sso.kotabogor.go.id/realms/master, Keycloak's administrators' sign-in: redirect it to the internal admin host.",
    ],
    [
      'notifications through the pooler',
      'Deployment',
      'registry',
      `${container}.env.env=DATABASE_NOTIFY_URL.value`,
      'postgres://bas@bas-db-pooler-rw:5432/bas',
      "registry's DATABASE_NOTIFY_URL goes to bas-db-pooler-rw: LISTEN/NOTIFY needs a session on the primary (the cluster's -rw service), not a pooler.",
    ],
    [
      'the monitor’s lock on a standby',
      'Deployment',
      'monitor',
      `${container}.env.env=DATABASE_URL.value`,
      'postgres://bas@bas-db-ro:5432/bas',
      "monitor's DATABASE_URL goes to bas-db-ro: its advisory lock needs a session on the primary (the cluster's -rw service), not a pooler.",
    ],
    [
      'a pooler that turns the registry away',
      'Pooler',
      'bas-db-pooler-rw',
      'spec.pgbouncer.parameters.ignore_startup_parameters',
      undefined,
      'Pooler bas-db-pooler-rw turns the registry away: it sends statement_timeout when it connects, which PgBouncer refuses unless ignore_startup_parameters names it.',
    ],
    [
      'a password in a URL',
      'Deployment',
      'registry',
      `${container}.env.env=DATABASE_URL.value`,
      'postgres://bas:hunter2@bas-db-pooler-rw:5432/bas',
      "Deployment registry's DATABASE_URL holds a password: take it from a Secret.",
    ],
  ])('%s', (_what, kind, name, path, value, finding) => {
    expect(broken(kind, name, path, value)).toEqual([finding]);
  });

  /** The production manifests after `change`, reviewed: for values whose keys have dots (annotations, headers). */
  const changed = (change: (find: (kind: string, name: string) => Resource) => void) => {
    const resources = parseResources(yamlOf('production'));
    change((kind, name) => {
      const found = resources.find((resource) => resource.kind === kind && resource.metadata.name === name);
      if (found === undefined) throw new Error(`No ${kind} ${name} in the production manifests.`);
      return found;
    });
    return reviewDeployment(resources);
  };
  const annotationsOf = (resource: Resource) => resource.metadata.annotations ?? {};

  it.each<[string, (find: (kind: string, name: string) => Resource) => void, string[]]>([
    [
      'an annotation the controller does not read (HSTS is a key of its ConfigMap)',
      (find) => {
        annotationsOf(find('Ingress', 'public'))['nginx.ingress.kubernetes.io/hsts'] = 'true';
      },
      [
        'Ingress public has nginx.ingress.kubernetes.io/hsts, which ingress-nginx does not read: it would be ignored without a word.',
      ],
    ],
    [
      'a snippet',
      (find) => {
        annotationsOf(find('Ingress', 'internal'))['nginx.ingress.kubernetes.io/configuration-snippet'] =
          'more_set_headers "Strict-Transport-Security: max-age=31536000";';
      },
      [
        'Ingress internal uses nginx.ingress.kubernetes.io/configuration-snippet: ingress-nginx refuses snippets by default; use an annotation for it.',
      ],
    ],
    [
      'a host without the security headers',
      (find) => {
        Reflect.deleteProperty(
          annotationsOf(find('Ingress', 'public-survey')),
          'nginx.ingress.kubernetes.io/custom-headers',
        );
      },
      [
        `Ingress public-survey's nginx.ingress.kubernetes.io/custom-headers is "": name the headers' ConfigMap in its own namespace, bas/<name>.`,
      ],
    ],
    [
      'headers named in another namespace (an overlay that did not rename them)',
      (find) => {
        annotationsOf(find('Ingress', 'public'))['nginx.ingress.kubernetes.io/custom-headers'] =
          'bas-staging/ingress-headers';
      },
      [
        `Ingress public's nginx.ingress.kubernetes.io/custom-headers is "bas-staging/ingress-headers": name the headers' ConfigMap in its own namespace, bas/<name>.`,
      ],
    ],
    [
      'an HSTS shorter than a year',
      (find) => {
        (find('ConfigMap', 'ingress-headers').data as Record<string, string>)['Strict-Transport-Security'] =
          'max-age=300';
      },
      // In the rendered order: kustomize sorts objects by kind, then by name.
      ['internal', 'public', 'public-keycloak-master', 'public-survey'].map(
        (name) =>
          `Ingress ${name} adds no Strict-Transport-Security of a year or more: bas/ingress-headers must hold one (max-age=31536000).`,
      ),
    ],
  ])('%s', (_what, change, findings) => {
    expect(changed(change)).toEqual(findings);
  });

  it('a Secret with its values in the manifests', () => {
    const resources: Resource[] = [
      ...parseResources(yamlOf('production')),
      { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'bas-db-app' }, stringData: { password: 'x' } },
    ];
    expect(reviewDeployment(resources)).toEqual([
      'Secret bas-db-app is in the manifests: create it in the cluster and refer to it.',
    ]);
  });
});
