/// Which characters a diagram may use: box drawing and arrows, or plain ASCII for non-UTF-8 terminals.
public enum DiagramCharset: Sendable, Equatable, Hashable, CaseIterable {
    /// Box-drawing lines (`┌─┐ │ ╱`), arrows (`◀ ▶`), `×` and `·`.
    case unicode
    /// Only `+ - | / < >`, `x` and `*`, for terminals whose locale is not UTF-8.
    case ascii
}
