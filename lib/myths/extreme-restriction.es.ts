import type { Card, CardFace, MythWords } from './types';
import { withFace } from './card-face';

export const extremeRestrictionFaceEs: CardFace = {
  title: 'Pasar hambre se vuelve en tu contra',
  honest:
    'Comer demasiado poco te deja sin energía, empeora los entrenamientos, dispara los antojos y suele terminar en efecto rebote. Un déficit que puedas repetir durante meses vale más que uno brutal que solo aguantas una semana. La mayoría de las personas necesita al menos unas 1200\u20111500\u00a0kcal al día, y muchas veces más.',
};

export const extremeRestrictionCardEs: Card = /*#__PURE__*/ withFace<Card, keyof CardFace>(extremeRestrictionFaceEs, {
  claim: 'Un plan de choque funciona más rápido: muy pocas calorías, fuera grupos enteros de alimentos o entrenar dos veces al día.',
  instead: [
    'Come lo de siempre, en cantidades algo menores y con proteína en cada comida.',
    'Recorta los extras evidentes en vez de prohibir grupos enteros de alimentos.',
    'Decide de antemano qué vas a comer entre horas en lugar de picar sin pensar, y sirve porciones un poco más pequeñas.',
    'Entrena 3\u20114 veces por semana, no dos veces al día: tu cuerpo se adapta mientras se recupera.',
  ],
  timeline: [
    { when: 'Primeras semanas', what: 'Un déficit moderado se lleva bien y te queda energía para entrenar.' },
    { when: 'Meses 1\u20113', what: 'Pérdida constante, de alrededor del 0,5\u20111\u00a0% del peso corporal por semana.' },
    { when: 'Meses 3\u20116', what: 'Los hábitos que puedes sostener siguen funcionando aunque baje la motivación.' },
  ],
  nextStep: 'Abre el planificador para ver un déficit a tu medida, con un mínimo diario que nunca se rebasa.',
});

export const extremeRestrictionWordsEs: MythWords = {
  label: 'Restricción extrema',
  why: 'anima a comer o entrenar al extremo para adelgazar rápido',
};
