import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDataset, inspectDataset } from '../../../scripts/dataset/check.ts';
import { formatProblem } from '../../../scripts/dataset/problem.ts';
import {
  copyOfMinimal,
  editJson,
  MINIMAL_DATASET,
  readJson,
  removeCopies,
  writeJson,
  writeText,
} from './fixture-dataset.ts';

afterEach(removeCopies);

/** The lines data:check would print for the dataset in `dir`. */
function lines(dir: string): string[] {
  return checkDataset(dir).map(formatProblem);
}

/** A copy of the minimal dataset with one defect applied; returns its directory. */
function broken(defect: (dir: string) => void): string {
  const dir = copyOfMinimal();
  defect(dir);
  return dir;
}

describe('the minimal valid dataset', () => {
  it('has no problems', () => {
    expect(lines(MINIMAL_DATASET)).toEqual([]);
  });

  it('is counted for the summary', () => {
    expect(inspectDataset(MINIMAL_DATASET).stats).toEqual({
      sources: 2,
      entities: 4,
      aliases: 8,
      accounts: 5,
      questions: 1,
      onePositionQuestions: 0,
      criticsOnlyQuestions: 0,
    });
  });

  it('counts a question whose accounts all take one position', () => {
    const dir = broken((d) =>
      editJson(d, 'accounts/src-a.json', (accounts) => {
        accounts[1].answers[0].position = 'coup';
      }),
    );
    expect(lines(dir)).toEqual([]);
    expect(inspectDataset(dir).stats.onePositionQuestions).toBe(1);
  });
});

describe('framing (voice and stance)', () => {
  it('requires a voice and a stance on every account, saying what each means', () => {
    const dir = broken((d) =>
      editJson(d, 'accounts/src-a.json', (accounts) => {
        delete accounts[0].voice;
        delete accounts[2].stance;
      }),
    );
    expect(lines(dir)).toEqual([
      `${dir}/accounts/src-a.json: [0].voice: is required: whose words the quote is: "own" (the author's), "quote" (the speaker's, quoted) or "paraphrase" (the author's words for what the speaker said)`,
      `${dir}/accounts/src-a.json: [2].stance: is required: the reporting author's stance on the claim: "endorses", "disputes" or "neutral" (read the source around the quote)`,
    ]);
  });

  it('reports a voice or stance that is not one of its values', () => {
    const dir = broken((d) =>
      editJson(d, 'accounts/src-a.json', (accounts) => {
        accounts[1].voice = 'indirect';
        accounts[1].stance = 'rejects';
      }),
    );
    expect(lines(dir)).toEqual([
      `${dir}/accounts/src-a.json: [1].voice: must be one of "own", "quote", "paraphrase"`,
      `${dir}/accounts/src-a.json: [1].stance: must be one of "endorses", "disputes", "neutral"`,
    ]);
  });

  it('keeps "own" for the author and the author to "own", always endorsing', () => {
    const dir = broken((d) =>
      editJson(d, 'accounts/src-a.json', (accounts) => {
        accounts[0].stance = 'disputes';
        accounts[1].voice = 'own';
        accounts[1].stance = 'endorses';
      }),
    );
    expect(lines(dir)).toEqual([
      `${dir}/accounts/src-a.json: [0].stance: an author's own words are "endorses": to record a claim the author disputes, attribute it to whoever holds it`,
      `${dir}/accounts/src-a.json: [1].voice: "own" means the author's own words, but the speaker "an opposition spokesperson" is not an author of src-a: use "quote" or "paraphrase"`,
    ]);
    const quotedAuthor = broken((d) =>
      editJson(d, 'accounts/src-a.json', (accounts) => {
        accounts[0].voice = 'quote';
      }),
    );
    expect(lines(quotedAuthor)).toEqual([
      `${quotedAuthor}/accounts/src-a.json: [0].voice: the speaker is the author of src-a, so the words are the author's own: use "own"`,
    ]);
  });

  it('notes, without failing, a position carried only by sources that dispute it', () => {
    const dir = broken((d) =>
      editJson(d, 'accounts/src-a.json', (accounts) => {
        accounts[1].stance = 'disputes';
      }),
    );
    const report = inspectDataset(dir);
    expect(report.problems).toEqual([]);
    expect(report.notes.map(formatProblem)).toEqual([
      `${dir}/questions/departure-2019.json: positions[1]: note: "resignation" is carried only by sources that dispute it (src-a), and the popover says so`.replace(
        ': note: ',
        ': ',
      ),
    ]);
    expect(report.stats.criticsOnlyQuestions).toBe(1);
    // One endorsing or neutral account is enough for a position not to be critics-only.
    const mixed = broken((d) => {
      editJson(d, 'accounts/src-a.json', (accounts) => {
        accounts[2].stance = 'disputes';
      });
    });
    expect(inspectDataset(mixed).stats.criticsOnlyQuestions).toBe(0);
  });

  it('notes a question with only one position', () => {
    const dir = broken((d) =>
      editJson(d, 'accounts/src-a.json', (accounts) => {
        accounts[1].answers[0].position = 'coup';
      }),
    );
    expect(inspectDataset(dir).notes.map(formatProblem)).toEqual([
      `${dir}/questions/departure-2019.json: positions: only one position: the bundled accounts all take one position, and the popover says so`,
    ]);
  });
});

