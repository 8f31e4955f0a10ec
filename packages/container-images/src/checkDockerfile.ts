import { parseDockerfile, type Stage } from './parseDockerfile.ts';

/** A broken project rule: where, which rule, and what to do about it. */
export interface DockerfileProblem {
  line: number;
  rule: 'multi-stage' | 'pinned-base' | 'non-root-user' | 'no-remote-add' | 'production-env';
  message: string;
}

/** `node:20.20.0-bookworm-slim` → `20.20.0-bookworm-slim`; undefined when the reference has no tag. */
function tagOf(image: string): string | undefined {
  const colon = image.lastIndexOf(':');
  return colon > image.lastIndexOf('/') ? image.slice(colon + 1) : undefined;
}

function baseProblems(stages: readonly Stage[]): DockerfileProblem[] {
  return stages.flatMap((stage, index): DockerfileProblem[] => {
    const earlier = stages.slice(0, index).map((other) => other.name?.toLowerCase());
    // A stage built on an earlier stage, or on nothing, has no version of its own to pin.
    if (earlier.includes(stage.image.toLowerCase()) || stage.image === 'scratch') return [];
    // A digest pins the image whatever its tag says.
    if (stage.image.includes('@sha256:')) return [];
    const tag = tagOf(stage.image);
    if (stage.image.includes('$')) {
      return [
        {
          line: stage.line,
          rule: 'pinned-base',
          message: `FROM ${stage.image} takes its image from a build argument: write the tag in the FROM line, so what the image is built on can be read (and reviewed) here.`,
        },
      ];
    }
    if (tag === undefined || tag === 'latest') {
      return [
        {
          line: stage.line,
          rule: 'pinned-base',
          message: `FROM ${stage.image} is ${tag === undefined ? 'untagged' : 'latest'}, whatever was pushed last: pin a version tag (node:20.20.0-bookworm-slim) or a digest.`,
        },
      ];
    }
    return [];
  });
}

function userProblems(final: Stage): DockerfileProblem[] {
  const user = final.instructions.filter((instruction) => instruction.keyword === 'USER').at(-1);
  if (user === undefined) {
    return [
      {
        line: final.line,
        rule: 'non-root-user',
        message:
          'The final stage sets no USER, so its processes would run as root: add USER with a numeric UID (10001, or 65532 on distroless).',
      },
    ];
  }
  const uid = user.args.split(':')[0] ?? '';
  if (uid === 'root' || uid === '0') {
    return [
      { line: user.line, rule: 'non-root-user', message: `USER ${user.args} is root: give a non-root UID.` },
    ];
  }
  if (!/^\d+$/.test(uid)) {
    return [
      {
        line: user.line,
        rule: 'non-root-user',
        message: `USER ${user.args} is a name: give the numeric UID, the only form Kubernetes' runAsNonRoot can check.`,
      },
    ];
  }
  return [];
}

/**
 * The project's own rules for a Dockerfile, on top of hadolint's: built in stages (the compilers and the sources
 * stay in the build stage), every base image pinned, the image's processes run as a non-root numeric UID, nothing
 * added from a URL (downloads are neither checked nor cached), and NODE_ENV=production in the image.
 */
export function checkDockerfile(text: string): DockerfileProblem[] {
  const stages = parseDockerfile(text);
  const final = stages.at(-1);
  if (final === undefined) {
    return [{ line: 1, rule: 'multi-stage', message: 'No FROM: this is not a Dockerfile.' }];
  }
  const problems: DockerfileProblem[] = [];
  if (stages.length < 2) {
    problems.push({
      line: final.line,
      rule: 'multi-stage',
      message:
        'One stage only: build in a stage of its own and copy the result into the runtime stage, so that compilers, sources and devDependencies stay out of the image.',
    });
  }
  problems.push(...baseProblems(stages), ...userProblems(final));
  for (const stage of stages) {
    for (const instruction of stage.instructions) {
      if (instruction.keyword === 'ADD' && /:\/\/|^git@|\sgit@/.test(instruction.args)) {
        problems.push({
          line: instruction.line,
          rule: 'no-remote-add',
          message: `ADD ${instruction.args} downloads at build time, unchecked: download in a RUN step that verifies a checksum, or install it from a package manager.`,
        });
      }
    }
  }
  const production = final.instructions.some(
    (instruction) =>
      instruction.keyword === 'ENV' && /(^|\s)NODE_ENV=(["']?)production\2(\s|$)/.test(instruction.args),
  );
  if (!production) {
    problems.push({
      line: final.line,
      rule: 'production-env',
      message:
        'The final stage does not set NODE_ENV=production: libraries such as Fastify and React take their development paths without it.',
    });
  }
  return problems.sort((a, b) => a.line - b.line);
}
