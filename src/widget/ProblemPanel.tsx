import { useI18n } from '../i18n/I18nProvider';
import type { WidgetProblem } from '../lib/widgetParams';

/** Explains a misconfigured embed inline, so the frame is never blank. */
export function ProblemPanel({ problems }: { problems: WidgetProblem[] }) {
  const { t, formatList } = useI18n();
  const describe = (problem: WidgetProblem) => {
    switch (problem.kind) {
      case 'missingView':
        return t('widget.problem.missingView');
      case 'badValue':
        return t('widget.problem.badValue', { ...problem, allowed: formatList(problem.allowed) });
      case 'badPeriod':
        return t('widget.problem.badPeriod', { value: problem.value, examples: formatList(problem.examples) });
      case 'unknownParameter':
        return t('widget.problem.unknownParameter', problem);
    }
  };
  return (
    <div role="alert" className="error-panel">
      <p className="error-panel__title">{t('widget.problem.title')}</p>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>{describe(problem)}</li>
        ))}
      </ul>
    </div>
  );
}