describe('roles, related entities and the asOf date', () => {
  it('requires the date the dataset is correct as of', () => {
    const dir = broken((d) => writeText(d, 'dataset.json', '{\n  "version": "1.0.0"\n}\n'));
    expect(lines(dir)).toEqual([`${dir}/dataset.json: asOf: is required`]);
  });

  it('flags a role of a living person without dates, and accepts one with a start, an end or both', () => {
    const dir = broken((d) =>
      editJson(d, 'entities/luis-arce.json', (entity) => {
        entity.roles = [
          {
            title: { en: 'Minister of Economy', es: 'Ministro de Economía' },
            start: '2006-01',
            end: '2017-06',
          },
          { title: { en: 'President of Bolivia', es: 'Presidente de Bolivia' } },
          { title: { en: 'Party member', es: 'Militante del partido' }, start: '1990' },
          { title: { en: 'Adviser', es: 'Asesor' }, end: '2005' },
        ];
      }),
    );
    expect(lines(dir)).toEqual([
      `${dir}/entities/luis-arce.json: roles[1]: role "President of Bolivia" of a living person has no dates: add its start and end (start alone while it is still held)`,
    ]);
    // The dead keep their undated roles: nothing goes stale.
    editJson(dir, 'entities/luis-arce.json', (entity) => {
      entity.died = '2030';
    });
    expect(lines(dir)).toEqual([]);
  });

  it('reports a role that ends before it starts, or starts after the asOf date', () => {
    const dir = broken((d) =>
      editJson(d, 'entities/luis-arce.json', (entity) => {
        entity.roles = [
          {
            title: { en: 'President of Bolivia', es: 'Presidente de Bolivia' },
            start: '2019-11',
            end: '2019-01',
          },
          { title: { en: 'Senator', es: 'Senador' }, start: '2030' },
        ];
      }),
    );
    expect(lines(dir)).toEqual([
      `${dir}/entities/luis-arce.json: roles[0].end: ends (2019-01) before it starts (2019-11)`,
      `${dir}/entities/luis-arce.json: roles[1].start: starts after the dataset's asOf date (2019-12-31)`,
    ]);
  });

  it('reports a related entity that does not exist, the entity itself, or one listed twice', () => {
    const dir = broken((d) =>
      editJson(d, 'entities/luis-arce.json', (entity) => {
        entity.related = ['evo-morales', 'luis-arce', 'sacaba-killings', 'evo-morales'];
      }),
    );
    expect(lines(dir)).toEqual([
      `${dir}/entities/luis-arce.json: related[1]: an entity is not related to itself`,
      `${dir}/entities/luis-arce.json: related[2]: unknown entity "sacaba-killings": no entities/sacaba-killings.json`,
      `${dir}/entities/luis-arce.json: related[3]: "evo-morales" is listed twice`,
    ]);
  });
});

