import { expect, test } from 'vitest';
import { claimsToMark } from '../../lib/page-claims';
import { parseJudgeReply, toReply } from '../../lib/messages';

const text = 'Intro.\nMelt belly fat in 7 days with this one drink! Then burn thigh fat in a week without dieting.';

test('a judge reply carries no sentences: each claim gets its own back from the text that was sent', () => {
  const claims = claimsToMark(text);
  expect(claims.length).toBeGreaterThan(0);
  const sent = JSON.stringify(toReply(claims));
  expect(sent).not.toContain('Melt');
  const back = parseJudgeReply(JSON.parse(sent), text)!;
  expect(back.map(({ myth, start, end, sentence }) => ({ myth, start, end, sentence }))).toEqual(claims.map(({ myth, start, end, sentence }) => ({ myth, start, end, sentence })));
  back.forEach((c, i) => expect(c.confidence).toBeCloseTo(claims[i]!.confidence, 3));
});

test('a reply whose claims reach past the text sent, or that is malformed, is refused whole', () => {
  const ok = [7, 20, 0, 900];
  const reply = (...claims: unknown[][]) => ({ myths: ['rapid-fix'], claims: claims.flat() });
  expect(parseJudgeReply(reply(ok), text)).toEqual([{ myth: 'rapid-fix', start: 7, end: 20, sentence: text.slice(7, 20), confidence: 0.9 }]);
  for (const bad of [[7, text.length + 1, 0, 900], [20, 20, 0, 900], [7, 20, 1, 900], [7, 20, 0, '1'], [-1, 20, 0, 900], [7, 20, 0]]) {
    expect(parseJudgeReply(reply(ok, bad), text)).toBeNull();
  }
  expect(parseJudgeReply({ myths: [1], claims: ok }, text)).toBeNull();
  expect(parseJudgeReply(reply(...Array(10_001).fill(ok)), text)).toBeNull();
  expect(parseJudgeReply(undefined, text)).toBeNull();
});
