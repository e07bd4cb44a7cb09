import Tutor
import TutorUI

// Measures what one keystroke costs the tutor: update, render into a fresh frame, and the diff
// against the previous frame, on a 200×60 screen. Prints the median and the 99th percentile.

let size = Size(columns: 200, rows: 60)
let keys = 10_000
var state = AppState(size: size, quizSettings: QuizSettings(seed: 1, skills: [.conv2d]), startInQuiz: true)
var previous = AppRenderer.frame(state)
var samples: [Duration] = []
samples.reserveCapacity(keys)
var changedCells = 0
let clock = ContinuousClock()
for index in 0..<keys {
    let key: Key = index % 8 == 7 ? .control("u") : .character(Character(String(index % 10)))
    let elapsed = clock.measure {
        _ = state.update(.key(key))
        let frame = AppRenderer.frame(state)
        changedCells += frame.changes(from: previous).reduce(0) { $0 + $1.text.count }
        previous = frame
    }
    samples.append(elapsed)
}
samples.sort()
func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1_000 + Double(duration.components.attoseconds) / 1e15
}
let median = milliseconds(samples[samples.count / 2])
let p99 = milliseconds(samples[samples.count * 99 / 100])
print("keystroke at \(size.columns)×\(size.rows): median \(median) ms, p99 \(p99) ms over \(keys) keys; "
      + "\(changedCells / keys) changed cells per key on average")