describe('quotes', () => {
  it('reports a forged quote with the archived text it was checked against', () => {
    const dir = broken((d) =>
      editJson(d, 'accounts/src-a.json', (accounts) => {
        accounts[1].quote = 'He resigned after the audit found no irregularities.';
      }),
    );
    expect(lines(dir)).toEqual([
      `${dir}/accounts/src-a.json: [1].quote: quote not found verbatim in ${dir}/sources/src-a.txt`,
    ]);
  });

  it('forgives whitespace runs and typographic quotes, nothing else (not a dropped accent)', () => {
    const dir = broken((d) =>
      editJson(d, 'accounts/src-b.json', (accounts) => {
        // The archive says «Nos quisieron callar» and "denunció".
        accounts[0].quote = '"Nos   quisieron\n callar", dijo Arce';
        accounts[1].quote = 'El MAS denuncio que Evo Morales había sido forzado a dejar el país.';
      }),
    );
    expect(lines(dir)).toEqual([
      `${dir}/accounts/src-b.json: [1].quote: quote not found verbatim in ${dir}/sources/src-b.txt`,
    ]);
  });

  it('reports a source without its archived text once, on the source file', () => {
    const dir = broken((d) => fs.rmSync(path.join(d, 'sources/src-b.txt')));
    expect(lines(dir)).toEqual([
      `${dir}/sources/src-b.json: archived text missing: save the article's text as sources/src-b.txt`,
    ]);
  });

  it('reports an archived text that belongs to no source', () => {
    const dir = broken((d) => writeText(d, 'sources/src-c.txt', 'An orphan article.\n'));
    expect(lines(dir)).toEqual([
      `${dir}/sources/src-c.txt: archived text without a source: add sources/src-c.json or remove it`,
    ]);
  });
});

describe('references', () => {
  it('reports an account that names an unknown entity', () => {
    const dir = broken((d) =>
      editJson(d, 'accounts/src-a.json', (accounts) => {
        accounts[0].entities.push('luis-arce-catacora');
      }),
    );
    expect(lines(dir)).toEqual([
      `${dir}/accounts/src-a.json: [0].entities[1]: unknown entity "luis-arce-catacora": no entities/luis-arce-catacora.json`,
    ]);
  });

  it('reports an answer whose position is not one of its question', () => {
    const dir = broken((d) =>
      editJson(d, 'accounts/src-a.json', (accounts) => {
        accounts[2].answers[0].position = 'fraud';
      }),
    );
    expect(lines(dir)).toEqual([
      `${dir}/accounts/src-a.json: [2].answers[0].position: "fraud" is not a position of question "departure-2019" (its positions: coup, resignation)`,
    ]);
  });

  it('reports an answer to an unknown question', () => {
    const dir = broken((d) =>
      editJson(d, 'accounts/src-b.json', (accounts) => {
        accounts[1].answers[0].question = 'exit-2019';
      }),
    );
    expect(lines(dir)).toEqual([
      `${dir}/accounts/src-b.json: [1].answers[0].question: unknown question "exit-2019": no questions/exit-2019.json`,
    ]);
  });

  it('reports a question about an unknown entity', () => {
    const dir = broken((d) =>
      editJson(d, 'questions/departure-2019.json', (question) => {
        question.entities.push('oas');
      }),
    );
    expect(lines(dir)).toEqual([
      `${dir}/questions/departure-2019.json: entities[1]: unknown entity "oas": no entities/oas.json`,
    ]);
  });

  it('reports an account filed under another source, and an unknown source', () => {
    const dir = broken((d) => {
      const fromA = readJson(d, 'accounts/src-a.json');
      const moved = fromA.shift();
      writeJson(d, 'accounts/src-a.json', fromA);
      editJson(d, 'accounts/src-b.json', (accounts) => {
        accounts.unshift(moved);
        accounts[2].source = 'src-c';
      });
    });
    expect(lines(dir)).toEqual([
      `${dir}/accounts/src-b.json: [0].source: "src-a" does not match the file name: accounts quoted from src-a belong in accounts/src-a.json`,
      `${dir}/accounts/src-b.json: [2].source: "src-c" does not match the file name: accounts quoted from src-c belong in accounts/src-c.json`,
      `${dir}/accounts/src-b.json: [2].source: unknown source "src-c": no sources/src-c.json`,
    ]);
  });

  it('reports an entity whose id is not its file name', () => {
    const dir = broken((d) =>
      editJson(d, 'entities/mas-ipsp.json', (entity) => {
        entity.id = 'mas';
      }),
    );
    // Reported once, at its cause: the accounts that name mas-ipsp are not "dangling" too.
    expect(lines(dir)).toEqual([
      `${dir}/entities/mas-ipsp.json: id: "mas" does not match the file name: rename the file to mas.json or fix the id`,
    ]);
  });
});

