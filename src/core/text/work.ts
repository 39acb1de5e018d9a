/** A count of the analysis's steps: characters and tokens read, candidates built, words looked back
 *  or ahead over. Tests read it to check that the work grows linearly with the text, which a timer
 *  cannot show on a shared, loaded machine; `npm run bench` keeps the timings. Every loop whose
 *  length depends on the text adds its steps here: a loop that scans back over a sentence for each
 *  quote shows up as steps that grow with the square of the text. It costs an add per step. */
export const work = { steps: 0 };

/** The steps counted since `from` (a value of work.steps read before). */
export function stepsSince(from: number): number {
  return work.steps - from;
}
