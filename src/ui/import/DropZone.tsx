// The whole page accepts dropped files, folders and .zip archives.
import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import type { FileSource } from '../../app/files/file-source';
import { collectDropped, takeDropped } from '../../app/files/collect-dropped';

function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

export function DropZone({ onFiles, children }: { onFiles: (sources: FileSource[]) => void; children: ReactNode }) {
  const [dragging, setDragging] = useState(false);
  // dragenter/dragleave fire for every child crossed; count them to know when the pointer really left.
  const depth = useRef(0);

  return (
    <div
      className={dragging ? 'drop-zone is-dragging' : 'drop-zone'}
      data-testid="drop-zone"
      onDragEnter={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        depth.current++;
        setDragging(true);
      }}
      onDragOver={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(event) => {
        if (!carriesFiles(event)) return;
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setDragging(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        depth.current = 0;
        setDragging(false);
        const pending = takeDropped(event.dataTransfer);
        void collectDropped(pending).then((sources) => {
          if (sources.length > 0) onFiles(sources);
        });
      }}
    >
      {children}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <div className="drop-overlay-card">
            <strong>Drop to add letters</strong>
            <span>PDF or text files, folders and .zip archives</span>
          </div>
        </div>
      )}
    </div>
  );
}
