// Settings read from the environment by the production servers: each error names the variable and what to give.

/** A setting that must be given; the error names it and shows an example. */
export function required(env: NodeJS.ProcessEnv, name: string, example: string): string {
  const value = env[name];
  if (value === undefined || value === '')
    throw new Error(`${name} is not set: give it, e.g. ${name}=${example}.`);
  return value;
}

/** An http(s) URL without its trailing slash. */
export function httpUrl(name: string, value: string): string {
  if (!/^https?:\/\/[^/]/.test(value))
    throw new Error(`${name}="${value}" is not an http(s) URL; give one like https://bas.kotabogor.go.id.`);
  return value.replace(/\/$/, '');
}

/** A whole number from `min` to `max`. */
export function whole(name: string, raw: string, min: number, max: number): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name}="${raw}" is not valid: give a whole number from ${min} to ${max}.`);
  }
  return value;
}
