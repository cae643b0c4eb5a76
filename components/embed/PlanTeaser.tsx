import { Component } from 'preact';
import { energyPlan, validatePlanInput, type RawInput } from '../../lib/plan';
import { MedicalNote } from '../RealityCard';

type Field = 'age' | 'height' | 'weight';
const FIELDS: [Field, string, string][] = [
  ['age', 'Age', 'years'],
  ['height', 'Height', 'cm'],
  ['weight', 'Weight', 'kg'],
];

/**
 * The compact planner for blogs: four numbers in, an honest daily target and pace out. No storage, no
 * network: everything is computed on the reader's device. A class component, so the embed needs no hooks
 * runtime and stays within its size budget.
 */
export class PlanTeaser extends Component<{ headingLevel?: 2 | 3 | 4 }, { raw: RawInput }> {
  override state = { raw: { sex: 'female', age: '35', height: '165', weight: '72', activity: 'light', sessions: '3' } as RawInput };

  private set = (field: keyof RawInput) => (e: Event) =>
    this.setState({ raw: { ...this.state.raw, [field]: (e.currentTarget as HTMLInputElement).value } });

  render() {
    const { raw } = this.state;
    const result = validatePlanInput(raw, 'metric');
    const Heading = `h${this.props.headingLevel ?? 2}` as 'h2';
    const e = result.ok ? energyPlan(result.value) : null;
    return (
      <section class="rc-card rc-flat" aria-label="Quick, honest plan">
        <p class="rc-kicker">Reality check</p>
        <Heading class="rc-title">Your honest starting numbers</Heading>
        <div class="rc-form">
          <label class="rc-field">
            <span>Sex</span>
            <select value={String(raw.sex)} onChange={this.set('sex')}>
              <option value="female">Female</option>
              <option value="male">Male</option>
            </select>
          </label>
          {FIELDS.map(([name, label, unit]) => {
            const error = result.ok ? undefined : result.errors[name];
            return (
              <label class="rc-field" key={name}>
                <span>
                  {label} <small>({unit})</small>
                </span>
                <input
                  inputMode="decimal"
                  value={String(raw[name] ?? '')}
                  onInput={this.set(name)}
                  aria-invalid={error ? 'true' : undefined}
                  aria-describedby={error ? `rc-err-${name}` : undefined}
                />
                {error && (
                  <span id={`rc-err-${name}`} class="rc-error">
                    {error}
                  </span>
                )}
              </label>
            );
          })}
        </div>
        <p aria-live="polite" class="rc-result">
          {e
            ? `Maintenance is about ${e.maintenance} kcal a day. A gentle target is about ${e.target} kcal, roughly ${e.weeklyLossKg.toFixed(1)} kg a week at first${e.floorApplied ? ` (never under ${e.floor} kcal)` : ''}. Add strength training 3-4 times a week and daily walks, and judge it over months, not days.`
            : 'Fill in the fields above to see your numbers.'}
        </p>
        <MedicalNote />
      </section>
    );
  }
}
