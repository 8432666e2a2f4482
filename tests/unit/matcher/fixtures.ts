/** Small inline entities shaped like the curated ones, so these tests do not move with data/. */
import type { Entity } from '../../../core/schema.ts';

const entity = (
  id: string,
  name: string,
  aliases: Entity['aliases'],
  kind: Entity['kind'] = 'person',
): Entity => ({
  id,
  kind,
  name,
  description: `${name}, for tests.`,
  aliases,
});

export const entities: Entity[] = [
  entity('evo-morales', 'Evo Morales', [
    { text: 'Evo Morales' },
    { text: 'Evo Morales Ayma' },
    { text: 'Evo', needsContext: true },
    {
      text: 'Morales',
      needsContext: true,
      exclude: ['Esther Morales Ayma', 'Ester Morales Ayma', 'Esther Morales'],
    },
  ]),
  entity(
    'mas-ipsp',
    'Movement for Socialism',
    [{ text: 'MAS', caseSensitive: true }, { text: 'Movimiento al Socialismo' }],
    'organisation',
  ),
  entity('luis-arce', 'Luis Arce', [{ text: 'Luis Arce' }, { text: 'Arce', needsContext: true }]),
  entity('patricia-arce', 'Patricia Arce', [{ text: 'Patricia Arce' }, { text: 'Arce', needsContext: true }]),
  entity('carlos-mesa', 'Carlos Mesa', [
    { text: 'Carlos Mesa' },
    { text: 'Mesa', needsContext: true, caseSensitive: true },
  ]),
  entity(
    'decree-4078',
    'Supreme Decree 4078',
    [
      { text: 'Decree 4078' },
      { text: 'Decree No. 4,078' },
      { text: 'Supreme Decree 4078' },
      { text: 'Decreto Supremo 4078' },
      { text: 'D.S. 4078' },
    ],
    'law',
  ),
  entity('jeanine-anez', 'Jeanine Áñez', [{ text: 'Jeanine Áñez' }, { text: 'Áñez', needsContext: true }]),
  entity('senkata', 'Senkata', [{ text: 'Senkata' }], 'place'),
  entity(
    'giei',
    'GIEI Bolivia',
    [
      { text: 'GIEI Bolivia' },
      { text: 'GIEI', caseSensitive: true, needsContext: true },
      { text: 'Interdisciplinary Group of Independent Experts', needsContext: true },
      { text: 'Grupo Interdisciplinario de Expertos Independientes', needsContext: true },
    ],
    'organisation',
  ),
  entity(
    'chapare',
    'Chapare',
    [
      { text: 'Chapare' },
      { text: 'Trópico de Cochabamba' },
      { text: 'Trópico', caseSensitive: true, needsContext: true },
    ],
    'place',
  ),
  entity(
    'october-2019-election',
    '2019 Bolivian general election',
    [
      { text: '2019 Bolivian general election' },
      { text: 'October 2019 election', needsContext: true },
      { text: 'elecciones de octubre de 2019', needsContext: true },
    ],
    'event',
  ),
  entity('qaqachaka', 'Qaqachaka', [{ text: 'Qaqachaka' }], 'place'),
];
