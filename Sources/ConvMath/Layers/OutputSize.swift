/// The size of one spatial axis after a convolution or pooling window slides over it, computed as
/// Keras 3 and PyTorch compute it.
enum OutputSize {
    /// A convolution or pooling window of `kernel` cells, `dilation` apart.
    static func sliding(framework: Framework, layer: String, axis: String, input n: Int, kernel k: Int,
                        stride s: Int, dilation d: Int, padding: Padding, axisIndex: Int,
                        ceilMode: Bool = false) throws(LayerProblem) -> Int {
        let span = try exact { () throws(ArithmeticOverflow) in try Exact.add(try Exact.multiply(d, k - 1), 1) }
        switch (framework, padding) {
        case (.keras, .same), (.keras, .causal), (.pytorch, .same):
            if framework == .pytorch { return n }
            return (n - 1) / s + 1
        default:
            let pad = padding.amount(axis: axisIndex)
            let padded = try exact { () throws(ArithmeticOverflow) in try Exact.add(n, try Exact.multiply(2, pad)) }
            let numerator = try exact { () throws(ArithmeticOverflow) in try Exact.add(padded - span, ceilMode ? s - 1 : 0) }
            var count = (numerator >= 0 ? numerator / s : -((-numerator + s - 1) / s)) + 1
            if ceilMode, (count - 1).multipliedReportingOverflow(by: s).partialValue >= n + pad,
               !(count - 1).multipliedReportingOverflow(by: s).overflow { count -= 1 }
            guard count >= 1 else {
                throw LayerProblem(
                    "\(layer): the window spans \(span) along \(axis) but the \(pad > 0 ? "padded " : "")input is only \(padded), "
                        + "so the output would have no positions",
                    argument: framework == .keras && padding == .valid ? "padding" : "kernel_size",
                    hint: framework == .keras ? "use padding='same', a smaller kernel, or a larger input"
                        : "add padding, use a smaller kernel, or a larger input")
            }
            return count
        }
    }
}
