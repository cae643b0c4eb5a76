import type { Card, CardFace, MythWords } from './types';
import { withFace } from './card-face';

export const rapidFixFaceEs: CardFace = {
  title: 'Un cambio real lleva meses, no días',
  honest:
    'La grasa se va despacio: un ritmo realista ronda el 0,5\u20111\u00a0% del peso corporal por semana. Lo que baja en pocos días es sobre todo agua e hinchazón, y vuelve. Las promesas de resultados en diez días hacen que mucha gente lo deje justo antes de que empiece el cambio de verdad.',
};

export const rapidFixCardEs: Card = /*#__PURE__*/ withFace<Card, keyof CardFace>(rapidFixFaceEs, {
  claim: 'En unos días o un par de semanas verás un cambio claro justo donde lo quieres.',
  instead: [
    'Elige un déficit lo bastante pequeño como para sostenerlo durante meses.',
    'Mide tu progreso en bloques de 4 semanas, no día a día.',
    'Registra algo sencillo (la tendencia del peso, la cintura, fotos o solo las sesiones hechas) y ajusta poco a poco.',
    'Sigue entrenando 3\u20114 veces por semana, también las semanas en que el espejo parece no moverse.',
  ],
  timeline: [
    { when: 'Semanas 1\u20112', what: 'Se van sobre todo agua e hinchazón; la grasa, apenas.' },
    { when: 'Semanas 6\u201112', what: 'Los cambios en la cara, la cintura y los brazos empiezan a notarse con claridad.' },
    { when: 'Meses 3\u20116', what: 'En muchas personas, las zonas más rebeldes por fin se ponen al día.' },
  ],
  nextStep: 'Apunta la fecha de hoy y una medida, y vuelve a mirar dentro de cuatro semanas, no de cuatro días.',
});

export const rapidFixWordsEs: MythWords = {
  label: 'Resultados exprés',
  why: 'promete un cambio visible del cuerpo en pocos días',
};
