/**
 * The part at the end of a product's name that tells it from its siblings: 「A款」「B款」「2026版」
 * 「（尊享版）」, possibly several (「（万能型）A款」 keeps 「A款」; a trailing bracket counts only
 * when it names an edition or plan). Empty when the name has none.
 */
const SUFFIX =
  /(?:[A-Za-z0-9一二三四五六七八九十甲乙丙丁]+[款版型]|[（(][^（）()]*(?:款|版|计划|方案)[）)]|[A-Za-z0-9]+计划|[（(]?[A-Za-z0-9]+[）)]?方案)+$/;

export function productNameParts(name: string): { base: string; suffix: string } {
  const match = SUFFIX.exec(name);
  if (!match || match.index === 0) return { base: name, suffix: '' };
  return { base: name.slice(0, match.index), suffix: match[0] };
}
