import { describe, expect, it } from 'vitest';
import { translate } from './messages';
import { actorLifespan, tieDates, tieDatesInPanel } from './tie-dates';

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

describe('tieDatesInPanel', () => {
  const pilot = { since: '2016-05-01', until: '2017-03-31' };
  const open = { since: null, until: null };

  it('ends a tie with the actor or the partner that ended first, and says which', () => {
    expect(tieDatesInPanel({ since: '2016-09-01', until: null }, open, pilot, 'nl', nl)).toMatch(/^1 sep\.? 2016 – 31 mrt\.? 2017 \(einde van de partner\)$/);
    expect(tieDatesInPanel({ since: '2016-09-01', until: null }, pilot, open, 'en', en)).toMatch(/^1 Sept? 2016 – 31 Mar 2017 \(end of this actor\)$/);
    expect(tieDatesInPanel({ since: null, until: '2020-01-01' }, open, pilot, 'nl', nl)).toMatch(/^tot en met 31 mrt\.? 2017 \(einde van de partner\)$/);
    expect(tieDatesInPanel({ since: '2016-09-01', until: null }, open, { since: null, until: null }, 'nl', nl)).toMatch(/^sinds 1 sep\.? 2016$/);
  });

  it('keeps the tie\'s own end when it came first', () => {
    expect(tieDatesInPanel({ since: '2016-05-01', until: '2017-01-31' }, open, pilot, 'nl', nl)).toMatch(/^1 mei 2016 – 31 jan\.? 2017$/);
    expect(tieDatesInPanel({ since: '2016-05-01', until: '2017-03-31' }, pilot, open, 'en', en)).toBe('1 May 2016 – 31 Mar 2017');
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
