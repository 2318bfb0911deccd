// bytes -> text: type sniffing, text decoding, PDF text through pdf.js, zip
// unpacking, content ids. The only layer that imports pdfjs-dist.
export { extractText, type ExtractOptions, type ExtractResult } from './extract-text';
export { decodeText, detectEncoding, looksLikeText, type TextEncoding } from './decode-text';
export { sniffType, describeType, extensionOf, type FileKind } from './sniff';
export { extractPdfText, type PdfTextResult } from './pdf-text';
export { unpackZip, type ZipEntry, type UnpackResult } from './unzip';
export { letterId } from './letter-id';
export { DEFAULT_LIMITS, type ExtractLimits } from './limits';
export type { PdfjsLib, PdfjsLoader } from './pdfjs-types';
