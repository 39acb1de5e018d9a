/** Which files are articles, by path: the include and exclude globs of the settings
 *  newsLens.include / newsLens.exclude (their defaults are these, and package.json repeats them),
 *  also used by the CLI when it walks a directory. Pure: no Node, no VS Code. */

export const DEFAULT_INCLUDE: readonly string[] = ['**/*.txt', '**/*.md', '**/*.markdown'];
export const DEFAULT_EXCLUDE: readonly string[] = [
  '**/README*', '**/CHANGELOG*', '**/LICENSE*', '**/CONTRIBUTING*',
  '**/node_modules/**', '**/.git/**', '**/out/**', '**/dist/**',
];

const cache = new Map<string, RegExp>();

/** A glob as VS Code's settings write them: `**` any folders, `*` and `?` within one path
 *  segment, `{a,b}` alternatives, `[abc]` a character class. Matched without regard to case
 *  (README.md and readme.md are the same kind of file). */
export function globToRegExp(glob: string): RegExp {
  let re = cache.get(glob);
  if (re) return re;
  let src = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      // "**/" is zero or more whole folders; "**" at the end is anything
      src += slash ? '(?:[^/]*/)*' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') src += '[^/]*';
    else if (c === '?') src += '[^/]';
    else if (c === '{') { braces++; src += '(?:'; }
    else if (c === '}' && braces) { braces--; src += ')'; }
    else if (c === ',' && braces) src += '|';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) src += '\\[';
      else {
        src += `[${glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else src += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  re = new RegExp(`^${src}$`, 'i');
  cache.set(glob, re);
  return re;
}

/** path: '/'-separated, relative to the workspace folder (or absolute outside one). */
export function matchesAny(path: string, globs: readonly string[]): string | undefined {
  const p = path.replace(/\\/g, '/').replace(/^\.\//, '');
  // "**/x" also matches x at the top, and an absolute path as well as a relative one
  return globs.find((g) => globToRegExp(g).test(p) || globToRegExp(g).test(p.replace(/^\/+/, '')));
}

export type PathVerdict = { article: true } | { article: false; setting: 'include' | 'exclude'; glob?: string };

export function classifyPath(path: string, include: readonly string[] = DEFAULT_INCLUDE, exclude: readonly string[] = DEFAULT_EXCLUDE): PathVerdict {
  if (!matchesAny(path, include)) return { article: false, setting: 'include' };
  const glob = matchesAny(path, exclude);
  return glob ? { article: false, setting: 'exclude', glob } : { article: true };
}
