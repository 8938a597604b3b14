/**
 * Patterns whose word edge was written once before all their forms instead of before each (a
 * look-behind per form cost V8 compile time and a try at every position of every message). The same
 * text must read the same: the first, a middle and the last form of each pattern still match, the
 * forms written after the group (Japanese, Chinese, Korean) still match, and the edge still holds
 * where a form is glued to the word before it.
 */
import { describe, expect, it } from 'vitest';
import { classifyKind, type KindEvidence } from '../../src/domain/parse/classify';
import { openQuestionIn } from '../../src/domain/parse/openQuestions';

const none: KindEvidence = { hasTicket: false, namedSource: false, namedSpace: false, hasDates: false, workspaceDeletedAt: null };

describe('one person\'s data, read with the edge written once', () => {
  const cases: [string, string][] = [
    ['first form: a privacy law, then a person', 'Under the GDPR one user asked us to remove everything about them, please delete it.'],
    ['a middle form: a customer number', 'Please delete all events of customer id 88123.'],
    ['a middle form: Polish end user', 'Prosimy o usunięcie danych użytkownika końcowego.'],
    ['the last Latin form: her personal data in Arabic', 'طلب أحد المرضى حذف جميع بياناته الشخصية'],
    ['a form after the group: Japanese', '会員の個人情報を削除してください。'],
    ['a form after the group: Korean', '회원의 개인 정보를 삭제해 주세요.'],
    ['the law first, in the privacy-law list', 'A customer invoked the CCPA; please delete the data of this consumer.'],
  ];
  for (const [what, text] of cases) {
    it(what, () => {
      expect(classifyKind(text, none)).toBe('user_data');
    });
  }
  it('a whole workspace deleted as a noun is still a purge', () => {
    expect(classifyKind('Please proceed with a full deletion of our workspace.', none)).toBe('workspace_purge');
    expect(classifyKind('Bitte um eine vollständige Datenlöschung des Workspaces, bitte löschen.', none)).toBe('workspace_purge');
  });
});

describe('questions put before the request, read with the edge written once', () => {
  it('weighs deleting against something else', () => {
    expect(openQuestionIn('Could you delete the iOS data for Dec 1, or would that break our dashboards?')?.words).toBe('or would that break our dashboards?');
  });
  it('asks what it costs (the last form)', () => {
    expect(openQuestionIn('Hoeveel zou het kosten om de data te verwijderen?')?.words).toMatch(/^Hoeveel zou/);
  });
  it('asks for a day to run it', () => {
    expect(openQuestionIn('Please delete it, but not before Monday.')?.words).toMatch(/not before Monday$/);
  });
  it('is a ticket tool\'s notice', () => {
    expect(openQuestionIn('Your request (4521) has been solved.')).not.toBeNull();
  });
  it('takes no form glued to the word before it', () => {
    expect(openQuestionIn('Please delete the data for Dec 1; the collector would it be affected')).toBeNull();
  });
});
