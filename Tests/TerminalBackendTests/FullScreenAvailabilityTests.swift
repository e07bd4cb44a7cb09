import Testing
import TutorUI
@testable import TerminalBackend

@Suite("deciding whether full-screen use is possible")
struct FullScreenAvailabilityTests {
    private func verdict(
        _ environment: [String: String],
        input: Bool = true,
        output: Bool = true
    ) -> TerminalUnavailable? {
        switch NcursesTerminal.canRunFullScreen(environment: environment, inputIsTerminal: input, outputIsTerminal: output) {
        case .success: nil
        case .failure(let reason): reason
        }
    }

    @Test("TERM=dumb is refused")
    func dumb() {
        #expect(verdict(["TERM": "dumb"]) == .dumbTerminal)
    }

    @Test("an unset or empty TERM is refused")
    func unset() {
        #expect(verdict([:]) == .terminalTypeUnset)
        #expect(verdict(["TERM": ""]) == .terminalTypeUnset)
    }

    @Test("a TERM the terminfo database does not know is refused")
    func unknown() {
        #expect(verdict(["TERM": "no-such-terminal-type"]) == .unknownTerminalType("no-such-terminal-type"))
    }

    @Test("stdin or stdout that is not a terminal is refused")
    func notATerminal() {
        #expect(verdict(["TERM": "xterm"], input: false) == .inputNotTerminal)
        #expect(verdict(["TERM": "xterm"], output: false) == .outputNotTerminal)
    }

    @Test("a known terminal on a TTY is accepted")
    func accepted() {
        #expect(verdict(["TERM": "xterm"]) == nil)
        #expect(verdict(["TERM": "vt100"]) == nil)
    }

    @Test("every reason reads as a sentence for the user")
    func reasons() {
        let reasons: [TerminalUnavailable] = [
            .inputNotTerminal, .outputNotTerminal, .terminalTypeUnset, .dumbTerminal,
            .unknownTerminalType("zz"), .noCursorAddressing("zz"), .alreadyInUse, .setupFailed("zz"),
        ]
        for reason in reasons {
            #expect(!reason.description.isEmpty)
        }
        #expect(TerminalUnavailable.dumbTerminal.description.contains("TERM=dumb"))
        #expect(TerminalUnavailable.unknownTerminalType("zz").description.contains("'zz'"))
    }

    @Test("starting without a usable terminal throws, and a terminal never started is inert")
    func startRefused() {
        let terminal = NcursesTerminal(environment: ["TERM": "dumb"])
        #expect(throws: TerminalUnavailable.self) { try terminal.start() }
        terminal.draw([CellRun(position: Position(column: 0, row: 0), text: "x", style: .plain)], cursor: nil)
        #expect(terminal.nextEvent(timeout: 0) == .end)
        terminal.stop()
        terminal.stop()
    }
}
