/** The healthy BMI range (WHO), and the weight a BMI means at a height. */
export const HEALTHY_BMI = { low: 18.5, high: 25 } as const;

export const bmiOf = (kg: number, cm: number) => kg / (cm / 100) ** 2;
export const weightAtBmi = (bmi: number, cm: number) => bmi * (cm / 100) ** 2;
