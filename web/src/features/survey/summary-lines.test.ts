import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/messages';
import { emptyDraft, newPartner } from './answer-draft';
import { placeIssue } from './form-issues';
import { summaryLines } from './summary-lines';

describe('the error summary, in the user language', () => {
  const partner = newPartner({ actorId: 'org-1' });
  const draft = { ...emptyDraft, partners: [partner] };
  const name = () => 'Buurtwerk Noord';
  const lines = (language: 'nl' | 'en', path: string, code: string, params = {}) =>
    summaryLines([placeIssue({ path, code, params }, draft)], draft, name, (key, p) => translate(language, key, p), language).map((line) => line.text);

  it('names the partner and the question', () => {
    expect(lines('nl', 'partners[0].level', 'required')).toEqual(['Buurtwerk Noord: "Hoe nauw werkt u samen?" is verplicht']);
    expect(lines('en', 'partners[0].level', 'required')).toEqual(['Buurtwerk Noord: "How closely do you work together?" is required']);
  });

  it('names the partner alone for a problem with the partner itself, and the question alone for the contact', () => {
    expect(lines('nl', 'partners[0].partnerActorId', 'selfAsPartner')).toEqual(['Buurtwerk Noord: is uw eigen organisatie; vermeld de partners waarmee u samenwerkt']);
    expect(lines('en', 'contact.email', 'tooLong', { max: 200 })).toEqual(['"Email address (optional)" must be at most 200 characters long']);
  });

  it('says a refused link as it is, in the user language', () => {
    expect(lines('nl', 'token', 'surveyLinkRevoked')).toEqual(['deze link werd ingetrokken; vraag de organisator om een nieuwe link']);
    // Days as people read them, not as the API sends them.
    expect(lines('nl', 'token', 'surveyClosed', { closesOn: '2027-01-31' })).toEqual(['de bevraging is afgesloten op 31 jan 2027; antwoorden kunnen niet meer gewijzigd worden']);
    expect(lines('en', 'token', 'surveyNotOpenYet', { opensOn: '2027-01-31' })).toEqual(['the survey opens on 31 Jan 2027; come back then']);
  });
});