describe('unique ids', () => {
  it('reports an account id used in two files', () => {
    const dir = broken((d) =>
      editJson(d, 'accounts/src-b.json', (accounts) => {
        accounts[0].id = 'src-a-arce-silent';
      }),
    );
    expect(lines(dir)).toEqual([
      `${dir}/accounts/src-b.json: [0].id: duplicate account id "src-a-arce-silent" (also in ${dir}/accounts/src-a.json [0])`,
    ]);
  });

  it('reports a copied entity file on the copy, not on the original', () => {
    const dir = broken((d) =>
      fs.copyFileSync(path.join(d, 'entities/evo-morales.json'), path.join(d, 'entities/evo-morales-2.json')),
    );
    expect(lines(dir)).toEqual([
      `${dir}/entities/evo-morales-2.json: id: "evo-morales" does not match the file name: rename the file to evo-morales.json or fix the id`,
      `${dir}/entities/evo-morales-2.json: id: duplicate entity id "evo-morales" (also in ${dir}/entities/evo-morales.json)`,
    ]);
  });

  it('reports a position id used twice in one question', () => {
    const dir = broken((d) =>
      editJson(d, 'questions/departure-2019.json', (question) => {
        question.positions.push({
          id: 'coup',
          label: { en: "Describes a coup d'état", es: 'Describe un golpe de Estado' },
        });
      }),
    );
    expect(lines(dir)).toEqual([
      `${dir}/questions/departure-2019.json: positions[2].id: duplicate position id "coup" (also positions[0])`,
    ]);
  });

  it('reports an alias given twice in one entity (after folding case)', () => {
    const dir = broken((d) =>
      editJson(d, 'entities/evo-morales.json', (entity) => {
        entity.aliases.push({ text: 'evo morales' });
      }),
    );
    expect(lines(dir)).toEqual([
      `${dir}/entities/evo-morales.json: aliases[2].text: duplicate alias "evo morales" (same as aliases[0])`,
    ]);
  });
});

describe('coverage', () => {
  it('reports an entity that no account concerns', () => {
    const dir = broken((d) =>
      writeJson(d, 'entities/qaqachaka.json', {
        id: 'qaqachaka',
        kind: 'group',
        name: 'Qaqachaka',
        description: { en: 'An ayllu of Northern Potosí.', es: 'Un ayllu del Norte de Potosí.' },
        aliases: [{ text: 'Qaqachaka' }],
      }),
    );
    expect(lines(dir)).toEqual([
      `${dir}/entities/qaqachaka.json: no account concerns this entity: every entity needs at least one cited account`,
    ]);
  });

  it('reports questions with fewer than two accounts', () => {
    const dir = broken((d) => {
      const question = (id: string) => ({
        id,
        text: { en: `Question ${id}?`, es: `¿Pregunta ${id}?` },
        entities: ['evo-morales'],
        positions: [{ id: 'yes', label: { en: 'Says yes', es: 'Dice que sí' } }],
      });
      writeJson(d, 'questions/one-answer.json', question('one-answer'));
      writeJson(d, 'questions/no-answer.json', question('no-answer'));
      editJson(d, 'accounts/src-a.json', (accounts) => {
        accounts[0].answers = [{ question: 'one-answer', position: 'yes' }];
      });
    });
    expect(lines(dir)).toEqual([
      `${dir}/questions/no-answer.json: no account answers this question: every question needs at least two`,
      `${dir}/questions/one-answer.json: only 1 account answers this question: every question needs at least two`,
    ]);
  });
});

