import test from 'node:test'
import assert from 'node:assert/strict'
import { rank, top } from '../rank.mjs'

const tier = (weight, ...lists) => ({ weight, lists })

test("a record must match every term, and scores add each term's best tier", () => {
  const terms = [
    [tier(4, [1, 3]), tier(2, [0, 1, 2])],
    [tier(4, [2]), tier(1, [1, 3, 5])],
  ]
  // 0 misses the second term, 5 the first; 1 = 4 + 1, 2 = 2 + 4, 3 = 4 + 1.
  assert.deepEqual(rank(terms, 6, 10), [[2, 6], [1, 5], [3, 5]])
})

test('ties go to the lower id, and only the best `limit` come back', () => {
  assert.deepEqual(top([5, 3, 9, 1], [0, 2, 0, 2, 0, 2, 0, 0, 0, 2], 2), [[1, 2], [3, 2]])
  assert.deepEqual(rank([[tier(1, [7, 2, 4])]], 8, 2), [[2, 1], [4, 1]])
  assert.deepEqual(rank([[tier(1, [1])]], 2, 0), [])
})

test('one term: a lower tier never displaces a full page of a higher one', () => {
  const terms = [[tier(4, [8, 9]), tier(2, [0, 1])]]
  assert.deepEqual(rank(terms, 10, 2), [[8, 4], [9, 4]])
  assert.deepEqual(rank(terms, 10, 3), [[8, 4], [9, 4], [0, 2]])
})
