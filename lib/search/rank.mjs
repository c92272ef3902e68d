/**
 * Ranking without sets: each query term's id lists are read once, best tier first, into typed
 * arrays, so a common word costs a pass over its ids, not a Map per term and field.
 */

/**
 * @typedef {{ weight: number, lists: number[][] }} Tier ids in the lists score `weight` for a term
 *
 * The best `limit` records matching every term, by score, then by id. A record's score adds, for
 * each term, the weight of the best tier it is in; `matched` counts the terms a record has, so a
 * record missing one drops out as soon as it is missed.
 * @param {Tier[][]} terms each term's tiers, best first
 * @param {number} count how many records there are
 * @returns {[id: number, score: number][]}
 */
export function rank(terms, count, limit) {
  const matched = new Uint16Array(count)
  const score = new Float64Array(count)
  /** @type {number[]} */
  const found = []
  terms.forEach((tiers, round) => {
    const last = round + 1 === terms.length
    for (const { weight, lists } of tiers) {
      // One term: a tier's records all outrank the next tier's, so a full page can stop here.
      if (terms.length === 1 && found.length >= limit) break
      for (const list of lists) {
        for (const id of list) {
          if (matched[id] !== round) continue
          matched[id] = round + 1
          score[id] += weight
          if (last) found.push(id)
        }
      }
    }
  })
  return top(found, score, limit)
}

/** The `limit` best [id, score] pairs, by score then id, without sorting every match. */
export function top(ids, score, limit) {
  /** @type {[number, number][]} */
  const best = []
  if (limit < 1) return best
  for (const id of ids) {
    const s = score[id]
    const worst = best[limit - 1]
    if (worst && (s < worst[1] || (s === worst[1] && id > worst[0]))) continue
    let at = best.length
    while (at > 0 && (best[at - 1][1] < s || (best[at - 1][1] === s && best[at - 1][0] > id))) at -= 1
    best.splice(at, 0, [id, s])
    if (best.length > limit) best.pop()
  }
  return best
}
