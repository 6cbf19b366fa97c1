import { createHash } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import type { DocumentKind } from './document-data.js';
import { renderDocument } from './render.js';
import { specimenData } from './specimens.js';
import type { DocumentTemplate } from './template.js';
import { builtInTemplate } from './templates.js';
import { darkShare, decodeQr, pageCount, pdftotext, rasterise, readPng } from './test-kit.js';
import { extractDocumentIdentity } from './verify-pdf.js';

const URL = 'https://policyhub.example.cn/verify/doc_01J9SPECIMENPOLICY0001?c=7f3a';
const squash = (s: string) => s.replace(/\s+/g, '');

describe('renderDocument', () => {
  it('writes real, extractable Chinese text: policy number, insured names, period', async () => {
    const data = specimenData('policy', { insuredCount: 5 });
    const pdf = await renderDocument('policy', data, { verificationUrl: URL });
    const text = pdftotext(pdf);
    expect(text).toContain('PH2025110100012345');
    expect(text).toContain('电子保险单');
    for (const person of data.insured ?? []) expect(text).toContain(person.name);
    expect(text).toContain('北京某某国际旅行社有限公司');
    expect(squash(text)).toContain('自2025年11月05日零时起至2025年11月10日二十四时止');
    expect(squash(text)).toContain('¥150.00（人民币壹佰伍拾元整）');
  });

  it('leaves out the per-person plan, sum and premium columns of a list that has none', async () => {
    const data = specimenData('policy', { insuredCount: 3 });
    const withAmounts = squash(pdftotext(await renderDocument('policy', data, { verificationUrl: URL })));
    const listWith = withAmounts.slice(
      withAmounts.indexOf('被保险人清单'),
      withAmounts.indexOf('保险责任及保险期间'),
    );
    expect(listWith).toContain('保障方案');
    expect(listWith).toContain('保险费(元)');
    const bare = (data.insured ?? []).map(({ plan: _p, sumInsured: _s, premium: _r, ...person }) => person);
    const text = squash(
      pdftotext(await renderDocument('policy', { ...data, insured: bare }, { verificationUrl: URL })),
    );
    const list = text.slice(text.indexOf('被保险人清单'), text.indexOf('保险责任及保险期间'));
    for (const person of bare) expect(list).toContain(person.name);
    expect(list).toContain('证件号码');
    expect(list).not.toContain('保障方案');
    expect(list).not.toContain('保险金额');
    expect(list).not.toContain('保险费');
  });

  it('draws the Chinese glyphs (not blank boxes that still extract as text)', async () => {
    const pdf = await renderDocument('receipt', specimenData('receipt'), {});
    // The title "收据" is centred about 90 pt below the top edge; at 72 dpi 1 px = 1 pt.
    const png = readPng(rasterise(pdf, 1, 72, { x: 250, y: 66, w: 96, h: 30 }));
    expect(darkShare(png)).toBeGreaterThan(0.04);
    // Same region of an empty-titled variant stays white: the check above measures the glyphs.
    const template: DocumentTemplate = { ...builtInTemplate('receipt'), title: ' ' };
    const blank = readPng(
      rasterise(await renderDocument('receipt', specimenData('receipt'), { template }), 1, 72, {
        x: 250,
        y: 66,
        w: 96,
        h: 30,
      }),
    );
    expect(darkShare(blank)).toBeLessThan(0.01);
  });

  it('encodes the verification URL in a QR code a phone can read', async () => {
    const pdf = await renderDocument('policy', specimenData('policy', { insuredCount: 2 }), {
      verificationUrl: URL,
    });
    // Top-right corner of page 1 at 150 dpi.
    const qr = decodeQr(rasterise(pdf, 1, 150, { x: 880, y: 0, w: 360, h: 260 }));
    expect(qr).toBe(URL);
  });

  it('keeps a one-page policy small and fast', async () => {
    const data = specimenData('policy', { productLine: 'MOTOR' });
    await renderDocument('policy', data, { verificationUrl: URL }); // warm-up: font parse, glyph cache
    const times: number[] = [];
    let pdf: Uint8Array = new Uint8Array();
    for (let i = 0; i < 8; i++) {
      const t0 = performance.now();
      pdf = await renderDocument('policy', data, { verificationUrl: URL });
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)] ?? 0;
    console.log(`one-page policy: median render ${median.toFixed(1)} ms, ${pdf.length} bytes`);
    expect(pageCount(pdf)).toBe(1);
    expect(pdf.length).toBeLessThanOrEqual(150 * 1024);
    expect(median).toBeLessThan(250); // target ~20 ms; generous for loaded CI machines
  });

  it('shares one compressed font subset between documents of a product; the names stay in each document', async () => {
    const certificate = (name: string) => {
      const data = specimenData('policy', { productLine: 'MUTUAL_AID', insuredCount: 1 });
      // A product of its own: no other test's document has taught this candidate set before.
      return {
        ...data,
        productName: '共享字库测试互助计划',
        insured: data.insured!.map((p) => ({ ...p, name })),
      };
    };
    // Characters no template, product or insurer text has, one of them outside the BMP (𠂇).
    const render = async (name: string) =>
      fontsOf(await renderDocument('policy', certificate(name), { verificationUrl: URL }));
    // The first document of a kind learns which of the fixed characters it draws; the ones after it share those.
    const first = await render('甲乙');
    const a = await render('亹鼗\u{20087}');
    const b = await render('龘犇');
    const sharedOf = (fonts: EmbeddedFont[]) =>
      fonts.filter((f) => f.baseFont.includes('Regular') && f.toUnicode.toUpperCase().includes(' <4FDD')); // 保
    const [sharedA, sharedB] = [sharedOf(a), sharedOf(b)];
    expect(sharedA).toHaveLength(1);
    // The same bytes in both documents, compressed once: the labels, the notes, the insurer.
    expect(sharedA[0]!.fileHash).toBe(sharedB[0]!.fileHash);
    expect(sharedA[0]!.fileBytes).toBeGreaterThan(10_000);
    // …and only what such a document draws: smaller than the first one's, which held every candidate.
    expect(sharedA[0]!.fileBytes).toBeLessThan(sharedOf(first)[0]!.fileBytes);
    // Neither name is in the shared subset; each is in its own document's subset only.
    for (const code of [' <4EB9', ' <9F17', ' <D840DC87', ' <9F98', ' <72C7'])
      expect(sharedA[0]!.toUnicode.toUpperCase()).not.toContain(code);
    const own = (fonts: EmbeddedFont[]) => fonts.map((f) => f.toUnicode.toUpperCase()).join(' ');
    expect(own(a)).toContain(' <4EB9');
    expect(own(a)).toContain(' <D840DC87');
    expect(own(a)).not.toContain(' <9F98');
    expect(own(b)).toContain(' <9F98');
    expect(own(b)).not.toContain(' <4EB9');
  });

  it('writes a line that mixes shared and own characters as one text: extraction and widths unchanged', async () => {
    const data = specimenData('policy', { productLine: 'MUTUAL_AID', insuredCount: 1 });
    const name = '欧阳亹\u{20087}丽';
    const pdf = await renderDocument(
      'policy',
      { ...data, specialAgreements: [`本凭证为会员 ${name} 的电子保障凭证。`] },
      { verificationUrl: URL },
    );
    expect(squash(pdftotext(pdf))).toContain(`本凭证为会员${name}的电子保障凭证。`);
  });

  it('runs long insured lists over pages with repeated headers and page x of y footers', async () => {
    const data = specimenData('policy', { insuredCount: 200 });
    const pdf = await renderDocument('policy', data, { verificationUrl: URL });
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThan(4);
    for (let p = 2; p < pages; p++) {
      const text = squash(pdftotext(pdf, ['-f', String(p), '-l', String(p)]));
      expect(text).toContain(`第${p}页共${pages}页`);
      if (p < pages - 1) {
        expect(text).toContain('被保险人清单（续）');
        expect(text).toContain('证件号码');
        expect(text).toContain('出生日期');
      }
    }
    const page2 = pdftotext(pdf, ['-f', '2', '-l', '2']);
    expect(page2).toMatch(/第\s*2\s*页\s*共\s*\d+\s*页/);
    const all = pdftotext(pdf);
    const last = data.insured?.[199];
    expect(all).toContain(last?.name);
    expect(all).toContain(last?.idNo);
  });

  it('renders every kind, with the specimen watermark when asked', async () => {
    const kinds: DocumentKind[] = [
      'policy',
      'endorsement',
      'application',
      'termination',
      'reconciliation',
      'receipt',
    ];
    // Rotated watermark text does not come out of pdftotext in one piece: look for it instead,
    // as reddish pixels in the middle of page 1 where the diagonal crosses.
    const redShare = (pdf: Uint8Array) => {
      const png = readPng(rasterise(pdf, 1, 40, { x: 110, y: 160, w: 110, h: 140 }));
      let red = 0;
      for (let i = 0; i < png.data.length; i += 4)
        if ((png.data[i] ?? 0) - (png.data[i + 1] ?? 0) > 25) red++;
      return red / (png.width * png.height);
    };
    for (const kind of kinds) {
      const pdf = await renderDocument(kind, specimenData(kind) as never, {
        verificationUrl: URL,
        specimen: true,
      });
      const text = pdftotext(pdf);
      expect(redShare(pdf), kind).toBeGreaterThan(0.01);
      expect(text, kind).toMatch(/第\s*1\s*页\s*共\s*\d+\s*页/);
      const id = extractDocumentIdentity(pdf);
      expect(id.documentKind).toBe(kind);
      expect(id.documentId).toBe(specimenData(kind).documentId);
    }
    const plain = await renderDocument('receipt', specimenData('receipt'));
    expect(redShare(plain)).toBeLessThan(0.001);
  });

  it('lays out the motor application in its six parts with the form version title', async () => {
    const pdf = await renderDocument('application', specimenData('application'), { verificationUrl: URL });
    const text = squash(pdftotext(pdf));
    for (const part of [
      'PolicyHub保单通',
      '投保提示',
      '保险人偿付能力告知',
      '投保单详情',
      '投保人声明',
      '投保人签名',
    ])
      expect(text).toContain(part);
    expect(text).toContain('新能源汽车商业保险机动车交通事故责任强制保险投保单');
    expect(text).toContain('LGBH52E02MY000123');
    expect(text).toContain('代收车船税信息');
  });

  it('places the handwritten signature image of the applicant in the signature box', async () => {
    // A 200×60 PNG with a thick diagonal stroke.
    const png = new PNG({ width: 200, height: 60 });
    for (let y = 0; y < 60; y++)
      for (let x = 0; x < 200; x++) {
        const i = (y * 200 + x) * 4;
        const ink = Math.abs(y - x * 0.3) < 4;
        png.data[i] = png.data[i + 1] = png.data[i + 2] = ink ? 0 : 255;
        png.data[i + 3] = 255;
      }
    const imagePng = new Uint8Array(PNG.sync.write(png));
    const data = specimenData('application');
    const withImage = { ...data, applicantSignature: { name: '李*', signedAt: new Date(), imagePng } };
    const pages = async (d: typeof data) => {
      const pdf = await renderDocument('application', d);
      const last = pageCount(pdf);
      return readPng(rasterise(pdf, last, 50));
    };
    expect(darkShare(await pages(withImage))).toBeGreaterThan(darkShare(await pages(data)) + 0.0005);
  });

  it('accepts a template as data from the caller', async () => {
    const template: DocumentTemplate = {
      kind: 'receipt',
      title: '定制收据',
      documentNoLabel: '编号',
      documentNoPath: 'receiptNo',
      confirmedAtLabel: '时间',
      notice: '定制提示语。',
      blocks: [
        {
          type: 'fields',
          title: '定制区块',
          fields: [{ label: '定制金额', path: 'amount', format: 'money' }],
        },
      ],
    };
    const text = pdftotext(await renderDocument('receipt', specimenData('receipt'), { template }));
    expect(text).toContain('定制收据');
    expect(text).toContain('定制区块');
    expect(text).toContain('¥360.00');
  });

  it('refuses data without a document number', async () => {
    const data = { ...specimenData('receipt'), receiptNo: '' };
    await expect(renderDocument('receipt', data)).rejects.toThrow('缺少收据号');
  });
});

type EmbeddedFont = { baseFont: string; toUnicode: string; fileHash: string; fileBytes: number };

/** Every Type0 font of a PDF: its ToUnicode map (inflated) and its compressed font file's hash. */
async function fontsOf(pdf: Uint8Array): Promise<EmbeddedFont[]> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const out: EmbeddedFont[] = [];
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict) || obj.get(PDFName.of('Subtype'))?.toString() !== '/Type0') continue;
    const cmap = obj.lookup(PDFName.of('ToUnicode')) as PDFRawStream;
    const cid = obj.lookup(PDFName.of('DescendantFonts'), PDFArray).lookup(0, PDFDict);
    const file = cid
      .lookup(PDFName.of('FontDescriptor'), PDFDict)
      .lookup(PDFName.of('FontFile2')) as PDFRawStream;
    out.push({
      baseFont: obj.get(PDFName.of('BaseFont'))?.toString() ?? '',
      toUnicode: Buffer.from(inflateSync(cmap.getContents())).toString('latin1'),
      fileHash: createHash('sha256').update(file.getContents()).digest('hex'),
      fileBytes: file.getContents().length,
    });
  }
  return out;
}
