/** The words of a command line, as every news-lens command reads them: inputs (files, directories,
 *  "-" for stdin) and options with their value ("--format md" or "--format=md"); after "--" every
 *  word is an input. `value()` takes the option's value, the next word when there is no "=". */
export type CommandLineWord = { input: string } | { flag: string; name: string; value: () => string | undefined };

export function* commandLine(args: readonly string[]): Generator<CommandLineWord> {
  let optionsEnd = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (optionsEnd || !a.startsWith('-') || a === '-') {
      yield { input: a };
    } else if (a === '--') {
      optionsEnd = true;
    } else {
      const eq = a.indexOf('=');
      yield { flag: a, name: eq >= 0 ? a.slice(0, eq) : a, value: () => (eq >= 0 ? a.slice(eq + 1) : args[++i]) };
    }
  }
}
