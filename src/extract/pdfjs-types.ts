// The slice of pdf.js this project uses, described structurally: the real
// library satisfies it, and so can a small test double, without casts.
import type { DocumentInitParameters } from 'pdfjs-dist/types/src/display/api';

export interface PdfTextRunLike {
  str: string;
  /** [a, b, c, d, e, f]: scale/skew and the run's origin (e, f). */
  transform: number[];
  width: number;
  height: number;
}

export interface PdfPageLike {
  /** Marked-content boundaries come as `{ type }` items without text. */
  getTextContent(): Promise<{ items: Array<PdfTextRunLike | { type: string }> }>;
  cleanup(): unknown;
}

export interface PdfDocumentLike {
  numPages: number;
  getPage(pageNumber: number): Promise<PdfPageLike>;
}

export interface PdfjsLib {
  getDocument(params: DocumentInitParameters): { promise: Promise<PdfDocumentLike>; destroy(): Promise<void> };
}

export type PdfjsLoader = () => Promise<PdfjsLib>;
