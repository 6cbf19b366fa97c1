/**
 * A minimal text-only PDF (A4, one or more pages) for demo clauses and disclosures. Chinese text
 * uses the standard Adobe-GB1 font STSong-Light with UCS-2 encoding, which every PDF viewer
 * substitutes without embedding, so no font bytes are needed. Not for signed documents — those
 * go through the documents package.
 */
export function simplePdf(title: string, paragraphs: string[]): Buffer {
  const hex = (s: string) =>
    Array.from(s)
      .map((ch) => {
        const cp = ch.codePointAt(0) ?? 0x3f;
        return (cp > 0xffff ? 0xff1f : cp).toString(16).padStart(4, '0');
      })
      .join('');
  const wrap = (text: string, width: number): string[] => {
    const lines: string[] = [];
    for (let i = 0; i < text.length; i += width) lines.push(text.slice(i, i + width));
    return lines.length ? lines : [''];
  };
  const lines = [title, '', ...paragraphs.flatMap((p) => [...wrap(p, 36), ''])];
  const perPage = 44;
  const pages: string[][] = [];
  for (let i = 0; i < lines.length; i += perPage) pages.push(lines.slice(i, i + perPage));

  const objects: string[] = [];
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[3] =
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>';
  objects[4] =
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 5 0 R /DW 1000 >>';
  objects[5] =
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>';
  const kids: string[] = [];
  pages.forEach((pageLines, p) => {
    const pageObj = 6 + p * 2;
    const contentObj = pageObj + 1;
    kids.push(`${pageObj} 0 R`);
    const ops = pageLines
      .map(
        (line, i) => `BT /F1 ${i === 0 && p === 0 ? 16 : 12} Tf 56 ${790 - i * 17} Td <${hex(line)}> Tj ET`,
      )
      .join('\n');
    objects[pageObj] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentObj} 0 R >>`;
    objects[contentObj] = `<< /Length ${Buffer.byteLength(ops)} >>\nstream\n${ops}\nendstream`;
  });
  objects[2] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${kids.length} >>`;

  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  for (let n = 1; n < objects.length; n++) {
    offsets[n] = Buffer.byteLength(out, 'latin1');
    out += `${n} 0 obj\n${objects[n]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let n = 1; n < objects.length; n++) out += `${String(offsets[n]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
