import crypto from 'node:crypto';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { residentIdCheckChar } from '@policyhub/domain';

const REGIONS = ['110101', '110105', '310104', '320102', '330106', '440305', '510107', '610113'];
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN =
  '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬辉鹏飞建国志强晓东海燕丹宇浩然子涵欣怡梓轩雨萱';
// The header of the 'roster' template (modules/rosters/organization-roster.ts: the common person columns).
const ROSTER_HEADERS = ['姓名*', '证件类型*', '证件号码*', '性别', '出生日期', '手机号'];
const DAY_MS = 86_400_000;
const FIRST_BIRTH = Date.UTC(1955, 0, 1);
const BIRTH_DAYS = 18_000; // ≈ 49 years of birth dates

const pick = (chars: string) => chars[crypto.randomInt(0, chars.length)]!;

/**
 * A valid, distinct person for each index: birth date and sequence number are derived from the
 * index (so 100,000 rows never collide), check digits are computed by GB 11643.
 */
function person(index: number, offset: number) {
  const n = index + offset;
  const birth = new Date(FIRST_BIRTH + (n % BIRTH_DAYS) * DAY_MS);
  const yyyymmdd = birth.toISOString().slice(0, 10).replaceAll('-', '');
  const seq = String(Math.floor(n / BIRTH_DAYS) % 1000).padStart(3, '0');
  const first17 = `${REGIONS[Math.floor(n / (BIRTH_DAYS * 1000)) % REGIONS.length]}${yyyymmdd}${seq}`;
  const idNumber = first17 + residentIdCheckChar(first17);
  const gender = Number(seq[2]) % 2 === 1 ? '男' : '女';
  const name = pick(SURNAMES) + pick(GIVEN) + (crypto.randomInt(0, 2) ? pick(GIVEN) : '');
  const mobile = `1${crypto.randomInt(3, 10)}${String(crypto.randomInt(0, 1e9)).padStart(9, '0')}`;
  return { name, idNumber, gender, birthDate: birth.toISOString().slice(0, 10), mobile };
}

/**
 * A roster workbook ('roster' template) of `rows` valid random people, written as a stream with
 * shared strings like Excel does. Every third row leaves 性别/出生日期 empty (derived from the ID).
 * Used by `npm run bench` and the import tests.
 */
export async function makeRosterWorkbook(rows: number): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useSharedStrings: true,
    useStyles: true,
  });
  const sheet = workbook.addWorksheet('人员名单');
  sheet.columns = ROSTER_HEADERS.map((header) => ({ header, width: 16, style: { numFmt: '@' } }));
  const offset = crypto.randomInt(0, BIRTH_DAYS);
  for (let i = 0; i < rows; i++) {
    const p = person(i, offset);
    const full = i % 3 !== 0;
    sheet
      .addRow([p.name, '身份证', p.idNumber, full ? p.gender : null, full ? p.birthDate : null, p.mobile])
      .commit();
  }
  sheet.commit();
  await workbook.commit();
  await ended;
  return Buffer.concat(chunks);
}
