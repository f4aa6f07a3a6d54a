/** Chinese when Han characters outnumber Latin letters by a fifth or more; else English. */
export function detectLanguage(text: string): 'zh' | 'en' {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  // Counted by regular expressions rather than a loop over charCodeAt, which V8 ran a hundred times
  // slower on some runs over strings built by concatenation.
  const han = sample.length - sample.replace(HAN, '').length;
  if (han === 0) return 'en'; // no Latin letters to count then
  const latin = sample.length - sample.replace(LATIN, '').length;
  return han * 5 >= latin ? 'zh' : 'en';
}

const HAN = /[\u4e00-\u9fff]/g;
const LATIN = /[A-Za-z]/g;
