// Files that are operating-system clutter, not anything a user meant to add:
// hidden files and folders (.DS_Store, .git), macOS archive metadata
// (__MACOSX) and Windows' Thumbs.db and desktop.ini. Skipped without a word
// wherever letters are gathered: folders dropped on the page, entries of a
// .zip, folders named on the command line.
const JUNK_NAMES = new Set(['__MACOSX', 'Thumbs.db', 'desktop.ini']);

/** Whether one file or folder name (not a path) is clutter. */
export function isJunkName(name: string): boolean {
  return name.startsWith('.') || JUNK_NAMES.has(name);
}

/** Whether any part of a path inside an archive or folder ("a/__MACOSX/b.pdf") is clutter. */
export function isJunkPath(path: string): boolean {
  return path.split(/[\\/]/).some((segment) => segment === '' || isJunkName(segment));
}
