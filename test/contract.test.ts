import { describe, expect, it } from 'vitest';
import { extractText } from '../src/extract/extract-document.ts';
import { corpus } from './helpers.ts';

// One contract suite that both the Chinese and the English extractor pass.
describe.each([
  ['zh', corpus('cn-ru-2023-joint-statement-part3.zh.txt')],
  ['en', corpus('cn-ru-2023-joint-statement-part3.en.txt')],
])('%s extractor contract', (lang, text) => {
  const r = extractText(text);
  const domains = new Set(['politics_diplomacy', 'international_order', 'security', 'counter_terrorism', 'law_enforcement', 'military', 'cyber_information', 'economy_trade', 'finance', 'energy', 'transport_logistics', 'agriculture', 'science_technology', 'space', 'climate_environment', 'ocean_polar', 'health', 'education', 'culture', 'tourism', 'sports', 'media', 'youth', 'emergency_management', 'development', 'local_cooperation']);

  it('describes the document', () => {
    expect(r.document.language).toBe(lang);
    expect(r.document.id).toMatch(/^[0-9a-f]{16}$/);
    expect(r.document.parties).toEqual(['CN', 'RU']);
    expect(r.document.title).toBeTruthy();
  });
  it('gives sentences with offsets into the original text', () => {
    r.sentences.forEach((s, i) => {
      expect(s.index).toBe(i);
      expect(s.end).toBeGreaterThan(s.start);
      expect(text.slice(s.start, s.end).replace(/\s/g, '')).toBe(s.text.replace(/\s/g, ''));
    });
  });
  it('gives commitments in the annotation shape, tied to their sentence', () => {
    expect(r.commitments.length).toBeGreaterThan(30);
    for (const c of r.commitments) {
      const s = r.sentences[c.sentence];
      expect(s).toBeDefined();
      expect(c.actors.length).toBeGreaterThan(0);
      for (const a of c.actors) expect(a.id).toMatch(/^[A-Z]{2}$/);
      expect(domains.has(c.domain.id)).toBe(true);
      expect(['support', 'oppose']).toContain(c.polarity);
      expect(typeof c.modality).toBe('string');
      expect(c.action).toHaveProperty('lemma');
      if (c.forum) expect(Object.keys(c.forum).sort()).toEqual(['abbr', 'id', 'name', 'nameZh', 'text']);
      expect(c.evidence.start).toBeGreaterThanOrEqual(s.start);
      expect(c.evidence.end).toBeLessThanOrEqual(s.end);
    }
  });
  it('has both polarities and the seed forums', () => {
    expect(new Set(r.commitments.map((c) => c.polarity))).toEqual(new Set(['support', 'oppose']));
    expect(new Set(r.commitments.map((c) => c.forum?.id).filter(Boolean))).toEqual(new Set(['WHO', 'BRICS', 'SCO', 'G20', 'APEC', 'IOC', 'OCA', 'UN', 'CICA', 'WTO', 'GDI_FRIENDS', 'UNSC']));
  });
});
