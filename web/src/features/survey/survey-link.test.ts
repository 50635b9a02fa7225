import { describe, expect, it } from 'vitest';
import { surveyLinkFor, surveyTokenOf } from './survey-link';

describe('personal survey links', () => {
  const token = 'Xb3_-k9Qa0aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';

  it('puts the token in the fragment, never in the path or the query', () => {
    const link = new URL(surveyLinkFor('https://weefsel.example/', token));
    expect(link.pathname).toBe('/');
    expect(link.search).toBe('');
    expect(link.hash).toBe(`#bevraging=${token}`);
  });

  it('reads back the token it wrote', () => {
    expect(surveyTokenOf(new URL(surveyLinkFor('http://127.0.0.1:4000', token)).hash)).toBe(token);
  });

  it('is not a survey link without the key or with an empty token', () => {
    expect(surveyTokenOf('')).toBeNull();
    expect(surveyTokenOf('#view-panel')).toBeNull();
    expect(surveyTokenOf('#bevraging=')).toBeNull();
    expect(surveyTokenOf('#bevraging=%20')).toBeNull();
  });
});
