// Writes the JSON schemas kubeconform validates deploy/'s manifests against, offline: `node deploy/schemas/generate.mjs`
// (Go and the Go module proxy needed, nothing else). Kubernetes' own kinds come from the OpenAPI document in the Go
// module k8s.io/kubernetes at the version below; CloudNativePG's Cluster and Pooler from the CRDs in its Go module.
// Each schema stands alone ($refs inlined) and is strict: an object refuses properties its schema does not name,
// so a misspelt field fails instead of being dropped by the API server. Keycloak's comes from keycloak.schema.mjs,
// kept by hand: the Keycloak Operator's CRD is in no package registry reachable here (Maven Central has no
// org.keycloak:keycloak-operator, and the Go module proxy serves none of Keycloak's repositories). The files are
// written without indentation (they are read by kubeconform, not by people) and are not formatted by Prettier. Go's
// module cache is the one the tests' tools use, in the repository's git-ignored .tools/go.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { keycloakSchema } from './keycloak.schema.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const goDir = join(here, '..', '..', '.tools', 'go');
const goEnv = {
  ...process.env,
  GOPATH: join(goDir, 'path'),
  GOCACHE: join(goDir, 'cache'),
  GOFLAGS: '-mod=mod',
};
const kubernetesVersion = 'v1.33.4';
const cloudnativePgVersion = 'v1.27.0';

/** The kinds deploy/ uses: OpenAPI definition → kubeconform's file name ({kind}-{group's first part}-{version}). */
const kubernetesKinds = {
  'io.k8s.api.core.v1.ConfigMap': 'configmap-v1',
  'io.k8s.api.core.v1.Namespace': 'namespace-v1',
  'io.k8s.api.core.v1.PersistentVolumeClaim': 'persistentvolumeclaim-v1',
  'io.k8s.api.core.v1.Service': 'service-v1',
  'io.k8s.api.apps.v1.Deployment': 'deployment-apps-v1',
  'io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler': 'horizontalpodautoscaler-autoscaling-v2',
  'io.k8s.api.policy.v1.PodDisruptionBudget': 'poddisruptionbudget-policy-v1',
  'io.k8s.api.networking.v1.NetworkPolicy': 'networkpolicy-networking-v1',
  'io.k8s.api.networking.v1.Ingress': 'ingress-networking-v1',
};
const cloudnativePgKinds = { clusters: 'cluster-postgresql-v1', poolers: 'pooler-postgresql-v1' };

const go = ['go', '/usr/local/go/bin/go'].find((candidate) => {
  try {
    execFileSync(candidate, ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});
if (go === undefined)
  throw new Error('Go is needed to fetch the Kubernetes and CloudNativePG modules: install Go 1.22+.');

/** The module's folder in Go's module cache, downloaded through the module proxy when missing. */
function moduleDir(path, version) {
  const out = execFileSync(go, ['mod', 'download', '-json', `${path}@${version}`], {
    encoding: 'utf8',
    env: goEnv,
  });
  const { Dir, Error: problem } = JSON.parse(out);
  if (problem !== undefined || Dir === undefined || !existsSync(Dir)) {
    throw new Error(`go mod download ${path}@${version} failed: ${problem ?? 'no folder'}`);
  }
  return Dir;
}

const intOrString = { oneOf: [{ type: 'string' }, { type: 'integer' }] };
const quantity = { oneOf: [{ type: 'string' }, { type: 'number' }] };

/** Strict: an object with named properties takes no others, unless its schema says it keeps unknown fields. */
function strict(schema) {
  if (Array.isArray(schema)) return schema.map(strict);
  if (schema === null || typeof schema !== 'object') return schema;
  if (schema['x-kubernetes-int-or-string'] === true) return intOrString;
  const out = Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, strict(value)]));
  if (out.format === 'int-or-string') return intOrString;
  if (
    out.properties !== undefined &&
    out.additionalProperties === undefined &&
    out['x-kubernetes-preserve-unknown-fields'] !== true
  ) {
    out.additionalProperties = false;
  }
  return out;
}

function writeSchema(name, schema) {
  writeFileSync(join(here, `${name}.json`), `${JSON.stringify(schema)}\n`);
  console.log(`deploy/schemas/${name}.json`);
}

const swagger = JSON.parse(
  readFileSync(
    join(moduleDir('k8s.io/kubernetes', kubernetesVersion), 'api/openapi-spec/swagger.json'),
    'utf8',
  ),
);
/** The definition with every $ref replaced by what it names. */
function inline(schema, seen = []) {
  if (Array.isArray(schema)) return schema.map((item) => inline(item, seen));
  if (schema === null || typeof schema !== 'object') return schema;
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.replace('#/definitions/', '');
    if (name === 'io.k8s.apimachinery.pkg.util.intstr.IntOrString') return intOrString;
    if (name === 'io.k8s.apimachinery.pkg.api.resource.Quantity') return quantity;
    if (seen.includes(name)) throw new Error(`${name} refers to itself; it cannot be inlined.`);
    return inline(swagger.definitions[name], [...seen, name]);
  }
  return Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, inline(value, seen)]));
}
for (const [definition, name] of Object.entries(kubernetesKinds)) {
  const schema = swagger.definitions[definition];
  if (schema === undefined) throw new Error(`Kubernetes ${kubernetesVersion} has no ${definition}.`);
  writeSchema(name, strict(inline(schema)));
}

const crds = join(
  moduleDir('github.com/cloudnative-pg/cloudnative-pg', cloudnativePgVersion),
  'config/crd/bases',
);
for (const [plural, name] of Object.entries(cloudnativePgKinds)) {
  const crd = parse(readFileSync(join(crds, `postgresql.cnpg.io_${plural}.yaml`), 'utf8'));
  const version = crd.spec.versions.find((candidate) => candidate.name === 'v1');
  writeSchema(name, strict(version.schema.openAPIV3Schema));
}
writeSchema('keycloak-k8s-v2alpha1', keycloakSchema);
