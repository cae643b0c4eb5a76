import { Component } from 'preact';
import { energyPlan, validatePlanInput, type RawInput } from '../../lib/plan';
import { MedicalNote } from '../RealityCard';
import { ui } from '../i18n/ui';

type Field = 'age' | 'height' | 'weight';
const FIELDS = [
  ['age', 'common.form.age', 'common.form.years'],
  ['height', 'common.form.height', 'cm'],
  ['weight', 'common.form.weight', 'kg'],
] as const;

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
      <section class="rc-card rc-flat" aria-label={ui.t('embed.plan_label')}>
        <p class="rc-kicker">{ui.t('card.kicker')}</p>
        <Heading class="rc-title">{ui.t('embed.plan_title')}</Heading>
        <div class="rc-form">
          <label class="rc-field">
            <span>{ui.t('common.form.sex')}</span>
            <select value={String(raw.sex)} onChange={this.set('sex')}>
              <option value="female">{ui.t('common.form.female')}</option>
              <option value="male">{ui.t('common.form.male')}</option>
            </select>
          </label>
          {FIELDS.map(([name, label, unit]) => {
            const error = result.ok ? undefined : result.errors[name]?.(ui);
            // The message sits outside the label: inside it, it became part of the field's name, read twice.
            return (
              <div class="rc-field" key={name}>
                <label for={`rc-in-${name}`}>
                  {ui.t(label)} <small>({unit === 'common.form.years' ? ui.t(unit) : unit})</small>
                </label>
                <input
                  id={`rc-in-${name}`}
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
              </div>
            );
          })}
        </div>
        <p aria-live="polite" class="rc-result">
          {e
            ? ui.t(e.floorApplied ? 'embed.plan_result_floor' : 'embed.plan_result', {
                maintenance: ui.num(e.maintenance),
                target: ui.num(e.target),
                pace: ui.num(e.weeklyLossKg),
                floor: ui.num(e.floor),
              })
            : ui.t('embed.plan_empty')}
        </p>
        <MedicalNote />
      </section>
    );
  }
}
