/// Reads a typed answer: a whole number (`280`, `48,690`, `48_690`, `48 690`) or exact integer
/// arithmetic on whole numbers (`10*(3*3*3) + 10`, `3x3x3`, `10·27+10`, `-5`).
///
/// Division must come out whole; a result too large for 64 bits is an error, never a trap; any
/// other input is an error with a short message and, where it helps, the offset of the culprit.
public enum AnswerParser {
    /// Longer input is refused before it is read.
    public static let maximumLength = 400
    /// Deeper parentheses are refused, so that reading never runs out of stack.
    public static let maximumNesting = 64

    public static func parse(_ text: String) -> Result<Int, AnswerError> {
        read(text).map(\.value)
    }

    /// The value and the arithmetic as it was written.
    public static func read(_ text: String) -> Result<(value: Int, expression: AnswerExpression), AnswerError> {
        do throws(AnswerError) {
            let characters = Array(text)
            guard characters.count <= maximumLength else { throw AnswerError.tooLong }
            var reader = AnswerReader(tokens: try AnswerTokenizer.tokenize(characters), end: characters.count)
            guard !reader.tokens.isEmpty else { throw AnswerError.empty }
            return .success(try reader.read())
        } catch {
            return .failure(error)
        }
    }
}
