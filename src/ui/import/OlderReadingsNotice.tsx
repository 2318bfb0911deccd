// Letters stored by an earlier version of the reader are not silently mixed
// with today's readings. Those whose text is kept are read anew on their own
// (IngestStatus shows it); the others are counted here, with what it takes.
const number = new Intl.NumberFormat('en-US');

export function OlderReadingsNotice({ count }: { count: number }) {
  if (count === 0) return null;
  const letters = count === 1 ? '1 letter was' : `${number.format(count)} letters were`;
  return (
    <p className="notice" role="status">
      {`${letters} read by an earlier version of this dashboard, before it kept letter texts, so this version cannot read them anew on its own. Their record lacks what this version reads (the DWC subcategory, modified requests, priority and header dates, each guideline document cited) and may read some fields differently. Drop their files again to update them: each replaces its earlier reading, nothing is counted twice.`}
    </p>
  );
}
