import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

/** The options as parseArgs gives them: typed by what each is declared as, and whether it has a default. */
type Values<O extends ParseArgsOptionsConfig> = ReturnType<typeof parseArgs<{ options: O }>>['values'];

/** The options a script was given, and how it refuses ones it cannot act on. */
export interface CommandLine<O extends ParseArgsOptionsConfig> {
  values: Values<O>;
  /** Says what is wrong, then the usage, on stderr, and exits 2: a usage error, told apart from a run that failed (1). */
  fail(message: string): never;
}

/**
 * Reads a script's options. Ones parseArgs refuses (unknown, or a value missing) fail as `fail`
 * does; a script that offers --help prints its usage to stdout and exits 0, as asked. `name`
 * starts each message, as it starts the script's others.
 */
export function commandLine<const O extends ParseArgsOptionsConfig>(spec: {
  name?: string;
  usage: string;
  options: O;
}): CommandLine<O> {
  const prefix = spec.name === undefined ? '' : `${spec.name}: `;
  const fail = (message: string): never => {
    console.error(`${prefix}${message}\n${spec.usage}`);
    process.exit(2);
  };
  let values: Values<O>;
  try {
    values = parseArgs({ options: spec.options }).values;
  } catch (error) {
    return fail((error as Error).message);
  }
  if ('help' in values && values.help === true) {
    console.log(spec.usage);
    process.exit(0);
  }
  return { values, fail };
}
