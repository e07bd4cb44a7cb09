/// Why a typed answer is not a number, with where to point (a character offset from 0).
public enum AnswerError: Error, Equatable, Sendable {
    case empty
    case unexpectedCharacter(Character, offset: Int)
    case unbalancedParentheses(offset: Int)
    case missingOperand(offset: Int)
    case missingOperator(offset: Int)
    /// `**` or `^`: a power, which an answer spells out.
    case power(offset: Int)
    /// A comma or space that does not split the digits into groups of three.
    case digitGrouping(offset: Int)
    /// A decimal point: counts are whole numbers.
    case notWhole(offset: Int)
    case overflow
    case inexactDivision(dividend: Int, divisor: Int)
    case divisionByZero
    case tooDeep(offset: Int)
    case tooLong

    /// A short message, to show in place of the answer.
    public var message: String {
        switch self {
        case .empty: return "type a number, such as 280"
        case .unexpectedCharacter(let character, _):
            return "'\(character)' is not a digit or one of + − × / ( )"
        case .unbalancedParentheses: return "this parenthesis has no partner"
        case .missingOperand: return "a number is missing here"
        case .missingOperator: return "put an operator between the numbers"
        case .power: return "no powers: write the number, or a product like 3*3"
        case .digitGrouping: return "group digits in threes, as in 48,690"
        case .notWhole: return "counts are whole numbers"
        case .overflow: return "too large to count exactly"
        case .inexactDivision(let dividend, let divisor):
            return "\(NumberFormat.grouped(dividend)) / \(NumberFormat.grouped(divisor)) is not a whole number"
        case .divisionByZero: return "division by zero"
        case .tooDeep: return "too many parentheses inside each other"
        case .tooLong: return "too long for an answer"
        }
    }

    /// The character offset the error points at, when it points at one.
    public var offset: Int? {
        switch self {
        case .unexpectedCharacter(_, let offset), .unbalancedParentheses(let offset), .missingOperand(let offset),
             .missingOperator(let offset), .power(let offset), .digitGrouping(let offset), .notWhole(let offset), .tooDeep(let offset):
            return offset
        case .empty, .overflow, .inexactDivision, .divisionByZero, .tooLong:
            return nil
        }
    }
}
