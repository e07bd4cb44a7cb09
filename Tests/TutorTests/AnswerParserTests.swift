import Testing
import Tutor

@Suite("answer parser")
struct AnswerParserTests {
    @Test("reads numbers and exact arithmetic", arguments: [
        ("280", 280), ("  280 ", 280), ("0", 0), ("007", 7),
        ("48,690", 48_690), ("48_690", 48_690), ("48 690", 48_690), ("1,234,567", 1_234_567), ("1_000_000", 1_000_000),
        ("27\u{202F}000\u{202F}100", 27_000_100),
        ("10*(3*3*3)+10", 280), ("10 × 27 + 10", 280), ("10·27+10", 280), ("10 ⋅ 27 + 10", 280),
        ("3x3x3", 27), ("3X3", 9), ("10 x 3 x 3 x 3 + 10", 280), ("(2)x(3)", 6),
        ("-5", -5), ("--5", 5), ("−5", -5), ("+5", 5), ("2*-3", -6), ("2 - -3", 5), ("1 - 2 - 3", -4),
        ("7600/4", 1_900), ("100 ÷ 4", 25), ("12/4/3", 1), ("(1+2)*3", 9), ("1+2*3", 7), ("((((1))))", 1),
        ("100*(5*5*3)+100", 7_600), ("9223372036854775807", Int.max), ("-9223372036854775807-1", Int.min),
        ("1,000 + 2", 1_002), ("3 000 * 2", 6_000),
    ])
    func good(_ text: String, _ value: Int) {
        #expect(AnswerParser.parse(text) == .success(value))
    }

    @Test("refuses everything else with a short message", arguments: [
        ("", AnswerError.empty), ("   ", .empty),
        ("abc", .unexpectedCharacter("a", offset: 0)), ("28o", .unexpectedCharacter("o", offset: 2)),
        ("280 params", .unexpectedCharacter("p", offset: 4)), ("٣", .unexpectedCharacter("٣", offset: 0)),
        ("x3", .unexpectedCharacter("x", offset: 0)), ("1_", .unexpectedCharacter("_", offset: 1)),
        ("1__0", .unexpectedCharacter("_", offset: 1)), ("2^3", .power(offset: 1)), ("10**3", .power(offset: 2)), ("3 * * 3", .missingOperand(offset: 4)),
        ("(1+2", .unbalancedParentheses(offset: 0)), ("1+2)", .unbalancedParentheses(offset: 3)),
        (")", .unbalancedParentheses(offset: 0)), ("(()", .missingOperand(offset: 2)),
        ("1+", .missingOperand(offset: 2)), ("*3", .missingOperand(offset: 0)), ("3x", .missingOperand(offset: 2)),
        ("()", .missingOperand(offset: 1)), ("-", .missingOperand(offset: 1)),
        ("3 4", .missingOperator(offset: 2)), ("1 2345", .missingOperator(offset: 2)), ("2(3)", .missingOperator(offset: 1)),
        ("(1)(2)", .missingOperator(offset: 3)),
        ("48,69", .digitGrouping(offset: 2)), ("4,8690", .digitGrouping(offset: 1)), ("1234,567", .digitGrouping(offset: 4)),
        ("1,", .digitGrouping(offset: 1)), ("1_000,000", .digitGrouping(offset: 5)),
        ("7.5", .notWhole(offset: 1)), ("7600.0", .notWhole(offset: 4)),
        ("99999999999999999999", .overflow), ("9223372036854775807+1", .overflow), ("-(-9223372036854775807-1)", .overflow),
        ("(-9223372036854775807-1)/-1", .overflow), ("4294967296*4294967296", .overflow),
        ("7/2", .inexactDivision(dividend: 7, divisor: 2)), ("1/0", .divisionByZero),
        (String(repeating: "(", count: 70) + "1" + String(repeating: ")", count: 70), .tooDeep(offset: 64)),
        (String(repeating: "1", count: 401), .tooLong),
    ])
    func bad(_ text: String, _ error: AnswerError) {
        #expect(AnswerParser.parse(text) == .failure(error))
        #expect(!error.message.isEmpty && error.message.count < 60)
    }

