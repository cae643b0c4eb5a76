import type { Card, CardFace, MythWords } from './types';
import { withFace } from './card-face';

export const magicProductFaceEs: CardFace = {
  title: 'Ninguna crema, faja ni infusión quema la grasa de una zona',
  honest:
    'Las vendas y los cinturones te hacen sudar, y esa agua vuelve en cuanto bebes. Las cremas y los tés no sacan la grasa de ninguna zona, y las bebidas «detox» actúan sobre todo como laxantes o diuréticos. Una faja reductora aprieta, pero no adelgaza.',
};

export const magicProductCardEs: Card = /*#__PURE__*/ withFace<Card, keyof CardFace>(magicProductFaceEs, {
  claim: 'Una crema, unas vendas, un cinturón térmico, una faja reductora, un té o una cura detox harán desaparecer la grasa.',
  instead: [
    'Invierte ese dinero en un buen calzado para caminar 30\u201145 minutos casi todos los días.',
    'Entrena la fuerza de todo el cuerpo 3\u20114 veces por semana.',
    'Mantén un déficit calórico pequeño y constante, con suficiente proteína.',
    'Cuida tu descanso: cuando duermes mal, el hambre aprieta más.',
  ],
  timeline: [
    { when: 'El mismo día', what: 'Los «centímetros perdidos» con vendas o fajas son agua y compresión; vuelven.' },
    { when: 'Semanas 6\u201112', what: 'Empieza a verse un cambio real y duradero gracias al entrenamiento y a un déficit moderado.' },
    { when: 'Meses 3\u20116', what: 'En muchas personas, las zonas más rebeldes le siguen el paso.' },
  ],
  nextStep: 'Antes de comprar nada, registra hoy una caminata y observa cómo te sientes esta semana.',
});

export const magicProductWordsEs: MythWords = {
  label: 'Producto milagro',
  why: 'vende un producto que supuestamente derrite la grasa por ti',
};
