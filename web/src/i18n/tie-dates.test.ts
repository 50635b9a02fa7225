import { describe, expect, it } from 'vitest';
import { translate } from './messages';
import { actorLifespan, tieDates } from './tie-dates';

const nl = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate('nl', key, params);
const en = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate('en', key, params);

describe('tieDates', () => {
  it('says the period of a tie as dates in the UI language, never as ISO text', () => {
    const ended = { since: '2019-03-01', until: '2022-12-31' };
    expect(tieDates(ended, 'nl', nl)).toMatch(/^1 mrt\.? 2019 – 31 dec\.? 2022$/);
    expect(tieDates(ended, 'en', en)).toMatch(/^1 Mar 2019 – 31 Dec 2022$/);
    expect(tieDates({ since: '2019-03-01', until: null }, 'nl', nl)).toMatch(/^sinds 1 mrt\.? 2019$/);
    expect(tieDates({ since: null, until: '2022-12-31' }, 'nl', nl)).toMatch(/^tot en met 31 dec\.? 2022$/);
    expect(tieDates({ since: null, until: '2022-12-31' }, 'en', en)).toBe('until 31 Dec 2022');
    expect(tieDates({ since: null, until: null }, 'nl', nl)).toBe('');
  });
});

describe('actorLifespan', () => {
  it('says the days an actor exists as one line in the UI language, or nothing when none is known', () => {
    const pilot = { since: '2016-05-01', until: '2018-04-30' };
    expect(actorLifespan(pilot, 'nl', nl)).toMatch(/^Bestaat van 1 mei 2016 tot en met 30 apr\.? 2018$/);
    expect(actorLifespan(pilot, 'en', en)).toBe('Exists from 1 May 2016 until 30 Apr 2018');
    expect(actorLifespan({ since: '2016-05-01', until: null }, 'nl', nl)).toBe('Bestaat sinds 1 mei 2016');
    expect(actorLifespan({ since: null, until: '2018-04-30' }, 'en', en)).toBe('Exists until 30 Apr 2018');
    expect(actorLifespan({ since: null, until: null }, 'nl', nl)).toBe('');
  });
});