    @Test("error offsets point into the text")
    func offsets() {
        #expect(AnswerError.unexpectedCharacter("a", offset: 3).offset == 3)
        #expect(AnswerError.overflow.offset == nil)
        #expect(AnswerError.inexactDivision(dividend: 7_000, divisor: 3).message == "7,000 / 3 is not a whole number")
    }

    @Test("every grouped count reads back as itself")
    func groupedRoundTrip() {
        var random = SeededGenerator(seed: 11)
        for _ in 0..<2_000 {
            let value = Int(truncatingIfNeeded: random.next() >> (random.next() % 63))
            let text = NumberFormat.grouped(value)
            #expect(AnswerParser.parse(text) == .success(value), "\(text)")
            #expect(AnswerParser.parse(text.replacing(",", with: "_")) == .success(value))
        }
    }

    @Test("random expressions give the value exact arithmetic gives")
    func randomExpressions() {
        var random = SeededGenerator(seed: 5)
        for _ in 0..<3_000 {
            let (text, value) = expression(&random, depth: 0)
            switch (AnswerParser.parse(text), value) {
            case (.success(let parsed), let expected?): #expect(parsed == expected, "\(text)")
            case (.failure(.overflow), nil): break
            case (let result, let expected): Issue.record("\(text): \(result), expected \(String(describing: expected))")
            }
        }
    }

    @Test("random strings never crash the parser")
    func randomStringsNeverCrash() {
        let alphabet: [Character] = Array("0123456789012345678901234567890123456789+-*/()()x X,_. ×·−÷⋅") + [
            "a", "é", "\u{301}", "٣", "\u{00A0}", "\u{202F}", "\r\n", "\t", "👍🏽", "🇫🇷", "\u{0}", "9\u{301}", "\u{FEFF}",
        ]
        var random = SeededGenerator(seed: 1_234)
        var successes = 0
        for _ in 0..<20_000 {
            let length = Int(random.next() % 24)
            var text = ""
            for _ in 0..<length { text.append(alphabet[Int(random.next() % UInt64(alphabet.count))]) }
            switch AnswerParser.parse(text) {
            case .success: successes += 1
            case .failure(let error):
                #expect(!error.message.isEmpty)
                if let offset = error.offset { #expect(offset >= 0 && offset <= text.count, "\(text): \(error)") }
            }
        }
        #expect(successes > 100)
        #expect(AnswerParser.parse(String(repeating: "-", count: 390) + "1") == .success(1))
        #expect(AnswerParser.parse(String(repeating: "-", count: 391) + "1") == .success(-1))
        #expect(AnswerParser.parse(String(repeating: "9", count: 399)) == .failure(.overflow))
    }

    /// A random expression and its value under overflow-checked arithmetic (nil when it overflows).
    private func expression(_ random: inout SeededGenerator, depth: Int) -> (String, Int?) {
        if depth > 3 || random.next() % 3 == 0 {
            let value = Int(random.next() % (random.next() % 2 == 0 ? 20 : 1_000_000))
            let text = random.next() % 2 == 0 ? NumberFormat.grouped(value) : String(value)
            return random.next() % 5 == 0 ? ("-" + text, -value) : (text, value)
        }
        let (left, a) = expression(&random, depth: depth + 1)
        let (right, b) = expression(&random, depth: depth + 1)
        let spellings = [("+", 0), ("-", 1), ("*", 2), (" × ", 2), ("·", 2), (" x ", 2)]
        let (symbol, operation) = spellings[Int(random.next() % UInt64(spellings.count))]
        var value: Int?
        if let a, let b {
            switch operation {
            case 0: value = a.addingReportingOverflow(b).overflow ? nil : a + b
            case 1: value = a.subtractingReportingOverflow(b).overflow ? nil : a - b
            default: value = a.multipliedReportingOverflow(by: b).overflow ? nil : a * b
            }
        }
        let wrapped = "(" + left + symbol + "(" + right + "))"
        return (wrapped, value)
    }
}
