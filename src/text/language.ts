/** Chinese when Han characters outnumber Latin letters by a fifth or more; else English. */
export function detectLanguage(text: string): 'zh' | 'en' {
  let han = 0,
    latin = 0;
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) han++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  return han * 5 >= latin ? (han > 0 ? 'zh' : 'en') : 'en';
}
