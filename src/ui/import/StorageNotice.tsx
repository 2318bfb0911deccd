import type { StorageIssue } from '../../app/letter-library';

export function StorageNotice({ issue }: { issue: StorageIssue }) {
  // The browser's own message may end a sentence already; ours follow it.
  const reason = issue.error.message.replace(/\.+$/, '');
  const text =
    issue.kind === 'save'
      ? `Saving is unavailable: ${reason}. Letters you add will be kept for this session only.`
      : issue.kind === 'read'
        ? `The saved letters’ rationales could not be read: ${reason}. The search and Export CSV leave them out, Export JSON is off; a reload may read them.`
        : `Clearing saved letters failed: ${reason}. They may come back after a reload.`;
  return (
    <p className="notice notice-warning" role="alert">
      {text}
    </p>
  );
}
