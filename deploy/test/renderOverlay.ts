import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { goTool, repositoryRoot } from './goTools.ts';

/** One rendered Kubernetes object, loosely typed: the checks read what they need and say so when it is missing. */
export type Resource = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; annotations?: Record<string, string> };
} & Record<string, unknown>;

/** `kustomize build deploy/overlays/<overlay>`: the YAML `kubectl apply -k` would send. */
export function renderOverlay(overlay: string): string {
  const rendered = spawnSync(
    goTool('kustomize'),
    ['build', join(repositoryRoot, 'deploy', 'overlays', overlay)],
    {
      encoding: 'utf8',
    },
  );
  if (rendered.status !== 0) throw new Error(`kustomize build of ${overlay} failed:\n${rendered.stderr}`);
  return rendered.stdout;
}

export function parseResources(yaml: string): Resource[] {
  return parseAllDocuments(yaml).map((document) => document.toJS() as Resource);
}

/** kubeconform's verdict on `yaml`, strict, against the schemas committed in deploy/schemas only. */
export function validate(yaml: string): {
  summary: { valid: number; invalid: number; errors: number; skipped: number };
  problems: string[];
} {
  const result = spawnSync(
    goTool('kubeconform'),
    [
      '-strict',
      '-summary',
      '-output',
      'json',
      '-schema-location',
      join(repositoryRoot, 'deploy', 'schemas', '{{ .ResourceKind }}{{ .KindSuffix }}.json'),
      '-',
    ],
    { input: yaml, encoding: 'utf8' },
  );
  const report = JSON.parse(result.stdout) as {
    resources?: Array<{ kind: string; name: string; status: string; msg: string }>;
    summary: { valid: number; invalid: number; errors: number; skipped: number };
  };
  return {
    summary: report.summary,
    problems: (report.resources ?? [])
      .filter((resource) => resource.status !== 'statusValid')
      .map((resource) => `${resource.kind} ${resource.name}: ${resource.msg}`),
  };
}
