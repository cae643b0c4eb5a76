import type { Card, CardFace, MythWords } from './types';
import { withFace } from './card-face';

export const spotReductionFaceEs: CardFace = {
  title: 'No puedes elegir de dónde se va la grasa',
  honest:
    'Un músculo sí se puede entrenar por separado, pero la grasa se pierde en todo el cuerpo y en el orden que decide tu organismo. En muchas personas, la parte baja de la espalda y la zona del sujetador están entre los últimos lugares en afinarse. Que ahí el cambio vaya lento es normal; no quiere decir que lo estés haciendo mal.',
};

export const spotReductionCardEs: Card = /*#__PURE__*/ withFace<Card, keyof CardFace>(spotReductionFaceEs, {
  claim: 'Con los ejercicios, las fajas o las cremas adecuadas, la grasa se irá de una zona concreta: la espalda, la zona del sujetador o el abdomen.',
  instead: [
    'Come un poco menos de lo que gastas: un déficit pequeño que puedas mantener durante meses.',
    'Entrena la fuerza de todo el cuerpo 3\u20114 veces por semana y, dentro de esas sesiones, trabaja la espalda 2\u20113 veces (remos, jalones, bisagra de cadera, face pulls).',
    'Camina 30\u201145 minutos casi todos los días; los pasos del día a día también suman.',
    'Dale prioridad a la proteína y duerme 7\u20119 horas: las dos cosas hacen el déficit más llevadero.',
  ],
  timeline: [
    { when: 'Semanas 2\u20114', what: 'Ganas postura y fuerza; una espalda más fuerte puede verse mejor con ropa casi enseguida.' },
    { when: 'Semanas 6\u201112', what: 'La cara, la cintura y los brazos suelen cambiar antes; la espalda muchas veces se queda atrás.' },
    { when: 'Meses 3\u20116', what: 'En muchas personas, la zona del sujetador y la parte baja de la espalda empiezan a ceder.' },
  ],
  nextStep: 'Planifica tres sesiones de cuerpo completo para esta semana y anota la primera en tu calendario.',
});

export const spotReductionWordsEs: MythWords = {
  label: 'Reducción localizada',
  why: 'promete quitar grasa de una zona elegida',
};
