/**
 * Common English and Spanish words that are also names in the dataset, or could be.
 *
 * An alias whose folded text is one of these (`Mesa`, `MAS`, `Paz`, `Union`, `COB`,
 * `Arce`, `Morales`) would underline ordinary prose unless it is caseSensitive or
 * needsContext: data:check demands one of the two. Compared after folding (case and
 * diacritics), so `más` and `mas` are one entry. Curated by hand: add a word when a
 * near-miss shows up in real text; keep it to whole words, not phrases.
 */
const ENGLISH = `
a about act after against all also an and any are army as assembly at back bank be
big bill black blockade board body border bridge brown bush but by call can capital
cash centre center chief church city civic coast cob coca code command commander
committee common community congress constitution cook council country court cross
crown day dead death decree democracy down each earth east election even faith
federation field fight fire first for force ford fox free from front gas general
go gold good government governor grace gray great green grey guard hall has have he
her here high hill his home hope house in interior is it its joy junta just justice
king labour labor lake land law leader left liberty life little long love low march
mark market may mayor miner miners mine minister more most movement my nation
national new no north not now of office oil old on one or order our party peace
people plan plaza police power president press price rich right river road rose
round ruler rural said say school senate she silver smith so south state stone
strike struggle sun table territory the their them they this tin to town trade
tropic tropics truth two union unity up us valley village war was water we west
white will with wood world yes you young
`;

const SPANISH = `
a al alto amor arce azul bajo blanca blanco bravo caballero calvo campo campos
cambio casa castillo central cerro ciudad comunidad con cordero costa cruz de del
delgado derecha el ella en entre era es esperanza esta este estado ejercito ejército
fe flores franco frente fuego fuentes fuertes gente gobierno golpe grande guerra
hay izquierda junta justicia la las leal leon león ley libertad libre lo los lucha
lucho luna mas más mayo mesa militar mina minero mismo monte moral morales moreno
movimiento muerte muy negro nieves norte nueva nuevo o oro otro pais país para
partido pastor paz plata plaza policia policía por prado presidente pueblo puerto
que rey rio río rios ríos rojo rosa rubio sacaba salinas san santa se ser serrano
si sí sin sobre sol soto su sur tierra todo torres trópico tropico un una unidad
union unión vale valle vega verde verdad vida y ya
`;

/** Raw words as curated; check.ts folds them with the matcher's own folding. */
export const COMMON_WORDS: readonly string[] = [
  ...new Set(`${ENGLISH} ${SPANISH}`.split(/\s+/).filter((word) => word !== '')),
];
