// The frame every chart sits in: title, controls, the figure, the note on
// what it counts, "Show data" and the image downloads.
import { useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { errorMessage } from '../../domain/error-message';
import type { GroupStats } from '../../derive/aggregate';
import { DataTable } from './DataTable';
import { downloadBlob } from '../shared/download';
import { figureToSvg, svgToPng } from './export-image';
import type { LegendEntry } from './export-image';

export interface ChartCardProps {
  title: string;
  /** Base of the downloaded file names, e.g. "imr-by-medication". */
  fileName: string;
  note: string | null;
  groups: readonly GroupStats[];
  nameOf: (group: string) => string;
  legend: readonly LegendEntry[];
  /** Controls beside the title (e.g. Counts / Percentages). */
  controls?: ReactNode;
  wide?: boolean;
  children: ReactNode;
}

export function ChartCard({ title, fileName, note, groups, nameOf, legend, controls, wide, children }: ChartCardProps) {
  const titleId = useId();
  const tableId = useId();
  const figureRef = useRef<HTMLDivElement>(null);
  const [showData, setShowData] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);

  const exportSvg = () => {
    const figure = figureRef.current;
    return figure === null ? null : figureToSvg(figure, { title, legend });
  };
  const downloadSvg = () => {
    const svg = exportSvg();
    if (svg !== null) downloadBlob(new Blob([svg.text], { type: 'image/svg+xml' }), `${fileName}.svg`);
  };
  const downloadPng = async () => {
    const svg = exportSvg();
    if (svg === null) return;
    try {
      setExportError(null);
      downloadBlob(await svgToPng(svg), `${fileName}.png`);
    } catch (error) {
      setExportError(errorMessage(error, 'The image could not be made.'));
    }
  };
  const hasData = groups.length > 0;

  return (
    <section className={wide === true ? 'chart-card chart-card-wide' : 'chart-card'} aria-labelledby={titleId}>
      <header className="chart-card-header">
        <h3 id={titleId}>{title}</h3>
        {controls}
      </header>
      <div className="chart-figure" ref={figureRef}>
        {children}
      </div>
      {note !== null ? <p className="chart-note">{note}</p> : null}
      <div className="chart-actions">
        <button
          type="button"
          aria-expanded={showData}
          aria-controls={showData ? tableId : undefined}
          onClick={() => setShowData((shown) => !shown)}
          disabled={!hasData}
        >
          Show data
        </button>
        <button type="button" onClick={() => void downloadPng()} disabled={!hasData}>
          Download PNG
        </button>
        <button type="button" onClick={downloadSvg} disabled={!hasData}>
          Download SVG
        </button>
        {exportError !== null ? (
          <span role="alert" className="chart-error">
            {exportError}
          </span>
        ) : null}
      </div>
      {showData && hasData ? <DataTable id={tableId} labelledBy={titleId} groups={groups} nameOf={nameOf} /> : null}
    </section>
  );
}
