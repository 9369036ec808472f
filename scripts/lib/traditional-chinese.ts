// The world's countries in Traditional Chinese, which i18n-iso-countries does not have: Taiwan's and Hong
// Kong's press would otherwise name no foreign country, and a page on a five-state summit there counted
// Kazakhstan alone. Each Simplified name is written with the Traditional form of its characters (the
// characters of the package's Chinese country names that differ, and only those); Taiwan's own names
// for the countries its press names beside Kazakhstan, where they differ from the converted ones, are
// added as they are written there.

/** Simplified → Traditional, for the characters of the package's Chinese country names that differ. */
const TRADITIONAL: Record<string, string> = Object.fromEntries(
  [
    '东東 乌烏 乔喬 买買 亚亞 伦倫 关關 兰蘭 冈岡 几幾 凯凱 刚剛 别別 劳勞 区區 卢盧 叙敘 国國 图圖 圣聖',
    '岛島 属屬 屿嶼 宁寧 宾賓 尔爾 库庫 开開 扬揚 挝撾 时時 极極 汤湯 泽澤 济濟 湾灣 爱愛 纳納 纽紐 绍紹',
    '维維 缅緬 罗羅 联聯 脱脫 腊臘 苏蘇 萨薩 莱萊 诞誕 诺諾 贝貝 赞贊 达達 门門 鲁魯 鲜鮮 麦麥 顿頓 领領',
    '韦韋 韩韓 马馬 兹茲 内內',
  ]
    .join(' ')
    .split(' ')
    .map((pair) => [pair[0], pair[1]]),
);

/** Taiwan's names where they are not the converted Simplified ones, by ISO code. */
const TAIWAN_NAMES: Record<string, string[]> = {
  UZ: ['烏茲別克'],
  KG: ['吉爾吉斯'],
  TM: ['土庫曼'],
  TJ: ['塔吉克'],
  AZ: ['亞塞拜然'],
  GE: ['喬治亞'],
  IT: ['義大利'],
  AU: ['澳洲'],
  SA: ['沙烏地阿拉伯'],
  NZ: ['紐西蘭'],
};

const toTraditional = (name: string) => [...name].map((char) => TRADITIONAL[char] ?? char).join('');

/** The Traditional names of one country, given its Simplified ones: those that differ from them. */
export function traditionalNames(code: string, simplified: string[]): string[] {
  const names = [...simplified.map(toTraditional), ...(TAIWAN_NAMES[code] ?? [])];
  return [...new Set(names)].filter((name) => !simplified.includes(name));
}
