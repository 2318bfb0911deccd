import type { StorageIssue } from '../../app/letter-library';

export function StorageNotice({ issue }: { issue: StorageIssue }) {
  const text =
    issue.kind === 'save'
      ? `Saving is unavailable: ${issue.error.message}. Letters you add will be kept for this session only.`
      : `Clearing saved letters failed: ${issue.error.message}. They may come back after a reload.`;
  return (
    <p className="notice notice-warning" role="alert">
      {text}
    </p>
  );
}
