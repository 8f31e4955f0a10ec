// The Keycloak resource (k8s.keycloak.org/v2alpha1) as far as deploy/ and an operator editing it need, written by
// hand because the operator's CRD is in no package registry this project can fetch from (generate.mjs says which
// were tried). Every field here has the name and type it has in the operator's CRD of release 26.0
// (keycloaks.k8s.keycloak.org-v1.yml), checked field by field; the CRD allows more fields, left out here. Strict
// like the generated ones: a field not listed here fails validation, so a new field the operator supports must be
// added here first. `node deploy/schemas/generate.mjs` writes it with the rest.
const object = (properties, extra = {}) => ({
  type: 'object',
  properties,
  additionalProperties: false,
  ...extra,
});
const string = { type: 'string' };
const boolean = { type: 'boolean' };
const integer = { type: 'integer' };
const anything = { type: 'object', 'x-kubernetes-preserve-unknown-fields': true };
const secretKey = object({ name: string, key: string, optional: boolean }, { required: ['name'] });
const quantity = { oneOf: [{ type: 'string' }, { type: 'number' }] };
const quantities = { type: 'object', additionalProperties: quantity };

export const keycloakSchema = object(
  {
    apiVersion: { type: 'string', enum: ['k8s.keycloak.org/v2alpha1'] },
    kind: { type: 'string', enum: ['Keycloak'] },
    metadata: anything,
    spec: object({
      instances: { type: 'integer', minimum: 1 },
      image: string,
      imagePullSecrets: { type: 'array', items: object({ name: string }) },
      startOptimized: boolean,
      networkPolicy: object({ enabled: boolean, http: anything, https: anything, management: anything }),
      http: object({ httpEnabled: boolean, httpPort: integer, httpsPort: integer, tlsSecret: string }),
      httpManagement: object({ port: integer }),
      proxy: object({ headers: { type: 'string', enum: ['forwarded', 'xforwarded'] } }),
      hostname: object({
        hostname: string,
        admin: string,
        adminUrl: string,
        strict: boolean,
        strictBackchannel: boolean,
        backchannelDynamic: boolean,
      }),
      ingress: object({
        enabled: boolean,
        className: string,
        annotations: { type: 'object', additionalProperties: string },
      }),
      db: object({
        vendor: string,
        host: string,
        port: integer,
        database: string,
        schema: string,
        url: string,
        usernameSecret: secretKey,
        passwordSecret: secretKey,
        poolInitialSize: integer,
        poolMinSize: integer,
        poolMaxSize: integer,
      }),
      bootstrapAdmin: object({ user: object({ secret: string }), service: object({ secret: string }) }),
      features: object({
        enabled: { type: 'array', items: string },
        disabled: { type: 'array', items: string },
      }),
      cache: object({ configMapFile: secretKey }),
      transaction: object({ xaEnabled: boolean }),
      truststores: anything,
      resources: object({
        requests: quantities,
        limits: quantities,
        claims: { type: 'array', items: anything },
      }),
      scheduling: object({
        priorityClassName: string,
        affinity: anything,
        tolerations: { type: 'array', items: anything },
        topologySpreadConstraints: { type: 'array', items: anything },
      }),
      additionalOptions: {
        type: 'array',
        items: object({ name: string, value: string, secret: secretKey }, { required: ['name'] }),
      },
      // The operator passes the pod template through; Kubernetes validates it when the operator applies it.
      unsupported: object({ podTemplate: anything }),
    }),
  },
  { required: ['apiVersion', 'kind', 'metadata', 'spec'] },
);
