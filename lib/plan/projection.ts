/**
 * Weight projection with Kevin Hall's dynamic energy-balance model for adults (Hall et al., Lancet 2011),
 * the model behind the NIH Body Weight Planner. Equations and constants follow the open implementation
 * documented in the INSP-RH "bw" package; state is integrated with RK4 in one-day steps.
 */
export interface ProjectionPerson {
  sex: 'female' | 'male';
  ageYears: number;
  heightM: number;
  weightKg: number;
  /** Physical activity level: total energy expenditure / resting metabolic rate (about 1.4-2.0). */
  pal: number;
}

export interface ProjectionDay {
  day: number;
  weight: number;
  fat: number;
  lean: number;
}

// Energy densities and costs, kcal (converted from the model's kJ values).
const RHO_G = 4206.501; // glycogen, per kg
const RHO_F = 9440.727; // fat, per kg
const RHO_L = 1816.444; // lean, per kg
const GAMMA_F = 3.107075; // fat maintenance, per kg per day
const GAMMA_L = 21.98853; // lean maintenance, per kg per day
const ETA_F = 179.2543; // fat synthesis cost, per kg
const ETA_L = 229.4455; // lean synthesis cost, per kg
const BETA_TEF = 0.1;
const BETA_AT = 0.14;
const TAU_AT = 14;
const SODIUM = 3220;
const ZETA_NA = 3000;
const ZETA_CI = 4000;
const CARB_SHARE = 0.5;
const GLYCOGEN_BASE = 0.5;
/** Forbes' partition constant scaled to energy densities. */
const C = 10.4 * (RHO_L / RHO_F);
const ALPHA1 = -(1 + ETA_L / RHO_L) * C;
const ALPHA2 = -(1 + ETA_F / RHO_F);

/**
 * Daily weight, fat and lean mass for `days` days after a constant change of energy intake
 * (`intakeChange` kcal/day; negative for a deficit) from the person's baseline (weight-stable) intake.
 * Day 0 is the starting state.
 */
export function projectWeight(p: ProjectionPerson, intakeChange: number, days: number): ProjectionDay[] {
  const female = p.sex === 'female';
  const { ageYears: age, heightM: ht, weightKg: bw, pal } = p;
  const rmr = 9.99 * bw + 625 * ht - 4.92 * age + (female ? -161 : 5);
  const baseIntake = rmr * pal;
  const delta = ((1 - BETA_TEF) * pal - 1) * (rmr / bw);
  const ecf0 = female ? -4 + 5.98 * ht + 0.167 * bw : 0.025 * age + 9.57 * ht + 0.191 * bw - 12.4;
  const logBmi = Math.log(bw / (ht * ht));
  const fat0 = female ? (bw * (0.14 * age + 39.96 * logBmi - 102.01)) / 100 : (bw * (0.14 * age + 37.31 * logBmi - 103.94)) / 100;
  const lean0 = bw - (ecf0 + fat0 + 3.7 * GLYCOGEN_BASE);
  const K = baseIntake - GAMMA_L * lean0 - GAMMA_F * fat0 - delta * bw;
  const carbBase = CARB_SHARE * baseIntake;
  const kG = carbBase / (GLYCOGEN_BASE * GLYCOGEN_BASE);

  const intake = baseIntake + intakeChange;
  const carbs = CARB_SHARE * intake;
  const tef = BETA_TEF * intakeChange;
  const fatOf = (L: number) => fat0 * Math.exp((RHO_L * (L - lean0)) / (RHO_F * C));
  const dG = (G: number) => (carbs - kG * G * G) / RHO_G;
  const dAT = (AT: number) => (BETA_AT * intakeChange - AT) / TAU_AT;
  const dECF = (ECF: number) => (-ZETA_NA * (ECF - ecf0) - ZETA_CI * (1 - carbs / carbBase)) / SODIUM;
  const dL = (L: number, G: number, AT: number, ECF: number) => {
    const F = fatOf(L);
    const weight = L + F + ECF + 3.7 * G;
    const r = K + delta * weight + tef + AT - intake + dG(G);
    return ((r + GAMMA_L * L + GAMMA_F * F) / (ALPHA1 + ALPHA2 * F)) * (C / RHO_L);
  };
  const rk4 = (y: number, f: (y: number) => number) => {
    const k1 = f(y);
    const k2 = f(y + 0.5 * k1);
    const k3 = f(y + 0.5 * k2);
    const k4 = f(y + k3);
    return y + (k1 + 2 * k2 + 2 * k3 + k4) / 6;
  };

  let AT = 0;
  let ECF = ecf0;
  let G = GLYCOGEN_BASE;
  let L = lean0;
  const out: ProjectionDay[] = [{ day: 0, weight: bw, fat: fatOf(L), lean: L }];
  for (let day = 1; day <= days; day++) {
    const [AT1, ECF1, G1] = [rk4(AT, dAT), rk4(ECF, dECF), rk4(G, dG)];
    // Lean mass sees the other states at the step's start, middle (mean) and end, as in the reference code.
    const mid = [0.5 * (G + G1), 0.5 * (AT + AT1), 0.5 * (ECF + ECF1)] as const;
    const k1 = dL(L, G, AT, ECF);
    const k2 = dL(L + 0.5 * k1, ...mid);
    const k3 = dL(L + 0.5 * k2, ...mid);
    const k4 = dL(L + k3, G1, AT1, ECF1);
    L += (k1 + 2 * k2 + 2 * k3 + k4) / 6;
    [AT, ECF, G] = [AT1, ECF1, G1];
    const F = fatOf(L);
    out.push({ day, weight: F + L + ECF + 3.7 * G, fat: F, lean: L });
  }
  return out;
}

/** The person's weight-stable intake at baseline (Mifflin-St Jeor RMR x PAL), as the model assumes. */
export function baselineIntake(p: ProjectionPerson): number {
  const rmr = 9.99 * p.weightKg + 625 * p.heightM - 4.92 * p.ageYears + (p.sex === 'female' ? -161 : 5);
  return rmr * p.pal;
}
