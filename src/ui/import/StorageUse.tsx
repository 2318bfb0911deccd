// The page's footer line about where letters live: in this browser only, how
// much of its storage they take, and whether the browser has agreed to keep
// them when disk space runs low (asked for once a library is large).
import type { DiskUse, LibraryState } from '../../app/letter-library';
import { PERSIST_FROM } from '../../app/letter-library';
import { formatBytes } from '../../domain/format-bytes';

export function StorageUse({ storage, disk }: { storage: LibraryState['storage']; disk: DiskUse | null }) {
  if (storage === 'memory') return <>Letters are kept for this session only. Nothing leaves your computer.</>;
  if (storage === null) return <>Nothing leaves your computer.</>;
  const use = disk === null ? '' : `, taking ${formatBytes(disk.usage)} of the ${formatBytes(disk.quota)} the browser allows this site`;
  const kept =
    disk?.asked === 'granted' || (disk?.persisted === true && disk.asked === null)
      ? ' The browser keeps them even when disk space runs low.'
      : disk?.asked === 'refused'
        ? ` With more than ${PERSIST_FROM} letters here, this page asked the browser to keep them even when disk space runs low, and it has not agreed: it may clear them then, so keep a copy with Export JSON with letter texts.`
        : '';
  return (
    <>
      Letters are saved in this browser only{use}.{kept} Nothing leaves your computer.
    </>
  );
}
