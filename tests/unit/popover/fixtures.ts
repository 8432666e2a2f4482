/**
 * A small dataset shaped like the real one (Senkata, Decree 4078), with the edge cases
 * the view model must handle: a speaker who is the author, a source with no address,
 * a republisher, an account whose source is missing, a position nobody takes and a
 * question nobody answers.
 */
import type { Dataset } from '../../../core/schema.ts';

export const dataset: Dataset = {
  version: '1.2.0',
  sources: [
    {
      id: 'reuters-senkata-2019',
      title: 'Bolivia police say security forces did not fire at Senkata protesters',
      outlet: 'Reuters',
      authors: ['Daniel Ramos', 'Monica Machicao'],
      published: '2019-11-19',
      language: 'en',
      url: 'https://www.reuters.com/article/senkata',
    },
    {
      id: 'grayzone-senkata-2019',
      title: 'Massacre at Senkata',
      outlet: 'The Grayzone',
      authors: ['Ollie Vargas'],
      published: '2019-11-20',
      language: 'en',
      url: 'https://thegrayzone.com/senkata',
    },
    {
      id: 'pagina-siete-senkata-2019',
      title: 'Vecinos de Senkata relatan la jornada',
      outlet: 'Página Siete',
      authors: ['Redacción'],
      published: '2019-12',
      language: 'es',
      url: '',
    },
    {
      id: 'morning-star-coup-2019',
      title: 'The coup in Bolivia',
      outlet: 'Morning Star',
      via: 'Left on the Move',
      authors: ['Jane Doe'],
      published: '2019',
      language: 'en',
      url: 'https://morningstaronline.co.uk/coup',
    },
  ],
  entities: [
    {
      id: 'senkata',
      kind: 'event',
      name: 'Senkata',
      description: 'Deaths at the Senkata fuel plant in El Alto on 19 November 2019.',
      aliases: [{ text: 'Senkata' }],
    },
    {
      id: 'decree-4078',
      kind: 'law',
      name: 'Decree 4078',
      description: 'Supreme Decree of 14 November 2019 on the armed forces’ role in restoring order.',
      aliases: [{ text: 'Decree 4078' }],
    },
    {
      id: 'evo-morales',
      kind: 'person',
      name: 'Evo Morales',
      description: 'President of Bolivia from 2006 to 2019.',
      aliases: [{ text: 'Evo Morales' }],
    },
    {
      id: 'qaqachaka',
      kind: 'place',
      name: 'Qaqachaka',
      description: 'An ayllu in Oruro.',
      aliases: [{ text: 'Qaqachaka' }],
    },
  ],
  accounts: [
    {
      id: 'russo-no-shots',
      source: 'reuters-senkata-2019',
      quote: 'Not a single shot was fired by the security forces.',
      speaker: { name: 'Augusto Russo', role: 'Bolivian Police Commander' },
      entities: ['senkata'],
      answers: [{ question: 'senkata-deaths', position: 'forces-deny-firing' }],
      summary: 'The police say the security forces did not shoot.',
    },
    {
      id: 'vargas-soldiers-fired',
      source: 'grayzone-senkata-2019',
      quote: 'Soldiers opened fire on residents who were protesting outside the plant.',
      speaker: { name: 'Ollie  vargas' },
      entities: ['senkata'],
      answers: [{ question: 'senkata-deaths', position: 'soldiers-fired' }],
    },
    {
      id: 'vecina-relato',
      source: 'pagina-siete-senkata-2019',
      quote: 'Nos encerramos en la casa cuando empezaron los disparos.',
      speaker: { name: 'Vecina de Senkata' },
      entities: ['senkata'],
    },
    {
      id: 'doe-early',
      source: 'morning-star-coup-2019',
      quote: 'Senkata became the symbol of the new government’s crackdown.',
      speaker: { name: 'Jane Doe' },
      entities: ['senkata'],
    },
    {
      id: 'doe-broad',
      source: 'morning-star-coup-2019',
      quote: 'From Morales’s exit to Senkata, the decree set the tone.',
      speaker: { name: 'Jane Doe' },
      entities: ['senkata', 'evo-morales', 'decree-4078'],
    },
    {
      id: 'reuters-decree',
      source: 'reuters-senkata-2019',
      quote: 'The decree exempts the armed forces from criminal responsibility.',
      speaker: { name: 'Human rights groups' },
      entities: ['decree-4078', 'senkata'],
      answers: [{ question: 'decree-immunity', position: 'grants-immunity' }],
    },
    {
      id: 'grayzone-decree',
      source: 'grayzone-senkata-2019',
      quote: 'Decree 4078 gave soldiers a licence to kill.',
      speaker: { name: 'Ollie Vargas' },
      entities: ['decree-4078'],
      answers: [{ question: 'decree-immunity', position: 'grants-immunity' }],
    },
    {
      id: 'orphan',
      source: 'source-that-does-not-exist',
      quote: 'A quote that cannot be attributed.',
      speaker: { name: 'Nobody' },
      entities: ['senkata', 'decree-4078'],
      answers: [{ question: 'decree-immunity', position: 'does-not-grant' }],
    },
  ],
  questions: [
    {
      id: 'senkata-deaths',
      text: 'What caused the deaths at Senkata on 19 November 2019?',
      entities: ['senkata'],
      positions: [
        { id: 'soldiers-fired', label: 'Soldiers fired on protesters' },
        { id: 'forces-deny-firing', label: 'Security forces deny firing' },
        { id: 'unclear', label: 'The cause is not established' },
      ],
    },
    {
      id: 'decree-immunity',
      text: 'Did Decree 4078 shield the armed forces from prosecution?',
      entities: ['decree-4078'],
      positions: [
        { id: 'grants-immunity', label: 'It granted immunity' },
        { id: 'does-not-grant', label: 'It did not grant immunity' },
      ],
    },
    {
      id: 'senkata-toll',
      text: 'How many people died at Senkata?',
      entities: ['senkata'],
      positions: [{ id: 'ten', label: 'Ten people' }],
    },
  ],
};
