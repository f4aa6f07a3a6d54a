/**
 * British and American spellings of an English name, all accepted: a text may write "Shanghai
 * Co-operation Organisation" where the data says "Shanghai Cooperation Organization".
 */
const PAIRS: [RegExp, string, string][] = [
  [/([Oo]rgani)[sz](ation)/g, '$1s$2', '$1z$2'],
  [/([Cc]o)-?(operation)/g, '$1$2', '$1-$2'],
  [/([Cc]ent)(re|er)\b/g, '$1re', '$1er'],
  [/([Pp]rogram)(me)?\b/g, '$1me', '$1'],
  [/([Dd]efen)[cs](e)\b/g, '$1c$2', '$1s$2'],
  [/([Ll]abo)u?(r)\b/g, '$1u$2', '$1$2'],
  [/([Ff]avo|[Nn]eighbo|[Ee]ndeavo|[Bb]ehavio|[Hh]ono)u?(r)/g, '$1u$2', '$1$2'],
];

export function spellings(name: string): Set<string> {
  let out = new Set([name]);
  for (const [re, a, b] of PAIRS) {
    if (!re.test(name)) continue;
    re.lastIndex = 0;
    const next = new Set<string>();
    for (const n of out) {
      next.add(n.replace(re, a));
      next.add(n.replace(re, b));
    }
    out = next;
  }
  return out;
}
