import { maxQuestionsPerSession, type NamedCount, type SessionSetup, type SetupOptions } from '../../../../../shared/domain/sessions';
import { CheckboxList } from './CheckboxList';
import { RadioGroup } from './RadioGroup';
import { errorId, type FieldErrors } from '../../../lib/field-errors';
import { FieldError } from '../../../components/FieldError';

interface Props {
  options: SetupOptions;
  setup: SessionSetup;
  matchCount: number | null;
  errors: FieldErrors;
  onChange: (patch: Partial<SessionSetup>) => void;
}

/** Categories and tags that the chosen banks have, so no choice leads to an empty session. */
export function availableIn(list: NamedCount[], bankIds: readonly number[]): NamedCount[] {
  const banks = new Set(bankIds);
  return list.filter((entry) => entry.bankIds.some((id) => banks.has(id)));
}

function chosenSummary(count: number, all: string): string {
  return count === 0 ? all : `${count} chosen`;
}

/** Which questions, how many and in what order. */
export function QuestionChoice({ options, setup, matchCount, errors, onChange }: Props) {
  const categories = availableIn(options.categories, setup.bankIds);
  const tags = availableIn(options.tags, setup.bankIds);
  const liveCategories = setup.categories.filter((c) => categories.some((entry) => entry.name === c));
  const liveTags = setup.tags.filter((t) => tags.some((entry) => entry.name === t));
  const noHistory = 'after your first session';
  const askBanks = new Set(options.banks.filter((b) => b.purpose === 'ask').map((b) => b.id));
  return (
    <fieldset className="setup-section">
      <legend>Questions</legend>
      <CheckboxList
        id="setup-banks"
        legend="Banks"
        hint={
          setup.includeQuestionsToAsk
            ? 'Questions to ask the interviewer are included: you will be timed asking them.'
            : askBanks.size > 0
              ? 'Questions to ask the interviewer are yours to ask, so they are left out unless ticked.'
              : undefined
        }
        options={options.banks.map((bank) => ({
          value: bank.id,
          label: bank.name,
          detail: `${bank.questionCount}${bank.purpose === 'ask' ? ', to ask' : ''}`,
          disabled: bank.questionCount === 0,
        }))}
        selected={setup.bankIds}
        // Ticking a bank of questions to ask is the one way to include them.
        onChange={(bankIds) => onChange({ bankIds, includeQuestionsToAsk: bankIds.some((id) => askBanks.has(id)) })}
        error={errors['setup.bankIds'] ?? errors.bankIds}
      />
      {categories.length > 0 && (
        <details className="filter-details">
          <summary>Categories: {chosenSummary(liveCategories.length, 'all')}</summary>
          <CheckboxList
            id="setup-categories"
            legend="Categories"
            hint="None ticked means every category."
            options={categories.map((c) => ({ value: c.name, label: c.name, detail: String(c.count) }))}
            selected={liveCategories}
            onChange={(chosen) => onChange({ categories: chosen })}
          />
        </details>
      )}
      {tags.length > 0 && (
        <details className="filter-details">
          <summary>Tags: {chosenSummary(liveTags.length, 'any')}</summary>
          <CheckboxList
            id="setup-tags"
            legend="Tags"
            hint="A question needs at least one ticked tag. None ticked means any tags."
            options={tags.map((t) => ({ value: t.name, label: t.name, detail: String(t.count) }))}
            selected={liveTags}
            onChange={(chosen) => onChange({ tags: chosen })}
          />
        </details>
      )}
      <p role="status" aria-live="polite" className="match-count">
        {matchCount === null
          ? ''
          : matchCount === 0
            ? 'No questions match this choice.'
            : `${matchCount} ${matchCount === 1 ? 'question matches' : 'questions match'}${matchCount < setup.count ? `, so the session will have ${matchCount}` : ''}.`}
      </p>
      <div className="setup-row">
        <label>
          Number of questions (1–{maxQuestionsPerSession})
          <input
            type="number"
            min={1}
            max={maxQuestionsPerSession}
            value={setup.count}
            aria-invalid={errors['setup.count'] ? true : undefined}
            aria-describedby={errors['setup.count'] ? errorId('setup', 'count') : undefined}
            onChange={(e) => onChange({ count: Number(e.currentTarget.value) })}
          />
          <FieldError id={errorId('setup', 'count')} message={errors['setup.count']} />
        </label>
        <RadioGroup
          legend="Order"
          name="setup-order"
          value={setup.order}
          onChange={(order) => onChange({ order })}
          hint={options.hasHistory ? 'Weakest first and due for review fill any remaining places at random.' : undefined}
          options={[
            { value: 'random', label: 'Random' },
            {
              value: 'weakest',
              label: 'Weakest first',
              detail: options.hasHistory ? 'lowest confidence so far' : noHistory,
              disabled: !options.hasHistory,
            },
            {
              value: 'due',
              label: 'Due for review',
              detail: options.hasHistory ? 'what the review schedule brings back now' : noHistory,
              disabled: !options.hasHistory,
            },
          ]}
        />
      </div>
    </fieldset>
  );
}
