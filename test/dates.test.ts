import { describe, expect, it } from 'vitest';
import { datelineDate, findDate, parseDate } from '../src/text/dates.ts';
import { extractText } from '../src/extract/extract-document.ts';

describe('dates as statements write them', () => {
  it.each([
    ['2023年3月21日，中华人民共和国主席习近平对俄罗斯联邦进行国事访问。', '2023-03-21'],
    ['二〇二三年三月二十一日于莫斯科', '2023-03-21'],
    ['２０１６年３月２３日', '2016-03-23'],
    ['Moscow, 21 March 2023', '2023-03-21'],
    ['New York, September 26, 2019', '2019-09-26'],
    ['Done at Sanya on the 23rd of March 2016.', '2016-03-23'],
    ['Beijing, Sept. 1 2017', '2017-09-01'],
    ['2022-03-08 23:12', '2022-03-08'],
    ['Posted 2019/9/26', '2019-09-26'],
    ['2023-02-30', null],
    ['ISBN 2023-1-15-4', null],
    ['31 February 2023', null],
    ['2023年13月1日', null],
    ['The 74th session of the General Assembly', null],
    ['May 2023 saw progress', null],
  ])('%s → %s', (text, date) => {
    expect(findDate(text)).toBe(date);
  });

  it.each([
    ['Moscow, 21 March 2023', '2023-03-21'],
    ['2023年3月21日于莫斯科', '2023-03-21'],
    ['21 March 2023', '2023-03-21'],
    ['The two sides met on 21 March 2023 in Moscow and agreed to deepen cooperation.', null],
  ])('dateline %s → %s', (line, date) => {
    expect(datelineDate(line)).toBe(date);
  });

  it.each([
    ['2023-03-21', '2023-03-21'],
    ['21 March 2023', '2023-03-21'],
    ['2023-02-30', null],
    ['March', null],
    ['next week', null],
  ])('a typed date %s → %s', (value, date) => {
    expect(parseDate(value)).toBe(date);
  });

  it('the document date: given, else stated in the opening, else a dateline at the end', () => {
    const body = 'Joint Statement of China and Russia\n\nThe two sides will deepen cooperation in health.\n\n';
    expect(extractText(`${body}Moscow, 21 March 2023`).document.date).toBe('2023-03-21');
    expect(extractText(`Moscow, 21 March 2023\n\n${body}`).document.date).toBe('2023-03-21');
    expect(extractText(`${body}Moscow, 21 March 2023`, { date: '2020-01-02' }).document.date).toBe('2020-01-02');
    expect(extractText(body).document.date).toBeNull();
  });
});
