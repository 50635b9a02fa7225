import { languages } from '@weefsel/graph-schema';
import { useI18n } from '../i18n/i18n-context';

/** NL/EN toggle buttons; `lang` on each makes screen readers pronounce the codes right. */
export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <div className="language-switch" role="group" aria-label={t('shell.language')}>
      {languages.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === language}
          onClick={() => setLanguage(option)}
        >
          {option.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
