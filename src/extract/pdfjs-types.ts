// The slice of pdf.js this project uses, so a loader (Node, browser worker
// or a test double) only has to provide getDocument.
import type * as Pdfjs from 'pdfjs-dist';

export type PdfjsLib = Pick<typeof Pdfjs, 'getDocument'>;
export type PdfjsLoader = () => Promise<PdfjsLib>;
