// Errors that end a command with a message for the user. The message is a catalog key, so it is
// shown in the language asked for with --lang.

import type { Params } from "../core/i18n";
import type { CliKey } from "./messages";

/** A problem with how the command was called: exit code 2. */
export class UsageError extends Error {
  readonly exitCode = 2;
  constructor(
    readonly key: CliKey,
    readonly params: Params = {},
  ) {
    super(key);
  }
}

/** The command was understood but could not do its work (a file could not be read or written): exit code 3. */
export class CommandFailure extends Error {
  readonly exitCode = 3;
  constructor(
    readonly key: CliKey,
    readonly params: Params = {},
  ) {
    super(key);
  }
}
