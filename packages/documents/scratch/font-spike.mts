import { PDFDocument, rgb } from 'pdf-lib';
import { writeFileSync } from 'node:fs';
import { loadFont, fontkitAdapter } from '../src/fonts.js';

async function once(i: number) {
  const t0 = performance.now();
  const r = loadFont('regular'); const b = loadFont('bold');
  const t1 = performance.now();
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkitAdapter as any);
  const fr = await doc.embedFont(r.bytes, { subset: true });
  const fb = await doc.embedFont(b.bytes, { subset: true });
  const page = doc.addPage([595.28, 841.89]);
  page.drawText('电子保单 PolicyHub 保单通', { x: 50, y: 780, size: 20, font: fb, color: rgb(0,0,0) });
  page.drawText('投保人：张三  被保险人：李四  保险期间：2025年1月1日零时起至2025年12月31日二十四时止', { x: 50, y: 740, size: 10, font: fr });
  page.drawText('第 1 页 共 1 页 ¥1,234.56 （）【】《》“引号”', { x: 50, y: 720, size: 10, font: fr });
  const bytes = await doc.save();
  const t2 = performance.now();
  console.log(i, 'load', (t1-t0).toFixed(1), 'render', (t2-t1).toFixed(1), 'size', bytes.length);
  writeFileSync('/tmp/docspike/font.pdf', bytes);
}
for (let i = 0; i < 5; i++) await once(i);
