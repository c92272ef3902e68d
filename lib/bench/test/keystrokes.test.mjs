import { test } from 'node:test'
import assert from 'node:assert/strict'
import { keystrokeLatencies } from '../browser-keystrokes.mjs'

/** An EventTiming trace entry as Chromium writes it for DevTools. */
const entry = (type, timeStamp, duration, interactionId = 0) => ({ name: 'EventTiming', ph: 'b', args: { data: { type, timeStamp, duration, interactionId } } })

test('a keystroke runs from its keydown to the paint after its input event; keyup and keys that type nothing are not counted', () => {
  const trace = [
    // "a": keydown painted at 108, its input event's frame only at 130 (results rendered late).
    entry('keydown', 100, 8, 1), entry('keypress', 100, 8, 1), entry('beforeinput', 101, 7), entry('input', 102, 28), entry('keyup', 170, 40, 1),
    // Shift held for a capital: a keydown with no keypress.
    entry('keydown', 300, 5, 2), entry('keyup', 420, 5, 2),
    // "B": all in one frame, 12 ms after its keydown.
    entry('keydown', 310, 12, 3), entry('keypress', 310, 12, 3), entry('input', 311, 11), entry('keyup', 380, 90, 3),
    // A Delete that clears the box between queries: no keypress.
    entry('keydown', 500, 9, 4), entry('beforeinput', 501, 8), entry('input', 501, 8), entry('keyup', 510, 2, 4),
    { name: 'EventTiming', ph: 'e', args: {} },
  ]
  assert.deepEqual(keystrokeLatencies(trace), [30, 12])
})
