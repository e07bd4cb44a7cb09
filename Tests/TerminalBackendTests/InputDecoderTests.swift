import Testing
import TutorUI
@testable import TerminalBackend

/// A keyboard that answers reads from a script and records how long each read was asked to wait.
private final class ScriptedKeyboard {
    typealias Raw = NcursesTerminal.RawInput
    var script: [NcursesTerminal.RawRead]
    var waits: [Int] = []

    init(_ script: [NcursesTerminal.RawRead]) {
        self.script = script
    }

    func read(_ wait: Int) -> NcursesTerminal.RawRead {
        waits.append(wait)
        guard !script.isEmpty else { return NcursesTerminal.RawRead(input: nil, elapsed: wait) }
        return script.removeFirst()
    }

    static func typed(_ text: String) -> [NcursesTerminal.RawRead] {
        text.unicodeScalars.map { NcursesTerminal.RawRead(input: .character($0.value), elapsed: 0) }
    }

    static func failure(after elapsed: Int) -> NcursesTerminal.RawRead {
        NcursesTerminal.RawRead(input: nil, elapsed: elapsed)
    }
}

@Suite("the input decoder")
struct InputDecoderTests {
    private func events(
        _ keyboard: ScriptedKeyboard,
        count: Int,
        timeout: Int? = nil,
        decoder: inout NcursesTerminal.InputDecoder
    ) -> [NcursesTerminal.InputEvent?] {
        (0..<count).map { _ in
            decoder.next(timeout: timeout, read: keyboard.read, stopRequested: { false })
        }
    }

    private func events(_ keyboard: ScriptedKeyboard, count: Int, timeout: Int? = nil) -> [NcursesTerminal.InputEvent?] {
        var decoder = NcursesTerminal.InputDecoder()
        return events(keyboard, count: count, timeout: timeout, decoder: &decoder)
    }

    @Test("an arrow key's escape sequence becomes one key")
    func arrowSequence() {
        let keyboard = ScriptedKeyboard(ScriptedKeyboard.typed("\u{1B}[Ax"))
        #expect(events(keyboard, count: 2) == [.key(.up), .key(.character("x"))])
    }

    @Test("Esc alone is the Esc key, and the sequence is read without waiting")
    func loneEscape() {
        let keyboard = ScriptedKeyboard(ScriptedKeyboard.typed("\u{1B}"))
        #expect(events(keyboard, count: 1) == [.key(.escape)])
        #expect(keyboard.waits == [NcursesTerminal.InputDecoder.slice, 0])
    }

    @Test("Esc before a typed key (Alt) gives Esc, then the key")
    func escapeThenKey() {
        let keyboard = ScriptedKeyboard(ScriptedKeyboard.typed("\u{1B}x\u{1B}\u{1B}"))
        #expect(events(keyboard, count: 4) == [.key(.escape), .key(.character("x")), .key(.escape), .key(.escape)])
    }

    @Test("an unfinished sequence is handed over as typed")
    func unfinishedSequence() {
        let keyboard = ScriptedKeyboard(ScriptedKeyboard.typed("\u{1B}[1"))
        #expect(events(keyboard, count: 3, timeout: 0) == [.key(.escape), .key(.character("[")), .key(.character("1"))])
    }

    @Test("an unknown sequence is skipped, and the next key still arrives")
    func unknownSequence() {
        let keyboard = ScriptedKeyboard(ScriptedKeyboard.typed("\u{1B}[2~a"))
        #expect(events(keyboard, count: 1) == [.key(.character("a"))])
    }

    @Test("a resize is reported")
    func resize() {
        let keyboard = ScriptedKeyboard([NcursesTerminal.RawRead(input: .keyCode(0o632), elapsed: 3)])
        #expect(events(keyboard, count: 1) == [.resize])
    }

    @Test("reads that fail at once, with no timeout, end the input (a closed input never spins)")
    func closedInputEnds() {
        let keyboard = ScriptedKeyboard(Array(repeating: ScriptedKeyboard.failure(after: 0), count: 10))
        var decoder = NcursesTerminal.InputDecoder()
        #expect(events(keyboard, count: 2, decoder: &decoder) == [.end, .end])
        #expect(keyboard.waits.count == NcursesTerminal.InputDecoder.instantFailureLimit)
        #expect(decoder.ended)
    }

    @Test("waiting for ever goes on through reads that time out, in slices")
    func waitingForEver() {
        let slice = NcursesTerminal.InputDecoder.slice
        let keyboard = ScriptedKeyboard(
            Array(repeating: ScriptedKeyboard.failure(after: slice), count: 20) + ScriptedKeyboard.typed("k")
        )
        #expect(events(keyboard, count: 1) == [.key(.character("k"))])
        #expect(keyboard.waits == Array(repeating: slice, count: 21))
    }

    @Test("a timeout is cut in slices and ends with nil")
    func timeoutInSlices() {
        let keyboard = ScriptedKeyboard([])
        #expect(events(keyboard, count: 1, timeout: 250) == [nil])
        #expect(keyboard.waits == [100, 100, 50])
    }

    @Test("a zero timeout reads once and returns nil, many times over, without ending")
    func pollingNeverEnds() {
        let keyboard = ScriptedKeyboard(Array(repeating: ScriptedKeyboard.failure(after: 0), count: 10))
        let results = events(keyboard, count: 10, timeout: 0)
        #expect(results == Array(repeating: nil, count: 10))
        #expect(keyboard.waits == Array(repeating: 0, count: 10))
    }

    @Test("short timeouts that fail quickly are not taken as the end")
    func shortTimeouts() {
        let keyboard = ScriptedKeyboard(Array(repeating: ScriptedKeyboard.failure(after: 0), count: 10))
        #expect(events(keyboard, count: 10, timeout: 5) == Array(repeating: nil, count: 10))
    }

    @Test("one interrupted read does not end the input")
    func oneInterruption() {
        let slice = NcursesTerminal.InputDecoder.slice
        let keyboard = ScriptedKeyboard(
            [.init(input: nil, elapsed: 0), .init(input: nil, elapsed: 0), .init(input: nil, elapsed: slice),
             .init(input: nil, elapsed: 0), .init(input: nil, elapsed: 0)] + ScriptedKeyboard.typed("k")
        )
        #expect(events(keyboard, count: 1) == [.key(.character("k"))])
    }

    @Test("a stop request (a signal) ends the input without reading")
    func stopRequest() {
        let keyboard = ScriptedKeyboard(ScriptedKeyboard.typed("abc"))
        var decoder = NcursesTerminal.InputDecoder()
        let event = decoder.next(timeout: nil, read: keyboard.read, stopRequested: { true })
        #expect(event == .end)
        #expect(keyboard.waits.isEmpty)
    }

    @Test("a stop request during a long wait is noticed within one slice")
    func stopDuringWait() {
        let slice = NcursesTerminal.InputDecoder.slice
        let keyboard = ScriptedKeyboard(Array(repeating: ScriptedKeyboard.failure(after: slice), count: 100))
        var decoder = NcursesTerminal.InputDecoder()
        var checks = 0
        let event = decoder.next(timeout: nil, read: keyboard.read, stopRequested: {
            checks += 1
            return checks > 3
        })
        #expect(event == .end)
        #expect(keyboard.waits.count == 3)
    }
}