describe('aliases', () => {
  it('reports an alias claimed by two entities, on both, naming the other', () => {
    const dir = broken((d) =>
      editJson(d, 'entities/patricia-arce.json', (entity) => {
        entity.aliases.push({ text: 'Luis ARCE' });
      }),
    );
    const advice = 'mark it needsContext in both, or remove it from one';
    expect(lines(dir)).toEqual([
      `${dir}/entities/luis-arce.json: aliases[0].text: alias "Luis Arce" is also claimed by entity "patricia-arce" (aliases[2]): ${advice}`,
      `${dir}/entities/patricia-arce.json: aliases[2].text: alias "Luis ARCE" is also claimed by entity "luis-arce" (aliases[0]): ${advice}`,
    ]);
  });

  it('allows a shared surname only while both entities mark it needsContext', () => {
    const dir = broken((d) =>
      editJson(d, 'entities/luis-arce.json', (entity) => {
        entity.aliases[1] = { text: 'Arce', caseSensitive: true };
      }),
    );
    const advice = 'mark it needsContext in both, or remove it from one';
    expect(lines(dir)).toEqual([
      `${dir}/entities/luis-arce.json: aliases[1].text: alias "Arce" is also claimed by entity "patricia-arce" (aliases[1]): ${advice}`,
      `${dir}/entities/patricia-arce.json: aliases[1].text: alias "Arce" is also claimed by entity "luis-arce" (aliases[1]): ${advice}`,
    ]);
  });

  it('reports an empty alias', () => {
    const dir = broken((d) =>
      editJson(d, 'entities/evo-morales.json', (entity) => {
        entity.aliases[0].text = '';
      }),
    );
    expect(lines(dir)).toEqual([`${dir}/entities/evo-morales.json: aliases[0].text: empty alias`]);
  });

  it('reports an alias of only spaces as empty', () => {
    const dir = broken((d) =>
      editJson(d, 'entities/evo-morales.json', (entity) => {
        entity.aliases[1].text = '   ';
      }),
    );
    expect(lines(dir)).toEqual([`${dir}/entities/evo-morales.json: aliases[1].text: empty alias`]);
  });

  it('reports an alias of only invisible characters (soft hyphen, zero-width space) as empty', () => {
    const dir = broken((d) =>
      editJson(d, 'entities/evo-morales.json', (entity) => {
        entity.aliases.push({ text: '\u00ad\u200b' });
      }),
    );
    expect(lines(dir)).toEqual([
      `${dir}/entities/evo-morales.json: aliases[2].text: empty alias: nothing is left to match once case, accents and invisible characters are folded`,
    ]);
  });

  it('reports a common word alias (English or Spanish, any accents) without a rule', () => {
    const dir = broken((d) => {
      editJson(d, 'entities/mas-ipsp.json', (entity) => {
        entity.aliases.push({ text: 'más' });
      });
      editJson(d, 'entities/evo-morales.json', (entity) => {
        delete entity.aliases[1].needsContext;
      });
    });
    expect(lines(dir)).toEqual([
      `${dir}/entities/evo-morales.json: aliases[1].text: "Morales" is a common word: mark the alias caseSensitive or needsContext`,
      `${dir}/entities/mas-ipsp.json: aliases[2].text: "más" is a common word: mark the alias caseSensitive or needsContext`,
    ]);
  });

  it('reports an exclusion that does not contain its alias (it would exclude nothing)', () => {
    const dir = broken((d) =>
      editJson(d, 'entities/evo-morales.json', (entity) => {
        entity.aliases[1].exclude.push('Esther Moral Ayma');
      }),
    );
    expect(lines(dir)).toEqual([
      `${dir}/entities/evo-morales.json: aliases[1].exclude[1]: "Esther Moral Ayma" does not contain the alias "Morales", so it excludes nothing`,
    ]);
  });

  it('accepts a common word alias that is caseSensitive (MAS) or needsContext (Arce)', () => {
    const entity = readJson(MINIMAL_DATASET, 'entities/mas-ipsp.json');
    expect(entity.aliases[0]).toEqual({ text: 'MAS', caseSensitive: true });
    expect(lines(MINIMAL_DATASET)).toEqual([]);
  });
});

