/** Shared by the CLIs, which read their arguments with `node:util` `parseArgs`. */

/** parseArgs' error in our words: "unknown option --x", "--out needs a value". */
export function argumentProblem(error: unknown): string {
  const { code, message } = error as { code?: string; message: string };
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return `unknown option ${/'([^']*)'/.exec(message)?.[1] ?? message}`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return `${/--[\w-]+/.exec(message)?.[0] ?? 'an option'} needs a value`;
  }
  return message;
}
