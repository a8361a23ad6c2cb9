import { type ParseArgsConfig, parseArgs } from "node:util";
import { BackupError, exitCodes } from "../../db/backup.js";
import { type Config, ConfigError, loadConfig } from "../config.js";

/** The exit code for a configuration the operator must fix (EX_CONFIG), the same for the server and every tool. */
export const CONFIG_EXIT_CODE = exitCodes.config;

/**
 * The configuration from the environment, or null after saying plainly what is wrong with it: an operator
 * reads the message, not a stack trace. Any other failure is a bug and is thrown on.
 */
export function configOrExplain(): Config | null {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return null;
    }
    throw error;
  }
}

/** The options a tool declares (named this way in @types/node 20, which has no ParseArgsOptionsConfig). */
type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig["options"]>;

/** What every database tool takes: --force to replace what is there, and -h/--help. */
const sharedOptions = {
  force: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

type Parsed<O extends ParseArgsOptionsConfig> = ReturnType<
  typeof parseArgs<{ options: O & typeof sharedOptions; allowPositionals: true }>
>;

/**
 * A tool's command line (its own options and the shared ones), or the exit code it should end with: usage
 * (64) on words it does not know, with the help after the reason, and 0 once it has printed the help asked for.
 */
export function commandLine<O extends ParseArgsOptionsConfig>(
  own: O,
  help: string,
): { args: Parsed<O> } | { exitCode: number } {
  let args: Parsed<O>;
  try {
    args = parseArgs({ options: { ...own, ...sharedOptions }, allowPositionals: true });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error}\n\n${help}`);
    return { exitCode: exitCodes.usage };
  }
  // @types/node 20 cannot see the shared options through the generic; --help is always declared above.
  if ((args.values as { help?: boolean }).help) {
    console.log(help);
    return { exitCode: 0 };
  }
  return { args };
}

/**
 * Runs a tool to its exit code. A BackupError carries the code that says what went wrong; anything else
 * ends with 1 after naming what failed ("The backup failed: …").
 */
export function runTool(main: () => Promise<number>, whatFailed: string): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      if (error instanceof BackupError) {
        console.error(error.message);
        process.exitCode = error.exitCode;
        return;
      }
      console.error(`${whatFailed} failed:`, error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
