/**
 * Tibetan names written in Chinese have no surname: two of a small set of given-name parts (扎西次仁, 次仁罗布, 德吉卓玛),
 * so the surname rules never read them. Read only after a role or an occupation (副校长扎西次仁出席, 博士生次仁旺堆说),
 * where the words say a person follows. Universities in Tibet, Qinghai, Gansu and Sichuan print them every day
 * (session 43, R70, R73).
 */

/** The common parts, in their usual Chinese spellings. */
const PARTS =
  '扎西|次仁|卓玛|旦增|丹增|单增|拉巴|德吉|多吉|平措|尼玛|格桑|达瓦|次旦|索朗|央金|措姆|巴桑|普布|边巴|罗布|洛桑|土登|益西|央宗|卓嘎|曲珍|白玛|仁青|顿珠|贡布|嘎玛|强巴|阿旺|晋美|琼达|拉姆|次珠|桑珠|米玛|普琼|欧珠|旺堆|旺姆|吉宗|德庆|格列|贡嘎|加措|嘉措|才让|巴珠|群培|次央|斯朗|泽仁|泽旺|降央|玉珍|仓决|扎巴|白珍|旺久|次琼|多布杰|赤列|朗杰|索南|达娃|央拉|德央|拉珍|次德|边珍|尼珍|伦珠|穷达|洛追|贡觉' +
  // Amdo spellings Qinghai's universities print (仁青多杰, 才让东智; session 52, R144).
  '|多杰|东智|东知|东主|旦正|拉毛|更登|桑杰|完玛|本加|官却|尖措|才旦|万玛|周加|加羊|吉太';
const TWO_PARTS = new RegExp(`^(?:${PARTS})(?:${PARTS})`, 'u');
const ONE_PART = new RegExp(`^(?:${PARTS})`, 'u');

/**
 * The Tibetan name of two parts opening `text` at `at`, when `boundary` follows it, or of one part when its clause ends
 * there; else null.
 */
export function tibetanNameAt(text: string, at: number, boundary: RegExp): string | null {
  const m = TWO_PARTS.exec(text.slice(at, at + 6));
  if (m) return boundary.test(text.slice(at + m[0].length)) ? m[0] : null;
  // One part alone closing its clause (副校长顿珠，拉萨市…; session 64, R286): many Tibetans go by one name.
  const one = ONE_PART.exec(text.slice(at, at + 4));
  return one && /^[，,；;。、]/u.test(text.slice(at + one[0].length)) ? one[0] : null;
}
