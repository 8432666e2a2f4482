import { afterEach, describe, expect, it } from 'vitest';
import { checkDataset } from '../../../scripts/dataset/check.ts';
import { formatProblem } from '../../../scripts/dataset/problem.ts';
import { copyOfMinimal, editJson, removeCopies } from './fixture-dataset.ts';

afterEach(removeCopies);

/** The lines data:check prints for a copy of the minimal dataset after `edit`. */
function linesAfter(edit: (dir: string) => void): { dir: string; lines: string[] } {
  const dir = copyOfMinimal();
  edit(dir);
  return { dir, lines: checkDataset(dir).map(formatProblem) };
}

describe("data:check requires Glosa's own text in English and Spanish", () => {
  it('names the missing language of a description, a question, a position label, a summary and a speaker role', () => {
    const { dir, lines } = linesAfter((d) => {
      editJson(d, 'entities/evo-morales.json', (entity) => {
        delete entity.description.es;
      });
      editJson(d, 'questions/departure-2019.json', (question) => {
        delete question.text.en;
        delete question.positions[1].label.es;
      });
      editJson(d, 'accounts/src-a.json', (accounts) => {
        delete accounts[1].summary.es;
        delete accounts[0].speaker.role.es;
      });
    });
    expect(lines).toEqual([
      `${dir}/accounts/src-a.json: [0].speaker.role.es: is required`,
      `${dir}/accounts/src-a.json: [1].summary.es: is required`,
      `${dir}/entities/evo-morales.json: description.es: is required`,
      `${dir}/questions/departure-2019.json: text.en: is required`,
      `${dir}/questions/departure-2019.json: positions[1].label.es: is required`,
    ]);
  });

  it('says how to write a text given as a plain string, in one language', () => {
    const { dir, lines } = linesAfter((d) =>
      editJson(d, 'entities/luis-arce.json', (entity) => {
        entity.description = 'Bolivian economist.';
      }),
    );
    expect(lines).toEqual([
      `${dir}/entities/luis-arce.json: description: must give the text in both languages: { "en": "…", "es": "…" }`,
    ]);
  });

  it('refuses an empty translation and a third language', () => {
    const { dir, lines } = linesAfter((d) =>
      editJson(d, 'entities/luis-arce.json', (entity) => {
        entity.description.es = '  ';
        entity.description.fr = 'Économiste bolivien.';
      }),
    );
    expect(lines).toEqual([
      `${dir}/entities/luis-arce.json: description.es: must not be empty`,
      `${dir}/entities/luis-arce.json: description.fr: unknown field`,
    ]);
  });

  it('accepts a name that differs by language, and requires both forms when it does', () => {
    const accepted = linesAfter((d) =>
      editJson(d, 'entities/mas-ipsp.json', (entity) => {
        entity.name = { en: 'Movement for Socialism', es: 'Movimiento al Socialismo' };
      }),
    );
    expect(accepted.lines).toEqual([]);
    const { dir, lines } = linesAfter((d) =>
      editJson(d, 'entities/mas-ipsp.json', (entity) => {
        entity.name = { en: 'Movement for Socialism' };
      }),
    );
    expect(lines).toEqual([`${dir}/entities/mas-ipsp.json: name.es: is required`]);
  });

  it('requires both languages of a role title', () => {
    const { dir, lines } = linesAfter((d) =>
      editJson(d, 'entities/luis-arce.json', (entity) => {
        entity.roles = [{ title: { en: 'President of Bolivia' }, start: '2020-11-08' }];
      }),
    );
    expect(lines).toEqual([`${dir}/entities/luis-arce.json: roles[0].title.es: is required`]);
  });

  it('compares the speaker with the authors by the English form of a bilingual speaker name', () => {
    const { lines } = linesAfter((d) =>
      editJson(d, 'accounts/src-a.json', (accounts) => {
        accounts[0].speaker.name = { en: 'Ana Quispe', es: 'Ana Quispe Mamani' };
      }),
    );
    // Still the author: "own" stays valid, and nothing else is reported.
    expect(lines).toEqual([]);
  });
});
