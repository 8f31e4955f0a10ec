/** One instruction of a Dockerfile, its continuation lines joined, with the line it starts on (1-based). */
export interface Instruction {
  keyword: string;
  args: string;
  line: number;
}

/** A build stage: its `FROM` image, its name (`AS build`) if it has one, and its instructions after the FROM. */
export interface Stage {
  image: string;
  name: string | undefined;
  line: number;
  instructions: Instruction[];
}

/**
 * A Dockerfile's instructions, grouped by stage. Enough of the format for the project's rules: comments and blank
 * lines dropped (inside a continued instruction too, as Docker does), `\` continuations joined. Heredocs and a
 * changed escape character are not understood; the Dockerfiles use neither.
 */
export function parseDockerfile(text: string): Stage[] {
  const instructions: Instruction[] = [];
  let pending: { parts: string[]; line: number } | undefined;
  text.split(/\r?\n/).forEach((raw, index) => {
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const continues = trimmed.endsWith('\\');
    const part = continues ? trimmed.slice(0, -1).trim() : trimmed;
    pending ??= { parts: [], line: index + 1 };
    pending.parts.push(part);
    if (continues) return;
    const whole = pending.parts.join(' ');
    const [keyword = '', ...rest] = whole.split(/\s+/);
    instructions.push({ keyword: keyword.toUpperCase(), args: rest.join(' '), line: pending.line });
    pending = undefined;
  });
  const stages: Stage[] = [];
  for (const instruction of instructions) {
    if (instruction.keyword === 'FROM') {
      const words = instruction.args.split(' ').filter((word) => !word.startsWith('--'));
      const as = words.findIndex((word) => word.toUpperCase() === 'AS');
      stages.push({
        image: words[0] ?? '',
        name: as === -1 ? undefined : words[as + 1],
        line: instruction.line,
        instructions: [],
      });
    } else {
      // Instructions before the first FROM (ARG) belong to no stage.
      stages.at(-1)?.instructions.push(instruction);
    }
  }
  return stages;
}

/** The arguments of a JSON-form instruction (`CMD ["dist/main.js"]`), or undefined for the shell form. */
export function jsonArgs(instruction: Instruction): string[] | undefined {
  if (!instruction.args.startsWith('[')) return undefined;
  try {
    const parsed: unknown = JSON.parse(instruction.args);
    return Array.isArray(parsed) && parsed.every((item) => typeof item === 'string') ? parsed : undefined;
  } catch {
    return undefined;
  }
}