describe('files', () => {
  it('reports a truncated JSON file with where it stops, and still checks the rest', () => {
    const dir = broken((d) => {
      writeText(d, 'entities/patricia-arce.json', '{\n  "id": "patricia-arce",\n  "kind": "per');
      editJson(d, 'accounts/src-a.json', (accounts) => {
        accounts[1].quote = 'A forged quote.';
      });
    });
    expect(lines(dir)).toEqual([
      `${dir}/accounts/src-a.json: [1].quote: quote not found verbatim in ${dir}/sources/src-a.txt`,
      `${dir}/entities/patricia-arce.json: invalid JSON: the file ends too early (truncated?) at line 3, column 15`,
    ]);
  });

  it('reports a JSON syntax error with its line and column', () => {
    const dir = broken((d) =>
      writeText(d, 'questions/departure-2019.json', '{\n  "id": "departure-2019",,\n}\n'),
    );
    const [line, ...rest] = lines(dir);
    expect(rest).toEqual([]);
    expect(line).toMatch(
      new RegExp(`^${dir}/questions/departure-2019\\.json: invalid JSON: .+ at line 2, column 26$`),
    );
  });

  it('reports a file that is not in canonical form', () => {
    const dir = broken((d) => {
      const entity = readJson(d, 'entities/luis-arce.json');
      writeText(d, 'entities/luis-arce.json', `${JSON.stringify(entity, null, 4)}\n`);
      const { id, ...rest } = readJson(d, 'questions/departure-2019.json');
      writeJson(d, 'questions/departure-2019.json', { ...rest, id });
      writeJson(d, 'accounts/src-b.json', [...readJson(d, 'accounts/src-b.json')].reverse());
      writeText(d, 'dataset.json', '{ "version": "1.0.0", "asOf": "2019-12-31" }');
    });
    const message = 'not in canonical form: run npm run data:format';
    expect(lines(dir)).toEqual([
      `${dir}/accounts/src-b.json: ${message}`,
      `${dir}/dataset.json: ${message}`,
      `${dir}/entities/luis-arce.json: ${message}`,
      `${dir}/questions/departure-2019.json: ${message}`,
    ]);
  });

  it('reports an unexpected file in a data folder', () => {
    const dir = broken((d) => writeText(d, 'entities/notes.md', '# notes\n'));
    expect(lines(dir)).toEqual([
      `${dir}/entities/notes.md: unexpected file: entities/ holds only .json files`,
    ]);
  });

  it('reports a missing dataset directory', () => {
    const dir = path.join(copyOfMinimal(), 'nowhere');
    expect(lines(dir)).toEqual([`${dir}: dataset directory not found`]);
  });
});

describe('schema', () => {
  it('reports a plain http address', () => {
    const dir = broken((d) =>
      editJson(d, 'sources/src-a.json', (source) => {
        source.url = 'http://example.org/road-to-the-capital';
      }),
    );
    expect(lines(dir)).toEqual([`${dir}/sources/src-a.json: url: must be an https address`]);
  });

  it('reports an address that is not an address', () => {
    const dir = broken((d) =>
      editJson(d, 'sources/src-a.json', (source) => {
        source.url = 'example.org/road';
      }),
    );
    expect(lines(dir)).toEqual([`${dir}/sources/src-a.json: url: must be an absolute address`]);
  });

  it('names missing fields, unknown fields, bad values and empty strings, without cascading', () => {
    const dir = broken((d) => {
      editJson(d, 'accounts/src-a.json', (accounts) => {
        delete accounts[0].speaker;
      });
      editJson(d, 'entities/evo-morales.json', (entity) => {
        entity.kind = 'politician';
        entity.aliases[0] = { text: 'Evo Morales', casesensitive: true };
      });
      editJson(d, 'sources/src-b.json', (source) => {
        source.title = ' ';
        source.published = '2019-13';
      });
      writeText(d, 'dataset.json', `${JSON.stringify({ version: 'one', asOf: '2019-12-31' }, null, 2)}\n`);
    });
    expect(lines(dir)).toEqual([
      `${dir}/accounts/src-a.json: [0].speaker: is required`,
      `${dir}/dataset.json: version: must be a semantic version (1.2.3)`,
      `${dir}/entities/evo-morales.json: kind: must be one of "person", "place", "event", "law", "organisation", "group"`,
      `${dir}/entities/evo-morales.json: aliases[0].casesensitive: unknown field`,
      `${dir}/sources/src-b.json: title: must not be empty`,
      `${dir}/sources/src-b.json: published: must be YYYY, YYYY-MM or YYYY-MM-DD`,
    ]);
  });

  it('reports an accounts file that is not an array', () => {
    const dir = broken((d) => writeJson(d, 'accounts/src-b.json', readJson(d, 'accounts/src-b.json')[0]));
    expect(lines(dir)).toEqual([
      `${dir}/accounts/src-b.json: must be a JSON array of accounts`,
      `${dir}/entities/patricia-arce.json: no account concerns this entity: every entity needs at least one cited account`,
    ]);
  });
});
